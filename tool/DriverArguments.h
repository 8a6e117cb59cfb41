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

#include "core/summaries/FunctionSummary.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// Removes stallcheck's own flags from \p Args (before "--") and records
/// them in \p Settings: --stall-write-summaries=<dir> (write this file's
/// summary there), --stall-read-summaries=<file or dir> (follow chains into
/// the summaries there) and --stall-project-summary=<file> (project mode:
/// write this file's summary, with the chains that leave it, to <file>).
/// An empty value or a flag given twice is an error.
llvm::Error takeSummaryFlags(llvm::SmallVectorImpl<const char *> &Args,
                             CrossTranslationUnitSettings &Settings);

/// Whether \p Args (without argv[0]) choose the checks themselves: --checks,
/// in any of llvm::cl's spellings.
bool argumentsChooseChecks(llvm::ArrayRef<const char *> Args);

/// The configuration \p Args give clang-tidy: the text of --config, or the
/// contents of the file --config-file names; nothing when neither is given
/// or the file cannot be read (clang-tidy reports it). An empty --config is
/// an empty configuration, as in clang-tidy.
std::optional<std::string> commandLineConfig(llvm::ArrayRef<const char *> Args);

/// The source files named on the command line: the positional arguments
/// before "--", skipping the values of clang-tidy's options that take one
/// (`-p build`, `--extra-arg X`, ...).
std::vector<std::string> sourceArguments(llvm::ArrayRef<const char *> Args);

/// The --checks argument to add, or nothing:
/// - the user chose checks on the command line: nothing;
/// - no configuration sets Checks (\p ConfigChecks is empty): "-*,stall-*";
/// - the configuration's globs say nothing about stall-* checks: append
///   "stall-*" to them;
/// - the configuration enables or disables stall-* checks: nothing, it is
///   followed exactly as clang-tidy would.
std::optional<std::string>
defaultChecksArgument(bool ArgumentsChooseChecks,
                      std::optional<llvm::StringRef> ConfigChecks);

/// What the configuration that applies to a file sets.
struct ConfiguredOptions {
  /// The Checks globs, joined in the order clang-tidy applies them; nothing
  /// when nothing sets them.
  std::optional<std::string> Checks;
  bool SetsHeaderFilter = false;
  bool SetsExcludeHeaderFilter = false;
};

/// The configuration that applies to \p SourceFile: \p CommandLineConfig
/// when given (after the .clang-tidy files' when it sets
/// InheritParentConfig), else the .clang-tidy files.
ConfiguredOptions
configuredOptions(llvm::StringRef SourceFile,
                  std::optional<llvm::StringRef> CommandLineConfig);

/// configuredOptions(...).Checks.
std::optional<std::string>
configuredChecks(llvm::StringRef SourceFile,
                 std::optional<llvm::StringRef> CommandLineConfig);

/// Whether \p Args use a compilation database: no "--" with compiler flags.
bool usesCompilationDatabase(llvm::ArrayRef<const char *> Args);

/// The compilation database directory \p Args name with option \p Name
/// (stallcheck's -p, clangd's --compile-commands-dir), absolute; empty when
/// they name none. Where single-file runs look for the project cache first.
std::string namedDatabaseDirectory(llvm::ArrayRef<const char *> Args,
                                   llvm::StringRef Name);

/// The build directory of \p Args: -p, else the nearest directory above
/// \p SourceFile with a compile_commands.json (as clang-tidy looks); empty
/// when there is none. Absolute.
std::string buildDirectory(llvm::ArrayRef<const char *> Args,
                           llvm::StringRef SourceFile);

/// The directory whose headers are the project's, for \p SourceFile: the
/// nearest directory above it holding `.git`; else the deepest directory
/// the file and \p BuildDirectory share, unless that is the file system's
/// root; else the file's own directory.
std::string projectRoot(llvm::StringRef SourceFile,
                        llvm::StringRef BuildDirectory);

/// The header filter of a project's headers: the files under \p Root, and
/// the files named relative to the compile directory (`-Iinclude`).
std::string defaultHeaderFilter(llvm::StringRef Root);

/// The third-party directories whose headers are not the project's.
inline constexpr llvm::StringLiteral DefaultExcludeHeaderFilter =
    "(^|/)(third_party|third-party|thirdparty|3rdparty|vendor|external|_deps)/";

/// The header filter arguments to add so that the project's own headers are
/// checked: --header-filter=defaultHeaderFilter(projectRoot(...)) and
/// --exclude-header-filter=DefaultExcludeHeaderFilter, each unless the
/// command line or \p Configured sets it (the exclusion is added only with
/// the default filter). Nothing without a compilation database.
std::vector<std::string>
defaultHeaderFilterArguments(llvm::ArrayRef<const char *> Args,
                             llvm::StringRef SourceFile,
                             const ConfiguredOptions &Configured);

} // namespace clang::tidy::stall

#endif // STALLCHECK_TOOL_DRIVERARGUMENTS_H
