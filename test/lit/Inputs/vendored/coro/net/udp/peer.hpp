// Mock of a vendored libcoro's <coro/net/udp/peer.hpp>: a UDP peer on a non-blocking
// socket; sendto and recvfrom are tried once (the caller co_awaits poll()).
// Declarations mirror libcoro (older releases name it net::udp_peer);
// bodies are the test's own.
#pragma once
#include "../socket.hpp"
#include <cstddef>
#include <memory>
#include <sys/socket.h>

namespace coro {
class io_scheduler;
namespace net::udp {
class peer {
public:
  explicit peer(std::shared_ptr<io_scheduler> scheduler)
      : m_socket(net::make_socket({2, net::socket::type_t::udp,
                                   net::socket::blocking_t::no})) {}
  template <typename buffer_type>
  auto sendto(const sockaddr *to, const buffer_type &buffer) -> long {
    return ::sendto(m_socket.native_handle(), buffer.data(), buffer.size(), 0,
                    to, sizeof(sockaddr));
  }
  template <typename buffer_type> auto recvfrom(buffer_type &&buffer) -> long {
    return ::recvfrom(m_socket.native_handle(), buffer.data(), buffer.size(),
                      0, nullptr, nullptr);
  }

private:
  net::socket m_socket;
};
} // namespace net::udp
} // namespace coro
