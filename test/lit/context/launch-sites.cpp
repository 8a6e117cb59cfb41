// Where a coroutine runs is decided by how it is started: a task given to
// a driver (sync_wait, syncAwait without an executor, blockingWait) runs on
// the thread that calls it, so a task run only from main(), a test or a
// std::thread is not loop code, nor are the coroutines it awaits; an eager
// coroutine (concurrencpp's result) runs in its caller. Started from loop
// code even once, it is loop code, and the note names the launch site.
// Where the launch site is not in the file (a coroutine only defined), the
// rule stays: a coroutine is loop code.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   -I%inputs/vendored | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <boost/asio.hpp>
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <thread>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>

using namespace std::chrono_literals;

// libcoro: run from main by sync_wait, directly, through a local and
// through when_all; the task it awaits runs there too.
coro::task<> load_fixture() {
  std::this_thread::sleep_for(1ms);
  co_return;
}
coro::task<> setup() {
  std::this_thread::sleep_for(1ms);
  co_await load_fixture();
  co_return;
}
coro::task<> first() {
  std::this_thread::sleep_for(1ms);
  co_return;
}
coro::task<> second() {
  std::this_thread::sleep_for(1ms);
  co_return;
}
// On a thread of its own.
coro::task<> background() {
  std::this_thread::sleep_for(1ms);
  co_return;
}

// cppcoro and async_simple the same way.
cppcoro::task<> cpp_setup() {
  std::this_thread::sleep_for(1ms);
  co_return;
}
async_simple::coro::Lazy<void> lazy_setup() {
  std::this_thread::sleep_for(1ms);
  co_return;
}

// libunifex: sync_wait is a customisation point object.
unifex::task<void> unifex_setup() {
  std::this_thread::sleep_for(1ms);
  co_return;
}

// concurrencpp: an eager coroutine runs in its caller, main.
concurrencpp::result<int> eager_load() {
  std::this_thread::sleep_for(1ms);
  co_return 1;
}

// A test that resumes a task by hand runs it on its own thread.
void resumed_by_hand() {
  auto t = []() -> coro::task<> {
    std::this_thread::sleep_for(1ms);
    co_return;
  }();
  t.resume();
}

int main() {
  coro::sync_wait(setup());
  auto task = first();
  coro::sync_wait(task);
  coro::sync_wait(coro::when_all(second()));
  std::thread worker([] { coro::sync_wait(background()); });
  cppcoro::sync_wait(cpp_setup());
  async_simple::coro::syncAwait(lazy_setup());
  unifex::sync_wait(unifex_setup());
  return eager_load().get();
}

// The twins. Started both from main and from loop code: loop code.
coro::task<> shared_step() {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'shared_step'
  // CHECK: :[[@LINE-3]]:14: note: coroutine 'shared_step' begins here
  co_return;
}
void run_shared_step() { coro::sync_wait(shared_step()); }
// Run by sync_wait on the loop's thread: loop code.
coro::task<> nested() {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'nested'
  // CHECK: :[[@LINE+7]]:3: note: coroutine 'nested' is started here by 'on_loop', which runs on the event loop
  co_return;
}
coro::task<> on_loop(coro::io_scheduler &io) {
  co_await io.schedule();
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'on_loop'
  coro::sync_wait(nested());
  // CHECK: :[[@LINE-1]]:3: warning: call to 'coro::sync_wait' blocks the event loop in coroutine 'on_loop'
  co_await shared_step();
  co_return;
}

// An eager coroutine called from a completion handler runs its body on the
// loop.
concurrencpp::result<int> eager_on_loop() {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'eager_on_loop'
  // CHECK: :[[@LINE+5]]:5: note: coroutine 'eager_on_loop' is started here by a lambda, which runs on the event loop
  co_return 1;
}
void arm(boost::asio::steady_timer &timer) {
  timer.async_wait([](boost::asio::error_code) {
    eager_on_loop();
  });
}

// Only defined, started nowhere in this file: today's rule.
coro::task<> library_task() {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'library_task'
  co_return;
}

// A lazy task created and handed back to the caller: started elsewhere.
coro::task<> returned() {
  std::this_thread::sleep_for(1ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'returned'
  co_return;
}
coro::task<> make_returned() { return returned(); }
