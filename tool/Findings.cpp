//===--- Findings.cpp - stallcheck ----------------------------------------===//

#include "Findings.h"
#include "core/InputFiles.h"
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

namespace {

llvm::Error findingsError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

/// One line of documentation per stall-* check, for SARIF rules.
struct CheckHelp {
  llvm::StringLiteral Name;
  llvm::StringLiteral Short;
  llvm::StringLiteral Full;
};
constexpr CheckHelp StallChecks[] = {
    {"stall-blocking-call",
     "A blocking call in code that runs on an event loop.",
     "A call to a blocking API (sleep, a wait on a future or thread, "
     "synchronous file, network, process or console I/O), directly or "
     "through helper functions, in a coroutine, completion handler or other "
     "code that runs on an event loop: it holds the loop's thread and every "
     "other task on the loop waits. Offload it to a thread pool or use the "
     "asynchronous API."},
    {"stall-cpu-heavy-loop",
     "A long loop without suspension in code that runs on an event loop.",
     "A loop of an estimated million or more iterations, or a spin on an "
     "atomic, directly or in a helper function, in code that runs on an "
     "event loop, with no co_await inside: it holds the loop's thread. "
     "Offload it to a thread pool or yield every few thousand iterations."},
};

const CheckHelp *helpFor(llvm::StringRef Check) {
  for (const CheckHelp &Help : StallChecks)
    if (Help.Name == Check)
      return &Help;
  return nullptr;
}

/// Percent-encodes what a URI path may not hold as is.
std::string encodeUriPath(llvm::StringRef Path) {
  std::string Encoded;
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/!$&'()*+,;=:@").contains(C))
      Encoded += C;
    else
      Encoded += "%" + llvm::utohexstr(static_cast<unsigned char>(C),
                                       /*LowerCase=*/false, /*Width=*/2);
  }
  return Encoded;
}

llvm::StringRef levelName(tooling::Diagnostic::Level Level) {
  switch (Level) {
  case tooling::Diagnostic::Warning:
    return "warning";
  case tooling::Diagnostic::Error:
    return "error";
  case tooling::Diagnostic::Remark:
    break;
  }
  return "note";
}

/// The notes that walk a call chain: "'f' calls 'g' here", "'g' constructs
/// 'std::ifstream' here", "'g' runs a loop of about 1.0e7 iterations here".
bool isChainNote(llvm::StringRef Message) {
  static const llvm::Regex Step(
      "^'[^']+' ((calls|constructs) '.+'|runs a loop of about .+) here$");
  return Step.match(Message);
}

} // namespace

const SourceFiles::File &SourceFiles::load(llvm::StringRef Path) {
  auto [It, Inserted] = Files.try_emplace(Path);
  File &Entry = It->second;
  if (!Inserted)
    return Entry;
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false);
  if (!Buffer)
    return Entry;
  Entry.Readable = true;
  Entry.Text = (*Buffer)->getBuffer().str();
  Entry.LineStarts.push_back(0);
  for (unsigned I = 0; I < Entry.Text.size(); ++I)
    if (Entry.Text[I] == '\n')
      Entry.LineStarts.push_back(I + 1);
  return Entry;
}

std::optional<LineColumn> SourceFiles::position(llvm::StringRef Path,
                                                unsigned Offset) {
  const File &Entry = load(Path);
  if (!Entry.Readable || Offset > Entry.Text.size())
    return std::nullopt;
  auto Next = llvm::upper_bound(Entry.LineStarts, Offset);
  unsigned Line = static_cast<unsigned>(Next - Entry.LineStarts.begin());
  unsigned Start = *(Next - 1);
  // Code points: count the bytes that do not continue a UTF-8 sequence.
  unsigned Column = 1;
  for (unsigned I = Start; I < Offset; ++I)
    Column += (static_cast<unsigned char>(Entry.Text[I]) & 0xC0) != 0x80;
  return LineColumn{Line, Column};
}

