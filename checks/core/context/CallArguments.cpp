//===--- CallArguments.cpp - stallcheck -----------------------------------===//

#include "core/context/CallArguments.h"
#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ASTConcept.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::stall {

namespace {

/// The arguments as written: without the defaulted ones Asio uses for
/// constraints (post(ctx, token, constraint_t = 0)), so "last" is the last
/// argument the user wrote.
template <class Range>
llvm::SmallVector<const Expr *, 8> writtenArguments(Range Arguments) {
  llvm::SmallVector<const Expr *, 8> Args(Arguments);
  while (!Args.empty() && isa<CXXDefaultArgExpr>(Args.back()))
    Args.pop_back();
  return Args;
}

} // namespace

RuleArguments argumentsOf(const CallExpr &Call) {
  RuleArguments Args{writtenArguments(Call.arguments()), nullptr};
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    Args.Object = Member->getImplicitObjectArgument();
  // A member operator call lists the object first; a handoff's argument
  // indexes count the explicit arguments only.
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (isa_and_nonnull<CXXMethodDecl>(Operator->getDirectCallee()) &&
        !Args.Written.empty()) {
      Args.Object = Args.Written.front();
      Args.Written.erase(Args.Written.begin());
    }
  return Args;
}

RuleArguments argumentsOf(const CXXConstructExpr &Construct) {
  return {writtenArguments(Construct.arguments()), nullptr};
}

/// \p E without what passes a value on unchanged: implicit conversions,
/// parentheses, temporaries, std::move and std::forward, a converting
/// construction (std::function from a lambda).
const Expr *passedOn(const Expr *E) {
  for (int Hops = 0; E && Hops < 8; ++Hops) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = Cast->getSubExpr();
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && Construct->getNumArgs() == 1) {
      E = Construct->getArg(0);
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      const IdentifierInfo *Name = Callee ? Callee->getIdentifier() : nullptr;
      if (Name && Callee->isInStdNamespace() && Call->getNumArgs() == 1 &&
          (Name->isStr("move") || Name->isStr("forward"))) {
        E = Call->getArg(0);
        continue;
      }
    }
    break;
  }
  return E;
}

/// Whether \p Argument hands \p Parameter on: it is the parameter (moved,
/// forwarded, converted), or a lambda that captures it.
bool handsOn(const Expr *Argument, const ParmVarDecl &Parameter) {
  Argument = passedOn(Argument);
  if (!Argument)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Argument))
    return Ref->getDecl() == &Parameter;
  const auto *Lambda = dyn_cast<LambdaExpr>(Argument);
  if (!Lambda)
    return false;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Capture.capturesVariable() && Capture.getCapturedVar() == &Parameter)
      return true;
  return llvm::any_of(Lambda->capture_inits(), [&](const Expr *Init) {
    return Init && handsOn(Init, Parameter);
  });
}

/// Whether \p E invokes one of \p Function's parameters: `callable(args)`,
/// `std::invoke(callable, args)`.
bool invokesParameter(const Stmt *E, const FunctionDecl &Function) {
  bool Found = false;
  forEachOwnStatement(E, [&](const Stmt &S) {
    const auto *Call = dyn_cast<CallExpr>(&S);
    if (!Call || Found)
      return;
    const Expr *Invoked = Call->getCallee();
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call))
      Invoked =
          Operator->getOperator() == OO_Call ? Operator->getArg(0) : nullptr;
    else if (const FunctionDecl *Callee = Call->getDirectCallee();
             Callee && Callee->isInStdNamespace() && Callee->getIdentifier() &&
             Callee->getName() == "invoke" && Call->getNumArgs() > 0)
      Invoked = Call->getArg(0);
    for (const ParmVarDecl *Parameter : Function.parameters())
      Found |= Invoked && handsOn(Invoked, *Parameter);
  });
  return Found;
}

bool isTrampoline(const FunctionDecl &Coroutine) {
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Coroutine.getBody());
  const auto *Block =
      Body ? dyn_cast_or_null<CompoundStmt>(Body->getBody()) : nullptr;
  if (!Block || Coroutine.getNumParams() == 0)
    return false;
  // Statement by statement: it invokes its callable, awaits, returns;
  // nothing else (no loop, branch or declaration of its own).
  bool Invokes = false;
  for (const Stmt *S : Block->body()) {
    const Stmt *Operand = S;
    if (const auto *Return = dyn_cast<CoreturnStmt>(S))
      Operand = Return->getOperand();
    if (!Operand || isa<NullStmt>(Operand))
      continue;
    const auto *E = dyn_cast<Expr>(Operand);
    if (!E)
      return false;
    if (invokesParameter(E, Coroutine))
      Invokes = true;
    else if (!isa<CoawaitExpr, DependentCoawaitExpr>(E->IgnoreImplicit()))
      return false;
  }
  return Invokes;
}

