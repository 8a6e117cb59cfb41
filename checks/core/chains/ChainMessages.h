//===--- ChainMessages.h - stallcheck --------------------------*- C++ -*-===//
//
// The text of a finding whose cause is behind helper calls: the warning at
// the call in event-loop code and a note per link of the chain. One place,
// used by the checks while they parse a file and by the project command's
// link step for chains that cross files, so that both read the same.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CHAINMESSAGES_H
#define STALLCHECK_CORE_CHAINMESSAGES_H

#include "core/base/Messages.h"
#include "core/chains/CallChains.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace clang::tidy::stall {

/// The call in event-loop code a chain starts from, as the warning names it.
struct StallSite {
  bool IsConstruction = false;
  /// The type constructed, as written, for a construction.
  std::string Constructed;
  /// Which code the call is in: 0 a coroutine, 1 a coroutine lambda, 2 a
  /// lambda, 3 a function (EventLoopCheckBase::formOf), and its name.
  unsigned Form = 0;
  std::string Callable;
  /// What the call holds up: "the event loop", or "a thread of scheduler
  /// 'pool'" (placeOf).
  std::string Place = "the event loop";
};

/// "call to 'load' blocks the event loop in coroutine 'session': it
/// performs synchronous file I/O through 'std::ifstream', 2 calls down
/// (category 'file-io')"; \p Description completes "it ...".
Message blockingChainWarning(const StallSite &Site, const CallChain &Chain,
                             llvm::StringRef Description);
/// "call to 'checksum' runs a loop of about 5.0e7 iterations without
/// suspending, stalling the event loop in coroutine 'session'".
Message loopChainWarning(const StallSite &Site, const CallChain &Chain);
/// The warnings at a chain's end, for a finding shown there: the blocking
/// call (or construction) or the loop, in the function Site names.
Message blockingEndWarning(const StallSite &Site, const BlockingFact &Blocking,
                           llvm::StringRef Description);
Message loopEndWarning(const StallSite &Site, const LoopFact &Loop);
/// "loop runs about 1.0e4 iterations x ~5.5e4 operations (a call to
/// 'rand_range') without suspending, stalling the event loop in coroutine
/// 'session'", at a loop in event-loop code; \p Work names the heaviest
/// kinds of work.
Message heavyLoopWarning(const StallSite &Site, std::uint64_t Iterations,
                         std::uint64_t PerIteration, llvm::StringRef Work);
/// "this loop runs 1.0e4 times: its bound is '10000'" (or "an inner loop").
Message loopBoundNote(bool Inner, std::uint64_t Count, llvm::StringRef Bound);
/// "each call to 'rand_range' costs about ~5.5e4 operations".
Message calleeCostNote(llvm::StringRef Callee, std::uint64_t Operations);
/// "'load' calls 'read_file' here", at Chain.Calls[Index].
Message chainLinkNote(const CallChain &Chain, size_t Index);
/// "'read_file' constructs 'std::ifstream' here", at the blocking call.
Message blockingEndNote(const CallChain &Chain);
/// "'checksum' runs a loop of about 5.0e7 iterations here", at the loop.
Message loopEndNote(const CallChain &Chain);

/// "1.0e7": iteration counts are estimates, shown as such.
std::string formatIterations(std::uint64_t Iterations);
/// "~40" operations an iteration; large ones as estimates ("~1.5e4").
std::string formatOperations(std::uint64_t Operations);

/// Where advice is given: the Asio namespace prefix of the code's framework
/// ("boost::asio::"; empty when it is not Asio), whether the code can
/// co_await, and the thread pool it can already reach (empty when none).
struct AdviceSite {
  std::string Asio;
  bool CanAwait = false;
  std::string Pool;
};

/// What a blocking call's catalogue entry says, for its advice: its
/// category, asynchronous Asio form, own advice, and whether the call is in
/// a loop of its function. All empty for a call the catalogue does not
/// describe (a chain's unknown end, a generic offload).
struct EntryAdvice {
  llvm::StringRef Category;
  llvm::StringRef AsioAlternative;
  llvm::StringRef Advice;
  bool InLoop = false;
};

/// Whether fittingAdvice says to offload the call to a thread pool (an Asio
/// site, and the call has no asynchronous form or advice of its own).
bool advisesOffload(const AdviceSite &Site, const EntryAdvice &Entry);

/// The advice that fits the call at \p Site: a timer for a sleep in a
/// loop, the entry's asynchronous form or its own advice, else offloading
/// (to the pool the code has, when it has one); none when the category's
/// advice applies. One implementation for the checks and the link step.
std::optional<Message> fittingAdvice(const AdviceSite &Site,
                                     const EntryAdvice &Entry);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CHAINMESSAGES_H
