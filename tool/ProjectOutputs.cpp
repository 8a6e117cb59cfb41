//===--- ProjectOutputs.cpp - stallcheck ----------------------------------===//

#include "ProjectOutputs.h"
#include "Findings.h"
#include "core/base/AtomicFile.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

using namespace llvm;

namespace clang::tidy::stall {

using tooling::Diagnostic;

std::string absolutePath(StringRef Path, StringRef CurrentDirectory) {
  SmallString<256> Absolute(Path);
  sys::fs::make_absolute(CurrentDirectory, Absolute);
  sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return Absolute.str().str();
}

std::string plural(size_t N, StringRef Word) {
  return std::to_string(N) + " " + Word.str() + (N == 1 ? "" : "s");
}

namespace {

/// Creates the directory that will hold \p File, and names \p File in
/// an error writing it.
Error writeOutput(StringRef File, StringRef What, StringRef CurrentDirectory,
                  function_ref<Error(raw_ostream &)> Write) {
  // The directory of the absolute path is created; the file is written as
  // named ("-" is standard output).
  SmallString<256> Parent(absolutePath(File, CurrentDirectory));
  sys::path::remove_filename(Parent);
  bool DirectoryFailed = false;
  Error Err = writeFileAtomically(File, Parent, Write, [&](std::error_code EC) {
    DirectoryFailed = true;
    return createStringError(EC, "cannot create the directory of " + What +
                                     " '" + File + "': " + EC.message());
  });
  if (!Err || DirectoryFailed)
    return Err;
  return createStringError(inconvertibleErrorCode(),
                           "cannot write " + What + " '" + File +
                               "': " + toString(std::move(Err)));
}

} // namespace

/// Reports a problem with a late-stage file (a baseline, SARIF) that does
/// not stop the run: the findings are still printed and written elsewhere.
void reportOutputProblem(Error Err) {
  WithColor::error(errs(), "stallcheck-project")
      << toString(std::move(Err)) << "\n";
}

/// What the findings of a run mean for CI: SARIF and baselines; prints the
/// findings (only the new ones under a baseline) when \p Print says so.
/// Returns whether the run fails: because of them (an error, or a new
/// finding under a baseline), or because a baseline could not be read or
/// an output not written. Such a problem is reported and never discards
/// the findings: an unreadable baseline prints them all.
bool processFindings(ArrayRef<Diagnostic> Diagnostics, bool Print,
                     const OutputSettings &Settings) {
  const std::string &CurrentDirectory = Settings.CurrentDirectory;
  const std::string &SourceRoot = Settings.SourceRoot;
  const std::string &BaselineInput = Settings.Baseline;
  const std::string &BaselineOutput = Settings.WriteBaseline;
  const std::string &SarifOutput = Settings.Sarif;
  std::string Root = SourceRoot.empty()
                         ? CurrentDirectory
                         : absolutePath(SourceRoot, CurrentDirectory);
  SourceFiles Sources;
  std::vector<std::string> Prints = fingerprints(Diagnostics, Root, Sources);
  auto Show = [&](const Diagnostic &Diag) {
    outs() << renderDiagnostic(Diag, Sources, /*WithSource=*/true,
                               CurrentDirectory);
  };

  // The baseline is read before one is written: the same file may be both.
  std::optional<Baseline> Accepted;
  bool Fails = false;
  if (!BaselineInput.empty()) {
    Expected<Baseline> Read = readBaseline(BaselineInput);
    if (Read) {
      Accepted = std::move(*Read);
    } else {
      reportOutputProblem(createStringError(
          inconvertibleErrorCode(),
          toString(Read.takeError()) + "; every finding is printed as new"));
      Fails = true;
    }
  }

  if (Accepted) {
    unsigned New = 0;
    for (size_t I = 0; I < Diagnostics.size(); ++I) {
      if (Accepted->Fingerprints.contains(Prints[I]))
        continue;
      ++New;
      if (Print)
        Show(Diagnostics[I]);
    }
    outs() << "stallcheck-project: baseline '" << BaselineInput << "' ("
           << plural(Accepted->Fingerprints.size(), "finding")
           << "): " << (Diagnostics.size() - New) << " of this run's "
           << plural(Diagnostics.size(), "finding") << " in it, " << New
           << " new\n";
    Fails |= New > 0;
  } else {
    for (const Diagnostic &Diag : Diagnostics) {
      if (Print)
        Show(Diag);
      Fails |= Diag.DiagLevel == Diagnostic::Error;
    }
  }

  if (!BaselineOutput.empty()) {
    if (Error Err = writeOutput(BaselineOutput, "the baseline",
                                CurrentDirectory, [&](raw_ostream &OS) {
                                  return writeBaseline(OS, Diagnostics, Prints,
                                                       Root, Sources);
                                })) {
      reportOutputProblem(std::move(Err));
      Fails = true;
    } else {
      outs() << "stallcheck-project: wrote a baseline of "
             << plural(Diagnostics.size(), "finding") << " to '"
             << BaselineOutput << "'\n";
    }
  }

  if (!SarifOutput.empty()) {
    SarifSettings Sarif{Settings.Version, Root, Settings.DocsBaseUrl,
                        Settings.SarifNamesSourceRoot};
    json::Value Log = sarifLog(Diagnostics, Prints, Sarif, Sources);
    if (Accepted)
      for (auto [I, Result] : llvm::enumerate(*Log.getAsObject()
                                                   ->getArray("runs")
                                                   ->front()
                                                   .getAsObject()
                                                   ->getArray("results")))
        Result.getAsObject()->try_emplace(
            "baselineState",
            Accepted->Fingerprints.contains(Prints[I]) ? "unchanged" : "new");
    if (Error Err = writeOutput(SarifOutput, "SARIF", CurrentDirectory,
                                [&](raw_ostream &OS) {
                                  OS << formatv("{0:2}", Log) << "\n";
                                  return Error::success();
                                })) {
      reportOutputProblem(std::move(Err));
      Fails = true;
    }
  }
  return Fails;
}

/// Writes \p Diagnostics as one --export-fixes file.
Error exportFixes(ArrayRef<Diagnostic> Diagnostics, StringRef Path,
                  StringRef CurrentDirectory) {
  clang::tooling::TranslationUnitDiagnostics All;
  All.Diagnostics.assign(Diagnostics.begin(), Diagnostics.end());
  return writeOutput(Path, "the exported fixes", CurrentDirectory,
                     [&](raw_ostream &OS) {
                       yaml::Output Out(OS);
                       Out << All;
                       return Error::success();
                     });
}

Error writeUnknownCalls(ArrayRef<SummaryFile> Units, StringRef Path,
                        StringRef CurrentDirectory) {
  struct Callee {
    bool CLinkage = false;
    size_t Places = 0;
    SourcePosition Example;
  };
  // What some file of the project defines is known.
  StringSet<> Defined;
  for (const SummaryFile &Unit : Units)
    for (const FunctionFacts &Function : Unit.Functions)
      Defined.insert(Function.Usr);
  StringMap<Callee> ByName;
  for (const SummaryFile &Unit : Units)
    for (const UnknownCall &Call : Unit.Unknown) {
      if (Defined.contains(Call.Usr))
        continue;
      Callee &Known = ByName[Call.Name];
      if (Known.Places++ == 0) {
        Known.CLinkage = Call.CLinkage;
        Known.Example = Call.Where;
      }
    }
  std::vector<const StringMapEntry<Callee> *> Ranked;
  for (const StringMapEntry<Callee> &Entry : ByName)
    Ranked.push_back(&Entry);
  llvm::sort(Ranked, [](const auto *A, const auto *B) {
    if (A->second.Places != B->second.Places)
      return A->second.Places > B->second.Places;
    return A->first() < B->first();
  });
  std::string Root = CurrentDirectory.str();
  if (!StringRef(Root).ends_with("/"))
    Root += "/";
  return writeOutput(Path, "the unknown-calls report", CurrentDirectory,
                     [&](raw_ostream &OS) {
    OS << "# Functions called from event-loop code that stallcheck knows\n"
          "# nothing of: no body in the project, not in the catalogue, not\n"
          "# listed as harmless. Ranked by the places that call them.\n"
          "# Classify each: uncomment its line under 'blocking' and replace\n"
          "# CHOOSE with the category that fits (sleep, sync-wait, file-io,\n"
          "# network, process, console, lock; a line left with CHOOSE is an\n"
          "# error), or its name under 'harmless'; then\n"
          "# name this file in the option 'Catalogue' (docs/catalogue.md).\n"
          "# " << plural(Ranked.size(), "function") << ".\n"
          "version: 1\n"
          "blocking:\n";
    for (const auto *Entry : Ranked) {
      StringRef File = Entry->second.Example.File;
      File.consume_front(Root);
      std::string Name = Entry->first().str();
      if (Entry->second.CLinkage)
        Name.insert(0, "::");
      OS << "  # " << plural(Entry->second.Places, "place") << ", e.g. "
         << File << ":" << Entry->second.Example.Line << ":"
         << Entry->second.Example.Column << "\n"
         << "  # - {name: " << Name
         << (Entry->second.CLinkage ? ", c-linkage: true" : "")
         << ", category: CHOOSE}\n";
    }
    OS << "harmless:\n";
    for (const auto *Entry : Ranked)
      OS << "  # - " << (Entry->second.CLinkage ? "::" : "")
         << Entry->first() << "\n";
    return Error::success();
  });
}

} // namespace clang::tidy::stall
