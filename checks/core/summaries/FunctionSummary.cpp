//===--- FunctionSummary.cpp - stallcheck ---------------------------------===//

#include "core/summaries/FunctionSummary.h"
#include "core/base/AtomicFile.h"
#include "core/base/InputFiles.h"
#include "core/summaries/CacheLocation.h"
#include "core/summaries/ProjectCache.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <mutex>

namespace clang::tidy::stall {
namespace {

constexpr llvm::StringLiteral FormatName = "stallcheck-summary";

/// The fields every version of the format starts with, read first so that
/// a file of another version gets a version error, not a parse error.
struct SummaryHeader {
  std::string Format;
  unsigned Version = 0;
};

/// A Place in a summary: file, line and column beside the other keys.
void mapPlace(llvm::yaml::IO &IO, Place &Where) {
  IO.mapRequired("file", Where.Position.File);
  IO.mapRequired("line", Where.Position.Line);
  IO.mapRequired("column", Where.Position.Column);
}

} // namespace
} // namespace clang::tidy::stall

using namespace clang::tidy::stall;

LLVM_YAML_IS_SEQUENCE_VECTOR(SummarisedFile)
LLVM_YAML_IS_SEQUENCE_VECTOR(BlockingFact)
LLVM_YAML_IS_SEQUENCE_VECTOR(CallFact)
LLVM_YAML_IS_SEQUENCE_VECTOR(FunctionFacts)
LLVM_YAML_IS_SEQUENCE_VECTOR(PendingFinding)
LLVM_YAML_IS_SEQUENCE_VECTOR(LoopWork)
LLVM_YAML_IS_SEQUENCE_VECTOR(LoopCallee)
LLVM_YAML_IS_SEQUENCE_VECTOR(PlacedMessage)
LLVM_YAML_IS_SEQUENCE_VECTOR(UnknownCall)
LLVM_YAML_IS_SEQUENCE_VECTOR(CategoryText)

