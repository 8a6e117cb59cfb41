#include <boost/asio.hpp>
#include <compiled/client.hpp>
#include <server/session.hpp>

boost::asio::awaitable<void> handle_request(std::string id) {
  std::string key = server::session_key(id);
  std::string session = server::load_session(id);
  compiled::query("select 1");
  server::inline_helper();
  co_return;
}