std::optional<unsigned> SourceFiles::offset(llvm::StringRef Path, unsigned Line,
                                            unsigned Column) {
  const File &Entry = load(Path);
  if (!Entry.Readable || Line == 0 || Column == 0 ||
      Line > Entry.LineStarts.size())
    return std::nullopt;
  unsigned Offset = Entry.LineStarts[Line - 1] + Column - 1;
  if (Offset > Entry.Text.size())
    return std::nullopt;
  return Offset;
}

llvm::StringRef SourceFiles::lineText(llvm::StringRef Path, unsigned Line) {
  const File &Entry = load(Path);
  if (!Entry.Readable || Line == 0 || Line > Entry.LineStarts.size())
    return {};
  llvm::StringRef Text(Entry.Text);
  Text = Text.drop_front(Entry.LineStarts[Line - 1]);
  return Text.take_until([](char C) { return C == '\n'; }).rtrim('\r');
}

llvm::Expected<std::vector<tooling::Diagnostic>>
parseExportedDiagnostics(llvm::StringRef Text, llvm::StringRef Name) {
  if (llvm::Error Err = checkNesting(Text, Name))
    return std::move(Err);
  tooling::TranslationUnitDiagnostics Unit;
  llvm::yaml::Input In(Text);
  In >> Unit;
  if (In.error())
    return findingsError("'" + Name +
                         "' is not a clang-tidy --export-fixes file");
  return std::move(Unit.Diagnostics);
}

std::string PathNormalizer::normalize(llvm::StringRef Path,
                                      llvm::StringRef BuildDirectory) {
  if (Path.empty())
    return {};
  llvm::SmallString<256> Absolute(Path);
  if (llvm::sys::path::is_relative(Absolute) && !BuildDirectory.empty()) {
    Absolute = BuildDirectory;
    llvm::sys::path::append(Absolute, Path);
  }
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  auto [It, Inserted] = Resolved.try_emplace(Absolute);
  if (Inserted) {
    llvm::SmallString<256> Real;
    It->second = llvm::sys::fs::real_path(Absolute, Real) ? Absolute.str().str()
                                                          : Real.str().str();
  }
  return It->second;
}

void PathNormalizer::normalize(tooling::Diagnostic &Diagnostic) {
  auto Message = [&](tooling::DiagnosticMessage &M) {
    M.FilePath = normalize(M.FilePath, Diagnostic.BuildDirectory);
    for (tooling::FileByteRange &Range : M.Ranges)
      Range.FilePath = normalize(Range.FilePath, Diagnostic.BuildDirectory);
  };
  Message(Diagnostic.Message);
  for (tooling::DiagnosticMessage &Note : Diagnostic.Notes)
    Message(Note);
}

std::vector<tooling::Diagnostic>
distinctDiagnostics(std::vector<tooling::Diagnostic> Diagnostics) {
  PathNormalizer Paths;
  std::vector<tooling::Diagnostic> Distinct;
  std::set<std::tuple<std::string, std::string, unsigned, std::string>> Seen;
  for (tooling::Diagnostic &Diag : Diagnostics) {
    Paths.normalize(Diag);
    const tooling::DiagnosticMessage &Message = Diag.Message;
    if (Seen.emplace(Diag.DiagnosticName, Message.FilePath, Message.FileOffset,
                     Message.Message)
            .second)
      Distinct.push_back(std::move(Diag));
  }
  // The keys are distinct after the set above, so the order is total.
  llvm::sort(
      Distinct, [](const tooling::Diagnostic &A, const tooling::Diagnostic &B) {
        return std::tie(A.Message.FilePath, A.Message.FileOffset,
                        A.DiagnosticName, A.Message.Message) <
               std::tie(B.Message.FilePath, B.Message.FileOffset,
                        B.DiagnosticName, B.Message.Message);
      });
  return Distinct;
}

