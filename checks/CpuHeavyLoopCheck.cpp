//===--- CpuHeavyLoopCheck.cpp - stallcheck -------------------------------===//

#include "CpuHeavyLoopCheck.h"
#include "core/chains/CallChains.h"
#include "core/chains/ChainMessages.h"
#include "core/check/AwaitFixes.h"
#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {

namespace {

/// What a loop finding highlights: the loop's header (`for (...)`,
/// `while (...)`, `do`), not its whole body.
SourceRange loopHeader(const Stmt &Loop) {
  if (const auto *For = dyn_cast<ForStmt>(&Loop))
    return {For->getForLoc(), For->getRParenLoc()};
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(&Loop))
    return {Range->getForLoc(), Range->getRParenLoc()};
  if (const auto *While = dyn_cast<WhileStmt>(&Loop))
    return {While->getWhileLoc(), While->getRParenLoc()};
  if (const auto *Do = dyn_cast<DoStmt>(&Loop))
    return {Do->getDoLoc(), Do->getDoLoc()};
  return {Loop.getBeginLoc(), Loop.getBeginLoc()};
}

constexpr llvm::StringLiteral ThresholdKey = "Threshold";
constexpr std::uint64_t DefaultThreshold = 1000000;
constexpr llvm::StringLiteral ReportSpinsKey = "ReportSpins";

std::string sourceText(const Expr &E, const ASTContext &Context) {
  const SourceManager &Sources = Context.getSourceManager();
  CharSourceRange Range = CharSourceRange::getTokenRange(
      Sources.getFileLoc(E.getBeginLoc()), Sources.getFileLoc(E.getEndLoc()));
  return Lexer::getSourceText(Range, Sources, Context.getLangOpts()).str();
}

} // namespace

CpuHeavyLoopCheck::CpuHeavyLoopCheck(llvm::StringRef Name,
                                     ClangTidyContext *Context)
    : EventLoopCheckBase(Name, Context),
      Threshold(Options.get(ThresholdKey, DefaultThreshold)),
      ReportSpins(Options.get(ReportSpinsKey, true)) {}

void CpuHeavyLoopCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  EventLoopCheckBase::storeOptions(Opts);
  Options.store(Opts, ThresholdKey, Threshold);
  Options.store(Opts, ReportSpinsKey, ReportSpins);
}

void CpuHeavyLoopCheck::checkEventLoopCode(const FunctionDecl &Callable,
                                           const EventLoopRegion &Region) {
  const ContextDecision &Context = Region.Context;
  // CPU work on a coroutine scheduler's thread is what its threads are
  // for; only blocking calls there hold up the other tasks.
  if (Context.Where == RunsOn::Scheduler)
    return;
  // A loop's own callees are costed even with chains turned off.
  LoopCostModel Costs(Callable.getASTContext(), catalogue(),
                      std::max(1u, maxCallDepth()));
  // A call to a function of another file costs what its summary says; in
  // project mode the link step adds it.
  if (maxCallDepth() > 0)
    Costs.setExternalCosts([&](const FunctionDecl &Callee) {
      return chains().externalCost(Callee, defersChains());
    });
  // A loop that is reported is not entered again; one that is not may
  // hold heavy loops or heavy calls of its own (`while (true) { co_await
  // read(); parse(); }`).
  walkEventLoopCode(Region, [&](const Stmt &S) {
    if (isLoop(S))
      return !checkLoop(S, Callable, Context, Costs);
    if (isa<CallExpr, CXXConstructExpr>(S) && chains().followedCallee(S))
      checkHelperCall(cast<Expr>(S), Callable, Context);
    return true;
  });
}

ChainGoal CpuHeavyLoopCheck::chainGoal() const {
  ChainGoal Goal;
  Goal.What = ChainGoal::HeavyLoop;
  Goal.Threshold = Threshold;
  return Goal;
}

void CpuHeavyLoopCheck::onStartOfTranslationUnit() {
  EventLoopCheckBase::onStartOfTranslationUnit();
  ReportedLocations.clear();
}

