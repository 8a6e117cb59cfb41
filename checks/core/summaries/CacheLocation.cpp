//===--- CacheLocation.cpp - stallcheck -----------------------------------===//

#include "core/summaries/CacheLocation.h"
#include "core/base/InputFiles.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace clang::tidy::stall {
namespace {

/// The value of the plain scalar \p Node, or "".
std::string scalarOf(llvm::yaml::Node *Node) {
  llvm::SmallString<64> Storage;
  if (auto *Scalar = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(Node))
    return Scalar->getValue(Storage).str();
  return {};
}

/// The CompileFlags.CompilationDatabase of one unconditional fragment of a
/// .clangd file, or "".
std::string databaseOfFragment(llvm::yaml::MappingNode &Fragment) {
  std::string Database;
  for (llvm::yaml::KeyValueNode &Entry : Fragment) {
    std::string Key = scalarOf(Entry.getKey());
    // A fragment with a condition applies to some files only: not followed.
    if (Key == "If")
      return {};
    if (Key != "CompileFlags")
      continue;
    if (auto *Flags =
            llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Entry.getValue()))
      for (llvm::yaml::KeyValueNode &Flag : *Flags)
        if (scalarOf(Flag.getKey()) == "CompilationDatabase")
          Database = scalarOf(Flag.getValue());
  }
  return Database;
}

/// The compilation database \p Config (a .clangd file) names, or "".
std::string databaseOfClangdFile(llvm::StringRef Config) {
  // clangd reports a broken .clangd itself; here it just names nothing.
  llvm::Expected<std::string> Text = readInputFile(Config, ".clangd file");
  if (!Text) {
    llvm::consumeError(Text.takeError());
    return {};
  }
  if (llvm::Error Err = checkNesting(*Text, Config)) {
    llvm::consumeError(std::move(Err));
    return {};
  }
  llvm::SourceMgr Sources;
  Sources.setDiagHandler([](const llvm::SMDiagnostic &, void *) {});
  llvm::yaml::Stream Stream(*Text, Sources);
  std::string Database;
  for (llvm::yaml::Document &Fragment : Stream)
    if (auto *Mapping =
            llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Fragment.getRoot()))
      if (std::string Named = databaseOfFragment(*Mapping); !Named.empty())
        Database = std::move(Named);
  return Database;
}

bool hasDatabase(llvm::StringRef Directory) {
  llvm::SmallString<256> Database(Directory);
  llvm::sys::path::append(Database, "compile_commands.json");
  return llvm::sys::fs::exists(Database);
}

std::optional<std::string> cacheBeside(llvm::StringRef Directory) {
  llvm::SmallString<256> Cache(Directory);
  llvm::sys::path::append(Cache, CacheDirectoryName);
  if (llvm::sys::fs::is_directory(Cache))
    return Cache.str().str();
  return std::nullopt;
}

} // namespace

std::optional<std::string> clangdConfigDatabase(llvm::StringRef MainFile) {
  llvm::SmallString<256> File(MainFile);
  if (llvm::sys::fs::make_absolute(File))
    return std::nullopt;
  for (llvm::StringRef Directory = llvm::sys::path::parent_path(File);
       !Directory.empty();
       Directory = llvm::sys::path::parent_path(Directory)) {
    llvm::SmallString<256> Config(Directory);
    llvm::sys::path::append(Config, ".clangd");
    if (!llvm::sys::fs::is_regular_file(Config))
      continue;
    std::string Named = databaseOfClangdFile(Config);
    if (Named.empty())
      continue;
    if (Named == "Ancestors" || Named == "None")
      return std::nullopt;
    llvm::SmallString<256> Database(Named);
    if (!llvm::sys::path::is_absolute(Database)) {
      Database = Directory;
      llvm::sys::path::append(Database, Named);
    }
    llvm::sys::path::remove_dots(Database, /*remove_dot_dot=*/true);
    return Database.str().str();
  }
  return std::nullopt;
}

CacheSearch findProjectCache(llvm::StringRef MainFile,
                             llvm::StringRef BuildDirectory,
                             llvm::StringRef NamedDatabase,
                             bool ReadClangdConfig) {
  CacheSearch Found;
  // 1. The database the user named.
  std::optional<std::string> Named;
  if (!NamedDatabase.empty())
    Named = NamedDatabase.str();
  else if (ReadClangdConfig)
    Named = clangdConfigDatabase(MainFile);
  if (Named && hasDatabase(*Named)) {
    Found.Database = *Named;
    Found.Cache = cacheBeside(*Named);
    if (Found.Cache)
      return Found;
  }
  // 2. The nearest database from the compile command's directory, or from
  // the file's: the project's. No cache there means no project run yet.
  bool Searched = false;
  // Without a trailing separator (clangd's compile directories have one),
  // so that the database is named alike from every front.
  for (llvm::StringRef Start :
       {BuildDirectory.rtrim(llvm::sys::path::get_separator()),
        llvm::sys::path::parent_path(MainFile)}) {
    for (llvm::StringRef Directory = Start; !Directory.empty() && !Searched;
         Directory = llvm::sys::path::parent_path(Directory))
      for (llvm::StringRef Sub : {"", "build"}) {
        llvm::SmallString<256> Candidate(Directory);
        if (!Sub.empty())
          llvm::sys::path::append(Candidate, Sub);
        if (!hasDatabase(Candidate))
          continue;
        if (Found.Database.empty())
          Found.Database = Candidate.str().str();
        Found.Cache = cacheBeside(Candidate);
        if (Found.Cache)
          return Found;
        Searched = true;
        break;
      }
    if (Searched)
      break;
  }
  // 3. The environment.
  if (std::optional<std::string> FromEnvironment =
          llvm::sys::Process::GetEnv("STALLCHECK_CACHE_DIR");
      FromEnvironment && !FromEnvironment->empty() &&
      llvm::sys::fs::is_directory(*FromEnvironment))
    Found.Cache = FromEnvironment;
  return Found;
}

} // namespace clang::tidy::stall
