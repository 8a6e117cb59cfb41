//===--- LoopCostTest.cpp - stallcheck unit tests -------------------------===//
//
// The trip-count estimator and loop costs, on real parses.
//
//===----------------------------------------------------------------------===//

#include "core/cost/LoopCost.h"
#include "TestAST.h"
#include "core/catalogue/StallCatalogue.h"
#include "core/context/Coroutines.h"
#include <limits>

namespace clang::tidy::stall {
namespace {

using test::findFunction;

constexpr llvm::StringLiteral Loops = R"cpp(
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <task.hpp>
#include <vector>

constexpr int N = 1000;
const long Big = 1L << 40;
enum { Rows = 64 };
struct Pixel { char r, g, b; };
long helper() { long s = 0; for (int i = 0; i < 500; ++i) s += i; return s; }

void literal() { for (int i = 0; i < 10'000'000; ++i) {} }
void from_five() { for (int i = 5; i < 15; ++i) {} }
void less_equal() { for (int i = 0; i <= 10; ++i) {} }
void not_equal() { for (int i = 0; i != 10; i += 2) {} }
void step() { for (int i = 0; i < 100; i += 3) {} }
void down() { for (int i = 100; i > 0; --i) {} }
void down_step() { for (int i = 100; i >= 0; i -= 10) {} }
void reversed() { for (int i = 0; 10 > i; ++i) {} }
void empty_range() { for (int i = 10; i < 5; ++i) {} }
void constexpr_bound() { for (int i = 0; i < N * N; ++i) {} }
void shift() { for (long i = 0; i < (1L << 28); ++i) {} }
void const_bound() { for (long i = 0; i < Big; ++i) {} }
void enum_bound() { for (int r = 0; r < Rows; ++r) {} }
void sizeof_bound() { for (unsigned i = 0; i < sizeof(Pixel) * 100; ++i) {} }
void huge() { for (std::uint64_t i = 0; i < UINT64_MAX; ++i) {} }
void parameter(int limit) { for (int i = 0; i < limit + 1; ++i) {} }
void container(std::vector<int> &v) { for (std::size_t i = 0; i < v.size(); ++i) {} }
void body_assigns() { for (int i = 0; i < 100; ++i) { i += 2; } }
void c_array() { int a[256] = {}; for (int x : a) (void)x; }
void std_array() { std::array<int, 512> a{}; for (int x : a) (void)x; }
void vector_range(std::vector<int> &v) { for (int x : v) (void)x; }
void while_loop() { int i = 0; while (i < 10) ++i; }
void nested() { for (int i = 0; i < N; ++i) for (int j = 0; j < N; ++j) for (int k = 0; k < 10; ++k) {} }
void nested_unknown(std::vector<int> &v) { for (int i = 0; i < N; ++i) for (int x : v) (void)x; }
void saturate() { for (std::uint64_t i = 0; i < UINT64_MAX; ++i) for (std::uint64_t j = 0; j < UINT64_MAX; ++j) {} }
void calls() { for (int i = 0; i < 100; ++i) helper(); }
void formats(std::vector<std::string> &out) {
  for (int i = 0; i < 90000; ++i) out.push_back(std::to_string(i));
}
void clears() {
  for (int i = 0; i < 1024; ++i)
    for (int j = 0; j < 100; ++j) {
      char *block = new char[150000];
      std::memset(block, 0, 150000);
      delete[] block;
    }
}
void fills() {
  static int table[4096];
  for (int i = 0; i < 1000; ++i) {
    std::fill(std::begin(table), std::end(table), i);
    std::fill_n(table, 800, i);
  }
}
void fills_unknown(int *data, int n) {
  for (int i = 0; i < 1000; ++i) std::fill_n(data, n, i);
}
long deep3() { long s = 0; for (int i = 0; i < 40; ++i) s += i; return s; }
long deep2() { return deep3() + deep3(); }
long deep1() { return deep2(); }
void deep_calls() { for (int i = 0; i < 1000; ++i) deep1(); }
coro::task<> lazy_work() { for (int i = 0; i < 1'000'000; ++i) {} co_return; }
void creates_tasks(std::vector<coro::task<>> &tasks) {
  for (int i = 0; i < 1000; ++i) tasks.push_back(lazy_work());
}
)cpp";

class LoopCostTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    AST = test::parseCxx20(Loops).release();
    Catalogue = new StallCatalogue(std::move(*StallCatalogue::createDefault()));
  }
  static void TearDownTestSuite() {
    delete AST;
    delete Catalogue;
  }

  /// The first loop of function \p Name.
  static const Stmt &loopIn(llvm::StringRef Name) {
    const Stmt *Found = nullptr;
    forEachOwnStatement(findFunction(*AST, Name)->getBody(),
                        [&](const Stmt &S) {
                          if (!Found && isLoop(S))
                            Found = &S;
                        });
    EXPECT_NE(Found, nullptr) << Name.str();
    return *Found;
  }
  static std::optional<std::uint64_t> trips(llvm::StringRef Name) {
    std::optional<TripCount> Count =
        estimateTripCount(loopIn(Name), AST->getASTContext());
    if (!Count)
      return std::nullopt;
    return Count->Count;
  }
  static std::optional<LoopCostEstimate> estimate(llvm::StringRef Name) {
    LoopCostModel Model(AST->getASTContext(), *Catalogue, /*MaxCallDepth=*/8);
    return Model.estimate(loopIn(Name));
  }
  static std::optional<std::uint64_t> cost(llvm::StringRef Name) {
    std::optional<LoopCostEstimate> Estimate = estimate(Name);
    if (!Estimate)
      return std::nullopt;
    return Estimate->Operations;
  }
  static ASTUnit *AST;
  static StallCatalogue *Catalogue;
};

