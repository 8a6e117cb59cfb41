//===--- ConfigPaths.cpp - stallcheck -------------------------------------===//

#include "core/check/ConfigPaths.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::stall {

std::vector<std::string> splitOptionList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 4> Items;
  Value.split(Items, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::vector<std::string> Result;
  for (llvm::StringRef Item : Items) {
    Item = Item.trim();
    if (!Item.empty())
      Result.push_back(Item.str());
  }
  return Result;
}

namespace {

/// Whether the .clang-tidy in \p Directory sets any of \p OptionKeys.
bool configSetsOption(llvm::StringRef Directory,
                      llvm::ArrayRef<std::string> OptionKeys) {
  llvm::SmallString<256> ConfigPath(Directory);
  llvm::sys::path::append(ConfigPath, ".clang-tidy");
  if (!llvm::sys::fs::is_regular_file(ConfigPath))
    return false;
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
      llvm::MemoryBuffer::getFile(ConfigPath, /*IsText=*/true);
  if (!Text)
    return false;
  // clang-tidy itself reports a malformed .clang-tidy; here it just does not
  // count as the file that set the option.
  llvm::ErrorOr<ClangTidyOptions> Options = parseConfiguration(**Text);
  if (!Options)
    return false;
  return llvm::any_of(OptionKeys, [&](const std::string &Key) {
    return Options->CheckOptions.count(Key) != 0;
  });
}

} // namespace

std::string resolveOptionPath(llvm::StringRef Path, llvm::StringRef SourceFile,
                              llvm::ArrayRef<std::string> OptionKeys) {
  if (Path.empty() || llvm::sys::path::is_absolute(Path))
    return Path.str();
  llvm::SmallString<256> Directory(SourceFile);
  // Without a current directory nothing can be resolved: the path is used as
  // written, and reading it reports the error with that path.
  if (llvm::sys::fs::make_absolute(Directory))
    return Path.str();
  llvm::sys::path::remove_filename(Directory);
  while (!Directory.empty()) {
    if (configSetsOption(Directory, OptionKeys)) {
      llvm::SmallString<256> Resolved(Directory);
      llvm::sys::path::append(Resolved, Path);
      llvm::sys::path::remove_dots(Resolved, /*remove_dot_dot=*/true);
      return std::string(Resolved);
    }
    // The parent is a prefix of Directory: shrink in place.
    size_t ParentSize = llvm::sys::path::parent_path(Directory).size();
    if (ParentSize == 0 || ParentSize == Directory.size())
      break;
    Directory.resize(ParentSize);
  }
  llvm::SmallString<256> Resolved(Path);
  if (llvm::sys::fs::make_absolute(Resolved))
    return Path.str();
  return std::string(Resolved);
}

} // namespace clang::tidy::stall
