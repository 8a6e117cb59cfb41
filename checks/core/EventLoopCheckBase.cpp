//===--- EventLoopCheckBase.cpp - stallcheck ------------------------------===//

#include "EventLoopCheckBase.h"
#include "Callees.h"
#include "ChainMessages.h"
#include "ConfigPaths.h"
#include "Coroutines.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/FileManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <atomic>
#include <mutex>

using namespace clang::ast_matchers;

namespace clang::tidy::stall {

namespace {
constexpr llvm::StringLiteral CatalogueKey = "Catalogue";
constexpr llvm::StringLiteral WorkerTaskTypesKey = "WorkerTaskTypes";
constexpr llvm::StringLiteral MaxCallDepthKey = "MaxCallDepth";
constexpr unsigned DefaultMaxCallDepth = 8;
/// How deep awaited coroutines inherit where their awaiters run.
constexpr unsigned MaxAwaitRounds = 4;

/// The value of option \p Key for check \p CheckName, local or global, as
/// ClangTidyCheck::OptionsView::getLocalOrGlobal reads it.
llvm::StringRef localOrGlobal(const ClangTidyOptions::OptionMap &Options,
                              llvm::StringRef CheckName, llvm::StringRef Key) {
  auto It = Options.find((CheckName + "." + Key).str());
  if (It == Options.end())
    It = Options.find(Key);
  return It == Options.end() ? llvm::StringRef() : It->getValue().Value;
}

/// Whether \p Function is (or is inside) a template whose instantiations
/// have bodies in this translation unit: those are checked instead.
bool isPatternWithInstantiations(const FunctionDecl &Function) {
  if (!Function.isDependentContext())
    return false;
  for (const DeclContext *Context = &Function;
       Context && !Context->isFileContext(); Context = Context->getParent()) {
    if (const auto *Enclosing = dyn_cast<FunctionDecl>(Context)) {
      if (const FunctionTemplateDecl *Template =
              Enclosing->getDescribedFunctionTemplate())
        if (llvm::any_of(Template->specializations(),
                         [](const FunctionDecl *Specialization) {
                           return Specialization->hasBody();
                         }))
          return true;
      continue;
    }
    const auto *Record = dyn_cast<CXXRecordDecl>(Context);
    const ClassTemplateDecl *Template =
        Record ? Record->getDescribedClassTemplate() : nullptr;
    if (!Template)
      continue;
    // A member of a class template: instantiated when some specialization
    // has a body for it.
    const FunctionDecl *Member = &Function;
    while (Member->getDeclContext() != Record &&
           isa<FunctionDecl>(Member->getDeclContext()))
      Member = cast<FunctionDecl>(Member->getDeclContext());
    for (const ClassTemplateSpecializationDecl *Specialization :
         Template->specializations())
      for (const Decl *D : Specialization->decls()) {
        const auto *Method = dyn_cast<CXXMethodDecl>(D);
        const FunctionDecl *From =
            Method ? Method->getInstantiatedFromMemberFunction() : nullptr;
        if (From && From->getCanonicalDecl() == Member->getCanonicalDecl() &&
            Method->hasBody())
          return true;
      }
  }
  return false;
}

/// The configuration files the options for \p MainFile come from or could:
/// every .clang-tidy from its directory up (an empty hash for an absent
/// one) and \p Catalogues.
std::vector<SummarisedFile>
configurationInputs(llvm::StringRef MainFile,
                    llvm::ArrayRef<std::string> Catalogues) {
  std::vector<SummarisedFile> Inputs;
  auto Hash = [](llvm::StringRef Path) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
        llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    return Buffer ? hashContents((*Buffer)->getBuffer()) : std::string();
  };
  for (llvm::StringRef Directory = llvm::sys::path::parent_path(MainFile);
       !Directory.empty();
       Directory = llvm::sys::path::parent_path(Directory)) {
    llvm::SmallString<256> Config(Directory);
    llvm::sys::path::append(Config, ".clang-tidy");
    Inputs.push_back({Config.str().str(), Hash(Config)});
  }
  for (const std::string &Catalogue : Catalogues)
    Inputs.push_back({Catalogue, Hash(Catalogue)});
  return Inputs;
}

/// What the stall checks of one translation unit contribute to its
/// summary: the findings left to the link step, the functions their chains
/// start from, and the catalogues their options name. The first check that
/// writes the summary (stall-blocking-call when it is enabled) summarises
/// the functions with its catalogue, as the two-pass design did; a later one
/// adds the functions only its own chains start from.
struct UnitParts {
  std::string Unit;
  const ASTContext *AST = nullptr;
  std::vector<PendingFinding> Pending;
  std::vector<const FunctionDecl *> Roots;
  std::vector<std::string> Catalogues;
  std::optional<SummaryFile> First;
};

/// The parts of the translation unit of \p MainFile parsed into \p AST,
/// shared by its checks (each check object lives for one unit).
UnitParts &unitParts(llvm::StringRef MainFile, const ASTContext *AST) {
  static UnitParts Parts;
  if (Parts.Unit != MainFile || Parts.AST != AST) {
    Parts = UnitParts();
    Parts.Unit = MainFile.str();
    Parts.AST = AST;
  }
  return Parts;
}

/// Adds to \p Into what \p From has that it lacks.
void mergeSummary(SummaryFile &Into, SummaryFile From) {
  llvm::StringSet<> Known;
  for (const FunctionFacts &Facts : Into.Functions)
    Known.insert(Facts.Usr);
  for (FunctionFacts &Facts : From.Functions)
    if (Known.insert(Facts.Usr).second)
      Into.Functions.push_back(std::move(Facts));
  for (auto [Files, More] :
       {std::pair{&Into.Files, &From.Files}, {&Into.Inputs, &From.Inputs}})
    for (SummarisedFile &File : *More)
      if (llvm::none_of(*Files, [&](const SummarisedFile &Had) {
            return Had.Path == File.Path;
          }))
        Files->push_back(std::move(File));
}

/// Whether \p Work for the translation unit of \p MainFile is still to be
/// done, claiming it: work every stall-* check could do (write the
/// summary, report a stale one) is done by the first check to get there.
bool claimForUnit(llvm::StringRef MainFile, llvm::StringRef Work) {
  static std::string Unit;
  static llvm::StringSet<> Claimed;
  if (Unit != MainFile) {
    Unit = MainFile.str();
    Claimed.clear();
  }
  return Claimed.insert(Work).second;
}
} // namespace

