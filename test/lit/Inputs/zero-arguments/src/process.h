#pragma once
#include <memory>

struct Process {
  int pid = 0;
  bool alive = true;
};

// Sends SIGTERM, then waits up to 'timeout_seconds' for the process to
// exit, polling every 50 ms.
void stop_process(const std::shared_ptr<Process> &process,
                  int timeout_seconds);
