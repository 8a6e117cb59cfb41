#include "net/conn.hpp"
#include "net/log.hpp"
boost::asio::awaitable<void> run_a(net::Conn<int> &C) {
  LOG_FLUSH();
  co_await C.serve();
}
#include "third_party/lib/lib.hpp"
// The library's coroutine calls this lambda: the finding is shown here.
boost::asio::awaitable<void> run_each() {
  co_await lib::each([] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
}
