#include <asio.hpp>
#include <chrono>
#include <thread>

// Standalone Asio, with 'using namespace': the fix spells the namespace
// in full, and <asio.hpp> already declares the timer.
using namespace asio;

awaitable<void> heartbeat() {
  for (int beat = 0; beat < 3; ++beat) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  co_return;
}

// On an executor other than the default one: the timer would run on
// another; left alone.
awaitable<void, io_context::executor_type> on_context_executor() {
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  co_return;
}

int main() {
  io_context io;
  co_spawn(io, heartbeat(), detached);
  io.run();
}
