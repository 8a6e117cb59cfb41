// The context model on the real Debian Boost.Asio headers: completion
// handlers, post/dispatch/defer on an io_context or a strand of it are on
// the loop; on a thread_pool or a strand of it they are not.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %boost_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <thread>

namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;

class session {
public:
  explicit session(tcp::socket socket) : socket_(std::move(socket)) {}
  void start() {
    socket_.async_read_some(asio::buffer(data_),
                            [this](boost::system::error_code, std::size_t n) {
                              std::ofstream log("read.log", std::ios::app);
                              // CHECK: :[[@LINE-1]]:45: warning: construction of 'std::ofstream' blocks the event loop in a lambda
                              // CHECK: :[[@LINE+3]]:35: note: call to 'std::basic_ostream<char>::operator<<' on 'log' blocks here too
                              // CHECK: :[[@LINE-5]]:13: note: the lambda is the completion handler of 'boost::asio::basic_stream_socket::async_read_some' here, which runs it on the event loop
                              // CHECK: :[[@LINE-4]]:45: note: offload it to a 'boost::asio::thread_pool': 'boost::asio::post(pool, work)'
                              log << n;
                            });
  }

private:
  tcp::socket socket_;
  char data_[1024];
};

void timers(asio::io_context &io, asio::thread_pool &pool) {
  asio::steady_timer timer(io, 10ms);
  timer.async_wait([](boost::system::error_code) {
    std::this_thread::sleep_for(10ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:9: note: the lambda is the completion handler of 'boost::asio::basic_waitable_timer::async_wait' here
    // CHECK: :[[@LINE-3]]:5: note: use the asynchronous 'boost::asio::steady_timer::async_wait' instead, with a completion handler
  });
  asio::post(io, [] {
    std::this_thread::sleep_for(10ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
  });
  auto strand = asio::make_strand(io);
  asio::dispatch(strand, [] {
    std::this_thread::sleep_for(10ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
  });
  asio::defer(io.get_executor(), [] {
    std::this_thread::sleep_for(10ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
  });

  // Offloaded: silent.
  asio::post(pool, [] { std::this_thread::sleep_for(10ms); });
  asio::post(pool.get_executor(), [] { std::this_thread::sleep_for(10ms); });
  asio::post(asio::make_strand(pool), [] { std::this_thread::sleep_for(10ms); });
  std::thread([] { std::this_thread::sleep_for(10ms); }).join();
}
