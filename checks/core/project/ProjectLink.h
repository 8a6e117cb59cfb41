//===--- ProjectLink.h - stallcheck ----------------------------*- C++ -*-===//
//
// The project command's link step: it parses nothing. Each file's summary
// holds the findings whose call chains left the file (pending findings);
// with every file's summary at hand, the link step finds those chains as
// the checks would have with all the code in view (the same search, the
// same preference for the file's own definitions, the same functions left
// out) and writes their findings in the checks' words.
//
// Family project (checks/core/project/) owns the project command's link step.
// It may use: base, catalogue, context, cost, summaries, chains; only
// stallcheck-project and the unit tests link it.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_PROJECTLINK_H
#define STALLCHECK_CORE_PROJECTLINK_H

#include "core/summaries/FunctionSummary.h"
#include "llvm/ADT/ArrayRef.h"
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// A finding the link step assembled: a warning and its notes, each a
/// message with a position.
struct LinkedFinding {
  /// The unit whose pending finding this is, and its index there.
  size_t Unit = 0;
  size_t Pending = 0;
  std::string Check;
  PlacedMessage Warning;
  /// Where the call's source range begins and ends (exclusive).
  SourcePosition RangeBegin;
  SourcePosition RangeEnd;
  std::vector<PlacedMessage> Notes;
};

/// The findings of the pending chains of \p Units, linked against the
/// functions of all of them; in unit order, then in each unit's order. A
/// pending call whose chain does not reach the check's goal with all the
/// code in view has none.
std::vector<LinkedFinding>
linkPendingFindings(llvm::ArrayRef<SummaryFile> Units);

/// The index of the pending finding whose ticket \p Message is: the
/// diagnostic a check emits at a call it leaves to the link step, which
/// goes through clang-tidy's filters like any other ("... (pending 3)").
std::optional<size_t> pendingTicketIndex(llvm::StringRef Message);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_PROJECTLINK_H
