//===--- EventLoopCheckBase.h - stallcheck ---------------------*- C++ -*-===//
//
// What every stall-* check shares: the catalogue, the execution-context
// model fed top-down from the translation unit, and the note that says why
// a piece of code runs on the event loop.
//
// Family check (checks/core/check/) owns the base class of every stall-* check,
// on clang-tidy's ClangTidyCheck: this surface, where a finding is placed
// (FindingPlacement.cpp), how it is written (CheckDiagnostics.cpp), what a file
// tells other files (UnitSummary.cpp), related calls (RelatedUses).
// It may use: every family above but project; only the checks' fronts link it.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_EVENTLOOPCHECKBASE_H
#define STALLCHECK_CORE_EVENTLOOPCHECKBASE_H

#include "clang-tidy/ClangTidyCheck.h"
#include "core/base/Messages.h"
#include "core/catalogue/StallCatalogue.h"
#include "core/chains/CallChains.h"
#include "core/chains/ChainMessages.h"
#include "core/context/ContextFlow.h"
#include "core/context/ExecutionContext.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::stall {

/// The stall module's checks, in the order they are registered.
inline constexpr llvm::StringLiteral StallCheckNames[] = {
    "stall-blocking-call", "stall-cpu-heavy-loop"};

/// Makes stall-* checks report configuration errors (a broken catalogue)
/// as an error at the start of the main file instead of clang-tidy's
/// location-less configuration error, which an editor does not show.
/// stallcheck-clangd calls it before clangd starts.
void reportConfigurationErrorsInMainFile();

