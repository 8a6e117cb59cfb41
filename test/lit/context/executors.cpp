// post, dispatch and defer run a callable where their target runs it: an
// io_context, its executor or a strand of it is the event loop; a
// thread_pool, its executor or a strand of it is a worker; an executor of
// unknown kind (any_io_executor) is undecided and not flagged.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <asio.hpp>
#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <thread>

namespace net = boost::asio;
using namespace std::chrono_literals;

void on_the_loop(net::io_context &io) {
  net::post(io, [] {
    std::this_thread::sleep_for(1ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:3: note: the lambda is handed to 'boost::asio::post' here, which runs it on the event loop
    // CHECK: :[[@LINE-3]]:5: note: use the asynchronous 'boost::asio::steady_timer::async_wait' instead, with a completion handler
  });
  net::dispatch(io.get_executor(), [] {
    std::ifstream in("x");
    // CHECK: :[[@LINE-1]]:19: warning: construction of 'std::ifstream' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:3: note: the lambda is handed to 'boost::asio::dispatch' here
    // CHECK: :[[@LINE-3]]:19: note: offload it to a 'boost::asio::thread_pool': 'boost::asio::post(pool, work)', where 'work' is a lambda that makes the call
  });
  auto strand = net::make_strand(io);
  net::defer(strand, [] {
    std::this_thread::sleep_for(1ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:3: note: the lambda is handed to 'boost::asio::defer' here
  });
}

void standalone(asio::io_context &io) {
  asio::post(io, [] {
    std::this_thread::sleep_for(1ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:3: note: the lambda is handed to 'asio::post' here
  });
}

// The advice, applied: silent.
void offloaded(net::thread_pool &pool, net::any_io_executor unknown) {
  net::post(pool, [] { std::this_thread::sleep_for(1ms); });
  net::post(pool.get_executor(), [] { std::ifstream in("x"); });
  net::dispatch(net::make_strand(pool), [] { std::this_thread::sleep_for(1ms); });
  auto work = [] { std::this_thread::sleep_for(1ms); };
  net::post(pool, work);
  net::post(unknown, [] { std::this_thread::sleep_for(1ms); });
}
