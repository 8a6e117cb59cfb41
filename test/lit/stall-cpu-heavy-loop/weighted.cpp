// The cost model weighs each iteration by what its body does: a loop below
// 10^6 iterations that formats strings, grows containers, allocates and
// clears large buffers, or calls a helper with a loop of its own holds the
// loop thread as long as a 10^7 counting loop. Cheap bodies stay silent, as
// do loops that suspend every so often, and calls to lazy coroutines, whose
// bodies run where they are awaited.
// RUN: %check_both_fronts --checks='-*,stall-cpu-heavy-loop' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <cstring>
#include <string>
#include <vector>

boost::asio::awaitable<void> export_rows(std::vector<std::string> &rows) {
  for (int i = 0; i < 90'000; ++i)
    rows.push_back(std::to_string(i));
  // CHECK: :[[@LINE-2]]:3: warning: loop runs about 9.0e4 iterations x ~35 operations (std::to_string, vector growth) without suspending, stalling the event loop in coroutine 'export_rows'
  // CHECK: :[[@LINE-3]]:23: note: this loop runs 9.0e4 times: its bound is '90'000'
  co_return;
}

boost::asio::awaitable<int> count_primes() {
  int primes = 0;
  for (int n = 2; n < 100'000; ++n) {
    bool prime = true;
    for (int d = 2; d * d <= n; ++d)
      if (n % d == 0) {
        prime = false;
        break;
      }
    primes += prime;
  }
  // CHECK: :[[@LINE-9]]:3: warning: loop runs about 1.0e5 iterations x ~16 operations (an inner loop of unknown length) without suspending
  co_return primes;
}

boost::asio::awaitable<void> scrub_buffers() {
  for (int i = 0; i < 1024; ++i)
    for (int j = 0; j < 100; ++j) {
      char *block = new char[150'000];
      std::memset(block, 0, 150'000);
      delete[] block;
    }
  // CHECK: :[[@LINE-6]]:3: warning: loop runs about 1.0e5 iterations x ~4737 operations (memset, allocation) without suspending
  // CHECK: :[[@LINE-7]]:23: note: this loop runs 1.0e3 times: its bound is '1024'
  // CHECK: :[[@LINE-7]]:25: note: an inner loop runs 1.0e2 times: its bound is '100'
  co_return;
}

int drain(std::vector<int> &queue) {
  int total = 0;
  while (!queue.empty()) {
    total += queue.back();
    queue.pop_back();
  }
  return total;
}
boost::asio::awaitable<void> drain_all(std::vector<int> *queues) {
  for (int i = 0; i < 1'000'000; ++i)
    drain(queues[i]);
  // CHECK: :[[@LINE-2]]:3: warning: loop runs about 1.0e6 iterations x ~16 operations (a call to 'drain') without suspending
  // CHECK: :[[@LINE-2]]:5: note: each call to 'drain' costs about 16 operations
  co_return;
}

// Cheap: 10^4 appends, 10^3 conversions.
boost::asio::awaitable<void> cheap(std::vector<int> &values,
                                   std::vector<std::string> &names) {
  for (int i = 0; i < 10'000; ++i)
    values.push_back(i);
  for (int i = 0; i < 1'000; ++i)
    names.push_back(std::to_string(i));
  co_return;
}

// Chunked: it suspends every 4096 iterations.
boost::asio::awaitable<void>
chunked(std::vector<std::string> &rows,
        boost::asio::io_context::executor_type executor) {
  for (int i = 0; i < 10'000'000; ++i) {
    rows.push_back(std::to_string(i));
    if (i % 4096 == 0)
      co_await boost::asio::post(executor, boost::asio::use_awaitable);
  }
}

// Calling a lazy coroutine creates its frame; its loop runs where it is
// awaited (and is reported there, as loop code of its own).
boost::asio::awaitable<void> step(int shard) {
  long sum = 0;
  for (long i = 0; i < 10'000'000; ++i)
    sum += i * shard;
  // CHECK: :[[@LINE-2]]:3: warning: loop runs about 1.0e7 iterations without suspending, stalling the event loop in coroutine 'step'
  co_return;
}
boost::asio::awaitable<void> plan(std::vector<boost::asio::awaitable<void>> &steps) {
  for (int shard = 0; shard < 100'000; ++shard)
    steps.push_back(step(shard));
  co_return;
}
