// Mock of a vendored libcoro's <coro/net/tcp/client.hpp> (included with
// -I): a TCP client whose socket make_socket creates non-blocking in the
// constructor; recv and send try the call once and return would_block (the
// caller co_awaits poll()).
// Declarations mirror libcoro (older releases name it net::tcp_client);
// bodies are the test's own.
#pragma once
#include <coro/coro.hpp>
#include "../socket.hpp"
#include <cerrno>
#include <cstddef>
#include <memory>
#include <span>
#include <sys/socket.h>
#include <utility>

namespace coro {
class io_scheduler;
enum class poll_op { read, write };
enum class poll_status { event, timeout, error, closed };
namespace net {
enum class recv_status { ok, closed, would_block, error };
enum class send_status { ok, would_block, error };
namespace tcp {
class client {
public:
  struct options {
    int domain;
  };
  explicit client(std::shared_ptr<io_scheduler> scheduler,
                  options opts = options{2})
      : m_io_scheduler(std::move(scheduler)),
        m_socket(net::make_socket(
            {opts.domain, net::socket::type_t::tcp,
             net::socket::blocking_t::no})) {}
  auto poll(coro::poll_op op) -> coro::task<poll_status>;
  template <typename buffer_type>
  auto recv(buffer_type &&buffer) -> std::pair<recv_status, std::span<char>> {
    auto bytes = ::recv(m_socket.native_handle(), buffer.data(), buffer.size(), 0);
    if (bytes > 0)
      return {recv_status::ok, std::span<char>{buffer.data(), static_cast<std::size_t>(bytes)}};
    return {recv_status::would_block, std::span<char>{}};
  }
  template <typename buffer_type>
  auto send(const buffer_type &buffer)
      -> std::pair<send_status, std::span<const char>> {
    auto bytes = ::send(m_socket.native_handle(), buffer.data(), buffer.size(), 0);
    if (bytes >= 0)
      return {send_status::ok, std::span<const char>{}};
    return {send_status::would_block, std::span<const char>{}};
  }
  auto socket() -> net::socket & { return m_socket; }

private:
  std::shared_ptr<io_scheduler> m_io_scheduler;
  net::socket m_socket;
};
} // namespace tcp
} // namespace net
} // namespace coro
