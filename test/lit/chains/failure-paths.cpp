// Chains follow what a program does when nothing went wrong: not a test
// framework's assertion internals or a logging library's file handling
// (catalogue 'not-followed' defaults), not a branch that ends the process, not
// a branch marked unlikely or a function marked cold, not a helper the user
// marked STALLCHECK_NOT_BLOCKING or a namespace a catalogue lists under
// 'not-followed'. Real blocking work in the user's own headers, three calls
// down, is still found.
// RUN: %check_both_fronts --checks='-*,stall-*' %s -- %mock_flags \
// RUN:   -I%inputs/vendored -I%inputs/chains -I%srcroot/include \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DEFAULT --implicit-check-not="{{warning|error}}:"
// RUN: %check_both_fronts --checks='-*,stall-*' \
// RUN:   --config="{CheckOptions: {Catalogue: '%inputs/chains/not-followed.yaml'}}" \
// RUN:   %s -- %mock_flags -I%inputs/vendored -I%inputs/chains -I%srcroot/include \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <atomic>
#include <boost/asio.hpp>
#include <cstdlib>
#include <fstream>
#include <logger.h>
#include <stallcheck/annotations.h>
#include <storage.h>
#include <thread>

namespace legacy {
inline void sync_cache() { std::ofstream("cache.bin") << 1; }
} // namespace legacy

STALLCHECK_NOT_BLOCKING inline void audit(const std::string &event) {
  std::ofstream("audit.log", std::ios::app) << event;
}

[[gnu::cold]] void dump_state() { std::ofstream("state.dump") << "state"; }

boost::asio::awaitable<void> session(int code) {
  app::logger().write(app::Severity::info, "session started");
  audit("started");
  if (code < 0)
    dump_state();
  // Where the process ends, nothing stalls anything any more.
  if (code == 42) {
    std::ofstream("crash.log") << "fatal";
    std::abort();
  }
  // A direct call on an unlikely branch still runs on the loop when taken.
  if (code == 7) [[unlikely]] {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'session'
  }
  std::string state = app::load_state();
  // CHECK: :[[@LINE-1]]:23: warning: call to 'app::load_state' blocks the event loop in coroutine 'session': it performs synchronous file I/O through 'std::ifstream', 3 calls down (category 'file-io') [stall-blocking-call]
  // CHECK: storage.h:16:42: note: 'app::load_state' calls 'app::parse_file' here
  // CHECK: storage.h:14:10: note: 'app::parse_file' calls 'app::read_all' here
  // CHECK: storage.h:8:17: note: 'app::read_all' constructs 'std::ifstream' here
  app::logger().flush();
  // CHECK: :[[@LINE-1]]:17: warning: call to 'app::Logger::flush' blocks the event loop in coroutine 'session': it performs synchronous file I/O through 'std::ofstream' (category 'file-io') [stall-blocking-call]
  legacy::sync_cache();
  // DEFAULT: :[[@LINE-1]]:3: warning: call to 'legacy::sync_cache' blocks the event loop
  co_return;
}

template <bool Verbose> boost::asio::awaitable<void> report() {
  if constexpr (Verbose)
    std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
template boost::asio::awaitable<void> report<false>();

// doctest's CHECK, a lambda called in place, whose ResultBuilder reads
// /proc/self/status when the assertion failed.
#include <doctest/doctest.h>
boost::asio::awaitable<void> doctest_case(int value) {
  CHECK(value == 3);
  REQUIRE(value > 0);
  co_return;
}
#undef CHECK
#undef REQUIRE

// Catch2's REQUIRE, `do { ... } while ((void)0, (false) && ...)` runs once;
// an atomic in the expression is no spin.
#include <catch2/catch_amalgamated.hpp>
boost::asio::awaitable<void> catch2_case(std::atomic<int> &counter) {
  REQUIRE(counter == 3);
  CHECK(counter.load() > 0);
  co_return;
}

// A logging library (easylog, spdlog, ...): records are queued or buffered;
// the synchronous file write is the user's configuration.
#include <ylt/easylog.hpp>
boost::asio::awaitable<void> logs(int request) {
  ELOG_INFO("request " + std::to_string(request));
  co_return;
}

// GoogleTest's EXPECT_TRUE
#include <gtest/gtest.h>
boost::asio::awaitable<void> gtest_case(bool ok) {
  EXPECT_TRUE(ok);
  co_return;
}
