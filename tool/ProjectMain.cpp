//===--- ProjectMain.cpp - stallcheck -------------------------------------===//
//
// stallcheck-project: runs stallcheck over a whole project from its
// compile_commands.json, the way run-clang-tidy does, parsing each file
// once:
//
//   1. every file, in parallel, in its own stallcheck process (a crash
//      stays one file's failure): its summary (what each function does,
//      keyed by USR), its findings, and the calls from event-loop code whose
//      chains lead into other files (pending findings). A file whose cache
//      entry is fresh is not parsed at all.
//   2. the link step, which parses nothing: the pending chains are followed
//      through every file's summary and reported in the checks' words.
//
// Findings are printed once each, however many files reached them, after a
// progress line per file. The exit code is 1 when a file could not be
// analysed, a finding is an error, or (under a baseline) a finding is new.
//
//===----------------------------------------------------------------------===//

#include "CompilationDatabase.h"
#include "EntryFiles.h"
#include "Findings.h"
#include "ProjectAnalysis.h"
#include "ProjectOutputs.h"
#include "core/base/InputFiles.h"
#include "core/project/ProjectLink.h"
#include "core/summaries/FunctionSummary.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <vector>

using namespace llvm;
using namespace clang::tidy::stall;
using clang::tooling::Diagnostic;

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
cl::opt<unsigned> Timeout(
    "timeout",
    cl::desc("Seconds one file's stallcheck may run before it is stopped and "
             "the file counted as failed (default: 600; 0: no limit)"),
    cl::init(600), cl::cat(ProjectCategory));
cl::list<std::string> FileFilters(cl::Positional,
                                  cl::desc("[<file-regex> ...]"),
                                  cl::cat(ProjectCategory));
cl::opt<std::string>
    StallcheckBinary("stallcheck",
                     cl::desc("The stallcheck executable (default: the one "
                              "beside stallcheck-project)"),
                     cl::value_desc("path"), cl::cat(ProjectCategory));

// The cache.
cl::opt<std::string> CacheDirectory(
    "cache-dir",
    cl::desc("Directory of the per-file cache (default: $STALLCHECK_CACHE_DIR, "
             "else .stallcheck-cache beside compile_commands.json)"),
    cl::value_desc("dir"), cl::cat(ProjectCategory));
cl::opt<bool> NoCache("no-cache",
                      cl::desc("Analyse every file; read and write no cache"),
                      cl::cat(ProjectCategory));
cl::opt<bool> ClearCache("clear-cache",
                         cl::desc("Remove every entry of the cache, and exit"),
                         cl::cat(ProjectCategory));

// Passed on to stallcheck, as run-clang-tidy passes them to clang-tidy.
cl::opt<std::string> Checks("checks", cl::desc("Passed to stallcheck"),
                            cl::cat(ProjectCategory));
cl::opt<std::string> Config("config", cl::desc("Passed to stallcheck"),
                            cl::cat(ProjectCategory));
cl::opt<std::string> ConfigFile("config-file", cl::desc("Passed to stallcheck"),
                                cl::cat(ProjectCategory));
cl::opt<std::string> WarningsAsErrors("warnings-as-errors",
                                      cl::desc("Passed to stallcheck"),
                                      cl::cat(ProjectCategory));
cl::opt<std::string> HeaderFilter("header-filter",
                                  cl::desc("Passed to stallcheck"),
                                  cl::cat(ProjectCategory));
cl::opt<std::string> ExcludeHeaderFilter("exclude-header-filter",
                                         cl::desc("Passed to stallcheck"),
                                         cl::cat(ProjectCategory));
cl::list<std::string> ExtraArgs("extra-arg", cl::desc("Passed to stallcheck"),
                                cl::cat(ProjectCategory));
cl::list<std::string> ExtraArgsBefore("extra-arg-before",
                                      cl::desc("Passed to stallcheck"),
                                      cl::cat(ProjectCategory));
cl::opt<bool> Quiet("quiet",
                    cl::desc("Print the findings only: no progress, no "
                             "closing line"),
                    cl::cat(ProjectCategory));
