//===--- ProjectTest.cpp - stallcheck unit tests --------------------------===//
//
// The project command's pieces: cache entries (round trip, refusals), the
// link step (chains across units as the checks would find them), tickets,
// and the cache the editor finds beside compile_commands.json.
//
//===----------------------------------------------------------------------===//

#include "core/project/ProjectLink.h"
#include "core/summaries/FunctionSummary.h"
#include "core/summaries/ProjectCache.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

namespace clang::tidy::stall {
namespace {

/// A directory removed with everything in it at the end of the test.
class TemporaryDirectory {
public:
  TemporaryDirectory() {
    EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("stallproject", Path));
  }
  ~TemporaryDirectory() {
    std::error_code Removed = llvm::sys::fs::remove_directories(Path);
    (void)Removed;
  }
  std::string file(llvm::StringRef Name) const {
    llvm::SmallString<256> File(Path);
    llvm::sys::path::append(File, Name);
    return File.str().str();
  }
  std::string write(llvm::StringRef Name, llvm::StringRef Text) const {
    std::string File = file(Name);
    llvm::SmallString<256> Parent(File);
    llvm::sys::path::remove_filename(Parent);
    EXPECT_FALSE(llvm::sys::fs::create_directories(Parent));
    std::error_code EC;
    llvm::raw_fd_ostream OS(File, EC);
    EXPECT_FALSE(EC);
    OS << Text;
    return File;
  }
  llvm::StringRef path() const { return Path; }

private:
  llvm::SmallString<256> Path;
};

// --- Cache entries ---------------------------------------------------------

TEST(CacheEntryTest, RoundTrip) {
  TemporaryDirectory Dir;
  CacheEntry Entry{"key1", "/src/a.cpp", "format: stallcheck-summary\n",
                   "---\nDiagnostics: []\n"};
  std::string Path = cacheEntryPath(Dir.path(), "/src/a.cpp");
  EXPECT_TRUE(llvm::StringRef(Path).ends_with(CacheEntrySuffix));
  EXPECT_TRUE(llvm::sys::path::filename(Path).starts_with("a.cpp-"));
  // Two files of one name in two directories get two entries.
  EXPECT_NE(Path, cacheEntryPath(Dir.path(), "/other/a.cpp"));
  ASSERT_FALSE(static_cast<bool>(writeCacheEntry(Entry, Path)));
  // Compressed, behind a line that says how.
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Written =
      llvm::MemoryBuffer::getFile(Path);
  ASSERT_TRUE(static_cast<bool>(Written));
  EXPECT_TRUE((*Written)->getBuffer().starts_with("stallcheck-cache 2 zstd "));
  llvm::Expected<CacheEntry> Read = readCacheEntry(Path);
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_EQ(Read->Key, "key1");
  EXPECT_EQ(Read->Source, "/src/a.cpp");
  EXPECT_EQ(Read->Summary, Entry.Summary);
  EXPECT_EQ(Read->Diagnostics, Entry.Diagnostics);
}

TEST(CacheEntryTest, RefusesWhatIsNotAWholeEntryOfThisVersion) {
  TemporaryDirectory Dir;
  auto ErrorOf = [&](llvm::StringRef Text) {
    std::string Path = Dir.write("e.stallcache", Text);
    llvm::Expected<CacheEntry> Read = readCacheEntry(Path);
    EXPECT_FALSE(static_cast<bool>(Read));
    return Read ? std::string() : llvm::toString(Read.takeError());
  };
  // An uncompressed entry: its first line, then its JSON.
  auto Plain = [](llvm::StringRef Json) {
    return ("stallcheck-cache 2 none " + llvm::Twine(Json.size()) + "\n" + Json)
        .str();
  };
  EXPECT_NE(ErrorOf(Plain(R"({"key": "k", "sou)")).find("corrupt cache entry"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"([1, 2])").find("not a stallcheck cache entry"),
            std::string::npos);
  EXPECT_NE(ErrorOf("stallcheck-cache 1 none 2\n{}").find("another version"),
            std::string::npos);
  EXPECT_NE(ErrorOf(Plain(R"({"key": "k", "source": "s", "summary": "x"})"))
                .find("no 'diagnostics'"),
            std::string::npos);
  // Cut short, or not what its line says: corrupt, not a crash.
  EXPECT_NE(ErrorOf("stallcheck-cache 2 zstd 100\nnot zstd at all")
                .find("corrupt cache entry"),
            std::string::npos);
  EXPECT_NE(ErrorOf("stallcheck-cache 2 lzma 3\nabc")
                .find("unknown compression 'lzma'"),
            std::string::npos);
  EXPECT_NE(ErrorOf("stallcheck-cache 2 zstd 99999999999999\nx")
                .find("corrupt cache entry: it claims"),
            std::string::npos);
  // Nested past any sane depth: an error, not a stack overflow.
  EXPECT_NE(ErrorOf(Plain(std::string(100000, '['))).find("e.stallcache:1:"),
            std::string::npos);
  llvm::Expected<CacheEntry> Missing =
      readCacheEntry(Dir.file("none.stallcache"));
  ASSERT_FALSE(static_cast<bool>(Missing));
  EXPECT_NE(llvm::toString(Missing.takeError()).find("none.stallcache"),
            std::string::npos);
}

TEST(FileHashesTest, NamesTheFirstChangedFile) {
  TemporaryDirectory Dir;
  std::string A = Dir.write("a.h", "int a;\n");
  std::string B = Dir.write("b.h", "int b;\n");
  FileHashes Now;
  std::vector<SummarisedFile> Recorded = {{A, hashContents("int a;\n")},
                                          {B, hashContents("int b;\n")}};
  EXPECT_EQ(Now.firstChanged(Recorded), "");
  // Recorded as absent ("") and still absent: unchanged.
  EXPECT_EQ(Now.firstChanged({{Dir.file("gone.h"), ""}}), "");
  FileHashes Later;
  Dir.write("b.h", "int b2;\n");
  EXPECT_EQ(Later.firstChanged(Recorded), B);
  // A file that appeared where none was (a new .clang-tidy) is a change.
  EXPECT_EQ(Later.firstChanged({{A, ""}}), A);
}

// --- The link step -------------------------------------------------------

FunctionFacts function(llvm::StringRef Usr, llvm::StringRef Name,
                       llvm::StringRef File, unsigned Line) {
  FunctionFacts Facts;
  Facts.Usr = Usr.str();
  Facts.Name = Name.str();
  Facts.Where.Position = {File.str(), Line, 1};
  return Facts;
}

void addCall(FunctionFacts &Caller, llvm::StringRef Usr, llvm::StringRef Name,
             unsigned Line) {
  CallFact Call;
  Call.CalleeUsr = Usr.str();
  Call.CalleeName = Name.str();
  Call.Where.Position = {Caller.Where.Position.File, Line, 3};
  Caller.Calls.push_back(Call);
}

PendingFinding pendingCall(llvm::StringRef Usr, llvm::StringRef Check) {
  PendingFinding Pending;
  Pending.Check = Check.str();
  Pending.CalleeUsr = Usr.str();
  Pending.Where = {"/p/session.cpp", 7, 21};
  Pending.Form = 0;
  Pending.Callable = "session";
  Pending.Context = {{"/p/session.cpp", 6, 23},
                     "coroutine 'session' begins here"};
  Pending.Threshold = 1000000;
  Pending.MaxDepth = 8;
  return Pending;
}

/// session.cpp calls load (a.cpp), which calls read (b.cpp), which
/// constructs an std::ifstream.
std::vector<SummaryFile> threeUnits() {
  SummaryFile Session;
  Session.Source = "/p/session.cpp";
  Session.Pending.push_back(pendingCall("c:@F@load#", "stall-blocking-call"));
  Session.Categories.push_back(
      {"file-io", "performs synchronous file I/O", ""});

  SummaryFile A;
  A.Source = "/p/a.cpp";
  FunctionFacts Load = function("c:@F@load#", "load", "/p/a.cpp", 3);
  addCall(Load, "c:@F@read#", "read", 4);
  A.Functions.push_back(Load);

  SummaryFile B;
  B.Source = "/p/b.cpp";
  FunctionFacts Read = function("c:@F@read#", "read", "/p/b.cpp", 1);
  BlockingFact Blocking;
  Blocking.What = "std::ifstream";
  Blocking.Category = "file-io";
  Blocking.IsConstruction = true;
  Blocking.Where.Position = {"/p/b.cpp", 2, 17};
  Read.Blocking.push_back(Blocking);
  B.Functions.push_back(Read);
  return {Session, A, B};
}

TEST(ProjectLinkTest, FollowsTheChainThroughOtherUnits) {
  std::vector<LinkedFinding> Found = linkPendingFindings(threeUnits());
  ASSERT_EQ(Found.size(), 1u);
  const LinkedFinding &Finding = Found.front();
  EXPECT_EQ(Finding.Unit, 0u);
  EXPECT_EQ(Finding.Pending, 0u);
  EXPECT_EQ(Finding.Check, "stall-blocking-call");
  EXPECT_EQ(Finding.Warning.Where.Line, 7u);
  EXPECT_EQ(Finding.Warning.Message,
            "call to 'load' blocks the event loop in coroutine 'session': it "
            "performs synchronous file I/O through 'std::ifstream', 2 calls "
            "down (category 'file-io')");
  ASSERT_EQ(Finding.Notes.size(), 3u);
  EXPECT_EQ(Finding.Notes[0].Message, "'load' calls 'read' here");
  EXPECT_EQ(Finding.Notes[0].Where.File, "/p/a.cpp");
  EXPECT_EQ(Finding.Notes[1].Message, "'read' constructs 'std::ifstream' here");
  EXPECT_EQ(Finding.Notes[1].Where.File, "/p/b.cpp");
  EXPECT_EQ(Finding.Notes[2].Message, "coroutine 'session' begins here");
}

TEST(ProjectLinkTest, NoChainNoFinding) {
  // Too shallow to reach read().
  std::vector<SummaryFile> Units = threeUnits();
  Units[0].Pending[0].MaxDepth = 1;
  EXPECT_TRUE(linkPendingFindings(Units).empty());
  // The category is disabled.
  Units = threeUnits();
  Units[0].Pending[0].DisabledCategories = {"file-io"};
  EXPECT_TRUE(linkPendingFindings(Units).empty());
  // The unit that defines read() is not in the run.
  Units = threeUnits();
  Units.pop_back();
  EXPECT_TRUE(linkPendingFindings(Units).empty());
  // The caller's own unit places load() (handed to a pool there): its
  // definition there wins, and is not entered.
  Units = threeUnits();
  FunctionFacts Placed = function("c:@F@load#", "load", "/p/a.cpp", 3);
  Placed.Placed = true;
  Units[0].Functions.push_back(Placed);
  EXPECT_TRUE(linkPendingFindings(Units).empty());
  // A blocking call allowed where the code is placed ('unless-in').
  Units = threeUnits();
  Units[2].Functions[0].Blocking[0].UnlessIn = {"::pool::run"};
  Units[0].Pending[0].Via = "pool::run";
  EXPECT_TRUE(linkPendingFindings(Units).empty());
}

TEST(ProjectLinkTest, RecursionAcrossUnitsEnds) {
  SummaryFile Session;
  Session.Pending.push_back(pendingCall("c:@F@ping#", "stall-blocking-call"));
  SummaryFile A;
  FunctionFacts Ping = function("c:@F@ping#", "ping", "/p/a.cpp", 1);
  addCall(Ping, "c:@F@pong#", "pong", 2);
  A.Functions.push_back(Ping);
  SummaryFile B;
  FunctionFacts Pong = function("c:@F@pong#", "pong", "/p/b.cpp", 1);
  addCall(Pong, "c:@F@ping#", "ping", 2);
  B.Functions.push_back(Pong);
  EXPECT_TRUE(linkPendingFindings({Session, A, B}).empty());
}

TEST(ProjectLinkTest, HeavyLoopsCountFromTheThreshold) {
  SummaryFile Session;
  Session.Pending.push_back(
      pendingCall("c:@F@crunch#", "stall-cpu-heavy-loop"));
  SummaryFile A;
  FunctionFacts Crunch = function("c:@F@crunch#", "crunch", "/p/a.cpp", 1);
  LoopFact Loop;
  Loop.Iterations = 50'000'000;
  Loop.Where.Position = {"/p/a.cpp", 3, 3};
  Crunch.HeaviestLoop = Loop;
  A.Functions.push_back(Crunch);
  std::vector<LinkedFinding> Found = linkPendingFindings({Session, A});
  ASSERT_EQ(Found.size(), 1u);
  EXPECT_EQ(Found[0].Warning.Message,
            "call to 'crunch' runs a loop of about 5.0e7 iterations without "
            "suspending, stalling the event loop in coroutine 'session'");
  Session.Pending[0].Threshold = 100'000'000;
  EXPECT_TRUE(linkPendingFindings({Session, A}).empty());
}

TEST(ProjectLinkTest, TicketsNameTheirPendingFinding) {
  EXPECT_EQ(pendingTicketIndex("call to 'load' leads into other files; the "
                               "project command links its chain (pending 12)"),
            std::optional<size_t>(12));
  EXPECT_EQ(pendingTicketIndex("call to 'load' blocks the event loop"),
            std::nullopt);
  EXPECT_EQ(pendingTicketIndex("call to 'x' leads into other files; the "
                               "project command links its chain (pending )"),
            std::nullopt);
}

// --- The cache the editor finds --------------------------------------------

TEST(DiscoveredCacheTest, FoundBesideTheCompilationDatabaseAndReread) {
  TemporaryDirectory Dir;
  std::string Main = Dir.write("src/a.cpp", "void a();\n");
  Dir.write("build/compile_commands.json", "[]\n");
  // No cache yet: nothing.
  llvm::Expected<UnitSummaries> None = summariesFor(Main, "");
  ASSERT_TRUE(static_cast<bool>(None)) << llvm::toString(None.takeError());
  EXPECT_FALSE(None->Store);

  SummaryFile Summary;
  Summary.Source = Dir.file("src/b.cpp");
  Summary.Functions.push_back(function("c:@F@b#", "b", Summary.Source, 1));
  std::string Cache = Dir.file("build/.stallcheck-cache");
  CacheEntry Entry{"k", Summary.Source, printSummary(Summary), ""};
  ASSERT_FALSE(static_cast<bool>(
      writeCacheEntry(Entry, cacheEntryPath(Cache, Summary.Source))));
  // A broken entry beside it is left out, not an error.
  Dir.write("build/.stallcheck-cache/broken.stallcache", "{");

  llvm::Expected<UnitSummaries> Found = summariesFor(Main, "");
  ASSERT_TRUE(static_cast<bool>(Found)) << llvm::toString(Found.takeError());
  ASSERT_TRUE(Found->Store);
  EXPECT_TRUE(Found->Discovered);
  EXPECT_EQ(Found->Directory, Cache);
  EXPECT_TRUE(Found->Store->entry("c:@F@b#"));
  EXPECT_FALSE(Found->Store->entry("c:@F@c#"));

  // A project run rewrites the entry: the next unit reads it again.
  Summary.Functions.push_back(function("c:@F@c#", "c", Summary.Source, 2));
  Entry.Summary = printSummary(Summary);
  Entry.Key = "a longer key, so that the entry's size changes";
  ASSERT_FALSE(static_cast<bool>(
      writeCacheEntry(Entry, cacheEntryPath(Cache, Summary.Source))));
  llvm::Expected<UnitSummaries> Again = summariesFor(Main, "");
  ASSERT_TRUE(static_cast<bool>(Again));
  ASSERT_TRUE(Again->Store);
  EXPECT_TRUE(Again->Store->entry("c:@F@c#"));
  // Unchanged: the same store, not read again.
  llvm::Expected<UnitSummaries> Same = summariesFor(Main, "");
  ASSERT_TRUE(static_cast<bool>(Same));
  EXPECT_EQ(Same->Store.get(), Again->Store.get());
}

} // namespace
} // namespace clang::tidy::stall
