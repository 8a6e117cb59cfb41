//===--- CheckDiagnostics.cpp - stallcheck --------------------------------===//
//
// EventLoopCheckBase, continued: how findings and their notes are written
// (the warning's site, the chain's notes, why the code runs on the loop),
// and configuration errors (clang-tidy's, or in the main file for an
// editor).
//
//===----------------------------------------------------------------------===//

#include "core/chains/ChainMessages.h"
#include "core/check/EventLoopCheckBase.h"
#include "core/check/UnitState.h"
#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <atomic>

using namespace clang::ast_matchers;

namespace clang::tidy::stall {

namespace {
/// Whether configuration errors are reported in the main file (set by
/// stallcheck-clangd).
std::atomic<bool> ConfigurationErrorsInMainFile{false};
} // namespace

bool configurationErrorsInMainFile() { return ConfigurationErrorsInMainFile; }

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
  // "the event loop", or "a thread of scheduler 'pool'".
  const std::string Place = placeOf(Context);
  Message M;
  switch (Context.Reason) {
  case ContextReason::CompletionHandler:
    M.Format = "%select{'%1'|the lambda}0 is the completion handler of '%2' "
               "here, which runs it on %3";
    M << IsLambda << Name << Context.Via << Place;
    return {Context.Loc, M};
  case ContextReason::Handoff:
    M.Format = "%select{'%1'|the lambda}0 is handed to '%2' here, which runs "
               "it on %3";
    M << IsLambda << Name << Context.Via << Place;
    return {Context.Loc, M};
  case ContextReason::Annotation:
    M.Format =
        "%select{'%1'|the lambda}0 is marked to run on the event loop here";
    M << IsLambda << Name;
    return {Context.Loc, M};
  case ContextReason::Switch:
    M.Format = "%select{coroutine '%1'|the coroutine lambda}0 resumes on %3 "
               "after awaiting '%2' here";
    M << IsLambda << Name << Context.Via << Place;
    return {Context.Loc, M};
  case ContextReason::Awaited:
    M.Format = "%select{coroutine '%1'|the coroutine lambda}0 is awaited "
               "here by '%2', which runs on %3";
    M << IsLambda << Name << Context.Via << Place;
    return {Context.Loc, M};
  case ContextReason::Started:
    M.Format = "%select{coroutine '%1'|the coroutine lambda}0 is started "
               "here by %select{'%3'|a lambda}2, which runs on %4";
    M << IsLambda << Name
      << llvm::StringRef(Context.Via).starts_with("lambda at ") << Context.Via
      << Place;
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
