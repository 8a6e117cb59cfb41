#include <server/session.hpp>
#include <fcntl.h>
#include <unistd.h>

namespace server {
std::string load_session(const std::string &id) {
  int fd = ::open(("/var/sessions/" + id).c_str(), O_RDONLY);
  char buffer[4096];
  ssize_t n = ::read(fd, buffer, sizeof buffer);
  ::close(fd);
  return std::string(buffer, n > 0 ? n : 0);
}

std::string session_key(const std::string &id) { return "s:" + id; }
} // namespace server
