//===--- AwaitFixes.h - stallcheck -----------------------------*- C++ -*-===//
//
// Fix-its that turn a blocking call in a coroutine into the awaited form
// that means the same, where the rewrite is mechanical and safe:
//
//   std::this_thread::sleep_for(d);          in an Asio coroutine
//   co_await asio::steady_timer(co_await asio::this_coro::executor, d)
//       .async_wait(asio::use_awaitable);
//   n = asio::read(socket, buffer);
//   n = co_await asio::async_read(socket, buffer, asio::use_awaitable);
//
// and the offload of blocking work to a thread pool in reach, as an edit
// the user chooses (on a note).
//
// Nothing is offered inside macros, in a catch handler (no co_await there),
// where the call's value is used, or where the argument's type would change
// meaning (a time point of another clock than the timer's, or of a
// duration that does not convert exactly). A duration that does not
// convert exactly is converted as sleep_for converts it (duration_cast).
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CHECK_AWAITFIXES_H
#define STALLCHECK_CORE_CHECK_AWAITFIXES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// A rewrite of one blocking call: its edits, and the headers the new code
/// needs because the translation unit does not declare what it names yet
/// ("<boost/asio/steady_timer.hpp>").
struct AwaitRewrite {
  std::vector<FixItHint> Edits;
  std::vector<std::string> Headers;
};

/// The rewrite of a sleep (std::this_thread::sleep_for / sleep_until) made
/// as a statement of the Asio coroutine \p Coroutine into an awaited
/// timer on the coroutine's executor, with the completion token the
/// coroutine already uses (use_awaitable, deferred) and the namespace
/// spelled as its return type spells it; of sleep_for in an async_simple
/// Lazy into 'co_await async_simple::coro::sleep(d)' and in a Seastar
/// coroutine into 'co_await seastar::sleep(d)'; in a cppcoro task or a
/// libcoro task, when the loop's io_service / io_scheduler is in reach
/// (findInReach), into 'co_await loop.schedule_after(d)' (libcoro's takes
/// milliseconds: only durations that convert exactly). Nothing when the
/// rewrite is not safe.
std::optional<AwaitRewrite> sleepTimerRewrite(const CallExpr &Call,
                                              const FunctionDecl &Coroutine);

/// The rewrite of a synchronous Asio operation (a socket's read_some,
/// write_some, send, receive, connect, accept, a resolver's resolve, an
/// SSL stream's handshake; asio::read, write, read_until, connect) made in
/// the Asio coroutine \p Coroutine into its asynchronous form awaited with
/// the coroutine's completion token: the same arguments, the same value,
/// and failures thrown as the synchronous form throws them. The overloads
/// that report failure through an error_code& argument are not rewritten
/// (the awaited form would throw past the code that checks it); nor are
/// calls inside macros or catch handlers.
std::optional<AwaitRewrite> asyncOperationRewrite(const CallExpr &Call,
                                                  const FunctionDecl &Coroutine);

/// The rewrite of a framework's wait for a task from synchronous code
/// (cppcoro::sync_wait, libcoro's coro::sync_wait, folly::coro::blockingWait,
/// async_simple::coro::syncAwait) inside a coroutine of the same framework
/// into 'co_await' of that task; only for a task the call makes (a
/// prvalue), outside macros and catch handlers.
std::optional<AwaitRewrite> syncWaitRewrite(const CallExpr &Call,
                                            const FunctionDecl &Coroutine);

class StallCatalogue;

/// A thread pool (an executor the catalogue says runs on worker threads)
/// that code can already reach: its name, and how an argument spells it
/// ("pool", "*pool" for a pointer); both empty when there is none.
struct ReachablePool {
  std::string Name;
  std::string Argument;
};

/// What \p Callable can reach at \p At whose type \p Matches: a local
/// declared before it in a block that holds it (when \p At is valid), a
/// parameter, or a member of its class (or of an enclosing function's,
/// for a lambda). Null when nothing does.
const ValueDecl *findInReach(const FunctionDecl &Callable, SourceLocation At,
                             llvm::function_ref<bool(QualType)> Matches);

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