cl::opt<std::string> ExportFixes(
    "export-fixes",
    cl::desc("Write every finding to this YAML file, as clang-tidy's "
             "--export-fixes does (for clang-apply-replacements)"),
    cl::value_desc("file"), cl::cat(ProjectCategory));

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
cl::opt<std::string> UnknownCalls(
    "unknown-calls",
    cl::desc("Write the functions that event-loop code calls and stallcheck "
             "knows nothing of (no body in the project, not in the "
             "catalogue), ranked, as catalogue lines to classify them "
             "('-': standard output)"),
    cl::value_desc("file"), cl::cat(ProjectCategory));
cl::list<std::string> ConvertExports(
    "convert",
    cl::desc("Run nothing: read these --export-fixes files of stallcheck or "
             "clang-tidy runs and apply --sarif, --baseline and "
             "--write-baseline to their findings"),
    cl::value_desc("file"), cl::CommaSeparated, cl::cat(ProjectCategory));

// Bazel: one file's entry per action, linked per target.
cl::opt<std::string> WriteEntry(
    "write-entry",
    cl::desc("Analyse the one source file named, with the compile command "
             "given after '--', and write its entry (what the cache holds for "
             "it) to this file, paths relative to the current directory (the "
             "per-file action of the Bazel aspect)"),
    cl::value_desc("file"), cl::cat(ProjectCategory));
cl::list<std::string> LinkEntries(
    "link-entries",
    cl::desc("Parse nothing: link the --write-entry files named and report "
             "their findings (the files of a Bazel target)"),
    cl::value_desc("file"), cl::CommaSeparated, cl::cat(ProjectCategory));
cl::list<std::string> ContextEntries(
    "context-entries",
    cl::desc("With --link-entries: entries whose functions the chains may "
             "enter and whose own findings are not reported (a target's "
             "dependencies)"),
    cl::value_desc("file"), cl::CommaSeparated, cl::cat(ProjectCategory));

/// The current directory, read once at start-up.
SmallString<256> CurrentDirectory;

std::string relativeToCurrentDirectory(StringRef File) {
  return relativePath(File, CurrentDirectory);
}

/// \p Path made absolute against the current directory (never against a
/// compile command's directory), without "." and "..".
std::string absolutePath(StringRef Path) {
  return clang::tidy::stall::absolutePath(Path, CurrentDirectory);
}

/// What the outputs of this run need.
OutputSettings outputSettings() {
  return {CurrentDirectory.str().str(),
          SourceRoot,
          BaselineInput,
          BaselineOutput,
          SarifOutput,
          STALLCHECK_VERSION,
          STALLCHECK_DOCS_BASE_URL,
          /*SarifNamesSourceRoot=*/LinkEntries.empty()};
}

/// The finding the link step assembled, placed where its ticket was
/// exported and at its level.
Diagnostic toDiagnostic(const LinkedFinding &Finding, const Diagnostic &Ticket,
                        SourceFiles &Sources) {
  Diagnostic Diag = Ticket;
  Diag.DiagnosticName = Finding.Check;
  Diag.Message.Message = Finding.Warning.Message;
  Diag.Notes.clear();
  for (const PlacedMessage &Note : Finding.Notes) {
    clang::tooling::DiagnosticMessage Message;
    Message.Message = Note.Message;
    if (std::optional<unsigned> Offset = Sources.offset(
            Note.Where.File, Note.Where.Line, Note.Where.Column)) {
      Message.FilePath = Note.Where.File;
      Message.FileOffset = *Offset;
    }
    Diag.Notes.push_back(std::move(Message));
  }
  return Diag;
}

