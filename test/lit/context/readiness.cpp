// A get() or wait() on a value the code already awaited does not wait: the
// result of `co_await r.resolve()`, a result named by an earlier co_await,
// the results out of a finished when_all / when_any (through std::get,
// structured bindings, members and subscripts). Seastar's future::get()
// never waits on the reactor. Each silent case has a twin that must warn.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   -I%inputs/vendored | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <concurrencpp/concurrencpp.h>
#include <future>
#include <seastar/core/future.hh>
#include <seastar/core/thread.hh>
#include <tuple>
#include <vector>

using namespace concurrencpp;

result<int> produce() { co_return 1; }

result<int> resolved(std::shared_ptr<thread_pool_executor> pool) {
  result<int> r = produce();
  result<int> done = co_await r.resolve();
  int total = done.get();
  result<int> again = produce();
  co_await again.resolve();
  total += again.get();
  total += (co_await produce().resolve()).get();
  result<int> pending = produce();
  total += pending.get();
  // CHECK: :[[@LINE-1]]:20: warning: call to 'concurrencpp::result<int>::get' blocks the event loop in coroutine 'resolved'
  co_return total;
}

result<int> gathered(std::shared_ptr<thread_pool_executor> pool) {
  auto all = co_await when_all(pool, produce(), produce());
  int total = std::get<0>(all).get() + std::get<1>(all).get();
  auto [first, second] = co_await when_all(pool, produce(), produce());
  total += first.get() + second.get();
  std::vector<result<int>> many;
  auto any = co_await when_any(pool, many.begin(), many.end());
  total += any.results[any.index].get();
  std::tuple<result<int>, result<int>> started{produce(), produce()};
  total += std::get<0>(started).get();
  // CHECK: :[[@LINE-1]]:33: warning: call to 'concurrencpp::result<int>::get' blocks the event loop in coroutine 'gathered'
  total += many.front().get();
  // CHECK: :[[@LINE-1]]:25: warning: call to 'concurrencpp::result<int>::get' blocks the event loop in coroutine 'gathered'
  co_return total;
}

// Awaiting something else does not make a future ready.
result<int> unrelated(std::future<int> f) {
  co_await produce().resolve();
  co_return f.get();
  // CHECK: :[[@LINE-1]]:15: warning: call to 'std::future<int>::get' blocks the event loop in coroutine 'unrelated'
}

// Seastar: get() outside a seastar::thread on an unavailable future is a
// programming error (it asserts); inside one it switches fibers. Never a
// reactor stall.
seastar::future<int> load() { return seastar::make_ready_future<int>(); }
int load_now() { return load().get(); }
seastar::future<> seastar_gets() {
  int value = load().get();
  value += load_now();
  co_await seastar::async([] { (void)load().get(); });
  load().wait();
  co_return;
}
