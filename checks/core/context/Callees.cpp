//===--- Callees.cpp - stallcheck -----------------------------------------===//

#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::stall {

namespace {
/// The class of the object \p Object names when its type is its dynamic
/// type: a variable or member of class type (not a pointer or reference).
const CXXRecordDecl *exactClassOfObject(const Expr &Object) {
  const Expr *Base = Object.IgnoreParenImpCasts();
  const ValueDecl *Named = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Base))
    Named = dyn_cast<VarDecl>(Ref->getDecl());
  else if (const auto *Field = dyn_cast<MemberExpr>(Base))
    Named = dyn_cast<FieldDecl>(Field->getMemberDecl());
  if (!Named || Named->getType()->isReferenceType())
    return nullptr;
  return Named->getType()->getAsCXXRecordDecl();
}

/// The class an allocation makes: 'new T(...)', std::make_shared<T>,
/// std::make_unique<T>, std::allocate_shared<T> (and Boost's), seen through
/// the conversion to a pointer of a base class.
const CXXRecordDecl *allocatedClass(const Expr &Init) {
  const Expr *Made = Init.IgnoreImplicit();
  if (const auto *Converted = dyn_cast<CXXConstructExpr>(Made);
      Converted && Converted->getNumArgs() == 1)
    Made = Converted->getArg(0)->IgnoreImplicit();
  if (const auto *New = dyn_cast<CXXNewExpr>(Made))
    return New->isArray() ? nullptr
                          : New->getAllocatedType()->getAsCXXRecordDecl();
  const auto *Call = dyn_cast<CallExpr>(Made);
  const FunctionDecl *Factory = Call ? Call->getDirectCallee() : nullptr;
  const TemplateArgumentList *Arguments =
      Factory ? Factory->getTemplateSpecializationArgs() : nullptr;
  if (!Arguments || Arguments->size() == 0 ||
      Arguments->get(0).getKind() != TemplateArgument::Type)
    return nullptr;
  std::string Name = Factory->getQualifiedNameAsString();
  if (Name != "std::make_shared" && Name != "std::make_unique" &&
      Name != "std::allocate_shared" && Name != "boost::make_shared" &&
      Name != "boost::allocate_shared" && Name != "boost::make_unique")
    return nullptr;
  return Arguments->get(0).getAsType()->getAsCXXRecordDecl();
}

/// Whether \p Body may make the pointer \p Var point to another object:
/// it assigns it (=, reset, swap or another non-const member of a smart
/// pointer), takes its address, or binds it to a non-const reference.
/// (clang's ExprMutationAnalyzer would also count calls through it.)
class Repointing : public RecursiveASTVisitor<Repointing> {
public:
  explicit Repointing(const VarDecl &Var) : Var(Var) {}
  bool Found = false;

  bool VisitBinaryOperator(BinaryOperator *Op) {
    Found |= Op->isAssignmentOp() && names(Op->getLHS());
    return !Found;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    Found |= Op->getOpcode() == UO_AddrOf && names(Op->getSubExpr());
    return !Found;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    // p->f() calls the object p points to; p.reset() changes p.
    const auto *Member = dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens());
    const CXXMethodDecl *Method = Call->getMethodDecl();
    Found |= Member && !Member->isArrow() && Method && !Method->isConst() &&
             names(Call->getImplicitObjectArgument());
    return !Found;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    unsigned First = 0;
    // A member operator's object is its first argument.
    if (isa<CXXOperatorCallExpr>(Call)) {
      const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
      if (Method && !Method->isConst() && names(Call->getArg(0)))
        Found = true;
      First = Method ? 1 : 0;
    }
    for (unsigned I = First; I < Call->getNumArgs() && !Found; ++I)
      Found |= names(Call->getArg(I)) &&
               bindsNonConstReference(Callee, I - First);
    return !Found;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    for (unsigned I = 0; I < Construct->getNumArgs() && !Found; ++I)
      Found |= names(Construct->getArg(I)) &&
               bindsNonConstReference(Construct->getConstructor(), I);
    return !Found;
  }

private:
  bool names(const Expr *E) const {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && Ref->getDecl() == &Var;
  }
  static bool bindsNonConstReference(const FunctionDecl *Callee,
                                     unsigned Index) {
    // Unknown callees (a call through a pointer, a variadic argument)
    // might.
    if (!Callee || Index >= Callee->getNumParams())
      return true;
    QualType Type = Callee->getParamDecl(Index)->getType();
    return Type->isLValueReferenceType() &&
           !Type->getPointeeType().isConstQualified();
  }
  const VarDecl &Var;
};

bool mayPointElsewhere(const VarDecl &Var, const Stmt &Body) {
  Repointing Finder(Var);
  Finder.TraverseStmt(const_cast<Stmt *>(&Body));
  return Finder.Found;
}

/// The class of the object a pointer \p Pointer (raw or smart) points to,
/// when it is a local variable initialised by an allocation of that class
/// and nothing assigns it afterwards.
const CXXRecordDecl *exactClassOfPointee(const Expr &Pointer) {
  const Expr *Base = Pointer.IgnoreParenImpCasts();
  // p->f() on a smart pointer calls p.operator->().
  if (const auto *Arrow = dyn_cast<CXXOperatorCallExpr>(Base);
      Arrow && Arrow->getOperator() == OO_Arrow && Arrow->getNumArgs() == 1)
    Base = Arrow->getArg(0)->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(Base);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->isLocalVarDecl() || Var->getType()->isReferenceType() ||
      !Var->getInit())
    return nullptr;
  const CXXRecordDecl *Class = allocatedClass(*Var->getInit());
  const auto *Function =
      dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Class || !Function || !Function->getBody())
    return nullptr;
  if (!Var->getType().isConstQualified() &&
      mayPointElsewhere(*Var, *Function->getBody()))
    return nullptr;
  return Class;
}

/// The function \p Method's call through \p Member runs when the dynamic
/// type of the object is known: the overrider in that class. Null when it
/// is not known.
const CXXMethodDecl *overriderFor(const MemberExpr &Member,
                                  const CXXMethodDecl &Method) {
  const CXXRecordDecl *Class = Member.isArrow()
                                   ? exactClassOfPointee(*Member.getBase())
                                   : exactClassOfObject(*Member.getBase());
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
      // or reference), or through a local pointer to what the function
      // allocated: the dynamic type is then known.
      if (!Static && Member)
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