/// The stallcheck options of \p this run that every process gets.
std::vector<std::string> passThroughOptions() {
  std::vector<std::string> Args;
  for (const std::string &Arg : ExtraArgs)
    Args.push_back("--extra-arg=" + Arg);
  for (const std::string &Arg : ExtraArgsBefore)
    Args.push_back("--extra-arg-before=" + Arg);
  if (!Checks.empty())
    Args.push_back("--checks=" + Checks);
  if (!Config.empty())
    Args.push_back("--config=" + Config);
  if (!ConfigFile.empty())
    Args.push_back("--config-file=" + absolutePath(ConfigFile));
  if (!WarningsAsErrors.empty())
    Args.push_back("--warnings-as-errors=" + WarningsAsErrors);
  if (!HeaderFilter.empty())
    Args.push_back("--header-filter=" + HeaderFilter);
  if (!ExcludeHeaderFilter.empty())
    Args.push_back("--exclude-header-filter=" + ExcludeHeaderFilter);
  return Args;
}

/// Where the cache lives: --cache-dir, else $STALLCHECK_CACHE_DIR, else
/// beside compile_commands.json; relative paths against the current
/// directory.
std::string cacheDirectory(StringRef DatabaseDirectory) {
  if (!CacheDirectory.empty())
    return absolutePath(CacheDirectory);
  if (std::optional<std::string> FromEnvironment =
          sys::Process::GetEnv("STALLCHECK_CACHE_DIR");
      FromEnvironment && !FromEnvironment->empty())
    return absolutePath(*FromEnvironment);
  SmallString<256> Beside(DatabaseDirectory);
  sys::path::append(Beside, ".stallcheck-cache");
  return Beside.str().str();
}

/// The link step and the outputs of a run whose files are analysed as
/// \p Results: pending chains through every file's summary, reported where
/// their tickets were exported (tickets that NOLINT or the header filter
/// removed have no finding); the findings of the first \p Total files are
/// reported, the others only lend their functions. The exit code.
int linkAndReport(std::vector<FileAnalysis> &Results, size_t Total,
                  std::chrono::steady_clock::time_point Start) {
  std::vector<SummaryFile> Units;
  std::vector<size_t> ResultOfUnit;
  for (size_t I = 0; I < Results.size(); ++I)
    if (std::optional<SummaryFile> &Summary = Results[I].Summary) {
      Units.push_back(std::move(*Summary));
      ResultOfUnit.push_back(I);
    }
  std::vector<std::vector<const Diagnostic *>> Tickets(Total);
  // Each file's findings: its own, then those its calls into other files
  // lead to.
  std::vector<std::vector<Diagnostic>> OfFile(Total);
  for (size_t I = 0; I < Total; ++I)
    for (Diagnostic &Diag : Results[I].Diagnostics) {
      if (std::optional<size_t> Index =
              pendingTicketIndex(Diag.Message.Message)) {
        if (Tickets[I].size() <= *Index)
          Tickets[I].resize(*Index + 1);
        Tickets[I][*Index] = &Diag;
        continue;
      }
      OfFile[I].push_back(Diag);
    }
  {
    SourceFiles Sources;
    for (const LinkedFinding &Finding : linkPendingFindings(Units)) {
      size_t Result = ResultOfUnit[Finding.Unit];
      if (Result < Total && Finding.Pending < Tickets[Result].size())
        if (const Diagnostic *Ticket = Tickets[Result][Finding.Pending])
          OfFile[Result].push_back(toDiagnostic(Finding, *Ticket, Sources));
    }
  }
  // The files whose progress line said "so far": what they have now.
  std::vector<Diagnostic> All;
  for (size_t I = 0; I < Total; ++I) {
    if (!Quiet && !Tickets[I].empty())
      outs() << "[linked] " << relativeToCurrentDirectory(Results[I].File)
             << ": " << plural(distinctDiagnostics(OfFile[I]).size(), "finding")
             << "\n";
    All.insert(All.end(), std::make_move_iterator(OfFile[I].begin()),
               std::make_move_iterator(OfFile[I].end()));
  }
  std::vector<Diagnostic> Findings = distinctDiagnostics(std::move(All));

  bool FindingsFail =
      processFindings(Findings, /*Print=*/true, outputSettings());
  if (!ExportFixes.empty())
    if (Error Err = exportFixes(Findings, ExportFixes, CurrentDirectory)) {
      reportOutputProblem(std::move(Err));
      FindingsFail = true;
    }
  if (!UnknownCalls.empty())
    if (Error Err = writeUnknownCalls(Units, UnknownCalls, CurrentDirectory)) {
      reportOutputProblem(std::move(Err));
      FindingsFail = true;
    }

  ArrayRef<FileAnalysis> Reported = ArrayRef(Results).take_front(Total);
  size_t Cached = llvm::count_if(
      Reported, [](const FileAnalysis &Result) { return Result.Cached; });
  size_t Failed = llvm::count_if(
      Reported, [](const FileAnalysis &Result) { return Result.Failed; });
  size_t Errors = llvm::count_if(Findings, [](const Diagnostic &Diag) {
    return Diag.DiagLevel == Diagnostic::Error;
  });
  if (!Quiet) {
    std::chrono::duration<double> Elapsed =
        std::chrono::steady_clock::now() - Start;
    outs() << "stallcheck-project: " << plural(Total, "file") << " (" << Cached
           << " cached), " << plural(Findings.size() - Errors, "warning")
           << ", " << plural(Errors, "error");
    if (Failed)
      outs() << ", " << Failed << " failed";
    outs() << " in " << format("%.1f", Elapsed.count()) << " s\n";
  }
  return Failed || FindingsFail ? 1 : 0;
}

