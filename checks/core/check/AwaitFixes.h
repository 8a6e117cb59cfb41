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

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CHECK_AWAITFIXES_H
