//===--- BlockingCallCheck.cpp - stallcheck -------------------------------===//

#include "BlockingCallCheck.h"
#include "core/chains/CallChains.h"
#include "core/chains/ZeroGuards.h"
#include "core/check/AwaitFixes.h"
#include "core/check/ConfigPaths.h"
#include "core/check/RelatedUses.h"
#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
#include "core/context/Exemptions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::stall {

namespace {

constexpr llvm::StringLiteral DisabledCategoriesKey = "DisabledCategories";
constexpr llvm::StringLiteral DefaultDisabledCategories = "lock";
constexpr llvm::StringLiteral GroupRelatedCallsKey = "GroupRelatedCalls";

/// Whether \p Use is a call whose receiver, through any implicit nodes, is
/// one of \p Findings.
bool receiverIsFinding(const Expr &Use,
                       const llvm::DenseSet<const Expr *> &Findings) {
  const auto *Call = dyn_cast<CallExpr>(&Use);
  const Expr *Receiver = Call ? callReceiver(*Call) : nullptr;
  if (!Receiver)
    return false;
  Receiver = Receiver->IgnoreImplicit()->IgnoreParens();
  // A temporary stream is constructed as a functional cast.
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Receiver))
    Receiver = Cast->getSubExpr()->IgnoreImplicit();
  return Findings.contains(Receiver);
}

} // namespace

BlockingCallCheck::BlockingCallCheck(llvm::StringRef Name,
                                     ClangTidyContext *Context)
    : EventLoopCheckBase(Name, Context),
      DisabledCategoriesOption(
          Options.get(DisabledCategoriesKey, DefaultDisabledCategories).str()),
      GroupRelatedCalls(Options.get(GroupRelatedCallsKey, true)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  for (const std::string &Category : splitOptionList(DisabledCategoriesOption))
    DisabledCategories.insert(Category);
}

void BlockingCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  EventLoopCheckBase::storeOptions(Opts);
  Options.store(Opts, DisabledCategoriesKey, DisabledCategoriesOption);
  Options.store(Opts, GroupRelatedCallsKey, GroupRelatedCalls);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void BlockingCallCheck::registerPPCallbacks(const SourceManager &SM,
                                            Preprocessor *PP,
                                            Preprocessor *ModuleExpanderPP) {
  EventLoopCheckBase::registerPPCallbacks(SM, PP, ModuleExpanderPP);
  Inserter.registerPreprocessor(PP);
}

void BlockingCallCheck::onCatalogueLoaded() {
  for (const auto &Category : DisabledCategories)
    if (!catalogue().findCategory(Category.getKey()))
      configurationDiag("unknown category '%0' in option '%1'")
          << Category.getKey() << DisabledCategoriesKey;
}

void BlockingCallCheck::onAnnotatedDeclaration(
    const FunctionDecl &Declaration) {
  for (const auto *Attribute : Declaration.specific_attrs<AnnotateAttr>()) {
    std::optional<BlockingMark> Mark = asBlockingMark(*Attribute, Declaration);
    if (!Mark || Attribute->isInherited())
      continue;
    if (Mark->Category.empty()) {
      diag(Attribute->getLocation(),
           "STALLCHECK_BLOCKING takes one category name, a string literal; "
           "the mark on '%0' is ignored")
          << Declaration.getQualifiedNameAsString();
    } else if (!catalogue().findCategory(Mark->Category)) {
      diag(Attribute->getLocation(),
           "unknown category '%0' in STALLCHECK_BLOCKING; the mark on '%1' is "
           "ignored (known categories: %2)")
          << Mark->Category << Declaration.getQualifiedNameAsString()
          << joinCategoryNames(catalogue().categories());
    }
  }
}

ChainGoal BlockingCallCheck::chainGoal() const {
  ChainGoal Goal;
  Goal.What = ChainGoal::BlockingCall;
  for (const auto &Category : DisabledCategories)
    Goal.DisabledCategories.insert(Category.getKey());
  return Goal;
}

void BlockingCallCheck::onStartOfTranslationUnit() {
  EventLoopCheckBase::onStartOfTranslationUnit();
  ReportedLocations.clear();
  Stored.reset();
}

