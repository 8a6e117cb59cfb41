//===--- ExecutionContext.h - stallcheck -----------------------*- C++ -*-===//
//
// The execution-context model: for a function or lambda, does it run on an
// event loop's thread, on a worker, or can stallcheck not tell? With the
// reason, for the note that explains a finding. Every stall-* check asks it.
//
// Family context (checks/core/context/) owns where code runs: coroutine kinds
// and the statement walk, what a call hands to whom (CallArguments), this
// model, executor switches inside a coroutine body (ContextFlow), readiness
// exemptions, which callees are followed.
// It may use: base, catalogue.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_EXECUTIONCONTEXT_H
#define STALLCHECK_CORE_EXECUTIONCONTEXT_H

#include "core/catalogue/ContextRules.h"
#include "core/catalogue/StallCatalogue.h"
#include "core/context/CallArguments.h"
#include "core/context/Coroutines.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <optional>
#include <string>

namespace clang::tidy::stall {

/// Why code runs where it does.
enum class ContextReason : std::uint8_t {
  /// Nothing known.
  None,
  /// An asynchronous coroutine: resumed by the loop that awaits it.
  Coroutine,
  /// A coroutine whose task type the catalogue places.
  TaskType,
  /// Passed as the completion token of an Asio asynchronous operation
  /// (a parameter constrained by asio::completion_token_for).
  CompletionHandler,
  /// Passed to a call the catalogue lists as a handoff (post, std::thread,
  /// uv_timer_start, ...), or to a parameter marked with an annotation.
  Handoff,
  /// The function itself is marked with an annotation.
  Annotation,
  /// The coroutine switched to this executor in its body (co_await
  /// io_scheduler.schedule()).
  Switch,
  /// Awaited by code that runs there (Via names the awaiter).
  Awaited,
  /// Started where it runs: an eager coroutine called, or a task given to
  /// a driver (sync_wait), by code that runs there (Via names that code).
  Started,
};

/// Where a callable runs and why.
struct ContextDecision {
  RunsOn Where = RunsOn::Unknown;
  ContextReason Reason = ContextReason::None;
  /// The call that hands the callable over, or the annotation.
  SourceLocation Loc;
  /// The function that hands it over, as the user would name it.
  std::string Via;
  /// The framework of the handoff, for advice (Asio or Boost.Asio).
  AsyncFramework Framework = AsyncFramework::Unknown;
  /// The function (or class) that hands it over; null for annotations and
  /// coroutines.
  const NamedDecl *ViaDecl = nullptr;
  /// On a scheduler: the scheduler as the code names it ('pool', or its
  /// type), for the warning.
  std::string Scheduler = {};
};

/// The annotations of include/stallcheck/annotations.h.
inline constexpr llvm::StringLiteral EventLoopAnnotation =
    "stallcheck::event_loop";
inline constexpr llvm::StringLiteral WorkerAnnotation = "stallcheck::worker";

/// Collects, over one translation unit, where callables are handed over,
/// then decides for each function or lambda where it runs. Fed top-down:
/// every call and construction, no parent map.
class ExecutionContextModel {
public:
  explicit ExecutionContextModel(const StallCatalogue &Catalogue)
      : Catalogue(Catalogue) {}

  void noteCall(const CallExpr &Call);
  void noteConstruction(const CXXConstructExpr &Construct);
  /// Notes that \p Coroutine is awaited at \p Loc by \p Awaiter, code
  /// that runs where \p Where says: its body runs there too. Returns
  /// whether that changed where it is handed over to.
  bool noteAwaited(const FunctionDecl &Coroutine, const ContextDecision &Where,
                   SourceLocation Loc, const FunctionDecl &Awaiter);
  /// Notes a co_await: the coroutine it starts is placed by its awaiter.
  void noteAwait(const CoawaitExpr &Await);

  /// Where \p Callable (a function, or a lambda's call operator) runs:
  /// an annotation on it wins; then a handoff that decides (a callable
  /// handed both to a loop and to a worker runs on the loop); then, for an
  /// asynchronous coroutine, its executor tag, then its launch sites (where
  /// every call that starts it is known: a driver such as sync_wait, or a
  /// call of an eager coroutine, it runs where they are made), then its
  /// task type (the event loop by default).
  ContextDecision decide(const FunctionDecl &Callable) const;

