//===--- Baseline.cpp - stallcheck ----------------------------------------===//

#include "Findings.h"
#include "core/base/InputFiles.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <map>
#include <set>
#include <tuple>

namespace clang::tidy::stall {

std::string relativePath(llvm::StringRef File, llvm::StringRef SourceRoot) {
  llvm::StringRef Path(File);
  llvm::StringRef Root = SourceRoot.rtrim('/');
  if (!Root.empty() && Path.consume_front(Root) && Path.consume_front("/"))
    return Path.str();
  return File.str();
}

std::vector<std::string>
fingerprints(llvm::ArrayRef<tooling::Diagnostic> Diagnostics,
             llvm::StringRef SourceRoot, SourceFiles &Sources) {
  std::vector<std::string> Result;
  llvm::StringMap<unsigned> Occurrences;
  for (const tooling::Diagnostic &Diag : Diagnostics) {
    const tooling::DiagnosticMessage &Message = Diag.Message;
    llvm::StringRef LineText;
    if (std::optional<LineColumn> Where =
            Sources.position(Message.FilePath, Message.FileOffset))
      LineText = Sources.lineText(Message.FilePath, Where->Line).trim();
    std::string Key = Diag.DiagnosticName + '\0' +
                      relativePath(Message.FilePath, SourceRoot) + '\0' +
                      Message.Message + '\0' + LineText.str();
    unsigned Occurrence = Occurrences[Key]++;
    Result.push_back(llvm::utohexstr(llvm::xxh3_64bits(Key),
                                     /*LowerCase=*/true, /*Width=*/16) +
                     ":" + std::to_string(Occurrence));
  }
  return Result;
}

llvm::Expected<Baseline> readBaseline(llvm::StringRef Path) {
  llvm::Expected<std::string> Text = readInputFile(Path, "baseline");
  if (!Text)
    return Text.takeError();
  return parseBaseline(*Text, Path);
}

llvm::Expected<llvm::json::Value> parseJsonFile(llvm::StringRef Text,
                                                llvm::StringRef Path,
                                                llvm::StringRef What) {
  if (llvm::Error Err = checkNesting(Text, Path))
    return findingsError("invalid " + What + ": " +
                         llvm::toString(std::move(Err)));
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (Parsed)
    return Parsed;
  // LLVM says "[line:column, byte=N]: message"; say "file:line:column:".
  std::string Message = llvm::toString(Parsed.takeError());
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  static const llvm::Regex Position(
      "^\\[([0-9]+):([0-9]+), byte=[0-9]+\\]: (.*)$");
  unsigned Column = 0;
  if (Position.match(Message, &Parts) && llvm::to_integer(Parts[2], Column))
    return findingsError(Path + ":" + Parts[1] + ":" + llvm::Twine(Column + 1) +
                         ": invalid " + What + ": " + Parts[3]);
  return findingsError(Path + ": invalid " + What + ": " + Message);
}

llvm::Expected<Baseline> parseBaseline(llvm::StringRef Text,
                                       llvm::StringRef Path) {
  llvm::Expected<llvm::json::Value> Parsed =
      parseJsonFile(Text, Path, "baseline");
  if (!Parsed)
    return Parsed.takeError();
  const llvm::json::Object *Root = Parsed->getAsObject();
  std::optional<int64_t> Version =
      Root ? Root->getInteger("version") : std::nullopt;
  const llvm::json::Array *Findings =
      Root ? Root->getArray("findings") : nullptr;
  if (!Root || !Findings || Version != 1)
    return findingsError("baseline '" + Path +
                         "': not a stallcheck baseline of version 1 (write "
                         "it with --write-baseline)");
  Baseline Result;
  for (const llvm::json::Value &Finding : *Findings) {
    const llvm::json::Object *Entry = Finding.getAsObject();
    std::optional<llvm::StringRef> Print =
        Entry ? Entry->getString("fingerprint") : std::nullopt;
    if (!Print)
      return findingsError("baseline '" + Path +
                           "': a finding without a fingerprint");
    Result.Fingerprints.insert(*Print);
  }
  return Result;
}

llvm::Error writeBaseline(llvm::raw_ostream &OS,
                          llvm::ArrayRef<tooling::Diagnostic> Diagnostics,
                          llvm::ArrayRef<std::string> Fingerprints,
                          llvm::StringRef SourceRoot, SourceFiles &Sources) {
  llvm::json::Array Findings;
  for (size_t I = 0; I < Diagnostics.size(); ++I) {
    const tooling::DiagnosticMessage &Message = Diagnostics[I].Message;
    std::optional<LineColumn> Where =
        Sources.position(Message.FilePath, Message.FileOffset);
    Findings.push_back(
        llvm::json::Object{{"fingerprint", Fingerprints[I]},
                           {"check", Diagnostics[I].DiagnosticName},
                           {"file", relativePath(Message.FilePath, SourceRoot)},
                           // For readers only: matching ignores it.
                           {"line", Where ? Where->Line : 0},
                           {"message", Message.Message}});
  }
  llvm::json::Object Root{{"version", 1},
                          {"tool", "stallcheck"},
                          {"findings", std::move(Findings)}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root))) << "\n";
  return llvm::Error::success();
}

} // namespace clang::tidy::stall