void CpuHeavyLoopCheck::checkHelperCall(const Expr &Call,
                                        const FunctionDecl &Callable,
                                        const ContextDecision &Context) {
  // A helper that blocks is stall-blocking-call's finding.
  if (isa<CallExpr>(Call) && catalogue().findCall(cast<CallExpr>(Call)))
    return;
  const FunctionDecl *Callee = chains().followedCallee(Call);
  SourceLocation Loc = callLocation(Call);
  ChainSearch Search = chains().search(*Callee);
  // A chain that reaches into other files: the link step settles it.
  if (Search.Incomplete && defersChains()) {
    if (ReportedLocations.insert(Loc.getRawEncoding()).second)
      deferChain(Call, *Callee, Callable, Context,
                 adviceMessage(Callable, Context));
    return;
  }
  if (Search.Incomplete)
    noteUnfollowedCall(Loc, *Callee);
  std::optional<CallChain> &Chain = Search.Chain;
  if (!Chain)
    return;
  // A library's code calling the user's callable: shown in the user's code.
  std::optional<UserStep> Step = userStep(Loc, *Callee, *Chain);
  if (!ReportedLocations.insert((Step ? Step->Loc : Loc).getRawEncoding())
           .second)
    return;
  if (Step) {
    const StallSite Site{/*IsConstruction=*/false, /*Constructed=*/"",
                         formOf(*Step->Function), displayName(*Step->Function)};
    if (Step->atEnd(*Chain)) {
      emit(Step->Loc, loopEndWarning(Site, *Chain->Loop));
    } else {
      emit(Step->Loc, loopChainWarning(Site, Step->Rest));
      explainChain(Step->Rest);
      emit(chains().locate(Chain->Loop->Where), loopEndNote(Step->Rest),
           DiagnosticIDs::Note);
    }
    explainLibraryFrames(Loc, Callable, Context, *Chain, *Step);
    advise(Step->Loc, *Step->Function, Context, /*Work=*/nullptr);
    return;
  }
  emit(Loc, loopChainWarning(siteOf(Call, Callable), *Chain))
      << Call.getSourceRange();
  explainMacro(callExpressionLocation(Call));
  explainChain(*Chain);
  emit(chains().locate(Chain->Loop->Where), loopEndNote(*Chain),
       DiagnosticIDs::Note);
  explainContext(Callable, Context);
  advise(Loc, Callable, Context, &Call);
}

bool CpuHeavyLoopCheck::callsBlockingApi(const Stmt &Body) const {
  bool Found = false;
  forEachOwnStatement(&Body, [&](const Stmt &S) {
    if (const auto *Call = dyn_cast<CallExpr>(&S))
      Found |= catalogue().findCall(*Call) != nullptr;
  });
  return Found;
}

bool CpuHeavyLoopCheck::checkLoop(const Stmt &Loop,
                                  const FunctionDecl &Callable,
                                  const ContextDecision &Context,
                                  LoopCostModel &Costs) {
  const Stmt *Body = loopBody(Loop);
  if (!Body)
    return false;
  // A loop that suspends gives the loop back; one that blocks is
  // stall-blocking-call's finding. Either way, loops inside it may still
  // run long on their own.
  bool Reported = false;
  if (!suspends(*Body) && !callsBlockingApi(*Body)) {
    if (std::optional<LoopCostEstimate> Estimate = Costs.estimate(Loop)) {
      if (Estimate->Operations >= Threshold) {
        reportHeavy(Loop, *Estimate, Callable, Context);
        Reported = true;
      } else if (!Estimate->Deferred.empty() &&
                 ReportedLocations.insert(Loop.getBeginLoc().getRawEncoding())
                     .second) {
        deferHeavy(Loop, *Estimate, Callable, Context);
      }
    } else if (ReportSpins) {
      if (const Expr *Read = spinCondition(Loop)) {
        reportSpin(Loop, *Read, Callable, Context);
        Reported = true;
      }
    }
  }
  return Reported;
}

