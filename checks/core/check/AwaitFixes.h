//===--- AwaitFixes.h - stallcheck -----------------------------*- C++ -*-===//
//
// Fix-its that turn a blocking call in a coroutine into the awaited form
// that means the same, where the rewrite is mechanical and safe:
//
//   std::this_thread::sleep_for(d);          in an Asio coroutine
//   co_await asio::steady_timer(co_await asio::this_coro::executor, d)
//       .async_wait(asio::use_awaitable);
//
// Nothing is offered inside macros, in a catch handler (no co_await there),
// where the call's value is used, or where the argument's type would change
// meaning (a floating-point duration, a time point of another clock than
// the timer's).
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CHECK_AWAITFIXES_H
#define STALLCHECK_CORE_CHECK_AWAITFIXES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// A rewrite of one blocking call: the replacement, and the headers the
/// replacement needs because the translation unit does not declare what
/// it names yet ("<boost/asio/steady_timer.hpp>").
struct AwaitRewrite {
  FixItHint Replacement;
  std::vector<std::string> Headers;
};

/// The rewrite of a sleep (std::this_thread::sleep_for / sleep_until) made
/// as a statement of the Asio coroutine \p Coroutine into an awaited
/// timer on the coroutine's executor, with the completion token the
/// coroutine already uses (use_awaitable, deferred) and the namespace
/// spelled as its return type spells it; nothing when the rewrite is not
/// safe.
std::optional<AwaitRewrite> sleepTimerRewrite(const CallExpr &Call,
                                              const FunctionDecl &Coroutine);

class StallCatalogue;

/// A thread pool (an executor the catalogue says runs on worker threads)
/// that code can already reach: its name, and how an argument spells it
/// ("pool", "*pool" for a pointer); both empty when there is none.
struct ReachablePool {
  std::string Name;
  std::string Argument;
};

/// The pool \p Callable can reach at \p At: a local declared before it in
/// a block that holds it (when \p At is valid), a parameter, or a member of
/// its class (or of an enclosing function's, for a lambda).
ReachablePool reachablePool(const FunctionDecl &Callable,
                            const StallCatalogue &Catalogue,
                            SourceLocation At = {});

/// The offload of \p Work (a blocking call made as a statement or as a
/// variable's initialiser, or a heavy loop) in the Asio coroutine
/// \p Coroutine to the thread pool the code can reach, spelled \p Pool:
///
///   co_await asio::co_spawn(pool, [&]() -> asio::awaitable<T> {
///       co_return call(); }, asio::use_awaitable)
///
/// Nothing when no pool is reachable, inside macros, in catch handlers, or
/// when \p Work returns, suspends or jumps (a lambda would change that).
std::optional<FixItHint> offloadRewrite(const Stmt &Work,
                                        const FunctionDecl &Coroutine,
                                        llvm::StringRef Pool);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CHECK_AWAITFIXES_H