EventLoopCheckBase::EventLoopCheckBase(llvm::StringRef Name,
                                       ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), TidyContext(Context),
      CatalogueOption(Options.getLocalOrGlobal(CatalogueKey, "").str()),
      WorkerTaskTypesOption(
          Options.getLocalOrGlobal(WorkerTaskTypesKey, "").str()),
      MaxCallDepth(
          Options.getLocalOrGlobal(MaxCallDepthKey, DefaultMaxCallDepth)) {
  std::vector<std::string> OptionKeys = {(Name + "." + CatalogueKey).str(),
                                         CatalogueKey.str()};
  for (const std::string &Path : splitOptionList(CatalogueOption))
    CataloguePaths.push_back(
        resolveOptionPath(Path, Context->getCurrentFile(), OptionKeys));
}

bool EventLoopCheckBase::reportsSharedErrors() const {
  const ClangTidyOptions::OptionMap &Options =
      TidyContext->getOptions().CheckOptions;
  auto SharedOptionsOf = [&](llvm::StringRef CheckName) {
    return std::make_pair(
        localOrGlobal(Options, CheckName, CatalogueKey),
        localOrGlobal(Options, CheckName, WorkerTaskTypesKey));
  };
  const auto Mine = SharedOptionsOf(getID());
  for (llvm::StringRef Earlier : StallCheckNames) {
    if (Earlier == getID())
      return true;
    if (TidyContext->isCheckEnabled(Earlier) &&
        SharedOptionsOf(Earlier) == Mine)
      return false;
  }
  return true;
}

void EventLoopCheckBase::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, CatalogueKey, CatalogueOption);
  Options.store(Opts, WorkerTaskTypesKey, WorkerTaskTypesOption);
  Options.store(Opts, MaxCallDepthKey, MaxCallDepth);
}