namespace llvm::yaml {

template <> struct MappingTraits<SummaryHeader> {
  static void mapping(IO &IO, SummaryHeader &Header) {
    IO.mapRequired("format", Header.Format);
    IO.mapRequired("version", Header.Version);
  }
};

template <> struct MappingTraits<SummarisedFile> {
  static void mapping(IO &IO, SummarisedFile &File) {
    IO.mapRequired("path", File.Path);
    IO.mapRequired("hash", File.Hash);
  }
};

template <> struct MappingTraits<BlockingFact> {
  static void mapping(IO &IO, BlockingFact &Fact) {
    IO.mapRequired("what", Fact.What);
    IO.mapRequired("category", Fact.Category);
    IO.mapOptional("construction", Fact.IsConstruction, false);
    IO.mapOptional("unless-in", Fact.UnlessIn);
    IO.mapOptional("entry", Fact.Entry, std::string());
    IO.mapOptional("asio", Fact.AsioAlternative, std::string());
    IO.mapOptional("entry-advice", Fact.EntryAdvice, std::string());
    IO.mapOptional("in-loop", Fact.InLoop, false);
    IO.mapOptional("skipped-by-zero", Fact.SkippedByZero, std::uint32_t(0));
    mapPlace(IO, Fact.Where);
  }
};

template <> struct MappingTraits<LoopFact> {
  static void mapping(IO &IO, LoopFact &Fact) {
    IO.mapRequired("iterations", Fact.Iterations);
    IO.mapOptional("operations", Fact.Operations, std::uint64_t(0));
    IO.mapOptional("work", Fact.Work, std::string());
    mapPlace(IO, Fact.Where);
  }
};

template <> struct MappingTraits<CallFact> {
  static void mapping(IO &IO, CallFact &Fact) {
    IO.mapRequired("usr", Fact.CalleeUsr);
    IO.mapRequired("name", Fact.CalleeName);
    IO.mapOptional("skipped-by-zero", Fact.SkippedByZero, std::uint32_t(0));
    IO.mapOptional("zero-arguments", Fact.ZeroArguments, std::uint32_t(0));
    mapPlace(IO, Fact.Where);
  }
};

template <> struct MappingTraits<FunctionFacts> {
  static void mapping(IO &IO, FunctionFacts &Facts) {
    IO.mapRequired("usr", Facts.Usr);
    IO.mapRequired("name", Facts.Name);
    mapPlace(IO, Facts.Where);
    IO.mapOptional("coroutine", Facts.IsCoroutine, false);
    IO.mapOptional("placed", Facts.Placed, false);
    IO.mapOptional("blocking", Facts.Blocking);
    IO.mapOptional("heaviest-loop", Facts.HeaviestLoop);
    IO.mapOptional("calls", Facts.Calls);
    IO.mapOptional("call-operations", Facts.CallOperations, std::uint64_t(0));
  }
};

template <> struct MappingTraits<SourcePosition> {
  static void mapping(IO &IO, SourcePosition &Position) {
    IO.mapRequired("file", Position.File);
    IO.mapRequired("line", Position.Line);
    IO.mapRequired("column", Position.Column);
  }
};

template <> struct MappingTraits<UnknownCall> {
  static void mapping(IO &IO, UnknownCall &Call) {
    IO.mapRequired("name", Call.Name);
    IO.mapOptional("c-linkage", Call.CLinkage, false);
    IO.mapRequired("usr", Call.Usr);
    IO.mapRequired("at", Call.Where);
  }
};

template <> struct MappingTraits<PlacedMessage> {
  static void mapping(IO &IO, PlacedMessage &Message) {
    IO.mapRequired("at", Message.Where);
    IO.mapRequired("message", Message.Message);
  }
};

template <> struct MappingTraits<LoopWork> {
  static void mapping(IO &IO, LoopWork &Work) {
    IO.mapRequired("what", Work.What);
    IO.mapRequired("operations", Work.Operations);
  }
};

template <> struct MappingTraits<LoopCallee> {
  static void mapping(IO &IO, LoopCallee &Callee) {
    IO.mapRequired("usr", Callee.Usr);
    IO.mapRequired("name", Callee.Name);
    IO.mapRequired("runs", Callee.Runs);
    IO.mapRequired("at", Callee.Where);
  }
};

template <> struct MappingTraits<PendingLoop> {
  static void mapping(IO &IO, PendingLoop &Loop) {
    IO.mapRequired("end", Loop.End);
    IO.mapRequired("iterations", Loop.Iterations);
    IO.mapRequired("operations", Loop.Operations);
    IO.mapOptional("work", Loop.Work);
    IO.mapOptional("bounds", Loop.Bounds);
    IO.mapRequired("callees", Loop.Callees);
    IO.mapOptional("chunk", Loop.Chunk);
  }
};

template <> struct MappingTraits<PendingFinding> {
  static void mapping(IO &IO, PendingFinding &Pending) {
    IO.mapRequired("check", Pending.Check);
    IO.mapRequired("callee", Pending.CalleeUsr);
    IO.mapOptional("zero-arguments", Pending.ZeroArguments, std::uint32_t(0));
    IO.mapRequired("at", Pending.Where);
    IO.mapRequired("range-begin", Pending.RangeBegin);
    IO.mapRequired("range-end", Pending.RangeEnd);
    IO.mapOptional("macro", Pending.Macro, std::string());
    IO.mapOptional("construction", Pending.IsConstruction, false);
    IO.mapOptional("constructed", Pending.Constructed, std::string());
    IO.mapRequired("form", Pending.Form);
    IO.mapRequired("callable", Pending.Callable);
    IO.mapOptional("place", Pending.Place, std::string("the event loop"));
    IO.mapOptional("via", Pending.Via, std::string());
    IO.mapRequired("context", Pending.Context);
    IO.mapOptional("advice", Pending.Advice, std::string());
    IO.mapOptional("advice-asio", Pending.AdviceAsio, std::string());
    IO.mapOptional("advice-can-await", Pending.AdviceCanAwait, false);
    IO.mapOptional("advice-pool", Pending.AdvicePool, std::string());
    IO.mapOptional("loop", Pending.Loop);
    IO.mapOptional("disabled-categories", Pending.DisabledCategories);
    IO.mapOptional("threshold", Pending.Threshold, std::uint64_t(0));
    IO.mapRequired("max-depth", Pending.MaxDepth);
  }
};

template <> struct MappingTraits<CategoryText> {
  static void mapping(IO &IO, CategoryText &Category) {
    IO.mapRequired("name", Category.Name);
    IO.mapRequired("description", Category.Description);
    IO.mapOptional("advice", Category.Advice, std::string());
  }
};

template <> struct MappingTraits<SummaryFile> {
  static void mapping(IO &IO, SummaryFile &Summary) {
    std::string Format = FormatName.str();
    IO.mapRequired("format", Format);
    IO.mapRequired("version", Summary.Version);
    IO.mapRequired("source", Summary.Source);
    IO.mapOptional("files", Summary.Files);
    IO.mapOptional("functions", Summary.Functions);
    IO.mapOptional("inputs", Summary.Inputs);
    IO.mapOptional("config-inputs", Summary.ConfigInputs);
    IO.mapOptional("pending", Summary.Pending);
    IO.mapOptional("categories", Summary.Categories);
    IO.mapOptional("unknown-calls", Summary.Unknown);
  }
};

} // namespace llvm::yaml

