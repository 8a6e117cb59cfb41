// A constant zero passed for the parameter that bounds a helper's waiting
// loop, or guards its waiting branch, skips the wait: that call is not
// reported; the same helper called with another value is.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

bool done();

// now() < now() + timeout: false from the start when timeout is zero.
void wait_until_done(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(10ms);
}

// The elapsed time is never below zero.
void wait_elapsed(int seconds) {
  auto start = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - start <
         std::chrono::seconds(seconds))
    std::this_thread::sleep_for(10ms);
}

void retry(int attempts) {
  for (int i = 0; i < attempts; ++i)
    std::this_thread::sleep_for(100ms);
}

void linger(int seconds) {
  if (seconds > 0)
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
}

void drain(unsigned rounds) {
  if (rounds == 0)
    return;
  std::this_thread::sleep_for(1s);
}

// A do-while loop runs once whatever its condition says.
void poll_once_at_least(int attempts) {
  int i = 0;
  do
    std::this_thread::sleep_for(10ms);
  while (++i < attempts);
}

// The deadline moves: not a deadline made of the parameter alone.
void wait_longer(int seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  deadline += 1s;
  while (std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(10ms);
}

// A helper that passes its own zero on.
void shutdown_now() { retry(0); }

boost::asio::awaitable<void> session(int configured) {
  wait_until_done(0ms);
  wait_until_done(std::chrono::milliseconds(0));
  wait_until_done(250ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'wait_until_done' blocks the event loop in coroutine 'session': it sleeps the thread through 'std::this_thread::sleep_for' (category 'sleep')
  wait_elapsed(0);
  wait_elapsed(2);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'wait_elapsed' blocks
  retry(0);
  retry(3);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'retry' blocks
  retry(configured);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'retry' blocks
  linger(0);
  linger(1);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'linger' blocks
  drain(0);
  drain(2);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'drain' blocks
  poll_once_at_least(0);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'poll_once_at_least' blocks
  wait_longer(0);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'wait_longer' blocks
  shutdown_now();
  co_return;
}
