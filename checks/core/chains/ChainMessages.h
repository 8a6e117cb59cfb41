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

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CHAINMESSAGES_H
