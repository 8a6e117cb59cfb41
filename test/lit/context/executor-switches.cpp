// A coroutine that switches executors in its body: after `co_await
// pool.schedule()` (libcoro, cppcoro), `co_await resume_on(pool)`
// (concurrencpp) or `co_await dispatch(pool)` (async_simple) the rest runs
// on the pool; after a switch to an I/O scheduler, on the loop again. A
// branch that switches on one side only leaves the code after it on the
// loop. libcoro's thread_pool, cppcoro's static_thread_pool and
// async_simple's SimpleExecutor are coroutine schedulers: a blocking call
// on their threads holds one that every other task needs, and is reported
// as such; concurrencpp's thread_pool_executor is an offload pool: silent.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   -I%inputs/vendored | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <async_simple/coro/Dispatch.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/executors/SimpleExecutor.h>
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cppcoro/io_service.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/task.hpp>
#include <thread>

using namespace std::chrono_literals;
void nap() { std::this_thread::sleep_for(5ms); }

coro::task<> crunch(coro::thread_pool &pool, coro::io_scheduler &io) {
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks the event loop in coroutine 'crunch'
  // CHECK: :[[@LINE-3]]:14: note: coroutine 'crunch' begins here
  co_await pool.schedule();
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks a thread of scheduler 'pool' in coroutine 'crunch'
  co_await io.schedule();
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks the event loop in coroutine 'crunch'
  // CHECK: :[[@LINE-3]]:15: note: coroutine 'crunch' resumes on the event loop after awaiting 'coro::io_scheduler::schedule' here
  co_return;
}

coro::task<> on_pool(coro::thread_pool &pool) {
  co_await pool.schedule();
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks a thread of scheduler 'pool' in coroutine 'on_pool'
  co_return;
}

coro::task<> one_side(coro::thread_pool &pool, bool heavy) {
  if (heavy)
    co_await pool.schedule();
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks the event loop in coroutine 'one_side'
  co_return;
}

coro::task<> each_round(coro::thread_pool &pool, coro::scheduler &io) {
  for (int round = 0; round < 3; ++round) {
    nap();
    // CHECK: :[[@LINE-1]]:5: warning: call to 'nap' blocks the event loop in coroutine 'each_round'
    co_await pool.schedule();
    nap();
    // CHECK: :[[@LINE-1]]:5: warning: call to 'nap' blocks a thread of scheduler 'pool' in coroutine 'each_round'
    co_await io.schedule();
  }
  co_return;
}

// Handed to the pool, it starts there and comes back to the loop.
coro::task<> back_to_loop(coro::io_scheduler &io) {
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks a thread of scheduler 'pool' in coroutine 'back_to_loop'
  co_await io.yield();
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks the event loop in coroutine 'back_to_loop'
  // CHECK: :[[@LINE-3]]:15: note: coroutine 'back_to_loop' resumes on the event loop after awaiting 'coro::io_scheduler::yield' here
  co_return;
}
void start(coro::thread_pool &pool, coro::io_scheduler &io) {
  auto task = pool.schedule(back_to_loop(io));
}

cppcoro::task<> cppcoro_style(cppcoro::static_thread_pool &pool,
                              cppcoro::io_service &io) {
  co_await pool.schedule();
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks a thread of scheduler 'pool' in coroutine 'cppcoro_style'
  co_await io.schedule();
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks the event loop in coroutine 'cppcoro_style'
  co_return;
}

concurrencpp::result<void>
concurrencpp_style(std::shared_ptr<concurrencpp::thread_pool_executor> pool,
                   std::shared_ptr<concurrencpp::manual_executor> manual) {
  co_await concurrencpp::resume_on(pool);
  nap();
  co_await concurrencpp::resume_on(*manual);
  // Wherever the manual executor is driven: undecided, not reported.
  nap();
  co_return;
}

async_simple::coro::Lazy<void>
async_simple_style(async_simple::executors::SimpleExecutor &pool,
                   async_simple::Executor *unknown) {
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks the event loop in coroutine 'async_simple_style'
  co_await async_simple::coro::dispatch(&pool);
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks a thread of scheduler 'pool' in coroutine 'async_simple_style'
  co_await async_simple::coro::dispatch(unknown);
  nap();
  co_return;
}

// An awaited coroutine runs where it is awaited: awaited only after the
// switch to the pool, on the pool; awaited on the loop too, on the loop.
coro::task<> nap_on_pool() {
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks a thread of scheduler 'pool' in coroutine 'nap_on_pool'
  co_return;
}
coro::task<> nap_anywhere() {
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks the event loop in coroutine 'nap_anywhere'
  co_return;
}
coro::task<> awaits(coro::thread_pool &pool) {
  co_await nap_anywhere();
  co_await pool.schedule();
  co_await nap_on_pool();
  co_await nap_anywhere();
  co_return;
}

// async_simple: lazy().via(&executor) runs it on the executor.
async_simple::coro::Lazy<void> background() {
  nap();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nap' blocks a thread of scheduler 'pool' in coroutine 'background'
  co_return;
}
void start_background(async_simple::executors::SimpleExecutor &pool) {
  background().via(&pool).start([](auto) {});
}
