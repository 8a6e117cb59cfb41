#pragma once
#include <chrono>
#include <thread>

namespace app {
inline void backoff() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
}
} // namespace app
