//===--- FunctionSummaryTest.cpp - stallcheck unit tests ------------------===//
//
// Function summaries: computed from a real parse, written and read back,
// and refused when corrupt, of another version, or stale.
//
//===----------------------------------------------------------------------===//

#include "core/summaries/FunctionSummary.h"
#include "TestAST.h"
#include "core/catalogue/StallCatalogue.h"
#include "core/chains/CallChains.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {
namespace {

using test::findFunction;

constexpr llvm::StringLiteral Helpers = R"cpp(
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

std::string read_file(const std::string &path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}
std::string load_config() { return read_file("app.conf"); }
long checksum() {
  long sum = 0;
  for (int i = 0; i < 20'000'000; ++i)
    sum += i;
  return sum;
}
void nap() { std::this_thread::sleep_for(std::chrono::seconds(1)); }
void nap_for(int rounds) {
  if (rounds > 0)
    nap();
  for (int i = 0; i < rounds; ++i)
    std::this_thread::sleep_for(std::chrono::seconds(1));
}
void quick() { nap_for(0); }
)cpp";

/// A summary of Helpers, as the first pass writes it.
class SummaryTest : public ::testing::Test {
protected:
  void SetUp() override {
    AST = test::parseCxx20(Helpers);
    ASSERT_TRUE(AST);
    llvm::Expected<StallCatalogue> Loaded = StallCatalogue::createDefault();
    ASSERT_TRUE(static_cast<bool>(Loaded))
        << llvm::toString(Loaded.takeError());
    Catalogue = std::make_unique<StallCatalogue>(std::move(*Loaded));
    Model = std::make_unique<CallChainModel>(*Catalogue, AST->getASTContext(),
                                             ChainGoal(), /*MaxDepth=*/8,
                                             /*Summaries=*/nullptr, nullptr);
    std::vector<const FunctionDecl *> Definitions;
    for (llvm::StringRef Name :
         {"read_file", "load_config", "checksum", "nap", "nap_for", "quick"})
      Definitions.push_back(findFunction(*AST, Name));
    Summary = Model->summarise(Definitions, "/src/helpers.cpp");
  }

  const FunctionFacts *function(const SummaryFile &In, llvm::StringRef Name) {
    for (const FunctionFacts &Facts : In.Functions)
      if (Facts.Name == Name)
        return &Facts;
    return nullptr;
  }

  std::unique_ptr<ASTUnit> AST;
  std::unique_ptr<StallCatalogue> Catalogue;
  std::unique_ptr<CallChainModel> Model;
  SummaryFile Summary;
};

TEST_F(SummaryTest, RecordsWhatEachFunctionDoes) {
  ASSERT_EQ(Summary.Functions.size(), 6u);
  const FunctionFacts *Read = function(Summary, "read_file");
  ASSERT_TRUE(Read);
  ASSERT_EQ(Read->Blocking.size(), 2u);
  EXPECT_EQ(Read->Blocking[0].What, "std::ifstream");
  EXPECT_TRUE(Read->Blocking[0].IsConstruction);
  EXPECT_EQ(Read->Blocking[0].Category, "file-io");
  EXPECT_EQ(Read->Blocking[0].Where.Position.Line, 8u);
  EXPECT_EQ(Read->Blocking[1].What, "std::getline");
  EXPECT_TRUE(llvm::sys::path::is_absolute(Read->Where.Position.File));

  const FunctionFacts *Load = function(Summary, "load_config");
  ASSERT_TRUE(Load);
  EXPECT_TRUE(Load->Blocking.empty());
  ASSERT_EQ(Load->Calls.size(), 1u);
  EXPECT_EQ(Load->Calls[0].CalleeName, "read_file");
  EXPECT_EQ(Load->Calls[0].CalleeUsr, Read->Usr);
  EXPECT_EQ(Load->Calls[0].Callee, nullptr) << "written summaries hold no AST";

  const FunctionFacts *Sum = function(Summary, "checksum");
  ASSERT_TRUE(Sum);
  ASSERT_TRUE(Sum->HeaviestLoop.has_value());
  EXPECT_EQ(Sum->HeaviestLoop.value_or(LoopFact()).Iterations, 20'000'000u);
  // What one call costs, for loops in other files that call it.
  EXPECT_EQ(Sum->CallOperations, 20'000'000u);
  EXPECT_FALSE(function(Summary, "nap")->HeaviestLoop);

  // What a zero 'rounds' skips, and a call that passes one.
  const FunctionFacts *NapFor = function(Summary, "nap_for");
  ASSERT_TRUE(NapFor);
  ASSERT_EQ(NapFor->Calls.size(), 1u);
  EXPECT_EQ(NapFor->Calls[0].SkippedByZero, 1u);
  ASSERT_EQ(NapFor->Blocking.size(), 1u);
  EXPECT_EQ(NapFor->Blocking[0].SkippedByZero, 1u);
  const FunctionFacts *Quick = function(Summary, "quick");
  ASSERT_TRUE(Quick);
  ASSERT_EQ(Quick->Calls.size(), 1u);
  EXPECT_EQ(Quick->Calls[0].ZeroArguments, 1u);
  EXPECT_EQ(Quick->Calls[0].SkippedByZero, 0u);

  // The parsed file is recorded with the hash of its contents.
  ASSERT_EQ(Summary.Files.size(), 1u);
  EXPECT_EQ(Summary.Files[0].Hash, hashContents(Helpers));
}

