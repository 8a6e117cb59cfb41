//===--- BlockingCallCheck.cpp - stallcheck -------------------------------===//

#include "BlockingCallCheck.h"
#include "core/ConfigPaths.h"
#include "core/Coroutines.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::stall {

namespace {

constexpr llvm::StringLiteral CatalogueKey = "Catalogue";
constexpr llvm::StringLiteral DisabledCategoriesKey = "DisabledCategories";
constexpr llvm::StringLiteral DefaultDisabledCategories = "lock";

/// How the user wrote the blocking thing, for the message: the object's
/// type for member calls ("std::future<int>::get", not libstdc++'s
/// "std::__basic_future<int>::wait"), the qualified name otherwise.
std::string describeCallee(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  const ASTContext &Context = Callee->getASTContext();
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  if (Method && Member && !Method->isOverloadedOperator()) {
    // The object as written, before any derived-to-base conversion.
    QualType Object =
        Member->getImplicitObjectArgument()->IgnoreParenImpCasts()->getType();
    if (Object->isPointerType())
      Object = Object->getPointeeType();
    if (!Object.isNull()) {
      PrintingPolicy Policy(Context.getLangOpts());
      Policy.SuppressScope = false;
      return Object.getUnqualifiedType().getAsString(Policy) +
             "::" + Method->getNameAsString();
    }
  }
  return Callee->getQualifiedNameAsString();
}

std::string describeConstructed(const CXXConstructExpr &Construct) {
  PrintingPolicy Policy(
      Construct.getConstructor()->getASTContext().getLangOpts());
  return Construct.getType().getUnqualifiedType().getAsString(Policy);
}

} // namespace

BlockingCallCheck::BlockingCallCheck(llvm::StringRef Name,
                                     ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CatalogueOption(Options.getLocalOrGlobal(CatalogueKey, "").str()),
      DisabledCategoriesOption(
          Options.get(DisabledCategoriesKey, DefaultDisabledCategories).str()) {
  std::vector<std::string> OptionKeys = {(Name + "." + CatalogueKey).str(),
                                         CatalogueKey.str()};
  for (const std::string &Path : splitOptionList(CatalogueOption))
    CataloguePaths.push_back(
        resolveOptionPath(Path, Context->getCurrentFile(), OptionKeys));
  for (const std::string &Category : splitOptionList(DisabledCategoriesOption))
    DisabledCategories.insert(Category);
}

void BlockingCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, CatalogueKey, CatalogueOption);
  Options.store(Opts, DisabledCategoriesKey, DisabledCategoriesOption);
}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  llvm::Expected<BlockingApiCatalogue> Loaded =
      BlockingApiCatalogue::createLayered(CataloguePaths);
  if (!Loaded) {
    configurationDiag("invalid blocking-API catalogue: %0",
                      DiagnosticIDs::Error)
        << llvm::toString(Loaded.takeError());
    return;
  }
  Catalogue = std::make_unique<BlockingApiCatalogue>(std::move(*Loaded));
  for (const auto &Category : DisabledCategories)
    if (!Catalogue->findCategory(Category.getKey()))
      configurationDiag("unknown category '%0' in option '%1'")
          << Category.getKey() << DisabledCategoriesKey;

  // Top-down: start from coroutine definitions and walk their bodies, so a
  // file without coroutines pays for one cheap matcher and nothing else.
  Finder->addMatcher(
      functionDecl(isDefinition(), hasBody(coroutineBodyStmt()))
          .bind("coroutine"),
      this);
  Finder->addMatcher(lambdaExpr().bind("lambda"), this);
  // Offloading a coroutine lambda with co_spawn(pool, ...) is the advice;
  // code that follows it must stay silent.
  Finder->addMatcher(
      callExpr(callee(functionDecl(hasName("co_spawn")))).bind("spawn"), this);
}

void BlockingCallCheck::onStartOfTranslationUnit() {
  AnalysedCoroutines.clear();
  ReportedLocations.clear();
  CoroutineLambdas.clear();
  LambdasOnThreadPools.clear();
}

