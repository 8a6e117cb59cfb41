// Coroutine schedulers are loops; offload pools are not. A blocking call in
// a task on a scheduler (libcoro's thread_pool, cppcoro's
// static_thread_pool, async_simple's SimpleExecutor) holds one of the few
// threads every other task needs: reported, naming the scheduler. CPU work
// there is what its threads are for: not reported. On an offload pool
// (concurrencpp's thread_pool_executor, Asio's thread_pool) neither is. A
// user whose pool only runs blocking work says so in a catalogue.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call,stall-cpu-heavy-loop' %s -- \
// RUN:   %mock_flags -I%inputs/vendored | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: %check_both_fronts --checks='-*,stall-blocking-call,stall-cpu-heavy-loop' \
// RUN:   --config="{CheckOptions: {Catalogue: '%inputs/context/pool-as-worker.yaml'}}" \
// RUN:   %s -- %mock_flags -I%inputs/vendored \
// RUN:   | FileCheck %s --check-prefix=USER --implicit-check-not="{{warning|error}}:"

#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <async_simple/executors/SimpleExecutor.h>
#include <boost/asio.hpp>
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cstdio>
#include <thread>

using namespace std::chrono_literals;

long crunch(long n) {
  long sum = 0;
  for (long i = 0; i < 100000000; ++i)
    sum += i * n;
  return sum;
}

// libcoro: after co_await pool.schedule(), on one of the pool's threads.
coro::task<> on_libcoro_pool(coro::thread_pool &pool) {
  co_await pool.schedule();
  std::this_thread::sleep_for(10ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks a thread of scheduler 'pool' in coroutine 'on_libcoro_pool': it sleeps the thread (category 'sleep')
  // CHECK: :[[@LINE-3]]:17: note: coroutine 'on_libcoro_pool' resumes on a thread of scheduler 'pool' after awaiting 'coro::thread_pool::schedule' here
  long sum = 0;
  for (long i = 0; i < 100000000; ++i)
    sum += i;
  co_return;
}

// async_simple: syncAwait(lazy(), &executor) runs the Lazy on the executor.
async_simple::coro::Lazy<int> read_config() {
  std::FILE *f = std::fopen("config", "r");
  // CHECK: :[[@LINE-1]]:18: warning: call to 'fopen' blocks a thread of scheduler 'executor' in coroutine 'read_config': it performs synchronous file I/O (category 'file-io')
  // CHECK: :[[@LINE+6]]:10: note: 'read_config' is handed to 'async_simple::coro::syncAwait' here, which runs it on a thread of scheduler 'executor'
  // USER: :[[@LINE-3]]:18: warning: call to 'fopen' blocks a thread of scheduler 'executor' in coroutine 'read_config'
  std::fclose(f);
  co_return crunch(3);
}
int run_config(async_simple::executors::SimpleExecutor &executor) {
  return async_simple::coro::syncAwait(read_config(), &executor);
}

// Offload pools: blocking and CPU work are what they are for.
void offload(std::shared_ptr<concurrencpp::thread_pool_executor> background,
             boost::asio::thread_pool &pool) {
  background->submit([] {
    std::this_thread::sleep_for(10ms);
    return crunch(1);
  });
  boost::asio::post(pool, [] {
    std::this_thread::sleep_for(10ms);
    crunch(2);
  });
}
