//===--- CacheLocation.h - stallcheck --------------------------*- C++ -*-===//
//
// Where a single-file run (stallcheck on a file, the clang-tidy plugin,
// stallcheck-clangd) finds the project cache that the last project run
// wrote, so that its chains follow calls into other files. One rule for
// every front, in this order:
//   1. beside the compilation database the user named: -p, clangd's
//      --compile-commands-dir, or the CompileFlags.CompilationDatabase of
//      the nearest .clangd that sets one (stallcheck-clangd);
//   2. beside the nearest compile_commands.json above the compile command's
//      directory or the file (or in a build/ directory there);
//   3. $STALLCHECK_CACHE_DIR.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CACHELOCATION_H
#define STALLCHECK_CORE_CACHELOCATION_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang::tidy::stall {

/// The name of the project cache's directory beside compile_commands.json.
inline constexpr llvm::StringLiteral CacheDirectoryName = ".stallcheck-cache";

/// What the search for a project cache found.
struct CacheSearch {
  /// The cache directory; none when no project run wrote one.
  std::optional<std::string> Cache;
  /// The compilation database directory the cache was looked for beside
  /// first; empty when there is none.
  std::string Database;
};

/// The project cache for \p MainFile, whose compile command runs in
/// \p BuildDirectory; \p NamedDatabase is the database directory the user
/// named (or empty), and \p ReadClangdConfig says whether .clangd files
/// name one.
CacheSearch findProjectCache(llvm::StringRef MainFile,
                             llvm::StringRef BuildDirectory,
                             llvm::StringRef NamedDatabase,
                             bool ReadClangdConfig);

/// The compilation database directory named by the nearest .clangd above
/// \p MainFile (CompileFlags: CompilationDatabase: DIR, relative to the
/// .clangd's directory); none when no .clangd names one, or it says
/// "Ancestors" (clangd's default search) or "None".
std::optional<std::string> clangdConfigDatabase(llvm::StringRef MainFile);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CACHELOCATION_H
