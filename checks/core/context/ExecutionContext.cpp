//===--- ExecutionContext.cpp - stallcheck --------------------------------===//

#include "core/context/ExecutionContext.h"
#include "core/context/CallArguments.h"
#include "core/context/Callees.h"
#include "clang/AST/ASTConcept.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"

namespace clang::tidy::stall {

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

/// How much a place holds up other tasks: the loop, then a scheduler, then
/// a worker, then nothing known.
unsigned rank(RunsOn Where) {
  switch (Where) {
  case RunsOn::EventLoop:
    return 3;
  case RunsOn::Scheduler:
    return 2;
  case RunsOn::Worker:
    return 1;
  case RunsOn::Unknown:
    break;
  }
  return 0;
}

/// Loop wins: a callable handed both to the loop and to a worker runs on
/// the loop at least there (a scheduler's thread wins over a worker).
RunsOn merge(RunsOn A, RunsOn B) { return rank(A) >= rank(B) ? A : B; }

/// The executor \p E names, as the user would say it: the variable or
/// member ('pool', through pointers, smart pointers and std::move), else
/// its type.
std::string executorName(const Expr *E) {
  if (!E)
    return {};
  for (unsigned Steps = 0; Steps < 4; ++Steps) {
    E = passedOn(E)->IgnoreParenImpCasts();
    if (const auto *Unary = dyn_cast<UnaryOperator>(E);
        Unary && (Unary->getOpcode() == UO_Deref ||
                  Unary->getOpcode() == UO_AddrOf)) {
      E = Unary->getSubExpr();
      continue;
    }
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E);
        Operator && Operator->getNumArgs() == 1 &&
        (Operator->getOperator() == OO_Arrow ||
         Operator->getOperator() == OO_Star)) {
      E = Operator->getArg(0);
      continue;
    }
    break;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl()->getNameAsString();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl()->getNameAsString();
  QualType Type = E->getType().getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  if (const CXXRecordDecl *Record = Type->getAsCXXRecordDecl())
    return patternName(*Record);
  return {};
}

/// The function or lambda whose body contains \p S.
const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Context) {
  DynTypedNodeList Parents = Context.getParents(S);
  for (unsigned Steps = 0; Steps < 512 && !Parents.empty(); ++Steps) {
    const DynTypedNode &Parent = Parents[0];
    if (const auto *Function = Parent.get<FunctionDecl>())
      return Function;
    if (const auto *Lambda = Parent.get<LambdaExpr>())
      return Lambda->getCallOperator();
    Parents = Context.getParents(Parent);
  }
  return nullptr;
}

/// The variable \p E is the value of: the root of member calls and
/// members (`t.handle().resume()` resumes t).
const VarDecl *objectVariable(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      E = Member->getImplicitObjectArgument();
      continue;
    }
    if (const auto *Field = dyn_cast<MemberExpr>(E)) {
      E = Field->getBase();
      continue;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  }
  return nullptr;
}

/// The `resume()` that starts the task \p Call creates, when the task is
/// a local variable of the function around the call and that function
/// resumes it by hand (`auto t = work(); t.resume();`, a test's way).
const CXXMemberCallExpr *resumedHere(const CallExpr &Call,
                                     const FunctionDecl &Caller,
                                     ASTContext &Context) {
  // Up through the temporaries and conversions to the variable.
  DynTypedNodeList Parents = Context.getParents(Call);
  const VarDecl *Task = nullptr;
  for (unsigned Steps = 0; Steps < 8 && !Parents.empty(); ++Steps) {
    Task = Parents[0].get<VarDecl>();
    if (Task)
      break;
    const auto *Wrapper = Parents[0].get<Expr>();
    if (!Wrapper || !(isa<ImplicitCastExpr, MaterializeTemporaryExpr,
                          CXXBindTemporaryExpr, ExprWithCleanups,
                          CXXConstructExpr, ParenExpr>(Wrapper)))
      return nullptr;
    Parents = Context.getParents(*Wrapper);
  }
  if (!Task || !Task->isLocalVarDecl())
    return nullptr;
  const CXXMemberCallExpr *Resume = nullptr;
  forEachOwnStatement(Caller.getBody(), [&](const Stmt &S) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(&S);
    const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
    if (!Resume && Method && Method->getIdentifier() &&
        Method->getName() == "resume" &&
        objectVariable(Member->getImplicitObjectArgument()) == Task)
      Resume = Member;
  });
  return Resume;
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

std::string placeOf(const ContextDecision &Context) {
  if (Context.Where != RunsOn::Scheduler)
    return "the event loop";
  if (Context.Scheduler.empty())
    return "a thread of a coroutine scheduler";
  return "a thread of scheduler '" + Context.Scheduler + "'";
}

