// STALLCHECK_BLOCKING: what chains cannot see through (virtual calls,
// functions without a body here) marked blocking in the code itself. A call
// to a marked function is a finding directly and at the end of a chain;
// the mark holds for overrides, constructors and template members; a
// misspelt category is reported at the mark, not silently ignored.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags -I%srcroot/include \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <memory>
#include <stallcheck/annotations.h>
#include <string>

namespace rpc {
struct Channel {
  virtual ~Channel() = default;
  STALLCHECK_BLOCKING("network") virtual std::string call(const std::string &request) = 0;
  virtual void close() = 0;
};
struct TcpChannel final : Channel {
  std::string call(const std::string &request) override { return request; }
  void close() override {}
};
// A library function without a body in this translation unit.
STALLCHECK_BLOCKING("file-io") std::string read_all(const char *path);

struct Connection {
  STALLCHECK_BLOCKING("network") explicit Connection(const std::string &host);
  Connection() = default;
};

template <class T> struct Cache {
  STALLCHECK_BLOCKING("sync-wait") T wait_for_fill();
};

// Not marked: the same names elsewhere are not blocking.
struct Local {
  std::string call(const std::string &request) { return request; }
};
} // namespace rpc

std::string ask(rpc::Channel &channel) { return channel.call("ping"); }
std::string ask_twice(rpc::Channel &channel) { return ask(channel) + ask(channel); }

boost::asio::awaitable<void> session(std::unique_ptr<rpc::Channel> channel,
                                     rpc::TcpChannel &tcp, rpc::Local &local,
                                     rpc::Cache<int> &cache) {
  std::string reply = channel->call("hello");
  // CHECK: :[[@LINE-1]]:32: warning: call to 'rpc::Channel::call' blocks the event loop in coroutine 'session': it performs synchronous network I/O (category 'network')
  // CHECK: :17:3: note: 'rpc::Channel::call' is marked blocking here
  // CHECK: note: coroutine 'session' begins here
  // CHECK: note: offload it to a 'boost::asio::thread_pool'
  channel->close();
  reply = tcp.call("hello");
  // CHECK: :[[@LINE-1]]:15: warning: call to 'rpc::TcpChannel::call' blocks the event loop in coroutine 'session': it performs synchronous network I/O (category 'network')
  // CHECK: :17:3: note: 'rpc::Channel::call' is marked blocking here
  reply = local.call("hello");
  reply = rpc::read_all("config.txt");
  // CHECK: :[[@LINE-1]]:11: warning: call to 'rpc::read_all' blocks the event loop in coroutine 'session': it performs synchronous file I/O (category 'file-io')
  // CHECK: :25:1: note: 'rpc::read_all' is marked blocking here
  rpc::Connection connection("example.org");
  // CHECK: :[[@LINE-1]]:19: warning: construction of 'rpc::Connection' blocks the event loop in coroutine 'session': it performs synchronous network I/O (category 'network')
  // CHECK: :28:3: note: 'rpc::Connection::Connection' is marked blocking here
  rpc::Connection idle;
  int filled = cache.wait_for_fill();
  // CHECK: :[[@LINE-1]]:22: warning: call to 'rpc::Cache<int>::wait_for_fill' blocks the event loop in coroutine 'session': it waits for another thread (category 'sync-wait')
  // CHECK: :33:3: note: 'rpc::Cache<int>::wait_for_fill' is marked blocking here
  reply = ask_twice(*channel);
  // CHECK: :[[@LINE-1]]:11: warning: call to 'ask_twice' blocks the event loop in coroutine 'session': it performs synchronous network I/O through 'rpc::Channel::call', 2 calls down (category 'network')
  // CHECK: :43:55: note: 'ask_twice' calls 'ask' here
  // CHECK: :42:57: note: 'ask' calls 'rpc::Channel::call' here
  (void)filled;
  co_return;
}

// Outside event-loop code the marks report nothing.
int main() {
  rpc::TcpChannel tcp;
  return ask(tcp).size() > 0 ? 0 : 1;
}

namespace bad {
STALLCHECK_BLOCKING("netwrok") void fetch();
// CHECK: :[[@LINE-1]]:1: warning: unknown category 'netwrok' in STALLCHECK_BLOCKING; the mark on 'bad::fetch' is ignored (known categories: sleep, sync-wait, file-io, network, process, console, lock)
[[clang::annotate("stallcheck::blocking")]] void poll();
// CHECK: :[[@LINE-1]]:3: warning: STALLCHECK_BLOCKING takes one category name, a string literal; the mark on 'bad::poll' is ignored
} // namespace bad

boost::asio::awaitable<void> uses_bad_marks() {
  bad::fetch();
  bad::poll();
  co_return;
}
