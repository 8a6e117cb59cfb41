// Malformed code for tool/bad-input.test.
#include <boost/asio.hpp>
#include <chrono>
#include <thread>

boost::asio::awaitable<void> broken() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  undeclared_thing();
  co_return;
}