void restoreNonUtf8Path(std::vector<tooling::Diagnostic> &Diagnostics,
                        llvm::StringRef File) {
  if (llvm::json::isUTF8(File))
    return;
  // The export keeps the name up to its first byte that is not UTF-8 and
  // replaces what follows (clang-tidy 19 writes "caf\uFFFD" for Latin-1
  // "caf\xe9.cpp"). A path the findings name that does not exist, in the
  // same directory, with that prefix, is this file.
  llvm::StringRef Directory = llvm::sys::path::parent_path(File);
  llvm::StringRef Name = llvm::sys::path::filename(File);
  size_t Valid = 0;
  while (Valid < Name.size() && llvm::json::isUTF8(Name.take_front(Valid + 1)))
    ++Valid;
  const llvm::StringRef Prefix = Name.take_front(Valid);
  llvm::StringMap<bool> IsThisFile;
  llvm::StringRef BuildDirectory;
  auto Restore = [&](std::string &Path) {
    if (Path == File)
      return;
    auto [It, Inserted] = IsThisFile.try_emplace(Path, false);
    if (Inserted) {
      // Relative to the entry's directory, as clang-tidy may write it.
      llvm::SmallString<256> Absolute(Path);
      if (!llvm::sys::path::is_absolute(Absolute)) {
        Absolute = BuildDirectory;
        llvm::sys::path::append(Absolute, Path);
      }
      llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
      It->second = llvm::sys::path::parent_path(Absolute) == Directory &&
                   llvm::sys::path::filename(Absolute).starts_with(Prefix) &&
                   !llvm::sys::fs::exists(Absolute);
    }
    if (It->second)
      Path = File.str();
  };
  auto RestoreMessage = [&](tooling::DiagnosticMessage &Message) {
    Restore(Message.FilePath);
    for (tooling::FileByteRange &Range : Message.Ranges)
      Restore(Range.FilePath);
  };
  for (tooling::Diagnostic &Diag : Diagnostics) {
    BuildDirectory = Diag.BuildDirectory;
    IsThisFile.clear();
    RestoreMessage(Diag.Message);
    for (tooling::DiagnosticMessage &Note : Diag.Notes)
      RestoreMessage(Note);
  }
}

llvm::Expected<std::vector<tooling::Diagnostic>>
readExportedDiagnostics(llvm::ArrayRef<std::string> Paths) {
  std::vector<tooling::Diagnostic> All;
  for (const std::string &Path : Paths) {
    llvm::Expected<std::string> Text =
        readInputFile(Path, "exported diagnostics file");
    if (!Text)
      return Text.takeError();
    llvm::Expected<std::vector<tooling::Diagnostic>> Diagnostics =
        parseExportedDiagnostics(*Text, Path);
    if (!Diagnostics)
      return Diagnostics.takeError();
    for (tooling::Diagnostic &Diag : *Diagnostics)
      All.push_back(std::move(Diag));
  }
  return distinctDiagnostics(std::move(All));
}

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

namespace {
/// CWE-1322, "Use of Blocking Code in Single-threaded, Non-blocking
/// Context", and fixed GUIDs for the CWE taxonomy and that taxon (SARIF
/// refers to tool components by GUID; these are stallcheck's own, stable).
constexpr llvm::StringLiteral CweId = "1322";
constexpr llvm::StringLiteral CweGuid = "a7f3c1e2-5b9d-4e8a-9c61-3d2f0b7e4a15";
constexpr llvm::StringLiteral CweTaxonGuid =
    "4c8e2a9f-1d7b-4f36-b0e5-9a2c6d81f3b7";
} // namespace

