//===--- CatalogueTest.cpp - stallcheck unit tests ------------------------===//
//
// Parsing and layering of catalogue files: the default one, and each kind
// of bad file, which must come back as one error naming file:line:column.
//
//===----------------------------------------------------------------------===//

#include "core/catalogue/StallCatalogue.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

namespace clang::tidy::stall {
namespace {

StallCatalogue defaultCatalogue() {
  llvm::Expected<StallCatalogue> Catalogue =
      StallCatalogue::createDefault();
  if (!Catalogue) {
    ADD_FAILURE() << llvm::toString(Catalogue.takeError());
    return StallCatalogue();
  }
  return std::move(*Catalogue);
}

/// The error message of layering \p Text (as "user.yaml") on the default.
std::string layeringError(llvm::StringRef Text) {
  StallCatalogue Catalogue = defaultCatalogue();
  size_t Before = Catalogue.size();
  llvm::Error Err = Catalogue.addDocument(Text, "user.yaml");
  EXPECT_EQ(Catalogue.size(), Before) << "a bad file must change nothing";
  if (!Err)
    return "<no error>";
  return llvm::toString(std::move(Err));
}

TEST(CatalogueTest, DefaultCatalogueHasEveryCategory) {
  StallCatalogue Catalogue = defaultCatalogue();
  for (llvm::StringRef Name : {"sleep", "sync-wait", "file-io", "network",
                               "process", "console", "lock"}) {
    const BlockingCategory *Category = Catalogue.findCategory(Name);
    ASSERT_NE(Category, nullptr) << Name.str();
    EXPECT_FALSE(Category->Description.empty());
    EXPECT_FALSE(Category->Advice.empty());
  }
  EXPECT_GT(Catalogue.size(), 150u);
}

TEST(CatalogueTest, EmptyUserFileChangesNothing) {
  StallCatalogue Catalogue = defaultCatalogue();
  size_t Before = Catalogue.size();
  EXPECT_FALSE(llvm::errorToBool(Catalogue.addDocument("", "empty.yaml")));
  EXPECT_EQ(Catalogue.size(), Before);
}

TEST(CatalogueTest, UserFileAddsCategoriesAndEntries) {
  StallCatalogue Catalogue = defaultCatalogue();
  size_t Before = Catalogue.size();
  llvm::Error Err = Catalogue.addDocument(R"(version: 1
categories:
  - name: database
    description: waits for the database
    advice: use the asynchronous client
blocking:
  - name: ::legacy::query
    category: database
  - {name: sqlite3_step, category: database, c-linkage: true}
)",
                                          "user.yaml");
  ASSERT_FALSE(Err) << llvm::toString(std::move(Err));
  EXPECT_EQ(Catalogue.size(), Before + 2);
  const BlockingCategory *Database = Catalogue.findCategory("database");
  ASSERT_NE(Database, nullptr);
  EXPECT_EQ(Database->Advice, "use the asynchronous client");
}

TEST(CatalogueTest, UserFileReplacesCategoryText) {
  StallCatalogue Catalogue = defaultCatalogue();
  llvm::Error Err = Catalogue.addDocument(R"(version: 1
categories:
  - {name: sleep, description: naps, advice: use our timer wheel}
)",
                                          "user.yaml");
  ASSERT_FALSE(Err) << llvm::toString(std::move(Err));
  EXPECT_EQ(Catalogue.findCategory("sleep")->Advice, "use our timer wheel");
}

TEST(CatalogueTest, RemoveDropsEveryEntryOfThatName) {
  StallCatalogue Catalogue = defaultCatalogue();
  size_t Before = Catalogue.size();
  // std::getline has five entries (console on std::cin and Boost.Nowide's
  // cin, file-io on std and Nowide file streams, process on Boost.Process
  // pipe streams).
  llvm::Error Err = Catalogue.addDocument(
      "version: 1\nremove: [std::getline, std::thread::join]\n", "user.yaml");
  ASSERT_FALSE(Err) << llvm::toString(std::move(Err));
  EXPECT_EQ(Catalogue.size(), Before - 6);
}

TEST(CatalogueTest, SyntaxErrorNamesLineAndColumn) {
  EXPECT_EQ(layeringError("version: 1\nblocking:\n  - {name: a, category: "
                          "sleep\n"),
            "user.yaml:4:1: end of map flow not found");
}

TEST(CatalogueTest, UnknownTopLevelKey) {
  EXPECT_EQ(layeringError("version: 1\nblockign: []\n"),
            "user.yaml:2:1: unknown top-level key 'blockign' (expected "
            "version, categories, blocking, remove, not-followed, "
            "executors, handoffs, switches, task-types, executor-tags, "
            "drivers, non-blocking-types, harmless, work)");
}

TEST(CatalogueTest, UnknownEntryKey) {
  EXPECT_EQ(layeringError("version: 1\nblocking:\n  - name: ::f\n"
                          "    category: sleep\n    catgory: sleep\n"),
            "user.yaml:5:5: unknown key 'catgory' in a blocking entry "
            "(expected name, kind, category, receiver, receiver-type, "
            "unless-receiver-type, advice, asio, c-linkage, unless-in, "
            "descriptor, byte-count, stream, unless-after, zero-timeout, "
            "unless-flag, only-with, only-if-null, unless-datagram)");
}

