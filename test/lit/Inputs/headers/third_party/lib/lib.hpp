#pragma once
#include <boost/asio.hpp>
#include <chrono>
#include <thread>
namespace lib {
inline boost::asio::awaitable<void> poll() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
} // namespace lib
