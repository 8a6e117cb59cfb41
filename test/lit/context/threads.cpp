// Callables given to std::thread, std::jthread and std::async with
// std::launch::async run on their own threads: never flagged, inside or
// outside coroutines. std::async without launch::async may run deferred,
// on whichever thread calls get(): undecided, not flagged.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <thread>

using namespace std::chrono_literals;

void sleeper() { std::this_thread::sleep_for(1ms); }

boost::asio::awaitable<void> spawns_threads() {
  std::thread t([] { std::this_thread::sleep_for(1ms); });
  std::jthread j([] { std::this_thread::sleep_for(1ms); });
  std::thread named(sleeper);
  auto f = std::async(std::launch::async, [] { std::this_thread::sleep_for(1ms); });
  auto d = std::async([] { std::this_thread::sleep_for(1ms); });
  t.detach();
  named.detach();
  co_return;
}

// A function handed both to a thread and to the loop runs on the loop too.
void twice(boost::asio::io_context &io) {
  std::thread(sleeper).detach();
  boost::asio::post(io, sleeper);
  // CHECK: :[[@LINE-17]]:18: warning: call to 'std::this_thread::sleep_for' blocks the event loop in function 'sleeper'
}
