#include "blocking/timing.hpp"
#include "blocking/files.hpp"
#include <chrono>
#include <thread>

void back_off(int attempt) {
  std::this_thread::sleep_for(std::chrono::milliseconds(100 * attempt));
}

std::string reload(const std::string &path) { return load_config(path); }
