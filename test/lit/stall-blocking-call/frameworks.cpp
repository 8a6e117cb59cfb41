// The blocking and synchronous-wait APIs of coroutine frameworks other than
// Asio, and their executors: each catalogue entry, on mock headers that
// mirror the real declarations.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   -I%inputs/vendored | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <async_simple/executors/SimpleExecutor.h>
#include <atomic>
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/Task.h>
#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/futures/Future.h>
#include <fstream>
#include <seastar/core/future.hh>
#include <seastar/core/thread.hh>

coro::task<int> fetch();
cppcoro::task<> refresh();
async_simple::coro::Lazy<int> lookup();
folly::coro::Task<void> compact();

coro::task<> libcoro_waits(std::atomic<bool> &ready) {
  int value = coro::sync_wait(fetch());
  // CHECK: :[[@LINE-1]]:15: warning: call to 'coro::sync_wait' blocks the event loop in coroutine 'libcoro_waits': it waits for another thread (category 'sync-wait')
  // CHECK: :[[@LINE-2]]:15: note: co_await the task instead of waiting for it; sync_wait belongs in main() or a test, not in code the loop runs
  ready.wait(false);
  // CHECK: :[[@LINE-1]]:9: warning: call to 'std::atomic<bool>::wait' blocks the event loop in coroutine 'libcoro_waits'
  co_return;
}

cppcoro::task<> cppcoro_waits(std::atomic_flag &flag, std::atomic<int> &count) {
  cppcoro::sync_wait(refresh());
  // CHECK: :[[@LINE-1]]:3: warning: call to 'cppcoro::sync_wait' blocks the event loop in coroutine 'cppcoro_waits'
  flag.wait(false);
  // CHECK: :[[@LINE-1]]:8: warning: call to 'std::atomic_flag::wait' blocks the event loop in coroutine 'cppcoro_waits'
  count.wait(0);
  // CHECK: :[[@LINE-1]]:9: warning: call to 'std::atomic<int>::wait' blocks the event loop in coroutine 'cppcoro_waits'
  co_return;
}

async_simple::coro::Lazy<void>
async_simple_waits(async_simple::executors::SimpleExecutor &pool) {
  int value = async_simple::coro::syncAwait(lookup());
  // CHECK: :[[@LINE-1]]:15: warning: call to 'async_simple::coro::syncAwait' blocks the event loop in coroutine 'async_simple_waits'
  // Scheduled on a coroutine scheduler: it holds one of its threads.
  pool.schedule([] { std::ofstream("audit.log") << "scheduled"; });
  // CHECK: :[[@LINE-1]]:22: warning: construction of 'std::ofstream' blocks a thread of scheduler 'pool' in a lambda
  co_return;
}

concurrencpp::result<void>
concurrencpp_waits(concurrencpp::result<int> pending,
                   concurrencpp::shared_result<int> shared) {
  pending.wait();
  // CHECK: :[[@LINE-1]]:11: warning: call to 'concurrencpp::result<int>::wait' blocks the event loop in coroutine 'concurrencpp_waits'
  // CHECK: :[[@LINE-2]]:11: note: co_await the result instead, or wait for it on a worker thread
  int value = shared.get();
  // CHECK: :[[@LINE-1]]:22: warning: call to 'concurrencpp::shared_result<int>::get' blocks the event loop in coroutine 'concurrencpp_waits'
  co_return;
}

// A result the code found ready does not wait.
concurrencpp::result<void> ready_results(concurrencpp::result<int> done,
                                         concurrencpp::result<int> other) {
  if (done.status() == concurrencpp::result_status::value) {
    int value = done.get();
  }
  int later = other.get();
  // CHECK: :[[@LINE-1]]:21: warning: call to 'concurrencpp::result<int>::get' blocks the event loop in coroutine 'ready_results'
  co_return;
}

// ... also when a lambda it calls waits (through a helper).
template <class F> void check(F &&f) { f(); }
concurrencpp::result<void> checked_in_lambda(concurrencpp::result<int> done) {
  if (done.status() == concurrencpp::result_status::value)
    check([&] { (void)done.get(); });
  co_return;
}

// A template is checked through its instantiations, where calls resolve:
// the switch to the pool is seen there.
template <class T>
concurrencpp::result<T>
on_pool_later(std::shared_ptr<concurrencpp::thread_pool_executor> pool) {
  co_await concurrencpp::resume_on(pool);
  std::ofstream("log.txt") << T();
  co_return T();
}
template concurrencpp::result<int>
    on_pool_later<int>(std::shared_ptr<concurrencpp::thread_pool_executor>);

// f(executor_tag, executor, ...) runs on that executor.
concurrencpp::result<void>
on_executor(concurrencpp::executor_tag,
            std::shared_ptr<concurrencpp::thread_pool_executor> pool) {
  std::ofstream("log.txt") << "on the pool";
  co_return;
}

folly::coro::Task<void> folly_waits(folly::Future<int> future,
                                    folly::SemiFuture<int> semi,
                                    folly::CPUThreadPoolExecutor &cpu) {
  int value = std::move(future).get();
  // CHECK: :[[@LINE-1]]:33: warning: call to 'folly::Future<int>::get' blocks the event loop in coroutine 'folly_waits'
  semi.wait();
  // CHECK: :[[@LINE-1]]:8: warning: call to 'folly::SemiFuture<int>::wait' blocks the event loop in coroutine 'folly_waits'
  folly::coro::blockingWait(compact());
  // CHECK: :[[@LINE-1]]:3: warning: call to 'folly::coro::blockingWait' blocks the event loop in coroutine 'folly_waits'
  co_return;
}

// Run on a CPU pool, through either spelling.
folly::coro::Task<void> rebuild_index() {
  std::ofstream("index.bin") << "index";
  co_return;
}
folly::coro::Task<void> rewrite_log() {
  std::ofstream("log.bin") << "log";
  co_return;
}
folly::coro::Task<void> maintenance(folly::CPUThreadPoolExecutor &cpu) {
  co_await folly::coro::co_withExecutor(&cpu, rebuild_index());
  co_await rewrite_log().scheduleOn(&cpu);
  co_return;
}

// Seastar: future::get() never waits on the reactor (an unavailable future
// outside a seastar::thread asserts; inside one, get() switches fibers).
seastar::future<int> load();
int load_now() { return load().get(); }
seastar::future<> seastar_gets() {
  int value = load().get();
  value += load_now();
  co_await seastar::async([] {
    int inside = load().get();
    inside += load_now();
  });
  seastar::thread worker([] { load().get(); });
  co_return;
}
