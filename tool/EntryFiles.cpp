//===--- EntryFiles.cpp - stallcheck --------------------------------------===//

#include "EntryFiles.h"
#include "Findings.h"
#include "core/summaries/ProjectCache.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {

namespace {

using PathMap = llvm::function_ref<std::string(llvm::StringRef)>;

/// Applies \p Map to every path of \p Message.
void mapPaths(tooling::DiagnosticMessage &Message, PathMap Map) {
  if (!Message.FilePath.empty())
    Message.FilePath = Map(Message.FilePath);
  for (tooling::FileByteRange &Range : Message.Ranges)
    Range.FilePath = Map(Range.FilePath);
  llvm::StringMap<tooling::Replacements> Fix;
  for (const auto &[File, Replacements] : Message.Fix) {
    tooling::Replacements &Mapped = Fix[Map(File)];
    for (const tooling::Replacement &Edit : Replacements)
      llvm::consumeError(Mapped.add(
          tooling::Replacement(Map(Edit.getFilePath()), Edit.getOffset(),
                               Edit.getLength(), Edit.getReplacementText())));
  }
  Message.Fix = std::move(Fix);
}

void mapPaths(std::vector<tooling::Diagnostic> &Diagnostics, PathMap Map) {
  for (tooling::Diagnostic &Diagnostic : Diagnostics) {
    mapPaths(Diagnostic.Message, Map);
    for (tooling::DiagnosticMessage &Note : Diagnostic.Notes)
      mapPaths(Note, Map);
    Diagnostic.BuildDirectory = Map(Diagnostic.BuildDirectory);
    // The root itself: the paths above are relative to it already.
    if (Diagnostic.BuildDirectory == ".")
      Diagnostic.BuildDirectory.clear();
  }
}

/// "\p Root/x" as "x", \p Root as "."; other paths as they are.
std::string underRoot(llvm::StringRef Path, llvm::StringRef Root) {
  if (Path == Root)
    return ".";
  llvm::StringRef Rest = Path;
  if (Rest.consume_front(Root) && Rest.consume_front("/"))
    return Rest.str();
  return Path.str();
}

/// \p Text with every path under \p Root named relative to it: where a
/// path starts (not inside another path), "ROOT/" goes. That covers paths
/// in positions, in names ("(lambda at ROOT/a.cpp:3:7)") and in USRs.
std::string withoutRoot(llvm::StringRef Text, llvm::StringRef Root) {
  const std::string Prefix = Root.str() + "/";
  auto InPath = [](char C) {
    return llvm::isAlnum(C) || llvm::StringRef("/._-+~").contains(C);
  };
  std::string Result;
  Result.reserve(Text.size());
  size_t From = 0;
  for (size_t At = Text.find(Prefix); At != llvm::StringRef::npos;
       At = Text.find(Prefix, At + 1)) {
    if (At != 0 && InPath(Text[At - 1]))
      continue;
    Result += Text.slice(From, At);
    From = At + Prefix.size();
  }
  Result += Text.substr(From);
  return Result;
}

} // namespace

void relativeDiagnostics(std::vector<tooling::Diagnostic> &Diagnostics,
                         llvm::StringRef Root) {
  mapPaths(Diagnostics,
           [&](llvm::StringRef File) { return underRoot(File, Root); });
}

llvm::Error writeEntryFile(FileAnalysis Analysis, llvm::StringRef Key,
                           llvm::StringRef Root, llvm::StringRef Path) {
  if (!Analysis.Summary)
    return findingsError("'" + Analysis.File + "' has no summary to write");
  // What the cache checks before it reuses an entry: Bazel tracks what an
  // action read itself, and these would name the machine's directories
  // (real paths of the workspace, .clang-tidy files above the root).
  Analysis.Summary->Inputs.clear();
  Analysis.Summary->ConfigInputs.clear();
  relativeDiagnostics(Analysis.Diagnostics, Root);
  std::string Diagnostics;
  if (!Analysis.Diagnostics.empty()) {
    tooling::TranslationUnitDiagnostics All;
    All.MainSourceFile = underRoot(Analysis.Summary->Source, Root);
    All.Diagnostics = std::move(Analysis.Diagnostics);
    llvm::raw_string_ostream OS(Diagnostics);
    llvm::yaml::Output Out(OS);
    Out << All;
  }
  CacheEntry Entry{Key.str(), underRoot(Analysis.Summary->Source, Root),
                   withoutRoot(printSummary(*Analysis.Summary), Root),
                   withoutRoot(Diagnostics, Root)};
  return writeCacheEntry(Entry, Path);
}

llvm::Expected<FileAnalysis> readEntryFile(llvm::StringRef Path) {
  llvm::Expected<CacheEntry> Entry = readCacheEntry(Path);
  if (!Entry)
    return Entry.takeError();
  llvm::Expected<SummaryFile> Summary = parseSummary(Entry->Summary, Path);
  if (!Summary)
    return Summary.takeError();
  FileAnalysis Analysis;
  if (!Entry->Diagnostics.empty()) {
    llvm::Expected<std::vector<tooling::Diagnostic>> Diagnostics =
        parseExportedDiagnostics(Entry->Diagnostics, Path);
    if (!Diagnostics)
      return Diagnostics.takeError();
    Analysis.Diagnostics = std::move(*Diagnostics);
  }
  Analysis.File = Summary->Source;
  Analysis.Cached = true;
  Analysis.Summary = std::move(*Summary);
  return Analysis;
}

} // namespace clang::tidy::stall