bool allowedIn(llvm::ArrayRef<std::string> UnlessIn,
               const ContextDecision &Context) {
  return Context.ViaDecl &&
         llvm::any_of(UnlessIn, [&](const std::string &Name) {
           return QualifiedNamePattern(Name).matches(*Context.ViaDecl);
         });
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
  if (rank(It->second.Where) >= rank(Decision.Where))
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
  if (Decision.Where == RunsOn::Scheduler)
    Decision.Scheduler = executorName(
        Rule.Where == RunsOn::Unknown ? Args.at(Rule.Target) : Args.Object);
  for (int Index : Rule.Callables) {
    if (Index != TemplateArguments) {
      noteHandoff(calledFunction(Args.at(Index)), Decision);
      if (const CallExpr *Launch = launchedCall(Args.at(Index));
          Launch && Decision.Where != RunsOn::Unknown)
        HandedCalls.insert(Launch);
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
  const auto *Ref = Argument
                        ? dyn_cast<DeclRefExpr>(Argument->IgnoreParenImpCasts())
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

bool ExecutionContextModel::isDriver(const NamedDecl &Callee) const {
  return llvm::any_of(Catalogue.drivers(),
                      [&](const QualifiedNamePattern &Driver) {
                        return Driver.matches(Callee);
                      });
}

void ExecutionContextModel::noteDriven(const Expr *E, const CallExpr &Driver,
                                       unsigned Depth) {
  if (!E)
    return;
  const CallExpr *Launch = launchedCall(E);
  if (Launch)
    DrivenCalls.try_emplace(Launch, &Driver);
  // sync_wait(when_all(a(), b())): the combinator's coroutines (the
  // combinator may be a coroutine itself).
  const auto *Combinator =
      Launch ? Launch : dyn_cast<CallExpr>(passedOn(E)->IgnoreImplicit());
  if (Combinator && Depth < 2)
    for (const Expr *Argument : Combinator->arguments())
      noteDriven(Argument, Driver, Depth + 1);
}

void ExecutionContextModel::noteAwait(const CoawaitExpr &Await) {
  const Expr *Operand = Await.getOperand();
  if (!Operand)
    return;
  if (const CallExpr *Launch = launchedCall(Operand)) {
    AwaitedCalls.insert(Launch);
    return;
  }
  // co_await when_all(a(), b()): the coroutines it awaits.
  if (const auto *Combinator =
          dyn_cast<CallExpr>(passedOn(Operand)->IgnoreImplicit()))
    for (const Expr *Argument : Combinator->arguments())
      if (const CallExpr *Launch = launchedCall(Argument))
        AwaitedCalls.insert(Launch);
}

void ExecutionContextModel::noteCall(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee)
    return;
  if (launchedCall(&Call) == &Call &&
      classifyCoroutine(*Callee->getDefinition()) == CoroutineKind::Async)
    CoroutineCalls[canonical(Callee)].push_back(&Call);
  if (isDriver(*Callee))
    for (const Expr *Argument : Call.arguments())
      noteDriven(Argument, Call, /*Depth=*/0);
  // A driver that is a customisation point object (unifex::sync_wait,
  // stdexec::sync_wait): a constant whose operator() is called.
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Call);
      Operator && Operator->getOperator() == OO_Call &&
      Operator->getNumArgs() > 0)
    if (const auto *Object = dyn_cast<DeclRefExpr>(
            Operator->getArg(0)->IgnoreParenImpCasts());
        Object && isDriver(*Object->getDecl()))
      for (unsigned I = 1; I < Operator->getNumArgs(); ++I)
        noteDriven(Operator->getArg(I), Call, /*Depth=*/0);
  if (isa<CXXMemberCallExpr>(Call) && Callee->getIdentifier() &&
      Callee->getName() == "resume")
    SawResume = true;
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
    RuleArguments Args = argumentsOf(*Call);
    const Expr *Target =
        Rule.Where != RunsOn::Unknown ? Args.Object : Args.at(Rule.Target);
    RunsOn Where = Rule.Where != RunsOn::Unknown ? Rule.Where
                                                 : targetRunsOn(Target);
    return ContextDecision{Where,
                           ContextReason::Switch,
                           Call->getExprLoc(),
                           patternName(*Callee),
                           frameworkOfDecl(*Callee),
                           Callee,
                           Where == RunsOn::Scheduler ? executorName(Target)
                                                      : std::string()};
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
  if (!HandedOverTo)
    if (std::optional<ContextDecision> Launched = launchDecision(Callable))
      return *Launched;
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

std::optional<ContextDecision>
ExecutionContextModel::launchDecision(const FunctionDecl &Coroutine) const {
  const FunctionDecl *Key = canonical(&Coroutine);
  auto Calls = CoroutineCalls.find(Key);
  if (Calls == CoroutineCalls.end() || !Deciding.insert(Key).second)
    return std::nullopt;
  auto Done = llvm::make_scope_exit([&] { Deciding.erase(Key); });
  const bool Eager = startsEagerly(Coroutine, Catalogue);
  std::optional<ContextDecision> OffLoop;
  for (const CallExpr *Call : Calls->second) {
    // Placed where they are awaited or handed over, by the rest of the
    // model.
    if (AwaitedCalls.contains(Call) || HandedCalls.contains(Call))
      continue;
    const CallExpr *Site = Call;
    if (auto Driven = DrivenCalls.find(Call); Driven != DrivenCalls.end())
      Site = Driven->second;
    // Without a resume() call in the file, a lazy task is not started by
    // hand here (and the parent map is not built for it).
    if (Site == Call && !Eager && !SawResume)
      return std::nullopt;
    const FunctionDecl *Caller =
        enclosingFunction(*Site, Coroutine.getASTContext());
    if (!Caller)
      return std::nullopt;
    // A lazy task created here and started somewhere this file does not
    // show (returned, stored): today's rule. Unless this function resumes
    // it by hand, on its own thread.
    if (Site == Call && !Eager) {
      const CXXMemberCallExpr *Resume =
          isa<CoroutineBodyStmt>(Caller->getBody())
              ? nullptr
              : resumedHere(*Call, *Caller, Coroutine.getASTContext());
      if (!Resume)
        return std::nullopt;
      Site = Resume;
    }
    ContextDecision Where = decide(*Caller);
    ContextDecision Decision{runsTasks(Where.Where) ? Where.Where
                                                    : RunsOn::Worker,
                             ContextReason::Started,
                             Site->getExprLoc(),
                             displayName(*Caller),
                             Where.Framework,
                             Where.ViaDecl,
                             Where.Scheduler};
    // Started from loop code at least once: loop code.
    if (runsTasks(Decision.Where))
      return Decision;
    if (!OffLoop)
      OffLoop = Decision;
  }
  return OffLoop;
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
