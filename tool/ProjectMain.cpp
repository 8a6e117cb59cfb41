//===--- ProjectMain.cpp - stallcheck -------------------------------------===//
//
// stallcheck-project: runs stallcheck over a whole project from its
// compile_commands.json, the way run-clang-tidy does, in two passes so that
// call chains cross translation units:
//
//   1. every file, in parallel: stallcheck --stall-write-summaries=DIR writes
//      a summary of what each of its functions does (keyed by USR);
//   2. every file, in parallel: stallcheck --stall-read-summaries=DIR reports
//      findings, following calls into functions of the other files.
//
// Each file runs in its own stallcheck process (a crash stays one file's
// failure); its output is printed whole, after a progress line, when it
// ends. The exit code is 1 when any file failed or any finding is an error.
//
//===----------------------------------------------------------------------===//

#include "Findings.h"
#include "core/FunctionSummary.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <mutex>
#include <string>
#include <vector>

using namespace llvm;

namespace {

cl::OptionCategory ProjectCategory("stallcheck-project options");

cl::opt<std::string> BuildPath(
    "p",
    cl::desc("Build directory holding compile_commands.json (default: "
             "the current directory or its nearest parent with one)"),
    cl::value_desc("build-dir"), cl::cat(ProjectCategory));
cl::opt<unsigned> Jobs("j",
                       cl::desc("Files analysed in parallel (default: all "
                                "cores)"),
                       cl::init(0), cl::Prefix, cl::cat(ProjectCategory));
cl::list<std::string> FileFilters(
    cl::Positional,
    cl::desc("[file-regex...]: analyse only the files whose path matches"),
    cl::cat(ProjectCategory));
cl::opt<std::string> SummaryDirectory(
    "summaries",
    cl::desc("Directory for the first pass's summaries (kept); default: a "
             "temporary directory, removed at the end"),
    cl::value_desc("dir"), cl::cat(ProjectCategory));
cl::opt<std::string>
    StallcheckBinary("stallcheck",
                     cl::desc("The stallcheck executable (default: the one "
                              "beside stallcheck-project)"),
                     cl::value_desc("path"), cl::cat(ProjectCategory));

// Passed on to stallcheck, as run-clang-tidy passes them to clang-tidy.
cl::opt<std::string> Checks("checks", cl::desc("Passed to stallcheck"),
                            cl::cat(ProjectCategory));
cl::opt<std::string> ConfigFile("config-file",
                                cl::desc("Passed to stallcheck (both passes)"),
                                cl::cat(ProjectCategory));
cl::opt<std::string> WarningsAsErrors("warnings-as-errors",
                                      cl::desc("Passed to stallcheck"),
                                      cl::cat(ProjectCategory));
cl::opt<std::string> HeaderFilter("header-filter",
                                  cl::desc("Passed to stallcheck"),
                                  cl::cat(ProjectCategory));
cl::list<std::string> ExtraArgs("extra-arg",
                                cl::desc("Passed to stallcheck (both passes)"),
                                cl::cat(ProjectCategory));
cl::list<std::string>
    ExtraArgsBefore("extra-arg-before",
                    cl::desc("Passed to stallcheck (both passes)"),
                    cl::cat(ProjectCategory));
cl::opt<bool> Quiet("quiet", cl::desc("Passed to stallcheck"),
                    cl::cat(ProjectCategory));

// For CI: SARIF and baselines.
cl::opt<std::string>
    SarifOutput("sarif",
                cl::desc("Write the findings as SARIF 2.1.0 to this file"),
                cl::value_desc("file"), cl::cat(ProjectCategory));
cl::opt<std::string> BaselineInput(
    "baseline",
    cl::desc("Fail only on findings that this baseline file does not hold"),
    cl::value_desc("file"), cl::cat(ProjectCategory));
cl::opt<std::string>
    BaselineOutput("write-baseline",
                   cl::desc("Record every finding in this baseline file"),
                   cl::value_desc("file"), cl::cat(ProjectCategory));
cl::opt<std::string> SourceRoot(
    "source-root",
    cl::desc("Directory that SARIF URIs and baseline paths are relative to "
             "(default: the current directory)"),
    cl::value_desc("dir"), cl::cat(ProjectCategory));
cl::list<std::string> ConvertExports(
    "convert",
    cl::desc("Run nothing: read these --export-fixes files of stallcheck or "
             "clang-tidy runs and apply --sarif, --baseline and "
             "--write-baseline to their findings"),
    cl::value_desc("file"), cl::CommaSeparated, cl::cat(ProjectCategory));

/// What one stallcheck process did.
struct Outcome {
  int ExitCode = 0;
  std::string Output;
  unsigned Warnings = 0;
  unsigned Errors = 0;
};

/// Removes a temporary file or directory; one that cannot be removed is
/// left behind (in the system's temporary directory), not an error.
void removeTemporary(StringRef Path) {
  if (std::error_code EC = sys::fs::remove_directories(Path))
    errs() << "stallcheck-project: cannot remove '" << Path
           << "': " << EC.message() << "\n";
}

std::string readAndRemove(StringRef Path) {
  std::string Text;
  if (ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
          MemoryBuffer::getFile(Path, /*IsText=*/true))
    Text = (*Buffer)->getBuffer().str();
  if (std::error_code EC = sys::fs::remove(Path))
    errs() << "stallcheck-project: cannot remove '" << Path
           << "': " << EC.message() << "\n";
  return Text;
}

/// Runs \p Program with \p Args, its output captured.
Outcome run(StringRef Program, ArrayRef<std::string> Args) {
  SmallString<128> Out, Err;
  Outcome Result;
  for (SmallString<128> *Path : {&Out, &Err})
    if (std::error_code EC =
            sys::fs::createTemporaryFile("stallcheck-project", "txt", *Path)) {
      Result.ExitCode = 1;
      Result.Output =
          "stallcheck-project: cannot create a temporary file: " + EC.message();
      return Result;
    }
  std::vector<StringRef> Argv = {Program};
  for (const std::string &Arg : Args)
    Argv.push_back(Arg);
  std::optional<StringRef> Redirects[] = {StringRef(""), StringRef(Out),
                                          StringRef(Err)};
  std::string Message;
  Result.ExitCode = sys::ExecuteAndWait(Program, Argv, std::nullopt, Redirects,
                                        0, 0, &Message);
  Result.Output = readAndRemove(Out) + readAndRemove(Err);
  if (Result.ExitCode < 0)
    Result.Output += "stallcheck-project: cannot run '" + Program.str() +
                     "': " + Message + "\n";
  // Findings as clang-tidy prints them: "file:line:col: warning: ... [check]".
  static const Regex Finding(
      "^.+:[0-9]+:[0-9]+: (warning|error): .*\\[[^]]+\\]$");
  SmallVector<StringRef, 64> Lines;
  StringRef(Result.Output).split(Lines, '\n');
  for (StringRef Line : Lines) {
    SmallVector<StringRef, 2> Groups;
    if (Finding.match(Line.rtrim('\r'), &Groups))
      ++(Groups[1] == "warning" ? Result.Warnings : Result.Errors);
  }
  return Result;
}

std::string plural(unsigned N, StringRef Word) {
  return std::to_string(N) + " " + Word.str() + (N == 1 ? "" : "s");
}

/// The files of \p Database to analyse: every source file once, those
/// matching a filter when filters are given.
Expected<std::vector<std::string>>
filesToAnalyse(const clang::tooling::CompilationDatabase &Database) {
  std::vector<Regex> Filters;
  for (const std::string &Filter : FileFilters) {
    Regex R(Filter);
    std::string Error;
    if (!R.isValid(Error))
      return createStringError(inconvertibleErrorCode(),
                               Twine("invalid file regex '") + Filter +
                                   "': " + Error);
    Filters.push_back(std::move(R));
  }
  std::vector<std::string> Files = Database.getAllFiles();
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  if (!Filters.empty())
    llvm::erase_if(Files, [&](const std::string &File) {
      return llvm::none_of(Filters,
                           [&](const Regex &R) { return R.match(File); });
    });
  return Files;
}

/// Whether \p File is a C or C++ source by its extension (what clang
/// compiles as C or C++ by default).
bool isCOrCxxSource(StringRef File) {
  StringRef Extension = sys::path::extension(File);
  return Extension == ".c" || Extension == ".C" || Extension == ".cc" ||
         Extension == ".cp" || Extension == ".cpp" || Extension == ".cxx" ||
         Extension == ".c++" || Extension == ".CPP" || Extension == ".cu" ||
         Extension == ".m" || Extension == ".mm";
}

/// Runs \p Pass over \p Files on \p Threads threads, printing a progress
/// line (and the output, when \p ShowOutput says so) as each file ends.
template <typename PassFn, typename ReportFn>
void runPass(ArrayRef<std::string> Files, unsigned Threads, PassFn Pass,
             ReportFn Report) {
  DefaultThreadPool Pool(hardware_concurrency(Threads));
  std::mutex PrintLock;
  std::atomic<unsigned> Done{0};
  for (const std::string &File : Files)
    Pool.async([&, File] {
      Outcome Result = Pass(File);
      std::lock_guard<std::mutex> Lock(PrintLock);
      unsigned Index = ++Done;
      Report(File, Result, Index);
    });
  Pool.wait();
}

/// The current directory, read once at start-up.
SmallString<256> CurrentDirectory;

std::string relativeToCurrentDirectory(StringRef File) {
  StringRef Path(File);
  if (Path.consume_front(CurrentDirectory) && Path.consume_front("/"))
    return Path.str();
  return File.str();
}

/// What the findings of a run mean for CI: SARIF and baselines. Returns
/// whether the run fails because of them (new findings under a baseline),
/// or an error.
Expected<bool> processFindings(ArrayRef<std::string> Exports,
                               bool PrintNewFindings) {
  using namespace clang::tidy::stall;
  Expected<std::vector<clang::tooling::Diagnostic>> Diagnostics =
      readExportedDiagnostics(Exports);
  if (!Diagnostics)
    return Diagnostics.takeError();
  std::string Root =
      SourceRoot.empty() ? CurrentDirectory.str().str() : SourceRoot.getValue();
  SourceFiles Sources;
  std::vector<std::string> Prints = fingerprints(*Diagnostics, Root, Sources);

  if (!BaselineOutput.empty()) {
    if (Error Err =
            writeBaseline(BaselineOutput, *Diagnostics, Prints, Root, Sources))
      return std::move(Err);
    outs() << "stallcheck-project: wrote a baseline of "
           << plural(Diagnostics->size(), "finding") << " to '"
           << BaselineOutput << "'\n";
  }

  bool Fails = false;
  std::optional<Baseline> Accepted;
  if (!BaselineInput.empty()) {
    Expected<Baseline> Read = readBaseline(BaselineInput);
    if (!Read)
      return Read.takeError();
    Accepted = std::move(*Read);
    unsigned New = 0;
    for (size_t I = 0; I < Diagnostics->size(); ++I) {
      if (Accepted->Fingerprints.contains(Prints[I]))
        continue;
      ++New;
      if (PrintNewFindings)
        outs() << renderDiagnostic((*Diagnostics)[I], Sources);
    }
    outs() << "stallcheck-project: baseline '" << BaselineInput
           << "': " << plural(Diagnostics->size() - New, "finding")
           << " in it, " << New << " new\n";
    Fails = New > 0;
  }

  if (!SarifOutput.empty()) {
    SarifSettings Settings{STALLCHECK_VERSION, Root, STALLCHECK_DOCS_BASE_URL};
    json::Value Log = sarifLog(*Diagnostics, Prints, Settings, Sources);
    if (Accepted)
      for (auto [I, Result] : llvm::enumerate(*Log.getAsObject()
                                                   ->getArray("runs")
                                                   ->front()
                                                   .getAsObject()
                                                   ->getArray("results")))
        Result.getAsObject()->try_emplace(
            "baselineState",
            Accepted->Fingerprints.contains(Prints[I]) ? "unchanged" : "new");
    if (Error Err = writeToOutput(SarifOutput, [&](raw_ostream &OS) {
          OS << formatv("{0:2}", Log) << "\n";
          return Error::success();
        }))
      return std::move(Err);
  }
  return Fails;
}

} // namespace