namespace clang::tidy::stall {
namespace {

/// The first diagnostic YAML I/O reports, as "name:line:column: message".
struct FirstDiagnostic {
  std::string Name;
  std::string Message;

  static void handle(const llvm::SMDiagnostic &Diag, void *Context) {
    auto *Self = static_cast<FirstDiagnostic *>(Context);
    // Unknown keys are warnings while reading the header: not errors.
    if (!Self->Message.empty() || Diag.getKind() != llvm::SourceMgr::DK_Error)
      return;
    Self->Message =
        (llvm::Twine(Self->Name) + ":" + llvm::Twine(Diag.getLineNo()) + ":" +
         llvm::Twine(Diag.getColumnNo() + 1) + ": " + Diag.getMessage())
            .str();
  }
};

llvm::Error summaryError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

} // namespace

std::string hashContents(llvm::StringRef Contents) {
  return llvm::utohexstr(llvm::xxh3_64bits(Contents), /*LowerCase=*/true,
                         /*Width=*/16);
}

std::string printSummary(const SummaryFile &Summary) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::yaml::Output Out(OS);
  Out << const_cast<SummaryFile &>(Summary);
  OS.flush();
  return Text;
}

llvm::Expected<SummaryFile> parseSummary(llvm::StringRef Text,
                                         llvm::StringRef Name) {
  // YAML I/O's parser recurses once per level: bound the levels first.
  if (llvm::Error Err = checkNesting(Text, Name))
    return std::move(Err);
  FirstDiagnostic Diag{Name.str(), ""};
  SummaryHeader Header;
  {
    llvm::yaml::Input In(Text, nullptr, FirstDiagnostic::handle, &Diag);
    In.setAllowUnknownKeys(true);
    In >> Header;
    if (In.error())
      return summaryError(Diag.Message.empty()
                              ? Name + ": not a stallcheck summary file"
                              : llvm::Twine(Diag.Message));
  }
  if (Header.Format != FormatName)
    return summaryError(Name + ": not a stallcheck summary file (format is '" +
                        Header.Format + "', expected '" + FormatName + "')");
  if (Header.Version != SummaryFormatVersion)
    return summaryError(Name + ": summary format version " +
                        llvm::Twine(Header.Version) +
                        " is not the version this stallcheck reads (" +
                        llvm::Twine(SummaryFormatVersion) +
                        "); write the summaries again with this stallcheck");

  SummaryFile Summary;
  llvm::yaml::Input In(Text, nullptr, FirstDiagnostic::handle, &Diag);
  In >> Summary;
  if (In.error())
    return summaryError(Diag.Message.empty() ? Name + ": invalid summary"
                                             : llvm::Twine(Diag.Message));
  // Positions become diagnostic locations: a hand-edited or truncated file
  // must not point before the start of a file.
  for (const FunctionFacts &Facts : Summary.Functions) {
    auto Valid = [](const Place &Where) {
      const SourcePosition &P = Where.Position;
      return !P.File.empty() && P.Line > 0 && P.Column > 0;
    };
    bool AllValid =
        Valid(Facts.Where) &&
        llvm::all_of(Facts.Blocking,
                     [&](const auto &B) { return Valid(B.Where); }) &&
        llvm::all_of(Facts.Calls,
                     [&](const auto &C) { return Valid(C.Where); }) &&
        (!Facts.HeaviestLoop || Valid(Facts.HeaviestLoop->Where));
    if (!AllValid)
      return summaryError(Name + ": function '" + Facts.Name +
                          "' has a position without a file, line or column");
  }
  return Summary;
}

