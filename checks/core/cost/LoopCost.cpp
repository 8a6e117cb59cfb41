//===--- LoopCost.cpp - stallcheck ----------------------------------------===//

#include "core/cost/LoopCost.h"
#include "core/base/QualifiedName.h"
#include "core/catalogue/StallCatalogue.h"
#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <limits>

namespace clang::tidy::stall {

namespace {

using Wide = __int128;

/// The value of a constant integer expression, widened so that differences
/// of 64-bit bounds cannot overflow.
std::optional<Wide> constantValue(const Expr *E, const ASTContext &Context) {
  if (!E || E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, Context))
    return std::nullopt;
  const llvm::APSInt &Value = Result.Val.getInt();
  if (Value.getBitWidth() > 64)
    return std::nullopt;
  return Value.isSigned() ? Wide(Value.getSExtValue())
                          : Wide(Value.getZExtValue());
}

const VarDecl *referencedVariable(const Expr *E) {
  if (!E)
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// The induction variable and its start value from a for-init.
std::optional<std::pair<const VarDecl *, Wide>>
inductionStart(const Stmt *Init, const ASTContext &Context) {
  if (const auto *Declaration = dyn_cast_or_null<DeclStmt>(Init)) {
    if (!Declaration->isSingleDecl())
      return std::nullopt;
    const auto *Variable = dyn_cast<VarDecl>(Declaration->getSingleDecl());
    if (!Variable || !Variable->getInit())
      return std::nullopt;
    if (std::optional<Wide> Start = constantValue(Variable->getInit(), Context))
      return std::make_pair(Variable, *Start);
    return std::nullopt;
  }
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(Init))
    if (Assign->getOpcode() == BO_Assign)
      if (const VarDecl *Variable = referencedVariable(Assign->getLHS()))
        if (std::optional<Wide> Start =
                constantValue(Assign->getRHS(), Context))
          return std::make_pair(Variable, *Start);
  return std::nullopt;
}

/// The signed step of the for-increment on \p Variable.
std::optional<Wide> inductionStep(const Expr *Inc, const VarDecl *Variable,
                                  const ASTContext &Context) {
  if (!Inc)
    return std::nullopt;
  Inc = Inc->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(Inc)) {
    if (referencedVariable(Unary->getSubExpr()) != Variable)
      return std::nullopt;
    if (Unary->isIncrementOp())
      return Wide(1);
    if (Unary->isDecrementOp())
      return Wide(-1);
    return std::nullopt;
  }
  if (const auto *Compound = dyn_cast<CompoundAssignOperator>(Inc)) {
    if (referencedVariable(Compound->getLHS()) != Variable)
      return std::nullopt;
    std::optional<Wide> Step = constantValue(Compound->getRHS(), Context);
    if (!Step)
      return std::nullopt;
    if (Compound->getOpcode() == BO_AddAssign)
      return Step;
    if (Compound->getOpcode() == BO_SubAssign)
      return -*Step;
  }
  return std::nullopt;
}

/// Whether \p Body assigns \p Variable (then the header does not tell).
bool assigns(const Stmt &Body, const VarDecl *Variable) {
  bool Found = false;
  forEachOwnStatement(&Body, [&](const Stmt &S) {
    if (const auto *Unary = dyn_cast<UnaryOperator>(&S))
      Found |= Unary->isIncrementDecrementOp() &&
               referencedVariable(Unary->getSubExpr()) == Variable;
    else if (const auto *Binary = dyn_cast<BinaryOperator>(&S))
      Found |= Binary->isAssignmentOp() &&
               referencedVariable(Binary->getLHS()) == Variable;
  });
  return Found;
}

std::uint64_t clampCount(Wide Count) {
  if (Count <= 0)
    return 0;
  if (Count >= Wide(SaturatedCount))
    return SaturatedCount;
  return static_cast<std::uint64_t>(Count);
}

