#include <boost/asio.hpp>
#include <string>

namespace asio = boost::asio;
using asio::ip::tcp;

// Synchronous operations whose asynchronous form takes the same arguments:
// awaited, the value kept, failures thrown as before.
asio::awaitable<std::size_t> fetch(tcp::socket &socket, std::string host) {
  tcp::resolver resolver(co_await asio::this_coro::executor);
  auto endpoints = resolver.resolve(host, "80");
  asio::connect(socket, endpoints);
  std::string request = "GET / HTTP/1.0\r\n\r\n";
  asio::write(socket, asio::buffer(request));
  char reply[1024];
  std::size_t total = socket.read_some(asio::buffer(reply));
  total += asio::read(socket, asio::buffer(reply), asio::transfer_at_least(1));
  co_return total;
}

// The error_code overloads report failure to the code that follows: the
// awaited form would throw past it. Left alone.
asio::awaitable<void> careful(tcp::socket &socket) {
  boost::system::error_code ec;
  char reply[16];
  socket.read_some(asio::buffer(reply), ec);
  if (ec)
    co_return;
  co_return;
}

int main() {
  asio::io_context io;
  tcp::socket socket(io);
  asio::co_spawn(io, fetch(socket, "localhost"), asio::detached);
  asio::co_spawn(io, careful(socket), asio::detached);
}