void EventLoopCheckBase::registerMatchers(MatchFinder *Finder) {
  llvm::Expected<StallCatalogue> Loaded =
      StallCatalogue::createLayered(CataloguePaths);
  if (Loaded)
    if (llvm::Error Err = Loaded->addWorkerTaskTypes(
            splitOptionList(WorkerTaskTypesOption), WorkerTaskTypesKey))
      Loaded = std::move(Err);
  if (!Loaded) {
    reportConfigurationError(Finder, "invalid blocking-API catalogue: %0",
                             llvm::toString(Loaded.takeError()));
    return;
  }
  llvm::Expected<UnitSummaries> Store = summariesFor(
      TidyContext->getCurrentFile(), TidyContext->getCurrentBuildDirectory());
  if (!Store) {
    reportConfigurationError(Finder, "cannot use the function summaries: %0",
                             llvm::toString(Store.takeError()));
    return;
  }
  Summaries = std::move(*Store);
  Catalogue = std::make_unique<StallCatalogue>(std::move(*Loaded));
  Contexts = std::make_unique<ExecutionContextModel>(*Catalogue);
  onCatalogueLoaded();

  // Top-down, no parent map: coroutines, annotated functions and lambdas
  // are candidates; calls and constructions in user code tell the model
  // where callables are handed over. System headers hand nothing to user
  // code's loops and are skipped.
  auto UserCode = unless(isExpansionInSystemHeader());
  Finder->addMatcher(
      functionDecl(isDefinition(), UserCode, hasBody(coroutineBodyStmt()))
          .bind("function"),
      this);
  // Every declaration, so that a mark on a pure virtual function is seen.
  Finder->addMatcher(
      functionDecl(UserCode, hasAttr(attr::Annotate)).bind("annotated"), this);
  Finder->addMatcher(lambdaExpr(UserCode).bind("lambda"), this);
  Finder->addMatcher(callExpr(UserCode).bind("call"), this);
  Finder->addMatcher(cxxConstructExpr(UserCode).bind("construct"), this);
  // The first pass of a project run: every definition of the main file.
  if (crossTranslationUnitSettings().writesSummary()) {
    Finder->addMatcher(
        functionDecl(isDefinition(), isExpansionInMainFile()).bind("summarise"),
        this);
    // Matches once, so that a file without functions gets its (empty)
    // summary too.
    Finder->addMatcher(translationUnitDecl().bind("unit"), this);
  }
}

namespace {
/// Whether configuration errors are reported in the main file (set by
/// stallcheck-clangd).
std::atomic<bool> ConfigurationErrorsInMainFile{false};
} // namespace

void reportConfigurationErrorsInMainFile() {
  ConfigurationErrorsInMainFile = true;
}

void EventLoopCheckBase::reportConfigurationError(MatchFinder *Finder,
                                                  llvm::StringRef Format,
                                                  std::string Message) {
  if (!reportsSharedErrors())
    return;
  if (!ConfigurationErrorsInMainFile) {
    configurationDiag(Format, DiagnosticIDs::Error) << Message;
    return;
  }
  // An editor shows only what is in the file: the first declaration of the
  // main file carries the error, reported at the file's start.
  ConfigurationError = {Format.str(), std::move(Message)};
  Finder->addMatcher(decl(isExpansionInMainFile()).bind("configuration-error"),
                     this);
}

void EventLoopCheckBase::onStartOfTranslationUnit() {
  ConfigurationErrorReported = false;
  if (Catalogue)
    Contexts = std::make_unique<ExecutionContextModel>(*Catalogue);
  Candidates.clear();
  Summarised.clear();
  Chains.reset();
  AST = nullptr;
  // The filters ClangTidyDiagnosticConsumer applies to this file's
  // warnings; an empty pattern lets no header through.
  const ClangTidyOptions &Options = TidyContext->getOptions();
  auto Filter = [](const std::optional<std::string> &Pattern) {
    return Pattern && !Pattern->empty() ? std::optional<llvm::Regex>(*Pattern)
                                        : std::nullopt;
  };
  HeaderFilter = Filter(Options.HeaderFilterRegex);
  ExcludeHeaderFilter = Filter(Options.ExcludeHeaderFilterRegex);
  SystemHeaders = Options.SystemHeaders.value_or(false);
}

