//===--- UnitSummary.cpp - stallcheck -------------------------------------===//
//
// EventLoopCheckBase, continued: what a translation unit tells other files.
// Its summary (written once, by the first check to get there), the chains
// left to the project command's link step, and the remark that says why
// chains stopped at calls into other files in a single-file run.
//
//===----------------------------------------------------------------------===//

#include "core/check/EventLoopCheckBase.h"
#include "core/chains/ZeroGuards.h"
#include "core/check/UnitState.h"
#include "core/context/Callees.h"
#include "clang/Basic/FileManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <mutex>

namespace clang::tidy::stall {

namespace {

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
  std::vector<UnknownCall> Unknown;
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

} // namespace

bool claimForUnit(llvm::StringRef MainFile, llvm::StringRef Work) {
  static std::string Unit;
  static llvm::StringSet<> Claimed;
  if (Unit != MainFile) {
    Unit = MainFile.str();
    Claimed.clear();
  }
  return Claimed.insert(Work).second;
}

void EventLoopCheckBase::noteUnfollowedCall(SourceLocation Loc,
                                            const FunctionDecl &Callee) {
  // Declared in an -isystem header: the project's, or a compiled library's;
  // only the link step can tell, and the remark would name every library.
  if (Loc.isInvalid() || Sources->isInSystemHeader(Callee.getLocation()))
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
  if (!configurationErrorsInMainFile()) {
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
  Summary.Unknown = Parts.Unknown;
  Summary.ConfigInputs = configurationInputs(MainFile, Parts.Catalogues);
  std::string Path = Settings.ProjectSummary.empty()
                         ? summaryPathFor(Settings.WriteSummariesTo, MainFile)
                         : Settings.ProjectSummary;
  if (llvm::Error Err = writeSummaryFile(Summary, Path))
    configurationDiag("cannot write the function summary '%0': %1",
                      DiagnosticIDs::Error)
        << Path << llvm::toString(std::move(Err));
}

void EventLoopCheckBase::noteUnknownCall(const CallExpr &Call) {
  if (!crossTranslationUnitSettings().writesSummary())
    return;
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Callee->getBuiltinID() || Callee->isDeleted() ||
      Callee->isImplicit() || !Callee->getIdentifier())
    return;
  const FunctionDecl *Definition = Callee->getDefinition();
  bool InStd = false;
  for (const DeclContext *Context = Callee->getDeclContext(); Context;
       Context = Context->getParent())
    InStd |= Context->isStdNamespace();
  if ((Definition && Definition->hasBody()) || InStd ||
      Callee->isNoReturn() ||
      (isa<CXXMethodDecl>(Callee) && cast<CXXMethodDecl>(Callee)->isVirtual()) ||
      Catalogue->lists(*Callee) ||
      Catalogue->isHarmless(*Callee) || Catalogue->isNotFollowed(*Callee) ||
      isMarkedNotBlocking(*Callee))
    return;
  UnitParts &Parts = unitParts(TidyContext->getCurrentFile(), AST);
  SourcePosition Where = positionOf(Sources->getFileLoc(Call.getExprLoc()),
                                    *Sources);
  if (llvm::any_of(Parts.Unknown, [&](const UnknownCall &Known) {
        return Known.Where.File == Where.File &&
               Known.Where.Line == Where.Line &&
               Known.Where.Column == Where.Column;
      }))
    return;
  Parts.Unknown.push_back({Callee->getQualifiedNameAsString(),
                           Callee->isExternC(), usrOf(*Callee), Where});
}

bool EventLoopCheckBase::defersChains() const {
  return crossTranslationUnitSettings().defersExternalCalls();
}

void EventLoopCheckBase::deferChain(const Expr &Call,
                                    const FunctionDecl &Callee,
                                    const FunctionDecl &Callable,
                                    const ContextDecision &Context,
                                    const std::optional<Message> &Advice,
                                    const AdviceSite &Where) {
  PendingFinding Pending;
  Pending.ZeroArguments = constantZeroArguments(Call, *AST);
  Pending.Macro = expandedMacro(callExpressionLocation(Call));
  StallSite Site = siteOf(Call, Callable);
  Pending.IsConstruction = Site.IsConstruction;
  Pending.Constructed = Site.Constructed;
  deferPending(std::move(Pending), callLocation(Call), Call.getSourceRange(),
               Callee, Callable, Context, Advice, Where);
}

size_t EventLoopCheckBase::deferLoop(PendingLoop Loop, SourceLocation Loc,
                                     SourceRange Header,
                                     const FunctionDecl &FirstCallee,
                                     const FunctionDecl &Callable,
                                     const ContextDecision &Context,
                                     const Message &Advice) {
  PendingFinding Pending;
  Pending.Loop = std::move(Loop);
  return deferPending(std::move(Pending), Sources->getFileLoc(Loc), Header,
                      FirstCallee, Callable, Context, Advice, {});
}

size_t EventLoopCheckBase::deferPending(PendingFinding Pending,
                                        SourceLocation Loc, SourceRange Range,
                                        const FunctionDecl &Callee,
                                        const FunctionDecl &Callable,
                                        const ContextDecision &Context,
                                        const std::optional<Message> &Advice,
                                        const AdviceSite &Where) {
  Pending.Check = getID().str();
  Pending.CalleeUsr = usrOf(Callee);
  Pending.Where = positionOf(Loc, *Sources);
  CharSourceRange Tokens =
      CharSourceRange::getTokenRange(Sources->getFileLoc(Range.getBegin()),
                                     Sources->getFileLoc(Range.getEnd()));
  Pending.RangeBegin = positionOf(Tokens.getBegin(), *Sources);
  Pending.RangeEnd =
      positionOf(Lexer::getLocForEndOfToken(Tokens.getEnd(), 0, *Sources,
                                            AST->getLangOpts()),
                 *Sources);
  Pending.Form = formOf(Callable);
  Pending.Callable = displayName(Callable);
  Pending.Place = placeOf(Context);
  if (Context.ViaDecl)
    Pending.Via = patternName(*Context.ViaDecl);
  auto [NoteLoc, Note] = contextNote(Callable, Context);
  Pending.Context = {positionOf(NoteLoc, *Sources), formatMessage(Note)};
  if (Advice)
    Pending.Advice = formatMessage(*Advice);
  Pending.AdviceAsio = Where.Asio;
  Pending.AdviceCanAwait = Where.CanAwait;
  Pending.AdvicePool = Where.Pool;
  ChainGoal Goal = chainGoal();
  for (const auto &Category : Goal.DisabledCategories)
    Pending.DisabledCategories.push_back(Category.getKey().str());
  llvm::sort(Pending.DisabledCategories);
  Pending.Threshold = Goal.Threshold;
  Pending.MaxDepth = MaxCallDepth;
  UnitParts &Parts = unitParts(TidyContext->getCurrentFile(), AST);
  // The ticket: a diagnostic at the call (or loop) that goes through
  // clang-tidy's filters (NOLINT, header filter, warnings-as-errors) like
  // any finding; the link step reports the finding only where its ticket
  // was exported, at the level it was exported with, and drops the ticket
  // itself.
  const size_t Index = Parts.Pending.size();
  diag(Loc, "call to '%0' leads into other files; the project command links "
            "its chain (pending %1)")
      << displayName(Callee) << static_cast<unsigned>(Index) << Tokens;
  Parts.Pending.push_back(std::move(Pending));
  if (const FunctionDecl *Definition = Callee.getDefinition();
      Definition && Definition->hasBody())
    Parts.Roots.push_back(Definition);
  return Index;
}

} // namespace clang::tidy::stall