llvm::Error writeSummaryFile(const SummaryFile &Summary, llvm::StringRef Path) {
  llvm::SmallString<256> Directory(Path);
  llvm::sys::path::remove_filename(Directory);
  return writeFileAtomically(
      Path, Directory,
      [&](llvm::raw_ostream &OS) {
        OS << printSummary(Summary);
        return llvm::Error::success();
      },
      [&](std::error_code EC) {
        return summaryError("cannot create directory '" + Directory +
                            "': " + EC.message());
      });
}

llvm::Expected<SummaryFile> readSummaryFile(llvm::StringRef Path) {
  llvm::Expected<std::string> Text = readInputFile(Path, "summary file");
  if (!Text)
    return Text.takeError();
  return parseSummary(*Text, Path);
}

llvm::Expected<SummaryStore> SummaryStore::load(llvm::StringRef Path) {
  std::vector<std::string> Files;
  if (llvm::sys::fs::is_directory(Path)) {
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC;
         It.increment(EC))
      if (llvm::StringRef(It->path()).ends_with(SummaryFileSuffix) ||
          llvm::StringRef(It->path()).ends_with(CacheEntrySuffix))
        Files.push_back(It->path());
    if (EC)
      return summaryError("cannot read summary directory '" + Path +
                          "': " + EC.message());
    // The first summary of a function wins: make "first" reproducible.
    llvm::sort(Files);
  } else {
    Files.push_back(Path.str());
  }
  SummaryStore Store;
  for (const std::string &File : Files) {
    // A project cache's entries hold summaries too (the editor and the
    // single-file command read the cache of the last project run).
    if (llvm::StringRef(File).ends_with(CacheEntrySuffix)) {
      llvm::Expected<CacheEntry> Entry = readCacheEntry(File);
      if (!Entry)
        return Entry.takeError();
      llvm::Expected<SummaryFile> Summary =
          parseSummary(Entry->Summary, File + " (summary)");
      if (!Summary)
        return Summary.takeError();
      Store.add(std::move(*Summary));
      continue;
    }
    llvm::Expected<SummaryFile> Summary = readSummaryFile(File);
    if (!Summary)
      return Summary.takeError();
    Store.add(std::move(*Summary));
  }
  return Store;
}

SummaryStore SummaryStore::loadCache(llvm::StringRef Directory) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End;
       It != End && !EC; It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(CacheEntrySuffix))
      Files.push_back(It->path());
  llvm::sort(Files);
  SummaryStore Store;
  for (const std::string &File : Files) {
    llvm::Expected<CacheEntry> Entry = readCacheEntry(File);
    if (!Entry) {
      llvm::consumeError(Entry.takeError());
      continue;
    }
    llvm::Expected<SummaryFile> Summary = parseSummary(Entry->Summary, File);
    if (!Summary) {
      llvm::consumeError(Summary.takeError());
      continue;
    }
    Store.add(std::move(*Summary));
  }
  return Store;
}

void SummaryStore::add(SummaryFile Summary) {
  const size_t Unit = UnitFiles.size();
  llvm::StringSet<> Listed;
  for (const SummarisedFile &File : Summary.Files)
    Listed.insert(File.Path);
  UnitFiles.push_back(std::move(Summary.Files));
  for (FunctionFacts &Facts : Summary.Functions) {
    std::string Usr = Facts.Usr;
    bool FileListed = Listed.contains(Facts.Where.Position.File);
    Functions.try_emplace(Usr, Entry{std::move(Facts), Unit, FileListed});
  }
}

const SummaryStore::Entry *SummaryStore::entry(llvm::StringRef Usr) const {
  auto It = Functions.find(Usr);
  return It == Functions.end() ? nullptr : &It->second;
}

llvm::StringRef SummaryLookup::currentHash(llvm::StringRef Path) {
  auto [It, Inserted] = CurrentHashes.try_emplace(Path);
  if (Inserted)
    if (llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
            llvm::MemoryBuffer::getFile(Path, /*IsText=*/true))
      It->second = hashContents((*Buffer)->getBuffer());
  return It->second;
}

