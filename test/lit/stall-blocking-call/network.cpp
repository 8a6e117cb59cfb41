// Synchronous network calls: POSIX sockets and the synchronous overloads of
// Boost.Asio and standalone Asio. The async_* operations are what to use.
// (A finding's fix-its span the related calls it groups, so the snippet
// shows the lines between: a CHECK there spells '{{warning}}'.)
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <asio.hpp>
#include <boost/asio.hpp>
#include <netdb.h>
#include <sys/socket.h>

namespace net = boost::asio;

net::awaitable<void> posix_client(int fd, const sockaddr *addr, socklen_t len) {
  ::connect(fd, addr, len);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'connect' blocks the event loop in coroutine 'posix_client': it performs synchronous network I/O (category 'network') [stall-blocking-call]
  char buf[16];
  ::recv(fd, buf, sizeof buf, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'recv' blocks
  addrinfo *result = nullptr;
  ::getaddrinfo("example.org", "80", nullptr, &result);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'getaddrinfo' blocks
  co_return;
}

net::awaitable<void> boost_client(net::io_context &io) {
  net::ip::tcp::resolver resolver(io);
  resolver.resolve("example.org", "80");
  // CHECK: :[[@LINE-1]]:12: warning: call to 'net::ip::tcp::resolver::resolve' blocks
  net::ip::tcp::socket socket(io);
  char data[8];
  socket.read_some(net::buffer(data));
  // CHECK: :[[@LINE-1]]:10: {{warning}}: call to 'net::ip::tcp::socket::read_some' blocks
  net::read(socket, net::buffer(data));
  // CHECK: :[[@LINE-1]]:3: note: call to 'boost::asio::read' on 'socket' blocks here too
  net::steady_timer timer(io);
  timer.wait();
  // CHECK: :[[@LINE-1]]:9: warning: call to 'net::steady_timer::wait' blocks the event loop in coroutine 'boost_client': it sleeps the thread (category 'sleep')

  // The asynchronous forms are the fix.
  co_await resolver.async_resolve("example.org", "80", net::use_awaitable);
  co_await socket.async_read_some(net::buffer(data), net::use_awaitable);
  co_await net::async_read(socket, net::buffer(data), net::use_awaitable);
  co_await timer.async_wait(net::use_awaitable);
}

asio::awaitable<void> standalone_client(asio::io_context &io) {
  asio::ip::tcp::socket socket(io);
  char data[8];
  socket.write_some(asio::buffer(data));
  // CHECK: :[[@LINE-1]]:10: warning: call to 'asio::ip::tcp::socket::write_some' blocks
  asio::ip::tcp::acceptor acceptor(io);
  acceptor.accept();
  // CHECK: :[[@LINE-1]]:12: warning: call to 'asio::ip::tcp::acceptor::accept' blocks
  co_await acceptor.async_accept(asio::use_awaitable);
}
