// Busy-waits: loops that poll an atomic another thread must change, and
// never suspend. Polling loops that suspend are fine.
// RUN: %check_both_fronts --checks='-*,stall-cpu-heavy-loop' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: %check_both_fronts --checks='-*,stall-cpu-heavy-loop' --quiet \
// RUN:   --config="{CheckOptions: {stall-cpu-heavy-loop.ReportSpins: false}}" \
// RUN:   %s -- %mock_flags | not grep "warning:"

#include <atomic>
#include <boost/asio.hpp>
#include <thread>

std::atomic<bool> ready{false};
std::atomic<int> state{0};
std::atomic_flag done = ATOMIC_FLAG_INIT;

boost::asio::awaitable<void> spins() {
  while (!ready.load())
    std::this_thread::yield();
  // CHECK: :[[@LINE-2]]:3: warning: loop spins until another thread changes an atomic, without suspending, stalling the event loop in coroutine 'spins' [stall-cpu-heavy-loop]
  // CHECK: :[[@LINE-3]]:11: note: the loop ends only when 'ready.load()' changes
  // CHECK: :[[@LINE-5]]:30: note: coroutine 'spins' begins here
  // CHECK: :[[@LINE-5]]:3: note: have the other thread notify the loop instead of polling: 'boost::asio::post(io_context, handler)', or a 'boost::asio::steady_timer' it cancels
  while (state != 3) {
  }
  // CHECK: :[[@LINE-2]]:3: warning: loop spins until another thread changes an atomic
  for (;;) {
    if (ready)
      break;
  }
  // CHECK: :[[@LINE-4]]:3: warning: loop spins until another thread changes an atomic
  do {
  } while (!done.test());
  // CHECK: :[[@LINE-2]]:3: warning: loop spins until another thread changes an atomic
  co_return;
}

boost::asio::awaitable<void> polls_politely(boost::asio::steady_timer &timer) {
  while (!ready.load()) {
    timer.expires_after(std::chrono::milliseconds(1));
    co_await timer.async_wait(boost::asio::use_awaitable);
  }
  int local = 0;
  while (local < 10) // not an atomic: not a spin, and a small loop
    ++local;
}
