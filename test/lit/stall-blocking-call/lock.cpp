// Locks are a category of their own, off by default: short critical
// sections are normal in event-loop code. DisabledCategories turns it on.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="{{warning|error}}:"
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet \
// RUN:   --config="{CheckOptions: {stall-blocking-call.DisabledCategories: ''}}" \
// RUN:   %s -- %mock_flags \
// RUN:   | FileCheck %s --check-prefix=LOCKS --implicit-check-not="{{warning|error}}:"
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet \
// RUN:   --config="{CheckOptions: {stall-blocking-call.DisabledCategories: 'lock;sleep'}}" \
// RUN:   %s -- %mock_flags \
// RUN:   | not grep "warning:"

#include <boost/asio.hpp>
#include <chrono>
#include <mutex>
#include <thread>

std::mutex m;

boost::asio::awaitable<void> locks() {
  std::lock_guard<std::mutex> guard(m);
  // LOCKS: :[[@LINE-1]]:31: warning: construction of 'std::lock_guard<std::mutex>' blocks the event loop in coroutine 'locks': it may wait for a lock held by another thread (category 'lock') [stall-blocking-call]
  m.lock();
  // LOCKS: :[[@LINE-1]]:5: warning: call to 'std::mutex::lock' blocks
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // DEFAULT: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks
  // LOCKS: :[[@LINE-2]]:3: warning: call to 'std::this_thread::sleep_for' blocks
  co_return;
}
