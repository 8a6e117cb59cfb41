//===--- ChainMessages.cpp - stallcheck -----------------------------------===//

#include "core/chains/ChainMessages.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

namespace clang::tidy::stall {

namespace {
/// The name a warning gives the call: the constructed type, or the
/// function called.
std::string calleeOf(const StallSite &Site, const CallChain &Chain) {
  return Site.IsConstruction ? Site.Constructed : Chain.Functions.front()->Name;
}

std::uint64_t perIteration(const LoopFact &Loop) {
  return std::max<std::uint64_t>(
      1, Loop.operations() / std::max<std::uint64_t>(1, Loop.Iterations));
}
} // namespace

Message blockingChainWarning(const StallSite &Site, const CallChain &Chain,
                             llvm::StringRef Description) {
  Message M{"%select{call to|construction of}0 '%1' blocks %9 in "
            "%select{coroutine '%3'|a coroutine lambda|a lambda|function "
            "'%3'}2: it %4 through '%5'%select{|, %7 calls down}6 (category "
            "'%8')",
            {}};
  M << Site.IsConstruction << calleeOf(Site, Chain) << Site.Form
    << Site.Callable << Description << Chain.Blocking->What
    << (Chain.Functions.size() > 1)
    << static_cast<unsigned>(Chain.Functions.size())
    << Chain.Blocking->Category << Site.Place;
  return M;
}

Message loopChainWarning(const StallSite &Site, const CallChain &Chain) {
  const LoopFact &Loop = *Chain.Loop;
  Message M{"%select{call to|construction of}0 '%1' runs a loop of about %2 "
            "iterations%select{| x ~%4 operations (%5)}3 without "
            "suspending%select{|, %7 calls down}6, stalling the event loop in "
            "%select{coroutine '%9'|a coroutine lambda|a lambda|function "
            "'%9'}8",
            {}};
  M << Site.IsConstruction << calleeOf(Site, Chain)
    << formatIterations(Loop.Iterations) << (perIteration(Loop) > 1)
    << formatOperations(perIteration(Loop)) << Loop.Work
    << (Chain.Functions.size() > 1)
    << static_cast<unsigned>(Chain.Functions.size()) << Site.Form
    << Site.Callable;
  return M;
}

Message heavyLoopWarning(const StallSite &Site, std::uint64_t Iterations,
                         std::uint64_t PerIteration, llvm::StringRef Work) {
  Message M{"loop runs about %0 iterations%select{| x ~%2 operations (%3)}1 "
            "without suspending, stalling the event loop in %select{coroutine "
            "'%5'|a coroutine lambda|a lambda|function '%5'}4",
            {}};
  M << formatIterations(Iterations) << (PerIteration > 1)
    << formatOperations(PerIteration) << Work << Site.Form << Site.Callable;
  return M;
}

Message loopBoundNote(bool Inner, std::uint64_t Count, llvm::StringRef Bound) {
  Message M{"%select{this loop|an inner loop}0 runs %1 times: its bound is "
            "'%2'",
            {}};
  M << Inner << formatIterations(Count) << Bound;
  return M;
}

Message calleeCostNote(llvm::StringRef Callee, std::uint64_t Operations) {
  Message M{"each call to '%0' costs about %1 operations", {}};
  M << Callee << formatOperations(Operations);
  return M;
}

Message blockingEndWarning(const StallSite &Site, const BlockingFact &Blocking,
                           llvm::StringRef Description) {
  Message M{"%select{call to|construction of}0 '%1' blocks %6 in "
            "%select{coroutine '%3'|a coroutine lambda|a lambda|function "
            "'%3'}2: it %4 (category '%5')",
            {}};
  M << Blocking.IsConstruction << llvm::StringRef(Blocking.What) << Site.Form
    << Site.Callable << Description << Blocking.Category << Site.Place;
  return M;
}

Message loopEndWarning(const StallSite &Site, const LoopFact &Loop) {
  Message M{"loop runs about %0 iterations%select{| x ~%2 operations (%3)}1 "
            "without suspending, stalling the event loop in "
            "%select{coroutine '%5'|a coroutine lambda|a lambda|function "
            "'%5'}4",
            {}};
  M << formatIterations(Loop.Iterations) << (perIteration(Loop) > 1)
    << formatOperations(perIteration(Loop)) << Loop.Work << Site.Form
    << Site.Callable;
  return M;
}

Message chainLinkNote(const CallChain &Chain, size_t Index) {
  Message M{"'%0' calls '%1' here", {}};
  M << Chain.Functions[Index]->Name << Chain.Calls[Index]->CalleeName;
  return M;
}

Message blockingEndNote(const CallChain &Chain) {
  Message M{"'%0' %select{calls|constructs}1 '%2' here", {}};
  M << Chain.Functions.back()->Name << Chain.Blocking->IsConstruction
    << Chain.Blocking->What;
  return M;
}

Message loopEndNote(const CallChain &Chain) {
  const LoopFact &Loop = *Chain.Loop;
  Message M{"'%0' runs a loop of about %1 iterations%select{| x ~%3 "
            "operations}2 here",
            {}};
  M << Chain.Functions.back()->Name << formatIterations(Loop.Iterations)
    << (perIteration(Loop) > 1) << formatOperations(perIteration(Loop));
  return M;
}

std::string formatIterations(std::uint64_t Iterations) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::format("%.1e", static_cast<double>(Iterations));
  OS.flush();
  // "1.0e+07" -> "1.0e7"
  size_t Exponent = Text.find('e');
  if (Exponent != std::string::npos) {
    std::string Digits = Text.substr(Exponent + 1);
    bool Negative = !Digits.empty() && Digits[0] == '-';
    Digits.erase(0, Digits.find_first_not_of("+-0"));
    Text = Text.substr(0, Exponent + 1) + (Negative ? "-" : "") +
           (Digits.empty() ? "0" : Digits);
  }
  return Text;
}

