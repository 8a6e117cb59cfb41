//===--- ExecutionContextTest.cpp - stallcheck unit tests -----------------===//
//
// The model's decisions and their reasons, on real parses with the mock
// framework headers.
//
//===----------------------------------------------------------------------===//

#include "TestAST.h"
#include "core/catalogue/StallCatalogue.h"
#include "core/context/ExecutionContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy::stall {
namespace {

using namespace ast_matchers;

constexpr llvm::StringLiteral Code = R"cpp(
#include <boost/asio.hpp>
#include <future>
#include <task.hpp>
#include <thread>

namespace net = boost::asio;
void on_timer(net::error_code);
void helper();
[[clang::annotate("stallcheck::event_loop")]] void entry() {}
[[clang::annotate("stallcheck::worker")]] coro::task<> pool_job() { co_return; }
coro::task<> plain_task() { co_return; }
coro::generator<int> numbers() { co_yield 1; }
void run(net::io_context &io, net::thread_pool &pool, net::steady_timer &timer,
         net::any_io_executor unknown) {
  timer.async_wait(on_timer);
  net::post(io, [] {});
  net::post(pool, [] {});
  net::post(net::make_strand(pool), [] {});
  net::post(unknown, [] {});
  std::thread([] {}).detach();
  (void)std::async(std::launch::async, [] {});
  (void)std::async(std::launch::deferred, [] {});
}
)cpp";

class ExecutionContextTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    AST = test::parseCxx20(Code).release();
    llvm::Expected<StallCatalogue> Loaded = StallCatalogue::createDefault();
    ASSERT_TRUE(!!Loaded) << llvm::toString(Loaded.takeError());
    Catalogue = new StallCatalogue(std::move(*Loaded));
    Model = new ExecutionContextModel(*Catalogue);
    // Feed the model the way the check does: every call and construction.
    for (const BoundNodes &Node :
         match(findAll(callExpr().bind("call")), AST->getASTContext()))
      Model->noteCall(*Node.getNodeAs<CallExpr>("call"));
    for (const BoundNodes &Node : match(
             findAll(cxxConstructExpr().bind("construct")),
             AST->getASTContext()))
      Model->noteConstruction(*Node.getNodeAs<CXXConstructExpr>("construct"));
  }
  static void TearDownTestSuite() {
    delete Model;
    delete Catalogue;
    delete AST;
  }

  /// The lambdas of run(), in source order.
  static const FunctionDecl &lambda(unsigned Index) {
    auto Lambdas = match(
        findAll(lambdaExpr(hasAncestor(functionDecl(hasName("run"))))
                    .bind("lambda")),
        AST->getASTContext());
    EXPECT_LT(Index, Lambdas.size());
    return *Lambdas[Index].getNodeAs<LambdaExpr>("lambda")->getCallOperator();
  }
  static ContextDecision decideFunction(llvm::StringRef Name) {
    auto Functions = match(
        functionDecl(hasName(Name), unless(isImplicit())).bind("function"),
        AST->getASTContext());
    EXPECT_FALSE(Functions.empty()) << Name.str();
    return Model->decide(*Functions.front().getNodeAs<FunctionDecl>("function"));
  }

  static ASTUnit *AST;
  static StallCatalogue *Catalogue;
  static ExecutionContextModel *Model;
};

ASTUnit *ExecutionContextTest::AST = nullptr;
StallCatalogue *ExecutionContextTest::Catalogue = nullptr;
ExecutionContextModel *ExecutionContextTest::Model = nullptr;

TEST_F(ExecutionContextTest, CompletionHandlerFromTheDeclaration) {
  ContextDecision Timer = decideFunction("on_timer");
  EXPECT_EQ(Timer.Where, RunsOn::EventLoop);
  EXPECT_EQ(Timer.Reason, ContextReason::CompletionHandler);
  EXPECT_EQ(Timer.Via, "boost::asio::basic_waitable_timer::async_wait");
  EXPECT_EQ(Timer.Framework, AsyncFramework::BoostAsio);
}

TEST_F(ExecutionContextTest, PostDecidesByTheTargetsExecutor) {
  ContextDecision OnLoop = Model->decide(lambda(0));
  EXPECT_EQ(OnLoop.Where, RunsOn::EventLoop);
  EXPECT_EQ(OnLoop.Reason, ContextReason::Handoff);
  EXPECT_EQ(OnLoop.Via, "boost::asio::post");
  EXPECT_EQ(Model->decide(lambda(1)).Where, RunsOn::Worker);
  EXPECT_EQ(Model->decide(lambda(2)).Where, RunsOn::Worker)
      << "a strand runs where its inner executor runs";
  EXPECT_EQ(Model->decide(lambda(3)).Where, RunsOn::Unknown)
      << "any_io_executor may be either";
}

