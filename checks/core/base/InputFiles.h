//===--- InputFiles.h - stallcheck -----------------------------*- C++ -*-===//
//
// The one way stallcheck reads the files it is given besides sources
// (catalogues, summaries, cache entries, baselines, exported diagnostics):
// only regular files, up to a stated size, so that /dev/zero or a FIFO with
// no writer is an error instead of a hang; and a bound on how deeply a YAML
// or JSON text nests before a recursive parser sees it, so that a hostile
// file is an error naming its line, not a stack overflow.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_INPUTFILES_H
#define STALLCHECK_CORE_INPUTFILES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <string>

namespace clang::tidy::stall {

/// The largest file read: larger ones are refused.
inline constexpr std::uint64_t MaxInputFileSize = 256u << 20;
/// The deepest nesting of brackets and indentation levels accepted.
inline constexpr unsigned MaxInputNesting = 256;

/// The contents of \p Path, which must be a regular file of at most
/// MaxInputFileSize bytes; \p What names the kind of file in errors
/// ("catalogue file", "baseline").
llvm::Expected<std::string> readInputFile(llvm::StringRef Path,
                                          llvm::StringRef What);

/// An error naming "\p Name:line:column" when \p Text nests flow brackets
/// ([ {) or block indentation deeper than MaxInputNesting.
llvm::Error checkNesting(llvm::StringRef Text, llvm::StringRef Name);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_INPUTFILES_H
