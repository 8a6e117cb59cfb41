// Advice that fits the call: a sleep inside a loop polls, and the loop's
// wait becomes a timer's; a call behind a helper gets its own asynchronous
// form (a UDP send_to: async_send_to), not a generic offload; an offload
// names the thread pool the code already has (a member or a parameter)
// instead of a new one.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

using namespace std::chrono_literals;

bool ready();

boost::asio::awaitable<void> poll_until_ready() {
  while (!ready())
    std::this_thread::sleep_for(50ms);
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'poll_until_ready'
  // CHECK: :[[@LINE-2]]:5: note: this loop polls: wait between attempts with a 'boost::asio::steady_timer' ('co_await timer.async_wait(boost::asio::use_awaitable)'), or await the event it polls for
  co_return;
}

void wait_for_peer() {
  for (int attempt = 0; attempt < 100 && !ready(); ++attempt)
    std::this_thread::sleep_for(10ms);
}

void send_report(boost::asio::ip::udp::socket &socket,
                 const boost::asio::ip::udp::endpoint &to) {
  char data[32] = {};
  socket.send_to(boost::asio::buffer(data), to);
}

boost::asio::awaitable<void> helpers(boost::asio::ip::udp::socket &socket,
                                     const boost::asio::ip::udp::endpoint &to) {
  wait_for_peer();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'wait_for_peer' blocks the event loop in coroutine 'helpers': it sleeps the thread through 'std::this_thread::sleep_for'
  // CHECK: :[[@LINE-2]]:3: note: this loop polls: wait between attempts with a 'boost::asio::steady_timer'
  send_report(socket, to);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'send_report' blocks the event loop in coroutine 'helpers': it performs synchronous network I/O through 'boost::asio::ip::udp::socket::send_to'
  // CHECK: :[[@LINE-2]]:3: note: use the asynchronous 'boost::asio::basic_datagram_socket::async_send_to' instead and co_await it with 'boost::asio::use_awaitable'
  co_return;
}

class Exporter {
public:
  boost::asio::awaitable<void> export_file(std::string path) {
    std::ofstream out(path);
    // CHECK: :[[@LINE-1]]:19: warning: construction of 'std::ofstream' blocks the event loop in coroutine 'Exporter::export_file'
    // CHECK: :[[@LINE-2]]:19: note: offload it to 'pool_', the thread pool this code has: 'co_await boost::asio::co_spawn(pool_, work, boost::asio::use_awaitable)', where 'work' is a coroutine lambda that makes the call
    co_return;
  }

private:
  boost::asio::thread_pool pool_;
};

boost::asio::awaitable<void> with_pool(boost::asio::thread_pool &workers) {
  std::ifstream in("data.bin");
  // CHECK: :[[@LINE-1]]:17: warning: construction of 'std::ifstream' blocks the event loop in coroutine 'with_pool'
  // CHECK: :[[@LINE-2]]:17: note: offload it to 'workers', the thread pool this code has: 'co_await boost::asio::co_spawn(workers, work, boost::asio::use_awaitable)'
  co_return;
}