llvm::json::Value sarifLog(llvm::ArrayRef<tooling::Diagnostic> Diagnostics,
                           llvm::ArrayRef<std::string> Fingerprints,
                           const SarifSettings &Settings,
                           SourceFiles &Sources) {
  // Rules: every stall-* check, then any other check that reported.
  llvm::json::Array Rules;
  llvm::StringMap<unsigned> RuleIndex;
  auto AddRule = [&](llvm::StringRef Name) {
    if (RuleIndex.count(Name))
      return;
    RuleIndex[Name] = Rules.size();
    llvm::json::Object Rule{{"id", Name}};
    if (const CheckHelp *Help = helpFor(Name)) {
      Rule["shortDescription"] = llvm::json::Object{{"text", Help->Short}};
      Rule["fullDescription"] = llvm::json::Object{{"text", Help->Full}};
      if (Settings.DocsBaseUrl.empty()) {
        Rule["help"] = llvm::json::Object{{"text", Help->Full}};
      } else {
        std::string Url = Settings.DocsBaseUrl + Name.str() + ".md";
        Rule["help"] = llvm::json::Object{
            {"text", (Help->Full + " See " + Url).str()},
            {"markdown",
             (Help->Full + " See [" + Name + "](" + Url + ").").str()}};
        Rule["helpUri"] = Url;
      }
      // Every stall-* check finds CWE-1322: the rule is that weakness,
      // for SARIF viewers (relationships) and GitHub code scanning (tags).
      Rule["relationships"] = llvm::json::Array{llvm::json::Object{
          {"target",
           llvm::json::Object{
               {"id", CweId},
               {"guid", CweTaxonGuid},
               {"toolComponent",
                llvm::json::Object{{"name", "CWE"}, {"guid", CweGuid}}}}},
          {"kinds", llvm::json::Array{"superset"}}}};
      Rule["properties"] = llvm::json::Object{
          {"tags", llvm::json::Array{"external/cwe/cwe-1322"}}};
    } else {
      std::string Text = ("Reported by " + Name + ".").str();
      Rule["shortDescription"] = llvm::json::Object{{"text", Text}};
      Rule["help"] = llvm::json::Object{{"text", Text}};
    }
    Rule["defaultConfiguration"] = llvm::json::Object{{"level", "warning"}};
    Rules.push_back(std::move(Rule));
  };
  for (const CheckHelp &Help : StallChecks)
    AddRule(Help.Name);
  for (const tooling::Diagnostic &Diag : Diagnostics)
    AddRule(Diag.DiagnosticName);

  auto PhysicalLocation = [&](const tooling::DiagnosticMessage &Message)
      -> std::optional<llvm::json::Value> {
    if (Message.FilePath.empty())
      return std::nullopt;
    std::optional<LineColumn> Start =
        Sources.position(Message.FilePath, Message.FileOffset);
    if (!Start)
      return std::nullopt;
    llvm::json::Object Region{{"startLine", Start->Line},
                              {"startColumn", Start->Column}};
    // The end of the range the finding is in (a call's range starts at
    // its callee's scope, `std::`, before the name the finding points at).
    for (const tooling::FileByteRange &Range : Message.Ranges)
      if (Range.FilePath == Message.FilePath &&
          Range.FileOffset <= Message.FileOffset &&
          Message.FileOffset < Range.FileOffset + Range.Length)
        if (std::optional<LineColumn> End = Sources.position(
                Range.FilePath, Range.FileOffset + Range.Length)) {
          Region["endLine"] = End->Line;
          Region["endColumn"] = End->Column;
          break;
        }
    llvm::json::Object Artifact;
    std::string Relative = relativePath(Message.FilePath, Settings.SourceRoot);
    if (Relative != Message.FilePath) {
      Artifact["uri"] = encodeUriPath(Relative);
      Artifact["uriBaseId"] = "%SRCROOT%";
    } else {
      Artifact["uri"] = "file://" + encodeUriPath(Message.FilePath);
    }
    return llvm::json::Object{{"artifactLocation", std::move(Artifact)},
                              {"region", std::move(Region)}};
  };

  llvm::json::Array Results;
  for (size_t I = 0; I < Diagnostics.size(); ++I) {
    const tooling::Diagnostic &Diag = Diagnostics[I];
    llvm::json::Object Result{
        {"ruleId", Diag.DiagnosticName},
        {"ruleIndex", RuleIndex[Diag.DiagnosticName]},
        {"level", levelName(Diag.DiagLevel)},
        {"message", llvm::json::Object{{"text", Diag.Message.Message}}}};
    std::optional<llvm::json::Value> Primary = PhysicalLocation(Diag.Message);
    if (Primary)
      Result["locations"] =
          llvm::json::Array{llvm::json::Object{{"physicalLocation", *Primary}}};
    llvm::json::Array Related;
    llvm::json::Array Flow;
    if (Primary)
      Flow.push_back(llvm::json::Object{
          {"location",
           llvm::json::Object{
               {"physicalLocation", *Primary},
               {"message", llvm::json::Object{
                               {"text", "the call in event-loop code"}}}}}});
    for (const tooling::DiagnosticMessage &Note : Diag.Notes) {
      std::optional<llvm::json::Value> Where = PhysicalLocation(Note);
      if (!Where)
        continue;
      Related.push_back(llvm::json::Object{
          {"id", static_cast<int64_t>(Related.size() + 1)},
          {"physicalLocation", *Where},
          {"message", llvm::json::Object{{"text", Note.Message}}}});
      if (isChainNote(Note.Message))
        Flow.push_back(llvm::json::Object{
            {"location",
             llvm::json::Object{
                 {"physicalLocation", std::move(*Where)},
                 {"message", llvm::json::Object{{"text", Note.Message}}}}}});
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    // A chain (a call, then at least one step down) is a code flow.
    if (Flow.size() > 1)
      Result["codeFlows"] = llvm::json::Array{llvm::json::Object{
          {"threadFlows", llvm::json::Array{llvm::json::Object{
                              {"locations", std::move(Flow)}}}}}};
    if (I < Fingerprints.size())
      Result["partialFingerprints"] =
          llvm::json::Object{{"stallcheck/v1", Fingerprints[I]}};
    Results.push_back(std::move(Result));
  }

  std::string Root = Settings.SourceRoot;
  if (!llvm::StringRef(Root).ends_with("/"))
    Root += "/";
  llvm::json::Object Driver;
  Driver["name"] = "stallcheck";
  Driver["version"] = Settings.ToolVersion;
  Driver["semanticVersion"] = Settings.ToolVersion;
  if (!Settings.DocsBaseUrl.empty())
    Driver["informationUri"] = Settings.DocsBaseUrl + "list.md";
  Driver["rules"] = std::move(Rules);
  Driver["supportedTaxonomies"] =
      llvm::json::Array{llvm::json::Object{{"name", "CWE"}, {"guid", CweGuid}}};
  llvm::json::Object Tool;
  Tool["driver"] = std::move(Driver);
  // The one weakness the rules name, as a taxonomy of the run.
  llvm::json::Object Cwe{
      {"name", "CWE"},
      {"guid", CweGuid},
      {"version", "4.16"},
      {"organization", "MITRE"},
      {"shortDescription",
       llvm::json::Object{{"text", "The MITRE Common Weakness Enumeration"}}},
      {"informationUri", "https://cwe.mitre.org/"},
      {"isComprehensive", false},
      {"taxa",
       llvm::json::Array{llvm::json::Object{
           {"id", CweId},
           {"guid", CweTaxonGuid},
           {"name", "Use of Blocking Code in Single-threaded, Non-blocking "
                    "Context"},
           {"helpUri", "https://cwe.mitre.org/data/definitions/1322.html"}}}}};
  llvm::json::Object SourceRootBase;
  SourceRootBase["uri"] = "file://" + encodeUriPath(Root);
  llvm::json::Object BaseIds;
  BaseIds["%SRCROOT%"] = std::move(SourceRootBase);
  llvm::json::Object Run;
  Run["tool"] = std::move(Tool);
  Run["taxonomies"] = llvm::json::Array{std::move(Cwe)};
  Run["originalUriBaseIds"] = std::move(BaseIds);
  Run["columnKind"] = "unicodeCodePoints";
  Run["results"] = std::move(Results);
  llvm::json::Object Log;
  Log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  Log["version"] = "2.1.0";
  Log["runs"] = llvm::json::Array{std::move(Run)};
  return Log;
}

namespace {

/// Columns to the next tab stop, as clang prints source lines.
constexpr unsigned TabStop = 8;

/// \p Line with its tabs expanded, and the display column of each byte.
std::string expandTabs(llvm::StringRef Line,
                       std::vector<unsigned> &DisplayColumn) {
  std::string Expanded;
  unsigned Column = 0;
  DisplayColumn.clear();
  for (char C : Line) {
    DisplayColumn.push_back(Column);
    if (C == '\t') {
      unsigned Spaces = TabStop - Column % TabStop;
      Expanded.append(Spaces, ' ');
      Column += Spaces;
      continue;
    }
    Expanded += C;
    // A UTF-8 continuation byte takes no column of its own.
    Column += (static_cast<unsigned char>(C) & 0xC0) != 0x80;
  }
  DisplayColumn.push_back(Column);
  return Expanded;
}

} // namespace

std::string renderDiagnostic(const tooling::Diagnostic &Diag,
                             SourceFiles &Sources, bool WithSource,
                             llvm::StringRef Directory) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  auto Line = [&](const tooling::DiagnosticMessage &Message,
                  llvm::StringRef Level, llvm::StringRef Suffix) {
    std::optional<LineColumn> Where;
    if (!Message.FilePath.empty())
      Where = Sources.position(Message.FilePath, Message.FileOffset);
    if (Where)
      OS << relativePath(Message.FilePath, Directory) << ":" << Where->Line
         << ":" << Where->Column << ": ";
    OS << Level << ": " << Message.Message << Suffix << "\n";
    if (!WithSource || !Where)
      return;
    // The line, then a caret under the position and tildes under the rest
    // of a range that starts there, as clang shows them.
    llvm::StringRef Source = Sources.lineText(Message.FilePath, Where->Line);
    std::optional<unsigned> LineStart =
        Sources.offset(Message.FilePath, Where->Line, 1);
    if (!LineStart)
      return;
    std::vector<unsigned> Columns;
    std::string Shown = expandTabs(Source, Columns);
    unsigned Byte =
        std::min<unsigned>(Message.FileOffset - *LineStart, Source.size());
    unsigned End = Byte + 1;
    for (const tooling::FileByteRange &Range : Message.Ranges)
      if (Range.FilePath == Message.FilePath &&
          Range.FileOffset == Message.FileOffset && Range.Length > 1)
        End = std::min<unsigned>(Byte + Range.Length, Source.size());
    End = std::max(End, Byte + 1);
    std::string Number = std::to_string(Where->Line);
    unsigned Width = std::max<unsigned>(Number.size(), 4);
    OS.indent(Width - Number.size() + 1) << Number << " | " << Shown << "\n";
    OS.indent(Width + 2) << "| ";
    unsigned CaretColumn = Columns[Byte];
    unsigned EndColumn =
        End < Columns.size() ? Columns[End] : Columns.back() + 1;
    OS.indent(CaretColumn) << "^";
    if (EndColumn > CaretColumn + 1)
      OS << std::string(EndColumn - CaretColumn - 1, '~');
    OS << "\n";
  };
  Line(Diag.Message, levelName(Diag.DiagLevel),
       (" [" + Diag.DiagnosticName + "]"));
  for (const tooling::DiagnosticMessage &Note : Diag.Notes)
    Line(Note, "note", "");
  OS.flush();
  return Text;
}

} // namespace clang::tidy::stall
