// POSIX I/O on descriptors that are non-blocking by construction does not
// wait: in a class the catalogue lists (libcoro's sockets), on a member a
// constructor or init function made non-blocking (eventfd(EFD_NONBLOCK),
// fcntl(O_NONBLOCK)), on the ends of pipe2(O_NONBLOCK). Each has a twin
// that must warn: the same code on a blocking descriptor.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   -I%inputs/vendored | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <array>
#include <boost/asio.hpp>
#include <coro/coro.hpp>
#include <coro/net/tcp/client.hpp>
#include <coro/net/udp/peer.hpp>
#include <cstddef>
#include <cstdint>
#include <fcntl.h>
#include <memory>
#include <string>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

// libcoro's client: recv and send are tried once on a non-blocking socket.
coro::task<> echo(std::shared_ptr<coro::io_scheduler> io, const sockaddr *to) {
  coro::net::tcp::client client{io};
  std::string buffer(256, '\0');
  co_await client.poll(coro::poll_op::read);
  auto [status, received] = client.recv(buffer);
  client.send(std::string("pong"));
  coro::net::udp::peer peer{io};
  peer.sendto(to, buffer);
  peer.recvfrom(buffer);
  ::recv(client.socket().native_handle(), buffer.data(), buffer.size(), 0);
  co_return;
}

// A user's own client on a blocking socket: the same calls wait.
class BlockingClient {
public:
  BlockingClient() : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {}
  long recv(std::string &buffer) {
    return ::recv(fd_, buffer.data(), buffer.size(), 0);
  }

private:
  int fd_;
};
coro::task<> echo_blocking(BlockingClient &client) {
  std::string buffer(256, '\0');
  client.recv(buffer);
  // CHECK: :[[@LINE-1]]:10: warning: call to 'BlockingClient::recv' blocks the event loop in coroutine 'echo_blocking': it performs synchronous network I/O through 'recv'
  co_return;
}

// A wake-up eventfd the constructor made non-blocking: a write of eight
// bytes never waits.
class Waker {
public:
  Waker() : fd_(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}
  void wake(const std::string &why) { ::write(fd_, why.data(), why.size()); }

private:
  int fd_;
};
class BlockingWaker {
public:
  BlockingWaker() : fd_(::eventfd(0, EFD_CLOEXEC)) {}
  void wake(const std::string &why) { ::write(fd_, why.data(), why.size()); }

private:
  int fd_;
};
// libcoro's own pipe: made non-blocking element by element with a flags
// variable, written through an accessor.
class Pipe {
public:
  Pipe() {
    ::pipe(fds_.data());
    for (const auto &fd : fds_) {
      int flags = ::fcntl(fd, F_GETFL);
      flags |= O_NONBLOCK;
      ::fcntl(fd, F_SETFL, flags);
    }
  }
  long write(const void *bytes, std::size_t n) {
    return ::write(write_fd(), bytes, n);
  }
  const int &write_fd() const { return fds_[1]; }

private:
  std::array<int, 2> fds_{-1, -1};
};
coro::task<> wake_pipe(Pipe &pipe, std::size_t n) {
  char byte = 1;
  pipe.write(&byte, n);
  co_return;
}

// Made non-blocking by an init function, used by another member.
class Listener {
public:
  void init() {
    sock_ = ::socket(AF_INET, SOCK_STREAM, 0);
    ::fcntl(sock_, F_SETFL, ::fcntl(sock_, F_GETFL, 0) | O_NONBLOCK);
  }
  int accept_one() { return ::accept(sock_, nullptr, nullptr); }

private:
  int sock_ = -1;
};
coro::task<> wake_all(Waker &waker, BlockingWaker &blocking, Listener &l) {
  waker.wake("tick");
  l.accept_one();
  blocking.wake("tick");
  // CHECK: :[[@LINE-1]]:12: warning: call to 'BlockingWaker::wake' blocks the event loop in coroutine 'wake_all': it performs synchronous file I/O through 'write'
  co_return;
}

// A wake-up write of a few bytes (a constant count, at most 8) returns at
// once unless the pipe is full, whatever the descriptor.
coro::task<> wake_up(int efd, int fd, const std::string &data) {
  std::uint64_t one = 1;
  ::write(efd, &one, sizeof one);
  ::write(fd, "x", 1);
  ::write(fd, data.data(), data.size());
  // CHECK: :[[@LINE-1]]:3: warning: call to 'write' blocks the event loop in coroutine 'wake_up'
  co_return;
}

// The ends of a pipe made non-blocking where it is created.
coro::task<> pipes() {
  int fds[2];
  ::pipe2(fds, O_NONBLOCK | O_CLOEXEC);
  std::string line = "line\n";
  ::write(fds[1], line.data(), line.size());
  int other[2];
  ::pipe(other);
  ::write(other[1], line.data(), line.size());
  // CHECK: :[[@LINE-1]]:3: warning: call to 'write' blocks the event loop in coroutine 'pipes': it performs synchronous file I/O (category 'file-io')
  co_return;
}

// An Asio socket put in non-blocking mode: read_some returns would_block at
// once; the twin without it waits.
boost::asio::awaitable<void> try_read(boost::asio::ip::tcp::socket &socket,
                                      boost::asio::ip::tcp::socket &other) {
  char data[64];
  socket.non_blocking(true);
  socket.read_some(boost::asio::buffer(data));
  other.read_some(boost::asio::buffer(data));
  // CHECK: :[[@LINE-1]]:9: warning: call to 'boost::asio::ip::tcp::socket::read_some' blocks the event loop in coroutine 'try_read'
  co_return;
}
