//===--- MeasurementsTest.cpp - stallcheck unit tests ---------------------===//
//
// The demo's measurement and reporting code.
//
//===----------------------------------------------------------------------===//

#include "Measurements.h"
#include "gtest/gtest.h"

namespace stalldemo {
namespace {

TEST(MeasurementsTest, LatenessStatistics) {
  std::vector<double> Lateness(100, 0.1);
  Lateness[17] = 250.0;
  Lateness[42] = 5.0;
  LatenessStats Stats = latenessStats(Lateness);
  EXPECT_EQ(Stats.Ticks, 100u);
  EXPECT_DOUBLE_EQ(Stats.WorstMs, 250.0);
  // Nearest rank: the 99th of 100 sorted values.
  EXPECT_DOUBLE_EQ(Stats.P99Ms, 5.0);
  EXPECT_NEAR(Stats.MeanMs, (98 * 0.1 + 255.0) / 100, 1e-9);
}

TEST(MeasurementsTest, EmptyAndSingleSamples) {
  EXPECT_EQ(latenessStats({}).Ticks, 0u);
  LatenessStats One = latenessStats({3.5});
  EXPECT_DOUBLE_EQ(One.WorstMs, 3.5);
  EXPECT_DOUBLE_EQ(One.P99Ms, 3.5);
}

ScenarioResult sample() {
  ScenarioResult Result;
  Result.Name = "cpu-on-loop";
  Result.Description = "a \"quoted\" description";
  Result.TotalMs = 400;
  Result.SerialMs = 400;
  Result.Lateness = latenessStats({1.0, 399.5});
  Result.Intervals = {{0, 0, 100}, {1, 100, 200}};
  Result.TickMs = {0.5, 400.2};
  Result.TickLatenessMs = {1.0, 399.5};
  return Result;
}

TEST(MeasurementsTest, SpeedupIsSerialOverTotal) {
  ScenarioResult Result = sample();
  EXPECT_DOUBLE_EQ(speedup(Result), 1.0);
  Result.TotalMs = 200;
  EXPECT_DOUBLE_EQ(speedup(Result), 2.0);
  Result.TotalMs = 0;
  EXPECT_DOUBLE_EQ(speedup(Result), 0.0);
}

TEST(MeasurementsTest, TableHasARowPerScenario) {
  std::string Table = formatTable({sample()}, 2);
  EXPECT_NE(Table.find("scenario"), std::string::npos);
  EXPECT_NE(Table.find("cpu-on-loop                 400.0      400.0    1.00x"
                       "       399.50       399.50"),
            std::string::npos)
      << Table;
  EXPECT_NE(Table.find("hardware threads: 2"), std::string::npos);
}

TEST(MeasurementsTest, JsonCarriesEverythingAndEscapes) {
  std::string Json = formatJson({sample()}, 2, 4, 250);
  EXPECT_NE(Json.find("\"hardware_threads\":2,\"tasks\":4,\"work_ms\":250.000"),
            std::string::npos);
  EXPECT_NE(Json.find("\"description\":\"a \\\"quoted\\\" description\""),
            std::string::npos)
      << Json;
  EXPECT_NE(Json.find("\"worst_late_ms\":399.500"), std::string::npos);
  EXPECT_NE(Json.find("{\"task\":1,\"start_ms\":100.000,\"end_ms\":200.000}"),
            std::string::npos);
  EXPECT_NE(Json.find("\"tick_ms\":[0.500,400.200]"), std::string::npos);
}

TEST(MeasurementsTest, SvgHasABarPerTaskAndATickPerBeat) {
  std::string Svg = renderSvg({sample()});
  EXPECT_EQ(Svg.rfind("<svg", 0), 0u);
  size_t Bars = 0, Ticks = 0, LateTicks = 0;
  for (size_t Pos = 0; (Pos = Svg.find("<rect x=", Pos)) != std::string::npos;
       ++Pos)
    ++Bars;
  for (size_t Pos = 0; (Pos = Svg.find("<line ", Pos)) != std::string::npos;
       ++Pos)
    ++Ticks;
  for (size_t Pos = 0; (Pos = Svg.find("#d33", Pos)) != std::string::npos;
       ++Pos)
    ++LateTicks;
  EXPECT_EQ(Bars, 2u);
  EXPECT_EQ(Ticks, 2u);
  EXPECT_EQ(LateTicks, 1u) << "the tick 399.5 ms late is marked late";
}

} // namespace
} // namespace stalldemo
