//===--- Findings.h - stallcheck -------------------------------*- C++ -*-===//
//
// What a run found, for CI: the diagnostics clang-tidy exports
// (--export-fixes), placed at lines and columns, fingerprinted so that a
// baseline survives unrelated edits, and written as SARIF 2.1.0. Defined in
// Findings.cpp (sources, exported diagnostics, rendering), Baseline.cpp and
// Sarif.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_TOOL_FINDINGS_H
#define STALLCHECK_TOOL_FINDINGS_H

#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// An error of the findings' readers and writers, with \p Message.
llvm::Error findingsError(const llvm::Twine &Message);

/// How clang names a diagnostic's level ("warning", "error", "note"), as
/// text output and SARIF use it.
llvm::StringRef levelName(tooling::Diagnostic::Level Level);

/// A place in a source file, 1-based; columns count code points.
struct LineColumn {
  unsigned Line = 0;
  unsigned Column = 0;
};

/// Source files read once, for offsets to lines and for line texts.
class SourceFiles {
public:
  /// The position of byte \p Offset of \p Path; nothing when the file
  /// cannot be read or is shorter.
  std::optional<LineColumn> position(llvm::StringRef Path, unsigned Offset);
  /// The byte offset of \p Line and byte column \p Column (clang's
  /// columns) of \p Path; nothing when the file is shorter or unreadable.
  std::optional<unsigned> offset(llvm::StringRef Path, unsigned Line,
                                 unsigned Column);
  /// The text of line \p Line of \p Path, without its line break.
  llvm::StringRef lineText(llvm::StringRef Path, unsigned Line);

private:
  struct File {
    std::string Text;
    std::vector<unsigned> LineStarts;
    bool Readable = false;
  };
  const File &load(llvm::StringRef Path);
  llvm::StringMap<File> Files;
};

/// The diagnostics of an --export-fixes file's text; errors name \p Name.
llvm::Expected<std::vector<tooling::Diagnostic>>
parseExportedDiagnostics(llvm::StringRef Text, llvm::StringRef Name);

/// Paths as one file is named whatever way a translation unit reached it:
/// absolute (a relative path is taken against its build directory), without
/// "." and "..", symbolic links resolved when the file exists. A relative
/// path with no build directory (an entry file's) only loses its dots.
class PathNormalizer {
public:
  std::string normalize(llvm::StringRef Path, llvm::StringRef BuildDirectory);
  /// Normalises every path of \p Diagnostic: its message's, notes' and
  /// ranges'.
  void normalize(tooling::Diagnostic &Diagnostic);

private:
  llvm::StringMap<std::string> Resolved;
};

/// \p Diagnostics with their paths normalised, each distinct finding once
/// (a header's finding reported from two files), in file order.
std::vector<tooling::Diagnostic>
distinctDiagnostics(std::vector<tooling::Diagnostic> Diagnostics);

/// Puts back the name of \p File (the translation unit's main file) where
/// an export made another of it: clang-tidy's --export-fixes writes a path
/// that is not UTF-8 (a Latin-1 file name) so that it reads back as other
/// bytes, and the findings would name a file that does not exist.
void restoreNonUtf8Path(std::vector<tooling::Diagnostic> &Diagnostics,
                        llvm::StringRef File);

/// The distinct diagnostics of one or more --export-fixes files.
llvm::Expected<std::vector<tooling::Diagnostic>>
readExportedDiagnostics(llvm::ArrayRef<std::string> Paths);

/// A finding's identity across edits: its check, file (relative to the
/// source root), message and the text of its line (whitespace-trimmed) —
/// not its line number, so code added above does not change it — and, for
/// identical findings in one file, their order.
std::vector<std::string>
fingerprints(llvm::ArrayRef<tooling::Diagnostic> Diagnostics,
             llvm::StringRef SourceRoot, SourceFiles &Sources);

/// The path of \p File relative to \p SourceRoot, or \p File itself when it
/// is outside.
std::string relativePath(llvm::StringRef File, llvm::StringRef SourceRoot);

/// A baseline: the fingerprints of accepted findings.
struct Baseline {
  llvm::StringSet<> Fingerprints;
};
llvm::Expected<Baseline> readBaseline(llvm::StringRef Path);

/// The JSON value in \p Text, read from \p Path: an error names
/// "Path:line:column: invalid <What>: ..." (a parse error, or nesting deeper
/// than MaxInputNesting).
llvm::Expected<llvm::json::Value>
parseJsonFile(llvm::StringRef Text, llvm::StringRef Path, llvm::StringRef What);

/// The baseline in \p Text, read from \p Path (named in errors).
llvm::Expected<Baseline> parseBaseline(llvm::StringRef Text,
                                       llvm::StringRef Path);
/// Writes the baseline of \p Diagnostics to \p OS.
llvm::Error writeBaseline(llvm::raw_ostream &OS,
                          llvm::ArrayRef<tooling::Diagnostic> Diagnostics,
                          llvm::ArrayRef<std::string> Fingerprints,
                          llvm::StringRef SourceRoot, SourceFiles &Sources);

struct SarifSettings {
  std::string ToolVersion;
  /// Artifact URIs are relative to this directory ("%SRCROOT%").
  std::string SourceRoot;
  /// Where the checks' documentation pages are ("<base><check>.md").
  std::string DocsBaseUrl;
  /// Whether the log says where %SRCROOT% is (not for Bazel's link
  /// actions: it would name the sandbox the action ran in).
  bool NameSourceRoot = true;
};

/// One SARIF 2.1.0 log with one run for \p Diagnostics.
llvm::json::Value sarifLog(llvm::ArrayRef<tooling::Diagnostic> Diagnostics,
                           llvm::ArrayRef<std::string> Fingerprints,
                           const SarifSettings &Settings, SourceFiles &Sources);

/// A diagnostic in clang's format, "file:line:col: warning: message
/// [check]", with its notes, each followed by its source line and a caret
/// when \p WithSource says so. Paths under \p Directory are printed
/// relative to it, as clang prints the paths it was given.
std::string renderDiagnostic(const tooling::Diagnostic &Diagnostic,
                             SourceFiles &Sources, bool WithSource = false,
                             llvm::StringRef Directory = "");

} // namespace clang::tidy::stall

#endif // STALLCHECK_TOOL_FINDINGS_H
