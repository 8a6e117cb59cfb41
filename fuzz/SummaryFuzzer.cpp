//===--- SummaryFuzzer.cpp - stallcheck -----------------------------------===//
//
// libFuzzer target: a function summary file (LLVM YAML I/O), as stallcheck
// reads it from a cache entry or --stall-read-summaries. Any input must end
// in a summary or an llvm::Error, never a crash or a hang.
//
//===----------------------------------------------------------------------===//

#include "core/summaries/FunctionSummary.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstddef>
#include <cstdint>

// libFuzzer names the entry point.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<clang::tidy::stall::SummaryFile> Summary =
      clang::tidy::stall::parseSummary(Text, "fuzz.stallsum.yaml");
  if (!Summary)
    llvm::consumeError(Summary.takeError());
  return 0;
}
