// Mock of a vendored libcoro's <coro/net/socket.hpp>: an owned descriptor; its
// blocking(no) sets O_NONBLOCK with fcntl, and make_socket creates one with
// the blocking mode asked for. Declarations mirror libcoro; bodies are the
// test's own.
#pragma once
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace coro::net {
class socket {
public:
  enum class type_t { udp, tcp };
  enum class blocking_t { yes, no };
  struct options {
    int domain;
    type_t type;
    blocking_t blocking;
  };
  socket() = default;
  explicit socket(int fd) : m_fd(fd) {}
  auto blocking(blocking_t block) -> bool {
    int flags = ::fcntl(m_fd, F_GETFL, 0);
    if (block == blocking_t::no)
      flags |= O_NONBLOCK;
    return ::fcntl(m_fd, F_SETFL, flags) == 0;
  }
  auto native_handle() const -> int { return m_fd; }

private:
  int m_fd{-1};
};

inline auto make_socket(const socket::options &opts) -> socket {
  socket s{::socket(opts.domain, SOCK_STREAM, 0)};
  if (opts.blocking == socket::blocking_t::no)
    s.blocking(socket::blocking_t::no);
  return s;
}
} // namespace coro::net
