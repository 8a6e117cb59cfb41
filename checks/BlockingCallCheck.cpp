//===--- BlockingCallCheck.cpp - stallcheck -------------------------------===//

#include "BlockingCallCheck.h"
#include "core/ConfigPaths.h"
#include "core/Coroutines.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::stall {

namespace {

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
      // The type as the user wrote it, unless that spells a lambda
      // (auto f = std::async([] {...})): then its canonical form.
      std::string Type = Object.getUnqualifiedType().getAsString(Policy);
      if (llvm::StringRef(Type).contains("(lambda at"))
        Type = Object.getCanonicalType().getUnqualifiedType().getAsString(
            Policy);
      return Type + "::" + Method->getNameAsString();
    }
  }
  return Callee->getQualifiedNameAsString();
}

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

std::string describeConstructed(const CXXConstructExpr &Construct) {
  PrintingPolicy Policy(
      Construct.getConstructor()->getASTContext().getLangOpts());
  return Construct.getType().getUnqualifiedType().getAsString(Policy);
}

} // namespace

BlockingCallCheck::BlockingCallCheck(llvm::StringRef Name,
                                     ClangTidyContext *Context)
    : EventLoopCheckBase(Name, Context),
      DisabledCategoriesOption(
          Options.get(DisabledCategoriesKey, DefaultDisabledCategories).str()) {
  for (const std::string &Category : splitOptionList(DisabledCategoriesOption))
    DisabledCategories.insert(Category);
}

void BlockingCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  EventLoopCheckBase::storeOptions(Opts);
  Options.store(Opts, DisabledCategoriesKey, DisabledCategoriesOption);
}

void BlockingCallCheck::onCatalogueLoaded() {
  for (const auto &Category : DisabledCategories)
    if (!catalogue().findCategory(Category.getKey()))
      configurationDiag("unknown category '%0' in option '%1'")
          << Category.getKey() << DisabledCategoriesKey;
}

void BlockingCallCheck::onStartOfTranslationUnit() {
  EventLoopCheckBase::onStartOfTranslationUnit();
  ReportedLocations.clear();
}

void BlockingCallCheck::checkEventLoopCode(const FunctionDecl &Callable,
                                          const ContextDecision &Context) {
  llvm::SmallVector<BlockingUse, 8> Uses;
  llvm::DenseSet<const Expr *> UseExprs;
  forEachOwnStatement(Callable.getBody(), [&](const Stmt &S) {
    std::optional<BlockingUse> Use = findBlockingUse(S);
    if (!Use || DisabledCategories.contains(Use->Api->category()))
      return;
    UseExprs.insert(Use->Expression);
    Uses.push_back(std::move(*Use));
  });
  for (BlockingUse &Use : Uses) {
    // `std::ofstream(path) << a << b` is one stall, not three: a call on
    // the result of another finding is part of it.
    if (receiverIsFinding(*Use.Expression, UseExprs))
      continue;
    // Once per place: a template's instantiations share its locations.
    Use.Loc = sources().getFileLoc(Use.Loc);
    if (ReportedLocations.insert(Use.Loc.getRawEncoding()).second)
      report(Use, Callable, Context);
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

void BlockingCallCheck::report(const BlockingUse &Use,
                               const FunctionDecl &Callable,
                               const ContextDecision &Context) {
  const BlockingCategory *Category =
      catalogue().findCategory(Use.Api->category());
  diag(Use.Loc, "%select{call to|construction of}0 '%1' blocks the event "
                "loop in %select{coroutine '%3'|a coroutine lambda|a "
                "lambda|function '%3'}2: it %4 (category '%5')")
      << Use.IsConstruction << Use.What
      << formOf(Callable)
      << Callable.getQualifiedNameAsString() << Category->Description
      << Category->Name << Use.Range;
  explainContext(Callable, Context);
  advise(Use, Callable, Context);
}

void BlockingCallCheck::advise(const BlockingUse &Use,
                               const FunctionDecl &Callable,
                               const ContextDecision &Context) {
  const bool CanAwait = classifyCoroutine(Callable) == CoroutineKind::Async;
  llvm::StringRef Asio =
      asioNamespacePrefix(adviceFramework(Callable, Context));
  if (!Asio.empty() && !Use.Api->asioAlternative().empty()) {
    diag(Use.Loc,
         CanAwait ? "use the asynchronous '%0%1' instead and co_await it with "
                    "'%0use_awaitable'"
                  : "use the asynchronous '%0%1' instead, with a completion "
                    "handler",
         DiagnosticIDs::Note)
        << Asio << Use.Api->asioAlternative();
  } else if (!Use.Api->advice().empty()) {
    diag(Use.Loc, "%0", DiagnosticIDs::Note) << Use.Api->advice();
  } else if (!Asio.empty()) {
    diag(Use.Loc,
         CanAwait ? "offload it to a '%0thread_pool': 'co_await "
                    "%0co_spawn(pool, work, %0use_awaitable)', where 'work' "
                    "is a coroutine lambda that makes the call"
                  : "offload it to a '%0thread_pool': '%0post(pool, work)', "
                    "where 'work' is a lambda that makes the call",
         DiagnosticIDs::Note)
        << Asio;
  } else {
    const BlockingCategory *Category =
        catalogue().findCategory(Use.Api->category());
    diag(Use.Loc, "%0", DiagnosticIDs::Note) << Category->Advice;
  }
}

} // namespace clang::tidy::stall