bool EventLoopCheckBase::isUserCode(SourceLocation Loc) const {
  if (Loc.isInvalid())
    return false;
  Loc = Sources->getExpansionLoc(Loc);
  if (Sources->isInMainFile(Loc))
    return true;
  if (!SystemHeaders && Sources->isInSystemHeader(Loc))
    return false;
  OptionalFileEntryRef File =
      Sources->getFileEntryRefForID(Sources->getFileID(Loc));
  if (!File)
    return true;
  llvm::StringRef Name = File->getName();
  return HeaderFilter && HeaderFilter->match(Name) &&
         !(ExcludeHeaderFilter && ExcludeHeaderFilter->match(Name));
}

std::optional<EventLoopCheckBase::UserStep>
EventLoopCheckBase::userStep(SourceLocation CallLoc, const FunctionDecl &Callee,
                             const CallChain &Chain) const {
  if (isUserCode(CallLoc))
    return std::nullopt;
  const Place &End = Chain.Blocking ? Chain.Blocking->Where : Chain.Loop->Where;
  for (size_t Index = 0; Index <= Chain.Calls.size(); ++Index) {
    const Place &Where =
        Index < Chain.Calls.size() ? Chain.Calls[Index]->Where : End;
    // Functions[Index]'s declaration: the callee, then each call's.
    const FunctionDecl *Function =
        Index == 0 ? &Callee : Chain.Calls[Index - 1]->Callee;
    // Steps read from other files' summaries stay where they are.
    if (!Function || !isUserCode(Where.Loc))
      continue;
    UserStep Step;
    Step.Index = Index;
    Step.Function = Function;
    Step.Loc = Where.Loc;
    if (Index < Chain.Calls.size()) {
      Step.Rest.Functions.append(Chain.Functions.begin() + Index + 1,
                                 Chain.Functions.end());
      Step.Rest.Calls.append(Chain.Calls.begin() + Index + 1,
                             Chain.Calls.end());
      Step.Rest.Blocking = Chain.Blocking;
      Step.Rest.Loop = Chain.Loop;
    }
    return Step;
  }
  return std::nullopt;
}

void EventLoopCheckBase::explainLibraryFrames(SourceLocation CallLoc,
                                              const FunctionDecl &Callable,
                                              const ContextDecision &Context,
                                              const CallChain &Chain,
                                              const UserStep &Step) {
  Message Called;
  Called.Format = "%select{the lambda|'%1'}0 is called on the event loop by "
                  "library code: %select{coroutine '%3'|a coroutine "
                  "lambda|a lambda|function '%3'}2 calls '%4' here";
  Called << !isLambdaCallOperator(Step.Function)
         << llvm::StringRef(displayName(*Step.Function)) << formOf(Callable)
         << llvm::StringRef(displayName(Callable))
         << llvm::StringRef(Chain.Functions.front()->Name);
  emit(CallLoc, Called, DiagnosticIDs::Note);
  for (size_t I = 0; I < Step.Index; ++I)
    emit(Chains->locate(Chain.Calls[I]->Where), chainLinkNote(Chain, I),
         DiagnosticIDs::Note);
  explainContext(Callable, Context);
}

