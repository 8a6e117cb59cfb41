// A user's own header: the blocking read is three calls below load_state().
#pragma once
#include <fstream>
#include <string>

namespace app {
inline std::string read_all(const std::string &path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}
inline std::string parse_file(const std::string &path) {
  return read_all(path) + "\n";
}
inline std::string load_state() { return parse_file("state.txt"); }
} // namespace app
