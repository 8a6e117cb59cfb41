//===--- ExecutionContext.cpp - stallcheck --------------------------------===//

#include "ExecutionContext.h"
#include "clang/AST/ASTConcept.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::stall {

namespace {

const FunctionDecl *canonical(const FunctionDecl *Function) {
  return Function ? Function->getCanonicalDecl() : nullptr;
}

/// The argument at \p Index, where -1 is the last one.
const Expr *argumentAt(llvm::ArrayRef<const Expr *> Args, int Index) {
  if (Index < 0)
    return Args.empty() ? nullptr : Args.back();
  return static_cast<size_t>(Index) < Args.size() ? Args[Index] : nullptr;
}

/// The annotation on \p Function that places it, if any.
std::optional<RunsOn> annotatedRunsOn(const Decl &Declaration) {
  for (const auto *Annotation : Declaration.specific_attrs<AnnotateAttr>()) {
    if (Annotation->getAnnotation() == EventLoopAnnotation)
      return RunsOn::EventLoop;
    if (Annotation->getAnnotation() == WorkerAnnotation)
      return RunsOn::Worker;
  }
  return std::nullopt;
}

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

llvm::SmallVector<const Expr *, 8> argumentsOf(const CallExpr &Call) {
  llvm::SmallVector<const Expr *, 8> Args = writtenArguments(Call.arguments());
  // A member operator call lists the object first; a handoff's argument
  // indexes count the explicit arguments only.
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (isa_and_nonnull<CXXMethodDecl>(Operator->getDirectCallee()) &&
        !Args.empty())
      Args.erase(Args.begin());
  return Args;
}

} // namespace

const FunctionDecl *calledFunction(const Expr *Argument) {
  for (int Hops = 0; Argument && Hops < 4; ++Hops) {
    Argument = Argument->IgnoreImplicit()->IgnoreParens();
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Argument))
      return Lambda->getCallOperator();
    // A wrapper constructed from the callable: std::function, a handler
    // type with a converting constructor.
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Argument)) {
      if (Construct->getNumArgs() != 1)
        return nullptr;
      Argument = Construct->getArg(0);
      continue;
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

RunsOn ExecutionContextModel::executorRunsOn(QualType Type,
                                             unsigned Depth) const {
  Type = Type.getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (!Record || Depth > 4)
    return RunsOn::Unknown;
  for (const ExecutorRule &Rule : Catalogue.executors()) {
    if (!recordIsOrDerivesFrom(*Record, Rule.Name))
      continue;
    if (Rule.Where != RunsOn::Unknown)
      return Rule.Where;
    // A strand runs its handlers wherever its inner executor runs them.
    const auto *Specialization =
        dyn_cast<ClassTemplateSpecializationDecl>(Record);
    if (!Specialization || Specialization->getTemplateArgs().size() == 0 ||
        Specialization->getTemplateArgs()[0].getKind() !=
            TemplateArgument::Type)
      return RunsOn::Unknown;
    return executorRunsOn(Specialization->getTemplateArgs()[0].getAsType(),
                          Depth + 1);
  }
  return RunsOn::Unknown;
}

void ExecutionContextModel::noteHandoff(const Expr *Argument,
                                        const ContextDecision &Decision) {
  const FunctionDecl *Callable = canonical(calledFunction(Argument));
  if (!Callable)
    return;
  auto [It, Inserted] = HandedOver.try_emplace(Callable, Decision);
  // Handed to both a loop and elsewhere: it runs on the loop at least there.
  if (!Inserted && It->second.Where != RunsOn::EventLoop &&
      Decision.Where != RunsOn::Unknown)
    It->second = Decision;
}

void ExecutionContextModel::applyHandoffRule(const HandoffRule &Rule,
                                             llvm::ArrayRef<const Expr *> Args,
                                             const NamedDecl &Via,
                                             SourceLocation Loc) {
  ContextDecision Decision;
  Decision.Reason = ContextReason::Handoff;
  Decision.Loc = Loc;
  Decision.Via = patternName(Via);
  Decision.Framework = frameworkOfDecl(Via);
  Decision.Where = Rule.Where;
  if (Rule.Where == RunsOn::Unknown)
    if (const Expr *Target = argumentAt(Args, Rule.Target))
      Decision.Where = executorRunsOn(Target->getType());
  for (int Index : Rule.Callables)
    noteHandoff(argumentAt(Args, Index), Decision);
}

/// Whether the 'when' condition of \p Rule holds for \p Args.
static bool conditionHolds(const HandoffRule &Rule,
                           llvm::ArrayRef<const Expr *> Args) {
  if (!Rule.WhenIs)
    return true;
  const Expr *Argument = argumentAt(Args, Rule.WhenArgument);
  const auto *Ref =
      Argument ? dyn_cast<DeclRefExpr>(Argument->IgnoreParenImpCasts())
               : nullptr;
  return Ref && Rule.WhenIs->matches(*Ref->getDecl());
}

void ExecutionContextModel::noteCall(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee)
    return;
  llvm::SmallVector<const Expr *, 8> Args = argumentsOf(Call);
  bool Listed = false;
  for (const HandoffRule &Rule : Catalogue.handoffs()) {
    if (Rule.IsConstructor || (Rule.CLinkage && !Callee->isExternC()) ||
        !Rule.Pattern.matches(*Callee) || !conditionHolds(Rule, Args))
      continue;
    applyHandoffRule(Rule, Args, *Callee, Call.getExprLoc());
    Listed = true;
  }
  // post/dispatch/defer/co_spawn take completion tokens too, but where
  // their callable runs is the target's business, decided above.
  if (Listed)
    return;
  // Parameters a framework marked with the annotations header.
  for (unsigned I = 0; I < Callee->getNumParams() && I < Args.size(); ++I)
    if (std::optional<RunsOn> Where =
            annotatedRunsOn(*Callee->getParamDecl(I))) {
      ContextDecision Decision{*Where, ContextReason::Handoff,
                               Call.getExprLoc(), patternName(*Callee),
                               frameworkOfDecl(*Callee)};
      noteHandoff(Args[I], Decision);
    }
  int Token = completionTokenArgument(Call);
  if (Token < 0)
    return;
  ContextDecision Decision{RunsOn::EventLoop, ContextReason::CompletionHandler,
                           Call.getExprLoc(), patternName(*Callee),
                           frameworkOfDecl(*Callee)};
  noteHandoff(Call.getArg(Token), Decision);
}

