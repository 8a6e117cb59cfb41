#pragma once
#include <chrono>
#include <string>
#include <thread>

namespace util {
// Inline, in a header session.cpp does not include.
inline std::string slurp_env() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return "";
}
} // namespace util
