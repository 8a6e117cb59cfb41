// Every form of coroutine body is checked: free functions, member
// functions, coroutine lambdas, templates (once, not per instantiation).
// Generators run synchronously in their caller and are not flagged; nor are
// lambdas that merely sit in a coroutine (they run when and where called).
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <task.hpp>
#include <thread>

using namespace std::chrono_literals;

class Server {
public:
  boost::asio::awaitable<void> handle() {
    std::this_thread::sleep_for(1ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'Server::handle'
    co_return;
  }
  boost::asio::awaitable<void> out_of_line();
};

boost::asio::awaitable<void> Server::out_of_line() {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'Server::out_of_line'
  co_return;
}

template <class T> boost::asio::awaitable<T> fetch(std::future<T> f) {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'fetch'
  co_return f.get();
  // CHECK: :[[@LINE-1]]:15: warning: call to 'std::future<int>::get' blocks the event loop in coroutine 'fetch'
}

coro::generator<int> numbers() {
  std::this_thread::sleep_for(1ms); // a generator runs in its caller
  co_yield 1;
}

coro::task<> only_returns() {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'only_returns'
  co_return;
}

boost::asio::awaitable<void> operands(std::future<int> f) {
  auto later = [value = f.get()] { return value; };
  // CHECK: :[[@LINE-1]]:27: warning: call to 'std::future<int>::get' blocks the event loop in coroutine 'operands'
  co_await boost::asio::co_spawn(*static_cast<boost::asio::io_context *>(nullptr),
                                 [v = later()]() -> boost::asio::awaitable<void> {
                                   std::this_thread::sleep_for(1ms);
                                   // CHECK: :[[@LINE-1]]:36: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a coroutine lambda
                                   co_return;
                                 },
                                 boost::asio::use_awaitable);
}

boost::asio::awaitable<void> hands_off() {
  // Plain lambdas and threads inside a coroutine run elsewhere.
  std::thread worker([] { std::this_thread::sleep_for(1ms); });
  auto deferred = [] { std::this_thread::sleep_for(1ms); };
  (void)deferred;
  worker.detach();
  co_return;
}

void use(std::promise<int> &p1, std::promise<int> &p2) {
  (void)fetch(p1.get_future());
  (void)fetch(p2.get_future());
}
