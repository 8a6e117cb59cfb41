//===--- CoroutinesTest.cpp - stallcheck unit tests -----------------------===//

#include "TestAST.h"
#include "core/context/Coroutines.h"

namespace clang::tidy::stall {
namespace {

using test::findFunction;

constexpr llvm::StringLiteral Coroutines = R"cpp(
#include <asio.hpp>
#include <boost/asio.hpp>
#include <task.hpp>

void plain() {}
coro::generator<int> numbers() { co_yield 1; co_yield 2; }
coro::task<> awaits() { co_await coro::yield_now{}; }
coro::task<> returns_only() { co_return; }
coro::task<> yields_and_awaits() { co_await coro::yield_now{}; }
coro::generator<int> generator_with_async_lambda() {
  auto inner = []() -> coro::task<> { co_await coro::yield_now{}; };
  (void)inner;
  co_yield 1;
}
boost::asio::awaitable<void> boost_coroutine() { co_return; }
asio::awaitable<int> standalone_coroutine() { co_return 1; }
template <class T> boost::asio::awaitable<T> dependent_coroutine() { co_return T(); }
namespace other::asio { template <class T> struct awaitable; }
)cpp";

class CoroutinesTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { AST = test::parseCxx20(Coroutines).release(); }
  static void TearDownTestSuite() { delete AST; }
  static CoroutineKind kindOf(llvm::StringRef Name) {
    return classifyCoroutine(*findFunction(*AST, Name));
  }
  static AsyncFramework frameworkOfFunction(llvm::StringRef Name) {
    return frameworkOf(*findFunction(*AST, Name));
  }
  static ASTUnit *AST;
};

ASTUnit *CoroutinesTest::AST = nullptr;

TEST_F(CoroutinesTest, ClassifiesByWhatTheBodyDoes) {
  EXPECT_EQ(kindOf("plain"), CoroutineKind::NotCoroutine);
  EXPECT_EQ(kindOf("numbers"), CoroutineKind::Generator);
  EXPECT_EQ(kindOf("awaits"), CoroutineKind::Async);
  EXPECT_EQ(kindOf("returns_only"), CoroutineKind::Async);
  EXPECT_EQ(kindOf("yields_and_awaits"), CoroutineKind::Async);
}

TEST_F(CoroutinesTest, NestedLambdaAwaitsDoNotMakeAGeneratorAsync) {
  EXPECT_EQ(kindOf("generator_with_async_lambda"), CoroutineKind::Generator);
}

TEST_F(CoroutinesTest, FrameworkComesFromTheReturnType) {
  EXPECT_EQ(frameworkOfFunction("boost_coroutine"), AsyncFramework::BoostAsio);
  EXPECT_EQ(frameworkOfFunction("standalone_coroutine"), AsyncFramework::Asio);
  EXPECT_EQ(frameworkOfFunction("awaits"), AsyncFramework::Unknown);
  EXPECT_EQ(frameworkOfFunction("plain"), AsyncFramework::Unknown);
  EXPECT_EQ(asioNamespacePrefix(AsyncFramework::BoostAsio), "boost::asio::");
  EXPECT_EQ(asioNamespacePrefix(AsyncFramework::Asio), "asio::");
  EXPECT_EQ(asioNamespacePrefix(AsyncFramework::Unknown), "");
}

TEST_F(CoroutinesTest, DependentReturnTypesStillNameTheFramework) {
  using namespace ast_matchers;
  auto Templates =
      match(functionTemplateDecl(hasName("dependent_coroutine")).bind("t"),
            AST->getASTContext());
  ASSERT_EQ(Templates.size(), 1u);
  const FunctionDecl *Pattern =
      Templates.front().getNodeAs<FunctionTemplateDecl>("t")->getTemplatedDecl();
  EXPECT_EQ(frameworkOf(*Pattern), AsyncFramework::BoostAsio);
  EXPECT_EQ(classifyCoroutine(*Pattern), CoroutineKind::Async);
}

} // namespace
} // namespace clang::tidy::stall
