// The docs' example project: a session that reads its configuration.
#include <boost/asio.hpp>
#include <fstream>
#include <string>

boost::asio::awaitable<std::string> session() {
  std::ifstream in("app.conf");
  std::string line;
  std::getline(in, line);
  co_return line;
}
