//===--- LoopCost.h - stallcheck -------------------------------*- C++ -*-===//
//
// How long a loop holds the thread: its trip count when the code states it
// (literal, const/constexpr and enum bounds, arithmetic on those, sizeof,
// array extents), nested loops multiplied, calls to functions of the same
// translation unit adding their own loops (one level). Counts saturate
// instead of overflowing.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_LOOPCOST_H
#define STALLCHECK_CORE_LOOPCOST_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <optional>

namespace clang::tidy::stall {

/// a * b and a + b, saturating at UINT64_MAX.
std::uint64_t saturatingMultiply(std::uint64_t A, std::uint64_t B);
std::uint64_t saturatingAdd(std::uint64_t A, std::uint64_t B);

/// How many times a loop's body runs, and what says so.
struct TripCount {
  std::uint64_t Count = 0;
  /// The bound that fixes the count (the loop condition's other side, or
  /// the range of a range-for over an array).
  const Expr *Bound = nullptr;
};

/// Counts the iterations of `for (i = A; i < B; i += S)` (and <=, !=, >,
/// >=, ++, --, -=) when A, B and S are constant expressions and the body
/// does not assign i; of a range-for over a C array or std::array. Nothing
/// when the count depends on run-time values (container sizes, parameters)
/// or for while/do loops.
std::optional<TripCount> estimateTripCount(const Stmt &Loop,
                                           const ASTContext &Context);

/// A loop of a nest that contributes to its cost, for the notes.
struct LoopLevel {
  const Stmt *Loop;
  TripCount Trips;
};

/// A function called from the loop's body whose own loops add to its cost.
struct CalleeCost {
  const CallExpr *Call;
  std::uint64_t Iterations;
};

/// The cost of one loop nest: how many times its innermost bodies run for
/// one run of the loop.
struct LoopCostEstimate {
  std::uint64_t Iterations = 0;
  /// The loops of the heaviest path, outermost first.
  llvm::SmallVector<LoopLevel, 4> Levels;
  /// Calls whose loops were added, heaviest first.
  llvm::SmallVector<CalleeCost, 2> Callees;
};

/// Whether \p S is a for, range-for, while or do loop (not a
/// `do { ... } while (false)`, which runs once).
bool isLoop(const Stmt &S);
/// The body of such a loop; null for other statements.
const Stmt *loopBody(const Stmt &Loop);

/// Whether \p Body (not entering nested lambdas) contains co_await or
/// co_yield: such a loop gives the event loop back.
bool suspends(const Stmt &Body);

/// Estimates loop costs, remembering the cost of callees.
class LoopCostModel {
public:
  explicit LoopCostModel(const ASTContext &Context) : Context(Context) {}

  /// The cost of \p Loop when its trip count is known; nothing otherwise.
  std::optional<LoopCostEstimate> estimate(const Stmt &Loop);

private:
  /// The iterations of the loops in one run of \p Body, its own and those
  /// of the functions it calls (when \p FollowCalls); 0 when it has none.
  std::uint64_t nestedCost(const Stmt &Body, LoopCostEstimate *Detail,
                           bool FollowCalls);
  std::optional<LoopCostEstimate> estimate(const Stmt &Loop, bool FollowCalls);
  /// The loops of a called function (its own top-level loops, one level).
  std::uint64_t calleeCost(const FunctionDecl &Callee);

  const ASTContext &Context;
  llvm::DenseMap<const FunctionDecl *, std::uint64_t> CalleeCosts;
};

/// A read of an atomic in a loop condition (or in the condition guarding a
/// loop's exit) that another thread must change for the loop to end: the
/// loop spins. Nothing when the loop is not such a spin.
const Expr *spinCondition(const Stmt &Loop);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_LOOPCOST_H
