//===--- DriverArguments.cpp - stallcheck ---------------------------------===//

#include "DriverArguments.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace clang::tidy::stall {

namespace {

/// A check name the stall module registers; a glob that matches it talks
/// about stall-* checks.
constexpr llvm::StringLiteral ProbeCheck = "stall-blocking-call";

bool isOption(llvm::StringRef Arg, llvm::StringRef Name) {
  if (!Arg.consume_front("-"))
    return false;
  Arg.consume_front("-");
  return Arg == Name || Arg.starts_with((Name + "=").str());
}

/// clang-tidy's options (and CommonOptionsParser's) that take a value, which
/// llvm::cl also accepts as the next argument.
constexpr llvm::StringLiteral OptionsWithValues[] = {
    "checks",       "config",       "config-file",       "exclude-header-filter",
    "export-fixes", "extra-arg",    "extra-arg-before",  "format-style",
    "header-filter", "line-filter", "load",              "p",
    "store-check-profile", "vfsoverlay", "warnings-as-errors"};

/// Whether \p Arg is an option whose value is the next argument.
bool takesNextArgument(llvm::StringRef Arg) {
  if (!Arg.consume_front("-"))
    return false;
  Arg.consume_front("-");
  return llvm::is_contained(OptionsWithValues, Arg);
}

/// The value of the option at \p Args[I], written `-name=V` or `-name V`,
/// with how many arguments it spans (1 or 2); nothing when `-name` is the
/// last argument.
std::optional<std::pair<llvm::StringRef, size_t>>
valueOfOptionAt(llvm::ArrayRef<const char *> Args, size_t I) {
  llvm::StringRef Arg = Args[I];
  if (Arg.contains('='))
    return std::make_pair(Arg.split('=').second, size_t{1});
  if (I + 1 < Args.size())
    return std::make_pair(llvm::StringRef(Args[I + 1]), size_t{2});
  return std::nullopt;
}

/// \p Path made absolute against the current directory, without "." and
/// "..". When the current directory cannot be read, \p Path as given.
std::string absoluteWithoutDots(llvm::StringRef Path) {
  llvm::SmallString<256> Result(Path);
  if (llvm::sys::fs::make_absolute(Result))
    Result = Path;
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

/// The value of option \p Name in \p Args (before "--").
std::optional<llvm::StringRef> optionValue(llvm::ArrayRef<const char *> Args,
                                           llvm::StringRef Name) {
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (Arg == "--")
      break;
    if (!isOption(Arg, Name))
      continue;
    if (auto Given = valueOfOptionAt(Args, I))
      return Given->first;
    return std::nullopt;
  }
  return std::nullopt;
}

} // namespace

llvm::Error takeSummaryFlags(llvm::SmallVectorImpl<const char *> &Args,
                             CrossTranslationUnitSettings &Settings) {
  struct Flag {
    llvm::StringLiteral Name;
    std::string *Value;
  };
  const Flag Flags[] = {{"stall-write-summaries", &Settings.WriteSummariesTo},
                        {"stall-read-summaries", &Settings.ReadSummariesFrom},
                        {"stall-project-summary", &Settings.ProjectSummary}};
  for (size_t I = 1; I < Args.size();) {
    llvm::StringRef Arg = Args[I];
    if (Arg == "--")
      break;
    const Flag *Found = llvm::find_if(
        Flags, [&](const Flag &F) { return isOption(Arg, F.Name); });
    if (Found == std::end(Flags)) {
      ++I;
      continue;
    }
    auto Given = valueOfOptionAt(Args, I);
    llvm::StringRef Value = Given ? Given->first : llvm::StringRef();
    size_t Taken = Given ? Given->second : 1;
    if (Value.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "option '--" + Found->Name +
                                         "' needs a path");
    if (!Found->Value->empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "option '--" + Found->Name +
                                         "' given more than once");
    *Found->Value = Value.str();
    Args.erase(Args.begin() + I, Args.begin() + I + Taken);
  }
  return llvm::Error::success();
}

