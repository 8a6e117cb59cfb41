// POSIX I/O on a descriptor the same function made non-blocking returns
// EAGAIN / EINPROGRESS instead of waiting: not a stall. The function says so
// itself: SOCK_NONBLOCK or O_NONBLOCK in the flags that create it, fcntl()
// with O_NONBLOCK, ioctl() with FIONBIO, or a test for EAGAIN, EWOULDBLOCK or
// EINPROGRESS. The same calls on a blocking descriptor are still found.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

boost::asio::awaitable<void> wait_writable(int fd);
boost::asio::awaitable<void> wait_readable(int fd);

boost::asio::awaitable<int> connect_nonblocking(const sockaddr_in &peer) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&peer), sizeof peer) < 0)
    co_await wait_writable(fd);
  co_return fd;
}

boost::asio::awaitable<int> connect_blocking(const sockaddr_in &peer) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ::connect(fd, reinterpret_cast<const sockaddr *>(&peer), sizeof peer);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'connect' blocks the event loop in coroutine 'connect_blocking': it performs synchronous network I/O (category 'network')
  co_return fd;
}

boost::asio::awaitable<long> read_after_fcntl(int fd, char *buffer) {
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  co_await wait_readable(fd);
  co_return ::read(fd, buffer, 512);
}

boost::asio::awaitable<long> recv_after_ioctl(int fd, char *buffer) {
  int on = 1;
  ::ioctl(fd, FIONBIO, &on);
  co_await wait_readable(fd);
  co_return ::recv(fd, buffer, 512, 0);
}

struct Listener {
  int fd;
  boost::asio::awaitable<int> next_client() {
    // The result tested for EAGAIN: this code expects non-blocking sockets.
    for (;;) {
      int client = ::accept4(fd, nullptr, nullptr, SOCK_NONBLOCK);
      if (client >= 0)
        co_return client;
      if (errno != EAGAIN && errno != EWOULDBLOCK)
        co_return -1;
      co_await wait_readable(fd);
    }
  }
};

long drain(int fd, char *buffer) {
  long n = 0;
  while ((n = ::read(fd, buffer, 512)) > 0) {
  }
  if (n < 0 && errno == EAGAIN)
    return 0;
  return n;
}
long slurp(int fd, char *buffer) { return ::read(fd, buffer, 512); }

boost::asio::awaitable<void> helpers(int fd, char *buffer) {
  drain(fd, buffer);
  slurp(fd, buffer);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'slurp' blocks the event loop in coroutine 'helpers': it performs synchronous file I/O through 'read' (category 'file-io')
  co_return;
}
