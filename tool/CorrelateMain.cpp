//===--- CorrelateMain.cpp - stallcheck-correlate -------------------------===//
//
// Meets the runtime watchdog's reports (JSON lines) and stallcheck's
// findings (the SARIF log of stallcheck-project --sarif): each report whose
// user frame is at a finding's line is "predicted by stallcheck", and each
// finding a report confirms is listed as confirmed at run time.
//
//===----------------------------------------------------------------------===//

#include "Findings.h"
#include "core/base/InputFiles.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <string>
#include <vector>

using namespace llvm;
using namespace clang::tidy::stall;

namespace {
cl::OptionCategory Category("stallcheck-correlate options");
cl::opt<std::string> SarifPath("sarif",
                               cl::desc("stallcheck-project's SARIF log"),
                               cl::value_desc("file"), cl::Required,
                               cl::cat(Category));
cl::opt<std::string> ReportsPath(
    "reports", cl::desc("the watchdog's JSON lines (STALLCHECK_WATCHDOG_JSON)"),
    cl::value_desc("file"), cl::Required, cl::cat(Category));

struct Finding {
  std::string Rule;
  std::string File; // absolute, normalised
  unsigned Line = 0;
  unsigned Confirmed = 0;
};

std::string normalise(StringRef Path) {
  SmallString<256> Result(Path);
  sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

/// "file:///a/b%20c" -> "/a/b c".
std::string pathOfUri(StringRef Uri) {
  Uri.consume_front("file://");
  std::string Path;
  for (size_t I = 0; I < Uri.size(); ++I) {
    unsigned Byte = 0;
    if (Uri[I] == '%' && I + 2 < Uri.size() &&
        !Uri.substr(I + 1, 2).getAsInteger(16, Byte)) {
      Path += static_cast<char>(Byte);
      I += 2;
    } else {
      Path += Uri[I];
    }
  }
  return Path;
}

Expected<std::vector<Finding>> readFindings(StringRef Path) {
  Expected<std::string> Text = readInputFile(Path, "SARIF log");
  if (!Text)
    return Text.takeError();
  Expected<json::Value> Log = parseJsonFile(*Text, Path, "SARIF log");
  if (!Log)
    return Log.takeError();
  std::vector<Finding> Findings;
  const json::Array *Runs =
      Log->getAsObject() ? Log->getAsObject()->getArray("runs") : nullptr;
  if (!Runs)
    return createStringError(inconvertibleErrorCode(),
                             Path + ": not a SARIF log: no 'runs'");
  for (const json::Value &RunValue : *Runs) {
    const json::Object *Run = RunValue.getAsObject();
    if (!Run)
      continue;
    std::map<std::string, std::string> Bases;
    if (const json::Object *Ids = Run->getObject("originalUriBaseIds"))
      for (const auto &[Id, Base] : *Ids)
        if (const json::Object *B = Base.getAsObject())
          if (std::optional<StringRef> Uri = B->getString("uri"))
            Bases[Id.str()] = pathOfUri(*Uri);
    const json::Array *Results = Run->getArray("results");
    for (const json::Value &ResultValue : Results ? *Results : json::Array()) {
      const json::Object *Result = ResultValue.getAsObject();
      const json::Array *Locations =
          Result ? Result->getArray("locations") : nullptr;
      if (!Locations || Locations->empty())
        continue;
      const json::Object *Physical =
          (*Locations)[0].getAsObject()
              ? (*Locations)[0].getAsObject()->getObject("physicalLocation")
              : nullptr;
      const json::Object *Artifact =
          Physical ? Physical->getObject("artifactLocation") : nullptr;
      const json::Object *Region =
          Physical ? Physical->getObject("region") : nullptr;
      std::optional<StringRef> Uri =
          Artifact ? Artifact->getString("uri") : std::nullopt;
      std::optional<int64_t> Line =
          Region ? Region->getInteger("startLine") : std::nullopt;
      if (!Uri || !Line)
        continue;
      SmallString<256> File;
      if (std::optional<StringRef> Base = Artifact->getString("uriBaseId"))
        File = Bases[Base->str()];
      sys::path::append(File, pathOfUri(*Uri));
      Finding F;
      F.Rule = Result->getString("ruleId").value_or("").str();
      F.File = normalise(File);
      F.Line = static_cast<unsigned>(*Line);
      Findings.push_back(std::move(F));
    }
  }
  return Findings;
}
} // namespace

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(
      Argc, Argv,
      "stallcheck-correlate: marks each stall the runtime watchdog reported "
      "at a line stallcheck flagged, and lists the findings confirmed at "
      "run time.\n");
  auto Fail = [](const Twine &Message) {
    WithColor::error(errs(), "stallcheck-correlate") << Message << "\n";
    return 1;
  };
  Expected<std::vector<Finding>> Findings = readFindings(SarifPath);
  if (!Findings)
    return Fail(toString(Findings.takeError()));
  Expected<std::string> Reports =
      readInputFile(ReportsPath, "watchdog reports");
  if (!Reports)
    return Fail(toString(Reports.takeError()));

  unsigned Number = 0, Predicted = 0;
  SmallVector<StringRef, 32> Lines;
  StringRef(*Reports).split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (size_t Index = 0; Index < Lines.size(); ++Index) {
    StringRef Line = Lines[Index].trim();
    if (Line.empty())
      continue;
    std::string Where = (ReportsPath + ":" + Twine(Index + 1)).str();
    Expected<json::Value> Report = json::parse(Line);
    if (!Report)
      return Fail(Where +
                  ": invalid watchdog report: " + toString(Report.takeError()));
    const json::Object *Object = Report->getAsObject();
    if (!Object || Object->getString("type") != StringRef("stall"))
      return Fail(Where + ": not a watchdog stall report");
    ++Number;
    std::optional<double> Duration = Object->getNumber("duration_ms");
    outs() << "stall " << Number << ": " << format("%.1f", Duration.value_or(0))
           << " ms";
    const json::Object *User = Object->getObject("user_frame");
    if (!User) {
      outs() << ", no frame in your code\n";
      continue;
    }
    std::string File = normalise(User->getString("file").value_or(""));
    int64_t LineNumber = User->getInteger("line").value_or(0);
    outs() << " at " << File << ":" << LineNumber << " in "
           << User->getString("function").value_or("?");
    bool Matched = false;
    for (Finding &F : *Findings)
      if (F.File == File && F.Line == LineNumber) {
        if (!Matched)
          outs() << ": predicted by stallcheck: " << F.Rule << " at " << F.File
                 << ":" << F.Line;
        Matched = true;
        ++F.Confirmed;
      }
    Predicted += Matched;
    outs() << (Matched ? "\n" : ": not predicted by stallcheck\n");
  }
  unsigned Confirmed = 0;
  for (const Finding &F : *Findings)
    Confirmed += F.Confirmed > 0;
  outs() << Predicted << " of " << Number << " stalls predicted by stallcheck; "
         << Confirmed << " of " << Findings->size()
         << " findings confirmed at run time\n";
  for (const Finding &F : *Findings)
    outs() << (F.Confirmed ? "  confirmed: " : "  not seen:  ") << F.Rule
           << " at " << F.File << ":" << F.Line
           << (F.Confirmed ? " (" + std::to_string(F.Confirmed) + " stalls)"
                           : std::string())
           << "\n";
  return 0;
}
