#include <boost/asio.hpp>
#include <chrono>
#include <unistd.h>
#include <vendorlib.h>

boost::asio::awaitable<void> handle(vendor::Client &client) {
  char value[64];
  vendor_fetch("a", value, sizeof value);
  vendor_fetch("b", value, sizeof value);
  vendor::render("page");
  client.call("status");
  ::getpid();
  std::chrono::system_clock::now();
  ::sleep(1);
  co_return;
}

void not_on_the_loop() { vendor::render("offline"); }
