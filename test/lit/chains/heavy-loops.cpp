// stall-cpu-heavy-loop follows calls into helpers too: a call in event-loop
// code to a function that (directly or further down) runs a heavy loop is
// reported at the call, with the chain. Loops reported themselves are not
// entered again; a helper that blocks is stall-blocking-call's finding.
// RUN: %check_both_fronts --checks='-*,stall-cpu-heavy-loop' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// MaxCallDepth bounds the chain: with 2, only chains of at most 2 functions.
// RUN: %stallcheck --checks='-*,stall-cpu-heavy-loop' \
// RUN:   --config="{CheckOptions: {stall-cpu-heavy-loop.MaxCallDepth: 2}}" \
// RUN:   %s -- %mock_flags | FileCheck %s --check-prefix=DEPTH2 \
// RUN:   --implicit-check-not="{{warning|error}}:"
// RUN: %stallcheck --checks='-*,stall-cpu-heavy-loop' \
// RUN:   --config="{CheckOptions: {MaxCallDepth: 0}}" \
// RUN:   %s -- %mock_flags | FileCheck %s --check-prefix=DEPTH0 \
// RUN:   --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <cstdint>
#include <thread>

namespace asio = boost::asio;

constexpr int N = 10'000'000;

std::uint32_t checksum(const unsigned char *data) {
  std::uint32_t sum = 0;
  for (int i = 0; i < N; ++i)
    sum = sum * 31 + data[i];
  return sum;
}
std::uint32_t verify(const unsigned char *data) { return checksum(data) ^ 1u; }
bool accept(const unsigned char *data) { return verify(data) != 0; }
int small_sum() {
  int s = 0;
  for (int i = 0; i < 100; ++i)
    s += i;
  return s;
}
void sleepy_loop() {
  for (int i = 0; i < N; ++i)
    std::this_thread::sleep_for(std::chrono::nanoseconds(1));
}

asio::awaitable<void> session(asio::steady_timer &timer,
                              const unsigned char *data) {
  checksum(data);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'checksum' runs a loop of about 1.0e7 iterations without suspending, stalling the event loop in coroutine 'session' [stall-cpu-heavy-loop]
  // CHECK: :28:3: note: 'checksum' runs a loop of about 1.0e7 iterations here
  // CHECK: note: coroutine 'session' begins here
  // CHECK: note: offload it with 'co_await boost::asio::co_spawn(pool, work, boost::asio::use_awaitable)'
  // DEPTH2: :[[@LINE-5]]:3: warning: call to 'checksum' runs a loop
  accept(data);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'accept' runs a loop of about 1.0e7 iterations without suspending, 3 calls down, stalling the event loop in coroutine 'session'
  // CHECK: :33:49: note: 'accept' calls 'verify' here
  // CHECK: :32:58: note: 'verify' calls 'checksum' here
  // CHECK: :28:3: note: 'checksum' runs a loop of about 1.0e7 iterations here
  small_sum();   // cheap: silent
  sleepy_loop(); // blocks: stall-blocking-call's finding, not this check's
  for (;;) {
    co_await timer.async_wait(asio::use_awaitable);
    verify(data);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'verify' runs a loop of about 1.0e7 iterations without suspending, 2 calls down
    // DEPTH2: :[[@LINE-2]]:5: warning: call to 'verify' runs a loop
  }
}

asio::awaitable<void> counted(const unsigned char *data) {
  // A loop whose cost includes the helper's loop is reported once, as a
  // loop, not again at the call inside it.
  for (int i = 0; i < 10; ++i)
    checksum(data);
  // CHECK: :[[@LINE-2]]:3: warning: loop runs about 1.0e1 iterations x ~1.0e7 operations (a call to 'checksum') without suspending
  // CHECK: :[[@LINE-2]]:5: note: each call to 'checksum' costs about 1.0e7 operations
  // The cost of a loop's direct callees does not depend on MaxCallDepth.
  // DEPTH2: :[[@LINE-5]]:3: warning: loop runs about 1.0e1 iterations x ~1.0e7 operations
  // DEPTH0: :[[@LINE-6]]:3: warning: loop runs about 1.0e1 iterations x ~1.0e7 operations
  co_return;
}
