//===--- ArgumentValues.h - stallcheck --------------------------*- C++ -*-===//
//
// What a call's arguments say about whether it waits: a constant zero
// timeout, a flag named in the argument (MSG_DONTWAIT, F_SETLKW). The
// catalogue's 'zero-timeout', 'unless-flag' and 'only-with' keys.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CATALOGUE_ARGUMENTVALUES_H
#define STALLCHECK_CORE_CATALOGUE_ARGUMENTVALUES_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include <string>

namespace clang::tidy::stall {

/// Whether \p Argument is a constant zero: an integer or floating-point
/// zero, or a value of a class with one member that is (a
/// std::chrono::duration written 0s, seconds(0), or duration::zero()).
bool isConstantZero(const Expr &Argument, const ASTContext &Context);

/// Whether \p Argument is a constant null pointer (nullptr, NULL, 0).
bool isNullPointer(const Expr &Argument, const ASTContext &Context);

/// Whether \p Argument spells a name \p IsName accepts: a macro expanded in
/// it (at any depth of expansion), or an enumerator or constant it refers
/// to, directly or through a const variable's initializer.
bool spellsName(const Expr &Argument, const ASTContext &Context,
                llvm::function_ref<bool(llvm::StringRef)> IsName);

/// Whether \p Argument names one of \p Names: a macro expanded in it (at any
/// depth of expansion), or an enumerator or constant it refers to, directly
/// or through a const variable's initializer.
bool namesAnyOf(const Expr &Argument, llvm::ArrayRef<std::string> Names,
                const ASTContext &Context);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CATALOGUE_ARGUMENTVALUES_H
