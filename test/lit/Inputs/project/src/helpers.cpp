#include "helpers.h"
#include "util.h"
#include <fstream>
#include <thread>

static std::string read_file(const std::string &path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}

std::string load_config(const std::string &name) {
  return read_file("/etc/" + name) + util::slurp_env();
}

long checksum(const unsigned char *data) {
  long sum = 0;
  for (int i = 0; i < 50'000'000; ++i)
    sum += data[i % 64];
  return sum;
}

int add(int a, int b) { return a + b; }

void offload_refresh() {
  std::thread([] { read_file("/var/cache/refresh"); }).detach();
}

std::string env_only() { return util::slurp_env(); }
