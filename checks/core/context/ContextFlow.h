//===--- ContextFlow.h - stallcheck ----------------------------*- C++ -*-===//
//
// Where the statements of one function run, when a coroutine changes
// executors in its body: after `co_await pool.schedule()` (libcoro, cppcoro),
// `co_await resume_on(executor)` (concurrencpp) or `co_await dispatch(ex)`
// (async_simple), the rest of the body runs on the target, and a switch back
// to an I/O scheduler returns it to the loop. Flow-sensitive within the body:
// a branch that switches on one side only leaves the code after it on the
// loop if either side is (loop wins), and a loop's body is taken twice so
// that a switch at its end reaches its start.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CONTEXTFLOW_H
#define STALLCHECK_CORE_CONTEXTFLOW_H

#include "core/context/ExecutionContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::stall {

/// A subtree of a function's body that runs on the event loop, and why.
struct EventLoopRegion {
  const Stmt *Root;
  ContextDecision Context;
};

/// The code of one function that runs on the event loop: the regions, less
/// the statements inside them that run elsewhere (after a switch to a
/// worker).
struct EventLoopCode {
  llvm::SmallVector<EventLoopRegion, 1> Regions;
  llvm::DenseSet<const Stmt *> OffLoop;
  /// The coroutines the function awaits (`co_await fetch()`), each with
  /// where the function runs at that await: an awaited coroutine runs its
  /// body there.
  struct AwaitedCoroutine {
    const FunctionDecl *Coroutine;
    ContextDecision Where;
    /// The co_await.
    SourceLocation Loc;
  };
  llvm::SmallVector<AwaitedCoroutine, 4> Awaited;
};

/// The event-loop code of \p Function, whose body starts where \p Entry
/// says (the whole body when it starts on the loop and never switches).
EventLoopCode eventLoopCode(const FunctionDecl &Function,
                            const ContextDecision &Entry,
                            const ExecutionContextModel &Model);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CONTEXTFLOW_H
