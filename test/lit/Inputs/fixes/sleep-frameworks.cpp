#include <async_simple/coro/Lazy.h>
#include <chrono>
#include <seastar/core/future.hh>
#include <thread>

using namespace std::chrono_literals;

// A Lazy's sleep runs on its executor; a Seastar coroutine's on the reactor.
async_simple::coro::Lazy<void> refresh_later() {
  std::this_thread::sleep_for(100ms);
  co_return;
}

seastar::future<> flush_later() {
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  co_return;
}