/// The stallcheck executable: --stallcheck, else the one beside this one.
std::string stallcheckExecutable(const char *Argv0) {
  if (!StallcheckBinary.empty())
    return StallcheckBinary;
  SmallString<256> Self(sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&relativeToCurrentDirectory)));
  sys::path::remove_filename(Self);
  sys::path::append(Self, "stallcheck");
  return Self.str().str();
}

/// Says what stops the run; its exit code.
int fail(const Twine &Message) {
  WithColor::error(errs(), "stallcheck-project") << Message << "\n";
  return 1;
}

/// --write-entry: one file, analysed as a project run analyses each, its
/// entry written where the option says. A file that cannot be analysed
/// completely (a compiler error) fails, with what went wrong.
int writeEntry(const std::vector<std::string> &Arguments, const char *Argv0) {
  if (FileFilters.size() != 1)
    return fail("--write-entry analyses one source file; " +
                Twine(FileFilters.size()) + " given");
  const std::string File = absolutePath(FileFilters.front());
  if (!sys::fs::is_regular_file(File))
    return fail("no source file '" + FileFilters.front() + "'");
  const std::string Stallcheck = stallcheckExecutable(Argv0);
  if (!sys::fs::can_execute(Stallcheck))
    return fail("cannot run '" + Stallcheck + "'");
  SmallString<256> WorkDirectory;
  if (std::error_code EC =
          sys::fs::createUniqueDirectory("stallcheck-entry", WorkDirectory))
    return fail("cannot create a temporary directory: " + EC.message());
  AnalysisSettings Settings;
  Settings.Stallcheck = Stallcheck;
  Settings.DatabaseDirectory = CurrentDirectory.str().str();
  Settings.PassThrough = passThroughOptions();
  Settings.TimeoutSeconds = Timeout;
  Settings.WorkDirectory = WorkDirectory.str().str();
  Settings.FixedArguments = Arguments;
  clang::tooling::FixedCompilationDatabase Database(CurrentDirectory,
                                                    Arguments);
  ProjectAnalyser Analyser(Settings, Database);
  Analyser.prepare(File);
  FileAnalysis Result = Analyser.analyse(File, 0);
  if (std::error_code EC = sys::fs::remove_directories(WorkDirectory))
    errs() << "stallcheck-project: cannot remove '" << WorkDirectory
           << "': " << EC.message() << "\n";
  if (Result.Failed || !Result.Summary) {
    // The compiler's errors, named as the entry would name them; what the
    // process printed when they do not explain it (a crash).
    if (Result.ShowOutput || Result.Diagnostics.empty())
      outs() << Result.Output;
    relativeDiagnostics(Result.Diagnostics, CurrentDirectory);
    processFindings(distinctDiagnostics(std::move(Result.Diagnostics)),
                    /*Print=*/true, outputSettings());
    return fail("cannot analyse '" + relativeToCurrentDirectory(File) +
                "' completely; no entry written");
  }
  if (Error Err =
          writeEntryFile(std::move(Result), Analyser.keyOf(File),
                         CurrentDirectory, absolutePath(WriteEntry)))
    return fail(toString(std::move(Err)));
  return 0;
}