  /// The callables handed over in this translation unit.
  llvm::SmallVector<const FunctionDecl *, 16> handedOverCallables() const;
  /// Whether \p Callable was handed to an API the catalogue lists, even one
  /// whose target is undecided: that API runs it, not the code that
  /// calls it.
  bool isHandedOver(const FunctionDecl &Callable) const;

  /// The runs-on of an object of \p Type given as a target (io_context,
  /// strand, thread_pool or their executors), by the catalogue's executors.
  RunsOn executorRunsOn(QualType Type, unsigned Depth = 0) const;

  /// Where an executor given as \p Target runs, by its type as written.
  RunsOn targetRunsOn(const Expr *Target) const;

  /// Where the coroutine resumes after awaiting \p Awaited, when that is
  /// an executor switch the catalogue lists (`pool.schedule()`); nothing
  /// for other awaits, after which it resumes where it was.
  std::optional<ContextDecision> switchOf(const Expr &Awaited) const;

private:
  /// How deep parameterRunsOn follows a parameter forwarded from one
  /// function to the next.
  static constexpr unsigned MaxForwardingDepth = 4;

  /// Where \p Coroutine runs by the calls that start it, when each is known
  /// (awaited, handed over, given to a driver, or a call of an eager
  /// coroutine) and one of them places it: on the loop when one is made
  /// from loop code, else on its callers' threads (Worker).
  std::optional<ContextDecision>
  launchDecision(const FunctionDecl &Coroutine) const;
  /// Notes the coroutines that \p E starts and \p Driver runs: E itself,
  /// or the coroutines given to a combinator (when_all(a(), b())).
  void noteDriven(const Expr *E, const CallExpr &Driver, unsigned Depth);
  /// Whether \p Callee (a function, or a customisation point object) is a
  /// catalogue driver.
  bool isDriver(const NamedDecl &Callee) const;

  /// Returns whether the callable's entry changed.
  bool noteHandoff(const FunctionDecl *Callable,
                   const ContextDecision &Decision);
  void applyHandoffRule(const HandoffRule &Rule, const RuleArguments &Args,
                        const NamedDecl &Via, SourceLocation Loc);
  RunsOn ruleRunsOn(const HandoffRule &Rule, const RuleArguments &Args) const;
  /// Where a callable passed to parameter \p Index of \p Function runs: the
  /// parameter's annotation, or the handoffs its body forwards it to.
  RunsOn parameterRunsOn(const FunctionDecl &Function, unsigned Index,
                         unsigned Depth) const;
  /// Where a callable passed as written argument \p Index of a call to
  /// \p Callee runs: by the catalogue's handoffs, or the callee's parameter.
  RunsOn argumentRunsOn(const FunctionDecl &Callee, const RuleArguments &Args,
                        unsigned Index, unsigned Depth) const;

  const StallCatalogue &Catalogue;
  llvm::DenseMap<const FunctionDecl *, ContextDecision> HandedOver;
  /// The calls that start each asynchronous coroutine.
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const CallExpr *, 2>>
      CoroutineCalls;
  /// Of those: the awaited ones, the ones handed over to a decided place,
  /// and the ones a driver runs (with the driver's call).
  llvm::DenseSet<const CallExpr *> AwaitedCalls;
  llvm::DenseSet<const CallExpr *> HandedCalls;
  llvm::DenseMap<const CallExpr *, const CallExpr *> DrivenCalls;
  /// Whether the file calls a member named resume() (a task started by
  /// hand).
  bool SawResume = false;
  /// The coroutines whose launch sites are being decided (a cycle through
  /// their callers ends there).
  mutable llvm::DenseSet<const FunctionDecl *> Deciding;
  mutable llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, RunsOn>
      ForwardedParameters;
};

/// What a blocking call in code placed by \p Context holds up, for the
/// warning: "the event loop", or "a thread of scheduler 'pool'".
std::string placeOf(const ContextDecision &Context);

/// Whether code placed by \p Context may call an API whose catalogue entry
/// lists the handoffs \p UnlessIn: a callable handed to a fiber library's
/// spawn runs in a fiber, where the library's get() suspends the fiber.
bool allowedIn(llvm::ArrayRef<std::string> UnlessIn,
               const ContextDecision &Context);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_EXECUTIONCONTEXT_H