std::optional<TripCount> forTripCount(const ForStmt &For,
                                      const ASTContext &Context) {
  auto Start = inductionStart(For.getInit(), Context);
  const Expr *Cond = For.getCond();
  const auto *Condition =
      Cond ? dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts()) : nullptr;
  if (!Start || !Condition || !For.getBody())
    return std::nullopt;
  const auto [Variable, From] = *Start;
  std::optional<Wide> Step = inductionStep(For.getInc(), Variable, Context);
  if (!Step || *Step == 0 || assigns(*For.getBody(), Variable))
    return std::nullopt;

  // Normalise to "Variable <op> Bound".
  BinaryOperatorKind Op = Condition->getOpcode();
  const Expr *Bound = Condition->getRHS();
  if (referencedVariable(Condition->getLHS()) != Variable) {
    if (referencedVariable(Condition->getRHS()) != Variable)
      return std::nullopt;
    Bound = Condition->getLHS();
    Op = BinaryOperator::reverseComparisonOp(Op);
  }
  std::optional<Wide> To = constantValue(Bound, Context);
  if (!To)
    return std::nullopt;

  Wide Count = 0;
  if (*Step > 0) {
    if (Op == BO_LT || Op == BO_NE)
      Count = *To > From ? (*To - From + *Step - 1) / *Step : 0;
    else if (Op == BO_LE)
      Count = *To >= From ? (*To - From) / *Step + 1 : 0;
    else
      return std::nullopt;
  } else {
    Wide Down = -*Step;
    if (Op == BO_GT || Op == BO_NE)
      Count = From > *To ? (From - *To + Down - 1) / Down : 0;
    else if (Op == BO_GE)
      Count = From >= *To ? (From - *To) / Down + 1 : 0;
    else
      return std::nullopt;
  }
  return TripCount{clampCount(Count), Bound};
}

std::optional<TripCount> rangeTripCount(const CXXForRangeStmt &For) {
  const Expr *Range = For.getRangeInit();
  if (!Range)
    return std::nullopt;
  if (std::optional<std::uint64_t> Extent = arrayExtent(Range->getType()))
    return TripCount{*Extent, Range};
  return std::nullopt;
}

} // namespace

std::optional<TripCount> estimateTripCount(const Stmt &Loop,
                                           const ASTContext &Context) {
  if (const auto *For = dyn_cast<ForStmt>(&Loop))
    return forTripCount(*For, Context);
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(&Loop))
    return rangeTripCount(*Range);
  return std::nullopt;
}

std::uint64_t LoopCostEstimate::operationsPerIteration() const {
  return std::max<std::uint64_t>(1, Operations /
                                        std::max<std::uint64_t>(1, Iterations));
}

std::string LoopCostEstimate::describeWork(unsigned Most) const {
  return describeHeaviest(Work, Most);
}

/// The work of one run of a body.
struct LoopCostModel::BodyCost {
  std::uint64_t Operations = 0;
  llvm::SmallVector<WorkItem, 4> Work;
  llvm::SmallVector<CalleeCost, 2> Callees;
  llvm::SmallVector<DeferredCallee, 1> Deferred;
  /// The heaviest nested loop of known count.
  std::optional<LoopCostEstimate> Heaviest;

  void add(llvm::StringRef What, std::uint64_t Cost) {
    Operations = saturatingAdd(Operations, Cost);
    note(What, Cost);
  }
  /// Records what some of the operations are, without adding them.
  void note(llvm::StringRef What, std::uint64_t Cost) {
    if (Cost == 0)
      return;
    auto *Same = llvm::find_if(
        Work, [&](const WorkItem &Item) { return Item.What == What; });
    if (Same == Work.end())
      Work.push_back({What.str(), Cost});
    else
      Same->Operations = saturatingAdd(Same->Operations, Cost);
  }
};

LoopCostModel::LoopCostModel(const ASTContext &Context,
                             const StallCatalogue &Catalogue,
                             unsigned MaxCallDepth)
    : Context(Context), Catalogue(Catalogue), MaxCallDepth(MaxCallDepth) {}

std::optional<LoopCostEstimate> LoopCostModel::estimate(const Stmt &Loop) {
  return estimate(Loop, /*Depth=*/0);
}

std::uint64_t LoopCostModel::callCost(const FunctionDecl &Callee) {
  return callCost(Callee, /*Depth=*/0);
}