std::string formatOperations(std::uint64_t Operations) {
  return Operations < 10000 ? std::to_string(Operations)
                            : formatIterations(Operations);
}

bool advisesOffload(const AdviceSite &Site, const EntryAdvice &Entry) {
  return !Site.Asio.empty() && Entry.AsioAlternative.empty() &&
         Entry.Advice.empty() && !(Entry.InLoop && Entry.Category == "sleep");
}

std::optional<Message> fittingAdvice(const AdviceSite &Site,
                                     const EntryAdvice &Entry) {
  llvm::StringRef Asio = Site.Asio;
  Message M;
  // A sleep in a loop polls: the loop's wait becomes a timer's.
  if (Entry.InLoop && Entry.Category == "sleep") {
    if (!Asio.empty()) {
      M.Format = Site.CanAwait
                     ? "this loop polls: wait between attempts with a "
                       "'%0steady_timer' ('co_await "
                       "timer.async_wait(%0use_awaitable)'), or await the "
                       "event it polls for"
                     : "this loop polls: re-arm a '%0steady_timer' with "
                       "'async_wait' for the next attempt, or wait for the "
                       "event it polls for asynchronously";
      M << Asio;
    } else {
      M.Format = "this loop polls: wait between attempts on the event loop's "
                 "timer, or await the event it polls for";
    }
    return M;
  }
  if (!Asio.empty() && !Entry.AsioAlternative.empty()) {
    M.Format = Site.CanAwait
                   ? "use the asynchronous '%0%1' instead and co_await it "
                     "with '%0use_awaitable'"
                   : "use the asynchronous '%0%1' instead, with a completion "
                     "handler";
    M << Asio << Entry.AsioAlternative;
  } else if (!Entry.Advice.empty()) {
    M.Format = "%0";
    M << Entry.Advice;
  } else if (!Asio.empty()) {
    M.Format = Site.CanAwait
                   ? "offload it to %select{a '%0thread_pool'|'%2', the "
                     "thread pool this code has}1: 'co_await %0co_spawn(%3, "
                     "work, %0use_awaitable)', where 'work' is a coroutine "
                     "lambda that makes the call"
                   : "offload it to %select{a '%0thread_pool'|'%2', the "
                     "thread pool this code has}1: '%0post(%3, work)', where "
                     "'work' is a lambda that makes the call";
    M << Asio << !Site.Pool.empty() << Site.Pool
      << llvm::StringRef(Site.Pool.empty() ? "pool" : Site.Pool);
  } else {
    return std::nullopt; // The category's advice.
  }
  return M;
}

} // namespace clang::tidy::stall