ASTUnit *LoopCostTest::AST = nullptr;
StallCatalogue *LoopCostTest::Catalogue = nullptr;

TEST_F(LoopCostTest, CountsFromTheLoopHeader) {
  EXPECT_EQ(trips("literal"), 10000000u);
  EXPECT_EQ(trips("from_five"), 10u);
  EXPECT_EQ(trips("less_equal"), 11u);
  EXPECT_EQ(trips("not_equal"), 5u);
  EXPECT_EQ(trips("step"), 34u);
  EXPECT_EQ(trips("down"), 100u);
  EXPECT_EQ(trips("down_step"), 11u);
  EXPECT_EQ(trips("reversed"), 10u);
  EXPECT_EQ(trips("empty_range"), 0u);
}

TEST_F(LoopCostTest, BoundsTheCompilerCanEvaluate) {
  EXPECT_EQ(trips("constexpr_bound"), 1000000u);
  EXPECT_EQ(trips("shift"), 1u << 28);
  EXPECT_EQ(trips("const_bound"), std::uint64_t(1) << 40);
  EXPECT_EQ(trips("enum_bound"), 64u);
  EXPECT_EQ(trips("sizeof_bound"), 300u);
  EXPECT_EQ(trips("huge"), std::numeric_limits<std::uint64_t>::max());
}

TEST_F(LoopCostTest, RunTimeBoundsAreUnknown) {
  EXPECT_EQ(trips("parameter"), std::nullopt);
  EXPECT_EQ(trips("container"), std::nullopt);
  EXPECT_EQ(trips("body_assigns"), std::nullopt);
  EXPECT_EQ(trips("vector_range"), std::nullopt);
  EXPECT_EQ(trips("while_loop"), std::nullopt);
}

TEST_F(LoopCostTest, ArrayExtents) {
  EXPECT_EQ(trips("c_array"), 256u);
  EXPECT_EQ(trips("std_array"), 512u);
}