bool argumentsChooseChecks(llvm::ArrayRef<const char *> Args) {
  for (llvm::StringRef Arg : Args) {
    if (Arg == "--")
      break;
    if (isOption(Arg, "checks"))
      return true;
  }
  return false;
}

std::optional<std::string>
commandLineConfig(llvm::ArrayRef<const char *> Args) {
  // clang-tidy reads --config-file itself and reports a file it cannot read.
  if (std::optional<llvm::StringRef> Path = optionValue(Args, "config-file")) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
        llvm::MemoryBuffer::getFile(*Path, /*IsText=*/true);
    if (!Buffer)
      return std::nullopt;
    return (*Buffer)->getBuffer().str();
  }
  // An empty --config is an empty configuration: clang-tidy 19 does not
  // search for .clang-tidy files then.
  std::optional<llvm::StringRef> Text = optionValue(Args, "config");
  if (!Text)
    return std::nullopt;
  return Text->str();
}

std::vector<std::string> sourceArguments(llvm::ArrayRef<const char *> Args) {
  std::vector<std::string> Sources;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (Arg == "--")
      break;
    if (takesNextArgument(Arg))
      ++I;
    else if (!Arg.starts_with("-"))
      Sources.push_back(Arg.str());
  }
  return Sources;
}

std::optional<std::string>
defaultChecksArgument(bool ArgumentsChooseChecks,
                      std::optional<llvm::StringRef> ConfigChecks) {
  if (ArgumentsChooseChecks)
    return std::nullopt;
  if (!ConfigChecks)
    return std::string("--checks=-*,stall-*");
  llvm::SmallVector<llvm::StringRef, 8> Globs;
  ConfigChecks->split(Globs, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    // "-*" clears everything before it; it does not single stall-* out.
    if (Glob == "-*")
      continue;
    Glob.consume_front("-");
    if (GlobList(Glob).contains(ProbeCheck))
      return std::nullopt;
  }
  return std::string("--checks=stall-*");
}

ConfiguredOptions
configuredOptions(llvm::StringRef SourceFile,
                  std::optional<llvm::StringRef> CommandLineConfig) {
  ConfiguredOptions Result;
  auto Take = [&](const ClangTidyOptions &Options) {
    if (const std::optional<std::string> &Given = Options.Checks)
      Result.Checks = Result.Checks ? *Result.Checks + "," + *Given : *Given;
    Result.SetsHeaderFilter |= Options.HeaderFilterRegex.has_value();
    Result.SetsExcludeHeaderFilter |=
        Options.ExcludeHeaderFilterRegex.has_value();
  };
  if (CommandLineConfig) {
    // A configuration clang-tidy cannot parse is its error to report.
    // Silently: clang-tidy prints the error when it parses it again.
    llvm::ErrorOr<ClangTidyOptions> Parsed = parseConfigurationWithDiags(
        llvm::MemoryBufferRef(*CommandLineConfig, "--config"),
        [](const llvm::SMDiagnostic &) {});
    if (!Parsed)
      return Result;
    // As clang-tidy's ConfigOptionsProvider: the command line's
    // configuration replaces the files' unless it inherits from them.
    if (Parsed->InheritParentConfig.value_or(false))
      Result = configuredOptions(SourceFile, std::nullopt);
    Take(*Parsed);
    return Result;
  }
  llvm::SmallString<256> Path(SourceFile);
  if (llvm::sys::fs::make_absolute(Path))
    return Result;
  FileOptionsProvider Provider(ClangTidyGlobalOptions(), ClangTidyOptions(),
                               ClangTidyOptions(),
                               llvm::vfs::getRealFileSystem());
  for (const auto &[Options, Source] : Provider.getRawOptions(Path))
    if (Source != FileOptionsProvider::OptionsSourceTypeDefaultBinary)
      Take(Options);
  return Result;
}

