//===--- Coroutines.cpp - stallcheck --------------------------------------===//

#include "Coroutines.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::stall {

void forEachOwnStatement(const Stmt *Body,
                         llvm::function_ref<void(const Stmt &)> Visit) {
  walkOwnStatements(Body, [&](const Stmt &S) {
    Visit(S);
    return true;
  });
}

void walkOwnStatements(const Stmt *Body,
                       llvm::function_ref<bool(const Stmt &)> Visit) {
  llvm::SmallVector<const Stmt *, 32> Pending;
  if (Body)
    Pending.push_back(Body);
  while (!Pending.empty()) {
    const Stmt *Current = Pending.pop_back_val();
    if (!Visit(*Current))
      continue;
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

const NamedDecl *returnedClass(QualType Type) {
  if (const auto *Specialization = Type->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *Template =
            Specialization->getTemplateName().getAsTemplateDecl())
      return Template->getTemplatedDecl();
  return Type->getAsCXXRecordDecl();
}

AsyncFramework frameworkOf(const FunctionDecl &Coroutine) {
  const NamedDecl *Record = returnedClass(Coroutine.getReturnType());
  if (!Record || !Record->getIdentifier() || Record->getName() != "awaitable")
    return AsyncFramework::Unknown;
  return frameworkOfDecl(*Record);
}

AsyncFramework frameworkOfDecl(const Decl &Declaration) {
  for (const DeclContext *Context = Declaration.getDeclContext();
       Context && !Context->isTranslationUnit();
       Context = Context->getParent()) {
    const auto *Namespace = dyn_cast<NamespaceDecl>(Context);
    if (!Namespace || Namespace->isInline() || Namespace->getName() != "asio")
      continue;
    const DeclContext *Outer = Namespace->getParent();
    while (Outer->isInlineNamespace())
      Outer = Outer->getParent();
    if (Outer->isTranslationUnit())
      return AsyncFramework::Asio;
    const auto *Boost = dyn_cast<NamespaceDecl>(Outer);
    if (Boost && Boost->getName() == "boost" &&
        Boost->getParent()->isTranslationUnit())
      return AsyncFramework::BoostAsio;
  }
  return AsyncFramework::Unknown;
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
