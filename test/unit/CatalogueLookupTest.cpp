//===--- CatalogueLookupTest.cpp - stallcheck unit tests ------------------===//
//
// Catalogue lookups on real parses: calls are resolved by declaration and
// type, never by spelling.
//
//===----------------------------------------------------------------------===//

#include "TestAST.h"
#include "core/base/QualifiedName.h"
#include "core/catalogue/StallCatalogue.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::stall {
namespace {

using test::findFunction;

constexpr llvm::StringLiteral Probes = R"cpp(
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace util { void sleep(int); }
struct Robot { void sleep(); };
struct Buffer {};
void write(Buffer &);  // a user's C++ ::write, not the C library's
template <class T> struct Future { T get(); };

void future_get(std::future<int> f) { f.get(); }
void future_ref_get(std::future<int &> f) { f.get(); }
void shared_future_wait(std::shared_future<int> f) { f.wait(); }
void user_future_get(Future<int> f) { f.get(); }
void unique_ptr_get(std::unique_ptr<int> p) { p.get(); }
void shared_ptr_get(std::shared_ptr<int> p) { p.get(); }
void thread_join(std::thread &t) { t.join(); }
void posix_sleep() { ::sleep(1); }
void util_sleep() { util::sleep(1); }
void robot_sleep(Robot r) { r.sleep(); }
void this_thread_sleep() { std::this_thread::sleep_for(std::chrono::seconds(1)); }
void c_write() { ::write(1, "", 0); }
void cxx_write(Buffer b) { write(b); }
void c_fopen() { std::fopen("x", "r"); }
void cin_getline(std::string s) { std::getline(std::cin, s); }
void cin_shift(int i) { std::cin >> i; }
void file_getline(std::ifstream &in, std::string s) { std::getline(in, s); }
void fstream_shift(std::fstream &in, int i) { in >> i; }
void string_getline(std::istringstream &in, std::string s) { std::getline(in, s); }
void file_write(std::ofstream &out) { out << 1; }
void string_write(std::ostringstream &out) { out << 1; }
void cout_write() { std::cout << 1; }
void fs_exists(const std::filesystem::path &p) { (void)std::filesystem::exists(p); }
void fs_exists_string() { (void)std::filesystem::exists("/tmp"); }
void fs_is_directory_status(std::filesystem::file_status s) { (void)std::filesystem::is_directory(s); }
void mutex_lock(std::mutex &m) { m.lock(); }
void ifstream_open() { std::ifstream in("x"); }
void ifstream_default() { std::ifstream in; }
void ifstream_move(std::ifstream other) { std::ifstream in(std::move(other)); }
void istringstream_text() { std::istringstream in("x"); }

#define MARK(category) [[clang::annotate("stallcheck::blocking", category)]]
MARK("network") void marked();
void marked_later();
MARK("unknown-category") void marked_unknown();
[[clang::annotate("stallcheck::blocking")]] void marked_without_category();
[[clang::annotate("something-else", "network")]] void other_annotation();
extern "C" MARK("network") unsigned int sleep(unsigned int);
struct Store {
  MARK("file-io") virtual void sync() = 0;
};
struct Connection {
  MARK("network") explicit Connection(int port);
  Connection() = default;
};
struct DiskStore : Store { void sync() override; };
template <class T> MARK("sync-wait") T wait_for(T);
void call_marked() { marked(); }
void call_marked_later() { marked_later(); }
void call_marked_unknown() { marked_unknown(); }
void call_marked_without_category() { marked_without_category(); }
void call_other_annotation() { other_annotation(); }
void call_marked_sleep() { ::sleep(1); }
void call_override(DiskStore &s) { s.sync(); }
void call_template() { wait_for(1); }
void construct_marked() { Connection c(1); }
void construct_unmarked() { Connection c; }
MARK("file-io") void marked_later();
)cpp";

class CatalogueLookupTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    AST = test::parseCxx20(Probes).release();
    llvm::Expected<StallCatalogue> Loaded =
        StallCatalogue::createDefault();
    ASSERT_TRUE(!!Loaded) << llvm::toString(Loaded.takeError());
    Catalogue = new StallCatalogue(std::move(*Loaded));
  }
  static void TearDownTestSuite() {
    delete AST;
    delete Catalogue;
  }

  /// The outermost node of type T in \p Function's own body.
  template <class T> static const T *outermost(llvm::StringRef Function) {
    const T *Found = nullptr;
    forEachOwnStatement(findFunction(*AST, Function)->getBody(),
                        [&](const Stmt &S) {
                          if (!Found)
                            Found = dyn_cast<T>(&S);
                        });
    EXPECT_NE(Found, nullptr) << Function.str();
    return Found;
  }

  /// "name [category]" of the entry that the outermost call in \p Function
  /// resolves to, or "" when it is not blocking.
  static std::string callIn(llvm::StringRef Function) {
    const auto *Call = outermost<CallExpr>(Function);
    const BlockingApi *Api = Call ? Catalogue->findCall(*Call) : nullptr;
    return Api ? (Api->name() + " [" + Api->category() + "]").str() : "";
  }

  static std::string constructionIn(llvm::StringRef Function) {
    const auto *Construct = outermost<CXXConstructExpr>(Function);
    const BlockingApi *Api =
        Construct ? Catalogue->findConstruction(*Construct) : nullptr;
    return Api ? Api->name().str() : "";
  }

  static ASTUnit *AST;
  static StallCatalogue *Catalogue;
};

ASTUnit *CatalogueLookupTest::AST = nullptr;
StallCatalogue *CatalogueLookupTest::Catalogue = nullptr;

TEST_F(CatalogueLookupTest, MembersOfClassTemplateSpecializations) {
  EXPECT_EQ(callIn("future_get"), "std::future::get [sync-wait]");
  EXPECT_EQ(callIn("future_ref_get"), "std::future::get [sync-wait]");
  // libstdc++ declares wait() in std::__basic_future.
  EXPECT_EQ(callIn("shared_future_wait"), "std::__basic_future::wait [sync-wait]");
  EXPECT_EQ(callIn("thread_join"), "std::thread::join [sync-wait]");
}

TEST_F(CatalogueLookupTest, LookAlikeNamesAreNotBlocking) {
  EXPECT_EQ(callIn("user_future_get"), "");
  EXPECT_EQ(callIn("unique_ptr_get"), "");
  EXPECT_EQ(callIn("shared_ptr_get"), "");
  EXPECT_EQ(callIn("util_sleep"), "");
  EXPECT_EQ(callIn("robot_sleep"), "");
  EXPECT_EQ(callIn("cxx_write"), "") << "a C++ ::write is not the C library's";
}

TEST_F(CatalogueLookupTest, CLibraryAndStdFunctions) {
  EXPECT_EQ(callIn("posix_sleep"), "::sleep [sleep]");
  EXPECT_EQ(callIn("this_thread_sleep"), "std::this_thread::sleep_for [sleep]");
  EXPECT_EQ(callIn("c_write"), "::write [file-io]");
  EXPECT_EQ(callIn("c_fopen"), "::fopen [file-io]") << "std::fopen is ::fopen";
}

TEST_F(CatalogueLookupTest, ReceiversDecideStreamCalls) {
  EXPECT_EQ(callIn("cin_getline"), "std::getline [console]");
  EXPECT_EQ(callIn("cin_shift"), "std::basic_istream::operator>> [console]");
  EXPECT_EQ(callIn("file_getline"), "std::getline [file-io]");
  EXPECT_EQ(callIn("fstream_shift"), "std::basic_istream::operator>> [file-io]");
  EXPECT_EQ(callIn("file_write"), "std::basic_ostream::operator<< [file-io]");
  EXPECT_EQ(callIn("string_getline"), "");
  EXPECT_EQ(callIn("string_write"), "");
  EXPECT_EQ(callIn("cout_write"), "");
}

TEST_F(CatalogueLookupTest, FilesystemOverloadsTakingAPath) {
  EXPECT_EQ(callIn("fs_exists"), "std::filesystem::exists [file-io]");
  EXPECT_EQ(callIn("fs_exists_string"), "std::filesystem::exists [file-io]");
  EXPECT_EQ(callIn("fs_is_directory_status"), "");
}

TEST_F(CatalogueLookupTest, LockCategoryEntriesExist) {
  EXPECT_EQ(callIn("mutex_lock"), "std::mutex::lock [lock]");
}

TEST_F(CatalogueLookupTest, OnlyOpeningConstructorsBlock) {
  EXPECT_EQ(constructionIn("ifstream_open"), "std::basic_ifstream");
  EXPECT_EQ(constructionIn("ifstream_default"), "");
  EXPECT_EQ(constructionIn("ifstream_move"), "");
  EXPECT_EQ(constructionIn("istringstream_text"), "");
}

