//===--- Measurements.cpp - stallcheck demo -------------------------------===//

#include "Measurements.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <sstream>

namespace stalldemo {

namespace {

std::string fixed(double Value, int Decimals) {
  char Buffer[64];
  std::snprintf(Buffer, sizeof Buffer, "%.*f", Decimals, Value);
  return Buffer;
}

std::string jsonString(const std::string &Text) {
  std::string Out = "\"";
  for (char C : Text) {
    if (C == '"' || C == '\\')
      Out += '\\';
    if (static_cast<unsigned char>(C) < 0x20) {
      char Escaped[8];
      std::snprintf(Escaped, sizeof Escaped, "\\u%04x", C);
      Out += Escaped;
      continue;
    }
    Out += C;
  }
  return Out + "\"";
}

std::string jsonNumbers(const std::vector<double> &Values) {
  std::string Out = "[";
  for (std::size_t I = 0; I < Values.size(); ++I)
    Out += (I ? "," : "") + fixed(Values[I], 3);
  return Out + "]";
}

} // namespace

LatenessStats latenessStats(std::vector<double> LatenessMs) {
  LatenessStats Stats;
  Stats.Ticks = LatenessMs.size();
  if (LatenessMs.empty())
    return Stats;
  std::sort(LatenessMs.begin(), LatenessMs.end());
  Stats.WorstMs = LatenessMs.back();
  // Nearest rank: the smallest value with at least 99% of ticks at or below.
  std::size_t Rank = static_cast<std::size_t>(
      std::ceil(0.99 * static_cast<double>(LatenessMs.size())));
  Stats.P99Ms = LatenessMs[std::max<std::size_t>(Rank, 1) - 1];
  Stats.MeanMs = std::accumulate(LatenessMs.begin(), LatenessMs.end(), 0.0) /
                 static_cast<double>(LatenessMs.size());
  return Stats;
}

double speedup(const ScenarioResult &Result) {
  return Result.TotalMs > 0 ? Result.SerialMs / Result.TotalMs : 0;
}

std::string formatTable(const std::vector<ScenarioResult> &Results,
                        unsigned HardwareThreads) {
  std::ostringstream Out;
  char Line[256];
  std::snprintf(Line, sizeof Line, "%-22s %10s %10s %8s %12s %12s\n",
                "scenario", "total_ms", "serial_ms", "speedup",
                "worst_late_ms", "p99_late_ms");
  Out << Line;
  for (const ScenarioResult &R : Results) {
    std::snprintf(Line, sizeof Line, "%-22s %10.1f %10.1f %7.2fx %12.2f %12.2f\n",
                  R.Name.c_str(), R.TotalMs, R.SerialMs, speedup(R),
                  R.Lateness.WorstMs, R.Lateness.P99Ms);
    Out << Line;
  }
  Out << "hardware threads: " << HardwareThreads << "\n";
  return Out.str();
}

std::string formatJson(const std::vector<ScenarioResult> &Results,
                       unsigned HardwareThreads, int Tasks, double WorkMs) {
  std::ostringstream Out;
  Out << "{\"hardware_threads\":" << HardwareThreads << ",\"tasks\":" << Tasks
      << ",\"work_ms\":" << fixed(WorkMs, 3) << ",\"scenarios\":[";
  for (std::size_t I = 0; I < Results.size(); ++I) {
    const ScenarioResult &R = Results[I];
    Out << (I ? "," : "") << "{\"name\":" << jsonString(R.Name)
        << ",\"description\":" << jsonString(R.Description)
        << ",\"total_ms\":" << fixed(R.TotalMs, 3)
        << ",\"serial_ms\":" << fixed(R.SerialMs, 3)
        << ",\"speedup\":" << fixed(speedup(R), 3)
        << ",\"heartbeat\":{\"ticks\":" << R.Lateness.Ticks
        << ",\"worst_late_ms\":" << fixed(R.Lateness.WorstMs, 3)
        << ",\"p99_late_ms\":" << fixed(R.Lateness.P99Ms, 3)
        << ",\"mean_late_ms\":" << fixed(R.Lateness.MeanMs, 3)
        << ",\"tick_ms\":" << jsonNumbers(R.TickMs) << "},\"intervals\":[";
    for (std::size_t J = 0; J < R.Intervals.size(); ++J)
      Out << (J ? "," : "") << "{\"task\":" << R.Intervals[J].Task
          << ",\"start_ms\":" << fixed(R.Intervals[J].StartMs, 3)
          << ",\"end_ms\":" << fixed(R.Intervals[J].EndMs, 3) << "}";
    Out << "]}";
  }
  Out << "]}\n";
  return Out.str();
}

std::string renderSvg(const std::vector<ScenarioResult> &Results) {
  constexpr double Width = 960, Left = 230, Row = 16, BandGap = 34;
  double LongestMs = 1;
  int Rows = 0;
  for (const ScenarioResult &R : Results) {
    LongestMs = std::max(LongestMs, R.TotalMs);
    Rows += static_cast<int>(R.Intervals.size()) + 1;
  }
  const double Scale = (Width - Left - 20) / LongestMs;
  const double Height =
      40 + Rows * Row + static_cast<double>(Results.size()) * BandGap;
  std::ostringstream Out;
  Out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << Width
      << "\" height=\"" << fixed(Height, 0)
      << "\" font-family=\"sans-serif\" font-size=\"11\">\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << "<text x=\"10\" y=\"18\" font-size=\"13\">One event loop, one "
         "thread: when each task ran (bars) and when the 1 ms heartbeat "
         "fired (ticks; red = late by more than 2 ms)</text>\n";
  double Y = 40;
  for (const ScenarioResult &R : Results) {
    Out << "<text x=\"10\" y=\"" << fixed(Y + 11, 1) << "\" font-weight=\"bold\">"
        << R.Name << "</text>\n"
        << "<text x=\"10\" y=\"" << fixed(Y + 24, 1) << "\" fill=\"#555\">"
        << fixed(R.TotalMs, 0) << " ms, worst tick "
        << fixed(R.Lateness.WorstMs, 1) << " ms late</text>\n";
    for (const Interval &I : R.Intervals) {
      Out << "<rect x=\"" << fixed(Left + I.StartMs * Scale, 1) << "\" y=\""
          << fixed(Y + 2, 1) << "\" width=\""
          << fixed(std::max(1.0, (I.EndMs - I.StartMs) * Scale), 1)
          << "\" height=\"" << fixed(Row - 4, 1)
          << "\" fill=\"#4a78c2\"><title>task " << I.Task << ": "
          << fixed(I.StartMs, 1) << "-" << fixed(I.EndMs, 1)
          << " ms</title></rect>\n";
      Y += Row;
    }
    for (std::size_t T = 0; T < R.TickMs.size(); ++T) {
      double Late = T < R.TickLatenessMs.size() ? R.TickLatenessMs[T] : 0;
      Out << "<line x1=\"" << fixed(Left + R.TickMs[T] * Scale, 1) << "\" x2=\""
          << fixed(Left + R.TickMs[T] * Scale, 1) << "\" y1=\""
          << fixed(Y + 2, 1) << "\" y2=\"" << fixed(Y + Row - 4, 1)
          << "\" stroke=\"" << (Late > 2.0 ? "#d33" : "#2a2") << "\"/>\n";
    }
    Y += Row + BandGap;
  }
  Out << "</svg>\n";
  return Out.str();
}

} // namespace stalldemo
