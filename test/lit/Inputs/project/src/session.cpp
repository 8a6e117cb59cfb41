#include "helpers.h"
#include <boost/asio.hpp>

namespace asio = boost::asio;

asio::awaitable<void> session(const unsigned char *data) {
  std::string cfg = load_config("app.conf");
  long sum = checksum(data);
  int three = add(1, 2);
  offload_refresh();
  std::string env = env_only();
  co_return;
}

int main() {
  // Not event-loop code: silent.
  return static_cast<int>(load_config("x").size());
}