TEST(CatalogueTest, ArgumentRulesAreChecked) {
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::f, category: sleep, zero-timeout: "
                          "last}\n"),
            "user.yaml:3:48: 'zero-timeout' must be an argument index "
            "(0, 1, ...)");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::f, category: sleep, unless-flag: 3}\n"),
            "user.yaml:3:47: 'unless-flag' must be a map with 'argument' and "
            "'names'");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::f, category: sleep, only-with: "
                          "{argument: 1}}\n"),
            "user.yaml:3:45: 'only-with' needs 'argument' and a non-empty "
            "'names'");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::f, category: sleep, only-with: "
                          "{argument: 1, name: [A]}}\n"),
            "user.yaml:3:59: unknown key 'name' in 'only-with' (expected "
            "argument, names)");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::f, category: sleep, "
                          "unless-datagram: maybe}\n"),
            "user.yaml:3:51: 'unless-datagram' must be true or false");
}

TEST(CatalogueTest, UnknownCategoryPointsAtTheValue) {
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::f, category: slep}\n"),
            "user.yaml:3:27: unknown category 'slep' (known: sleep, "
            "sync-wait, file-io, network, process, console, lock)");
}

TEST(CatalogueTest, MissingRequiredKeys) {
  EXPECT_EQ(layeringError("version: 1\nblocking:\n  - {name: ::f}\n"),
            "user.yaml:3:5: 'category' must not be empty");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n  - {category: sleep}\n"),
            "user.yaml:3:5: 'name' must not be empty");
}

TEST(CatalogueTest, WrongNodeKinds) {
  EXPECT_EQ(layeringError("version: 1\nblocking: {name: ::f}\n"),
            "user.yaml:2:11: 'blocking' must be a list");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n  - ::f\n"),
            "user.yaml:3:5: a blocking entry must be a map with at least "
            "'name' and 'category'");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: [a, b], category: sleep}\n"),
            "user.yaml:3:12: 'name' must be a string");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::f, category: sleep, c-linkage: "
                          "maybe}\n"),
            "user.yaml:3:45: 'c-linkage' must be true or false");
  EXPECT_EQ(layeringError("- a\n- b\n"),
            "user.yaml:1:1: a catalogue must be a map with 'version', "
            "'categories', 'blocking' and 'remove'");
}

TEST(CatalogueTest, VersionIsRequiredAndChecked) {
  EXPECT_EQ(layeringError("blocking: []\n"),
            "user.yaml:1:1: missing 'version: 1'");
  EXPECT_EQ(layeringError("version: 2\n"),
            "user.yaml:1:10: unsupported catalogue version 2; this "
            "stallcheck reads version 1");
  EXPECT_EQ(layeringError("version: one\n"),
            "user.yaml:1:10: 'version' must be a whole number");
}

TEST(CatalogueTest, BadNamesAndKinds) {
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: 'std::future<int>::get', category: "
                          "sync-wait}\n"),
            "user.yaml:3:5: write 'std::future<int>::get' without template "
            "arguments: a name matches every specialization");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: 'do stuff', category: sleep}\n"),
            "user.yaml:3:5: 'do stuff' is not a qualified C++ name");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::f, kind: macro, category: sleep}\n"),
            "user.yaml:3:23: unknown kind 'macro' (expected 'call' or "
            "'constructor')");
  EXPECT_EQ(layeringError("version: 1\nblocking:\n"
                          "  - {name: ::F, kind: constructor, category: "
                          "sleep, receiver: x}\n"),
            "user.yaml:3:5: 'receiver', 'receiver-type', "
            "'unless-receiver-type', 'c-linkage', 'zero-timeout', "
            "'unless-flag', 'only-with', 'only-if-null' and "
            "'unless-datagram' apply to calls, not constructors");
}

TEST(CatalogueTest, RemovingAnUnknownNameIsAnError) {
  EXPECT_EQ(layeringError("version: 1\nremove:\n  - std::mutex::lokc\n"),
            "user.yaml:3:5: cannot remove 'std::mutex::lokc': no earlier "
            "catalogue lists it");
}

TEST(CatalogueTest, MissingFileIsAnError) {
  StallCatalogue Catalogue = defaultCatalogue();
  llvm::Error Err = Catalogue.addFile("/nonexistent/stall.yaml");
  ASSERT_TRUE(!!Err);
  EXPECT_EQ(llvm::toString(std::move(Err)),
            "cannot read catalogue file '/nonexistent/stall.yaml': No such "
            "file or directory");
}

TEST(CatalogueTest, HostileFilesAreErrorsNotHangsOrCrashes) {
  StallCatalogue Catalogue = defaultCatalogue();
  // Read to the end, /dev/zero never ends; a FIFO without a writer never
  // starts. Neither is a regular file.
  llvm::Error Zero = Catalogue.addFile("/dev/zero");
  ASSERT_TRUE(!!Zero);
  EXPECT_EQ(llvm::toString(std::move(Zero)),
            "cannot read catalogue file '/dev/zero': not a regular file");
  // yaml-cpp's parser recurses once per level: bounded before it runs.
  std::string Deep = "version: 1\nblocking: " + std::string(100000, '[');
  llvm::Error Nested = Catalogue.addDocument(Deep, "deep.yaml");
  ASSERT_TRUE(!!Nested);
  EXPECT_EQ(llvm::toString(std::move(Nested)),
            "deep.yaml:2:267: nested more than 256 levels deep");
}

