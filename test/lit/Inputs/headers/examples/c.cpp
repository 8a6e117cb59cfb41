#include "net/conn.hpp"
boost::asio::awaitable<void> run_c(net::Conn<long> &C) { co_await C.serve(); }
