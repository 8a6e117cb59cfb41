//===--- DriverArguments.h - stallcheck ------------------------*- C++ -*-===//
//
// The stallcheck executable is clang-tidy's own driver. What it reads of the
// command line before handing it over: which checks to run when the user
// has not said (stall-* instead of clang-tidy's clang-analyzer-* defaults),
// and which named source files do not exist.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_TOOL_DRIVERARGUMENTS_H
#define STALLCHECK_TOOL_DRIVERARGUMENTS_H

#include "core/FunctionSummary.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// Removes stallcheck's own flags from \p Args (before "--") and records
/// them in \p Settings: --stall-write-summaries=<dir> (first pass of a
/// project run) and --stall-read-summaries=<file or dir> (second pass).
/// An empty value or a flag given twice is an error.
llvm::Error takeSummaryFlags(llvm::SmallVectorImpl<const char *> &Args,
                             CrossTranslationUnitSettings &Settings);

/// Whether \p Args (without argv[0]) choose the checks themselves:
/// --checks, --config or --config-file, in any of llvm::cl's spellings.
bool argumentsChooseChecks(llvm::ArrayRef<const char *> Args);

/// The source files named on the command line: the positional arguments
/// before "--", skipping the values of clang-tidy's options that take one
/// (`-p build`, `--extra-arg X`, ...).
std::vector<std::string> sourceArguments(llvm::ArrayRef<const char *> Args);

/// The --checks argument to add, or nothing:
/// - the user chose checks on the command line: nothing;
/// - no .clang-tidy sets Checks (\p ConfigChecks is empty): "-*,stall-*";
/// - the configuration's globs say nothing about stall-* checks: append
///   "stall-*" to them;
/// - the configuration enables or disables stall-* checks: nothing, it is
///   followed exactly as clang-tidy would.
std::optional<std::string>
defaultChecksArgument(bool ArgumentsChooseChecks,
                      std::optional<llvm::StringRef> ConfigChecks);

/// The Checks globs that .clang-tidy files set for \p SourceFile, joined in
/// the order clang-tidy applies them; nothing when no file sets them.
std::optional<std::string> configuredChecks(llvm::StringRef SourceFile);

} // namespace clang::tidy::stall

#endif // STALLCHECK_TOOL_DRIVERARGUMENTS_H
