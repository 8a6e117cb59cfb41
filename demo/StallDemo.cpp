//===--- StallDemo.cpp - stallcheck demo ----------------------------------===//
//
// Measures the stall stallcheck warns about. Every scenario runs N tasks on
// one io_context driven by one thread, next to a heartbeat timer that ticks
// every millisecond and records how late each tick fires:
//
//   cpu-on-loop       N coroutines each run a CPU-bound loop on the loop
//   cpu-offloaded     the same loops, co_spawn'ed on a thread_pool
//   blocking-sleep    N coroutines each std::this_thread::sleep_for
//   async-timer       N coroutines each co_await a steady_timer instead
//   chunked           the CPU loop, yielding to the loop every chunk
//
// The bad scenarios are exactly what stallcheck flags; the STALL markers
// below are the findings test/lit/demo/lint-consistency.test expects, and
// every other line must stay silent. The runtime watchdog
// (watchdog/, docs/runtime-watchdog.md) watches each scenario's loop and
// names the same lines when they stall it (test/lit/watchdog/demo.test).
//
//===----------------------------------------------------------------------===//

#include "Measurements.h"
#include <algorithm>
#include <boost/asio.hpp>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <stallcheck/watchdog_asio.hpp>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

/// One chunk of CPU work: a millisecond or two on a current core.
constexpr int ChunkIterations = 1 << 20;
/// The chunked scenario yields to the loop after this many iterations
/// (below stall-cpu-heavy-loop's threshold, as the fix intends).
constexpr int YieldEvery = 1 << 16;

/// One step of the work: a xorshift, a dependent chain the optimiser
/// cannot shortcut, identical in every scenario.
inline std::uint64_t step(std::uint64_t X) {
  X ^= X << 13;
  X ^= X >> 7;
  X ^= X << 17;
  return X;
}

/// Written once per chunk so the work cannot be optimised away.
volatile std::uint64_t Sink = 0;

double msSince(Clock::time_point Start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - Start)
      .count();
}

struct Options {
  int Tasks = 4;
  double WorkMs = 250;
  unsigned Threads = 0; // 0: the hardware's
  std::vector<std::string> Scenarios;
  bool Json = false;
  std::string SvgPath = "stall-demo.svg";
  /// off, summary (one line per stall) or full (the watchdog's report).
  std::string Watchdog = "summary";
  std::string WatchdogJson;
};

/// What one scenario run records, shared by its coroutines.
struct Recorder {
  Clock::time_point Start = Clock::now();
  std::vector<stalldemo::Interval> Intervals;
  int Remaining = 0;
  bool Done = false;

  void started(int Task) { Intervals.push_back({Task, msSince(Start), 0}); }
  void finished(int Task) {
    for (stalldemo::Interval &I : Intervals)
      if (I.Task == Task)
        I.EndMs = msSince(Start);
    Done = --Remaining == 0;
  }
};

// ---------------------------------------------------------------------------
// The scenarios. The CPU loop is written out in each so that each is what a
// user would write, and what stallcheck sees.

asio::awaitable<void> cpuOnLoop(Recorder &Rec, int Task, int Rounds) {
  Rec.started(Task);
  std::uint64_t State = static_cast<std::uint64_t>(Task) + 1;
  for (int Round = 0; Round < Rounds; ++Round) {
    // One line, so that the watchdog's stack names the loop's own line.
    // clang-format off
    for (int I = 0; I < ChunkIterations; ++I) State = step(State);
    // STALL: :[[@LINE-1]]:5: warning: loop runs about 1.0e6 iterations without suspending, stalling the event loop in coroutine '{{.*}}cpuOnLoop' [stall-cpu-heavy-loop]
    // clang-format on
    Sink = State;
  }
  Rec.finished(Task);
  co_return;
}

