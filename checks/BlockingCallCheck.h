//===--- BlockingCallCheck.h - stallcheck ----------------------*- C++ -*-===//

#ifndef STALLCHECK_BLOCKINGCALLCHECK_H
#define STALLCHECK_BLOCKINGCALLCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "core/BlockingApiCatalogue.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// Flags calls to blocking APIs (from the catalogue) made directly in the
/// body of an asynchronous C++20 coroutine, where they hold the event loop's
/// thread and stall every other task on it.
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
    SourceLocation Loc;
    SourceRange Range;
  };

  void checkCoroutine(const FunctionDecl &Coroutine,
                      SourceLocation CoroutineLoc);
  std::optional<BlockingUse> findBlockingUse(const Stmt &S) const;
  void report(const BlockingUse &Use, const FunctionDecl &Coroutine,
              SourceLocation CoroutineLoc);

  /// Raw option values, written back by storeOptions.
  const std::string CatalogueOption;
  const std::string DisabledCategoriesOption;
  /// Catalogue files with relative paths resolved.
  std::vector<std::string> CataloguePaths;
  llvm::StringSet<> DisabledCategories;
  /// Loaded in registerMatchers; null when it could not be (then no
  /// matcher is registered and the error has been reported).
  std::unique_ptr<BlockingApiCatalogue> Catalogue;
  /// Coroutines already analysed and calls already reported in this TU, so
  /// that a template is reported once, not once per instantiation.
  llvm::DenseSet<const FunctionDecl *> AnalysedCoroutines;
  llvm::DenseSet<unsigned> ReportedLocations;
  /// Coroutine lambdas are analysed at the end of the TU, once every
  /// co_spawn that may hand one to a thread pool has been seen (a named
  /// lambda is declared before the co_spawn that uses it).
  llvm::SmallVector<const LambdaExpr *, 8> CoroutineLambdas;
  llvm::DenseSet<const LambdaExpr *> LambdasOnThreadPools;
  const SourceManager *Sources = nullptr;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_BLOCKINGCALLCHECK_H
