//===--- ProjectAnalysis.h - stallcheck ------------------------*- C++ -*-===//
//
// One file of a project run: taken from the cache when nothing it depends
// on changed, else parsed once by a stallcheck process that writes its
// summary (pending chains included) and exports its diagnostics; the result
// is then cached. Each file runs in its own process, so that a crash stays
// one file's failure.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_TOOL_PROJECTANALYSIS_H
#define STALLCHECK_TOOL_PROJECTANALYSIS_H

#include "core/summaries/FunctionSummary.h"
#include "core/summaries/ProjectCache.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/StringRef.h"
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// How every file of a run is analysed.
struct AnalysisSettings {
  /// The stallcheck executable.
  std::string Stallcheck;
  /// The directory of compile_commands.json (absolute).
  std::string DatabaseDirectory;
  /// Options passed on to every stallcheck process.
  std::vector<std::string> PassThrough;
  /// The cache directory (absolute); empty without a cache.
  std::string CacheDirectory;
  /// Where the processes' outputs go (a temporary directory of the run).
  std::string WorkDirectory;
  /// How long one stallcheck process may run (0: no limit).
  unsigned TimeoutSeconds = 0;
  /// The compile command's arguments when there is no database (--write-
  /// entry): passed after "--" instead of "-p".
  std::vector<std::string> FixedArguments;
};

/// What the analysis of one file produced.
struct FileAnalysis {
  std::string File;
  /// Taken from the cache: nothing was parsed.
  bool Cached = false;
  /// The file could not be analysed completely: compiler or configuration
  /// errors (among Diagnostics), a crash, or output that cannot be read.
  bool Failed = false;
  /// A failure that the diagnostics do not explain (a crash, a bad
  /// option): Output holds what the process printed.
  bool ShowOutput = false;
  int ExitCode = 0;
  std::string Output;
  /// A cache entry that could not be used, said once ("ignoring ...").
  std::string CacheNote;
  /// The entry could not be written.
  std::string CacheWriteError;
  /// The unit's summary; none when no stall check ran.
  std::optional<SummaryFile> Summary;
  /// The diagnostics the process exported, tickets of pending chains
  /// included, paths as exported.
  std::vector<tooling::Diagnostic> Diagnostics;
};

class ProjectAnalyser {
public:
  ProjectAnalyser(AnalysisSettings Settings,
                  const tooling::CompilationDatabase &Database);

  /// The key of \p File's cache entry: the tool, the options and the
  /// compile commands, with their directories unless the command is fixed
  /// (the files it reads are checked through its summary). Call before
  /// analyse(), from one thread.
  void prepare(const std::string &File);
  /// The key prepare() gave \p File.
  const std::string &keyOf(const std::string &File) const {
    return Keys.find(File)->second;
  }
  /// Analyses \p File (thread-safe); \p Index names its temporary files.
  FileAnalysis analyse(const std::string &File, unsigned Index);

private:
  /// \p File's result from the cache, when its entry is there, is for
  /// this key and nothing it read changed; \p Note says why an entry that
  /// is there but broken was not used.
  std::optional<FileAnalysis>
  fromCache(const std::string &File, const std::string &Key, std::string &Note);
  FileAnalysis run(const std::string &File, const std::string &Key,
                   unsigned Index);

  const AnalysisSettings Settings;
  const tooling::CompilationDatabase &Database;
  /// What every key starts with: the tool and the options.
  std::string ToolKey;
  llvm::StringMap<std::string> Keys;
  FileHashes Hashes;
};

/// The part of every cache key that names the tool: its version, LLVM's,
/// and a hash of its executable.
std::string toolIdentity(llvm::StringRef Executable);

/// Removes every cache entry (and temporary file left by a killed run) of
/// \p Directory; returns how many files went.
llvm::Expected<unsigned> clearCache(llvm::StringRef Directory);

} // namespace clang::tidy::stall

#endif // STALLCHECK_TOOL_PROJECTANALYSIS_H
