// A small coroutine input for the tool tests.
#include <boost/asio.hpp>
#include <chrono>
#include <thread>

boost::asio::awaitable<void> sleepy() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