void EventLoopCheckBase::check(const MatchFinder::MatchResult &Result) {
  Sources = Result.SourceManager;
  AST = Result.Context;
  if (Result.Nodes.getNodeAs<Decl>("configuration-error")) {
    if (!ConfigurationErrorReported && ConfigurationError) {
      ConfigurationErrorReported = true;
      diag(Sources->getLocForStartOfFile(Sources->getMainFileID()),
           ConfigurationError->first, DiagnosticIDs::Error)
          << ConfigurationError->second;
    }
    return;
  }
  if (const auto *Definition =
          Result.Nodes.getNodeAs<FunctionDecl>("summarise")) {
    Summarised.push_back(Definition);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call"))
    Contexts->noteCall(*Call);
  else if (const auto *Construct =
               Result.Nodes.getNodeAs<CXXConstructExpr>("construct"))
    Contexts->noteConstruction(*Construct);
  else if (const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda"))
    Candidates.insert(Lambda->getCallOperator());
  else if (const auto *Function =
               Result.Nodes.getNodeAs<FunctionDecl>("function"))
    Candidates.insert(Function);
  else if (const auto *Annotated =
               Result.Nodes.getNodeAs<FunctionDecl>("annotated")) {
    if (Annotated->isThisDeclarationADefinition())
      Candidates.insert(Annotated);
    onAnnotatedDeclaration(*Annotated);
  }
}

void EventLoopCheckBase::onEndOfTranslationUnit() {
  if (!Contexts || !AST)
    return;
  Lookup.reset();
  if (Summaries.Store)
    Lookup.emplace(*Summaries.Store);
  Chains = std::make_unique<CallChainModel>(
      *Catalogue, *AST, chainGoal(), MaxCallDepth, Lookup ? &*Lookup : nullptr,
      [this](const FunctionDecl &Function) {
        // Handed to an API whose target is undecided (an executor member
        // of unknown provenance): where it runs is not known, so a
        // library's internal call of it is not loop code either.
        return Contexts->decide(Function).Where != RunsOn::Unknown ||
               Contexts->isHandedOver(Function);
      });
  for (const FunctionDecl *Callable : Contexts->handedOverCallables())
    Candidates.insert(Callable);
  // An awaited coroutine runs where it is awaited: a helper coroutine awaited
  // only after a switch to a pool runs on the pool. Settled in rounds, for
  // coroutines awaited by coroutines that are awaited in turn.
  for (unsigned Round = 0; Round < MaxAwaitRounds; ++Round) {
    bool Changed = false;
    for (const FunctionDecl *Candidate : Candidates) {
      const FunctionDecl *Definition = Candidate->getDefinition();
      if (!Definition ||
          !isa_and_nonnull<CoroutineBodyStmt>(Definition->getBody()) ||
          isPatternWithInstantiations(*Definition))
        continue;
      EventLoopCode Code = eventLoopCode(
          *Definition, Contexts->decide(*Definition), *Contexts);
      for (const EventLoopCode::AwaitedCoroutine &Awaited : Code.Awaited)
        Changed |= Contexts->noteAwaited(*Awaited.Coroutine, Awaited.Where,
                                         Awaited.Loc, *Definition);
    }
    if (!Changed)
      break;
  }
  llvm::DenseSet<const FunctionDecl *> Analysed;
  for (const FunctionDecl *Candidate : Candidates) {
    const FunctionDecl *Definition = Candidate->getDefinition();
    // A template's instantiations are checked, with their calls resolved;
    // the template itself only when nothing instantiates it.
    if (!Definition || !Definition->hasBody() ||
        isPatternWithInstantiations(*Definition) ||
        !Analysed.insert(Definition).second)
      continue;
    EventLoopCode Code =
        eventLoopCode(*Definition, Contexts->decide(*Definition), *Contexts);
    OffLoop = &Code.OffLoop;
    for (const EventLoopRegion &Region : Code.Regions)
      checkEventLoopCode(*Definition, Region);
    OffLoop = nullptr;
  }
  explainUnfollowedCalls();
  // A cache found for the editor always has the edited file's own entry
  // stale: its stale entries are left out without a word (the remark above
  // names another file's).
  for (const std::string &File : Chains->staleFiles())
    if (!Summaries.Discovered &&
        claimForUnit(TidyContext->getCurrentFile(), "stale " + File))
      configurationDiag("ignoring the function summaries that depend on '%0': "
                        "the file changed after they were written; write the "
                        "summaries again")
          << File;
  writeSummary();
}

void EventLoopCheckBase::noteUnfollowedCall(SourceLocation Loc,
                                            const FunctionDecl &Callee) {
  if (Loc.isInvalid())
    return;
  if (FirstUnfollowed.isValid() &&
      !Sources->isBeforeInTranslationUnit(Loc, FirstUnfollowed))
    return;
  FirstUnfollowed = Loc;
  FirstUnfollowedCallee = displayName(Callee);
}

void EventLoopCheckBase::explainUnfollowedCalls() {
  // A project run links them; summaries named on the command line report
  // their own problems (the configuration diagnostic below).
  if (FirstUnfollowed.isInvalid() ||
      crossTranslationUnitSettings().writesSummary() ||
      (Summaries.Store && !Summaries.Discovered))
    return;
  llvm::StringRef MainFile = TidyContext->getCurrentFile();
  std::string Why;
  std::string Remedy = "run 'stallcheck-project' again to follow them";
  if (!Summaries.Store && Summaries.Database.empty()) {
    Why = "there is no compilation database";
    Remedy = "run 'stallcheck-project' on one to follow them";
  } else if (!Summaries.Store) {
    Why = "no project cache was found beside '" + Summaries.Database + "'";
    Remedy =
        "run 'stallcheck-project -p " + Summaries.Database + "' to follow them";
  } else {
    // The edited file's own entry is always stale: only another file's
    // change stops a chain.
    llvm::SmallString<256> Main(MainFile);
    if (llvm::sys::fs::make_absolute(Main))
      Main = MainFile;
    for (const std::string &File : Chains->staleFiles())
      if (File != Main) {
        Why = "'" + File + "' changed after the last project run";
        break;
      }
  }
  if (Why.empty() || !claimForUnit(MainFile, "unfollowed"))
    return;
  if (!ConfigurationErrorsInMainFile) {
    diag(FirstUnfollowed,
         "call chains stop at calls into other files, such as '%0': %1; %2",
         DiagnosticIDs::Remark)
        << FirstUnfollowedCallee << Why << Remedy;
    return;
  }
  // clangd shows a remark as a note of the diagnostic before it, or drops
  // it: the editor gets a line in clangd's log instead, once per file.
  static std::mutex Lock;
  static llvm::StringSet<> Logged;
  std::lock_guard<std::mutex> Guard(Lock);
  if (!Logged.insert(MainFile).second)
    return;
  PresumedLoc Where = Sources->getPresumedLoc(FirstUnfollowed);
  llvm::errs() << "stallcheck: " << MainFile << ":" << Where.getLine() << ":"
               << Where.getColumn()
               << ": call chains stop at calls into other files, such as '"
               << FirstUnfollowedCallee << "': " << Why << "; " << Remedy
               << "\n";
}

void EventLoopCheckBase::writeSummary() {
  const CrossTranslationUnitSettings &Settings = crossTranslationUnitSettings();
  if (!Settings.writesSummary())
    return;
  const SourceManager &Manager = AST->getSourceManager();
  OptionalFileEntryRef Main =
      Manager.getFileEntryRefForID(Manager.getMainFileID());
  if (!Main)
    return;
  // Project mode: every check writes the unit's summary with the pending
  // findings of the checks so far; the last write holds them all.
  if (Settings.ProjectSummary.empty() &&
      !claimForUnit(TidyContext->getCurrentFile(), "summary"))
    return;
  llvm::SmallString<256> MainFile(Main->getName());
  Manager.getFileManager().makeAbsolutePath(MainFile);
  UnitParts &Parts = unitParts(TidyContext->getCurrentFile(), AST);
  for (const std::string &Path : CataloguePaths)
    if (!llvm::is_contained(Parts.Catalogues, Path))
      Parts.Catalogues.push_back(Path);
  std::vector<const FunctionDecl *> Roots = Summarised;
  Roots.insert(Roots.end(), Parts.Roots.begin(), Parts.Roots.end());
  SummaryFile Own = Chains->summarise(Roots, MainFile);
  if (!Parts.First) {
    for (const BlockingCategory &Category : Catalogue->categories())
      Own.Categories.push_back(
          {Category.Name, Category.Description, Category.Advice});
    Parts.First = std::move(Own);
  } else {
    mergeSummary(*Parts.First, std::move(Own));
  }
  SummaryFile Summary = *Parts.First;
  Summary.Pending = Parts.Pending;
  Summary.ConfigInputs = configurationInputs(MainFile, Parts.Catalogues);
  std::string Path = Settings.ProjectSummary.empty()
                         ? summaryPathFor(Settings.WriteSummariesTo, MainFile)
                         : Settings.ProjectSummary;
  if (llvm::Error Err = writeSummaryFile(Summary, Path))
    configurationDiag("cannot write the function summary '%0': %1",
                      DiagnosticIDs::Error)
        << Path << llvm::toString(std::move(Err));
}

bool EventLoopCheckBase::defersChains() const {
  return crossTranslationUnitSettings().defersExternalCalls();
}

StallSite EventLoopCheckBase::siteOf(const Expr &Call,
                                     const FunctionDecl &Callable) {
  StallSite Site;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Call)) {
    Site.IsConstruction = true;
    Site.Constructed = describeConstructed(*Construct);
  }
  Site.Form = formOf(Callable);
  Site.Callable = displayName(Callable);
  return Site;
}

