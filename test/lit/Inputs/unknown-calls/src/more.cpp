#include <boost/asio.hpp>
#include <vendorlib.h>

void on_timer(boost::asio::io_context &io) {
  boost::asio::post(io, [] {
    char value[64];
    vendor_fetch("c", value, sizeof value);
  });
}