void CpuHeavyLoopCheck::reportHeavy(const Stmt &Loop,
                                    const LoopCostEstimate &Estimate,
                                    const FunctionDecl &Callable,
                                    const ContextDecision &Context) {
  emit(Loop.getBeginLoc(),
       heavyLoopWarning({/*IsConstruction=*/false, /*Constructed=*/"",
                         formOf(Callable), displayName(Callable)},
                        Estimate.Iterations,
                        Estimate.operationsPerIteration(),
                        Estimate.describeWork()))
      << loopHeader(Loop);
  for (const auto &[Where, Note] :
       costNotes(Loop, Estimate, Callable.getASTContext()))
    emit(Where, Note, DiagnosticIDs::Note);
  explainContext(Callable, Context);
  advise(Loop.getBeginLoc(), Callable, Context, &Loop);
  if (std::optional<std::pair<SourceLocation, Message>> Chunk =
          chunkNote(Loop, Callable, Context))
    emit(Chunk->first, Chunk->second, DiagnosticIDs::Note);
}

llvm::SmallVector<std::pair<SourceLocation, Message>, 4>
CpuHeavyLoopCheck::costNotes(const Stmt &Loop, const LoopCostEstimate &Estimate,
                             const ASTContext &AST) {
  llvm::SmallVector<std::pair<SourceLocation, Message>, 4> Notes;
  for (const LoopLevel &Level : Estimate.Levels)
    Notes.emplace_back(Level.Trips.Bound->getBeginLoc(),
                       loopBoundNote(Level.Loop != &Loop, Level.Trips.Count,
                                     sourceText(*Level.Trips.Bound, AST)));
  for (const CalleeCost &Callee : Estimate.Callees)
    Notes.emplace_back(
        Callee.Call->getBeginLoc(),
        calleeCostNote(displayName(*Callee.Call->getDirectCallee()),
                       Callee.Operations));
  return Notes;
}

std::optional<std::pair<SourceLocation, Message>>
CpuHeavyLoopCheck::chunkNote(const Stmt &Loop, const FunctionDecl &Callable,
                             const ContextDecision &Context) const {
  // Only where the code can await (a handler chunks by re-posting, which
  // the advice says).
  llvm::StringRef Asio =
      asioNamespacePrefix(adviceFramework(Callable, Context));
  const Stmt *Body = loopBody(Loop);
  if (Asio.empty() || !Body ||
      classifyCoroutine(Callable) != CoroutineKind::Async)
    return std::nullopt;
  SourceLocation Where = Body->getBeginLoc();
  if (const auto *Block = dyn_cast<CompoundStmt>(Body); Block && !Block->body_empty())
    Where = Block->body_front()->getBeginLoc();
  // The loop's own counter, when it has one: for (int i = ...; ...).
  std::string Counter;
  if (const auto *For = dyn_cast<ForStmt>(&Loop))
    if (const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit());
        Init && Init->isSingleDecl())
      if (const auto *Var = dyn_cast<VarDecl>(Init->getSingleDecl());
          Var && Var->getType()->isIntegerType() && Var->getIdentifier())
        Counter = Var->getName().str();
  Message M;
  if (!Counter.empty()) {
    M.Format = "or, to give the loop its turn, add 'if (%0 %% 4096 == 4095) "
               "co_await %1post(co_await %1this_coro::executor, "
               "%1use_awaitable);' as the first statement of the body, here";
    M << llvm::StringRef(Counter) << Asio;
  } else {
    M.Format = "or, to give the loop its turn, add 'std::size_t turns = 0;' "
               "before the loop and 'if (++turns %% 4096 == 0) co_await "
               "%0post(co_await %0this_coro::executor, %0use_awaitable);' as "
               "the first statement of the body, here";
    M << Asio;
  }
  return std::make_pair(sources().getFileLoc(Where), M);
}

