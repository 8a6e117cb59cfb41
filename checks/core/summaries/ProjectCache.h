//===--- ProjectCache.h - stallcheck ---------------------------*- C++ -*-===//
//
// The project command's per-file cache: one entry per translation unit,
// with what its parse produced (its summary, pending findings included, and
// the diagnostics clang-tidy exported) and what that depended on (a key for
// the tool, the options and the compile command, and in the summary the
// hash of every file the unit read and of its configuration files). An
// entry is one file, a line that names its format, version and compression,
// then its JSON compressed (zstd), written atomically (a temporary file
// renamed into place): a reader never sees half of one, whatever runs at the
// same time or gets killed.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_PROJECTCACHE_H
#define STALLCHECK_CORE_PROJECTCACHE_H

#include "core/summaries/FunctionSummary.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <mutex>
#include <string>

namespace clang::tidy::stall {

/// The version of the cache entry format this build reads and writes.
inline constexpr unsigned CacheFormatVersion = 2;
/// The suffix of cache entry files.
inline constexpr llvm::StringLiteral CacheEntrySuffix = ".stallcache";
/// The suffix of the entries of the first cache format (plain JSON), which
/// --clear-cache removes too.
inline constexpr llvm::StringLiteral LegacyCacheEntrySuffix =
    ".stallcache.json";

/// One translation unit's result.
struct CacheEntry {
  /// What the result depends on besides the files it read.
  std::string Key;
  /// The translation unit's main file.
  std::string Source;
  /// Its summary (format SummaryFormatVersion), as written by stallcheck.
  std::string Summary;
  /// The diagnostics clang-tidy exported (--export-fixes YAML); empty when
  /// there were none.
  std::string Diagnostics;
};

/// The entry file of \p Source in \p Directory: its name, then a hash of
/// its absolute path.
std::string cacheEntryPath(llvm::StringRef Directory, llvm::StringRef Source);

/// Writes \p Entry to \p Path atomically.
llvm::Error writeCacheEntry(const CacheEntry &Entry, llvm::StringRef Path);
/// Reads the entry at \p Path. An unreadable, truncated, corrupt or foreign
/// entry is an error that says which.
llvm::Expected<CacheEntry> readCacheEntry(llvm::StringRef Path);

/// The current hashes of files, each read once however many entries ask.
class FileHashes {
public:
  /// The hash of \p Path's contents; empty when it cannot be read.
  std::string hashOf(llvm::StringRef Path);
  /// The first of \p Files whose hash is not the one recorded (an absent
  /// file is recorded with an empty hash), or "" when none changed.
  std::string firstChanged(llvm::ArrayRef<SummarisedFile> Files);

private:
  std::mutex Lock;
  llvm::StringMap<std::string> Hashes;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_PROJECTCACHE_H
