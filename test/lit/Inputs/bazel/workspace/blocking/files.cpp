#include "blocking/files.hpp"
#include <fstream>
#include <sstream>

std::string load_config(const std::string &path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

unsigned checksum(const std::string &text) {
  unsigned sum = 0;
  for (char c : text)
    sum += static_cast<unsigned char>(c);
  return sum;
}