void BlockingCallCheck::checkEventLoopCode(const FunctionDecl &Callable,
                                           const EventLoopRegion &Region) {
  const ContextDecision &Context = Region.Context;
  llvm::SmallVector<BlockingUse, 8> Uses;
  llvm::DenseSet<const Expr *> UseExprs;
  llvm::SmallVector<const Expr *, 8> HelperCalls;
  llvm::SmallVector<const CallExpr *, 2> StoredCalls;
  std::optional<BlockingExemptions> Exemptions;
  RelatedUses Related(sources());
  walkEventLoopCode(Region, [&](const Stmt &S) {
    Related.noteStatement(S);
    std::optional<BlockingUse> Use = findBlockingUse(S);
    if (!Use) {
      if (chains().followedCallee(S))
        HelperCalls.push_back(cast<Expr>(&S));
      if (const auto *Call = dyn_cast<CallExpr>(&S)) {
        if (StoredCallables::invokedObject(*Call))
          StoredCalls.push_back(Call);
        noteUnknownCall(*Call);
      }
      return true;
    }
    if (DisabledCategories.contains(Use->Api->category()) ||
        allowedIn(Use->Api->unlessIn(), Context))
      return true;
    // Code that shows the call will not wait: a descriptor this function
    // made non-blocking, a result it found ready.
    if (Use->Api->mayBeExempt() && !Use->IsConstruction) {
      if (!Exemptions)
        Exemptions.emplace(Callable, Callable.getASTContext(), catalogue());
      if (Exemptions->exempts(*cast<CallExpr>(Use->Expression), *Use->Api))
        return true;
    }
    UseExprs.insert(Use->Expression);
    Uses.push_back(std::move(*Use));
    return true;
  });
  for (const Expr *Call : HelperCalls)
    checkHelperCall(*Call, Callable, Context);
  for (const CallExpr *Call : StoredCalls) {
    if (!Stored)
      Stored = std::make_unique<StoredCallables>(Callable.getASTContext());
    const ValueDecl *Object = StoredCallables::invokedObject(*Call);
    for (const LambdaExpr *Lambda : Stored->lambdasIn(*Object))
      checkStoredCall(*Call, *Object, *Lambda, Callable, Context);
  }
  // `std::ofstream(path) << a << b` is one stall, not three: a call on the
  // result of another finding is part of it.
  llvm::erase_if(Uses, [&](const BlockingUse &Use) {
    return receiverIsFinding(*Use.Expression, UseExprs);
  });
  llvm::SmallVector<const Expr *, 8> Expressions;
  llvm::SmallVector<llvm::StringRef, 8> Categories;
  for (BlockingUse &Use : Uses) {
    Use.Loc = sources().getFileLoc(Use.Loc);
    Expressions.push_back(Use.Expression);
    Categories.push_back(Use.Api->category());
  }
  std::vector<RelatedUses::Relation> Relations =
      Related.relate(Expressions, Categories);
  for (size_t I = 0; I < Uses.size(); ++I) {
    if (GroupRelatedCalls && Relations[I].Leader != I)
      continue;
    llvm::SmallVector<const BlockingUse *, 4> Others;
    for (size_t J = 0; GroupRelatedCalls && J < Uses.size(); ++J)
      if (J != I && Relations[J].Leader == I)
        Others.push_back(&Uses[J]);
    llvm::sort(Others, [&](const BlockingUse *A, const BlockingUse *B) {
      return sources().isBeforeInTranslationUnit(A->Loc, B->Loc);
    });
    // Once per place: a template's instantiations share its locations.
    if (!ReportedLocations.insert(Uses[I].Loc.getRawEncoding()).second)
      continue;
    for (const BlockingUse *Other : Others)
      ReportedLocations.insert(Other->Loc.getRawEncoding());
    report(Uses[I], Others, Relations[I].Subject, Callable, Context);
  }
}

std::optional<BlockingCallCheck::BlockingUse>
BlockingCallCheck::findBlockingUse(const Stmt &S) const {
  if (const auto *Call = dyn_cast<CallExpr>(&S)) {
    if (const BlockingApi *Api = catalogue().findCall(*Call))
      return BlockingUse{Api,  describeCallee(*Call), /*IsConstruction=*/false,
                         Call, Call->getExprLoc(), Call->getSourceRange()};
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S)) {
    if (const BlockingApi *Api = catalogue().findConstruction(*Construct))
      return BlockingUse{Api,       describeConstructed(*Construct),
                         /*IsConstruction=*/true, Construct,
                         Construct->getLocation(), Construct->getSourceRange()};
  }
  return std::nullopt;
}

namespace {
EntryAdvice entryAdviceOf(const BlockingFact &Blocking) {
  return {Blocking.Category, Blocking.AsioAlternative, Blocking.EntryAdvice,
          Blocking.InLoop};
}
} // namespace

