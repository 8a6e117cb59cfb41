//===--- EntryFiles.cpp - stallcheck --------------------------------------===//

#include "EntryFiles.h"
#include "Findings.h"
#include "core/summaries/ProjectCache.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {

namespace {

using PathMap = llvm::function_ref<std::string(llvm::StringRef)>;

/// Applies \p Map to every path of \p Summary.
void mapPaths(SummaryFile &Summary, PathMap Map) {
  auto Position = [&](SourcePosition &Where) {
    if (!Where.File.empty())
      Where.File = Map(Where.File);
  };
  Summary.Source = Map(Summary.Source);
  for (auto *Files : {&Summary.Files, &Summary.Inputs, &Summary.ConfigInputs})
    for (SummarisedFile &File : *Files)
      File.Path = Map(File.Path);
  for (FunctionFacts &Function : Summary.Functions) {
    Position(Function.Where.Position);
    for (BlockingFact &Blocking : Function.Blocking)
      Position(Blocking.Where.Position);
    for (CallFact &Call : Function.Calls)
      Position(Call.Where.Position);
    if (Function.HeaviestLoop)
      Position(Function.HeaviestLoop->Where.Position);
  }
  for (PendingFinding &Pending : Summary.Pending) {
    for (SourcePosition *Where : {&Pending.Where, &Pending.RangeBegin,
                                  &Pending.RangeEnd, &Pending.Context.Where})
      Position(*Where);
    if (PendingLoop *Loop = Pending.Loop ? &*Pending.Loop : nullptr) {
      Position(Loop->End);
      for (PlacedMessage &Bound : Loop->Bounds)
        Position(Bound.Where);
      for (LoopCallee &Callee : Loop->Callees)
        Position(Callee.Where);
      if (Loop->Chunk)
        Position(Loop->Chunk->Where);
    }
  }
  for (UnknownCall &Call : Summary.Unknown)
    Position(Call.Where);
}

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

/// USRs of functions with internal linkage name their file: named from the
/// root as well.
void relativeUsrs(SummaryFile &Summary, llvm::StringRef Root) {
  const std::string Prefix = "@" + Root.str() + "/";
  auto Strip = [&](std::string &Usr) {
    for (size_t At = Usr.find(Prefix); At != std::string::npos;
         At = Usr.find(Prefix, At + 1))
      Usr.replace(At + 1, Prefix.size() - 1, "");
  };
  for (FunctionFacts &Function : Summary.Functions) {
    Strip(Function.Usr);
    for (CallFact &Call : Function.Calls)
      Strip(Call.CalleeUsr);
  }
  for (PendingFinding &Pending : Summary.Pending) {
    Strip(Pending.CalleeUsr);
    if (Pending.Loop)
      for (LoopCallee &Callee : Pending.Loop->Callees)
        Strip(Callee.Usr);
  }
  for (UnknownCall &Call : Summary.Unknown)
    Strip(Call.Usr);
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
  auto Relative = [&](llvm::StringRef File) { return underRoot(File, Root); };
  mapPaths(*Analysis.Summary, Relative);
  relativeUsrs(*Analysis.Summary, Root);
  relativeDiagnostics(Analysis.Diagnostics, Root);
  std::string Diagnostics;
  if (!Analysis.Diagnostics.empty()) {
    tooling::TranslationUnitDiagnostics All;
    All.MainSourceFile = Analysis.Summary->Source;
    All.Diagnostics = std::move(Analysis.Diagnostics);
    llvm::raw_string_ostream OS(Diagnostics);
    llvm::yaml::Output Out(OS);
    Out << All;
  }
  CacheEntry Entry{Key.str(), Analysis.Summary->Source,
                   printSummary(*Analysis.Summary), std::move(Diagnostics)};
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
