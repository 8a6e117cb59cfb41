// A Boost.Asio C++20 coroutine echo server with the stalls stallcheck is
// for. `./scripts/setup` runs stallcheck on this file.
//
// Build it: clang++-19 -std=c++20 examples/echo_server.cpp -o echo_server
#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;

std::string load_banner() {
  // Fine from main(), before the loop runs; not from a coroutine.
  std::ifstream in("banner.txt");
  std::string banner;
  std::getline(in, banner);
  return banner;
}

asio::awaitable<void> echo(tcp::socket socket) {
  char data[1024];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(data),
                                                    asio::use_awaitable);
    // Throttling by sleeping stalls every other connection on this loop.
    std::this_thread::sleep_for(50ms);
    // A checksum of 10^7 rounds holds the loop for milliseconds per echo.
    unsigned checksum = 0;
    for (int round = 0; round < 10'000'000; ++round)
      checksum = checksum * 31 + static_cast<unsigned char>(data[round % n]);
    data[0] = static_cast<char>(checksum);
    co_await asio::async_write(socket, asio::buffer(data, n),
                               asio::use_awaitable);
  }
}

asio::awaitable<void> listener(std::string banner) {
  auto executor = co_await asio::this_coro::executor;
  tcp::acceptor acceptor(executor, {tcp::v4(), 5555});
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::use_awaitable);
    // Re-reading the banner per connection: the helper reads a file.
    banner = load_banner();
    // Logging each connection to a file with a blocking write.
    std::ofstream log("connections.log", std::ios::app);
    log << banner << ' ' << socket.remote_endpoint() << '\n';
    asio::co_spawn(executor, echo(std::move(socket)), asio::detached);
  }
}

int main() {
  asio::io_context io(1);
  asio::co_spawn(io, listener(load_banner()), asio::detached);
  io.run();
}
