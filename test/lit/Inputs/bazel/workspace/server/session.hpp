#pragma once
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>

boost::asio::awaitable<void> session(boost::asio::ip::tcp::socket socket);
