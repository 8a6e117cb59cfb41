#pragma once
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <thread>

inline boost::asio::awaitable<void> nap_in_header() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  co_return;
}