TEST(CatalogueTest, ManyCategoriesLoadInLinearTime) {
  // 50,000 categories took seconds per check when each new one was looked
  // up among the earlier ones; an entry names the last, and an unknown
  // category's error lists a screenful, not all of them.
  std::string Text = "version: 1\ncategories:\n";
  for (int I = 0; I < 50000; ++I)
    Text += "  - {name: c" + std::to_string(I) + ", description: d}\n";
  StallCatalogue Catalogue = defaultCatalogue();
  std::string WithEntry =
      Text + "blocking:\n  - {name: '::f', category: c49999}\n";
  EXPECT_FALSE(
      static_cast<bool>(Catalogue.addDocument(WithEntry, "many.yaml")));
  ASSERT_NE(Catalogue.findCategory("c49999"), nullptr);
  EXPECT_EQ(Catalogue.findCategory("c49999")->Description, "d");

  StallCatalogue Other = defaultCatalogue();
  llvm::Error Unknown = Other.addDocument(
      Text + "blocking:\n  - {name: '::f', category: nope}\n", "many.yaml");
  ASSERT_TRUE(!!Unknown);
  std::string Message = llvm::toString(std::move(Unknown));
  EXPECT_NE(Message.find("unknown category 'nope'"), std::string::npos);
  EXPECT_NE(Message.find(" more)"), std::string::npos) << Message;
  EXPECT_LT(Message.size(), 1000u);
}

TEST(CatalogueTest, LayeredFilesAreReadFromDisk) {
  llvm::SmallString<128> Path;
  ASSERT_FALSE(
      llvm::sys::fs::createTemporaryFile("stall-catalogue", "yaml", Path));
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Path, EC);
    ASSERT_FALSE(EC);
    Out << "version: 1\nblocking:\n  - {name: ::legacy_fetch, category: "
           "network}\n";
  }
  llvm::Expected<StallCatalogue> Catalogue =
      StallCatalogue::createLayered({std::string(Path)});
  EXPECT_FALSE(llvm::sys::fs::remove(Path));
  ASSERT_TRUE(!!Catalogue) << llvm::toString(Catalogue.takeError());
  EXPECT_EQ(Catalogue->size(), defaultCatalogue().size() + 1);
}

TEST(CatalogueTest, WorkEntries) {
  EXPECT_EQ(layeringError("version: 1\nwork:\n  - {name: ::f}\n"),
            "user.yaml:3:5: a work entry needs 'operations', 'size-argument' "
            "or both");
  EXPECT_EQ(layeringError("version: 1\nwork:\n  - {name: ::f, operations: "
                          "many}\n"),
            "user.yaml:3:29: 'operations' must be a whole number");
  EXPECT_EQ(layeringError("version: 1\nwork:\n  - {name: ::f, size-argument: "
                          "0, per-unit: 0}\n"),
            "user.yaml:3:45: 'per-unit' must not be 0");
  EXPECT_EQ(layeringError("version: 1\nwork:\n  - {name: ::f, kind: method, "
                          "operations: 1}\n"),
            "user.yaml:3:23: unknown kind 'method' (expected 'call' or "
            "'constructor')");
  // A valid entry layers on, and remove: takes it away again.
  StallCatalogue Catalogue = std::move(*StallCatalogue::createDefault());
  ASSERT_FALSE(llvm::errorToBool(Catalogue.addDocument(
      "version: 1\nwork:\n  - {name: ::mylib::compress, operations: 20000, "
      "what: compression}\n",
      "user.yaml")));
  llvm::Error Removed = Catalogue.addDocument(
      "version: 1\nremove: [::mylib::compress, ::doctest]\n", "user.yaml");
  EXPECT_FALSE(Removed) << llvm::toString(std::move(Removed));
}

TEST(CatalogueTest, SwitchesAndTaskStarts) {
  EXPECT_EQ(layeringError("version: 1\nswitches:\n  - {name: ::s, "
                          "resumes-on: target}\n"),
            "user.yaml:3:29: 'resumes-on: target' needs 'target: <argument "
            "index>' or 'target: object'");
  EXPECT_EQ(layeringError("version: 1\ntask-types:\n  - {name: ::t, runs-on: "
                          "event-loop, starts: soon}\n"),
            "user.yaml:3:46: 'starts' must be 'eager' or 'lazy'");
  EXPECT_EQ(layeringError("version: 1\nhandoffs:\n  - {name: ::h, callable: "
                          "0, runs-on: worker, when: {argument: 1, is: ::x, "
                          "written: false}}\n"),
            "user.yaml:3:53: 'when' needs 'argument' and one of 'is' and "
            "'written'");
}

} // namespace
} // namespace clang::tidy::stall
