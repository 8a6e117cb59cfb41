#pragma once
#include "third_party/lib/lib.hpp"
#include <boost/asio.hpp>
#include <chrono>
#include <thread>
namespace net {
template <typename Stream> struct Conn {
  boost::asio::awaitable<void> serve() {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    co_await lib::poll();
  }
};
} // namespace net
