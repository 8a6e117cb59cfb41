// The docs' example project: a server whose accept loop blocks.
#include <boost/asio.hpp>
#include <chrono>
#include <thread>

boost::asio::awaitable<void> accept_loop() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
