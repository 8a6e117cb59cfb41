//===--- Coroutines.cpp - stallcheck --------------------------------------===//

#include "core/context/Coroutines.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/Type.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang::tidy::stall {

namespace {

/// Whether \p S may leave the block it is in other than by falling through
/// to the next statement (or never finish: a loop without a condition).
bool mayLeaveBlock(const Stmt &S) {
  if (isa<ReturnStmt, CoreturnStmt, GotoStmt, IndirectGotoStmt, BreakStmt,
          ContinueStmt, CXXThrowExpr>(S))
    return true;
  // A nested function leaves only itself.
  if (isa<LambdaExpr, BlockExpr>(S))
    return false;
  const Expr *Condition = nullptr;
  bool IsLoop = true;
  if (const auto *For = dyn_cast<ForStmt>(&S))
    Condition = For->getCond();
  else if (const auto *While = dyn_cast<WhileStmt>(&S))
    Condition = While->getCond();
  else if (const auto *Do = dyn_cast<DoStmt>(&S))
    Condition = Do->getCond();
  else
    IsLoop = false;
  if (IsLoop) {
    const auto *Literal =
        Condition
            ? dyn_cast<CXXBoolLiteralExpr>(Condition->IgnoreParenImpCasts())
            : nullptr;
    if (!Condition || (Literal && Literal->getValue()))
      return true;
  }
  return llvm::any_of(S.children(), [](const Stmt *Child) {
    return Child && mayLeaveBlock(*Child);
  });
}

/// The value of the condition of `if constexpr`, when it is decided.
std::optional<bool> constexprCondition(const IfStmt &If) {
  if (!If.isConstexpr())
    return std::nullopt;
  const auto *Constant = dyn_cast_or_null<ConstantExpr>(If.getCond());
  if (!Constant || !Constant->hasAPValueResult() ||
      !Constant->getAPValueResult().isInt())
    return std::nullopt;
  return Constant->getResultAsAPSInt().getBoolValue();
}

/// For `if (__builtin_expect(c, v))`: whether the then-branch is the
/// expected one (v != 0).
std::optional<bool> expectedBranch(const IfStmt &If) {
  const Expr *Condition = If.getCond();
  if (!Condition)
    return std::nullopt;
  const auto *Call = dyn_cast<CallExpr>(Condition->IgnoreParenImpCasts());
  if (!Call || Call->getBuiltinCallee() != Builtin::BI__builtin_expect ||
      Call->getNumArgs() != 2)
    return std::nullopt;
  const auto *Expected =
      dyn_cast<IntegerLiteral>(Call->getArg(1)->IgnoreParenImpCasts());
  if (!Expected)
    return std::nullopt;
  return Expected->getValue() != 0;
}

bool isUnlikely(const Stmt &S) {
  const auto *Attributed = dyn_cast<AttributedStmt>(&S);
  return Attributed && llvm::any_of(Attributed->getAttrs(), [](const Attr *A) {
           return isa<UnlikelyAttr>(A);
         });
}

} // namespace

bool isNoReturnCall(const Stmt &S) {
  const auto *E = dyn_cast<Expr>(&S);
  if (!E)
    return false;
  E = E->IgnoreImplicit()->IgnoreParens();
  if (const auto *Cast = dyn_cast<CStyleCastExpr>(E)) // (void)fatal()
    E = Cast->getSubExpr()->IgnoreImplicit()->IgnoreParens();
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Callee->isNoReturn())
    return false;
  // Markers of unreachable code end nothing: code before them runs.
  if (Callee->getBuiltinID() == Builtin::BI__builtin_unreachable)
    return false;
  const IdentifierInfo *Name = Callee->getIdentifier();
  return !(Name && Name->getName() == "unreachable" &&
           Callee->isInStdNamespace());
}

void forEachOwnStatement(const Stmt *Body,
                         llvm::function_ref<void(const Stmt &)> Visit,
                         WalkPaths Paths) {
  walkOwnStatements(
      Body,
      [&](const Stmt &S) {
        Visit(S);
        return true;
      },
      Paths);
}