std::optional<LoopCostEstimate> LoopCostModel::estimate(const Stmt &Loop,
                                                        unsigned Depth) {
  std::optional<TripCount> Trips = estimateTripCount(Loop, Context);
  const Stmt *Body = loopBody(Loop);
  if (!Trips || !Body)
    return std::nullopt;
  BodyCost Cost = bodyCost(*Body, Depth, WalkPaths::All);
  LoopCostEstimate Estimate;
  Estimate.Levels.push_back({&Loop, *Trips});
  Estimate.Iterations = Trips->Count;
  // A body that does nothing notable costs one operation an iteration.
  Estimate.Operations = saturatingMultiply(
      Trips->Count, std::max<std::uint64_t>(1, Cost.Operations));
  if (Cost.Heaviest) {
    Estimate.Levels.append(Cost.Heaviest->Levels.begin(),
                           Cost.Heaviest->Levels.end());
    Estimate.Iterations =
        saturatingMultiply(Trips->Count, Cost.Heaviest->Iterations);
  }
  for (WorkItem &Item : Cost.Work)
    Estimate.Work.push_back(
        {std::move(Item.What),
         saturatingMultiply(Trips->Count, Item.Operations)});
  sortHeaviestFirst(Estimate.Work);
  Estimate.Callees = std::move(Cost.Callees);
  sortHeaviestFirst(Estimate.Callees);
  for (DeferredCallee &Callee : Cost.Deferred)
    Estimate.Deferred.push_back(
        {Callee.Call, Callee.Callee, saturatingMultiply(Trips->Count, Callee.Runs)});
  return Estimate;
}

LoopCostModel::BodyCost
LoopCostModel::bodyCost(const Stmt &Body, unsigned Depth, WalkPaths Paths) {
  BodyCost Cost;
  const SourceManager &Sources = Context.getSourceManager();
  walkOwnStatements(
      &Body,
      [&](const Stmt &S) {
        if (isLoop(S)) {
          // A nested loop of known count is costed on its own; one of
          // unknown count as UnknownLoopTrips runs of its body.
          if (std::optional<LoopCostEstimate> Inner = estimate(S, Depth)) {
            Cost.Operations = saturatingAdd(Cost.Operations, Inner->Operations);
            for (const WorkItem &Item : Inner->Work)
              Cost.note(Item.What, Item.Operations);
            Cost.Callees.append(Inner->Callees.begin(), Inner->Callees.end());
            Cost.Deferred.append(Inner->Deferred.begin(),
                                 Inner->Deferred.end());
            if (!Cost.Heaviest || Inner->Operations > Cost.Heaviest->Operations)
              Cost.Heaviest = std::move(Inner);
          } else if (const Stmt *InnerBody = loopBody(S)) {
            BodyCost Inner = bodyCost(*InnerBody, Depth, Paths);
            Cost.add("an inner loop of unknown length",
                     saturatingMultiply(
                         UnknownLoopTrips,
                         std::max<std::uint64_t>(1, Inner.Operations)));
            for (const DeferredCallee &Callee : Inner.Deferred)
              Cost.Deferred.push_back(
                  {Callee.Call, Callee.Callee,
                   saturatingMultiply(UnknownLoopTrips, Callee.Runs)});
          }
          return false;
        }
        if (isa<CXXNewExpr>(S)) {
          Cost.add("allocation", AllocationOperations);
          return true;
        }
        // A function-local static is initialised once, by the first call.
        if (const auto *Declarations = dyn_cast<DeclStmt>(&S))
          return !llvm::all_of(Declarations->decls(), [](const Decl *D) {
            const auto *Variable = dyn_cast<VarDecl>(D);
            return Variable && Variable->isStaticLocal();
          });
        const WorkCost *Work = nullptr;
        llvm::SmallVector<const Expr *, 4> Args;
        if (const auto *Call = dyn_cast<CallExpr>(&S)) {
          Work = Catalogue.findWork(*Call);
          Args.append(Call->arg_begin(), Call->arg_end());
        } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S)) {
          Work = Catalogue.findWork(*Construct);
          Args.append(Construct->arg_begin(), Construct->arg_end());
        } else {
          return true;
        }
        if (Work) {
          Cost.add(Work->what(), Work->operationsFor(Args, Context));
          return true;
        }
        const FunctionDecl *Callee = followedCallee(S, Sources, Catalogue);
        if (!Callee || Depth >= MaxCallDepth ||
            !startsEagerly(*Callee, Catalogue))
          return true;
        const auto *Call = dyn_cast<CallExpr>(&S);
        std::uint64_t Operations = 0;
        const FunctionDecl *Definition = Callee->getDefinition();
        if ((!Definition || !Definition->hasBody()) && External) {
          // Defined in another file: its summary's cost, or the link
          // step's (only for calls the loop makes itself).
          ExternalCost Known = External(*Callee);
          if (Known.Operations)
            Operations = *Known.Operations;
          else if (Known.Deferred && Depth == 0 && Call)
            Cost.Deferred.push_back({Call, Callee, 1});
        } else {
          Operations = callCost(*Callee, Depth + 1);
        }
        if (Operations == 0)
          return true;
        Cost.add(("a call to '" + displayName(*Callee) + "'"), Operations);
        if (Call)
          Cost.Callees.push_back({Call, Operations});
        return true;
      },
      Paths);
  return Cost;
}

