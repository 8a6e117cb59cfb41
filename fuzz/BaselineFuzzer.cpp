//===--- BaselineFuzzer.cpp - stallcheck ----------------------------------===//
//
// libFuzzer target: a --baseline file (JSON), and an --export-fixes file
// (YAML) as --convert reads it. Any input must end in a result or an
// llvm::Error, never a crash or a hang.
//
//===----------------------------------------------------------------------===//

#include "Findings.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstddef>
#include <cstdint>

// libFuzzer names the entry point.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<clang::tidy::stall::Baseline> Read =
      clang::tidy::stall::parseBaseline(Text, "fuzz.json");
  if (!Read)
    llvm::consumeError(Read.takeError());
  auto Exported =
      clang::tidy::stall::parseExportedDiagnostics(Text, "fuzz.yaml");
  if (!Exported)
    llvm::consumeError(Exported.takeError());
  return 0;
}
