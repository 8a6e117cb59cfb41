//===--- ArgumentValues.cpp - stallcheck ----------------------------------===//

#include "core/catalogue/ArgumentValues.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::stall {

namespace {

bool isZero(const APValue &Value) {
  if (Value.isInt())
    return Value.getInt().isZero();
  if (Value.isFloat())
    return Value.getFloat().isZero();
  // A duration: one member, its count.
  if (Value.isStruct() && Value.getStructNumBases() == 0 &&
      Value.getStructNumFields() == 1)
    return isZero(Value.getStructField(0));
  return false;
}

using NamePredicate = llvm::function_ref<bool(llvm::StringRef)>;

/// A macro \p IsName accepts whose expansion produced \p Loc.
bool expandsNamedMacro(SourceLocation Loc, NamePredicate IsName,
                       const ASTContext &Context) {
  const SourceManager &Sources = Context.getSourceManager();
  for (unsigned Depth = 0; Loc.isMacroID() && Depth < 16; ++Depth) {
    if (IsName(Lexer::getImmediateMacroName(Loc, Sources,
                                            Context.getLangOpts())))
      return true;
    Loc = Sources.getImmediateMacroCallerLoc(Loc);
  }
  return false;
}

bool mentions(const Stmt &S, NamePredicate IsName, const ASTContext &Context,
              unsigned Depth) {
  if (Depth > 8)
    return false;
  if (expandsNamedMacro(S.getBeginLoc(), IsName, Context))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(&S)) {
    const ValueDecl *Decl = Ref->getDecl();
    if (Decl->getIdentifier() && IsName(Decl->getName()) &&
        (isa<EnumConstantDecl>(Decl) || isa<VarDecl>(Decl)))
      return true;
    // const int Flags = MSG_DONTWAIT | MSG_NOSIGNAL; recv(..., Flags).
    if (const auto *Var = dyn_cast<VarDecl>(Decl))
      if (Var->getType().isConstQualified() && Var->getInit())
        return mentions(*Var->getInit(), IsName, Context, Depth + 1);
    return false;
  }
  return llvm::any_of(S.children(), [&](const Stmt *Child) {
    return Child && mentions(*Child, IsName, Context, Depth + 1);
  });
}

} // namespace

bool isConstantZero(const Expr &Argument, const ASTContext &Context) {
  if (Argument.isValueDependent() || Argument.isTypeDependent())
    return false;
  Expr::EvalResult Result;
  return Argument.EvaluateAsRValue(Result, Context) && isZero(Result.Val);
}

bool isNullPointer(const Expr &Argument, const ASTContext &Context) {
  if (Argument.isValueDependent() || Argument.isTypeDependent())
    return false;
  Expr::EvalResult Result;
  if (!Argument.EvaluateAsRValue(Result, Context))
    return false;
  if (Result.Val.isInt())
    return Result.Val.getInt().isZero();
  return Result.Val.isLValue() && Result.Val.isNullPointer();
}

bool spellsName(const Expr &Argument, const ASTContext &Context,
                NamePredicate IsName) {
  return mentions(Argument, IsName, Context, 0);
}

bool namesAnyOf(const Expr &Argument, llvm::ArrayRef<std::string> Names,
                const ASTContext &Context) {
  return !Names.empty() &&
         spellsName(Argument, Context, [&](llvm::StringRef Name) {
           return llvm::is_contained(Names, Name);
         });
}

} // namespace clang::tidy::stall