TEST(SummaryKeysTest, InternalFunctionsOfSameNamedFilesDoNotCollide) {
  constexpr llvm::StringLiteral Util = R"cpp(
static void read() {}
namespace { void parse() {} }
void load() { read(); parse(); }
)cpp";
  llvm::Expected<StallCatalogue> Catalogue = StallCatalogue::createDefault();
  ASSERT_TRUE(static_cast<bool>(Catalogue))
      << llvm::toString(Catalogue.takeError());
  auto KeysOf = [&](llvm::StringRef FileName) {
    std::unique_ptr<ASTUnit> AST = test::parseCxx20(Util, FileName);
    CallChainModel Model(*Catalogue, AST->getASTContext(), ChainGoal(),
                         /*MaxDepth=*/8, /*Summaries=*/nullptr, nullptr);
    SummaryFile Summary =
        Model.summarise({findFunction(*AST, "load")}, FileName);
    std::vector<std::string> Keys;
    Keys.reserve(Summary.Functions.size());
    for (const FunctionFacts &Facts : Summary.Functions)
      Keys.push_back(Facts.Name + " " + Facts.Usr);
    llvm::sort(Keys);
    return Keys;
  };
  std::vector<std::string> A = KeysOf("/a/util.cpp");
  std::vector<std::string> B = KeysOf("/b/util.cpp");
  ASSERT_EQ(A.size(), 3u);
  ASSERT_EQ(B.size(), 3u);
  // Sorted: "(anonymous namespace)::parse", "load", "read".
  EXPECT_NE(A[0], B[0]) << "anonymous-namespace 'parse' of each file";
  EXPECT_EQ(A[1], B[1]) << "'load' is external: one function, one key";
  EXPECT_NE(A[2], B[2]) << "static 'read' of each file";
  EXPECT_TRUE(llvm::StringRef(A[2]).ends_with("@/a/util.cpp")) << A[2];
}