TEST_F(LoopCostTest, NestsMultiplyAndSaturate) {
  EXPECT_EQ(cost("nested"), 10000000u);
  EXPECT_EQ(cost("nested_unknown"), 1000u * LoopCostModel::UnknownLoopTrips)
      << "an inner loop of unknown count counts as UnknownLoopTrips";
  EXPECT_EQ(cost("saturate"), std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(cost("parameter"), std::nullopt);
}

TEST_F(LoopCostTest, CallsAddTheCalleesLoops) {
  EXPECT_EQ(cost("calls"), 100u * 500u);
}

TEST_F(LoopCostTest, IterationsAreWeighedByTheirWork) {
  std::optional<LoopCostEstimate> MaybeFormats = estimate("formats");
  ASSERT_TRUE(MaybeFormats.has_value());
  const LoopCostEstimate Formats = MaybeFormats.value_or(LoopCostEstimate());
  EXPECT_EQ(Formats.Iterations, 90000u);
  // std::to_string (30) and vector growth (5) an iteration.
  EXPECT_EQ(Formats.Operations, 90000u * 35);
  EXPECT_EQ(Formats.operationsPerIteration(), 35u);
  EXPECT_EQ(Formats.describeWork(), "std::to_string, vector growth");

  std::optional<LoopCostEstimate> MaybeClears = estimate("clears");
  ASSERT_TRUE(MaybeClears.has_value());
  const LoopCostEstimate Clears = MaybeClears.value_or(LoopCostEstimate());
  EXPECT_EQ(Clears.Iterations, 1024u * 100);
  // new (50) and a memset of 150000 bytes at 32 bytes an operation.
  EXPECT_EQ(Clears.Operations, 1024u * 100 * (50 + 150000 / 32));
  EXPECT_EQ(Clears.describeWork(), "memset, allocation");
}

TEST_F(LoopCostTest, BulkOperationsOfKnownSize) {
  // std::fill over the whole array (4096 ints) and std::fill_n of 800, at 8
  // elements an operation.
  EXPECT_EQ(cost("fills"), 1000u * (4096 / 8 + 800 / 8));
  EXPECT_EQ(cost("fills_unknown"), 1000u)
      << "a size the code does not state adds nothing";
}

TEST_F(LoopCostTest, CalleesAreCostedToDepth) {
  // deep1 -> deep2 -> two calls of deep3, each a loop of 40.
  EXPECT_EQ(cost("deep_calls"), 1000u * 80);
  LoopCostModel Shallow(AST->getASTContext(), *Catalogue, /*MaxCallDepth=*/2);
  std::optional<LoopCostEstimate> Estimate =
      Shallow.estimate(loopIn("deep_calls"));
  ASSERT_TRUE(Estimate.has_value());
  EXPECT_EQ(Estimate.value_or(LoopCostEstimate()).Operations, 1000u)
      << "deep3 is three calls down";
}

TEST_F(LoopCostTest, CallingALazyCoroutineRunsNothing) {
  // Only the vector grows: lazy_work's loop runs where it is awaited.
  EXPECT_EQ(cost("creates_tasks"), 1000u * 5);
}

TEST(SaturatingArithmeticTest, NeverWraps) {
  constexpr std::uint64_t Max = std::numeric_limits<std::uint64_t>::max();
  EXPECT_EQ(saturatingMultiply(Max, 2), Max);
  EXPECT_EQ(saturatingMultiply(std::uint64_t(1) << 32, std::uint64_t(1) << 32),
            Max);
  EXPECT_EQ(saturatingMultiply(0, Max), 0u);
  EXPECT_EQ(saturatingMultiply(1000, 1000), 1000000u);
  EXPECT_EQ(saturatingAdd(Max, 1), Max);
  EXPECT_EQ(saturatingAdd(Max - 1, 1), Max);
  EXPECT_EQ(saturatingAdd(2, 3), 5u);
}

} // namespace
} // namespace clang::tidy::stall