std::optional<std::string>
configuredChecks(llvm::StringRef SourceFile,
                 std::optional<llvm::StringRef> CommandLineConfig) {
  return configuredOptions(SourceFile, CommandLineConfig).Checks;
}

bool usesCompilationDatabase(llvm::ArrayRef<const char *> Args) {
  return !llvm::is_contained(Args, llvm::StringRef("--"));
}

std::string namedDatabaseDirectory(llvm::ArrayRef<const char *> Args,
                                   llvm::StringRef Name) {
  if (std::optional<llvm::StringRef> Given = optionValue(Args, Name))
    return absoluteWithoutDots(*Given);
  return {};
}

std::string buildDirectory(llvm::ArrayRef<const char *> Args,
                           llvm::StringRef SourceFile) {
  if (std::optional<llvm::StringRef> Given = optionValue(Args, "p"))
    return absoluteWithoutDots(*Given);
  // As clang-tidy without -p: the nearest directory up from the file with
  // a compilation database.
  const std::string Directory = absoluteWithoutDots(SourceFile);
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(Directory);
       !Dir.empty(); Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, "compile_commands.json");
    if (llvm::sys::fs::exists(Candidate))
      return Dir.str();
  }
  return {};
}

std::string projectRoot(llvm::StringRef SourceFile,
                        llvm::StringRef BuildDirectory) {
  const std::string File = absoluteWithoutDots(SourceFile);
  llvm::StringRef FileDirectory = llvm::sys::path::parent_path(File);
  // The repository the file is in.
  for (llvm::StringRef Dir = FileDirectory; !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::SmallString<256> Git(Dir);
    llvm::sys::path::append(Git, ".git");
    if (llvm::sys::fs::exists(Git))
      return Dir.str();
  }
  // Else what the file and the build directory have in common: the source
  // tree of an out-of-source build, or the tree of an in-source one.
  if (!BuildDirectory.empty()) {
    llvm::SmallVector<llvm::StringRef, 16> A(
        llvm::sys::path::begin(FileDirectory),
        llvm::sys::path::end(FileDirectory));
    llvm::SmallVector<llvm::StringRef, 16> B(
        llvm::sys::path::begin(BuildDirectory),
        llvm::sys::path::end(BuildDirectory));
    llvm::SmallString<256> Common;
    for (size_t I = 0; I < A.size() && I < B.size() && A[I] == B[I]; ++I)
      llvm::sys::path::append(Common, A[I]);
    if (Common.size() > 1 && llvm::sys::path::has_parent_path(Common))
      return std::string(Common);
  }
  return FileDirectory.str();
}

std::string defaultHeaderFilter(llvm::StringRef Root) {
  // Headers under the root, and headers named relative to the compile
  // directory (`-Iinclude`), which are the project's too.
  return "^(" + llvm::Regex::escape(Root) + "/|[^/])";
}

std::vector<std::string>
defaultHeaderFilterArguments(llvm::ArrayRef<const char *> Args,
                             llvm::StringRef SourceFile,
                             const ConfiguredOptions &Configured) {
  std::vector<std::string> Added;
  if (!usesCompilationDatabase(Args) || SourceFile.empty())
    return Added;
  bool HeaderFilterGiven = Configured.SetsHeaderFilter;
  bool ExcludeGiven = Configured.SetsExcludeHeaderFilter;
  for (llvm::StringRef Arg : Args) {
    if (Arg == "--")
      break;
    HeaderFilterGiven |= isOption(Arg, "header-filter");
    ExcludeGiven |= isOption(Arg, "exclude-header-filter");
  }
  if (HeaderFilterGiven)
    return Added;
  Added.push_back("--header-filter=" +
                  defaultHeaderFilter(projectRoot(
                      SourceFile, buildDirectory(Args, SourceFile))));
  if (!ExcludeGiven)
    Added.push_back(
        ("--exclude-header-filter=" + DefaultExcludeHeaderFilter).str());
  return Added;
}

} // namespace clang::tidy::stall