TEST(PendingLoopTest, RoundTripsThroughYaml) {
  SummaryFile Summary;
  Summary.Source = "/src/handler.cpp";
  PendingFinding Pending;
  Pending.Check = "stall-cpu-heavy-loop";
  Pending.CalleeUsr = "c:@F@rand_range#I#I#";
  Pending.ZeroArguments = 2;
  Pending.Where = {"/src/handler.cpp", 8, 3};
  Pending.Callable = "make_token";
  Pending.Context = {{"/src/handler.cpp", 7, 30}, "coroutine begins here"};
  PendingLoop Loop;
  Loop.End = {"/src/handler.cpp", 9, 55};
  Loop.Iterations = 10000;
  Loop.Operations = 200000;
  Loop.Work = {{"string concatenation", 200000}};
  Loop.Bounds = {{{"/src/handler.cpp", 8, 23}, "this loop runs 1.0e4 times"}};
  Loop.Callees = {{"c:@F@rand_range#I#I#", "rand_range", 10000,
                   {"/src/handler.cpp", 9, 38}}};
  Loop.Chunk = PlacedMessage{{"/src/handler.cpp", 9, 5}, "or, to give ..."};
  Pending.Loop = Loop;
  Summary.Pending.push_back(Pending);

  std::string Text = printSummary(Summary);
  llvm::Expected<SummaryFile> Read = parseSummary(Text, "handler.yaml");
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  ASSERT_EQ(Read->Pending.size(), 1u);
  const PendingFinding &Back = Read->Pending[0];
  EXPECT_EQ(Back.ZeroArguments, 2u);
  ASSERT_TRUE(Back.Loop.has_value());
  const PendingLoop Parsed = Back.Loop.value_or(PendingLoop());
  EXPECT_EQ(Parsed.End.Line, 9u);
  EXPECT_EQ(Parsed.Iterations, 10000u);
  EXPECT_EQ(Parsed.Operations, 200000u);
  ASSERT_EQ(Parsed.Work.size(), 1u);
  EXPECT_EQ(Parsed.Work[0].What, "string concatenation");
  ASSERT_EQ(Parsed.Bounds.size(), 1u);
  EXPECT_EQ(Parsed.Bounds[0].Where.Column, 23u);
  ASSERT_EQ(Parsed.Callees.size(), 1u);
  EXPECT_EQ(Parsed.Callees[0].Name, "rand_range");
  EXPECT_EQ(Parsed.Callees[0].Runs, 10000u);
  ASSERT_TRUE(Parsed.Chunk.has_value());
  EXPECT_EQ(Parsed.Chunk.value_or(PlacedMessage()).Where.Line, 9u);
  EXPECT_EQ(printSummary(*Read), Text);
}

TEST_F(SummaryTest, RoundTripsThroughYaml) {
  std::string Text = printSummary(Summary);
  llvm::Expected<SummaryFile> Read =
      parseSummary(Text, "helpers.stallsum.yaml");
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_EQ(Read->Source, "/src/helpers.cpp");
  ASSERT_EQ(Read->Functions.size(), Summary.Functions.size());
  for (size_t I = 0; I < Summary.Functions.size(); ++I) {
    const FunctionFacts &A = Summary.Functions[I], &B = Read->Functions[I];
    EXPECT_EQ(A.Usr, B.Usr);
    EXPECT_EQ(A.Name, B.Name);
    EXPECT_EQ(A.Where.Position.File, B.Where.Position.File);
    EXPECT_EQ(A.Where.Position.Line, B.Where.Position.Line);
    EXPECT_EQ(A.Where.Position.Column, B.Where.Position.Column);
    EXPECT_EQ(A.IsCoroutine, B.IsCoroutine);
    EXPECT_EQ(A.CallOperations, B.CallOperations);
    ASSERT_EQ(A.Blocking.size(), B.Blocking.size());
    for (size_t J = 0; J < A.Blocking.size(); ++J) {
      EXPECT_EQ(A.Blocking[J].What, B.Blocking[J].What);
      EXPECT_EQ(A.Blocking[J].Category, B.Blocking[J].Category);
      EXPECT_EQ(A.Blocking[J].IsConstruction, B.Blocking[J].IsConstruction);
      EXPECT_EQ(A.Blocking[J].SkippedByZero, B.Blocking[J].SkippedByZero);
      EXPECT_EQ(A.Blocking[J].Where.Position.Column,
                B.Blocking[J].Where.Position.Column);
    }
    ASSERT_EQ(A.Calls.size(), B.Calls.size());
    for (size_t J = 0; J < A.Calls.size(); ++J) {
      EXPECT_EQ(A.Calls[J].CalleeUsr, B.Calls[J].CalleeUsr);
      EXPECT_EQ(A.Calls[J].SkippedByZero, B.Calls[J].SkippedByZero);
      EXPECT_EQ(A.Calls[J].ZeroArguments, B.Calls[J].ZeroArguments);
    }
    ASSERT_EQ(A.HeaviestLoop.has_value(), B.HeaviestLoop.has_value());
    if (A.HeaviestLoop)
      EXPECT_EQ(A.HeaviestLoop->Iterations, B.HeaviestLoop->Iterations);
  }
  // Printing what was read gives the same text: nothing is lost or added.
  EXPECT_EQ(printSummary(*Read), Text);
}

