// Callables stored in std::function: a lambda stored into a member,
// variable, parameter or container and called through it from event-loop
// code is followed as a possible callee; the note says where it was stored.
// A lambda stored into another object, or one that does not block, is not
// reported; neither is a call through an object nothing stores a lambda in.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <functional>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

class Server {
public:
  explicit Server(std::function<void()> on_idle) : on_idle_(std::move(on_idle)) {}

  void set_on_error(std::function<void(int)> handler) {
    on_error_ = std::move(handler);
  }
  void add_hook(std::function<void()> hook) { hooks_.push_back(std::move(hook)); }

  boost::asio::awaitable<void> serve() {
    on_error_(5);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'lambda at stored-callables.cpp:57:23' blocks the event loop in coroutine 'Server::serve': it sleeps the thread through 'sleep' (category 'sleep')
    // CHECK: :57:23: note: the call through 'on_error_' may run this lambda, stored into it here
    on_idle_();
    // CHECK: :[[@LINE-1]]:5: warning: call to 'lambda at stored-callables.cpp:63:17' blocks the event loop in coroutine 'Server::serve': it sleeps the thread through 'std::this_thread::sleep_for'
    // CHECK: :63:17: note: the call through 'on_idle_' may run this lambda, stored into it here
    for (auto &hook : hooks_)
      hook();
    // CHECK: :[[@LINE-1]]:7: warning: call to 'lambda at stored-callables.cpp:58:19' blocks the event loop in coroutine 'Server::serve': it sleeps the thread through 'usleep'
    // CHECK: :58:19: note: the call through 'hook' may run this lambda, stored into it here
    on_quiet_();
    co_return;
  }

private:
  std::function<void(int)> on_error_;
  std::function<void()> on_idle_;
  std::function<void()> on_quiet_;
  std::vector<std::function<void()>> hooks_;
};

boost::asio::awaitable<void> local(std::function<void()> given) {
  std::function<void()> step = [] { ::sleep(2); };
  step();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'lambda at stored-callables.cpp:[[@LINE-2]]:32' blocks the event loop in coroutine 'local'
  given();
  co_return;
}

void configure(Server &server, std::function<void()> &elsewhere) {
  server.set_on_error([](int) { ::sleep(1); });
  server.add_hook([] { ::usleep(10); });
  elsewhere = [] { ::sleep(3); };
}

Server make() {
  return Server([] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
}
