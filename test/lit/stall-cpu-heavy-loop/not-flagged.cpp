// What stall-cpu-heavy-loop leaves alone: loops that suspend (also every N
// iterations, the chunking fix), generators, loops over data of run-time
// size, small constant loops, loops that block (stall-blocking-call's
// finding), and heavy loops offloaded to a pool or a thread.
// RUN: %check_both_fronts --checks='-*,stall-*' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <map>
#include <string>
#include <task.hpp>
#include <thread>

namespace asio = boost::asio;
constexpr long Limit = 10'000'000;

asio::awaitable<long> chunked(asio::io_context &io) {
  long sum = 0;
  for (long i = 0; i < Limit; ++i) {
    sum += i;
    if (i % 4096 == 0)
      co_await asio::post(io, asio::use_awaitable);
  }
  co_return sum;
}

coro::generator<long> numbers() {
  for (long i = 0; i < Limit; ++i)
    co_yield i;
}

coro::generator<long> squares() {
  long s = 0;
  for (long i = 0; i < Limit; ++i) // a generator runs in its caller
    s += i * i;
  co_yield s;
}

asio::awaitable<int> headers(const std::map<std::string, std::string> &h) {
  int size = 0;
  for (const auto &[name, value] : h)
    size += static_cast<int>(name.size() + value.size());
  for (int retry = 0; retry < 3; ++retry)
    size += retry;
  co_return size;
}

asio::awaitable<void> blocks() {
  for (int i = 0; i < 10'000'000; ++i)
    std::this_thread::sleep_for(std::chrono::nanoseconds(1));
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'blocks'{{.*}}[stall-blocking-call]
  co_return;
}

asio::awaitable<void> offloaded(asio::thread_pool &pool) {
  co_await asio::co_spawn(
      pool,
      []() -> asio::awaitable<long> {
        long s = 0;
        for (long i = 0; i < Limit; ++i)
          s += i;
        co_return s;
      },
      asio::use_awaitable);
  asio::post(pool, [] {
    long s = 0;
    for (long i = 0; i < Limit; ++i)
      s += i;
  });
  std::thread([] {
    long s = 0;
    for (long i = 0; i < Limit; ++i)
      s += i;
  }).detach();
}
