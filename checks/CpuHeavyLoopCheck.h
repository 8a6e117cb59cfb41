//===--- CpuHeavyLoopCheck.h - stallcheck ----------------------*- C++ -*-===//

#ifndef STALLCHECK_CPUHEAVYLOOPCHECK_H
#define STALLCHECK_CPUHEAVYLOOPCHECK_H

#include "core/check/EventLoopCheckBase.h"
#include "core/cost/LoopCost.h"
#include "llvm/ADT/DenseSet.h"
#include <cstdint>

namespace clang::tidy::stall {

/// Flags loops in event-loop code that run long without suspending: a nest
/// whose estimated iteration count reaches a threshold, or a spin on an
/// atomic that another thread must change.
///
/// For the user-facing documentation see docs/checks/stall-cpu-heavy-loop.md.
class CpuHeavyLoopCheck : public EventLoopCheckBase {
public:
  CpuHeavyLoopCheck(llvm::StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkEventLoopCode(const FunctionDecl &Callable,
                          const EventLoopRegion &Region) override;
  ChainGoal chainGoal() const override;

public:
  void onStartOfTranslationUnit() override;

private:
  /// Examines \p Loop; returns whether it was reported (then the loops
  /// and calls in it are not examined again).
  /// Leaves a loop whose cost depends on calls into other files to the
  /// project command's link step.
  void deferHeavy(const Stmt &Loop, const LoopCostEstimate &Estimate,
                  const FunctionDecl &Callable, const ContextDecision &Context);
  bool checkLoop(const Stmt &Loop, const FunctionDecl &Callable,
                 const ContextDecision &Context, LoopCostModel &Costs);
  /// Reports a call in event-loop code to a helper that runs a heavy loop,
  /// with the chain of calls down to the loop.
  void checkHelperCall(const Expr &Call, const FunctionDecl &Callable,
                       const ContextDecision &Context);
  bool callsBlockingApi(const Stmt &Body) const;
  void reportHeavy(const Stmt &Loop, const LoopCostEstimate &Estimate,
                   const FunctionDecl &Callable,
                   const ContextDecision &Context);
  void reportSpin(const Stmt &Loop, const Expr &Read,
                  const FunctionDecl &Callable,
                  const ContextDecision &Context);
  /// The note that says how to offload or chunk; \p Work: the loop or the
  /// call it is about, for the offload fix-it (null when advice is given
  /// elsewhere).
  void advise(SourceLocation Loc, const FunctionDecl &Callable,
              const ContextDecision &Context, const Stmt *Work);
  /// The notes on what \p Loop costs: each bound of its nest, and each call
  /// whose work counts.
  static llvm::SmallVector<std::pair<SourceLocation, Message>, 4>
  costNotes(const Stmt &Loop, const LoopCostEstimate &Estimate,
            const ASTContext &AST);
  /// Where and how to yield inside \p Loop instead of offloading it: the
  /// statement to add as the first of its body, for code that can await
  /// (Asio coroutines); nothing elsewhere.
  std::optional<std::pair<SourceLocation, Message>>
  chunkNote(const Stmt &Loop, const FunctionDecl &Callable,
            const ContextDecision &Context) const;
  /// That note's text.
  static Message adviceMessage(const FunctionDecl &Callable,
                               const ContextDecision &Context);

  const std::uint64_t Threshold;
  const bool ReportSpins;
  /// Helper calls already reported: a template's instantiations share them.
  llvm::DenseSet<unsigned> ReportedLocations;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CPUHEAVYLOOPCHECK_H
