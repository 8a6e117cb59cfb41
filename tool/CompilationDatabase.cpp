//===--- CompilationDatabase.cpp - stallcheck -----------------------------===//

#include "CompilationDatabase.h"
#include "Findings.h"
#include "core/base/InputFiles.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <algorithm>

using namespace llvm;

namespace clang::tidy::stall {

/// The files of \p Database to analyse: every source file once, those
/// matching a filter when filters are given.
Expected<std::vector<std::string>>
filesToAnalyse(const clang::tooling::CompilationDatabase &Database,
               ArrayRef<std::string> FileFilters) {
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
  // Each entry's file as the database spells it, made absolute against the
  // entry's directory. Not getAllFiles(): its names went through native
  // path conversion, which turns a backslash in a POSIX file name into '/'
  // and names another file.
  std::vector<std::string> Files;
  for (const clang::tooling::CompileCommand &Command :
       Database.getAllCompileCommands()) {
    SmallString<256> File(Command.Filename);
    if (!sys::path::is_absolute(File)) {
      SmallString<256> Directory(Command.Directory);
      sys::path::append(Directory, File);
      File = Directory;
    }
    sys::path::remove_dots(File, /*remove_dot_dot=*/true);
    Files.push_back(std::string(File));
  }
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  if (!Filters.empty())
    llvm::erase_if(Files, [&](const std::string &File) {
      return llvm::none_of(Filters,
                           [&](const Regex &R) { return R.match(File); });
    });
  return Files;
}

/// An error naming \p Path, and the line or entry, when the compilation
/// database there is not what clang's loader reads (which says only
/// "Expected array." without a file or a line).
Error checkCompilationDatabase(StringRef Path) {
  Expected<std::string> Text = readInputFile(Path, "compilation database");
  if (!Text)
    return Text.takeError();
  // CMake writes file names byte for byte, and clang's loader reads them
  // so: a name that is not UTF-8 (Latin-1) is no error here either. The
  // check is of the structure; the bytes are fixed for it only.
  if (!json::isUTF8(*Text))
    *Text = json::fixUTF8(*Text);
  Expected<json::Value> Parsed =
      parseJsonFile(*Text, Path, "compilation database");
  if (!Parsed)
    return Parsed.takeError();
  const json::Array *Entries = Parsed->getAsArray();
  if (!Entries)
    return createStringError(inconvertibleErrorCode(),
                             Path + ": not a compilation database: expected "
                                    "an array of entries");
  for (size_t Index = 0; Index < Entries->size(); ++Index) {
    const json::Object *Entry = (*Entries)[Index].getAsObject();
    auto Problem = [&](const Twine &What) {
      return createStringError(inconvertibleErrorCode(),
                               Path + ": entry " + Twine(Index + 1) + " of " +
                                   Twine(Entries->size()) + ": " + What);
    };
    if (!Entry)
      return Problem("not an object");
    if (!Entry->getString("directory"))
      return Problem("no \"directory\" string");
    if (!Entry->getString("file"))
      return Problem("no \"file\" string");
    if (!Entry->getString("command") && !Entry->getArray("arguments"))
      return Problem("neither a \"command\" string nor an \"arguments\" "
                     "array");
  }
  return Error::success();
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

} // namespace clang::tidy::stall
