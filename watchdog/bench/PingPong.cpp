//===--- PingPong.cpp - the watchdog's overhead benchmark -----------------===//
//
// Handlers per second on one io_context thread: two balls, each a handler
// that posts itself again, N handlers in all. Built twice from this file:
// watchdog-pingpong-plain (Asio as it is) and watchdog-pingpong (every
// handler bracketed by the watchdog's handler tracking, a watchdog
// attached). bench/watchdog.sh compares them.
//
// The plain build starts one idle thread: the watchdog's threads make the
// process multi-threaded, which alone turns glibc's mutexes (Asio's
// scheduler takes one per handler) from plain stores into locked
// instructions, about 12 ns a handler here. A program with an event loop
// has other threads anyway (a pool, a resolver, a logger); --alone leaves
// the plain build single-threaded to show that difference.
//
//===----------------------------------------------------------------------===//

#include <boost/asio.hpp>
#ifdef STALLCHECK_PINGPONG_WATCHDOG
#include <stallcheck/watchdog_asio.hpp>
#endif
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>

namespace {
struct Ball {
  boost::asio::io_context *Io;
  std::uint64_t *Left;
  void operator()() const {
    if (*Left == 0)
      return;
    --*Left;
    boost::asio::post(*Io, *this);
  }
};
} // namespace

int main(int Argc, char **Argv) {
  std::uint64_t Handlers = 5000000;
  bool Alone = false;
  for (int I = 1; I < Argc; ++I) {
    std::string Arg = Argv[I];
    if (Arg == "--handlers" && I + 1 < Argc)
      Handlers = std::strtoull(Argv[++I], nullptr, 10);
    else if (Arg == "--alone")
      Alone = true;
  }
  boost::asio::io_context Io(1);
  std::mutex Mutex;
  std::condition_variable Done;
  bool Finished = false;
  std::thread Idle;
#ifdef STALLCHECK_PINGPONG_WATCHDOG
  (void)Alone;
  stallcheck::attachWatchdog(Io);
#else
  if (!Alone)
    Idle = std::thread([&] {
      std::unique_lock<std::mutex> Lock(Mutex);
      Done.wait(Lock, [&] { return Finished; });
    });
#endif
  std::uint64_t Left = Handlers;
  boost::asio::post(Io, Ball{&Io, &Left});
  boost::asio::post(Io, Ball{&Io, &Left});
  auto Start = std::chrono::steady_clock::now();
  Io.run();
  double Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();
  std::printf("%.0f\n", static_cast<double>(Handlers) / Seconds);
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    Finished = true;
  }
  Done.notify_all();
  if (Idle.joinable())
    Idle.join();
  return 0;
}
