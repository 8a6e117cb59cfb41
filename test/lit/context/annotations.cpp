// The annotations header: functions, lambdas and parameters marked to run
// on the event loop, and coroutines marked to run on a worker.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags -I%srcroot/include \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <functional>
#include <stallcheck/annotations.h>
#include <task.hpp>
#include <thread>

using namespace std::chrono_literals;

// A framework's entry point, run by its loop.
STALLCHECK_EVENT_LOOP void on_message() {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in function 'on_message'
  // CHECK: :[[@LINE-3]]:28: note: 'on_message' is marked to run on the event loop here
}

// A framework function whose callback parameter runs on its loop.
void run_on_loop(STALLCHECK_EVENT_LOOP std::function<void()> callback);

void user() {
  run_on_loop([] {
    std::this_thread::sleep_for(1ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:3: note: the lambda is handed to 'run_on_loop' here, which runs it on the event loop
  });
  auto marked = [] STALLCHECK_EVENT_LOOP () { std::this_thread::sleep_for(1ms); };
  // CHECK: :[[@LINE-1]]:47: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
  // CHECK: :[[@LINE-2]]:17: note: the lambda is marked to run on the event loop here
  (void)marked;
}

// A coroutine its framework runs on a pool.
STALLCHECK_WORKER coro::task<> compress() {
  std::this_thread::sleep_for(1ms);
  co_await coro::yield_now{};
}
STALLCHECK_WORKER boost::asio::awaitable<void> pool_job() {
  std::this_thread::sleep_for(1ms);
  co_return;
}
