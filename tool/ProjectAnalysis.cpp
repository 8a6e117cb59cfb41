//===--- ProjectAnalysis.cpp - stallcheck ---------------------------------===//

#include "ProjectAnalysis.h"
#include "Findings.h"
#include "core/base/InputFiles.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <signal.h>
#include <thread>
namespace clang::tidy::stall {

namespace {

/// Reads a file this run's process wrote, removing it; nothing when it
/// was not written.
std::optional<std::string> takeOutputFile(llvm::StringRef Path,
                                          std::string &Error) {
  if (!llvm::sys::fs::exists(Path))
    return std::nullopt;
  llvm::Expected<std::string> Text = readInputFile(Path, "output file");
  if (!Text) {
    Error = llvm::toString(Text.takeError());
    return std::nullopt;
  }
  // A leftover temporary file is harmless; its contents are what matter.
  std::error_code Removed = llvm::sys::fs::remove(Path);
  (void)Removed;
  return std::move(*Text);
}

bool isError(const tooling::Diagnostic &Diagnostic) {
  return Diagnostic.DiagLevel == tooling::Diagnostic::Error;
}

/// A compiler error, or an error in the configuration: the file was not
/// analysed as its user meant, whatever the checks reported.
bool isBreakingError(const tooling::Diagnostic &Diagnostic) {
  llvm::StringRef Name = Diagnostic.DiagnosticName;
  return isError(Diagnostic) &&
         (Name.starts_with("clang-diagnostic-") || Name == "clang-tidy-config");
}

/// Runs \p Program with \p Args for at most \p Seconds (0: no limit); its
/// output (both streams) goes to \p OutputPath. -2 when it was stopped.
int execute(llvm::StringRef Program, llvm::ArrayRef<std::string> Args,
            llvm::StringRef OutputPath, unsigned Seconds,
            std::string &Message) {
  std::vector<llvm::StringRef> Argv = {Program};
  for (const std::string &Arg : Args)
    Argv.push_back(Arg);
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), OutputPath,
                                                OutputPath};
  bool Failed = false;
  llvm::sys::ProcessInfo Process =
      llvm::sys::ExecuteNoWait(Program, Argv, std::nullopt, Redirects,
                               /*MemoryLimit=*/0, &Message, &Failed);
  if (Failed)
    return -1;
  // Polled, not LLVM's timed Wait: that one arms a process-wide alarm,
  // which the other workers' waits would take.
  const auto Deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(Seconds);
  while (true) {
    llvm::sys::ProcessInfo Done =
        llvm::sys::Wait(Process, /*SecondsToWait=*/0, &Message);
    if (Done.Pid != 0)
      return Done.ReturnCode;
    if (Seconds != 0 && std::chrono::steady_clock::now() >= Deadline) {
      ::kill(Process.Pid, SIGKILL);
      llvm::sys::Wait(Process, std::nullopt, &Message);
      return -2;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

} // namespace

std::string toolIdentity(llvm::StringRef Executable) {
  // The executable's contents, not its time stamp: a CI job that rebuilds
  // the same stallcheck keeps its cache.
  std::string Identity =
      "stallcheck " STALLCHECK_VERSION " LLVM " LLVM_VERSION_STRING " ";
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Binary =
      llvm::MemoryBuffer::getFile(Executable, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  Identity += Binary ? hashContents((*Binary)->getBuffer()) : "unreadable";
  return Identity;
}

llvm::Expected<unsigned> clearCache(llvm::StringRef Directory) {
  unsigned Removed = 0;
  if (!llvm::sys::fs::is_directory(Directory))
    return Removed;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End;
       !EC && It != End; It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    // Entries (of this format and the first), and the temporary files of
    // writes that never finished (llvm::writeToOutput names them
    // "<entry>.temp-stream-XXXXXX").
    if (!Name.ends_with(CacheEntrySuffix) &&
        !Name.ends_with(LegacyCacheEntrySuffix) &&
        !Name.contains((CacheEntrySuffix + ".temp-stream-").str()))
      continue;
    if (std::error_code Remove = llvm::sys::fs::remove(It->path()))
      return llvm::createStringError(Remove, "cannot remove '" + It->path() +
                                                 "': " + Remove.message());
    ++Removed;
  }
  if (EC)
    return llvm::createStringError(EC, "cannot read the cache directory '" +
                                           Directory + "': " + EC.message());
  return Removed;
}

ProjectAnalyser::ProjectAnalyser(AnalysisSettings SettingsIn,
                                 const tooling::CompilationDatabase &Database)
    : Settings(std::move(SettingsIn)), Database(Database) {
  llvm::raw_string_ostream Key(ToolKey);
  Key << toolIdentity(Settings.Stallcheck) << '\0';
  // An entry of its own (--write-entry) names no directory: it is the same
  // in every sandbox.
  if (Settings.FixedArguments.empty())
    Key << Settings.DatabaseDirectory << '\0';
  for (const std::string &Arg : Settings.PassThrough) {
    Key << Arg << '\0';
    // A configuration file named on the command line counts by content.
    llvm::StringRef Value = Arg;
    if (Value.consume_front("--config-file="))
      Key << Hashes.hashOf(Value) << '\0';
  }
}

void ProjectAnalyser::prepare(const std::string &File) {
  std::string Text = ToolKey;
  llvm::raw_string_ostream Key(Text);
  if (!Settings.FixedArguments.empty()) {
    for (const std::string &Arg : Settings.FixedArguments)
      Key << Arg << '\0';
    Keys[File] = hashContents(Text);
    return;
  }
  for (const tooling::CompileCommand &Command :
       Database.getCompileCommands(File)) {
    Key << Command.Directory << '\0' << Command.Filename << '\0';
    for (const std::string &Arg : Command.CommandLine)
      Key << Arg << '\0';
  }
  Keys[File] = hashContents(Text);
}

std::optional<FileAnalysis> ProjectAnalyser::fromCache(const std::string &File,
                                                       const std::string &Key,
                                                       std::string &Note) {
  std::string Path = cacheEntryPath(Settings.CacheDirectory, File);
  if (!llvm::sys::fs::exists(Path))
    return std::nullopt;
  auto Ignore = [&](const llvm::Twine &Why) {
    Note = ("ignoring the cache entry of '" + File + "': " + Why +
            "; analysing the file again")
               .str();
    return std::nullopt;
  };
  llvm::Expected<CacheEntry> Entry = readCacheEntry(Path);
  if (!Entry)
    return Ignore(llvm::toString(Entry.takeError()));
  // Another tool, other options or another command: a miss, not a fault.
  if (Entry->Key != Key || Entry->Source != File)
    return std::nullopt;
  llvm::Expected<SummaryFile> Summary = parseSummary(Entry->Summary, Path);
  if (!Summary)
    return Ignore(llvm::toString(Summary.takeError()));
  if (Summary->Inputs.empty())
    return Ignore(Path + ": the entry lists no file it read");
  if (!Hashes.firstChanged(Summary->Inputs).empty() ||
      !Hashes.firstChanged(Summary->ConfigInputs).empty())
    return std::nullopt;
  FileAnalysis Result;
  Result.File = File;
  Result.Cached = true;
  if (!Entry->Diagnostics.empty()) {
    llvm::Expected<std::vector<tooling::Diagnostic>> Diagnostics =
        parseExportedDiagnostics(Entry->Diagnostics, Path);
    if (!Diagnostics)
      return Ignore(llvm::toString(Diagnostics.takeError()));
    Result.Diagnostics = std::move(*Diagnostics);
    restoreNonUtf8Path(Result.Diagnostics, File);
  }
  Result.Summary = std::move(*Summary);
  return Result;
}

FileAnalysis ProjectAnalyser::run(const std::string &File,
                                  const std::string &Key, unsigned Index) {
  FileAnalysis Result;
  Result.File = File;
  auto Temporary = [&](llvm::StringRef Suffix) {
    llvm::SmallString<256> Path(Settings.WorkDirectory);
    llvm::sys::path::append(Path, std::to_string(Index) + Suffix);
    return Path.str().str();
  };
  const std::string SummaryPath = Temporary(".stallsum.yaml");
  const std::string ExportPath = Temporary(".fixes.yaml");
  const std::string OutputPath = Temporary(".out");
  std::vector<std::string> Args;
  if (Settings.FixedArguments.empty())
    Args = {"-p", Settings.DatabaseDirectory};
  Args.insert(Args.end(), Settings.PassThrough.begin(),
              Settings.PassThrough.end());
  Args.push_back("--stall-project-summary=" + SummaryPath);
  Args.push_back("--export-fixes=" + ExportPath);
  Args.push_back("--quiet");
  Args.push_back(File);
  if (!Settings.FixedArguments.empty()) {
    Args.push_back("--");
    Args.insert(Args.end(), Settings.FixedArguments.begin(),
                Settings.FixedArguments.end());
  }
  std::string Message;
  Result.ExitCode = execute(Settings.Stallcheck, Args, OutputPath,
                            Settings.TimeoutSeconds, Message);

  std::string ReadError;
  Result.Output = takeOutputFile(OutputPath, ReadError).value_or("");
  if (Result.ExitCode == -2 && Settings.TimeoutSeconds != 0)
    Result.Output += "stallcheck-project: stopped '" + File + "' after " +
                     std::to_string(Settings.TimeoutSeconds) +
                     " s (--timeout); its findings are not known\n";
  else if (Result.ExitCode < 0)
    Result.Output += "stallcheck-project: cannot run '" + Settings.Stallcheck +
                     "': " + Message + "\n";
  bool Unreadable = false;
  auto Problem = [&](const llvm::Twine &What) {
    Result.Output += ("stallcheck-project: " + What + "\n").str();
    Unreadable = true;
  };
  std::optional<std::string> Exported = takeOutputFile(ExportPath, ReadError);
  if (Exported) {
    llvm::Expected<std::vector<tooling::Diagnostic>> Diagnostics =
        parseExportedDiagnostics(*Exported, ExportPath);
    if (Diagnostics) {
      Result.Diagnostics = std::move(*Diagnostics);
      restoreNonUtf8Path(Result.Diagnostics, File);
    } else
      Problem(llvm::toString(Diagnostics.takeError()));
  }
  std::optional<std::string> SummaryText =
      takeOutputFile(SummaryPath, ReadError);
  if (SummaryText) {
    llvm::Expected<SummaryFile> Summary =
        parseSummary(*SummaryText, SummaryPath);
    if (Summary)
      Result.Summary = std::move(*Summary);
    else
      Problem(llvm::toString(Summary.takeError()));
  }
  if (!ReadError.empty())
    Problem(ReadError);

  // clang-tidy exits with 1 for compiler errors and for warnings treated as
  // errors, both exported; anything else is a failure to explain.
  const bool AnyError = llvm::any_of(Result.Diagnostics, isError);
  const bool Breaking = llvm::any_of(Result.Diagnostics, isBreakingError);
  Result.ShowOutput = Unreadable ||
                      (Result.ExitCode != 0 && Result.ExitCode != 1) ||
                      (Result.ExitCode == 1 && !AnyError);
  Result.Failed = Result.ShowOutput || Breaking;

  if (Settings.CacheDirectory.empty() || Result.Failed || !Result.Summary ||
      !SummaryText)
    return Result;
  CacheEntry Entry{Key, File, std::move(*SummaryText),
                   Exported ? std::move(*Exported) : std::string()};
  if (llvm::Error Err =
          writeCacheEntry(Entry, cacheEntryPath(Settings.CacheDirectory, File)))
    Result.CacheWriteError = llvm::toString(std::move(Err));
  return Result;
}

FileAnalysis ProjectAnalyser::analyse(const std::string &File, unsigned Index) {
  const std::string &Key = keyOf(File);
  std::string Note;
  if (!Settings.CacheDirectory.empty())
    if (std::optional<FileAnalysis> Cached = fromCache(File, Key, Note))
      return std::move(*Cached);
  FileAnalysis Result = run(File, Key, Index);
  Result.CacheNote = std::move(Note);
  return Result;
}

} // namespace clang::tidy::stall