/// --link-entries: the link step over entry files, nothing parsed.
int linkEntries(std::chrono::steady_clock::time_point Start) {
  std::vector<FileAnalysis> Results;
  for (const auto *Entries : {&LinkEntries, &ContextEntries})
    for (const std::string &Path : *Entries) {
      Expected<FileAnalysis> Entry = readEntryFile(Path);
      if (!Entry)
        return fail(toString(Entry.takeError()));
      Results.push_back(std::move(*Entry));
    }
  return linkAndReport(Results, LinkEntries.size(), Start);
}

} // namespace

int main(int argc, const char **argv) {
  // What follows "--" is the compile command of --write-entry's file.
  std::vector<std::string> FixedArguments;
  bool HasFixedCommand = false;
  for (int I = 1; I < argc; ++I)
    if (StringRef(argv[I]) == "--") {
      HasFixedCommand = true;
      FixedArguments.assign(argv + I + 1, argv + argc);
      argc = I;
      break;
    }
  cl::HideUnrelatedOptions(ProjectCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "stallcheck over a whole project: every file is parsed once (or taken "
      "from the cache), then call chains that cross files are linked.\n\n"
      "With <file-regex> arguments, only the files of compile_commands.json "
      "whose path matches one of them are analysed.\n");
  const auto Start = std::chrono::steady_clock::now();
  if (std::error_code EC = sys::fs::current_path(CurrentDirectory))
    return fail("cannot read the current directory: " + EC.message());

  if (!ConvertExports.empty()) {
    Expected<std::vector<Diagnostic>> Diagnostics =
        readExportedDiagnostics(ConvertExports);
    if (!Diagnostics)
      return fail(toString(Diagnostics.takeError()));
    return processFindings(*Diagnostics, /*Print=*/true, outputSettings()) ? 1
                                                                           : 0;
  }

  if (HasFixedCommand != !WriteEntry.empty())
    return fail(HasFixedCommand
                    ? "a compile command after '--' goes with --write-entry"
                    : "--write-entry needs the file's compile command after "
                      "'--'");
  if (!WriteEntry.empty())
    return writeEntry(FixedArguments, argv[0]);
  if (!ContextEntries.empty() && LinkEntries.empty())
    return fail("--context-entries goes with --link-entries");
  if (!LinkEntries.empty())
    return linkEntries(Start);

  // The compilation database.
  std::string LoadError;
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  if (!BuildPath.empty() && !sys::fs::is_directory(BuildPath))
    return fail("no build directory '" + BuildPath + "'");
  // -p names the build directory itself; without it the current directory
  // and its parents are searched, as clang-tidy does.
  std::string DatabaseDir;
  if (!BuildPath.empty()) {
    DatabaseDir = absolutePath(BuildPath);
  } else {
    for (StringRef Directory = CurrentDirectory; !Directory.empty();
         Directory = sys::path::parent_path(Directory)) {
      SmallString<256> Candidate(Directory);
      sys::path::append(Candidate, "compile_commands.json");
      if (sys::fs::exists(Candidate)) {
        DatabaseDir = Directory.str();
        break;
      }
    }
  }
  // Checked before clang's loader reads it (which would hang on a FIFO).
  SmallString<256> DatabaseFile(DatabaseDir);
  sys::path::append(DatabaseFile, "compile_commands.json");
  if (!DatabaseDir.empty() && sys::fs::exists(DatabaseFile))
    if (Error Err = checkCompilationDatabase(DatabaseFile))
      return fail(toString(std::move(Err)));
  if (!BuildPath.empty()) {
    Database = clang::tooling::CompilationDatabase::loadFromDirectory(
        DatabaseDir, LoadError);
  } else {
    Database = clang::tooling::CompilationDatabase::autoDetectFromDirectory(
        CurrentDirectory, LoadError);
    if (DatabaseDir.empty())
      DatabaseDir = CurrentDirectory.str().str();
  }
  if (!Database)
    return fail("no compilation database: " + LoadError);

  const std::string Cache = NoCache ? "" : cacheDirectory(DatabaseDir);
  if (ClearCache) {
    if (Cache.empty())
      return fail("--clear-cache and --no-cache together: which cache?");
    Expected<unsigned> Removed = clearCache(Cache);
    if (!Removed)
      return fail(toString(Removed.takeError()));
    outs() << "stallcheck-project: removed " << plural(*Removed, "file")
           << " from the cache '" << Cache << "'\n";
    return 0;
  }

  Expected<std::vector<std::string>> Files =
      filesToAnalyse(*Database, FileFilters);
  if (!Files)
    return fail(toString(Files.takeError()));
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
    return fail("no file of the compilation database matches");

  const std::string Stallcheck = stallcheckExecutable(argv[0]);
  if (!sys::fs::can_execute(Stallcheck))
    return fail("cannot run '" + Stallcheck + "'");

  SmallString<256> WorkDirectory;
  if (std::error_code EC =
          sys::fs::createUniqueDirectory("stallcheck-project", WorkDirectory))
    return fail("cannot create a temporary directory: " + EC.message());

  AnalysisSettings Settings;
  Settings.Stallcheck = Stallcheck;
  Settings.DatabaseDirectory = DatabaseDir;
  Settings.PassThrough = passThroughOptions();
  Settings.CacheDirectory = Cache;
  Settings.TimeoutSeconds = Timeout;
  Settings.WorkDirectory = WorkDirectory.str().str();
  ProjectAnalyser Analyser(Settings, *Database);
  for (const std::string &File : *Files)
    Analyser.prepare(File);

  // Every file, in parallel; a progress line as each ends.
  const size_t Total = Files->size();
  std::vector<FileAnalysis> Results(Total);
  {
    DefaultThreadPool Pool(hardware_concurrency(Jobs));
    std::mutex PrintLock;
    unsigned Done = 0;
    bool CacheWriteReported = false;
    const std::string Width = std::to_string(std::to_string(Total).size());
    for (size_t I = 0; I < Total; ++I)
      Pool.async([&, I] {
        FileAnalysis Result = Analyser.analyse((*Files)[I], I);
        std::lock_guard<std::mutex> Lock(PrintLock);
        ++Done;
        if (!Result.CacheNote.empty())
          errs() << "stallcheck-project: " << Result.CacheNote << "\n";
        if (!Result.CacheWriteError.empty() && !CacheWriteReported) {
          CacheWriteReported = true;
          WithColor::warning(errs(), "stallcheck-project")
              << Result.CacheWriteError << " (the run goes on without it)\n";
        }
        if (!Quiet) {
          // What the user will see for the file, or, while calls into
          // other files wait for the link step, what it has so far.
          std::vector<Diagnostic> Own;
          bool Pending = false;
          for (const Diagnostic &Diag : Result.Diagnostics) {
            if (pendingTicketIndex(Diag.Message.Message))
              Pending = true;
            else
              Own.push_back(Diag);
          }
          size_t Findings = distinctDiagnostics(std::move(Own)).size();
          outs() << "[" << format(("%" + Width + "u").c_str(), Done) << "/"
                 << Total << "] " << relativeToCurrentDirectory(Result.File)
                 << ": " << plural(Findings, "finding");
          if (Pending)
            outs() << " so far, the rest after linking";
          if (Result.Cached)
            outs() << " (cached)";
          if (Result.Failed)
            outs() << " (failed, exit " << Result.ExitCode << ")";
          outs() << "\n";
        }
        if (Result.ShowOutput)
          outs() << Result.Output;
        outs().flush();
        Results[I] = std::move(Result);
      });
    Pool.wait();
  }
  if (std::error_code EC = sys::fs::remove_directories(WorkDirectory))
    errs() << "stallcheck-project: cannot remove '" << WorkDirectory
           << "': " << EC.message() << "\n";

  return linkAndReport(Results, Results.size(), Start);
}
