#include "server/session.hpp"
#include "blocking/files.hpp"
#include "blocking/timing.hpp"
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/buffer.hpp>

boost::asio::awaitable<void> session(boost::asio::ip::tcp::socket socket) {
  for (int attempt = 1; attempt < 4; ++attempt) {
    std::string config = reload("/etc/app.conf");
    if (!config.empty() && checksum(config) != 0) {
      co_await boost::asio::async_write(socket, boost::asio::buffer(config),
                                        boost::asio::use_awaitable);
      co_return;
    }
    back_off(attempt);
  }
}
