#pragma once
#include <boost/asio.hpp>
#include <chrono>
#include <thread>
namespace lib {
inline boost::asio::awaitable<void> poll() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
/// Runs the user's callable on the awaiting coroutine's executor.
template <class F> boost::asio::awaitable<void> each(F Function) {
  Function();
  co_return;
}
} // namespace lib
