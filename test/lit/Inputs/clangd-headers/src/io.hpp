#pragma once
#include "retry.hpp"
#include <fstream>
#include <string>

namespace app {
// Inline helpers in a header: clangd parses them into the preamble, where
// it skips function bodies.
inline std::string read_all(const std::string &path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}

inline std::string load_with_retry(const std::string &path) {
  backoff();
  return read_all(path);
}
} // namespace app
