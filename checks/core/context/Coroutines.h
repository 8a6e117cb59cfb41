//===--- Coroutines.h - stallcheck -----------------------------*- C++ -*-===//
//
// What the checks need to know about C++20 coroutines: which functions are
// asynchronous coroutines (they run on an event loop) rather than generators
// (they run synchronously inside their caller), which framework a coroutine
// belongs to, and which statements belong to its body.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_COROUTINES_H
#define STALLCHECK_CORE_COROUTINES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::stall {

enum class CoroutineKind {
  /// Not a coroutine: no co_await, co_yield or co_return in the body.
  NotCoroutine,
  /// Only co_yield, never co_await: runs synchronously in its caller.
  Generator,
  /// Asynchronous: it co_awaits (or only co_returns), so it runs on
  /// whatever event loop resumes it.
  Async,
};

/// Classifies \p Function from its own body (nested lambdas excluded).
CoroutineKind classifyCoroutine(const FunctionDecl &Function);

/// The asynchronous framework a coroutine is written for, read from its
/// return type.
enum class AsyncFramework {
  Unknown,
  /// Standalone Asio: returns ::asio::awaitable<T>.
  Asio,
  /// Boost.Asio: returns ::boost::asio::awaitable<T>.
  BoostAsio,
};

AsyncFramework frameworkOf(const FunctionDecl &Coroutine);

/// Asio or Boost.Asio, by the namespace \p Declaration is declared in.
AsyncFramework frameworkOfDecl(const Decl &Declaration);

/// The class (or class template) a type names, also when it is dependent,
/// as 'asio::awaitable<T>' is inside a template.
const NamedDecl *returnedClass(QualType Type);

/// The namespace prefix used in advice for \p Framework ("boost::asio::",
/// "asio::"), or an empty string when unknown.
llvm::StringRef asioNamespacePrefix(AsyncFramework Framework);

/// Which paths a walk of a body takes.
enum class WalkPaths {
  /// Every path that returns to the caller.
  All,
  /// Leaves out branches marked unlikely: [[unlikely]] statements and the
  /// branch an `if (__builtin_expect(c, 0))` (LIKELY/UNLIKELY macros) says
  /// is rarely taken. Chains into helpers take these paths only.
  Likely,
};

/// Calls \p Visit for every statement that executes as part of \p Body
/// itself: it does not enter nested lambda bodies, blocks or local classes
/// (they are functions of their own, run when and where they are called),
/// and of co_await / co_yield / co_return it visits only the operand the
/// user wrote, not the compiler's await_ready/await_suspend calls.
///
/// Nor does it enter code that never runs or that only runs on the way out
/// of the process: the discarded branch of `if constexpr`, and statements
/// on a path that ends in a [[noreturn]] call (std::exit, abort, a fatal
/// logger): in a block, every statement from which the block reaches such
/// a call without a way out (return, break, continue, goto, throw).
void forEachOwnStatement(const Stmt *Body,
                         llvm::function_ref<void(const Stmt &)> Visit,
                         WalkPaths Paths = WalkPaths::All);

/// The same walk, where \p Visit returns whether to walk into the
/// statement it was given (false prunes it: a nested loop costed on its own).
void walkOwnStatements(const Stmt *Body,
                       llvm::function_ref<bool(const Stmt &)> Visit,
                       WalkPaths Paths = WalkPaths::All);

/// Whether \p S is a call to a function that does not return (std::exit,
/// abort, a [[noreturn]] function), other than the markers of unreachable
/// code.
bool isNoReturnCall(const Stmt &S);

/// Whether \p S is a for, range-for, while or do loop (not a
/// `do { ... } while (false)`, which runs once).
bool isLoop(const Stmt &S);
/// The body of such a loop; null for other statements.
const Stmt *loopBody(const Stmt &Loop);
/// The source ranges of the bodies of the loops in \p Body (its own
/// statements: not those of lambdas defined in it).
llvm::SmallVector<SourceRange, 4> loopBodies(const Stmt *Body);
/// Whether \p Loc lies in one of \p Ranges (loopBodies()).
bool withinAny(llvm::ArrayRef<SourceRange> Ranges, SourceLocation Loc,
               const SourceManager &Sources);

/// Whether \p Body (not entering nested lambdas) contains co_await or
/// co_yield: such a loop gives the event loop back.
bool suspends(const Stmt &Body);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_COROUTINES_H
