//===--- Sarif.cpp - stallcheck -------------------------------------------===//

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

namespace {

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

/// The notes that walk a call chain: "'f' calls 'g' here", "'g' constructs
/// 'std::ifstream' here", "'g' runs a loop of about 1.0e7 iterations here".
bool isChainNote(llvm::StringRef Message) {
  static const llvm::Regex Step(
      "^'[^']+' ((calls|constructs) '.+'|runs a loop of about .+) here$");
  return Step.match(Message);
}

} // namespace

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
    // A relative path (an entry file's, --link-entries) is relative to the
    // directory the run is in: the source root unless one is named.
    if (Relative != Message.FilePath ||
        llvm::sys::path::is_relative(Message.FilePath)) {
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
  if (Settings.NameSourceRoot)
    Run["originalUriBaseIds"] = std::move(BaseIds);
  Run["columnKind"] = "unicodeCodePoints";
  Run["results"] = std::move(Results);
  llvm::json::Object Log;
  Log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  Log["version"] = "2.1.0";
  Log["runs"] = llvm::json::Array{std::move(Run)};
  return Log;
}

} // namespace clang::tidy::stall