TEST(SummaryFileTest, CorruptFileNamesFileLineAndColumn) {
  llvm::Expected<SummaryFile> Read =
      parseSummary("format: stallcheck-summary\nversion: 2\nsource: a.cpp\n"
                   "functions:\n  - usr: 'c:@F@f#'\n    name: [oops\n",
                   "a.stallsum.yaml");
  ASSERT_FALSE(static_cast<bool>(Read));
  std::string Message = llvm::toString(Read.takeError());
  EXPECT_TRUE(llvm::StringRef(Message).starts_with("a.stallsum.yaml:6:"))
      << Message;
}

TEST(SummaryFileTest, MissingFieldIsAnError) {
  llvm::Expected<SummaryFile> Read =
      parseSummary("format: stallcheck-summary\nversion: 2\nsource: a.cpp\n"
                   "functions:\n  - usr: 'c:@F@f#'\n    name: f\n",
                   "a.stallsum.yaml");
  ASSERT_FALSE(static_cast<bool>(Read));
  std::string Message = llvm::toString(Read.takeError());
  EXPECT_NE(Message.find("a.stallsum.yaml:5:"), std::string::npos) << Message;
  EXPECT_NE(Message.find("missing required key 'file'"), std::string::npos)
      << Message;
}

TEST(SummaryFileTest, PositionsMustBeInAFile) {
  llvm::Expected<SummaryFile> Read = parseSummary(
      "format: stallcheck-summary\nversion: 2\nsource: a.cpp\n"
      "functions:\n  - {usr: 'c:@F@f#', name: f, file: a.cpp, line: 0, "
      "column: 1}\n",
      "a.stallsum.yaml");
  ASSERT_FALSE(static_cast<bool>(Read));
  EXPECT_EQ(llvm::toString(Read.takeError()),
            "a.stallsum.yaml: function 'f' has a position without a file, "
            "line or column");
}

TEST(SummaryFileTest, OtherVersionIsRefusedBeforeParsing) {
  // Version 3 may have fields this build does not know: the version error
  // comes first, not an "unknown key" error.
  llvm::Expected<SummaryFile> Read =
      parseSummary("format: stallcheck-summary\nversion: 3\nsource: a.cpp\n"
                   "shiny-new-field: 1\n",
                   "a.stallsum.yaml");
  ASSERT_FALSE(static_cast<bool>(Read));
  std::string Message = llvm::toString(Read.takeError());
  EXPECT_NE(Message.find("a.stallsum.yaml: summary format version 3"),
            std::string::npos)
      << Message;
}

TEST(SummaryFileTest, NotASummaryIsRefused) {
  llvm::Expected<SummaryFile> Read =
      parseSummary("Checks: '-*'\n", ".clang-tidy");
  ASSERT_FALSE(static_cast<bool>(Read));
  EXPECT_NE(llvm::toString(Read.takeError()).find(".clang-tidy:1:"),
            std::string::npos);
}

/// A file with contents, removed at the end of the test.
class TemporaryFile {
public:
  TemporaryFile(llvm::StringRef Suffix, llvm::StringRef Contents) {
    int FD;
    EXPECT_FALSE(
        llvm::sys::fs::createTemporaryFile("stallcheck", Suffix, FD, Path));
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Contents;
  }
  ~TemporaryFile() { EXPECT_FALSE(llvm::sys::fs::remove(Path)); }
  void overwrite(llvm::StringRef Contents) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    OS << Contents;
  }
  llvm::StringRef path() const { return Path; }

private:
  llvm::SmallString<128> Path;
};

SummaryFile summaryOf(llvm::StringRef Source, llvm::StringRef Contents) {
  SummaryFile Summary;
  Summary.Source = Source.str();
  Summary.Files.push_back({Source.str(), hashContents(Contents)});
  FunctionFacts Facts;
  Facts.Usr = "c:@F@helper#";
  Facts.Name = "helper";
  Facts.Where.Position = {Source.str(), 1, 6};
  Summary.Functions.push_back(Facts);
  return Summary;
}

