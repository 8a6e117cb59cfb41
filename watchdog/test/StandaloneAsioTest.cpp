//===--- StandaloneAsioTest.cpp - the watchdog on standalone Asio ---------===//
//
// The same attachment on standalone Asio (Debian's libasio-dev): a handler
// that sleeps 80 ms is one report whose user frame is the sleep's line.
// Exits 0 only then; prints the report.
//
//===----------------------------------------------------------------------===//

#include <asio.hpp>
#include <stallcheck/watchdog_asio.hpp>

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>
#include <vector>

namespace {
int SleepLine = 0;

[[gnu::noinline]] void sleepingHandler() {
  SleepLine = __LINE__ + 1;
  std::this_thread::sleep_for(std::chrono::milliseconds(80));
}
} // namespace

int main() try {
  std::vector<stallcheck::StallReport> Reports;
  {
    asio::io_context Io;
    stallcheck::WatchdogOptions Options;
    Options.Output = stallcheck::WatchdogOptions::Sink::Callback;
    // Called on the reporter thread, which stop() joins before Io is gone.
    Options.Callback = [&Reports](const stallcheck::StallReport &Report) {
      Reports.push_back(Report);
    };
    stallcheck::attachWatchdog(Io, Options);
    asio::post(Io, [] { sleepingHandler(); });
    Io.run();
  }
  for (const stallcheck::StallReport &Report : Reports)
    std::fputs(stallcheck::formatReport(Report).c_str(), stdout);
  if (Reports.size() != 1 || Reports[0].UserFrame < 0) {
    std::printf("FAIL: expected one report with a user frame, got %zu\n",
                Reports.size());
    return 1;
  }
  const stallcheck::StallFrame &User = Reports[0].Frames[Reports[0].UserFrame];
  bool Ok = User.Function.find("sleepingHandler") != std::string::npos &&
            User.Line == static_cast<unsigned>(SleepLine);
  std::printf("%s: user frame %s at line %u (the sleep is at %d)\n",
              Ok ? "PASS" : "FAIL", User.Function.c_str(), User.Line,
              SleepLine);
  return Ok ? 0 : 1;
} catch (const std::exception &Error) {
  std::printf("FAIL: %s\n", Error.what());
  return 1;
}
