//===--- WatchdogTest.cpp - stallcheck runtime watchdog tests -------------===//
//
// Real io_contexts, real stalls: a handler that sleeps is caught at its
// line, work offloaded to a pool is not, the threshold and the rate limit
// hold, the watchdog's threads end with the io_context. Built twice: as is,
// and with -fsanitize=thread (stallcheck-watchdog-tests-tsan).
//
//===----------------------------------------------------------------------===//

#include "gtest/gtest.h"
#include <boost/asio.hpp>
#include <chrono>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <mutex>
#include <stallcheck/watchdog_asio.hpp>
#include <string>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using stallcheck::StallReport;
using stallcheck::WatchdogOptions;

namespace {

int SleepLine = 0;

[[gnu::noinline]] void sleepingHandler(std::chrono::milliseconds For) {
  SleepLine = __LINE__ + 1;
  std::this_thread::sleep_for(For);
}

struct Collected {
  std::mutex Mutex;
  std::vector<StallReport> Reports;

  std::vector<StallReport> take() {
    std::lock_guard<std::mutex> Lock(Mutex);
    return Reports;
  }
};

WatchdogOptions collectInto(Collected &Into,
                            std::chrono::milliseconds Threshold = 25ms) {
  WatchdogOptions Options;
  Options.Threshold = Threshold;
  Options.Output = WatchdogOptions::Sink::Callback;
  Options.Callback = [&Into](const StallReport &Report) {
    std::lock_guard<std::mutex> Lock(Into.Mutex);
    Into.Reports.push_back(Report);
  };
  return Options;
}

/// Runs \p Setup's handlers on a fresh io_context with a watchdog, to the
/// end, and destroys the io_context (which stops the watchdog).
template <class Setup> void runLoop(WatchdogOptions Options, Setup &&Work) {
  boost::asio::io_context Io;
  stallcheck::attachWatchdog(Io, std::move(Options));
  Work(Io);
  Io.run();
}

std::size_t threadCount() {
  std::size_t Count = 0;
  if (DIR *Tasks = opendir("/proc/self/task")) {
    while (dirent *Entry = readdir(Tasks))
      Count += Entry->d_name[0] != '.';
    closedir(Tasks);
  }
  return Count;
}

/// The thread count once it is back to \p Expected, or after a second: a
/// joined thread can stay listed in /proc/self/task for a moment after
/// pthread_join returns (the kernel wakes the joiner before it reaps the
/// task).
std::size_t settledThreadCount(std::size_t Expected) {
  for (int Tries = 0; Tries < 100 && threadCount() != Expected; ++Tries)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return threadCount();
}

void expectAtSleepingHandler(const StallReport &Report) {
  ASSERT_GE(Report.UserFrame, 0) << stallcheck::formatReport(Report);
  const stallcheck::StallFrame &User = Report.Frames[Report.UserFrame];
  EXPECT_NE(User.Function.find("sleepingHandler"), std::string::npos)
      << stallcheck::formatReport(Report);
  EXPECT_NE(User.File.find("WatchdogTest.cpp"), std::string::npos);
  EXPECT_EQ(User.Line, static_cast<unsigned>(SleepLine));
}

TEST(WatchdogTest, SleepingHandlerIsReportedOnceAtItsLine) {
  Collected Reports;
  runLoop(collectInto(Reports), [](boost::asio::io_context &Io) {
    boost::asio::post(Io, [] { sleepingHandler(100ms); });
  });
  std::vector<StallReport> Seen = Reports.take();
  ASSERT_EQ(Seen.size(), 1u);
  EXPECT_GE(Seen[0].DurationMs, 25.0);
  EXPECT_FALSE(Seen[0].Ongoing);
  expectAtSleepingHandler(Seen[0]);
}

TEST(WatchdogTest, OffloadedWorkIsNotReported) {
  Collected Reports;
  boost::asio::thread_pool Pool(1);
  runLoop(collectInto(Reports), [&Pool](boost::asio::io_context &Io) {
    // The sleep runs on the pool; the loop waits on a timer meanwhile.
    boost::asio::post(Pool, [] { sleepingHandler(100ms); });
    auto Timer = std::make_shared<boost::asio::steady_timer>(Io, 150ms);
    Timer->async_wait([Timer](boost::system::error_code) {});
  });
  Pool.join();
  EXPECT_TRUE(Reports.take().empty());
}

TEST(WatchdogTest, ThresholdIsHonoured) {
  Collected Under, Over;
  auto Stall = [](boost::asio::io_context &Io) {
    boost::asio::post(Io, [] { sleepingHandler(60ms); });
  };
  runLoop(collectInto(Under, 200ms), Stall);
  runLoop(collectInto(Over, 20ms), Stall);
  EXPECT_TRUE(Under.take().empty());
  std::vector<StallReport> Seen = Over.take();
  ASSERT_EQ(Seen.size(), 1u);
  EXPECT_EQ(Seen[0].ThresholdMs, 20.0);
}

TEST(WatchdogTest, RateLimitCountsWhatItDrops) {
  Collected Reports;
  WatchdogOptions Options = collectInto(Reports, 20ms);
  Options.MaxReportsPerMinute = 2;
  std::uint64_t Stalls = 0, Made = 0;
  {
    boost::asio::io_context Io;
    stallcheck::Watchdog &Dog = stallcheck::attachWatchdog(Io, Options);
    for (int I = 0; I < 4; ++I)
      boost::asio::post(Io, [] { sleepingHandler(80ms); });
    Io.run();
    Dog.stop();
    Stalls = Dog.stallsSeen();
    Made = Dog.reportsMade();
  }
  EXPECT_EQ(Stalls, 4u);
  EXPECT_EQ(Made, 2u);
  EXPECT_EQ(Reports.take().size(), 2u);
}

TEST(WatchdogTest, JsonLinesAreOneObjectPerStall) {
  std::string Path = ::testing::TempDir() + "watchdog-test.jsonl";
  std::remove(Path.c_str());
  WatchdogOptions Options;
  Options.Output = WatchdogOptions::Sink::JsonLines;
  Options.JsonPath = Path;
  runLoop(Options, [](boost::asio::io_context &Io) {
    boost::asio::post(Io, [] { sleepingHandler(60ms); });
    boost::asio::post(Io, [] { sleepingHandler(60ms); });
  });
  std::ifstream In(Path);
  std::vector<std::string> Lines;
  for (std::string Line; std::getline(In, Line);)
    Lines.push_back(Line);
  ASSERT_EQ(Lines.size(), 2u);
  for (const std::string &Line : Lines) {
    EXPECT_EQ(Line.rfind("{\"type\":\"stall\",\"duration_ms\":", 0), 0u)
        << Line;
    EXPECT_NE(Line.find("\"line\":" + std::to_string(SleepLine)),
              std::string::npos)
        << Line;
    EXPECT_EQ(Line.back(), '}');
  }
}

TEST(WatchdogTest, JsonEscapesWhatItQuotes) {
  StallReport Report;
  Report.DurationMs = 30;
  Report.ThresholdMs = 25;
  Report.Frames.push_back({0x10, "f(\"a\\b\")\n", "/src/x.cpp", 7});
  Report.UserFrame = 0;
  EXPECT_EQ(
      stallcheck::formatReportJson(Report),
      "{\"type\":\"stall\",\"duration_ms\":30.0,\"threshold_ms\":25.0,"
      "\"ongoing\":false,\"suppressed\":0,\"user_frame\":{\"function\":"
      "\"f(\\\"a\\\\b\\\")\\n\",\"file\":\"/src/x.cpp\",\"line\":7,"
      "\"address\":\"0x10\"},\"frames\":[{\"function\":\"f(\\\"a\\\\b\\\""
      ")\\n\",\"file\":\"/src/x.cpp\",\"line\":7,\"address\":\"0x10\"}]}");
}

TEST(WatchdogTest, StopsWithTheIoContextAndReportsNothingAfter) {
  const std::size_t Before = threadCount();
  Collected Reports;
  {
    boost::asio::io_context Io;
    stallcheck::attachWatchdog(Io, collectInto(Reports));
    boost::asio::post(Io, [] {});
    Io.run();
    EXPECT_GT(threadCount(), Before);
  }
  EXPECT_EQ(settledThreadCount(Before), Before);
  // This thread ran the loop; it is no longer watched.
  sleepingHandler(60ms);
  EXPECT_TRUE(Reports.take().empty());
}

TEST(WatchdogTest, GenericLoopThatBeats) {
  Collected Reports;
  stallcheck::Watchdog Dog(collectInto(Reports));
  Dog.watchThisThread();
  // A turn that stalls, then a wait for events that is no stall.
  Dog.beat();
  sleepingHandler(100ms);
  Dog.idle();
  std::this_thread::sleep_for(100ms);
  Dog.beat();
  Dog.idle();
  Dog.stop();
  std::vector<StallReport> Seen = Reports.take();
  ASSERT_EQ(Seen.size(), 1u);
  expectAtSleepingHandler(Seen[0]);
  // Stopped: a stall now is not reported.
  Dog.beat();
  sleepingHandler(60ms);
  Dog.idle();
  EXPECT_EQ(Reports.take().size(), 1u);
}

} // namespace
