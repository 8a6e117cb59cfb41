#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>
std::string read_file(const std::string &path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}
std::string load_config() { return read_file("app.conf"); }
namespace asio = boost::asio;
asio::awaitable<void> session() {
  std::string cfg = load_config();
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
