//===--- ExecutionContext.cpp - stallcheck --------------------------------===//

#include "ExecutionContext.h"
#include "Callees.h"
#include "clang/AST/ASTConcept.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::stall {

/// The arguments of a call or construction as a rule counts them: the
/// ones written, and the object of a member call.
struct RuleArguments {
  llvm::SmallVector<const Expr *, 8> Written;
  const Expr *Object = nullptr;

  /// The argument at \p Index (LastArgument, ObjectArgument or 0, 1, ...).
  const Expr *at(int Index) const {
    if (Index == ObjectArgument)
      return Object;
    if (Index == LastArgument)
      return Written.empty() ? nullptr : Written.back();
    return Index >= 0 && static_cast<size_t>(Index) < Written.size()
               ? Written[Index]
               : nullptr;
  }
};

namespace {

const FunctionDecl *canonical(const FunctionDecl *Function) {
  return Function ? Function->getCanonicalDecl() : nullptr;
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

/// Loop wins: a callable handed both to the loop and to a worker runs on
/// the loop at least there.
RunsOn merge(RunsOn A, RunsOn B) {
  if (A == RunsOn::EventLoop || B == RunsOn::EventLoop)
    return RunsOn::EventLoop;
  return A == RunsOn::Worker || B == RunsOn::Worker ? RunsOn::Worker
                                                    : RunsOn::Unknown;
}

/// The smart pointer classes an executor is often held by.
bool isSmartPointer(const CXXRecordDecl &Record) {
  static const QualifiedNamePattern Pointers[] = {
      QualifiedNamePattern("std::shared_ptr"),
      QualifiedNamePattern("std::unique_ptr")};
  return llvm::any_of(Pointers, [&](const QualifiedNamePattern &Pattern) {
    return Pattern.matches(Record);
  });
}

} // namespace

/// Whether \p E invokes one of \p Function's parameters: `callable(args)`,
/// `std::invoke(callable, args)`.
static bool invokesParameter(const Stmt *E, const FunctionDecl &Function) {
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

bool allowedIn(llvm::ArrayRef<std::string> UnlessIn,
               const ContextDecision &Context) {
  return Context.ViaDecl &&
         llvm::any_of(UnlessIn, [&](const std::string &Name) {
           return QualifiedNamePattern(Name).matches(*Context.ViaDecl);
         });
}

const FunctionDecl *calledFunction(const Expr *Argument) {
  for (int Hops = 0; Argument && Hops < 4; ++Hops) {
    Argument = passedOn(Argument);
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Argument))
      return Lambda->getCallOperator();
    // A call to a coroutine hands its frame over: co_spawn(pool, work(),
    // detached) runs work's body on the pool.
    if (const auto *Call = dyn_cast<CallExpr>(Argument)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      const FunctionDecl *Definition =
          Callee ? Callee->getDefinition() : nullptr;
      return Definition &&
                     isa_and_nonnull<CoroutineBodyStmt>(Definition->getBody())
                 ? Definition
                 : nullptr;
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
  const auto *Specialization =
      dyn_cast<ClassTemplateSpecializationDecl>(Record);
  auto FirstArgument = [&]() -> std::optional<QualType> {
    if (!Specialization || Specialization->getTemplateArgs().size() == 0 ||
        Specialization->getTemplateArgs()[0].getKind() !=
            TemplateArgument::Type)
      return std::nullopt;
    return Specialization->getTemplateArgs()[0].getAsType();
  };
  // An executor held by a std::shared_ptr or std::unique_ptr.
  if (isSmartPointer(*Record)) {
    std::optional<QualType> Pointee = FirstArgument();
    return Pointee ? executorRunsOn(*Pointee, Depth + 1) : RunsOn::Unknown;
  }
  for (const ExecutorRule &Rule : Catalogue.executors()) {
    if (!recordIsOrDerivesFrom(*Record, Rule.Name))
      continue;
    if (Rule.Where != RunsOn::Unknown)
      return Rule.Where;
    // A strand runs its handlers wherever its inner executor runs them.
    std::optional<QualType> Inner = FirstArgument();
    return Inner ? executorRunsOn(*Inner, Depth + 1) : RunsOn::Unknown;
  }
  return RunsOn::Unknown;
}

RunsOn ExecutionContextModel::targetRunsOn(const Expr *Target) const {
  // The type written, before a conversion to a base class (an
  // async_simple::Executor * from a SimpleExecutor *) or to a handle
  // (folly's KeepAlive<> from a CPUThreadPoolExecutor *).
  return Target ? executorRunsOn(passedOn(Target)->getType()) : RunsOn::Unknown;
}

bool ExecutionContextModel::noteHandoff(const FunctionDecl *Callable,
                                        const ContextDecision &Decision) {
  Callable = canonical(Callable);
  if (!Callable)
    return false;
  auto [It, Inserted] = HandedOver.try_emplace(Callable, Decision);
  if (Inserted)
    return true;
  // Handed to both a loop and elsewhere: it runs on the loop at least there.
  if (It->second.Where == RunsOn::EventLoop ||
      Decision.Where == RunsOn::Unknown || It->second.Where == Decision.Where)
    return false;
  It->second = Decision;
  return true;
}

bool ExecutionContextModel::noteAwaited(const FunctionDecl &Coroutine,
                                        const ContextDecision &Where,
                                        SourceLocation Loc,
                                        const FunctionDecl &Awaiter) {
  if (Where.Where == RunsOn::Unknown)
    return false;
  ContextDecision Decision = Where;
  Decision.Reason = ContextReason::Awaited;
  Decision.Loc = Loc;
  Decision.Via = displayName(Awaiter);
  Decision.ViaDecl = &Awaiter;
  return noteHandoff(&Coroutine, Decision);
}

/// The functions given as template arguments of \p Callee, packs expanded.
static llvm::SmallVector<const FunctionDecl *, 4>
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

RunsOn ExecutionContextModel::ruleRunsOn(const HandoffRule &Rule,
                                         const RuleArguments &Args) const {
  return Rule.Where != RunsOn::Unknown ? Rule.Where
                                       : targetRunsOn(Args.at(Rule.Target));
}

void ExecutionContextModel::applyHandoffRule(const HandoffRule &Rule,
                                             const RuleArguments &Args,
                                             const NamedDecl &Via,
                                             SourceLocation Loc) {
  ContextDecision Decision;
  Decision.Reason = ContextReason::Handoff;
  Decision.Loc = Loc;
  Decision.Via = patternName(Via);
  Decision.ViaDecl = &Via;
  Decision.Framework = frameworkOfDecl(Via);
  Decision.Where = ruleRunsOn(Rule, Args);
  for (int Index : Rule.Callables) {
    if (Index != TemplateArguments) {
      noteHandoff(calledFunction(Args.at(Index)), Decision);
      continue;
    }
    if (const auto *Callee = dyn_cast<FunctionDecl>(&Via))
      for (const FunctionDecl *Function : templateArgumentFunctions(*Callee))
        noteHandoff(Function, Decision);
  }
}

/// Whether the 'when' condition of \p Rule holds for \p Args.
static bool conditionHolds(const HandoffRule &Rule, const RuleArguments &Args) {
  const Expr *Argument = Args.at(Rule.WhenArgument);
  if (Rule.WhenWritten)
    return (Argument != nullptr) == *Rule.WhenWritten;
  if (!Rule.WhenIs)
    return true;
  const auto *Ref =
      Argument ? dyn_cast<DeclRefExpr>(Argument->IgnoreParenImpCasts())
               : nullptr;
  return Ref && Rule.WhenIs->matches(*Ref->getDecl());
}

/// Whether \p Rule applies to a call of \p Callee (or a construction of
/// its class) with \p Args.
/// Whether \p Pattern names \p Function or a virtual function it overrides
/// (a rule on async_simple::Executor::schedule holds for every executor's).
static bool namesOrOverrides(const QualifiedNamePattern &Pattern,
                             const FunctionDecl &Function, unsigned Depth = 0) {
  if (Pattern.matches(Function))
    return true;
  const auto *Method = dyn_cast<CXXMethodDecl>(&Function);
  return Method && Depth < 8 &&
         llvm::any_of(Method->overridden_methods(),
                      [&](const CXXMethodDecl *Overridden) {
                        return namesOrOverrides(Pattern, *Overridden,
                                                Depth + 1);
                      });
}

static bool ruleApplies(const HandoffRule &Rule, const FunctionDecl &Callee,
                        const RuleArguments &Args) {
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(&Callee)) {
    if (!Rule.IsConstructor || !Rule.Pattern.matches(*Constructor->getParent()))
      return false;
  } else if (Rule.IsConstructor || (Rule.CLinkage && !Callee.isExternC()) ||
             !namesOrOverrides(Rule.Pattern, Callee)) {
    return false;
  }
  return conditionHolds(Rule, Args);
}

/// Whether \p Rule hands over the argument at \p Index of \p Args.
static bool handsOverArgument(const HandoffRule &Rule,
                              const RuleArguments &Args, unsigned Index) {
  return llvm::any_of(Rule.Callables, [&](int Callable) {
    return Callable != TemplateArguments &&
           Args.at(Callable) == Args.Written[Index];
  });
}

RunsOn ExecutionContextModel::argumentRunsOn(const FunctionDecl &Callee,
                                             const RuleArguments &Args,
                                             unsigned Index,
                                             unsigned Depth) const {
  bool Listed = false;
  RunsOn Where = RunsOn::Unknown;
  for (const HandoffRule &Rule : Catalogue.handoffs()) {
    if (!ruleApplies(Rule, Callee, Args))
      continue;
    Listed = true;
    if (handsOverArgument(Rule, Args, Index))
      Where = merge(Where, ruleRunsOn(Rule, Args));
  }
  if (Listed)
    return Where;
  return parameterRunsOn(Callee, Index, Depth);
}

RunsOn ExecutionContextModel::parameterRunsOn(const FunctionDecl &Function,
                                              unsigned Index,
                                              unsigned Depth) const {
  if (Index >= Function.getNumParams())
    return RunsOn::Unknown;
  if (std::optional<RunsOn> Where =
          annotatedRunsOn(*Function.getParamDecl(Index)))
    return *Where;
  if (const FunctionDecl *Pattern = Function.getTemplateInstantiationPattern())
    if (Index < Pattern->getNumParams())
      if (std::optional<RunsOn> Where =
              annotatedRunsOn(*Pattern->getParamDecl(Index)))
        return *Where;
  // Forwarded to a handoff: template <class F> void run_blocking(F &&f) {
  // pool.post(std::forward<F>(f)); }. Memoised; a cycle reads Unknown.
  const FunctionDecl *Definition = Function.getDefinition();
  if (!Definition || !Definition->hasBody() || Depth >= MaxForwardingDepth)
    return RunsOn::Unknown;
  auto [It, Inserted] =
      ForwardedParameters.try_emplace({Definition, Index}, RunsOn::Unknown);
  if (!Inserted)
    return It->second;
  const ParmVarDecl &Parameter = *Definition->getParamDecl(Index);
  RunsOn Where = RunsOn::Unknown;
  auto Consider = [&](const FunctionDecl &Callee, const RuleArguments &Args) {
    for (unsigned I = 0; I < Args.Written.size(); ++I)
      if (handsOn(Args.Written[I], Parameter))
        Where = merge(Where, argumentRunsOn(Callee, Args, I, Depth + 1));
  };
  forEachOwnStatement(Definition->getBody(), [&](const Stmt &S) {
    if (const auto *Call = dyn_cast<CallExpr>(&S)) {
      if (const FunctionDecl *Callee = Call->getDirectCallee())
        Consider(*Callee, argumentsOf(*Call));
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S)) {
      if (const CXXConstructorDecl *Constructor = Construct->getConstructor())
        Consider(*Constructor, argumentsOf(*Construct));
    }
  });
  ForwardedParameters[{Definition, Index}] = Where;
  return Where;
}

