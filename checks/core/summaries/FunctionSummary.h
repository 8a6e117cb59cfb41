//===--- FunctionSummary.h - stallcheck ------------------------*- C++ -*-===//
//
// What a function does that can stall an event loop, by itself: the
// blocking APIs it calls, its heaviest loop, and the functions it calls.
// Computed from the AST for functions of the current translation unit, and
// written to / read from summary files for functions of other translation
// units (keyed by USR), so that call chains cross file boundaries.
//
// Summary files are YAML written and read with LLVM's YAML I/O: it needs no
// exceptions (yaml-cpp stays behind the catalogue's one boundary), and one
// set of traits gives both directions, so the round trip cannot drift.
//
// Family summaries (checks/core/summaries/) owns what each function does as
// facts other files can read: these summaries, the project cache that keeps
// them (ProjectCache), and where single-file runs find it (CacheLocation).
// It may use: base, catalogue, context, cost.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_FUNCTIONSUMMARY_H
#define STALLCHECK_CORE_FUNCTIONSUMMARY_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class FunctionDecl;
class SourceManager;
} // namespace clang

namespace clang::tidy::stall {

/// The version of the summary file format this build reads and writes.
inline constexpr unsigned SummaryFormatVersion = 2;

/// A position in a source file, as a summary file records it.
struct SourcePosition {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// Where something is: a location in the current translation unit, or a
/// position read from a summary file (then Loc is invalid).
struct Place {
  SourceLocation Loc;
  SourcePosition Position;
};

/// A call to (or construction of) a catalogued blocking API.
struct BlockingFact {
  /// As the user wrote it: "std::future<int>::get", "std::ifstream".
  std::string What;
  std::string Category;
  bool IsConstruction = false;
  /// The catalogue entry's 'unless-in' handoffs.
  std::vector<std::string> UnlessIn;
  Place Where;
  /// The catalogue entry's name, asynchronous Asio form and own advice, for
  /// the advice that fits the call; empty for a construction or a marked
  /// function.
  std::string Entry;
  std::string AsioAlternative;
  std::string EntryAdvice;
  /// The call is inside a loop of its function (a sleep there polls).
  bool InLoop = false;
  /// The function's parameters a constant zero argument to which skips
  /// the call (ZeroGuards.h), as a mask.
  std::uint32_t SkippedByZero = 0;
};

/// The heaviest loop nest of a function, when its trip count is known.
struct LoopFact {
  std::uint64_t Iterations = 0;
  /// Estimated operations of one run of the nest: its iterations weighed by
  /// the work they do (LoopCost.h); 0 stands for Iterations (summaries that
  /// do not record it).
  std::uint64_t Operations = 0;
  /// What the iterations do, for the note: "std::to_string, vector growth".
  std::string Work;
  Place Where;

