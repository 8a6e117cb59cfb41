//===--- BlockingCallCheck.h - stallcheck ----------------------*- C++ -*-===//

#ifndef STALLCHECK_BLOCKINGCALLCHECK_H
#define STALLCHECK_BLOCKINGCALLCHECK_H

#include "clang-tidy/utils/IncludeInserter.h"
#include "core/check/AwaitFixes.h"
#include "core/check/EventLoopCheckBase.h"
#include "core/context/StoredCallables.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>
#include <string>

namespace clang::tidy::stall {

/// Flags calls to blocking APIs (from the catalogue) made directly in code
/// that runs on an event loop (coroutines, completion handlers, callables
/// posted to a loop, annotated functions), where they hold the loop's thread
/// and stall every other task on it.
///
/// For the user-facing documentation see docs/checks/stall-blocking-call.md.
class BlockingCallCheck : public EventLoopCheckBase {
public:
  BlockingCallCheck(llvm::StringRef Name, ClangTidyContext *Context);
  void onStartOfTranslationUnit() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;

protected:
  void checkEventLoopCode(const FunctionDecl &Callable,
                          const EventLoopRegion &Region) override;
  void onCatalogueLoaded() override;
  void onAnnotatedDeclaration(const FunctionDecl &Declaration) override;
  ChainGoal chainGoal() const override;

private:
  /// A call or construction the catalogue lists, as it will be reported.
  struct BlockingUse {
    const BlockingApi *Api;
    /// As the user wrote it: "std::future<int>::get", "std::ifstream".
    std::string What;
    bool IsConstruction;
    const Expr *Expression;
    SourceLocation Loc;
    SourceRange Range;
  };

  std::optional<BlockingUse> findBlockingUse(const Stmt &S) const;
  /// Reports \p Use, with the related uses that follow it in \p Related
  /// (the same category on the same \p Subject, in the same block) as
  /// notes.
  void report(const BlockingUse &Use,
              llvm::ArrayRef<const BlockingUse *> Related,
              const ValueDecl *Subject, const FunctionDecl &Callable,
              const ContextDecision &Context);
  /// Reports a call in event-loop code to a helper that blocks, with the
  /// chain of calls down to the blocking API.
  /// What the category of \p Blocking does to the thread ("sleeps the
  /// thread"), or "blocks" for a category this catalogue lacks.
  llvm::StringRef describeCategory(const BlockingFact &Blocking) const;
  /// The warning for a chain from \p Call (at \p Loc) in event-loop code
  /// \p Callable, its notes, and the advice; \p ExplainCall adds the
  /// notes about the call itself (a macro it is written in, where a stored
  /// lambda came from).
  void reportChain(const Expr &Call, SourceLocation Loc, const CallChain &Chain,
                   const FunctionDecl &Callable,
                   const ContextDecision &Context,
                   llvm::function_ref<void()> ExplainCall);
  /// A call through a std::function object (\p Object) that \p Lambda was
  /// stored into: the lambda's chain, reported at the call.
  void checkStoredCall(const CallExpr &Call, const ValueDecl &Object,
                       const LambdaExpr &Lambda, const FunctionDecl &Callable,
                       const ContextDecision &Context);
  void checkHelperCall(const Expr &Call, const FunctionDecl &Callable,
                       const ContextDecision &Context);
  /// The note that says what to do instead; \p Api is null for a helper.
  /// Where advice is given in \p Callable (fittingAdvice), which can reach
  /// \p Pool.
  AdviceSite adviceSite(const FunctionDecl &Callable,
                        const ContextDecision &Context,
                        const ReachablePool &Pool) const;
  /// The note that says what to do: fittingAdvice, else the category's.
  /// \p Work: the call the advice is about, for the offload fix-it
  /// (null for a construction, or advice given at another place).
  void advise(SourceLocation Loc, const EntryAdvice &Entry,
              const FunctionDecl &Callable, const ContextDecision &Context,
              const Expr *Work);

  const std::string DisabledCategoriesOption;
  llvm::StringSet<> DisabledCategories;
  /// Whether related uses (core/check/RelatedUses.h) are reported as one
  /// finding.
  const bool GroupRelatedCalls;
  /// Adds the headers a fix-it's replacement needs ('IncludeStyle').
  utils::IncludeInserter Inserter;
  /// Calls already reported, so that a template is reported once, not once
  /// per instantiation.
  llvm::DenseSet<unsigned> ReportedLocations;
  /// The unit's lambdas stored in std::function objects (built on the
  /// first call through one in event-loop code).
  std::unique_ptr<StoredCallables> Stored;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_BLOCKINGCALLCHECK_H
