//===--- ProjectCache.cpp - stallcheck ------------------------------------===//

#include "core/summaries/ProjectCache.h"
#include "core/base/AtomicFile.h"
#include "core/base/InputFiles.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {

namespace {
constexpr llvm::StringLiteral CacheFormatName = "stallcheck-cache";

llvm::Error cacheError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}
} // namespace

std::string cacheEntryPath(llvm::StringRef Directory, llvm::StringRef Source) {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, llvm::sys::path::filename(Source) + "-" +
                                    hashContents(Source).substr(0, 12) +
                                    CacheEntrySuffix);
  return Path.str().str();
}

llvm::Error writeCacheEntry(const CacheEntry &Entry, llvm::StringRef Path) {
  llvm::SmallString<256> Directory(Path);
  llvm::sys::path::remove_filename(Directory);
  llvm::json::Object Root{
      {"format", CacheFormatName}, {"version", CacheFormatVersion},
      {"key", Entry.Key},          {"source", Entry.Source},
      {"summary", Entry.Summary},  {"diagnostics", Entry.Diagnostics}};
  return writeFileAtomically(
      Path, Directory,
      [&](llvm::raw_ostream &OS) {
        OS << llvm::json::Value(std::move(Root)) << "\n";
        return llvm::Error::success();
      },
      [&](std::error_code EC) {
        return cacheError("cannot create the cache directory '" + Directory +
                          "': " + EC.message());
      });
}

llvm::Expected<CacheEntry> readCacheEntry(llvm::StringRef Path) {
  llvm::Expected<std::string> Text = readInputFile(Path, "cache entry");
  if (!Text)
    return Text.takeError();
  if (llvm::Error Err = checkNesting(*Text, Path))
    return std::move(Err);
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(*Text);
  if (!Parsed)
    return cacheError(
        Path + ": corrupt cache entry: " + llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  if (!Root || Root->getString("format") != CacheFormatName)
    return cacheError(Path + ": not a stallcheck cache entry");
  if (Root->getInteger("version") != static_cast<int64_t>(CacheFormatVersion))
    return cacheError(Path + ": a cache entry of another version of "
                             "stallcheck");
  CacheEntry Entry;
  for (auto [Key, Field] :
       {std::pair<llvm::StringRef, std::string *>{"key", &Entry.Key},
        {"source", &Entry.Source},
        {"summary", &Entry.Summary},
        {"diagnostics", &Entry.Diagnostics}}) {
    std::optional<llvm::StringRef> Value = Root->getString(Key);
    if (!Value)
      return cacheError(Path + ": corrupt cache entry: no '" + Key + "'");
    *Field = Value->str();
  }
  return Entry;
}

std::string FileHashes::hashOf(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = Hashes.find(Path);
    if (It != Hashes.end())
      return It->second;
  }
  std::string Hash;
  if (llvm::sys::fs::is_regular_file(Path))
    if (llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
            llvm::MemoryBuffer::getFile(Path, /*IsText=*/true))
      Hash = hashContents((*Buffer)->getBuffer());
  std::lock_guard<std::mutex> Guard(Lock);
  return Hashes.try_emplace(Path, Hash).first->second;
}

std::string FileHashes::firstChanged(llvm::ArrayRef<SummarisedFile> Files) {
  for (const SummarisedFile &File : Files)
    if (hashOf(File.Path) != File.Hash)
      return File.Path;
  return {};
}

} // namespace clang::tidy::stall
