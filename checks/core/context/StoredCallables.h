//===--- StoredCallables.h - stallcheck ------------------------*- C++ -*-===//
//
// Lambdas stored in std::function objects, and the calls through those
// objects: `on_error_ = [this] { ... };` in one function, `on_error_();` in
// event-loop code. The call may run any lambda the translation unit stores
// into that member, variable or parameter (directly, through a parameter
// that is stored, or into a container whose elements are called).
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CONTEXT_STOREDCALLABLES_H
#define STALLCHECK_CORE_CONTEXT_STOREDCALLABLES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::stall {

/// Where the lambdas of one translation unit are stored; built on first
/// use (one walk of the unit).
class StoredCallables {
public:
  explicit StoredCallables(ASTContext &Context) : Context(Context) {}

  /// The object \p Call invokes, when \p Call is a call of a stored
  /// callable (std::function's operator()): the member, variable or
  /// parameter it names, or the container whose element it is; else null.
  static const ValueDecl *invokedObject(const CallExpr &Call);

  /// The lambdas the unit stores into \p Object, in source order.
  llvm::SmallVector<const LambdaExpr *, 2> lambdasIn(const ValueDecl &Object);

private:
  void build();
  void noteStore(const ValueDecl *Target, const Expr *Source);

  ASTContext &Context;
  bool Built = false;
  /// Lambdas stored into an object directly.
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const LambdaExpr *, 1>>
      Lambdas;
  /// Objects (parameters, variables) stored into an object.
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const ValueDecl *, 1>>
      Sources;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CONTEXT_STOREDCALLABLES_H
