#include "net/conn.hpp"
#include "net/log.hpp"
boost::asio::awaitable<void> run_a(net::Conn<int> &C) {
  LOG_FLUSH();
  co_await C.serve();
}