std::uint64_t LoopCostModel::callCost(const FunctionDecl &Callee,
                                      unsigned Depth) {
  const FunctionDecl *Definition = Callee.getDefinition();
  if (!Definition || !Definition->hasBody())
    return 0;
  auto [It, Inserted] = CallCosts.try_emplace(Definition, 0);
  if (!Inserted)
    return It->second; // Memoised, or recursion: counted once.
  // A helper's rarely taken branches do not count, as for call chains.
  std::uint64_t Operations =
      bodyCost(*Definition->getBody(), Depth, WalkPaths::Likely).Operations;
  CallCosts[Definition] = Operations;
  return Operations;
}

namespace {

/// Whether \p E reads an atomic object (load(), test(), or the implicit
/// conversion of std::atomic<T> to T).
const Expr *atomicRead(const Expr *E) {
  static const QualifiedNamePattern Atomics[] = {
      QualifiedNamePattern("std::atomic"),
      QualifiedNamePattern("std::__atomic_base"),
      QualifiedNamePattern("std::atomic_flag"),
      QualifiedNamePattern("std::__atomic_flag_base"),
      QualifiedNamePattern("std::atomic_ref")};
  const Expr *Found = nullptr;
  forEachOwnStatement(E, [&](const Stmt &S) {
    const auto *Call = dyn_cast<CXXMemberCallExpr>(&S);
    const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
    if (Found || !Method)
      return;
    bool Reads = isa<CXXConversionDecl>(Method) ||
                 (Method->getIdentifier() &&
                  (Method->getName() == "load" || Method->getName() == "test"));
    if (Reads && recordIsOrDerivesFrom(*Method->getParent(), Atomics))
      Found = Call;
  });
  return Found;
}

/// Whether \p S leaves the loop (break or return), not entering nested
/// loops, whose breaks are their own.
bool exitsLoop(const Stmt &S) {
  if (isa<BreakStmt, ReturnStmt, CoreturnStmt>(S))
    return true;
  if (isLoop(S) || isa<SwitchStmt, LambdaExpr>(S))
    return false;
  return llvm::any_of(S.children(), [](const Stmt *Child) {
    return Child && exitsLoop(*Child);
  });
}

} // namespace

const Expr *spinCondition(const Stmt &Loop) {
  const Expr *Condition = nullptr;
  if (const auto *While = dyn_cast<WhileStmt>(&Loop))
    Condition = While->getCond();
  else if (const auto *Do = dyn_cast<DoStmt>(&Loop))
    Condition = Do->getCond();
  else if (const auto *For = dyn_cast<ForStmt>(&Loop))
    Condition = For->getCond();
  else
    return nullptr;
  if (Condition)
    if (const Expr *Read = atomicRead(Condition))
      return Read;
  // for (;;) / while (true): an exit guarded by an atomic read.
  bool Forever = !Condition;
  if (Condition)
    if (const auto *Literal =
            dyn_cast<CXXBoolLiteralExpr>(Condition->IgnoreParenImpCasts()))
      Forever = Literal->getValue();
  if (!Forever)
    return nullptr;
  const Expr *Guard = nullptr;
  forEachOwnStatement(loopBody(Loop), [&](const Stmt &S) {
    const auto *If = dyn_cast<IfStmt>(&S);
    if (Guard || !If || !If->getCond())
      return;
    if (exitsLoop(*If->getThen()) ||
        (If->getElse() && exitsLoop(*If->getElse())))
      Guard = atomicRead(If->getCond());
  });
  return Guard;
}

} // namespace clang::tidy::stall
