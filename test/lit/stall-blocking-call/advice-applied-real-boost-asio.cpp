// Every fix the notes suggest is silent once written: the asynchronous
// operation, and co_spawn of a coroutine lambda on a thread_pool (in place,
// through a variable, or on the pool's executor). Spawning the same lambda
// on the io_context is still a stall. Real Debian Boost.Asio headers.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %boost_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

namespace asio = boost::asio;
using namespace std::chrono_literals;

asio::awaitable<std::string> fixed(asio::thread_pool &pool) {
  // Sleep -> steady_timer::async_wait.
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_after(50ms);
  co_await timer.async_wait(asio::use_awaitable);

  // File I/O -> co_spawn(pool, work, use_awaitable).
  std::string line = co_await asio::co_spawn(
      pool,
      []() -> asio::awaitable<std::string> {
        std::ifstream in("config.txt");
        std::string first;
        std::getline(in, first);
        co_return first;
      },
      asio::use_awaitable);

  auto work = [&line]() -> asio::awaitable<void> {
    std::ofstream out("log.txt", std::ios::app);
    out << line;
    co_return;
  };
  co_await asio::co_spawn(pool, work, asio::use_awaitable);
  co_await asio::co_spawn(pool.get_executor(),
                          []() -> asio::awaitable<void> {
                            std::this_thread::sleep_for(10ms);
                            co_return;
                          },
                          asio::use_awaitable);
  co_return line;
}

asio::awaitable<void> still_on_the_loop(asio::io_context &io) {
  co_await asio::co_spawn(
      io,
      []() -> asio::awaitable<void> {
        std::this_thread::sleep_for(10ms);
        // CHECK: :[[@LINE-1]]:9: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a coroutine lambda
        co_return;
      },
      asio::use_awaitable);
}
