// Standalone Asio (Debian's libasio-dev 1.22): coroutines and handlers.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %asio_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <asio.hpp>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

asio::awaitable<void> tick(asio::steady_timer &timer) {
  std::this_thread::sleep_for(10ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'tick'
  // CHECK: :[[@LINE-3]]:23: note: coroutine 'tick' begins here
  // CHECK: :[[@LINE-3]]:3: note: use the asynchronous 'asio::steady_timer::async_wait' instead and co_await it with 'asio::use_awaitable'
  co_await timer.async_wait(asio::use_awaitable);
}

void callbacks(asio::io_context &io, asio::thread_pool &pool) {
  asio::steady_timer timer(io, 10ms);
  timer.async_wait([](std::error_code) {
    std::this_thread::sleep_for(10ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:9: note: the lambda is the completion handler of 'asio::basic_waitable_timer::async_wait' here
  });
  asio::post(pool, [] { std::this_thread::sleep_for(10ms); });
}
