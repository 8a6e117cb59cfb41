//===--- CpuHeavyLoopCheck.h - stallcheck ----------------------*- C++ -*-===//

#ifndef STALLCHECK_CPUHEAVYLOOPCHECK_H
#define STALLCHECK_CPUHEAVYLOOPCHECK_H

#include "core/EventLoopCheckBase.h"
#include "core/LoopCost.h"
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
                          const ContextDecision &Context) override;

private:
  /// Examines \p Loop and, when it is not reported itself, the loops in it.
  void checkLoop(const Stmt &Loop, const FunctionDecl &Callable,
                 const ContextDecision &Context, LoopCostModel &Costs);
  bool callsBlockingApi(const Stmt &Body) const;
  void reportHeavy(const Stmt &Loop, const LoopCostEstimate &Estimate,
                   const FunctionDecl &Callable,
                   const ContextDecision &Context);
  void reportSpin(const Stmt &Loop, const Expr &Read,
                  const FunctionDecl &Callable,
                  const ContextDecision &Context);
  void advise(const Stmt &Loop, const FunctionDecl &Callable,
              const ContextDecision &Context);

  const std::uint64_t Threshold;
  const bool ReportSpins;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CPUHEAVYLOOPCHECK_H
