// Completion handlers of asynchronous operations run on the event loop:
// lambdas, named functions and lambdas held in variables, recognised from
// the asio::completion_token_for constraint on the operation's declaration.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error|note}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

namespace net = boost::asio;
using namespace std::chrono_literals;

void on_timer(net::error_code) {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in function 'on_timer': it sleeps the thread (category 'sleep') [stall-blocking-call]
  // CHECK: :[[@LINE+13]]:9: note: 'on_timer' is the completion handler of 'boost::asio::basic_waitable_timer::async_wait' here, which runs it on the event loop
  // CHECK: :[[@LINE-3]]:3: note: use the asynchronous 'boost::asio::steady_timer::async_wait' instead, with a completion handler
}

void start(net::io_context &io, net::ip::tcp::socket &socket, char (&data)[64]) {
  socket.async_read_some(net::buffer(data), [](net::error_code, std::size_t) {
    std::this_thread::sleep_for(1ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda: it sleeps the thread (category 'sleep') [stall-blocking-call]
    // CHECK: :[[@LINE-3]]:10: note: the lambda is the completion handler of 'boost::asio::basic_stream_socket::async_read_some' here, which runs it on the event loop
    // CHECK: :[[@LINE-3]]:5: note: use the asynchronous 'boost::asio::steady_timer::async_wait' instead, with a completion handler
  });

  net::steady_timer timer(io);
  timer.async_wait(on_timer);

  auto on_read = [](net::error_code, std::size_t) {
    std::this_thread::sleep_for(1ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    // CHECK: :[[@LINE+3]]:3: note: the lambda is the completion handler of 'boost::asio::async_read' here
    // CHECK: :[[@LINE-3]]:5: note: use the asynchronous
  };
  net::async_read(socket, net::buffer(data), on_read);
}

// Not handed to anything: not known to run on the loop, not flagged.
void helper() { std::this_thread::sleep_for(1ms); }
auto stored = [] { std::this_thread::sleep_for(1ms); };