void ExecutionContextModel::noteCall(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee)
    return;
  RuleArguments Args = argumentsOf(Call);
  bool Listed = false;
  for (const HandoffRule &Rule : Catalogue.handoffs()) {
    if (!ruleApplies(Rule, *Callee, Args))
      continue;
    applyHandoffRule(Rule, Args, *Callee, Call.getExprLoc());
    Listed = true;
  }
  // post/dispatch/defer/co_spawn take completion tokens too, but where
  // their callable runs is the target's business, decided above.
  if (Listed)
    return;
  // Parameters a framework marked with the annotations header, or that the
  // callee forwards to a handoff.
  for (unsigned I = 0; I < Callee->getNumParams() && I < Args.Written.size();
       ++I) {
    const FunctionDecl *Callable = calledFunction(Args.Written[I]);
    if (!Callable)
      continue;
    RunsOn Where = parameterRunsOn(*Callee, I, /*Depth=*/0);
    if (Where == RunsOn::Unknown)
      continue;
    ContextDecision Decision{Where,
                             ContextReason::Handoff,
                             Call.getExprLoc(),
                             patternName(*Callee),
                             frameworkOfDecl(*Callee),
                             Callee};
    noteHandoff(Callable, Decision);
  }
  int Token = completionTokenArgument(Call);
  if (Token < 0)
    return;
  ContextDecision Decision{
      RunsOn::EventLoop,    ContextReason::CompletionHandler, Call.getExprLoc(),
      patternName(*Callee), frameworkOfDecl(*Callee),         Callee};
  noteHandoff(calledFunction(Call.getArg(Token)), Decision);
}

