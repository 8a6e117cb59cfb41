#include "io.hpp"
#include <boost/asio.hpp>

boost::asio::awaitable<void> session() {
  std::string config = app::read_all("app.conf");
  std::string again = app::load_with_retry("app.conf");
  co_return;
}