SourceLocation EventLoopCheckBase::callExpressionLocation(const Expr &Call) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(&Call);
  return Construct ? Construct->getLocation() : Call.getExprLoc();
}

SourceLocation EventLoopCheckBase::callLocation(const Expr &Call) const {
  return Sources->getFileLoc(callExpressionLocation(Call));
}

std::string EventLoopCheckBase::expandedMacro(SourceLocation Loc) const {
  llvm::StringRef Name;
  while (Loc.isMacroID()) {
    if (Sources->isMacroArgExpansion(Loc)) {
      // Written in the macro's arguments: by whoever invoked it.
      Loc = Sources->getImmediateSpellingLoc(Loc);
      Name = llvm::StringRef();
      continue;
    }
    Name = Lexer::getImmediateMacroName(Loc, *Sources, getLangOpts());
    Loc = Sources->getImmediateExpansionRange(Loc).getBegin();
  }
  return Name.str();
}

void EventLoopCheckBase::explainMacro(SourceLocation Loc) {
  std::string Macro = expandedMacro(Loc);
  if (Macro.empty())
    return;
  Message Note;
  Note.Format = "in the expansion of macro '%0'";
  Note << llvm::StringRef(Macro);
  emit(Sources->getFileLoc(Loc), Note, DiagnosticIDs::Note);
}

