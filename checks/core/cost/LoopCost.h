//===--- LoopCost.h - stallcheck -------------------------------*- C++ -*-===//
//
// How long a loop holds the thread: its trip count when the code states it
// (literal, const/constexpr and enum bounds, arithmetic on those, sizeof,
// array extents), nested loops multiplied, each iteration weighed by the work
// its body does (docs/checks/stall-cpu-heavy-loop.md states the model and its
// numbers). Counts saturate instead of overflowing.
//
// Family cost (checks/core/cost/) owns what a loop costs: trip counts and the
// work of an iteration.
// It may use: base, catalogue, context.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_LOOPCOST_H
#define STALLCHECK_CORE_LOOPCOST_H

#include "core/base/Saturating.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace clang::tidy::stall {

class StallCatalogue;

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

/// A function called from the loop's body whose own work adds to its cost.
struct CalleeCost {
  const CallExpr *Call;
  /// The operations of one call.
  std::uint64_t Operations;
};

/// A call in a loop to a function defined in another file whose cost is
/// not known yet: the project command's link step adds it from the
/// function's summary.
struct DeferredCallee {
  const CallExpr *Call;
  const FunctionDecl *Callee;
  /// How many times one run of the loop makes the call.
  std::uint64_t Runs;
};

/// What a call to a function defined in another file costs: its summary's
/// cost, or nothing known; Deferred when the link step will know.
struct ExternalCost {
  std::optional<std::uint64_t> Operations;
  bool Deferred = false;
};

/// One kind of work a loop does besides counting: "std::to_string",
/// "vector growth", "a call to 'parse'", "an inner loop of unknown length".
struct WorkItem {
  std::string What;
  /// Operations over one run of the loop.
  std::uint64_t Operations;
};

/// Orders a loop's few work items or callees (anything with an Operations
/// count) heaviest first; ties keep the order they are in. An insertion
/// sort: the lists are a handful long, and std::stable_sort's temporary
/// buffer is deprecated in libstdc++.
template <typename Items> void sortHeaviestFirst(Items &List) {
  for (size_t I = 1; I < List.size(); ++I)
    for (size_t J = I; J > 0 && List[J - 1].Operations < List[J].Operations;
         --J)
      std::swap(List[J - 1], List[J]);
}

/// The first \p Most kinds of work of \p List (items with a What), for a
/// note: "std::to_string, vector growth".
template <typename Items>
std::string describeHeaviest(const Items &List, unsigned Most = 3) {
  std::string Text;
  for (size_t I = 0; I < List.size() && I < Most; ++I)
    Text += (Text.empty() ? "" : ", ") + List[I].What;
  return Text;
}

/// The cost of one loop nest, in operations: the iterations of its bodies,
/// each weighted by the work the body does (about a nanosecond each; an
/// iteration that only counts is one).
struct LoopCostEstimate {
  std::uint64_t Operations = 0;
  /// Iterations of the heaviest path through the nest: the product of the
  /// Levels' trip counts.
  std::uint64_t Iterations = 0;
  /// The loops of the heaviest path, outermost first.
  llvm::SmallVector<LoopLevel, 4> Levels;
  /// Calls whose work was added, heaviest first.
  llvm::SmallVector<CalleeCost, 2> Callees;
  /// What the iterations do besides counting, heaviest first.
  llvm::SmallVector<WorkItem, 4> Work;
  /// Calls, directly in the nest, to functions of other files whose cost
  /// the link step adds.
  llvm::SmallVector<DeferredCallee, 1> Deferred;

  /// The operations of one iteration of the heaviest path (at least one).
  std::uint64_t operationsPerIteration() const;
  /// The heaviest kinds of work, for a note: "std::to_string, vector growth".
  std::string describeWork(unsigned Most = 3) const;
};

/// Estimates loop costs. What a body does is weighed with the catalogue's
/// 'work' entries (allocation, string conversion and formatting, container
/// growth, memset/memcpy/std::fill of known sizes), plus allocations by
/// `new`, inner loops of unknown length (counted as UnknownLoopTrips
/// iterations) and calls to functions whose bodies the analyses follow (their
/// own work, to MaxCallDepth calls down; a lazy coroutine's body does not run
/// when it is called). Callees' costs are remembered.
class LoopCostModel {
public:
  /// How many iterations an inner loop of unknown length counts for.
  static constexpr std::uint64_t UnknownLoopTrips = 16;
  /// What one `new` costs.
  static constexpr std::uint64_t AllocationOperations = 50;

  LoopCostModel(const ASTContext &Context, const StallCatalogue &Catalogue,
                unsigned MaxCallDepth);

  /// The cost of \p Loop when its trip count is known; nothing otherwise.
  std::optional<LoopCostEstimate> estimate(const Stmt &Loop);
  /// The operations of one call of \p Callee beyond its bookkeeping: 0 for
  /// a function that does no notable work.
  std::uint64_t callCost(const FunctionDecl &Callee);
  /// How calls to functions with no body in this translation unit are
  /// costed (by default: as nothing).
  void setExternalCosts(
      std::function<ExternalCost(const FunctionDecl &)> Costs) {
    External = std::move(Costs);
  }

private:
  struct BodyCost;
  std::optional<LoopCostEstimate> estimate(const Stmt &Loop, unsigned Depth);
  BodyCost bodyCost(const Stmt &Body, unsigned Depth, WalkPaths Paths);
  std::uint64_t callCost(const FunctionDecl &Callee, unsigned Depth);

  const ASTContext &Context;
  const StallCatalogue &Catalogue;
  const unsigned MaxCallDepth;
  llvm::DenseMap<const FunctionDecl *, std::uint64_t> CallCosts;
  std::function<ExternalCost(const FunctionDecl &)> External;
};

/// A read of an atomic in a loop condition (or in the condition guarding a
/// loop's exit) that another thread must change for the loop to end: the
/// loop spins. Nothing when the loop is not such a spin.
const Expr *spinCondition(const Stmt &Loop);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_LOOPCOST_H
