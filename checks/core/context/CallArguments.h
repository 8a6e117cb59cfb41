//===--- CallArguments.h - stallcheck --------------------------*- C++ -*-===//
//
// What a call hands to whom: its arguments as the catalogue's rules count
// them, the callable an argument runs, the parameter an argument is passed
// on through, the completion token of an Asio operation, and the coroutines
// that only invoke what they are given (trampolines).
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CALLARGUMENTS_H
#define STALLCHECK_CORE_CALLARGUMENTS_H

#include "core/catalogue/ContextRules.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::stall {

/// The arguments of a call or construction as a rule counts them: the
/// ones written, and the object of a member call.
struct RuleArguments {
  llvm::SmallVector<const Expr *, 8> Written;
  const Expr *Object = nullptr;

  /// The argument at \p Index (LastArgument, ObjectArgument or 0, 1, ...).
  const Expr *at(int Index) const {
    if (Index == ObjectArgument)
      return Object;
    if (Index == LastArgument)
      return Written.empty() ? nullptr : Written.back();
    return Index >= 0 && static_cast<size_t>(Index) < Written.size()
               ? Written[Index]
               : nullptr;
  }
};

/// The arguments of \p Call (a member call's object included).
RuleArguments argumentsOf(const CallExpr &Call);
/// The arguments of \p Construct.
RuleArguments argumentsOf(const CXXConstructExpr &Construct);

/// What \p E passes on: the expression under a std::move/std::forward,
/// a copy or a conversion.
const Expr *passedOn(const Expr *E);

/// Whether \p Argument hands on \p Parameter (names it, possibly moved or
/// forwarded).
bool handsOn(const Expr *Argument, const ParmVarDecl &Parameter);

/// Whether \p E invokes one of \p Function's parameters: `callable(args)`,
/// `std::invoke(callable, args)`.
bool invokesParameter(const Stmt *E, const FunctionDecl &Function);

/// Whether \p Coroutine only invokes a callable it was given, without
/// awaiting anything itself: a library's trampoline (concurrencpp's
/// submit_bridge). It runs where it is handed over.
bool isTrampoline(const FunctionDecl &Coroutine);

/// The function that a callable argument runs: a lambda's call operator, a
/// function named or taken by address, or a lambda held in a local variable.
const FunctionDecl *calledFunction(const Expr *Argument);

/// The call that starts a coroutine, when \p Argument is one: `work()`,
/// moved or copied, or a local variable initialised with it
/// (`auto t = work(); sync_wait(t);`). Null otherwise.
const CallExpr *launchedCall(const Expr *Argument);

/// The index of the argument of \p Call that binds a parameter constrained
/// by asio::completion_token_for (the completion handler), or -1.
int completionTokenArgument(const CallExpr &Call);

/// The functions given as template arguments of \p Callee, packs expanded.
llvm::SmallVector<const FunctionDecl *, 4>
templateArgumentFunctions(const FunctionDecl &Callee);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CALLARGUMENTS_H
