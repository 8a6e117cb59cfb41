// Arguments decide: a call the catalogue lists does not wait when its
// arguments say so. 'zero-timeout': a constant zero timeout returns at once
// (sleep_for(0s), poll(fds, n, 0), wait_for(0s) used as a readiness test).
// 'unless-flag': MSG_DONTWAIT, WNOHANG, LOCK_NB on this one call.
// 'only-with': fcntl waits only for F_SETLKW, flock only for LOCK_EX or
// LOCK_SH. 'unless-datagram' and 'unless-receiver-type': connect on a
// datagram socket records the peer. The same calls with other arguments
// are still found.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <netinet/in.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

boost::asio::awaitable<void> wait_readable(int fd);

boost::asio::awaitable<void> zero_timeouts(int fd, std::future<int> &result) {
  pollfd entry{fd, POLLIN, 0};
  ::poll(&entry, 1, 0);
  std::this_thread::sleep_for(0s);
  std::this_thread::sleep_for(std::chrono::milliseconds::zero());
  ::usleep(0);
  if (result.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    co_await wait_readable(fd);
  constexpr auto NoWait = std::chrono::milliseconds(0);
  std::this_thread::sleep_for(NoWait);
  co_return;
}

boost::asio::awaitable<void> real_timeouts(int fd, std::future<int> &result,
                                           int timeout) {
  pollfd entry{fd, POLLIN, 0};
  ::poll(&entry, 1, 100);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'poll' blocks the event loop in coroutine 'real_timeouts': it performs synchronous network I/O (category 'network')
  ::poll(&entry, 1, timeout);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'poll' blocks the event loop
  std::this_thread::sleep_for(10ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop
  result.wait_for(1s);
  // CHECK: :[[@LINE-1]]:10: warning: call to 'std::future<int>::wait_for' blocks the event loop
  co_return;
}

boost::asio::awaitable<void> flags(int fd) {
  char buffer[512];
  co_await wait_readable(fd);
  ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
  const int Quiet = MSG_DONTWAIT | MSG_NOSIGNAL;
  ::send(fd, buffer, sizeof buffer, Quiet);
  ::waitpid(-1, nullptr, WNOHANG);
  ::recv(fd, buffer, sizeof buffer, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'recv' blocks the event loop
  ::send(fd, buffer, sizeof buffer, MSG_NOSIGNAL);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'send' blocks the event loop
  ::waitpid(-1, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'waitpid' blocks the event loop in coroutine 'flags': it waits for a child process (category 'process')
}

boost::asio::awaitable<void> file_locks(int fd, int command) {
  struct flock region {};
  ::fcntl(fd, F_SETLKW, &region);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'fcntl' blocks the event loop in coroutine 'file_locks': it waits for another thread (category 'sync-wait')
  // CHECK: :[[@LINE-2]]:3: note: take the lock with F_SETLK and retry on a timer, or lock on a worker thread
  ::fcntl(fd, F_SETLK, &region);
  ::fcntl(fd, F_GETFL);
  ::fcntl(fd, command, &region);
  ::flock(fd, LOCK_EX);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'flock' blocks the event loop
  ::flock(fd, LOCK_EX | LOCK_NB);
  ::flock(fd, LOCK_UN);
  ::lockf(fd, F_TLOCK, 0);
  ::lockf(fd, F_LOCK, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'lockf' blocks the event loop
  co_return;
}

boost::asio::awaitable<void> datagrams(const sockaddr_in &peer) {
  int udp = ::socket(AF_INET, SOCK_DGRAM, 0);
  ::connect(udp, reinterpret_cast<const sockaddr *>(&peer), sizeof peer);
  int tcp = ::socket(AF_INET, SOCK_STREAM, 0);
  ::connect(tcp, reinterpret_cast<const sockaddr *>(&peer), sizeof peer);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'connect' blocks the event loop in coroutine 'datagrams'
  co_return;
}

boost::asio::awaitable<void>
asio_datagrams(boost::asio::ip::udp::socket &udp, boost::asio::ip::tcp::socket &tcp,
               const boost::asio::ip::udp::endpoint &to,
               const boost::asio::ip::tcp::endpoint &server) {
  udp.connect(to);
  tcp.connect(server);
  // CHECK: :[[@LINE-1]]:7: warning: call to 'boost::asio::ip::tcp::socket::connect' blocks the event loop in coroutine 'asio_datagrams'
  co_return;
}