int main(int argc, const char **argv) {
  cl::HideUnrelatedOptions(ProjectCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "stallcheck over a whole project: a first pass summarises every file, "
      "a second reports findings with call chains that cross files.\n");
  auto Fail = [](const Twine &Message) {
    WithColor::error(errs(), "stallcheck-project") << Message << "\n";
    return 1;
  };
  if (std::error_code EC = sys::fs::current_path(CurrentDirectory))
    return Fail("cannot read the current directory: " + EC.message());

  if (!ConvertExports.empty()) {
    Expected<bool> Fails = processFindings(ConvertExports, true);
    if (!Fails)
      return Fail(toString(Fails.takeError()));
    return *Fails ? 1 : 0;
  }

  // The compilation database.
  std::string LoadError;
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  if (!BuildPath.empty() && !sys::fs::is_directory(BuildPath))
    return Fail("no build directory '" + BuildPath + "'");
  // -p names the build directory itself; without it the current directory
  // and its parents are searched, as clang-tidy does.
  if (!BuildPath.empty())
    Database = clang::tooling::CompilationDatabase::loadFromDirectory(
        BuildPath, LoadError);
  else
    Database = clang::tooling::CompilationDatabase::autoDetectFromDirectory(
        CurrentDirectory, LoadError);
  if (!Database)
    return Fail("no compilation database: " + LoadError);
  Expected<std::vector<std::string>> Files = filesToAnalyse(*Database);
  if (!Files)
    return Fail(toString(Files.takeError()));
  // Assembly and other non-C/C++ entries (a project's .S files) have no
  // code to check: say which are left out.
  std::vector<std::string> NotSources;
  llvm::erase_if(*Files, [&](const std::string &File) {
    if (isCOrCxxSource(File))
      return false;
    NotSources.push_back(File);
    return true;
  });
  if (!NotSources.empty()) {
    outs() << "stallcheck-project: skipping "
           << plural(NotSources.size(), "file")
           << (NotSources.size() == 1 ? " that is not a C or C++ source:"
                                      : " that are not C or C++ sources:");
    for (const std::string &File : NotSources)
      outs() << " " << relativeToCurrentDirectory(File);
    outs() << "\n";
  }
  if (Files->empty())
    return Fail("no file of the compilation database matches");
  std::string DatabaseDir =
      BuildPath.empty() ? CurrentDirectory.str().str() : BuildPath.getValue();

  // The stallcheck executable.
  std::string Stallcheck = StallcheckBinary;
  if (Stallcheck.empty()) {
    SmallString<256> Self(sys::fs::getMainExecutable(
        argv[0], reinterpret_cast<void *>(&relativeToCurrentDirectory)));
    sys::path::remove_filename(Self);
    sys::path::append(Self, "stallcheck");
    Stallcheck = Self.str().str();
  }
  if (!sys::fs::can_execute(Stallcheck))
    return Fail("cannot run '" + Stallcheck + "'");

  // Where the summaries go.
  SmallString<256> Summaries(SummaryDirectory);
  bool Temporary = Summaries.empty();
  if (Temporary) {
    if (std::error_code EC =
            sys::fs::createUniqueDirectory("stallcheck-summaries", Summaries))
      return Fail("cannot create a summary directory: " + EC.message());
  } else if (std::error_code EC = sys::fs::create_directories(Summaries)) {
    return Fail("cannot create '" + Summaries + "': " + EC.message());
  }

  std::vector<std::string> Common = {"-p", DatabaseDir};
  for (const std::string &Arg : ExtraArgs)
    Common.push_back("--extra-arg=" + Arg);
  for (const std::string &Arg : ExtraArgsBefore)
    Common.push_back("--extra-arg-before=" + Arg);
  if (!ConfigFile.empty())
    Common.push_back("--config-file=" + ConfigFile);

  const unsigned Total = Files->size();
  auto Counter = [Total](unsigned Index) {
    std::string Width = std::to_string(std::to_string(Total).size());
    std::string Text;
    raw_string_ostream(Text)
        << "[" << format(("%" + Width + "u").c_str(), Index) << "/" << Total
        << "]";
    return Text;
  };

  // Pass 1: summaries. One stall check is enough to write them; findings
  // are not reported here (pass 2 reports them with the whole picture).
  unsigned SummaryFailures = 0;
  runPass(
      *Files, Jobs,
      [&](const std::string &File) {
        std::vector<std::string> Args = Common;
        Args.push_back("--stall-write-summaries=" + Summaries.str().str());
        Args.push_back("--checks=-*,stall-blocking-call");
        Args.push_back("--warnings-as-errors=-*");
        Args.push_back("--quiet");
        Args.push_back(File);
        return run(Stallcheck, Args);
      },
      [&](const std::string &File, const Outcome &Result, unsigned Index) {
        bool Written = sys::fs::exists(
            clang::tidy::stall::summaryPathFor(Summaries, File));
        outs() << Counter(Index) << " summarised "
               << relativeToCurrentDirectory(File);
        if (!Written) {
          ++SummaryFailures;
          outs() << ": failed (exit " << Result.ExitCode << ")\n"
                 << Result.Output;
        } else {
          outs() << "\n";
        }
        outs().flush();
      });

  // Pass 2: findings, each file's also exported for SARIF and baselines.
  SmallString<256> Exports;
  if (std::error_code EC =
          sys::fs::createUniqueDirectory("stallcheck-findings", Exports))
    return Fail("cannot create a temporary directory: " + EC.message());
  StringMap<std::string> ExportOf;
  std::vector<std::string> ExportFiles;
  for (const std::string &File : *Files) {
    SmallString<256> Path(Exports);
    sys::path::append(Path, std::to_string(ExportOf.size()) + ".yaml");
    ExportOf[File] = Path.str().str();
  }
  // Under a baseline, a file's raw output would show accepted findings:
  // the new ones are printed at the end instead.
  const bool Filtered = !BaselineInput.empty();
  unsigned Warnings = 0, Errors = 0, Failed = 0;
  runPass(
      *Files, Jobs,
      [&](const std::string &File) {
        std::vector<std::string> Args = Common;
        Args.push_back("--stall-read-summaries=" + Summaries.str().str());
        if (!Checks.empty())
          Args.push_back("--checks=" + Checks);
        if (!WarningsAsErrors.empty())
          Args.push_back("--warnings-as-errors=" + WarningsAsErrors);
        if (!HeaderFilter.empty())
          Args.push_back("--header-filter=" + HeaderFilter);
        if (Quiet)
          Args.push_back("--quiet");
        Args.push_back("--export-fixes=" + ExportOf[File]);
        Args.push_back(File);
        return run(Stallcheck, Args);
      },
      [&](const std::string &File, const Outcome &Result, unsigned Index) {
        if (sys::fs::exists(ExportOf[File]))
          ExportFiles.push_back(ExportOf[File]);
        Warnings += Result.Warnings;
        Errors += Result.Errors;
        Failed += Result.ExitCode != 0;
        outs() << Counter(Index) << " " << relativeToCurrentDirectory(File)
               << ": " << plural(Result.Warnings, "warning");
        if (Result.Errors)
          outs() << ", " << plural(Result.Errors, "error");
        if (Result.ExitCode != 0)
          outs() << " (exit " << Result.ExitCode << ")";
        outs() << "\n";
        if (!Filtered || Result.ExitCode != 0)
          outs() << Result.Output;
        outs().flush();
      });

  if (Temporary)
    removeTemporary(Summaries);
  llvm::sort(ExportFiles);
  Expected<bool> FindingsFail = processFindings(ExportFiles, Filtered);
  removeTemporary(Exports);
  if (!FindingsFail)
    return Fail(toString(FindingsFail.takeError()));
  outs() << "stallcheck-project: " << plural(Total, "file") << ", "
         << plural(Warnings, "warning") << ", " << plural(Errors, "error");
  if (Failed)
    outs() << ", " << Failed << " failed";
  if (SummaryFailures)
    outs() << "; " << SummaryFailures << " without a summary";
  outs() << "\n";
  return Failed || SummaryFailures || *FindingsFail ? 1 : 0;
}
