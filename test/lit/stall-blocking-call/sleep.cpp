// Sleeping in a coroutine holds the event loop's thread; look-alike names
// that resolve to other declarations are silent.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <thread>
#include <time.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace util {
void sleep(int seconds);
void usleep(int micros);
} // namespace util

struct Robot {
  void sleep();
};

boost::asio::awaitable<void> sleepy(Robot &robot) {
  std::this_thread::sleep_for(10ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'sleepy': it sleeps the thread (category 'sleep') [stall-blocking-call]
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_until' blocks
  ::sleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'sleep' blocks
  sleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'sleep' blocks
  ::usleep(100);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'usleep' blocks
  timespec ts{0, 1000};
  nanosleep(&ts, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'nanosleep' blocks

  util::sleep(1);
  util::usleep(1);
  robot.sleep();
  co_return;
}

// Not a coroutine: runs wherever it is called; not this check's business.
void plain_function() { std::this_thread::sleep_for(10ms); }

int main() {
  std::this_thread::sleep_for(10ms);
  ::sleep(1);
}