TEST_F(CatalogueLookupTest, MarkedFunctionsBlockInTheirCategory) {
  EXPECT_EQ(callIn("call_marked"), "STALLCHECK_BLOCKING [network]");
  EXPECT_EQ(callIn("call_marked_later"), "STALLCHECK_BLOCKING [file-io]")
      << "a mark on a later redeclaration counts";
  EXPECT_EQ(callIn("call_override"), "STALLCHECK_BLOCKING [file-io]")
      << "a mark on a virtual function holds for its overrides";
  EXPECT_EQ(callIn("call_template"), "STALLCHECK_BLOCKING [sync-wait]");
  EXPECT_EQ(constructionIn("construct_marked"), "STALLCHECK_BLOCKING");
  EXPECT_EQ(constructionIn("construct_unmarked"), "")
      << "only the marked constructor blocks";
}

TEST_F(CatalogueLookupTest, CatalogueEntriesTakePrecedenceOverMarks) {
  EXPECT_EQ(callIn("call_marked_sleep"), "::sleep [sleep]");
}

TEST_F(CatalogueLookupTest, UnusableMarksAreNotBlocking) {
  EXPECT_EQ(callIn("call_marked_unknown"), "");
  EXPECT_EQ(callIn("call_marked_without_category"), "");
  EXPECT_EQ(callIn("call_other_annotation"), "");
  const auto *Call = outermost<CallExpr>("call_marked_without_category");
  std::optional<BlockingMark> Mark = blockingMark(*Call->getDirectCallee());
  ASSERT_TRUE(Mark.has_value()) << "still a mark, reported by the check";
  EXPECT_EQ(Mark.value_or(BlockingMark{}).Category, "");
}

TEST(QualifiedNamePatternTest, MatchesByDeclarationContext) {
  std::unique_ptr<ASTUnit> AST = test::parseCxx20(R"cpp(
namespace a { inline namespace v1 { namespace b {
  struct C { void f(); };
  template <class T> struct D { void g() {} };
} } }
extern "C" { void cfun(); }
namespace { void anon() {} }
void f();
void use() { a::b::D<int>().g(); }
)cpp");
  auto Named = [&](llvm::StringRef Qualified) -> const NamedDecl & {
    using namespace ast_matchers;
    auto Matches = match(namedDecl(hasName(Qualified)).bind("d"),
                         AST->getASTContext());
    EXPECT_FALSE(Matches.empty()) << Qualified.str();
    return *Matches.front().getNodeAs<NamedDecl>("d");
  };
  const NamedDecl &CF = Named("::a::b::C::f");
  EXPECT_TRUE(QualifiedNamePattern("::a::b::C::f").matches(CF));
  EXPECT_TRUE(QualifiedNamePattern("b::C::f").matches(CF));
  EXPECT_TRUE(QualifiedNamePattern("C::f").matches(CF));
  EXPECT_FALSE(QualifiedNamePattern("a::v1::b::C::f").matches(CF))
      << "inline namespaces are not written";
  EXPECT_FALSE(QualifiedNamePattern("::b::C::f").matches(CF));
  EXPECT_FALSE(QualifiedNamePattern("::f").matches(CF));
  EXPECT_TRUE(QualifiedNamePattern("::f").matches(Named("::f")));
  EXPECT_TRUE(QualifiedNamePattern("::cfun").matches(Named("::cfun")));
  EXPECT_FALSE(QualifiedNamePattern("::anon").matches(Named("anon")));

  // Members of an instantiated class template match the template's name.
  using namespace ast_matchers;
  auto Calls = match(cxxMemberCallExpr().bind("call"), AST->getASTContext());
  ASSERT_EQ(Calls.size(), 1u);
  const auto *G =
      Calls.front().getNodeAs<CXXMemberCallExpr>("call")->getMethodDecl();
  EXPECT_TRUE(QualifiedNamePattern("a::b::D::g").matches(*G));
  EXPECT_TRUE(QualifiedNamePattern("::a::b::D::g").matches(*G));
}

TEST(QualifiedNamePatternTest, ProblemsWithNames) {
  EXPECT_EQ(QualifiedNamePattern::problemWith("std::basic_istream::operator>>"),
            "");
  EXPECT_EQ(QualifiedNamePattern::problemWith("::sleep"), "");
  EXPECT_NE(QualifiedNamePattern::problemWith("::"), "");
  EXPECT_NE(QualifiedNamePattern::problemWith("a::::b"), "");
  EXPECT_NE(QualifiedNamePattern::problemWith("std::vector<int>::at"), "");
}

} // namespace
} // namespace clang::tidy::stall
