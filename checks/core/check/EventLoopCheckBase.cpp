//===--- EventLoopCheckBase.cpp - stallcheck ------------------------------===//

#include "core/check/EventLoopCheckBase.h"
#include "core/chains/ChainMessages.h"
#include "core/check/ConfigPaths.h"
#include "core/check/UnitState.h"
#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
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
  Finder->addMatcher(coawaitExpr(UserCode).bind("await"), this);
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
  else if (const auto *Await = Result.Nodes.getNodeAs<CoawaitExpr>("await"))
    Contexts->noteAwait(*Await);
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
      EventLoopCode Code =
          eventLoopCode(*Definition, Contexts->decide(*Definition), *Contexts);
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

void EventLoopCheckBase::walkEventLoopCode(
    const EventLoopRegion &Region,
    llvm::function_ref<bool(const Stmt &)> Visit) const {
  walkOwnStatements(Region.Root, [&](const Stmt &S) {
    return (&S == Region.Root || !OffLoop || !OffLoop->contains(&S)) &&
           Visit(S);
  });
}

} // namespace clang::tidy::stall
