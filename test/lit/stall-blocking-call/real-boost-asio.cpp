// The real Debian Boost.Asio headers: the API shapes users compile against.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %boost_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;

asio::awaitable<void> session(tcp::socket socket) {
  char data[1024];
  std::this_thread::sleep_for(100ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'session': it sleeps the thread (category 'sleep') [stall-blocking-call]
  // CHECK: :[[@LINE-4]]:23: note: coroutine 'session' begins here
  // CHECK: :[[@LINE-3]]:3: note: use the asynchronous 'boost::asio::steady_timer::async_wait' instead and co_await it with 'boost::asio::use_awaitable'
  std::size_t n = socket.read_some(asio::buffer(data));
  // CHECK: :[[@LINE-1]]:26: warning: call to 'tcp::socket::read_some' blocks the event loop in coroutine 'session': it performs synchronous network I/O (category 'network') [stall-blocking-call]
  // CHECK: :[[@LINE-8]]:23: note: coroutine 'session' begins here
  // CHECK: :[[@LINE-3]]:26: note: use the asynchronous 'boost::asio::basic_stream_socket::async_read_some' instead
  asio::write(socket, asio::buffer(data, n));
  // CHECK: :[[@LINE-1]]:3: warning: call to 'boost::asio::write' blocks

  // The fixes are silent.
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_after(100ms);
  co_await timer.async_wait(asio::use_awaitable);
  n = co_await socket.async_read_some(asio::buffer(data), asio::use_awaitable);
  co_await asio::async_write(socket, asio::buffer(data, n), asio::use_awaitable);
}

asio::awaitable<void> resolve(tcp::resolver &resolver) {
  auto results = resolver.resolve("localhost", "80");
  // CHECK: :[[@LINE-1]]:27: warning: call to 'tcp::resolver::resolve' blocks
  (void)results;
  co_await resolver.async_resolve("localhost", "80", asio::use_awaitable);
}

int main() {
  // Outside any coroutine: this is the thread that owns the loop, before it
  // runs; blocking here is not a stall of the loop.
  std::this_thread::sleep_for(1ms);
  asio::io_context io;
  tcp::socket socket(io);
  asio::co_spawn(io, session(std::move(socket)), asio::detached);
  io.run();
}
