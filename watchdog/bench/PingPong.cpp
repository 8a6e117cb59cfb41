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
#include <exception>
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

namespace {
std::uint64_t parseHandlers(int Argc, char **Argv, bool &Alone) {
  std::uint64_t Handlers = 5000000;
  for (int I = 1; I < Argc; ++I) {
    std::string Arg = Argv[I];
    if (Arg == "--handlers" && I + 1 < Argc)
      Handlers = std::strtoull(Argv[++I], nullptr, 10);
    else if (Arg == "--alone")
      Alone = true;
  }
  return Handlers;
}

/// Handlers per second of the ping-pong.
double pingPong(std::uint64_t Handlers) {
  boost::asio::io_context Io(1);
#ifdef STALLCHECK_PINGPONG_WATCHDOG
  stallcheck::attachWatchdog(Io);
#endif
  std::uint64_t Left = Handlers;
  boost::asio::post(Io, Ball{&Io, &Left});
  boost::asio::post(Io, Ball{&Io, &Left});
  auto Start = std::chrono::steady_clock::now();
  Io.run();
  double Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();
  return static_cast<double>(Handlers) / Seconds;
}
} // namespace

int main(int Argc, char **Argv) try {
  bool Alone = false;
  const std::uint64_t Handlers = parseHandlers(Argc, Argv, Alone);
  // The plain build's idle thread (see the file comment); the watchdog's
  // build has the watchdog's threads instead.
#ifdef STALLCHECK_PINGPONG_WATCHDOG
  Alone = true;
#endif
  std::mutex Mutex;
  std::condition_variable Done;
  bool Finished = false;
  std::thread Idle;
  if (!Alone)
    Idle = std::thread([&] {
      std::unique_lock<std::mutex> Lock(Mutex);
      Done.wait(Lock, [&] { return Finished; });
    });
  std::printf("%.0f\n", pingPong(Handlers));
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    Finished = true;
  }
  Done.notify_all();
  if (Idle.joinable())
    Idle.join();
  return 0;
} catch (const std::exception &Error) {
  std::fprintf(stderr, "watchdog-pingpong: %s\n", Error.what());
  return 1;
}