TEST(SummaryStoreTest, StaleFileIsDetectedNotTrusted) {
  TemporaryFile Source(".cpp", "void helper() {}\n");
  SummaryStore Store;
  Store.add(summaryOf(Source.path(), "void helper() {}\n"));
  std::string Stale;
  SummaryLookup First(Store);
  EXPECT_TRUE(First.find("c:@F@helper#", &Stale));
  EXPECT_TRUE(Stale.empty());

  // The next unit's lookup sees the edit (a lookup checks each file once);
  // the store is the same (the editor keeps it between units).
  Source.overwrite("void helper() { sleep(1); }\n");
  EXPECT_TRUE(First.find("c:@F@helper#", &Stale));
  SummaryLookup Next(Store);
  EXPECT_EQ(Next.find("c:@F@helper#", &Stale), nullptr);
  EXPECT_EQ(Stale, Source.path());
  EXPECT_EQ(Next.find("c:@F@unknown#"), nullptr);
}

TEST(SummaryStoreTest, ChangedHeaderMakesTheWholeSummaryStale) {
  TemporaryFile Source(".cpp", "#include \"h.h\"\nvoid helper() {}\n");
  TemporaryFile Header(".h", "inline void f() {}\n");
  auto Written = [&] {
    SummaryFile Summary =
        summaryOf(Source.path(), "#include \"h.h\"\nvoid helper() {}\n");
    Summary.Files.push_back(
        {Header.path().str(), hashContents("inline void f() {}\n")});
    return Summary;
  };
  std::string Stale;
  SummaryStore Before;
  Before.add(Written());
  EXPECT_NE(SummaryLookup(Before).find("c:@F@helper#", &Stale), nullptr);

  Header.overwrite("inline void f() { sleep(1); }\n");
  SummaryStore After;
  After.add(Written());
  EXPECT_EQ(SummaryLookup(After).find("c:@F@helper#", &Stale), nullptr)
      << "helper is defined in the unchanged file, but may call f()";
  EXPECT_EQ(Stale, Header.path());
}

TEST(SummaryStoreTest, FunctionInAnUnlistedFileIsNotTrusted) {
  TemporaryFile Source(".cpp", "void helper() {}\n");
  SummaryFile Summary = summaryOf(Source.path(), "void helper() {}\n");
  Summary.Functions.front().Where.Position.File = "/elsewhere/other.cpp";
  SummaryStore Store;
  Store.add(std::move(Summary));
  std::string Stale;
  EXPECT_EQ(SummaryLookup(Store).find("c:@F@helper#", &Stale), nullptr);
  EXPECT_EQ(Stale, "/elsewhere/other.cpp");
}

TEST(SummaryStoreTest, LoadsADirectoryAndNamesACorruptFile) {
  llvm::SmallString<128> Directory;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("stallsum", Directory));
  TemporaryFile Source(".cpp", "void helper() {}\n");
  std::string Good = summaryPathFor(Directory, Source.path());
  ASSERT_FALSE(static_cast<bool>(
      writeSummaryFile(summaryOf(Source.path(), "void helper() {}\n"), Good)));
  llvm::Expected<SummaryStore> Store = SummaryStore::load(Directory);
  ASSERT_TRUE(static_cast<bool>(Store)) << llvm::toString(Store.takeError());
  EXPECT_EQ(Store->size(), 1u);
  EXPECT_TRUE(Store->entry("c:@F@helper#"));

  llvm::SmallString<128> Bad(Directory);
  llvm::sys::path::append(Bad, "bad.stallsum.yaml");
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Bad, EC);
    OS << "format: stallcheck-summary\nversion: 2\nsource: [\n";
  }
  llvm::Expected<SummaryStore> Broken = SummaryStore::load(Directory);
  ASSERT_FALSE(static_cast<bool>(Broken));
  EXPECT_NE(llvm::toString(Broken.takeError()).find(std::string(Bad) + ":"),
            std::string::npos);
  EXPECT_FALSE(llvm::sys::fs::remove(Bad));
  EXPECT_FALSE(llvm::sys::fs::remove(Good));
  EXPECT_FALSE(llvm::sys::fs::remove(Directory));
}

TEST(SummaryStoreTest, SummaryPathsDifferForSameNameInTwoDirectories) {
  std::string A = summaryPathFor("/tmp/s", "/src/a/io.cpp");
  std::string B = summaryPathFor("/tmp/s", "/src/b/io.cpp");
  EXPECT_NE(A, B);
  EXPECT_TRUE(llvm::StringRef(A).starts_with("/tmp/s/io.cpp-"));
  EXPECT_TRUE(llvm::StringRef(A).ends_with(SummaryFileSuffix));
}

} // namespace
} // namespace clang::tidy::stall