  std::uint64_t operations() const {
    return Operations ? Operations : Iterations;
  }
};

/// A call to a function that the chain analysis may follow.
struct CallFact {
  std::string CalleeUsr;
  /// As the user would name it: "config::load".
  std::string CalleeName;
  /// The callee's definition in this translation unit; null when it is
  /// defined elsewhere (or read from a summary file).
  const FunctionDecl *Callee = nullptr;
  Place Where;
  /// The caller's parameters whose zero skips this call, and the callee's
  /// parameters this call passes a constant zero (ZeroGuards.h), as masks.
  std::uint32_t SkippedByZero = 0;
  std::uint32_t ZeroArguments = 0;
};

/// What one function does by itself.
struct FunctionFacts {
  std::string Usr;
  std::string Name;
  Place Where;
  /// Coroutines are not followed: calling one only creates its frame; its
  /// body is analysed where it runs.
  bool IsCoroutine = false;
  /// The context model of the translation unit that wrote the summary
  /// places it (handed to a worker, or to the loop where it is checked):
  /// that unit's chains do not enter it.
  bool Placed = false;
  std::vector<BlockingFact> Blocking;
  std::optional<LoopFact> HeaviestLoop;
  std::vector<CallFact> Calls;
  /// What one call costs, in operations (LoopCostModel::callCost): a loop
  /// in another file that calls it this many times adds it.
  std::uint64_t CallOperations = 0;
};

/// A source file of the summarised translation unit (its main file or a
/// header outside the system directories), with a hash of its contents when
/// the summary was written: a file that changed since makes the whole
/// summary stale, for a changed header can change any function's facts.
struct SummarisedFile {
  std::string Path;
  std::string Hash;
};

/// A message already formatted, and where it points.
struct PlacedMessage {
  SourcePosition Where;
  std::string Message;
};

/// One kind of work of a loop, and its operations over one run of it.
struct LoopWork {
  std::string What;
  std::uint64_t Operations = 0;
};

/// A call in a pending loop to a function defined in another file.
struct LoopCallee {
  std::string Usr;
  std::string Name;
  /// How many times one run of the loop makes the call.
  std::uint64_t Runs = 0;
  SourcePosition Where;
};

/// A loop in event-loop code whose cost depends on functions defined in
/// other files: the link step adds their summaries' call costs to what
/// the loop's own file counted, and reports it when the sum reaches the
/// threshold.
struct PendingLoop {
  /// Where the loop ends: a finding inside a loop that is reported is not.
  SourcePosition End;
  std::uint64_t Iterations = 0;
  /// What the loop's own file counted: operations and their kinds.
  std::uint64_t Operations = 0;
  std::vector<LoopWork> Work;
  /// The notes on the nest's bounds, formatted.
  std::vector<PlacedMessage> Bounds;
  std::vector<LoopCallee> Callees;
  /// The note that says where to yield instead, when the code can await.
  std::optional<PlacedMessage> Chunk;
};

/// A call from event-loop code whose chain could not be settled while its
/// translation unit was parsed, because it reaches functions defined in
/// other files: the project command's link step finds the chain in the
/// summaries of all files and reports it, with the same text as a finding
/// reported during the parse.
struct PendingFinding {
  /// stall-blocking-call or stall-cpu-heavy-loop.
  std::string Check;
  /// The function called, and the parameters it is passed a constant zero
  /// (ZeroGuards.h).
  std::string CalleeUsr;
  std::uint32_t ZeroArguments = 0;
  /// The call (its expression location) and where its source range ends.
  SourcePosition Where;
  SourcePosition RangeBegin;
  SourcePosition RangeEnd;
  /// The macro whose expansion wrote the call (EventLoopCheckBase::
  /// expandedMacro); empty when the user wrote it.
  std::string Macro;
  bool IsConstruction = false;
  /// The type constructed, as written, for a construction.
  std::string Constructed;
  /// How the warning names the code the call is in (formOf), and its name.
  unsigned Form = 0;
  std::string Callable;
  /// What the call holds up ("the event loop", "a thread of scheduler
  /// 'pool'").
  std::string Place = "the event loop";
  /// The handoff that places that code, for 'unless-in'.
  std::string Via;
  /// Why that code runs on the loop.
  PlacedMessage Context;
  /// What to do instead, when it does not depend on the chain; empty for a
  /// blocking call's category advice.
  std::string Advice;
  /// Where the advice is given (fittingAdvice), so that the link step words
  /// it for the call the chain ends at, as a single-file run does.
  std::string AdviceAsio;
  bool AdviceCanAwait = false;
  std::string AdvicePool;
  /// For a loop (stall-cpu-heavy-loop) that calls functions of other
  /// files: its cost so far; CalleeUsr is then the first of them.
  std::optional<PendingLoop> Loop;
  /// What the chain must end at (the check's options).
  std::vector<std::string> DisabledCategories;
  std::uint64_t Threshold = 0;
  unsigned MaxDepth = 0;
};

/// A blocking category's text, for findings assembled after the parse.
struct CategoryText {
  std::string Name;
  std::string Description;
  std::string Advice;
};

/// A call from event-loop code to a function the analyses know nothing of:
/// no body in the project, not in the catalogue, not listed as harmless
/// (stallcheck-project --unknown-calls ranks them).
struct UnknownCall {
  /// The qualified name, as the catalogue would spell it.
  std::string Name;
  /// A C function ('c-linkage: true' in a catalogue line).
  bool CLinkage = false;
  /// The callee's USR: the link step leaves out what another file defines.
  std::string Usr;
  SourcePosition Where;
};

/// The contents of one summary file (one translation unit).
struct SummaryFile {
  unsigned Version = SummaryFormatVersion;
  /// The translation unit's main file.
  std::string Source;
  std::vector<SummarisedFile> Files;
  std::vector<FunctionFacts> Functions;
  /// Every file the translation unit read, system headers included, with
  /// its hash: what the project cache checks before it reuses the unit.
  std::vector<SummarisedFile> Inputs;
  /// The configuration files the checks' options came from or could have:
  /// every .clang-tidy on the way up from the main file (an empty hash for
  /// one that does not exist) and the catalogue files.
  std::vector<SummarisedFile> ConfigInputs;
  /// Findings for the link step (project mode).
  std::vector<PendingFinding> Pending;
  /// The catalogue's categories the pending findings may end in.
  std::vector<CategoryText> Categories;
  /// Calls from event-loop code to functions nothing is known of.
  std::vector<UnknownCall> Unknown;
};

/// The content hash recorded for \p Contents.
std::string hashContents(llvm::StringRef Contents);

/// Serialises \p Summary as YAML.
std::string printSummary(const SummaryFile &Summary);
/// Parses a summary; errors name "\p Name:line:column".
llvm::Expected<SummaryFile> parseSummary(llvm::StringRef Text,
                                         llvm::StringRef Name);
/// Writes \p Summary to \p Path atomically (a reader never sees half a file).
llvm::Error writeSummaryFile(const SummaryFile &Summary, llvm::StringRef Path);
llvm::Expected<SummaryFile> readSummaryFile(llvm::StringRef Path);

/// The functions of many summary files, by USR, for the second pass and
/// the editor. It does not change once loaded, so that threads (clangd's
/// workers) share it; whether a summary is stale is asked through a
/// SummaryLookup.
class SummaryStore {
public:
  /// Reads \p Path: one summary file, or every "*.stallsum.yaml" file and
  /// project cache entry in a directory. An unreadable, corrupt or
  /// wrong-version file is an error.
  static llvm::Expected<SummaryStore> load(llvm::StringRef Path);
  /// Reads every entry of the project cache \p Directory that can be read,
  /// leaving out the others (the next project run recomputes them).
  static SummaryStore loadCache(llvm::StringRef Directory);
  void add(SummaryFile Summary);

