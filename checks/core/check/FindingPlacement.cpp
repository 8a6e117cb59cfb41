//===--- FindingPlacement.cpp - stallcheck --------------------------------===//
//
// EventLoopCheckBase, continued: where a finding is shown. At the call in
// the file (through macros, at the user's line), or, when the call that
// starts a chain is in a library's code, at the first step in the user's
// code, with the library's frames as notes.
//
//===----------------------------------------------------------------------===//

#include "core/chains/ChainMessages.h"
#include "core/check/EventLoopCheckBase.h"
#include "core/context/Callees.h"
#include "clang/AST/ASTLambda.h"
#include "clang/Basic/FileManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::stall {

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

} // namespace clang::tidy::stall
