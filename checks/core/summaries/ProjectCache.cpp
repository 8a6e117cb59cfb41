//===--- ProjectCache.cpp - stallcheck ------------------------------------===//

#include "core/summaries/ProjectCache.h"
#include "core/base/AtomicFile.h"
#include "core/base/InputFiles.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Compression.h"
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

namespace {

/// How an entry's JSON may be compressed, by the name its first line gives;
/// an entry is written with the first one LLVM was built with, or "none".
struct Compression {
  llvm::StringLiteral Name;
  llvm::compression::Format Format;
};
constexpr Compression Compressions[] = {
    {"zstd", llvm::compression::Format::Zstd},
    {"zlib", llvm::compression::Format::Zlib}};

const Compression *compressionToUse() {
  for (const Compression &Method : Compressions)
    if (!llvm::compression::getReasonIfUnsupported(Method.Format))
      return &Method;
  return nullptr;
}

/// The JSON of an entry, from the text after its first line.
llvm::Expected<std::string> entryJson(llvm::StringRef Method,
                                      std::uint64_t Size, llvm::StringRef Body,
                                      llvm::StringRef Path) {
  if (Method == "none")
    return Body.str();
  const Compression *Known =
      llvm::find_if(Compressions, [&](const Compression &Candidate) {
        return Candidate.Name == Method;
      });
  if (Known == std::end(Compressions))
    return cacheError(Path + ": corrupt cache entry: unknown compression '" +
                      Method + "'");
  const llvm::compression::Format Format = Known->Format;
  if (const char *Why = llvm::compression::getReasonIfUnsupported(Format))
    return cacheError(Path + ": a cache entry compressed with " + Method +
                      ", which this stallcheck cannot read: " + Why);
  if (Size > MaxInputFileSize * 16)
    return cacheError(Path + ": corrupt cache entry: it claims " +
                      llvm::Twine(Size) + " bytes");
  llvm::SmallVector<uint8_t, 0> Json;
  if (llvm::Error Err = llvm::compression::decompress(
          Format, llvm::arrayRefFromStringRef<uint8_t>(Body), Json, Size))
    return cacheError(
        Path + ": corrupt cache entry: " + llvm::toString(std::move(Err)));
  return llvm::toStringRef(Json).str();
}

} // namespace

llvm::Error writeCacheEntry(const CacheEntry &Entry, llvm::StringRef Path) {
  llvm::SmallString<256> Directory(Path);
  llvm::sys::path::remove_filename(Directory);
  llvm::json::Object Root{{"key", Entry.Key},
                          {"source", Entry.Source},
                          {"summary", Entry.Summary},
                          {"diagnostics", Entry.Diagnostics}};
  std::string Json;
  llvm::raw_string_ostream(Json) << llvm::json::Value(std::move(Root));
  // Compressed: summaries and exported diagnostics repeat paths, names and
  // keys, and an entry travels (a CI cache, Bazel's remote cache).
  const Compression *Method = compressionToUse();
  llvm::SmallVector<uint8_t, 0> Compressed;
  if (Method)
    llvm::compression::compress(
        Method->Format, llvm::arrayRefFromStringRef<uint8_t>(Json), Compressed);
  return writeFileAtomically(
      Path, Directory,
      [&](llvm::raw_ostream &OS) {
        OS << CacheFormatName << ' ' << CacheFormatVersion << ' '
           << (Method ? Method->Name : "none") << ' ' << Json.size() << '\n';
        OS << (Method ? llvm::toStringRef(Compressed) : llvm::StringRef(Json));
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
  // "stallcheck-cache VERSION COMPRESSION SIZE", then the entry's JSON.
  auto [Header, Body] = llvm::StringRef(*Text).split('\n');
  llvm::SmallVector<llvm::StringRef, 4> Fields;
  Header.split(Fields, ' ');
  unsigned Version = 0;
  if (Fields.size() != 4 || Fields[0] != CacheFormatName ||
      Fields[1].getAsInteger(10, Version))
    return cacheError(Path + ": not a stallcheck cache entry");
  if (Version != CacheFormatVersion)
    return cacheError(Path + ": a cache entry of another version of "
                             "stallcheck");
  std::uint64_t Size = 0;
  if (Fields[3].getAsInteger(10, Size))
    return cacheError(Path + ": corrupt cache entry: no size");
  llvm::Expected<std::string> Json = entryJson(Fields[2], Size, Body, Path);
  if (!Json)
    return Json.takeError();
  if (llvm::Error Err = checkNesting(*Json, Path))
    return std::move(Err);
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(*Json);
  if (!Parsed)
    return cacheError(
        Path + ": corrupt cache entry: " + llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  if (!Root)
    return cacheError(Path + ": corrupt cache entry: not an object");
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