void CpuHeavyLoopCheck::deferHeavy(const Stmt &Loop,
                                   const LoopCostEstimate &Estimate,
                                   const FunctionDecl &Callable,
                                   const ContextDecision &Context) {
  const ASTContext &AST = Callable.getASTContext();
  const SourceManager &Sources = AST.getSourceManager();
  PendingLoop Pending;
  Pending.Iterations = Estimate.Iterations;
  Pending.Operations = Estimate.Operations;
  Pending.End = positionOf(Sources.getFileLoc(Loop.getEndLoc()), Sources);
  for (const WorkItem &Item : Estimate.Work)
    Pending.Work.push_back({Item.What, Item.Operations});
  for (const auto &[Where, Note] : costNotes(Loop, Estimate, AST))
    Pending.Bounds.push_back(
        {positionOf(Sources.getFileLoc(Where), Sources), formatMessage(Note)});
  for (const DeferredCallee &Callee : Estimate.Deferred)
    Pending.Callees.push_back(
        {usrOf(*Callee.Callee), displayName(*Callee.Callee), Callee.Runs,
         positionOf(Sources.getFileLoc(Callee.Call->getBeginLoc()), Sources)});
  if (std::optional<std::pair<SourceLocation, Message>> Chunk =
          chunkNote(Loop, Callable, Context))
    Pending.Chunk = PlacedMessage{positionOf(Chunk->first, Sources),
                                  formatMessage(Chunk->second)};
  deferLoop(std::move(Pending), Loop.getBeginLoc(), loopHeader(Loop),
            *Estimate.Deferred.front().Callee, Callable, Context,
            adviceMessage(Callable, Context));
}

void CpuHeavyLoopCheck::reportSpin(const Stmt &Loop, const Expr &Read,
                                   const FunctionDecl &Callable,
                                   const ContextDecision &Context) {
  diag(Loop.getBeginLoc(),
       "loop spins until another thread changes an atomic, without "
       "suspending, stalling the event loop in %select{coroutine '%1'|a "
       "coroutine lambda|a lambda|function '%1'}0")
      << formOf(Callable) << displayName(Callable) << loopHeader(Loop);
  diag(Read.getBeginLoc(), "the loop ends only when '%0' changes",
       DiagnosticIDs::Note)
      << sourceText(Read, Callable.getASTContext());
  explainContext(Callable, Context);
  llvm::StringRef Asio =
      asioNamespacePrefix(adviceFramework(Callable, Context));
  if (Asio.empty())
    diag(Loop.getBeginLoc(),
         "wait for a notification the event loop delivers (a timer, a "
         "channel, a posted callback) instead of polling",
         DiagnosticIDs::Note);
  else
    diag(Loop.getBeginLoc(),
         "have the other thread notify the loop instead of polling: "
         "'%0post(io_context, handler)', or a '%0steady_timer' it cancels",
         DiagnosticIDs::Note)
        << Asio;
}

Message CpuHeavyLoopCheck::adviceMessage(const FunctionDecl &Callable,
                                         const ContextDecision &Context) {
  const bool CanAwait = classifyCoroutine(Callable) == CoroutineKind::Async;
  llvm::StringRef Asio =
      asioNamespacePrefix(adviceFramework(Callable, Context));
  Message M;
  if (Asio.empty()) {
    M.Format = CanAwait
                   ? "offload the loop to a worker thread, or co_await your "
                     "framework's yield every few thousand iterations"
                   : "offload the loop to a worker thread, or split it into "
                     "chunks that the event loop runs one at a time";
  } else if (CanAwait) {
    M.Format = "offload it with 'co_await %0co_spawn(pool, work, "
               "%0use_awaitable)' on a '%0thread_pool', or yield every few "
               "thousand iterations with 'co_await %0post(executor, "
               "%0use_awaitable)'";
    M << Asio;
  } else {
    M.Format = "offload it with '%0post(pool, work)' on a '%0thread_pool', or "
               "split it into chunks that re-post the rest with '%0post'";
    M << Asio;
  }
  return M;
}

void CpuHeavyLoopCheck::advise(SourceLocation Loc, const FunctionDecl &Callable,
                               const ContextDecision &Context,
                               const Stmt *Work) {
  DiagnosticBuilder Note =
      emit(Loc, adviceMessage(Callable, Context), DiagnosticIDs::Note);
  // The offload to a pool the code can reach, as an edit the editor offers
  // (--fix leaves notes' edits alone).
  if (Work && classifyCoroutine(Callable) == CoroutineKind::Async)
    if (std::optional<FixItHint> Offload = offloadRewrite(
            *Work, Callable,
            reachablePool(Callable, catalogue(), Loc).Argument))
      Note << *Offload;
}

} // namespace clang::tidy::stall
