//===--- CallChains.h - stallcheck -----------------------------*- C++ -*-===//
//
// Follows calls from event-loop code into helper functions: the shortest
// chain of calls that ends at a blocking API or a heavy loop. Function
// facts are computed on demand and memoised, so a translation unit without
// event-loop code pays nothing; functions defined in other translation units
// come from summary files (FunctionSummary.h).
//
// Followed: direct calls and constructions of functions defined in user
// code, templates and (non-virtual) member functions included, on the paths
// a program takes when nothing went wrong. Not followed: virtual calls
// (unless the dynamic type is known: followedCallee in Callees.h),
// function pointers, std::function and other calls through system headers,
// coroutines (calling one only creates its frame), code a helper hands to
// another thread (lambda bodies are not part of it), callables the context
// model places by themselves, functions that do not return or are marked
// cold, functions marked STALLCHECK_NOT_BLOCKING or listed as
// 'not-followed' in the catalogue (test frameworks' assertion internals),
// and, inside helpers, branches marked unlikely or on the way out of the
// process.
//
// Family chains (checks/core/chains/) owns call chains from event-loop code to
// what stalls, through this translation unit and other files' summaries, and
// their messages.
// It may use: base, catalogue, context, cost, summaries.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CALLCHAINS_H
#define STALLCHECK_CORE_CALLCHAINS_H

#include "core/catalogue/StallCatalogue.h"
#include "core/cost/LoopCost.h"
#include "core/summaries/FunctionSummary.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// The key of \p Function in summaries: its USR, made unique across
/// translation units for internal functions and lambdas.
std::string usrOf(const FunctionDecl &Function);

/// Where \p Loc is (its file location), as a summary records it: the
/// absolute path without '..', line, column.
SourcePosition positionOf(SourceLocation Loc, const SourceManager &Sources);

/// How the user wrote a blocking call, for messages: the object's type for
/// member calls ("std::future<int>::get", not libstdc++'s
/// "std::__basic_future<int>::wait"), the qualified name otherwise.
std::string describeCallee(const CallExpr &Call);
/// The constructed type as written: "std::ifstream".
std::string describeConstructed(const CXXConstructExpr &Construct);

/// What a chain must end at.
struct ChainGoal {
  enum Kind { BlockingCall, HeavyLoop } What = BlockingCall;
  /// BlockingCall: categories that do not count.
  llvm::StringSet<> DisabledCategories;
  /// HeavyLoop: the estimated operations from which a loop counts.
  std::uint64_t Threshold = 0;
};

/// A proof that a call stalls: the functions it goes through and what the
/// last one does.
struct CallChain {
  /// The called function first.
  llvm::SmallVector<const FunctionFacts *, 4> Functions;
  /// Calls[I] is the call in Functions[I] to Functions[I + 1].
  llvm::SmallVector<const CallFact *, 4> Calls;
  /// What the last function does: exactly one of these is set.
  const BlockingFact *Blocking = nullptr;
  const LoopFact *Loop = nullptr;
};

/// The result of looking for a chain from a call.
struct ChainSearch {
  std::optional<CallChain> Chain;
  /// The search met a function defined in another translation unit that it
  /// could not look up (project mode): the link step settles it.
  bool Incomplete = false;
};

/// Whether \p Function itself reaches \p Goal when called with constant
/// zeros for the parameters \p ZeroArguments (ZeroGuards.h); then sets the
/// end of \p Chain.
bool reachesGoal(const FunctionFacts &Function, const ChainGoal &Goal,
                 CallChain &Chain, std::uint32_t ZeroArguments = 0);

/// What a call in a chain runs: its facts, or null when it is not entered;
/// sets its second argument when the callee's facts could not be looked up.
using ChainResolver =
    llvm::function_ref<const FunctionFacts *(const CallFact &, bool &)>;