void BlockingCallCheck::checkHelperCall(const Expr &Call,
                                        const FunctionDecl &Callable,
                                        const ContextDecision &Context) {
  const FunctionDecl *Callee = chains().followedCallee(Call);
  SourceLocation Loc = callLocation(Call);
  ChainSearch Search =
      chains().search(*Callee, constantZeroArguments(Call, Callable.getASTContext()));
  // A chain that reaches into other files: the link step settles it.
  if (Search.Incomplete && defersChains()) {
    if (ReportedLocations.insert(Loc.getRawEncoding()).second) {
      AdviceSite Where = adviceSite(Callable, Context,
                                    reachablePool(Callable, catalogue(), Loc));
      deferChain(Call, *Callee, Callable, Context, fittingAdvice(Where, {}),
                 Where);
    }
    return;
  }
  if (Search.Incomplete)
    noteUnfollowedCall(Loc, *Callee);
  std::optional<CallChain> &Chain = Search.Chain;
  if (!Chain)
    return;
  const BlockingFact &Blocking = *Chain->Blocking;
  if (allowedIn(Blocking.UnlessIn, Context))
    return;
  // A library's code calling the user's callable: shown in the user's code.
  std::optional<UserStep> Step = userStep(Loc, *Callee, *Chain);
  if (!ReportedLocations.insert((Step ? Step->Loc : Loc).getRawEncoding())
           .second)
    return;
  if (Step) {
    llvm::StringRef Description = describeCategory(Blocking);
    const StallSite Site{/*IsConstruction=*/false, /*Constructed=*/"",
                         formOf(*Step->Function), displayName(*Step->Function),
                         placeOf(Context)};
    if (Step->atEnd(*Chain)) {
      emit(Step->Loc, blockingEndWarning(Site, Blocking, Description));
    } else {
      emit(Step->Loc, blockingChainWarning(Site, Step->Rest, Description));
      explainChain(Step->Rest);
      emit(chains().locate(Blocking.Where), blockingEndNote(Step->Rest),
           DiagnosticIDs::Note);
    }
    explainLibraryFrames(Loc, Callable, Context, *Chain, *Step);
    advise(Step->Loc, entryAdviceOf(Blocking), *Step->Function, Context,
           /*Work=*/nullptr);
    return;
  }
  reportChain(Call, Loc, *Chain, Callable, Context,
              [&] { explainMacro(callExpressionLocation(Call)); });
}

llvm::StringRef
BlockingCallCheck::describeCategory(const BlockingFact &Blocking) const {
  // A summary written with another catalogue may name a category this one
  // lacks: say what the summary says.
  const BlockingCategory *Category =
      catalogue().findCategory(Blocking.Category);
  return Category ? llvm::StringRef(Category->Description) : "blocks";
}

void BlockingCallCheck::reportChain(const Expr &Call, SourceLocation Loc,
                                    const CallChain &Chain,
                                    const FunctionDecl &Callable,
                                    const ContextDecision &Context,
                                    llvm::function_ref<void()> ExplainCall) {
  const BlockingFact &Blocking = *Chain.Blocking;
  StallSite Site = siteOf(Call, Callable);
  Site.Place = placeOf(Context);
  emit(Loc, blockingChainWarning(Site, Chain, describeCategory(Blocking)))
      << Call.getSourceRange();
  ExplainCall();
  explainChain(Chain);
  emit(chains().locate(Blocking.Where), blockingEndNote(Chain),
       DiagnosticIDs::Note);
  explainContext(Callable, Context);
  advise(Loc, entryAdviceOf(Blocking), Callable, Context, &Call);
}

void BlockingCallCheck::checkStoredCall(const CallExpr &Call,
                                        const ValueDecl &Object,
                                        const LambdaExpr &Lambda,
                                        const FunctionDecl &Callable,
                                        const ContextDecision &Context) {
  const CXXMethodDecl *Operator = Lambda.getCallOperator();
  // A coroutine lambda's body runs where it is awaited, not in the call.
  if (!Operator || isa_and_nonnull<CoroutineBodyStmt>(Operator->getBody()))
    return;
  ChainSearch Search = chains().search(*Operator);
  std::optional<CallChain> &Chain = Search.Chain;
  if (!Chain)
    return;
  const BlockingFact &Blocking = *Chain->Blocking;
  if (allowedIn(Blocking.UnlessIn, Context))
    return;
  SourceLocation Loc = callLocation(Call);
  if (!ReportedLocations.insert(Loc.getRawEncoding()).second)
    return;
  reportChain(Call, Loc, *Chain, Callable, Context, [&] {
    diag(Lambda.getBeginLoc(),
         "the call through '%0' may run this lambda, stored into it here",
         DiagnosticIDs::Note)
        << Object.getName();
  });
}

