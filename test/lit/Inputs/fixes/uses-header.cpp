#include "sleepy-header.h"

boost::asio::awaitable<void> caller() { co_await nap_in_header(); }
