#include "server/session.hpp"
#include "blocking/files.hpp"
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

boost::asio::awaitable<void> listen(unsigned short port) {
  auto executor = co_await boost::asio::this_coro::executor;
  boost::asio::ip::tcp::acceptor acceptor(
      executor, {boost::asio::ip::tcp::v4(), port});
  std::string banner = load_config("/etc/banner");
  for (;;) {
    auto socket = co_await acceptor.async_accept(boost::asio::use_awaitable);
    boost::asio::co_spawn(executor, session(std::move(socket)),
                          boost::asio::detached);
  }
}

int main() {
  boost::asio::io_context io;
  boost::asio::co_spawn(io, listen(8080), boost::asio::detached);
  io.run();
}
