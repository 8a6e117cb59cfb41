#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/deferred.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <thread>

namespace net = boost::asio;
using namespace std::chrono_literals;

// A polling loop: the namespace as the coroutine spells it, the default
// token, and the timer's header added once.
net::awaitable<void> poll_status(const int &status) {
  while (status == 0)
    std::this_thread::sleep_for(100ms);
  std::this_thread::sleep_for(std::chrono::seconds(2));
  co_return;
}

// The token the coroutine already uses; a steady_clock deadline.
boost::asio::awaitable<void> deferred_style() {
  co_await net::post(co_await net::this_coro::executor, net::deferred);
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
}

#define NAP() std::this_thread::sleep_for(10ms)

// A floating-point duration is converted as sleep_for converts it.
net::awaitable<void> half_a_second() {
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  co_return;
}

// Left as they are: a sleep in a catch handler (no co_await there),
// inside a macro, and as an operand of another expression.
net::awaitable<void> not_rewritten() {
  try {
    co_await net::post(co_await net::this_coro::executor, net::use_awaitable);
  } catch (...) {
    std::this_thread::sleep_for(1s);
  }
  NAP();
  (void)0, std::this_thread::sleep_for(1s);
  co_return;
}

int main() {
  net::io_context io;
  int status = 1;
  net::co_spawn(io, poll_status(status), net::detached);
  net::co_spawn(io, deferred_style(), net::detached);
  net::co_spawn(io, half_a_second(), net::detached);
  net::co_spawn(io, not_rewritten(), net::detached);
  io.run();
}
