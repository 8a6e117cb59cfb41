//===--- ProjectOutputs.h - stallcheck -------------------------*- C++ -*-===//
//
// What stallcheck-project does with the findings it prints: baselines
// (read and written), SARIF, --export-fixes, each file written atomically
// into a directory created for it. A problem with one of them is reported
// and fails the run, but never discards the findings.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_TOOL_PROJECTOUTPUTS_H
#define STALLCHECK_TOOL_PROJECTOUTPUTS_H

#include "core/summaries/FunctionSummary.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace clang::tidy::stall {

/// The command line's outputs and the run's facts they need.
struct OutputSettings {
  /// Absolute; relative paths below are against it.
  std::string CurrentDirectory;
  /// What SARIF URIs and baseline paths are relative to; empty: the
  /// current directory.
  std::string SourceRoot;
  /// --baseline, --write-baseline, --sarif; empty when not given.
  std::string Baseline;
  std::string WriteBaseline;
  std::string Sarif;
  /// For SARIF: the tool's version, and where rules point for help.
  std::string Version;
  std::string DocsBaseUrl;
  /// Whether SARIF says where its source root is (SarifSettings).
  bool SarifNamesSourceRoot = true;
};

/// \p Path made absolute against \p CurrentDirectory, without "." and "..".
std::string absolutePath(llvm::StringRef Path,
                         llvm::StringRef CurrentDirectory);

/// "1 file", "2 files".
std::string plural(size_t N, llvm::StringRef Word);

/// Reports a problem with a late-stage file (a baseline, SARIF).
void reportOutputProblem(llvm::Error Err);

/// What the findings of a run mean for CI: SARIF and baselines; prints the
/// findings (only the new ones under a baseline) when \p Print says so.
/// Returns whether the run fails: because of them (an error, or a new
/// finding under a baseline), or because a baseline could not be read or
/// an output not written.
bool processFindings(llvm::ArrayRef<tooling::Diagnostic> Diagnostics,
                     bool Print, const OutputSettings &Settings);

/// Writes \p Diagnostics as one --export-fixes file.
llvm::Error exportFixes(llvm::ArrayRef<tooling::Diagnostic> Diagnostics,
                        llvm::StringRef Path, llvm::StringRef CurrentDirectory);

/// Writes the unknown-calls report: the functions that \p Units' event-loop
/// code calls and that nothing is known of, ranked by the places that call
/// them, each with one of them (relative to \p CurrentDirectory), as a
/// catalogue file whose lines the user uncomments to classify them.
llvm::Error writeUnknownCalls(llvm::ArrayRef<SummaryFile> Units,
                              llvm::StringRef Path,
                              llvm::StringRef CurrentDirectory);

} // namespace clang::tidy::stall

#endif // STALLCHECK_TOOL_PROJECTOUTPUTS_H