void walkOwnStatements(const Stmt *Body,
                       llvm::function_ref<bool(const Stmt &)> Visit,
                       WalkPaths Paths) {
  llvm::SmallVector<const Stmt *, 32> Pending;
  auto Push = [&](const Stmt *S) {
    if (S && !(Paths == WalkPaths::Likely && isUnlikely(*S)))
      Pending.push_back(S);
  };
  Push(Body);
  while (!Pending.empty()) {
    const Stmt *Current = Pending.pop_back_val();
    if (!Visit(*Current))
      continue;
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Current)) {
      // Init-captures are evaluated here; the body runs later, elsewhere.
      for (const Expr *Init : Lambda->capture_inits())
        Push(Init);
      continue;
    }
    if (isa<BlockExpr>(Current))
      continue;
    if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(Current)) {
      Push(Coroutine->getBody());
      continue;
    }
    if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(Current)) {
      Push(Suspend->getOperand());
      continue;
    }
    if (const auto *Await = dyn_cast<DependentCoawaitExpr>(Current)) {
      Push(Await->getOperand());
      continue;
    }
    if (const auto *Return = dyn_cast<CoreturnStmt>(Current)) {
      Push(Return->getOperand());
      continue;
    }
    if (const auto *If = dyn_cast<IfStmt>(Current)) {
      Push(If->getInit());
      Push(If->getConditionVariableDeclStmt());
      Push(If->getCond());
      if (If->isConstexpr()) {
        // Only the branch kept runs; in a template, where the condition
        // depends on its arguments, each instantiation decides for itself.
        if (std::optional<bool> Taken = constexprCondition(*If))
          Push(*Taken ? If->getThen() : If->getElse());
        continue;
      }
      std::optional<bool> Expected;
      if (Paths == WalkPaths::Likely)
        Expected = expectedBranch(*If);
      if (Expected.value_or(true))
        Push(If->getThen());
      if (!Expected.value_or(false))
        Push(If->getElse());
      continue;
    }
    if (const auto *Block = dyn_cast<CompoundStmt>(Current)) {
      // From the last statement back: a statement is on the way out of the
      // process when the block reaches a [[noreturn]] call after it with no
      // way out in between.
      llvm::SmallVector<const Stmt *, 16> Statements(Block->body());
      bool EndsProcess = false;
      for (const Stmt *Statement : llvm::reverse(Statements)) {
        if (!Statement)
          continue;
        if (isNoReturnCall(*Statement))
          EndsProcess = true;
        else if (mayLeaveBlock(*Statement))
          EndsProcess = false;
        if (!EndsProcess)
          Push(Statement);
      }
      continue;
    }
    for (const Stmt *Child : Current->children())
      Push(Child);
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

namespace {
/// Whether \p E is false whatever runs: `false`, `0`, `(void)0, false`,
/// `false && x` (the conditions of macros written as one statement).
bool isConstantFalse(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Constant = dyn_cast<ConstantExpr>(E))
    return isConstantFalse(Constant->getSubExpr());
  if (const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(E))
    return !Bool->getValue();
  if (const auto *Integer = dyn_cast<IntegerLiteral>(E))
    return Integer->getValue() == 0;
  if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
    if (Binary->getOpcode() == BO_Comma)
      return isConstantFalse(Binary->getRHS());
    if (Binary->getOpcode() == BO_LAnd)
      return isConstantFalse(Binary->getLHS()) ||
             isConstantFalse(Binary->getRHS());
  }
  return false;
}
} // namespace

bool isLoop(const Stmt &S) {
  // `do { ... } while (false)` runs its body once: a statement, not a loop.
  if (const auto *Do = dyn_cast<DoStmt>(&S))
    return !isConstantFalse(Do->getCond());
  return isa<ForStmt, CXXForRangeStmt, WhileStmt>(S);
}

bool suspends(const Stmt &Body) {
  bool Found = false;
  forEachOwnStatement(&Body, [&](const Stmt &S) {
    Found |= isa<CoawaitExpr, DependentCoawaitExpr, CoyieldExpr>(S);
  });
  return Found;
}

const Stmt *loopBody(const Stmt &Loop) {
  if (const auto *For = dyn_cast<ForStmt>(&Loop))
    return For->getBody();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(&Loop))
    return Range->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(&Loop))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(&Loop))
    return Do->getBody();
  return nullptr;
}

llvm::SmallVector<SourceRange, 4> loopBodies(const Stmt *Body) {
  llvm::SmallVector<SourceRange, 4> Ranges;
  forEachOwnStatement(Body, [&](const Stmt &S) {
    if (isLoop(S))
      if (const Stmt *LoopBody = loopBody(S))
        Ranges.push_back(LoopBody->getSourceRange());
  });
  return Ranges;
}

bool withinAny(llvm::ArrayRef<SourceRange> Ranges, SourceLocation Loc,
               const SourceManager &Sources) {
  return llvm::any_of(Ranges, [&](SourceRange Range) {
    return !Sources.isBeforeInTranslationUnit(Loc, Range.getBegin()) &&
           !Sources.isBeforeInTranslationUnit(Range.getEnd(), Loc);
  });
}

} // namespace clang::tidy::stall