std::optional<ContextDecision>
ExecutionContextModel::switchOf(const Expr &Awaited) const {
  const auto *Call = dyn_cast<CallExpr>(passedOn(&Awaited));
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return std::nullopt;
  for (const SwitchRule &Rule : Catalogue.switches()) {
    if (!Rule.Name.matches(*Callee))
      continue;
    RunsOn Where = Rule.Where != RunsOn::Unknown
                       ? Rule.Where
                       : targetRunsOn(argumentsOf(*Call).at(Rule.Target));
    return ContextDecision{Where,
                           ContextReason::Switch,
                           Call->getExprLoc(),
                           patternName(*Callee),
                           frameworkOfDecl(*Callee),
                           Callee};
  }
  return std::nullopt;
}

void ExecutionContextModel::noteConstruction(
    const CXXConstructExpr &Construct) {
  const CXXConstructorDecl *Constructor = Construct.getConstructor();
  if (!Constructor)
    return;
  RuleArguments Args = argumentsOf(Construct);
  for (const HandoffRule &Rule : Catalogue.handoffs())
    if (ruleApplies(Rule, *Constructor, Args))
      applyHandoffRule(Rule, Args, *Constructor->getParent(),
                       Construct.getLocation());
}

ContextDecision
ExecutionContextModel::decide(const FunctionDecl &Callable) const {
  const FunctionDecl *Key = canonical(&Callable);
  for (const FunctionDecl *Redeclaration : Callable.redecls())
    if (std::optional<RunsOn> Where = annotatedRunsOn(*Redeclaration))
      return {*Where,
              ContextReason::Annotation,
              Redeclaration->getLocation(),
              Callable.getQualifiedNameAsString(),
              AsyncFramework::Unknown,
              nullptr};

  auto Handoff = HandedOver.find(Key);
  bool HandedOverTo =
      Handoff != HandedOver.end() && Handoff->second.Where != RunsOn::Unknown;
  // A coroutine that only invokes a callable it was given (a library's
  // trampoline) runs where it is handed over, not on the loop by default.
  if (classifyCoroutine(Callable) != CoroutineKind::Async ||
      isTrampoline(Callable) ||
      (HandedOverTo && Handoff->second.Where != RunsOn::EventLoop))
    return Handoff != HandedOver.end() ? Handoff->second : ContextDecision();

  // A coroutine: on the loop that resumes it, unless its task type says
  // otherwise; handed to a loop (co_spawn(io, work(), ...)), it is plain
  // loop code.
  ContextDecision Decision{RunsOn::EventLoop,      ContextReason::Coroutine,
                           Callable.getLocation(), "",
                           frameworkOf(Callable),  nullptr};
  // f(executor_tag, executor, ...) runs on that executor.
  if (!HandedOverTo)
    for (unsigned I = 0; I + 1 < Callable.getNumParams(); ++I) {
      const CXXRecordDecl *Tag = Callable.getParamDecl(I)
                                     ->getType()
                                     .getNonReferenceType()
                                     ->getAsCXXRecordDecl();
      if (!Tag || llvm::none_of(Catalogue.executorTags(),
                                [&](const QualifiedNamePattern &Name) {
                                  return Name.matches(*Tag);
                                }))
        continue;
      Decision.Where = executorRunsOn(Callable.getParamDecl(I + 1)->getType());
      Decision.Reason = ContextReason::TaskType;
      Decision.Via = patternName(*Tag);
      return Decision;
    }
  const NamedDecl *Task = returnedClass(Callable.getReturnType());
  for (const TaskTypeRule &Rule : Catalogue.taskTypes())
    if (Task && Rule.Name.matches(*Task)) {
      if (!HandedOverTo)
        Decision.Where = Rule.Where;
      if (Decision.Where != RunsOn::EventLoop)
        Decision.Reason = ContextReason::TaskType;
      Decision.Via = patternName(*Task);
      break;
    }
  return Decision;
}

bool ExecutionContextModel::isHandedOver(const FunctionDecl &Callable) const {
  return HandedOver.contains(canonical(&Callable));
}

llvm::SmallVector<const FunctionDecl *, 16>
ExecutionContextModel::handedOverCallables() const {
  llvm::SmallVector<const FunctionDecl *, 16> Callables;
  for (const auto &Entry : HandedOver)
    Callables.push_back(Entry.first);
  return Callables;
}

} // namespace clang::tidy::stall
