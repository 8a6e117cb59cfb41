// The docs' example project: a connection in src/net/, for the file-regex
// examples ('src/net/.*').
#include <boost/asio.hpp>

boost::asio::awaitable<void> connection(boost::asio::steady_timer &timer) {
  co_await timer.async_wait(boost::asio::use_awaitable);
}
