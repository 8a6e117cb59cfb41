// The NOLINT family of comments work as in clang-tidy.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

boost::asio::awaitable<void> suppressed() {
  std::this_thread::sleep_for(1ms); // NOLINT(stall-blocking-call)
  std::this_thread::sleep_for(1ms); // NOLINT
  // NOLINTNEXTLINE(stall-*)
  std::this_thread::sleep_for(1ms);
  // NOLINTBEGIN(stall-blocking-call)
  std::this_thread::sleep_for(1ms);
  std::this_thread::sleep_for(1ms);
  // NOLINTEND(stall-blocking-call)
  std::this_thread::sleep_for(1ms); // NOLINT(bugprone-*): another check
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks
  co_return;
}
// CHECK: Suppressed 5 warnings (5 NOLINT).
