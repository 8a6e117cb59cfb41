#include "process.h"
#include <chrono>
#include <csignal>
#include <thread>

void stop_process(const std::shared_ptr<Process> &process,
                  int timeout_seconds) {
  ::kill(process->pid, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() +
                  std::chrono::seconds(timeout_seconds);
  while (process->alive && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
}