void ExecutionContextModel::noteConstruction(
    const CXXConstructExpr &Construct) {
  const CXXConstructorDecl *Constructor = Construct.getConstructor();
  if (!Constructor)
    return;
  llvm::SmallVector<const Expr *, 8> Args =
      writtenArguments(Construct.arguments());
  for (const HandoffRule &Rule : Catalogue.handoffs()) {
    if (!Rule.IsConstructor ||
        !Rule.Pattern.matches(*Constructor->getParent()) ||
        !conditionHolds(Rule, Args))
      continue;
    applyHandoffRule(Rule, Args, *Constructor->getParent(),
                     Construct.getLocation());
  }
}

ContextDecision
ExecutionContextModel::decide(const FunctionDecl &Callable) const {
  const FunctionDecl *Key = canonical(&Callable);
  for (const FunctionDecl *Redeclaration : Callable.redecls())
    if (std::optional<RunsOn> Where = annotatedRunsOn(*Redeclaration))
      return {*Where, ContextReason::Annotation, Redeclaration->getLocation(),
              Callable.getQualifiedNameAsString(), AsyncFramework::Unknown};

  auto Handoff = HandedOver.find(Key);
  if (Handoff != HandedOver.end() && Handoff->second.Where != RunsOn::Unknown)
    return Handoff->second;

  if (classifyCoroutine(Callable) == CoroutineKind::Async) {
    ContextDecision Decision{RunsOn::EventLoop, ContextReason::Coroutine,
                             Callable.getLocation(), "",
                             frameworkOf(Callable)};
    const NamedDecl *Task = returnedClass(Callable.getReturnType());
    for (const TaskTypeRule &Rule : Catalogue.taskTypes())
      if (Task && Rule.Name.matches(*Task)) {
        Decision.Where = Rule.Where;
        if (Rule.Where != RunsOn::EventLoop)
          Decision.Reason = ContextReason::TaskType;
        Decision.Via = patternName(*Task);
        break;
      }
    return Decision;
  }
  return Handoff != HandedOver.end() ? Handoff->second : ContextDecision();
}

llvm::SmallVector<const FunctionDecl *, 16>
ExecutionContextModel::handedOverCallables() const {
  llvm::SmallVector<const FunctionDecl *, 16> Callables;
  for (const auto &Entry : HandedOver)
    Callables.push_back(Entry.first);
  return Callables;
}

} // namespace clang::tidy::stall