TEST_F(ExecutionContextTest, ThreadsAndAsync) {
  ContextDecision Thread = Model->decide(lambda(4));
  EXPECT_EQ(Thread.Where, RunsOn::Worker);
  EXPECT_EQ(Thread.Via, "std::thread");
  EXPECT_EQ(Model->decide(lambda(5)).Where, RunsOn::Worker);
  EXPECT_EQ(Model->decide(lambda(6)).Where, RunsOn::Unknown)
      << "std::launch::deferred runs wherever get() is called";
}

TEST_F(ExecutionContextTest, AnnotationsAndCoroutines) {
  ContextDecision Entry = decideFunction("entry");
  EXPECT_EQ(Entry.Where, RunsOn::EventLoop);
  EXPECT_EQ(Entry.Reason, ContextReason::Annotation);
  EXPECT_EQ(decideFunction("pool_job").Where, RunsOn::Worker);
  ContextDecision Task = decideFunction("plain_task");
  EXPECT_EQ(Task.Where, RunsOn::EventLoop);
  EXPECT_EQ(Task.Reason, ContextReason::Coroutine);
  EXPECT_EQ(decideFunction("numbers").Where, RunsOn::Unknown)
      << "a generator runs in its caller";
  EXPECT_EQ(decideFunction("helper").Where, RunsOn::Unknown);
}

TEST_F(ExecutionContextTest, WorkerTaskTypesOverrideTheDefault) {
  StallCatalogue WithWorkers = std::move(*StallCatalogue::createDefault());
  ASSERT_FALSE(llvm::errorToBool(
      WithWorkers.addWorkerTaskTypes({"coro::task"}, "WorkerTaskTypes")));
  ExecutionContextModel Fresh(WithWorkers);
  auto Functions = match(functionDecl(hasName("plain_task")).bind("f"),
                         AST->getASTContext());
  ContextDecision Task =
      Fresh.decide(*Functions.front().getNodeAs<FunctionDecl>("f"));
  EXPECT_EQ(Task.Where, RunsOn::Worker);
  EXPECT_EQ(Task.Reason, ContextReason::TaskType);
  EXPECT_EQ(Task.Via, "coro::task");
}

constexpr llvm::StringLiteral LibraryCode = R"cpp(
#include <boost/asio.hpp>
#include <coro/coro.hpp>
#include <functional>
#include <utility>

namespace lib {
boost::asio::thread_pool &pool();
void run_impl([[clang::annotate("stallcheck::worker")]] std::function<void()> f);
template <class F> void run(F &&f) { run_impl(std::forward<F>(f)); }
template <class F> void offload(F &&f) {
  boost::asio::post(pool(), [f = std::forward<F>(f)]() mutable { f(); });
}
template <class F> coro::task<> bridge(F callable) {
  callable();
  co_return;
}
template <class F> coro::task<> retry(F callable) {
  for (int i = 0; i < 3; ++i)
    co_await callable();
}
} // namespace lib

coro::task<> attempt();
void start() {
  lib::run([] {});
  lib::offload([] {});
  auto b = lib::bridge([] {});
  auto r = lib::retry([] { return attempt(); });
}
coro::task<> hops(coro::thread_pool &pool) {
  co_await pool.schedule();
  co_return;
}
)cpp";

class LibraryContextTest : public ::testing::Test {
protected:
  void SetUp() override {
    AST = test::parseCxx20(LibraryCode);
    Catalogue = std::make_unique<StallCatalogue>(
        std::move(*StallCatalogue::createDefault()));
    Model = std::make_unique<ExecutionContextModel>(*Catalogue);
    for (const BoundNodes &Node :
         match(findAll(callExpr().bind("call")), AST->getASTContext()))
      Model->noteCall(*Node.getNodeAs<CallExpr>("call"));
  }
  const FunctionDecl &lambdaInStart(unsigned Index) {
    auto Lambdas = match(
        findAll(lambdaExpr(hasAncestor(functionDecl(hasName("start"))))
                    .bind("lambda")),
        AST->getASTContext());
    EXPECT_LT(Index, Lambdas.size());
    return *Lambdas[Index].getNodeAs<LambdaExpr>("lambda")->getCallOperator();
  }
  const FunctionDecl &instantiationOf(llvm::StringRef Name) {
    auto Functions = match(functionDecl(hasName(Name), isDefinition(),
                                        isTemplateInstantiation())
                               .bind("f"),
                           AST->getASTContext());
    EXPECT_FALSE(Functions.empty()) << Name.str();
    return *Functions.front().getNodeAs<FunctionDecl>("f");
  }