asio::awaitable<void> cpuOffloaded(Recorder &Rec, asio::thread_pool &Pool,
                                   int Task, int Rounds) {
  co_await asio::co_spawn(
      Pool,
      [&Rec, Task, Rounds]() -> asio::awaitable<void> {
        std::uint64_t State = static_cast<std::uint64_t>(Task) + 1;
        for (int Round = 0; Round < Rounds; ++Round) {
          for (int I = 0; I < ChunkIterations; ++I)
            State = step(State);
          Sink = State;
        }
        (void)Rec;
        co_return;
      },
      asio::use_awaitable);
  Rec.finished(Task);
}

asio::awaitable<void> blockingSleep(Recorder &Rec, int Task, double WorkMs) {
  Rec.started(Task);
  std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(WorkMs));
  // STALL: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine '{{.*}}blockingSleep': it sleeps the thread (category 'sleep') [stall-blocking-call]
  Rec.finished(Task);
  co_return;
}

asio::awaitable<void> asyncTimer(Recorder &Rec, int Task, double WorkMs) {
  Rec.started(Task);
  asio::steady_timer Timer(co_await asio::this_coro::executor);
  Timer.expires_after(std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double, std::milli>(WorkMs)));
  co_await Timer.async_wait(asio::use_awaitable);
  Rec.finished(Task);
}

asio::awaitable<void> chunked(Recorder &Rec, int Task, int Rounds) {
  Rec.started(Task);
  auto Executor = co_await asio::this_coro::executor;
  std::uint64_t State = static_cast<std::uint64_t>(Task) + 1;
  const int Slices = Rounds * (ChunkIterations / YieldEvery);
  for (int Slice = 0; Slice < Slices; ++Slice) {
    for (int I = 0; I < YieldEvery; ++I)
      State = step(State);
    co_await asio::post(Executor, asio::use_awaitable);
  }
  Sink = State;
  Rec.finished(Task);
}

/// Ticks every millisecond until the scenario is done; records how late.
asio::awaitable<void> heartbeat(Recorder &Rec, std::vector<double> &Lateness,
                                std::vector<double> &Ticks) {
  asio::steady_timer Timer(co_await asio::this_coro::executor);
  Clock::time_point Next = Clock::now() + 1ms;
  while (!Rec.Done) {
    Timer.expires_at(Next);
    co_await Timer.async_wait(asio::use_awaitable);
    Lateness.push_back(
        std::chrono::duration<double, std::milli>(Clock::now() - Next).count());
    Ticks.push_back(msSince(Rec.Start));
    // Behind schedule: the next tick is due now, so that one stall counts
    // once, not again for every tick it swallowed.
    Next = std::max(Next + 1ms, Clock::now());
  }
}

// ---------------------------------------------------------------------------

/// Milliseconds one chunk of work takes on this machine (median of 5).
double calibrateChunkMs() {
  std::vector<double> Samples;
  for (int Sample = 0; Sample < 5; ++Sample) {
    Clock::time_point Start = Clock::now();
    std::uint64_t State = 1;
    for (int I = 0; I < ChunkIterations; ++I)
      State = step(State);
    Sink = State;
    Samples.push_back(msSince(Start));
  }
  std::sort(Samples.begin(), Samples.end());
  return std::max(Samples[2], 1e-3);
}

