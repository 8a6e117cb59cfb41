// Boost.Asio with many coroutines, lambdas and templates: the check's
// worst case, every body walked (bench input).
#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;

template <int N> asio::awaitable<int> stage(asio::steady_timer &timer, int v) {
  timer.expires_after(1ms);
  co_await timer.async_wait(asio::use_awaitable);
  if constexpr (N > 0)
    co_return co_await stage<N - 1>(timer, v + 1);
  else
    co_return v;
}

asio::awaitable<void> pipeline(std::vector<std::string> items) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  for (auto &item : items) {
    int r = co_await stage<16>(timer, static_cast<int>(item.size()));
    auto transform = [&](int x) -> asio::awaitable<int> {
      co_await timer.async_wait(asio::use_awaitable);
      co_return x * 2;
    };
    r = co_await transform(r);
    if (r < 0)
      std::this_thread::sleep_for(1ms);
  }
}

asio::awaitable<void> fan_out(int n) {
  auto executor = co_await asio::this_coro::executor;
  for (int i = 0; i < n; ++i)
    asio::co_spawn(executor, pipeline({"a", "bb", "ccc"}), asio::detached);
}

int main() {
  asio::io_context io;
  asio::co_spawn(io, fan_out(8), asio::detached);
  io.run();
}
