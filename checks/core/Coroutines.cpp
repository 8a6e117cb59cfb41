//===--- Coroutines.cpp - stallcheck --------------------------------------===//

#include "Coroutines.h"
#include "QualifiedName.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::stall {

void forEachOwnStatement(const Stmt *Body,
                         llvm::function_ref<void(const Stmt &)> Visit) {
  llvm::SmallVector<const Stmt *, 32> Pending;
  if (Body)
    Pending.push_back(Body);
  while (!Pending.empty()) {
    const Stmt *Current = Pending.pop_back_val();
    Visit(*Current);
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Current)) {
      // Init-captures are evaluated here; the body runs later, elsewhere.
      for (const Expr *Init : Lambda->capture_inits())
        if (Init)
          Pending.push_back(Init);
      continue;
    }
    if (isa<BlockExpr>(Current))
      continue;
    if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Current)) {
      Pending.push_back(Coroutine->getBody());
      continue;
    }
    if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(Current)) {
      if (const Expr *Operand = Suspend->getOperand())
        Pending.push_back(Operand);
      continue;
    }
    if (const auto *Await = dyn_cast<DependentCoawaitExpr>(Current)) {
      Pending.push_back(Await->getOperand());
      continue;
    }
    if (const auto *Return = dyn_cast<CoreturnStmt>(Current)) {
      if (const Expr *Operand = Return->getOperand())
        Pending.push_back(Operand);
      continue;
    }
    for (const Stmt *Child : Current->children())
      if (Child)
        Pending.push_back(Child);
  }
}

CoroutineKind classifyCoroutine(const FunctionDecl &Function) {
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Function.getBody());
  if (!Body)
    return CoroutineKind::NotCoroutine;
  bool Awaits = false;
  bool Yields = false;
  forEachOwnStatement(Body->getBody(), [&](const Stmt &S) {
    if (isa<CoawaitExpr, DependentCoawaitExpr>(S))
      Awaits = true;
    else if (isa<CoyieldExpr>(S))
      Yields = true;
  });
  return Yields && !Awaits ? CoroutineKind::Generator : CoroutineKind::Async;
}

namespace {

/// The class (or class template) a return type names, also when it is
/// dependent, as 'asio::awaitable<T>' is inside a template.
const NamedDecl *returnedClass(QualType Type) {
  if (const auto *Specialization = Type->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *Template =
            Specialization->getTemplateName().getAsTemplateDecl())
      return Template->getTemplatedDecl();
  return Type->getAsCXXRecordDecl();
}

} // namespace

AsyncFramework frameworkOf(const FunctionDecl &Coroutine) {
  const NamedDecl *Record = returnedClass(Coroutine.getReturnType());
  if (!Record || !Record->getIdentifier() || Record->getName() != "awaitable")
    return AsyncFramework::Unknown;
  // Walk out through inline namespaces to the enclosing named ones.
  const DeclContext *Context = Record->getDeclContext();
  while (Context && Context->isInlineNamespace())
    Context = Context->getParent();
  const auto *Namespace = dyn_cast_or_null<NamespaceDecl>(Context);
  if (!Namespace || Namespace->getName() != "asio")
    return AsyncFramework::Unknown;
  const DeclContext *Outer = Namespace->getParent();
  if (Outer->isTranslationUnit())
    return AsyncFramework::Asio;
  const auto *OuterNamespace = dyn_cast<NamespaceDecl>(Outer);
  if (OuterNamespace && OuterNamespace->getName() == "boost" &&
      OuterNamespace->getParent()->isTranslationUnit())
    return AsyncFramework::BoostAsio;
  return AsyncFramework::Unknown;
}

namespace {

/// The lambda \p Argument is, directly or through a local variable.
const LambdaExpr *asLambda(const Expr *Argument) {
  Argument = Argument->IgnoreImplicit()->IgnoreParens();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Argument))
    if (const auto *Variable = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Variable->isLocalVarDecl() && Variable->getInit())
        Argument = Variable->getInit()->IgnoreImplicit()->IgnoreParens();
  return dyn_cast<LambdaExpr>(Argument);
}

} // namespace

const LambdaExpr *lambdaSpawnedOnThreadPool(const CallExpr &Call) {
  static const QualifiedNamePattern CoSpawn("asio::co_spawn");
  static const QualifiedNamePattern Pools[] = {
      QualifiedNamePattern("asio::thread_pool"),
      QualifiedNamePattern("asio::thread_pool::basic_executor_type")};
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Call.getNumArgs() < 2 || !CoSpawn.matches(*Callee))
    return nullptr;
  const CXXRecordDecl *Target =
      Call.getArg(0)->IgnoreParenImpCasts()->getType()->getAsCXXRecordDecl();
  if (!Target || !recordIsOrDerivesFrom(*Target, Pools))
    return nullptr;
  return asLambda(Call.getArg(1));
}

llvm::StringRef asioNamespacePrefix(AsyncFramework Framework) {
  switch (Framework) {
  case AsyncFramework::Asio:
    return "asio::";
  case AsyncFramework::BoostAsio:
    return "boost::asio::";
  case AsyncFramework::Unknown:
    break;
  }
  return "";
}

} // namespace clang::tidy::stall