llvm::StringRef SummaryLookup::changedFileOf(size_t Unit) {
  auto [It, Inserted] = UnitChanged.try_emplace(Unit);
  if (Inserted)
    for (const SummarisedFile &File : Store.unitFiles(Unit))
      if (currentHash(File.Path) != File.Hash) {
        It->second = File.Path;
        break;
      }
  return It->second;
}

const FunctionFacts *SummaryLookup::find(llvm::StringRef Usr,
                                         std::string *StaleFile) {
  const SummaryStore::Entry *Found = Store.entry(Usr);
  if (!Found)
    return nullptr;
  llvm::StringRef Changed =
      Found->FileListed ? changedFileOf(Found->Unit)
                        : llvm::StringRef(Found->Facts.Where.Position.File);
  if (!Changed.empty()) {
    if (StaleFile)
      *StaleFile = Changed.str();
    return nullptr;
  }
  return &Found->Facts;
}

std::string summaryPathFor(llvm::StringRef Directory,
                           llvm::StringRef MainFile) {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, llvm::sys::path::filename(MainFile) + "-" +
                                    hashContents(MainFile).substr(0, 8) +
                                    SummaryFileSuffix);
  return Path.str().str();
}

CrossTranslationUnitSettings &crossTranslationUnitSettings() {
  static CrossTranslationUnitSettings Settings;
  return Settings;
}

namespace {

/// What the entries of a cache directory are now: their names, sizes and
/// times, so that a changed entry (a project run since) is read again.
std::string cacheState(llvm::StringRef Directory) {
  std::vector<std::string> Entries;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End;
       It != End && !EC; It.increment(EC)) {
    if (!llvm::StringRef(It->path()).ends_with(CacheEntrySuffix))
      continue;
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(It->path(), Status))
      continue;
    Entries.push_back(
        It->path() + " " + std::to_string(Status.getSize()) + " " +
        std::to_string(
            Status.getLastModificationTime().time_since_epoch().count()));
  }
  llvm::sort(Entries);
  return llvm::join(Entries, "\n");
}

} // namespace

llvm::Expected<UnitSummaries> summariesFor(llvm::StringRef MainFile,
                                           llvm::StringRef BuildDirectory) {
  static std::mutex Lock;
  std::lock_guard<std::mutex> Guard(Lock);
  const CrossTranslationUnitSettings &Settings = crossTranslationUnitSettings();

  // Named on the command line: read once, an error when it cannot be used.
  if (!Settings.ReadSummariesFrom.empty()) {
    static std::shared_ptr<const SummaryStore> Named;
    static std::string Error;
    if (!Named && Error.empty()) {
      llvm::Expected<SummaryStore> Store =
          SummaryStore::load(Settings.ReadSummariesFrom);
      if (Store)
        Named = std::make_shared<const SummaryStore>(std::move(*Store));
      else
        Error = llvm::toString(Store.takeError());
    }
    if (!Named)
      return summaryError(Error);
    return UnitSummaries{Named, false, Settings.ReadSummariesFrom, {}};
  }
  if (Settings.writesSummary())
    return UnitSummaries();

  // Found: read again whenever a project run changed it.
  CacheSearch Search =
      findProjectCache(MainFile, BuildDirectory, Settings.NamedDatabase,
                       Settings.ReadsClangdConfig);
  UnitSummaries None;
  None.Database = Search.Database;
  const std::optional<std::string> &Directory = Search.Cache;
  if (!Directory)
    return None;
  struct Loaded {
    std::string State;
    std::shared_ptr<const SummaryStore> Store;
  };
  static llvm::StringMap<Loaded> Caches;
  Loaded &Cache = Caches[*Directory];
  std::string State = cacheState(*Directory);
  if (!Cache.Store || Cache.State != State) {
    Cache.Store = std::make_shared<const SummaryStore>(
        SummaryStore::loadCache(*Directory));
    Cache.State = std::move(State);
  }
  if (Cache.Store->units() == 0)
    return None;
  return UnitSummaries{Cache.Store, true, *Directory, Search.Database};
}

} // namespace clang::tidy::stall
