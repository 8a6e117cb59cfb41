//===--- Measurements.h - stallcheck demo ----------------------*- C++ -*-===//
//
// What the demo measures and how it reports it: heartbeat lateness
// statistics, a table, JSON and an SVG timeline. No Asio here, so the unit
// tests can check it without running anything.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_DEMO_MEASUREMENTS_H
#define STALLCHECK_DEMO_MEASUREMENTS_H

#include <string>
#include <vector>

namespace stalldemo {

/// When one task ran, in milliseconds since the scenario started.
struct Interval {
  int Task = 0;
  double StartMs = 0;
  double EndMs = 0;
};

/// Heartbeat lateness: how late each 1 ms tick fired.
struct LatenessStats {
  std::size_t Ticks = 0;
  double WorstMs = 0;
  /// Nearest-rank 99th percentile.
  double P99Ms = 0;
  double MeanMs = 0;
};

LatenessStats latenessStats(std::vector<double> LatenessMs);

/// One scenario's run.
struct ScenarioResult {
  std::string Name;
  std::string Description;
  double TotalMs = 0;
  /// What the same tasks take one after another (tasks x one task).
  double SerialMs = 0;
  LatenessStats Lateness;
  std::vector<Interval> Intervals;
  /// When each heartbeat tick fired, ms since the scenario started, and how
  /// late it was.
  std::vector<double> TickMs;
  std::vector<double> TickLatenessMs;
};

/// serial / total: 1 when the tasks ran one after another.
double speedup(const ScenarioResult &Result);

/// The plain-text table, one row per scenario.
std::string formatTable(const std::vector<ScenarioResult> &Results,
                        unsigned HardwareThreads);

/// The same as JSON (with the intervals and heartbeat ticks).
std::string formatJson(const std::vector<ScenarioResult> &Results,
                       unsigned HardwareThreads, int Tasks, double WorkMs);

/// An SVG timeline: one band per scenario, one row per task with a bar for
/// when it ran, heartbeat ticks marked below (late ones in red).
std::string renderSvg(const std::vector<ScenarioResult> &Results);

} // namespace stalldemo

#endif // STALLCHECK_DEMO_MEASUREMENTS_H
