//===--- EntryFiles.h - stallcheck -----------------------------*- C++ -*-===//
//
// One file's analysis outside the project cache: the per-file action of
// the Bazel aspect writes it to a file of its own (--write-entry), and a
// link action reads such files back (--link-entries). Paths in them are
// relative to the directory the action ran in (Bazel's execution root), so
// that an entry is the same bytes in every sandbox and on every executor.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_TOOL_ENTRYFILES_H
#define STALLCHECK_TOOL_ENTRYFILES_H

#include "ProjectAnalysis.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace clang::tidy::stall {

/// Writes \p Analysis (which must have a summary) to \p Path as a cache
/// entry whose paths under \p Root are relative to it, keyed by \p Key.
llvm::Error writeEntryFile(FileAnalysis Analysis, llvm::StringRef Key,
                           llvm::StringRef Root, llvm::StringRef Path);

/// Names the files of \p Diagnostics under \p Root relative to it, as an
/// entry file does.
void relativeDiagnostics(std::vector<tooling::Diagnostic> &Diagnostics,
                         llvm::StringRef Root);

/// Reads the entry file \p Path; its paths stay relative (to the directory
/// it was written in, which must be the current one).
llvm::Expected<FileAnalysis> readEntryFile(llvm::StringRef Path);

} // namespace clang::tidy::stall

#endif // STALLCHECK_TOOL_ENTRYFILES_H
