//===--- CatalogueFuzzer.cpp - stallcheck ---------------------------------===//
//
// libFuzzer target: a user catalogue file, parsed (through the yaml-cpp
// boundary) and layered onto an empty catalogue. Any input must end in
// success or an llvm::Error, never a crash or a hang.
//
//===----------------------------------------------------------------------===//

#include "core/catalogue/StallCatalogue.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstddef>
#include <cstdint>

// libFuzzer names the entry point.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  clang::tidy::stall::StallCatalogue Catalogue;
  llvm::consumeError(Catalogue.addDocument(Text, "fuzz.yaml"));
  return 0;
}