stalldemo::ScenarioResult runScenario(const std::string &Name,
                                      const Options &Opts, int Rounds,
                                      double OneTaskMs) {
  asio::io_context Io(1);
  if (Opts.Watchdog != "off" || !Opts.WatchdogJson.empty()) {
    // Lives and dies with Io; watches the thread that runs it.
    stallcheck::WatchdogOptions Watch =
        stallcheck::WatchdogOptions::fromEnvironment();
    if (!Opts.WatchdogJson.empty()) {
      Watch.Output = stallcheck::WatchdogOptions::Sink::JsonLines;
      Watch.JsonPath = Opts.WatchdogJson;
    } else if (Opts.Watchdog == "summary") {
      Watch.Output = stallcheck::WatchdogOptions::Sink::Callback;
      Watch.Callback = [Name](const stallcheck::StallReport &Report) {
        std::fprintf(stderr, "  watchdog: %s: loop stalled %.1f ms",
                     Name.c_str(), Report.DurationMs);
        if (Report.UserFrame >= 0) {
          const stallcheck::StallFrame &User = Report.Frames[Report.UserFrame];
          std::fprintf(stderr, " in %s at %s:%u", User.Function.c_str(),
                       User.File.c_str(), User.Line);
        }
        std::fprintf(stderr, "\n");
      };
    }
    stallcheck::attachWatchdog(Io, std::move(Watch));
  }
  asio::thread_pool Pool(Opts.Threads);
  Recorder Rec;
  Rec.Remaining = Opts.Tasks;
  std::vector<double> Lateness, Ticks;
  asio::co_spawn(Io, heartbeat(Rec, Lateness, Ticks), asio::detached);
  for (int Task = 0; Task < Opts.Tasks; ++Task) {
    if (Name == "cpu-on-loop")
      asio::co_spawn(Io, cpuOnLoop(Rec, Task, Rounds), asio::detached);
    else if (Name == "cpu-offloaded") {
      Rec.started(Task);
      asio::co_spawn(Io, cpuOffloaded(Rec, Pool, Task, Rounds), asio::detached);
    } else if (Name == "blocking-sleep")
      asio::co_spawn(Io, blockingSleep(Rec, Task, Opts.WorkMs), asio::detached);
    else if (Name == "async-timer")
      asio::co_spawn(Io, asyncTimer(Rec, Task, Opts.WorkMs), asio::detached);
    else
      asio::co_spawn(Io, chunked(Rec, Task, Rounds), asio::detached);
  }
  Rec.Start = Clock::now();
  Io.run();
  Pool.join();

  stalldemo::ScenarioResult Result;
  Result.Name = Name;
  Result.TotalMs = 0;
  for (const stalldemo::Interval &I : Rec.Intervals)
    Result.TotalMs = std::max(Result.TotalMs, I.EndMs);
  Result.SerialMs = OneTaskMs * Opts.Tasks;
  Result.Lateness = stalldemo::latenessStats(Lateness);
  Result.Intervals = Rec.Intervals;
  Result.TickMs = Ticks;
  Result.TickLatenessMs = Lateness;
  return Result;
}

const char *const AllScenarios[] = {"cpu-on-loop", "cpu-offloaded",
                                    "blocking-sleep", "async-timer", "chunked"};

void usage(std::ostream &Out) {
  Out << "usage: stall-demo [--tasks N] [--work-ms M] [--threads T]\n"
         "                  [--scenario NAME[,NAME...]] [--json] [--svg FILE]\n"
         "                  [--watchdog off|summary|full] [--watchdog-json "
         "FILE]\n"
         "scenarios: cpu-on-loop cpu-offloaded blocking-sleep async-timer "
         "chunked (default: all)\n";
}