void BlockingCallCheck::report(const BlockingUse &Use,
                               llvm::ArrayRef<const BlockingUse *> Related,
                               const ValueDecl *Subject,
                               const FunctionDecl &Callable,
                               const ContextDecision &Context) {
  const BlockingCategory *Category =
      catalogue().findCategory(Use.Api->category());
  {
    DiagnosticBuilder Warning =
        diag(Use.Loc, "%select{call to|construction of}0 '%1' blocks %6 in "
                      "%select{coroutine '%3'|a coroutine lambda|a "
                      "lambda|function '%3'}2: it %4 (category '%5')")
        << Use.IsConstruction << Use.What << formOf(Callable)
        << displayName(Callable) << Category->Description << Category->Name
        << placeOf(Context) << Use.Range;
    // Where the awaited form means the same: the fix, for the call and the
    // related ones the finding groups with it.
    llvm::SmallVector<const BlockingUse *, 4> Fixed = {&Use};
    Fixed.append(Related.begin(), Related.end());
    for (const BlockingUse *Each : Fixed) {
      const auto *Call = dyn_cast<CallExpr>(Each->Expression);
      if (!Call)
        continue;
      llvm::StringRef Category = Each->Api->category();
      std::optional<AwaitRewrite> Rewrite =
          Category == "sleep"       ? sleepTimerRewrite(*Call, Callable)
          : Category == "sync-wait" ? syncWaitRewrite(*Call, Callable)
                                    : asyncOperationRewrite(*Call, Callable);
      if (!Rewrite)
        continue;
      for (const FixItHint &Edit : Rewrite->Edits)
        Warning << Edit;
      FileID File = sources().getFileID(Call->getBeginLoc());
      for (const std::string &Header : Rewrite->Headers)
        if (std::optional<FixItHint> Include =
                Inserter.createIncludeInsertion(File, Header))
          Warning << *Include;
    }
  }
  explainMacro(callExpressionLocation(*Use.Expression));
  for (const BlockingUse *Other : Related)
    diag(Other->Loc,
         "%select{call to|construction of}0 '%1' on '%2' blocks here too "
         "(category '%3')",
         DiagnosticIDs::Note)
        << Other->IsConstruction << Other->What << Subject->getName()
        << Other->Api->category() << Other->Range;
  if (Use.Api->name() == MarkedApiName) {
    const FunctionDecl *Callee =
        Use.IsConstruction
            ? cast<CXXConstructExpr>(Use.Expression)->getConstructor()
            : cast<CallExpr>(Use.Expression)->getDirectCallee();
    if (std::optional<BlockingMark> Mark = blockingMark(*Callee))
      diag(Mark->Attribute->getLocation(), "'%0' is marked blocking here",
           DiagnosticIDs::Note)
          << Mark->Function->getQualifiedNameAsString();
  }
  explainContext(Callable, Context);
  bool InLoop =
      withinAny(loopBodies(Callable.getBody()), Use.Loc, sources());
  advise(Use.Loc,
         {Use.Api->category(), Use.Api->asioAlternative(), Use.Api->advice(),
          InLoop},
         Callable, Context,
         Use.IsConstruction ? nullptr : Use.Expression);
}

AdviceSite BlockingCallCheck::adviceSite(const FunctionDecl &Callable,
                                         const ContextDecision &Context,
                                         const ReachablePool &Pool) const {
  return {asioNamespacePrefix(adviceFramework(Callable, Context)).str(),
          classifyCoroutine(Callable) == CoroutineKind::Async, Pool.Name};
}

void BlockingCallCheck::advise(SourceLocation Loc, const EntryAdvice &Entry,
                               const FunctionDecl &Callable,
                               const ContextDecision &Context,
                               const Expr *Work) {
  const ReachablePool Pool = reachablePool(Callable, catalogue(), Loc);
  const AdviceSite Site = adviceSite(Callable, Context, Pool);
  if (std::optional<Message> Advice = fittingAdvice(Site, Entry)) {
    DiagnosticBuilder Note = emit(Loc, *Advice, DiagnosticIDs::Note);
    // The offload, as an edit the editor offers (--fix leaves notes' edits
    // alone: moving work to another thread is the user's decision).
    if (Work && advisesOffload(Site, Entry))
      if (std::optional<FixItHint> Offload =
              offloadRewrite(*Work, Callable, Pool.Argument))
        Note << *Offload;
  } else if (const BlockingCategory *Category =
               catalogue().findCategory(Entry.Category))
    diag(Loc, "%0", DiagnosticIDs::Note) << Category->Advice;
}

} // namespace clang::tidy::stall
