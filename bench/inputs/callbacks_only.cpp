// Boost.Asio code without coroutines: what stallcheck costs on a file where
// it has nothing to report (bench input).
#include <boost/asio.hpp>
#include <functional>
#include <memory>

namespace asio = boost::asio;
using asio::ip::tcp;

class session : public std::enable_shared_from_this<session> {
public:
  explicit session(tcp::socket socket) : socket_(std::move(socket)) {}
  void start() { read(); }

private:
  void read() {
    auto self = shared_from_this();
    socket_.async_read_some(asio::buffer(data_),
                            [this, self](std::error_code ec, std::size_t n) {
                              if (!ec)
                                write(n);
                            });
  }
  void write(std::size_t n) {
    auto self = shared_from_this();
    asio::async_write(socket_, asio::buffer(data_, n),
                      [this, self](std::error_code ec, std::size_t) {
                        if (!ec)
                          read();
                      });
  }
  tcp::socket socket_;
  char data_[1024];
};

void accept(tcp::acceptor &acceptor) {
  acceptor.async_accept([&acceptor](std::error_code ec, tcp::socket socket) {
    if (!ec)
      std::make_shared<session>(std::move(socket))->start();
    accept(acceptor);
  });
}

int main() {
  asio::io_context io;
  tcp::acceptor acceptor(io, {tcp::v4(), 5556});
  accept(acceptor);
  io.run();
}
