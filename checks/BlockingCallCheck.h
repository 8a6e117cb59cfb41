//===--- BlockingCallCheck.h - stallcheck ----------------------*- C++ -*-===//

#ifndef STALLCHECK_BLOCKINGCALLCHECK_H
#define STALLCHECK_BLOCKINGCALLCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "core/ExecutionContext.h"
#include "core/StallCatalogue.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// Flags calls to blocking APIs (from the catalogue) made directly in code
/// that runs on an event loop (coroutines, completion handlers, callables
/// posted to a loop, annotated functions), where they hold the loop's thread
/// and stall every other task on it.
///
/// For the user-facing documentation see docs/checks/stall-blocking-call.md.
class BlockingCallCheck : public ClangTidyCheck {
public:
  BlockingCallCheck(llvm::StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

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

  /// Walks the body of \p Callable, which runs on the event loop.
  void checkCallable(const FunctionDecl &Callable,
                     const ContextDecision &Context);
  std::optional<BlockingUse> findBlockingUse(const Stmt &S) const;
  void report(const BlockingUse &Use, const FunctionDecl &Callable,
              const ContextDecision &Context);
  void explainContext(const FunctionDecl &Callable,
                      const ContextDecision &Context);
  void advise(const BlockingUse &Use, const FunctionDecl &Callable,
              const ContextDecision &Context);

  /// Raw option values, written back by storeOptions.
  const std::string CatalogueOption;
  const std::string DisabledCategoriesOption;
  const std::string WorkerTaskTypesOption;
  /// Catalogue files with relative paths resolved.
  std::vector<std::string> CataloguePaths;
  llvm::StringSet<> DisabledCategories;
  /// Loaded in registerMatchers; null when it could not be (then no
  /// matcher is registered and the error has been reported).
  std::unique_ptr<StallCatalogue> Catalogue;
  std::unique_ptr<ExecutionContextModel> Contexts;
  /// Functions and lambdas that may run on the loop, analysed at the end of
  /// the TU, once every handoff in it has been seen (a lambda may be
  /// declared before the co_spawn or post that takes it).
  llvm::SetVector<const FunctionDecl *> Candidates;
  /// Calls already reported, so that a template is reported once, not once
  /// per instantiation.
  llvm::DenseSet<unsigned> ReportedLocations;
  const SourceManager *Sources = nullptr;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_BLOCKINGCALLCHECK_H