bool parseOptions(int Argc, char **Argv, Options &Opts) {
  for (int I = 1; I < Argc; ++I) {
    std::string Arg = Argv[I];
    auto Value = [&](double Min) -> std::optional<double> {
      if (I + 1 >= Argc) {
        std::cerr << "stall-demo: error: " << Arg << " needs a value\n";
        return std::nullopt;
      }
      char *End = nullptr;
      double Parsed = std::strtod(Argv[++I], &End);
      if (*End != '\0' || Parsed < Min) {
        std::cerr << "stall-demo: error: " << Arg << " takes a number >= "
                  << Min << ", not '" << Argv[I] << "'\n";
        return std::nullopt;
      }
      return Parsed;
    };
    if (Arg == "--tasks" || Arg == "--work-ms" || Arg == "--threads") {
      std::optional<double> Parsed = Value(Arg == "--threads" ? 0 : 1);
      if (!Parsed)
        return false;
      if (Arg == "--tasks")
        Opts.Tasks = static_cast<int>(*Parsed);
      else if (Arg == "--work-ms")
        Opts.WorkMs = *Parsed;
      else
        Opts.Threads = static_cast<unsigned>(*Parsed);
    } else if (Arg == "--scenario" && I + 1 < Argc) {
      std::string List = Argv[++I];
      for (std::size_t Pos = 0; Pos <= List.size();) {
        std::size_t Comma = std::min(List.find(',', Pos), List.size());
        std::string Name = List.substr(Pos, Comma - Pos);
        if (std::find(std::begin(AllScenarios), std::end(AllScenarios), Name) ==
            std::end(AllScenarios)) {
          std::cerr << "stall-demo: error: unknown scenario '" << Name << "'\n";
          usage(std::cerr);
          return false;
        }
        Opts.Scenarios.push_back(Name);
        Pos = Comma + 1;
      }
    } else if (Arg == "--watchdog" && I + 1 < Argc) {
      Opts.Watchdog = Argv[++I];
      if (Opts.Watchdog != "off" && Opts.Watchdog != "summary" &&
          Opts.Watchdog != "full") {
        std::cerr << "stall-demo: error: --watchdog takes off, summary or "
                     "full, not '"
                  << Opts.Watchdog << "'\n";
        return false;
      }
    } else if (Arg == "--watchdog-json" && I + 1 < Argc) {
      Opts.WatchdogJson = Argv[++I];
    } else if (Arg == "--json") {
      Opts.Json = true;
    } else if (Arg == "--svg" && I + 1 < Argc) {
      Opts.SvgPath = Argv[++I];
    } else if (Arg == "--help" || Arg == "-h") {
      usage(std::cout);
      std::exit(0);
    } else {
      std::cerr << "stall-demo: error: unknown argument '" << Arg << "'\n";
      usage(std::cerr);
      return false;
    }
  }
  if (Opts.Scenarios.empty())
    Opts.Scenarios.assign(std::begin(AllScenarios), std::end(AllScenarios));
  if (Opts.Threads == 0)
    Opts.Threads = std::max(1u, std::thread::hardware_concurrency());
  return true;
}

} // namespace

int main(int Argc, char **Argv) {
  Options Opts;
  if (!parseOptions(Argc, Argv, Opts))
    return 2;
  const double ChunkMs = calibrateChunkMs();
  const int Rounds = std::max(1, static_cast<int>(Opts.WorkMs / ChunkMs + 0.5));
  const double OneTaskMs = Rounds * ChunkMs;
  std::cerr << "calibrated: " << Rounds << " chunks of " << ChunkIterations
            << " iterations, about " << OneTaskMs << " ms per CPU task\n";

  std::vector<stalldemo::ScenarioResult> Results;
  for (const std::string &Name : Opts.Scenarios) {
    std::cerr << "running " << Name << " (" << Opts.Tasks << " tasks x "
              << Opts.WorkMs << " ms)...\n";
    bool Sleeps = Name == "blocking-sleep" || Name == "async-timer";
    Results.push_back(
        runScenario(Name, Opts, Rounds, Sleeps ? Opts.WorkMs : OneTaskMs));
  }
  const unsigned HardwareThreads =
      std::max(1u, std::thread::hardware_concurrency());
  if (Opts.Json)
    std::cout << stalldemo::formatJson(Results, HardwareThreads, Opts.Tasks,
                                       Opts.WorkMs);
  else
    std::cout << stalldemo::formatTable(Results, HardwareThreads);
  if (!Opts.SvgPath.empty()) {
    std::ofstream Svg(Opts.SvgPath);
    Svg << stalldemo::renderSvg(Results);
    if (!Svg) {
      std::cerr << "stall-demo: error: cannot write '" << Opts.SvgPath << "'\n";
      return 1;
    }
    std::cerr << "timeline: " << Opts.SvgPath << "\n";
  }
  return 0;
}
