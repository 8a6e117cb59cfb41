// A library coroutine template that calls the user's callable stalls the
// loop with the user's code: the finding is shown at the first step of the
// chain in the user's code (where clang-tidy shows warnings), with the
// library's frames as notes. Before, it sat at the library's call, in a
// header the header filter leaves out, and was never shown.
// RUN: %check_both_fronts --checks='-*,stall-*' %s -- %mock_flags \
// RUN:   -I %inputs/library \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
//
// When the header filter takes the library in, the finding stays at the
// library's call, where the chain starts.
// RUN: %stallcheck --checks='-*,stall-blocking-call' --header-filter='lazylib' \
// RUN:   %s -- %mock_flags -I %inputs/library 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LIBRARY

#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <lazylib/run.hpp>
#include <string>
#include <thread>

namespace asio = boost::asio;
using namespace std::chrono_literals;

std::string load(const std::string &Path) {
  std::ifstream In(Path);
  std::string Text;
  In >> Text;
  return Text;
}

asio::awaitable<void> sleeps() {
  co_await lazylib::run([] { std::this_thread::sleep_for(100ms); });
  // CHECK: user-callables.cpp:[[@LINE-1]]:30: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda: it sleeps the thread (category 'sleep') [stall-blocking-call]
  // CHECK: lazylib/run.hpp:15:3: note: the lambda is called on the event loop by library code: coroutine 'lazylib::run' calls 'lambda at user-callables.cpp:[[@LINE-2]]:25' here
  // CHECK: user-callables.cpp:[[@LINE-3]]:3: note: coroutine 'lazylib::run' is awaited here by 'sleeps', which runs on the event loop
  // CHECK: user-callables.cpp:[[@LINE-4]]:30: note: use the asynchronous 'boost::asio::steady_timer::async_wait' instead, with a completion handler
}
// LIBRARY: lazylib/run.hpp:15:3: warning: call to 'lambda at {{.*}}' blocks the event loop in coroutine 'lazylib::run': it sleeps the thread through 'std::this_thread::sleep_for' (category 'sleep')

// Two library frames, and a user helper after the user's lambda: the
// finding sits at the lambda's call to the helper.
asio::awaitable<void> reads() {
  co_await lazylib::run_wrapped([] { return load("/etc/motd"); });
  // CHECK: user-callables.cpp:[[@LINE-1]]:45: warning: call to 'load' blocks the event loop in a lambda: it performs synchronous file I/O through 'std::ifstream' (category 'file-io') [stall-blocking-call]
  // CHECK: user-callables.cpp:27:17: note: 'load' constructs 'std::ifstream' here
  // CHECK: lazylib/run.hpp:21:3: note: the lambda is called on the event loop by library code: coroutine 'lazylib::run_wrapped' calls 'lazylib::detail::invoke' here
  // CHECK: lazylib/run.hpp:10:47: note: 'lazylib::detail::invoke' calls 'lambda at {{.*}}' here
  // CHECK: lazylib/run.hpp:20:49: note: coroutine 'lazylib::run_wrapped' begins here
}

// A heavy loop in the user's callable.
asio::awaitable<void> computes() {
  long Sum = co_await lazylib::compute([](long Step) {
    long Total = 0;
    for (long I = 0; I < 50'000'000L; I += 1)
      Total += I % Step;
    return Total;
  });
  // CHECK: user-callables.cpp:[[@LINE-4]]:5: warning: loop runs about 5.0e7 iterations without suspending, stalling the event loop in a lambda [stall-cpu-heavy-loop]
  // CHECK: lazylib/run.hpp:27:13: note: the lambda is called on the event loop by library code: coroutine 'lazylib::compute' calls 'lambda at {{.*}}' here
  // CHECK: user-callables.cpp:[[@LINE-8]]:14: note: coroutine 'lazylib::compute' is awaited here by 'computes', which runs on the event loop
  (void)Sum;
}

// Each instance of the template is its own finding, at its own lambda.
asio::awaitable<void> two_instances() {
  co_await lazylib::run([] { std::this_thread::sleep_for(1s); });
  // CHECK: user-callables.cpp:[[@LINE-1]]:30: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
  co_await lazylib::run([] { std::ifstream In("/etc/hosts"); });
  // CHECK: user-callables.cpp:[[@LINE-1]]:44: warning: construction of 'std::ifstream' blocks the event loop in a lambda
}

// A callable the user hands to the library that does not block: nothing.
asio::awaitable<void> quiet() {
  co_await lazylib::run([] { return 1 + 1; });
}