void EventLoopCheckBase::deferChain(const Expr &Call,
                                    const FunctionDecl &Callee,
                                    const FunctionDecl &Callable,
                                    const ContextDecision &Context,
                                    const std::optional<Message> &Advice) {
  PendingFinding Pending;
  Pending.Check = getID().str();
  Pending.CalleeUsr = usrOf(Callee);
  Pending.Where = positionOf(callLocation(Call), *Sources);
  Pending.Macro = expandedMacro(callExpressionLocation(Call));
  CharSourceRange Range =
      CharSourceRange::getTokenRange(Sources->getFileLoc(Call.getBeginLoc()),
                                     Sources->getFileLoc(Call.getEndLoc()));
  Pending.RangeBegin = positionOf(Range.getBegin(), *Sources);
  Pending.RangeEnd =
      positionOf(Lexer::getLocForEndOfToken(Range.getEnd(), 0, *Sources,
                                            AST->getLangOpts()),
                 *Sources);
  StallSite Site = siteOf(Call, Callable);
  Pending.IsConstruction = Site.IsConstruction;
  Pending.Constructed = Site.Constructed;
  Pending.Form = Site.Form;
  Pending.Callable = Site.Callable;
  if (Context.ViaDecl)
    Pending.Via = patternName(*Context.ViaDecl);
  auto [NoteLoc, Note] = contextNote(Callable, Context);
  Pending.Context = {positionOf(NoteLoc, *Sources), formatMessage(Note)};
  if (Advice)
    Pending.Advice = formatMessage(*Advice);
  ChainGoal Goal = chainGoal();
  for (const auto &Category : Goal.DisabledCategories)
    Pending.DisabledCategories.push_back(Category.getKey().str());
  llvm::sort(Pending.DisabledCategories);
  Pending.Threshold = Goal.Threshold;
  Pending.MaxDepth = MaxCallDepth;
  UnitParts &Parts = unitParts(TidyContext->getCurrentFile(), AST);
  // The ticket: a diagnostic at the call that goes through clang-tidy's
  // filters (NOLINT, header filter, warnings-as-errors) like any finding;
  // the link step reports the chain only where its ticket was exported, at
  // the level it was exported with, and drops the ticket itself.
  diag(callLocation(Call), "call to '%0' leads into other files; the project "
                           "command links its chain (pending %1)")
      << displayName(Callee) << static_cast<unsigned>(Parts.Pending.size())
      << Range;
  Parts.Pending.push_back(std::move(Pending));
  if (const FunctionDecl *Definition = Callee.getDefinition();
      Definition && Definition->hasBody())
    Parts.Roots.push_back(Definition);
}

