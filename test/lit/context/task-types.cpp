// Coroutines of unknown task types run on an event loop by default; a task
// type declared with the WorkerTaskTypes option (or a catalogue's
// task-types) runs on a pool, and its coroutines are not flagged.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="{{warning|error}}:"
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet \
// RUN:   --config="{CheckOptions: {stall-blocking-call.WorkerTaskTypes: 'coro::task'}}" \
// RUN:   %s -- %mock_flags | FileCheck %s --check-prefix=WORKER --implicit-check-not="{{warning|error}}:"
// RUN: not %check_both_fronts --checks='-*,stall-blocking-call' --quiet \
// RUN:   --config="{CheckOptions: {stall-blocking-call.WorkerTaskTypes: 'coro::task<int>'}}" \
// RUN:   %s -- %mock_flags | FileCheck %s --check-prefix=BAD
// BAD: error: invalid blocking-API catalogue: option 'WorkerTaskTypes': write 'coro::task<int>' without template arguments

#include <boost/asio.hpp>
#include <chrono>
#include <task.hpp>
#include <thread>

coro::task<> background() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // DEFAULT: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'background'
  co_await coro::yield_now{};
}

boost::asio::awaitable<void> session() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // DEFAULT: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'session'
  // WORKER: :[[@LINE-2]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'session'
  co_return;
}