  struct Entry {
    FunctionFacts Facts;
    /// Index of the summary file (translation unit) it was read from.
    size_t Unit;
    /// Whether that summary lists the function's file. A function whose
    /// file is not listed cannot be checked for staleness: it is not
    /// trusted.
    bool FileListed;
  };
  /// The function with \p Usr, or null.
  const Entry *entry(llvm::StringRef Usr) const;
  /// The files summary \p Unit depends on, with their hashes then.
  llvm::ArrayRef<SummarisedFile> unitFiles(size_t Unit) const {
    return UnitFiles[Unit];
  }
  size_t units() const { return UnitFiles.size(); }
  size_t size() const { return Functions.size(); }

private:
  llvm::StringMap<Entry> Functions;
  std::vector<std::vector<SummarisedFile>> UnitFiles;
};

/// One translation unit's use of a store: whether a summary is stale is
/// decided from the files as they are while the unit is checked, each file
/// read once.
class SummaryLookup {
public:
  explicit SummaryLookup(const SummaryStore &Store) : Store(Store) {}

  /// The summary of the function with \p Usr, or null when no summary has
  /// it or when a file its summary depends on changed since the summary was
  /// written; then \p StaleFile (when given) is set to that file.
  const FunctionFacts *find(llvm::StringRef Usr,
                            std::string *StaleFile = nullptr);

private:
  /// The first file of summary \p Unit that changed, or "".
  llvm::StringRef changedFileOf(size_t Unit);
  /// The hash of \p Path as it is now; "" when it cannot be read.
  llvm::StringRef currentHash(llvm::StringRef Path);

  const SummaryStore &Store;
  /// Per summary, once checked: the file that changed, or "".
  llvm::DenseMap<size_t, std::string> UnitChanged;
  llvm::StringMap<std::string> CurrentHashes;
};

/// The suffix of the files a summary directory holds.
inline constexpr llvm::StringLiteral SummaryFileSuffix = ".stallsum.yaml";

/// The summary file of the translation unit of \p MainFile in \p Directory:
/// its name, then a hash of its absolute path ("io.cpp" in two directories
/// gets two summaries).
std::string summaryPathFor(llvm::StringRef Directory, llvm::StringRef MainFile);

/// Cross-translation-unit settings of one process, set by the stallcheck
/// driver (--stall-write-summaries, --stall-read-summaries,
/// --stall-project-summary).
struct CrossTranslationUnitSettings {
  /// The directory where the first pass writes summaries.
  std::string WriteSummariesTo;
  /// The summary file or directory the second pass reads.
  std::string ReadSummariesFrom;
  /// Project mode: the file to write this unit's summary to, with the
  /// findings whose chains leave the unit deferred to the link step.
  std::string ProjectSummary;
  /// The compilation database directory the user named (-p, clangd's
  /// --compile-commands-dir): where the project cache is looked for first.
  std::string NamedDatabase;
  /// Whether .clangd files name the compilation database (stallcheck-clangd).
  bool ReadsClangdConfig = false;

  /// Whether a summary is written at all.
  bool writesSummary() const {
    return !WriteSummariesTo.empty() || !ProjectSummary.empty();
  }
  /// Whether a chain that reaches a function defined elsewhere is left to
  /// the link step rather than given up.
  bool defersExternalCalls() const { return !ProjectSummary.empty(); }
};
CrossTranslationUnitSettings &crossTranslationUnitSettings();

/// Summaries for one translation unit, and where they came from.
struct UnitSummaries {
  std::shared_ptr<const SummaryStore> Store;
  /// Found, not named: the project cache beside the compilation database
  /// (the editor, or stallcheck on one file). Its stale entries are left
  /// out silently, for the file being edited is always newer than its own.
  bool Discovered = false;
  /// The directory it was found in.
  std::string Directory;
  /// The compilation database directory a cache was looked for beside
  /// (CacheLocation.h); empty when there is none.
  std::string Database;
};

/// The summaries for the translation unit of \p MainFile: those named by
/// crossTranslationUnitSettings() (read once per process; an error is
/// returned to each caller, and each check reports it); else, unless this
/// process writes summaries, the project cache of the last project run,
/// found as CacheLocation.h says, read again when its entries change. None
/// when there are none.
llvm::Expected<UnitSummaries> summariesFor(llvm::StringRef MainFile,
                                           llvm::StringRef BuildDirectory);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_FUNCTIONSUMMARY_H