void BlockingCallCheck::onEndOfTranslationUnit() {
  for (const LambdaExpr *Lambda : CoroutineLambdas)
    if (!LambdasOnThreadPools.contains(Lambda))
      checkCoroutine(*Lambda->getCallOperator(), Lambda->getBeginLoc());
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  Sources = Result.SourceManager;
  if (const auto *Spawn = Result.Nodes.getNodeAs<CallExpr>("spawn")) {
    if (const LambdaExpr *Offloaded = lambdaSpawnedOnThreadPool(*Spawn))
      LambdasOnThreadPools.insert(Offloaded);
    return;
  }
  if (const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda")) {
    if (Lambda->getCallOperator() &&
        isa_and_nonnull<CoroutineBodyStmt>(Lambda->getBody()))
      CoroutineLambdas.push_back(Lambda);
    return;
  }
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  if (Function && !isLambdaCallOperator(Function))
    checkCoroutine(*Function, Function->getLocation());
}

void BlockingCallCheck::checkCoroutine(const FunctionDecl &Coroutine,
                                       SourceLocation CoroutineLoc) {
  if (!AnalysedCoroutines.insert(&Coroutine).second)
    return;
  if (classifyCoroutine(Coroutine) != CoroutineKind::Async)
    return;
  forEachOwnStatement(Coroutine.getBody(), [&](const Stmt &S) {
    std::optional<BlockingUse> Use = findBlockingUse(S);
    if (!Use || DisabledCategories.contains(Use->Api->category()))
      return;
    // Once per place: a template's instantiations share its locations.
    Use->Loc = Sources->getFileLoc(Use->Loc);
    if (ReportedLocations.insert(Use->Loc.getRawEncoding()).second)
      report(*Use, Coroutine, CoroutineLoc);
  });
}

std::optional<BlockingCallCheck::BlockingUse>
BlockingCallCheck::findBlockingUse(const Stmt &S) const {
  if (const auto *Call = dyn_cast<CallExpr>(&S)) {
    if (const BlockingApi *Api = Catalogue->findCall(*Call))
      return BlockingUse{Api, describeCallee(*Call), /*IsConstruction=*/false,
                         Call->getExprLoc(), Call->getSourceRange()};
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S)) {
    if (const BlockingApi *Api = Catalogue->findConstruction(*Construct))
      return BlockingUse{Api, describeConstructed(*Construct),
                         /*IsConstruction=*/true, Construct->getLocation(),
                         Construct->getSourceRange()};
  }
  return std::nullopt;
}

void BlockingCallCheck::report(const BlockingUse &Use,
                               const FunctionDecl &Coroutine,
                               SourceLocation CoroutineLoc) {
  const bool IsLambda = isLambdaCallOperator(&Coroutine);
  const std::string CoroutineName = Coroutine.getQualifiedNameAsString();
  const BlockingCategory *Category =
      Catalogue->findCategory(Use.Api->category());
  diag(Use.Loc, "%select{call to|construction of}0 '%1' blocks the event "
                "loop in %select{coroutine '%3'|a coroutine lambda}2: it %4 "
                "(category '%5')")
      << Use.IsConstruction << Use.What << IsLambda << CoroutineName
      << Category->Description << Category->Name << Use.Range;
  diag(CoroutineLoc, "%select{coroutine '%1'|the coroutine lambda}0 "
                     "begins here",
       DiagnosticIDs::Note)
      << IsLambda << CoroutineName;

  // The advice, most specific first.
  llvm::StringRef Asio = asioNamespacePrefix(frameworkOf(Coroutine));
  if (!Asio.empty() && !Use.Api->asioAlternative().empty())
    diag(Use.Loc,
         "use the asynchronous '%0%1' instead and co_await it with "
         "'%0use_awaitable'",
         DiagnosticIDs::Note)
        << Asio << Use.Api->asioAlternative();
  else if (!Use.Api->advice().empty())
    diag(Use.Loc, "%0", DiagnosticIDs::Note) << Use.Api->advice();
  else if (!Asio.empty())
    diag(Use.Loc,
         "offload it to a '%0thread_pool': 'co_await %0co_spawn(pool, "
         "work, %0use_awaitable)', where 'work' is a coroutine lambda that "
         "makes the call",
         DiagnosticIDs::Note)
        << Asio;
  else
    diag(Use.Loc, "%0", DiagnosticIDs::Note) << Category->Advice;
}

} // namespace clang::tidy::stall
