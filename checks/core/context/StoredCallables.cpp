//===--- StoredCallables.cpp - stallcheck ---------------------------------===//

#include "core/context/StoredCallables.h"
#include "core/base/QualifiedName.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::stall {

namespace {

/// std::function and std::move_only_function.
bool isStoredCallableType(QualType Type) {
  static const QualifiedNamePattern Function("std::function");
  static const QualifiedNamePattern MoveOnly("std::move_only_function");
  const auto *Record = Type.getNonReferenceType()->getAsCXXRecordDecl();
  return Record && (Function.matches(*Record) || MoveOnly.matches(*Record));
}

/// A container of stored callables (std::vector<std::function<void()>>):
/// a template specialization with one as its first argument.
bool holdsStoredCallables(QualType Type) {
  const auto *Specialization = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Type.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Specialization || Specialization->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &First = Specialization->getTemplateArgs()[0];
  return First.getKind() == TemplateArgument::Type &&
         isStoredCallableType(First.getAsType());
}

/// The value \p E stands for, looking through conversions, temporaries,
/// std::function's converting constructor and std::move/std::forward.
const Expr *storedValue(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && Construct->getNumArgs() >= 1 &&
        !isa<LambdaExpr>(E)) {
      E = Construct->getArg(0);
      continue;
    }
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = Cast->getSubExpr();
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E);
        Call && Call->getNumArgs() == 1 && Call->getDirectCallee() &&
        Call->getDirectCallee()->isInStdNamespace() &&
        Call->getDirectCallee()->getIdentifier() &&
        (Call->getDirectCallee()->getName() == "move" ||
         Call->getDirectCallee()->getName() == "forward")) {
      E = Call->getArg(0);
      continue;
    }
    break;
  }
  return E;
}

/// The member, variable or parameter \p E names.
const ValueDecl *namedObject(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  return nullptr;
}

class StoreFinder : public RecursiveASTVisitor<StoreFinder> {
public:
  explicit StoreFinder(
      llvm::function_ref<void(const ValueDecl *, const Expr *)> Store)
      : Store(Store) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBodies() const { return true; }

  bool VisitVarDecl(VarDecl *Var) {
    if (Var->getInit() && isStoredCallableType(Var->getType()))
      Store(Var, Var->getInit());
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *Constructor) {
    for (const CXXCtorInitializer *Init : Constructor->inits())
      if (const FieldDecl *Field = Init->getMember();
          Field && Init->isWritten() && isStoredCallableType(Field->getType()))
        Store(Field, Init->getInit());
    return true;
  }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *Loop) {
    // for (auto &handler : handlers_) handler();
    if (const VarDecl *Element = Loop->getLoopVariable();
        Element && isStoredCallableType(Element->getType()))
      Store(Element, Loop->getRangeInit());
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
    // handler_ = [this] { ... };
    if (Operator && Operator->getOperator() == OO_Equal &&
        Call->getNumArgs() == 2 &&
        isStoredCallableType(Call->getArg(0)->getType())) {
      Store(namedObject(Call->getArg(0)), Call->getArg(1));
      return true;
    }
    // handlers_.push_back([this] { ... });
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (holdsStoredCallables(
              Member->getImplicitObjectArgument()->getType())) {
        for (const Expr *Argument : Call->arguments())
          Store(namedObject(Member->getImplicitObjectArgument()), Argument);
        return true;
      }
    // set_handler([this] { ... }): into the parameter.
    unsigned Offset = Operator && isa<CXXMethodDecl>(Callee) ? 1 : 0;
    for (unsigned I = Offset; I < Call->getNumArgs(); ++I)
      if (I - Offset < Callee->getNumParams()) {
        const ParmVarDecl *Parameter = Callee->getParamDecl(I - Offset);
        if (isStoredCallableType(Parameter->getType()))
          Store(Parameter, Call->getArg(I));
      }
    return true;
  }

  // Server server([this] { ... }): into the constructor's parameter.
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    const CXXConstructorDecl *Constructor = Construct->getConstructor();
    if (!Constructor || Constructor->isCopyOrMoveConstructor())
      return true;
    for (unsigned I = 0; I < Construct->getNumArgs(); ++I)
      if (I < Constructor->getNumParams()) {
        const ParmVarDecl *Parameter = Constructor->getParamDecl(I);
        if (isStoredCallableType(Parameter->getType()) &&
            !isStoredCallableType(Constructor->getParent()->getTypeForDecl()
                                      ->getCanonicalTypeInternal()))
          Store(Parameter, Construct->getArg(I));
      }
    return true;
  }

