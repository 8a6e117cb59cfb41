// The notes: where the coroutine begins, and advice for the framework in
// use: the asynchronous Asio operation when one exists (in the coroutine's
// own namespace, boost::asio or asio), co_spawn on a thread_pool otherwise,
// the catalogue's advice for other frameworks.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error|note}}:"

#include <asio.hpp>
#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <task.hpp>
#include <thread>

using namespace std::chrono_literals;

boost::asio::awaitable<void> boost_session(std::future<int> f) {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'boost_session': it sleeps the thread (category 'sleep') [stall-blocking-call]
  // CHECK: :[[@LINE-3]]:30: note: coroutine 'boost_session' begins here
  // CHECK: :[[@LINE-3]]:3: note: use the asynchronous 'boost::asio::steady_timer::async_wait' instead and co_await it with 'boost::asio::use_awaitable'
  f.get();
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::future<int>::get' blocks
  // CHECK: :[[@LINE-7]]:30: note: coroutine 'boost_session' begins here
  // CHECK: :[[@LINE-3]]:5: note: offload it to a 'boost::asio::thread_pool': 'co_await boost::asio::co_spawn(pool, work, boost::asio::use_awaitable)', where 'work' is a coroutine lambda that makes the call
  co_return;
}

asio::awaitable<void> standalone_session(asio::io_context &io) {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks
  // CHECK: :[[@LINE-3]]:23: note: coroutine 'standalone_session' begins here
  // CHECK: :[[@LINE-3]]:3: note: use the asynchronous 'asio::steady_timer::async_wait' instead and co_await it with 'asio::use_awaitable'
  io.run();
  // CHECK: :[[@LINE-1]]:6: warning: call to 'asio::io_context::run' blocks
  // CHECK: :[[@LINE-7]]:23: note: coroutine 'standalone_session' begins here
  // CHECK: :[[@LINE-3]]:6: note: do not run an event loop from code it is running: co_await the operation, or run the other io_context on its own thread
  co_return;
}

coro::task<> other_framework(std::future<int> f) {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks
  // CHECK: :[[@LINE-3]]:14: note: coroutine 'other_framework' begins here
  // CHECK: :[[@LINE-3]]:3: note: wait on the event loop's asynchronous timer instead of sleeping
  f.wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::future<int>::wait' blocks
  // CHECK: :[[@LINE-7]]:14: note: coroutine 'other_framework' begins here
  // CHECK: :[[@LINE-3]]:5: note: await the result asynchronously, or move the wait to a worker thread
  co_return;
}

auto lambda = []() -> boost::asio::awaitable<void> {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a coroutine lambda: it sleeps the thread (category 'sleep') [stall-blocking-call]
  // CHECK: :[[@LINE-3]]:15: note: the coroutine lambda begins here
  // CHECK: :[[@LINE-3]]:3: note: use the asynchronous 'boost::asio::steady_timer::async_wait' instead
  co_return;
};
