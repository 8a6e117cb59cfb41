#include "../include/net/conn.hpp"
boost::asio::awaitable<void> run_b(net::Conn<char> &C) { co_await C.serve(); }
