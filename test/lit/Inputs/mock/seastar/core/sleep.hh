// Mock of Seastar's <seastar/core/sleep.hh>: sleep(d) returns a future that
// the reactor makes ready after d. Declarations mirror Seastar.
#pragma once
#include "future.hh"
#include <chrono>

namespace seastar {
using steady_clock_type = std::chrono::steady_clock;
template <typename Clock = steady_clock_type, typename Rep, typename Period>
future<> sleep(std::chrono::duration<Rep, Period> dur);
} // namespace seastar
