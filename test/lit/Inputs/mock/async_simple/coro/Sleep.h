// Mock of async_simple's <async_simple/coro/Sleep.h>: sleep(d) suspends the
// Lazy and resumes it on its executor after d. Declarations mirror
// async_simple; bodies are the test's own.
#pragma once
#include "Lazy.h"
#include <chrono>

namespace async_simple {
namespace coro {
template <typename Rep, typename Period>
Lazy<void> sleep(std::chrono::duration<Rep, Period> dur);
} // namespace coro
} // namespace async_simple