/// The shortest chain from \p Root to \p Goal, at most \p MaxDepth
/// functions long, breadth first; \p Missing is set when a call met before
/// the end could not be looked up. \p ZeroArguments: the parameters of
/// \p Root the call passes a constant zero; what they skip, and what the
/// calls inside pass zero to, is left out all along. Shared by the checks
/// and the project command's link step, so that both find the same chain.
std::optional<CallChain> shortestChain(const FunctionFacts &Root,
                                       const ChainGoal &Goal, unsigned MaxDepth,
                                       ChainResolver Resolve, bool &Missing,
                                       std::uint32_t ZeroArguments = 0);

class CallChainModel {
public:
  /// \p RunsOnItsOwn says whether a function is placed by the context
  /// model (a callable handed to the loop, analysed where it runs; or to a
  /// worker): chains do not enter it, so that its findings are not
  /// reported twice, nor work offloaded to a pool reported at all.
  CallChainModel(const StallCatalogue &Catalogue, ASTContext &Context,
                 ChainGoal Goal, unsigned MaxDepth, SummaryLookup *Summaries,
                 std::function<bool(const FunctionDecl &)> RunsOnItsOwn);

  /// The function a call or construction runs that chains may follow
  /// into, or null: see the file comment for what is followed.
  const FunctionDecl *followedCallee(const Stmt &CallOrConstruct) const;

  /// The shortest chain, at most MaxDepth functions long, from a call to
  /// \p Callee to the goal; nothing when there is none.
  std::optional<CallChain> chainFrom(const FunctionDecl &Callee);
  /// The same, saying whether the search met a function it could not look
  /// up (defined in another file, in project mode); \p ZeroArguments: the
  /// parameters the call passes a constant zero (constantZeroArguments).
  ChainSearch search(const FunctionDecl &Callee,
                     std::uint32_t ZeroArguments = 0);

  /// What a call to \p Callee, defined in another file, costs: its
  /// summary's cost; or nothing known, Deferred when \p Defers and the
  /// summaries are not at hand (project mode's per-file step).
  ExternalCost externalCost(const FunctionDecl &Callee, bool Defers);

  /// What \p Definition does by itself (memoised).
  const FunctionFacts &factsOf(const FunctionDecl &Definition);

  /// A diagnostic location for \p Where; for a position from a summary
  /// file, its file is entered into the source manager. Invalid when the
  /// file cannot be read.
  SourceLocation locate(const Place &Where);

  /// Files whose summaries were ignored because they changed since.
  llvm::ArrayRef<std::string> staleFiles() const { return StaleFiles; }

  /// The summary of this translation unit for the second pass: facts of
  /// \p Definitions and of the functions in user headers they reach, with
  /// every position made absolute.
  SummaryFile summarise(llvm::ArrayRef<const FunctionDecl *> Definitions,
                        llvm::StringRef MainFile);

private:
  /// Of \p Definitions (the functions a summary could hold), those that can
  /// change a chain or a loop's cost in another file.
  llvm::DenseSet<const FunctionDecl *>
  worthKeeping(llvm::ArrayRef<const FunctionDecl *> Definitions);
  const FunctionFacts *resolve(const CallFact &Call, bool &Missing);
  const FunctionFacts *resolve(const FunctionDecl &Callee, bool &Missing);
  /// A function of another translation unit, from the summaries.
  const FunctionFacts *lookUp(llvm::StringRef Usr, bool &Missing);
  std::optional<LoopFact> heaviestLoop(const FunctionDecl &Definition);
  bool callsBlockingApi(const Stmt &Body) const;
  SourcePosition positionOf(SourceLocation Loc) const;

  const StallCatalogue &Catalogue;
  ASTContext &Context;
  const SourceManager &Sources;
  ChainGoal Goal;
  unsigned MaxDepth;
  SummaryLookup *Summaries;
  std::function<bool(const FunctionDecl &)> RunsOnItsOwn;
  LoopCostModel Costs;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionFacts>> Facts;
  llvm::DenseMap<std::pair<const FunctionFacts *, std::uint32_t>, ChainSearch>
      Chains;
  llvm::StringMap<FileID> EnteredFiles;
  void noteStale(const std::string &File);
  std::vector<std::string> StaleFiles;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CALLCHAINS_H