private:
  llvm::function_ref<void(const ValueDecl *, const Expr *)> Store;
};

/// The declaration an instantiated member or parameter comes from, so that
/// a store in one instance and a call in another meet.
const ValueDecl *canonical(const ValueDecl *Object) {
  if (const auto *Field = dyn_cast<FieldDecl>(Object))
    if (const FieldDecl *Pattern = Field->getASTContext()
                                       .getInstantiatedFromUnnamedFieldDecl(
                                           const_cast<FieldDecl *>(Field)))
      return Pattern->getCanonicalDecl();
  return cast<ValueDecl>(Object->getCanonicalDecl());
}

} // namespace

const ValueDecl *StoredCallables::invokedObject(const CallExpr &Call) {
  const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Call);
  if (!Operator || Operator->getOperator() != OO_Call ||
      Operator->getNumArgs() == 0 ||
      !isStoredCallableType(Operator->getArg(0)->getType()))
    return nullptr;
  const Expr *Object = Operator->getArg(0)->IgnoreParenImpCasts();
  // handlers_[i](): the container.
  if (const auto *Subscript = dyn_cast<CXXOperatorCallExpr>(Object);
      Subscript && Subscript->getOperator() == OO_Subscript &&
      Subscript->getNumArgs() > 0)
    Object = Subscript->getArg(0);
  return namedObject(Object);
}

void StoredCallables::noteStore(const ValueDecl *Target, const Expr *Source) {
  if (!Target || !Source)
    return;
  Target = canonical(Target);
  const Expr *Value = storedValue(Source);
  if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(Value)) {
    Lambdas[Target].push_back(Lambda);
    return;
  }
  if (const ValueDecl *From = namedObject(Value); From && From != Target)
    Sources[Target].push_back(canonical(From));
}

void StoredCallables::build() {
  Built = true;
  auto Store = [&](const ValueDecl *Target, const Expr *Source) {
    noteStore(Target, Source);
  };
  StoreFinder Finder(Store);
  Finder.TraverseAST(Context);
}

llvm::SmallVector<const LambdaExpr *, 2>
StoredCallables::lambdasIn(const ValueDecl &Object) {
  if (!Built)
    build();
  llvm::SmallVector<const LambdaExpr *, 2> Found;
  llvm::SmallPtrSet<const ValueDecl *, 8> Seen;
  llvm::SmallVector<const ValueDecl *, 8> Work{canonical(&Object)};
  while (!Work.empty()) {
    const ValueDecl *Next = Work.pop_back_val();
    if (!Seen.insert(Next).second)
      continue;
    if (auto It = Lambdas.find(Next); It != Lambdas.end())
      for (const LambdaExpr *Lambda : It->second)
        if (!llvm::is_contained(Found, Lambda))
          Found.push_back(Lambda);
    if (auto It = Sources.find(Next); It != Sources.end())
      Work.append(It->second.begin(), It->second.end());
  }
  const SourceManager &Manager = Context.getSourceManager();
  llvm::sort(Found, [&](const LambdaExpr *A, const LambdaExpr *B) {
    return Manager.isBeforeInTranslationUnit(A->getBeginLoc(),
                                             B->getBeginLoc());
  });
  return Found;
}

} // namespace clang::tidy::stall