const FunctionDecl *calledFunction(const Expr *Argument) {
  for (int Hops = 0; Argument && Hops < 4; ++Hops) {
    Argument = passedOn(Argument);
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Argument))
      return Lambda->getCallOperator();
    // A call to a coroutine hands its frame over: co_spawn(pool, work(),
    // detached) runs work's body on the pool.
    if (isa<CallExpr>(Argument)) {
      const CallExpr *Launch = launchedCall(Argument);
      return Launch ? Launch->getDirectCallee()->getDefinition() : nullptr;
    }
    if (const auto *AddressOf = dyn_cast<UnaryOperator>(Argument);
        AddressOf && AddressOf->getOpcode() == UO_AddrOf)
      Argument = AddressOf->getSubExpr()->IgnoreParenImpCasts();
    const auto *Ref = dyn_cast<DeclRefExpr>(Argument);
    if (!Ref)
      return nullptr;
    if (const auto *Function = dyn_cast<FunctionDecl>(Ref->getDecl()))
      return Function;
    const auto *Variable = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Variable || !Variable->isLocalVarDecl())
      return nullptr;
    Argument = Variable->getInit();
  }
  return nullptr;
}

const CallExpr *launchedCall(const Expr *Argument) {
  for (int Hops = 0; Argument && Hops < 4; ++Hops) {
    Argument = passedOn(Argument)->IgnoreImplicit();
    if (const auto *Call = dyn_cast<CallExpr>(Argument)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      const FunctionDecl *Definition =
          Callee ? Callee->getDefinition() : nullptr;
      return Definition &&
                     isa_and_nonnull<CoroutineBodyStmt>(Definition->getBody())
                 ? Call
                 : nullptr;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(Argument);
    const auto *Variable = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Variable || !Variable->isLocalVarDecl())
      return nullptr;
    Argument = Variable->getInit();
  }
  return nullptr;
}

int completionTokenArgument(const CallExpr &Call) {
  static const QualifiedNamePattern CompletionTokenFor(
      "asio::completion_token_for");
  const FunctionDecl *Callee = Call.getDirectCallee();
  const FunctionTemplateDecl *Template =
      Callee ? Callee->getPrimaryTemplate() : nullptr;
  if (!Template)
    return -1;
  const FunctionDecl *Pattern = Template->getTemplatedDecl();
  for (const NamedDecl *Parameter : *Template->getTemplateParameters()) {
    const auto *TypeParameter = dyn_cast<TemplateTypeParmDecl>(Parameter);
    const TypeConstraint *Constraint =
        TypeParameter ? TypeParameter->getTypeConstraint() : nullptr;
    if (!Constraint ||
        !CompletionTokenFor.matches(*Constraint->getNamedConcept()))
      continue;
    for (unsigned I = 0; I < Pattern->getNumParams(); ++I) {
      QualType Type = Pattern->getParamDecl(I)->getType().getNonReferenceType();
      const auto *Bound = Type->getAs<TemplateTypeParmType>();
      if (Bound && Bound->getIndex() == TypeParameter->getIndex() &&
          Bound->getDepth() == TypeParameter->getDepth())
        return static_cast<int>(I) < static_cast<int>(Call.getNumArgs())
                   ? static_cast<int>(I)
                   : -1;
    }
  }
  return -1;
}

/// The functions given as template arguments of \p Callee, packs expanded.
llvm::SmallVector<const FunctionDecl *, 4>
templateArgumentFunctions(const FunctionDecl &Callee) {
  llvm::SmallVector<const FunctionDecl *, 4> Functions;
  const TemplateArgumentList *Arguments =
      Callee.getTemplateSpecializationArgs();
  if (!Arguments)
    return Functions;
  llvm::SmallVector<TemplateArgument, 8> Pending(Arguments->asArray());
  while (!Pending.empty()) {
    TemplateArgument Argument = Pending.pop_back_val();
    if (Argument.getKind() == TemplateArgument::Pack)
      Pending.append(Argument.pack_begin(), Argument.pack_end());
    else if (Argument.getKind() == TemplateArgument::Declaration)
      if (const auto *Function = dyn_cast<FunctionDecl>(Argument.getAsDecl()))
        Functions.push_back(Function);
  }
  return Functions;
}

} // namespace clang::tidy::stall