  std::unique_ptr<ASTUnit> AST;
  std::unique_ptr<StallCatalogue> Catalogue;
  std::unique_ptr<ExecutionContextModel> Model;
};

TEST_F(LibraryContextTest, ParametersForwardedToHandoffsAreHandoffs) {
  ContextDecision ThroughAnnotation = Model->decide(lambdaInStart(0));
  EXPECT_EQ(ThroughAnnotation.Where, RunsOn::Worker)
      << "run() forwards its parameter to one marked STALLCHECK_WORKER";
  EXPECT_EQ(ThroughAnnotation.Via, "lib::run");
  EXPECT_EQ(Model->decide(lambdaInStart(1)).Where, RunsOn::Worker)
      << "offload() posts a lambda capturing its parameter to a pool";
}

TEST_F(LibraryContextTest, TrampolinesRunWhereTheyAreHandedOver) {
  EXPECT_TRUE(isTrampoline(instantiationOf("lib::bridge")));
  EXPECT_FALSE(isTrampoline(instantiationOf("lib::retry")))
      << "a loop of its own: a coroutine, not a trampoline";
  EXPECT_EQ(Model->decide(instantiationOf("lib::bridge")).Where,
            RunsOn::Unknown);
  EXPECT_EQ(Model->decide(instantiationOf("lib::retry")).Where,
            RunsOn::EventLoop);
}

TEST_F(LibraryContextTest, SwitchesComeFromTheCatalogue) {
  const auto *Hops = test::findFunction(*AST, "hops");
  ASSERT_NE(Hops, nullptr);
  auto Awaits = match(findAll(coawaitExpr().bind("await")), *Hops->getBody(),
                      AST->getASTContext());
  ASSERT_FALSE(Awaits.empty());
  const auto *Await = Awaits.front().getNodeAs<CoawaitExpr>("await");
  std::optional<ContextDecision> Switch =
      Model->switchOf(*Await->getOperand());
  ASSERT_TRUE(Switch.has_value());
  const ContextDecision Decision = Switch.value_or(ContextDecision());
  // libcoro's thread_pool is a coroutine scheduler, named as the code
  // names it.
  EXPECT_EQ(Decision.Where, RunsOn::Scheduler);
  EXPECT_EQ(Decision.Reason, ContextReason::Switch);
  EXPECT_EQ(Decision.Via, "coro::thread_pool::schedule");
  EXPECT_EQ(Decision.Scheduler, "pool");
}

TEST(ContextCatalogueTest, ErrorsInContextSections) {
  auto ErrorOf = [](llvm::StringRef Text) {
    StallCatalogue Catalogue = std::move(*StallCatalogue::createDefault());
    llvm::Error Err = Catalogue.addDocument(Text, "user.yaml");
    return Err ? llvm::toString(std::move(Err)) : std::string("<no error>");
  };
  EXPECT_EQ(ErrorOf("version: 1\nexecutors:\n  - {name: my::loop, runs-on: "
                    "loop}\n"),
            "user.yaml:3:31: unknown runs-on 'loop' (expected 'event-loop', "
            "'scheduler', 'worker' or 'inner')");
  EXPECT_EQ(ErrorOf("version: 1\nhandoffs:\n  - {name: my::post, callable: "
                    "first, runs-on: event-loop}\n"),
            "user.yaml:3:32: 'callable' must be an argument index (0, 1, ...), "
            "'last', 'object' or 'template-arguments'");
  EXPECT_EQ(ErrorOf("version: 1\nhandoffs:\n  - {name: my::post, callable: "
                    "0, runs-on: target}\n"),
            "user.yaml:3:44: 'runs-on: target' needs 'target: <argument "
            "index>' or 'target: object'");
  EXPECT_EQ(ErrorOf("version: 1\nhandoffs:\n  - {name: my::post, runs-on: "
                    "worker}\n"),
            "user.yaml:3:5: 'callable' must not be empty");
  EXPECT_EQ(ErrorOf("version: 1\ntask-types:\n  - {name: my::task, runs: "
                    "worker}\n"),
            "user.yaml:3:22: unknown key 'runs' in a task type (expected "
            "name, runs-on, starts)");
  EXPECT_EQ(ErrorOf("version: 1\nhandoffs:\n  - {name: my::spawn, callable: "
                    "1, runs-on: worker, when: {argument: 0}}\n"),
            "user.yaml:3:59: 'when' needs 'argument' and one of 'is' and "
            "'written'");
}

} // namespace
} // namespace clang::tidy::stall
