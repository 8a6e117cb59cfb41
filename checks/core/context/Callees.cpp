//===--- Callees.cpp - stallcheck -----------------------------------------===//

#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::stall {

namespace {
/// The function \p Method's call through \p Member runs when the object is
/// a variable or member of class type (not a pointer or a reference): the
/// overrider in that class. Null when the object's type is not known so.
const CXXMethodDecl *overriderFor(const MemberExpr &Member,
                                  const CXXMethodDecl &Method) {
  const Expr *Object = Member.getBase()->IgnoreParenImpCasts();
  const ValueDecl *Named = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
    Named = dyn_cast<VarDecl>(Ref->getDecl());
  else if (const auto *Field = dyn_cast<MemberExpr>(Object))
    Named = dyn_cast<FieldDecl>(Field->getMemberDecl());
  if (!Named || Named->getType()->isReferenceType())
    return nullptr;
  const CXXRecordDecl *Class = Named->getType()->getAsCXXRecordDecl();
  if (!Class || !Class->hasDefinition())
    return nullptr;
  return const_cast<CXXMethodDecl &>(Method).getCorrespondingMethodInClass(
      Class);
}
} // namespace

bool inProjectSystemHeader(SourceLocation Loc, const SourceManager &Sources) {
  Loc = Sources.getFileLoc(Loc);
  if (!Sources.isInSystemHeader(Loc) || Sources.isInExternCSystemHeader(Loc))
    return false;
  // -isystem headers outside the system's own directories: the C++ library
  // and clang's headers are there, and the C library (extern "C" system
  // headers).
  llvm::StringRef File = Sources.getFilename(Loc);
  return !File.empty() && !File.starts_with("/usr/");
}

const FunctionDecl *followedCallee(const Stmt &CallOrConstruct,
                                   const SourceManager &Sources,
                                   const StallCatalogue &Catalogue) {
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(&CallOrConstruct)) {
    Callee = Call->getDirectCallee();
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
    if (Method && Method->isVirtual()) {
      // Virtual calls go wherever the dynamic type says; only a qualified
      // call (Base::f()) or a final function is known statically.
      const auto *Member =
          dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParenImpCasts());
      bool Static = (Member && Member->hasQualifier()) ||
                    Method->hasAttr<FinalAttr>() ||
                    Method->getParent()->hasAttr<FinalAttr>();
      // So is the call on an object (a variable or member, not a pointer
      // or reference): its type is its dynamic type.
      if (!Static && Member && !Member->isArrow())
        if (const CXXMethodDecl *Overrider = overriderFor(*Member, *Method)) {
          Callee = Overrider;
          Static = true;
        }
      if (!Static)
        return nullptr;
    }
  } else if (const auto *Construct =
                 dyn_cast<CXXConstructExpr>(&CallOrConstruct)) {
    Callee = Construct->getConstructor();
    if (Callee && (Callee->isImplicit() || Callee->isTrivial()))
      return nullptr;
  }
  if (!Callee || Callee->getBuiltinID() || Callee->isDeleted())
    return nullptr;
  const FunctionDecl *Definition = Callee->getDefinition();
  const FunctionDecl *Declared = Definition ? Definition : Callee;
  // A system header's functions are not followed, with one exception: a
  // function only declared in a header the build names with -isystem but
  // that is the project's own may be defined in another of its files (the
  // project command's link step looks it up by USR).
  if (Sources.isInSystemHeader(Declared->getLocation()) &&
      (Definition || !inProjectSystemHeader(Declared->getLocation(), Sources)))
    return nullptr;
  // What runs only when something already failed, or what the user or the
  // catalogue says not to enter.
  if (Callee->isNoReturn() || Declared->hasAttr<ColdAttr>() ||
      isMarkedNotBlocking(*Callee) || Catalogue.isNotFollowed(*Callee))
    return nullptr;
  return Callee;
}

std::string displayName(const FunctionDecl &Function) {
  // One name for every instance of a template: the findings of Server<Tcp>
  // and Server<Tls> at one line are one finding.
  if (const FunctionDecl *Pattern = Function.getTemplateInstantiationPattern();
      Pattern && Pattern != &Function)
    return displayName(*Pattern);
  if (!isLambdaCallOperator(&Function))
    return Function.getQualifiedNameAsString();
  const SourceManager &Sources = Function.getASTContext().getSourceManager();
  PresumedLoc Where = Sources.getPresumedLoc(Sources.getFileLoc(
      cast<CXXMethodDecl>(Function).getParent()->getLocation()));
  if (Where.isInvalid())
    return "lambda";
  return (llvm::Twine("lambda at ") +
          llvm::sys::path::filename(Where.getFilename()) + ":" +
          llvm::Twine(Where.getLine()) + ":" + llvm::Twine(Where.getColumn()))
      .str();
}

bool startsEagerly(const FunctionDecl &Callee,
                   const StallCatalogue &Catalogue) {
  const FunctionDecl *Definition = Callee.getDefinition();
  const auto *Body =
      Definition ? dyn_cast_or_null<CoroutineBodyStmt>(Definition->getBody())
                 : nullptr;
  if (!Body)
    return true; // Not a coroutine: a call runs its body.
  if (const NamedDecl *Task = returnedClass(Callee.getReturnType()))
    for (const TaskTypeRule &Rule : Catalogue.taskTypes())
      if (Rule.Start != TaskStart::Unknown && Rule.Name.matches(*Task))
        return Rule.Start == TaskStart::Eager;
  // co_await promise.initial_suspend(): the awaiter's type says.
  const auto *Initial =
      dyn_cast_or_null<CoroutineSuspendExpr>(Body->getInitSuspendStmt());
  if (!Initial)
    if (const auto *E = dyn_cast_or_null<Expr>(Body->getInitSuspendStmt()))
      Initial = dyn_cast<CoroutineSuspendExpr>(E->IgnoreImplicit());
  const CXXRecordDecl *Awaiter =
      Initial && Initial->getOperand()
          ? Initial->getOperand()->getType()->getAsCXXRecordDecl()
          : nullptr;
  static const QualifiedNamePattern SuspendNever("std::suspend_never");
  return Awaiter && SuspendNever.matches(*Awaiter);
}

} // namespace clang::tidy::stall