/// A clang-tidy check that examines the code that runs on an event loop.
/// It reads the shared options (Catalogue, WorkerTaskTypes), loads the
/// catalogue, feeds the execution-context model, and at the end of each
/// translation unit calls checkEventLoopCode() for every region of every
/// function and lambda that runs on a loop (the whole body, or the parts of
/// a coroutine that switches executors that do).
class EventLoopCheckBase : public ClangTidyCheck {
public:
  EventLoopCheckBase(llvm::StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() final;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  /// Called once per region of a function or lambda that runs on an event
  /// loop; walk it with walkEventLoopCode().
  virtual void checkEventLoopCode(const FunctionDecl &Callable,
                                  const EventLoopRegion &Region) = 0;
  /// Walks the statements of \p Region as walkOwnStatements() does, leaving
  /// out those that run elsewhere (after a switch to a worker).
  void walkEventLoopCode(const EventLoopRegion &Region,
                         llvm::function_ref<bool(const Stmt &)> Visit) const;
  /// Called once the catalogue is loaded, to validate options against it.
  virtual void onCatalogueLoaded() {}
  /// Called for every declaration in user code that carries an annotation
  /// ([[clang::annotate]]), to validate stallcheck's own.
  virtual void onAnnotatedDeclaration(const FunctionDecl &Declaration) {}
  /// What the check's call chains must end at.
  virtual ChainGoal chainGoal() const = 0;

  /// Follows calls from event-loop code into helpers (valid during
  /// checkEventLoopCode()).
  CallChainModel &chains() { return *Chains; }
  /// Reports \p Chain, from a call made in event-loop code, as notes: one
  /// per call down to the function that stalls (the last note is the
  /// check's own).
  void explainChain(const CallChain &Chain);
  /// Reports \p M at \p Loc.
  DiagnosticBuilder emit(SourceLocation Loc, const Message &M,
                         DiagnosticIDs::Level Level = DiagnosticIDs::Warning);

  /// Whether a chain that reaches a function defined in another file is
  /// left to the project command's link step (deferChain) rather than
  /// given up.
  bool defersChains() const;
  /// Leaves the chain from \p Call, to \p Callee, in event-loop code
  /// \p Callable, to the link step: recorded in the unit's summary with
  /// everything its finding needs. \p Advice is the note that says what to
  /// do, when the chain does not decide it; \p Where, where advice is given,
  /// for the link step to word the advice for the call the chain ends at.
  void deferChain(const Expr &Call, const FunctionDecl &Callee,
                  const FunctionDecl &Callable, const ContextDecision &Context,
                  const std::optional<Message> &Advice,
                  const AdviceSite &Where = {});
  /// Leaves the loop at \p Loc (its header \p Header), whose cost so far
  /// is \p Loop, to the link step, which adds the costs of the calls it
  /// makes to functions of other files (the first: \p FirstCallee). The
  /// index of its pending finding.
  size_t deferLoop(PendingLoop Loop, SourceLocation Loc, SourceRange Header,
                   const FunctionDecl &FirstCallee,
                   const FunctionDecl &Callable,
                   const ContextDecision &Context, const Message &Advice);
  /// Notes that the chain from the call at \p Loc to \p Callee leads into
  /// other files and cannot be followed in this run (no project cache, or
  /// a stale entry in it): the unit's first such call gets one remark that
  /// says why and what to run.
  void noteUnfollowedCall(SourceLocation Loc, const FunctionDecl &Callee);
  /// Records \p Call, in event-loop code, for the unknown-calls report
  /// when its callee is a function nothing is known of: no body in this
  /// unit (the link step drops those another file defines), not in the
  /// catalogue, not 'harmless', not the standard library's (its reference
  /// lists cover it), not virtual. Project mode only.
  void noteUnknownCall(const CallExpr &Call);
  /// How a warning names \p Call in \p Callable.
  static StallSite siteOf(const Expr &Call, const FunctionDecl &Callable);
  /// Where \p Call is, possibly inside a macro expansion: a construction's
  /// type name, else the expression's location.
  static SourceLocation callExpressionLocation(const Expr &Call);
  /// Where a finding at \p Call is reported: callExpressionLocation() in
  /// the file.
  SourceLocation callLocation(const Expr &Call) const;
  /// The macro whose expansion wrote the code at \p Loc, as the user
  /// invoked it (the outermost of nested macros); empty when the user wrote
  /// that code (outside macros, or in a macro's arguments).
  std::string expandedMacro(SourceLocation Loc) const;
  /// The note, at the user's line, that a finding at \p Loc comes from the
  /// expansion of a macro: the warning alone would point at a line that
  /// shows no call.
  void explainMacro(SourceLocation Loc);

  /// The first step of a chain that is in the user's code, when the call
  /// that starts the chain is not: a library template (in a header the
  /// header filter leaves out, or a system header) that calls the user's
  /// callable. The finding is shown there, with the library's frames as
  /// notes, instead of in the library, where it would be filtered out.
  struct UserStep {
    /// The step: the call Chain.Calls[Index], or the chain's end (the
    /// blocking call or the loop) when Index == Chain.Calls.size().
    size_t Index = 0;
    bool atEnd(const CallChain &Chain) const {
      return Index == Chain.Calls.size();
    }
    /// The function the step is in, and where the step is.
    const FunctionDecl *Function = nullptr;
    SourceLocation Loc;
    /// The chain that goes on from the step's call (not at the end).
    CallChain Rest;
  };
  std::optional<UserStep> userStep(SourceLocation CallLoc,
                                   const FunctionDecl &Callee,
                                   const CallChain &Chain) const;
  /// The notes that say how the library's code reaches \p Step: the call
  /// at \p CallLoc in \p Callable, the library's calls after it, and why
  /// \p Callable runs on the loop.
  void explainLibraryFrames(SourceLocation CallLoc,
                            const FunctionDecl &Callable,
                            const ContextDecision &Context,
                            const CallChain &Chain, const UserStep &Step);
  /// Whether a warning at \p Loc is shown: the main file, or a header that
  /// clang-tidy's header filters let through (as ClangTidyDiagnosticConsumer
  /// decides).
  bool isUserCode(SourceLocation Loc) const;

  /// How a warning names the code that stalls the loop: the index of
  /// "%select{coroutine '%N'|a coroutine lambda|a lambda|function '%N'}".
  static unsigned formOf(const FunctionDecl &Callable);
  /// The note that says why \p Callable runs on the event loop.
  void explainContext(const FunctionDecl &Callable,
                      const ContextDecision &Context);
  /// That note's location and text.
  static std::pair<SourceLocation, Message>
  contextNote(const FunctionDecl &Callable, const ContextDecision &Context);
  /// The framework whose idioms the advice should use.
  static AsyncFramework adviceFramework(const FunctionDecl &Callable,
                                        const ContextDecision &Context);

  const StallCatalogue &catalogue() const { return *Catalogue; }
  /// How many calls down chains (and loop costs) follow helpers.
  unsigned maxCallDepth() const { return MaxCallDepth; }
  const SourceManager &sources() const { return *Sources; }

private:
  /// Whether this check reports the errors its shared options cause (a
  /// broken catalogue, unusable summaries): not when an earlier stall-*
  /// check, enabled for the same file with the same options, reports
  /// them. One error, counted once, not once per check.
  bool reportsSharedErrors() const;
  /// Reports a configuration problem that leaves the check without its
  /// catalogue: clang-tidy's configuration error, or, for an editor (see
  /// reportConfigurationErrorsInMainFile), an error at the start of the
  /// main file, through a matcher added to \p Finder.
  void reportConfigurationError(ast_matchers::MatchFinder *Finder,
                                llvm::StringRef Format, std::string Message);
  /// Writes this translation unit's summary, when asked to (first pass).
  void writeSummary();
  /// The remark, once per file, that chains stopped at calls into other
  /// files (noteUnfollowedCall), and why.
  void explainUnfollowedCalls();

  ClangTidyContext *const TidyContext;
  /// This translation unit's header filters (empty: no header).
  std::optional<llvm::Regex> HeaderFilter;
  std::optional<llvm::Regex> ExcludeHeaderFilter;
  bool SystemHeaders = false;
  const std::string CatalogueOption;
  const std::string WorkerTaskTypesOption;
  const unsigned MaxCallDepth;
  std::vector<std::string> CataloguePaths;
  /// Null when the catalogue could not be loaded (reported as an error;
  /// no matcher is registered then).
  std::unique_ptr<StallCatalogue> Catalogue;
  std::unique_ptr<ExecutionContextModel> Contexts;
  /// Functions and lambdas that may run on the loop, decided at the end of
  /// the TU, once every handoff in it has been seen (a lambda may be
  /// declared before the co_spawn or post that takes it).
  llvm::SetVector<const FunctionDecl *> Candidates;
  const SourceManager *Sources = nullptr;
  /// Records \p Pending (what is particular to it already set) with what
  /// every pending finding holds, and emits its ticket at \p Loc.
  size_t deferPending(PendingFinding Pending, SourceLocation Loc,
                      SourceRange Range, const FunctionDecl &Callee,
                      const FunctionDecl &Callable,
                      const ContextDecision &Context,
                      const std::optional<Message> &Advice,
                      const AdviceSite &Where);
  ASTContext *AST = nullptr;
  /// Summaries of other translation units (second pass, or the project
  /// cache found for the editor), and this unit's lookups in them.
  UnitSummaries Summaries;
  std::optional<SummaryLookup> Lookup;
  std::unique_ptr<CallChainModel> Chains;
  /// The first call whose chain could not be followed into other files,
  /// and its callee's name.
  SourceLocation FirstUnfollowed;
  std::string FirstUnfollowedCallee;
  /// The statements of the function being checked that do not run on the
  /// loop.
  const llvm::DenseSet<const Stmt *> *OffLoop = nullptr;
  /// The main file's definitions, when this run writes a summary.
  std::vector<const FunctionDecl *> Summarised;
  /// The configuration error to report in the main file (its format and
  /// argument), and whether this translation unit has it.
  std::optional<std::pair<std::string, std::string>> ConfigurationError;
  bool ConfigurationErrorReported = false;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_EVENTLOOPCHECKBASE_H
