// The seed case on the real Debian Boost.Asio headers: a counting loop in a
// coroutine is flagged; the same loop chunked with a co_await every 4096
// iterations, or offloaded with co_spawn on a thread_pool, is not.
// RUN: %check_both_fronts --checks='-*,stall-*' --quiet %s -- %boost_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>

namespace asio = boost::asio;
constexpr long Work = 10'000'000;

asio::awaitable<long> on_the_loop() {
  long sum = 0;
  for (long i = 0; i < Work; ++i)
    sum += i % 7;
  // CHECK: :[[@LINE-2]]:3: warning: loop runs about 1.0e7 iterations without suspending, stalling the event loop in coroutine 'on_the_loop' [stall-cpu-heavy-loop]
  co_return sum;
}

asio::awaitable<long> chunked() {
  auto executor = co_await asio::this_coro::executor;
  long sum = 0;
  for (long i = 0; i < Work; ++i) {
    sum += i % 7;
    if (i % 4096 == 0)
      co_await asio::post(executor, asio::use_awaitable);
  }
  co_return sum;
}

asio::awaitable<long> offloaded(asio::thread_pool &pool) {
  co_return co_await asio::co_spawn(
      pool,
      []() -> asio::awaitable<long> {
        long sum = 0;
        for (long i = 0; i < Work; ++i)
          sum += i % 7;
        co_return sum;
      },
      asio::use_awaitable);
}