void EventLoopCheckBase::walkEventLoopCode(
    const EventLoopRegion &Region,
    llvm::function_ref<bool(const Stmt &)> Visit) const {
  walkOwnStatements(Region.Root, [&](const Stmt &S) {
    return (&S == Region.Root || !OffLoop || !OffLoop->contains(&S)) &&
           Visit(S);
  });
}

void EventLoopCheckBase::explainChain(const CallChain &Chain) {
  for (size_t I = 0; I < Chain.Calls.size(); ++I)
    emit(Chains->locate(Chain.Calls[I]->Where), chainLinkNote(Chain, I),
         DiagnosticIDs::Note);
}

DiagnosticBuilder EventLoopCheckBase::emit(SourceLocation Loc, const Message &M,
                                           DiagnosticIDs::Level Level) {
  DiagnosticBuilder Builder = diag(Loc, M.Format, Level);
  addArguments(Builder, M);
  return Builder;
}

unsigned EventLoopCheckBase::formOf(const FunctionDecl &Callable) {
  bool IsCoroutine = isa_and_nonnull<CoroutineBodyStmt>(Callable.getBody());
  if (isLambdaCallOperator(&Callable))
    return IsCoroutine ? 1 : 2;
  return IsCoroutine ? 0 : 3;
}

AsyncFramework
EventLoopCheckBase::adviceFramework(const FunctionDecl &Callable,
                                    const ContextDecision &Context) {
  if (classifyCoroutine(Callable) == CoroutineKind::Async) {
    AsyncFramework Framework = frameworkOf(Callable);
    if (Framework != AsyncFramework::Unknown)
      return Framework;
  }
  return Context.Framework;
}

std::pair<SourceLocation, Message>
EventLoopCheckBase::contextNote(const FunctionDecl &Callable,
                                const ContextDecision &Context) {
  const bool IsLambda = isLambdaCallOperator(&Callable);
  const std::string Name = displayName(Callable);
  Message M;
  switch (Context.Reason) {
  case ContextReason::CompletionHandler:
    M.Format = "%select{'%1'|the lambda}0 is the completion handler of '%2' "
               "here, which runs it on the event loop";
    M << IsLambda << Name << Context.Via;
    return {Context.Loc, M};
  case ContextReason::Handoff:
    M.Format = "%select{'%1'|the lambda}0 is handed to '%2' here, which runs "
               "it on the event loop";
    M << IsLambda << Name << Context.Via;
    return {Context.Loc, M};
  case ContextReason::Annotation:
    M.Format =
        "%select{'%1'|the lambda}0 is marked to run on the event loop here";
    M << IsLambda << Name;
    return {Context.Loc, M};
  case ContextReason::Switch:
    M.Format = "%select{coroutine '%1'|the coroutine lambda}0 resumes on the "
               "event loop after awaiting '%2' here";
    M << IsLambda << Name << Context.Via;
    return {Context.Loc, M};
  case ContextReason::Awaited:
    M.Format = "%select{coroutine '%1'|the coroutine lambda}0 is awaited "
               "here by '%2', which runs on the event loop";
    M << IsLambda << Name << Context.Via;
    return {Context.Loc, M};
  case ContextReason::Coroutine:
  case ContextReason::TaskType:
  case ContextReason::None:
    break;
  }
  SourceLocation Begins =
      IsLambda ? cast<CXXMethodDecl>(Callable).getParent()->getLocation()
               : Callable.getLocation();
  M.Format = "%select{coroutine '%1'|the coroutine lambda}0 begins here";
  M << IsLambda << Name;
  return {Begins, M};
}

void EventLoopCheckBase::explainContext(const FunctionDecl &Callable,
                                        const ContextDecision &Context) {
  auto [Loc, Note] = contextNote(Callable, Context);
  emit(Loc, Note, DiagnosticIDs::Note);
}

} // namespace clang::tidy::stall
