// CPU-heavy loops in event-loop code, with the estimate and the bounds
// that make it: the seed counting loop, nested numeric kernels, shifts and
// constexpr bounds, and calls into functions of the same file.
// RUN: %check_both_fronts --checks='-*,stall-cpu-heavy-loop' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <vector>

constexpr int N = 1000;
constexpr long Limit = 10'000'000;

boost::asio::awaitable<long> count_to_ten_million() {
  long sum = 0;
  for (long i = 0; i < Limit; ++i)
    sum += i;
  // CHECK: :[[@LINE-2]]:3: warning: loop runs about 1.0e7 iterations without suspending, stalling the event loop in coroutine 'count_to_ten_million' [stall-cpu-heavy-loop]
  // CHECK: :[[@LINE-3]]:24: note: this loop runs 1.0e7 times: its bound is 'Limit'
  // CHECK: :[[@LINE-6]]:30: note: coroutine 'count_to_ten_million' begins here
  // CHECK: :[[@LINE-5]]:3: note: offload it with 'co_await boost::asio::co_spawn(pool, work, boost::asio::use_awaitable)' on a 'boost::asio::thread_pool', or yield every few thousand iterations with 'co_await boost::asio::post(executor, boost::asio::use_awaitable)'
  co_return sum;
}

boost::asio::awaitable<void> matrix_multiply(const double *a, const double *b, double *c) {
  for (int i = 0; i < N; ++i)
    for (int j = 0; j < N; ++j)
      for (int k = 0; k < N; ++k)
        c[i * N + j] += a[i * N + k] * b[k * N + j];
  // CHECK: :[[@LINE-4]]:3: warning: loop runs about 1.0e9 iterations without suspending
  // CHECK: :[[@LINE-5]]:23: note: this loop runs 1.0e3 times: its bound is 'N'
  // CHECK: :[[@LINE-5]]:25: note: an inner loop runs 1.0e3 times: its bound is 'N'
  // CHECK: :[[@LINE-5]]:27: note: an inner loop runs 1.0e3 times: its bound is 'N'
  co_return;
}

boost::asio::awaitable<int> sieve() {
  std::vector<bool> composite(Limit);
  int primes = 0;
  for (long i = 2; i < Limit; ++i) {
    // CHECK: :[[@LINE-1]]:3: warning: loop runs about 1.0e7 iterations x ~16 operations (an inner loop of unknown length) without suspending
    if (composite[i])
      continue;
    ++primes;
    for (long j = i * i; j < Limit; j += i) // start unknown: 16 iterations
      composite[j] = true;
  }
  co_return primes;
}

boost::asio::awaitable<long> shifted() {
  long sum = 0;
  for (unsigned i = 0; i < (1u << 24); ++i)
    sum += i;
  // CHECK: :[[@LINE-2]]:3: warning: loop runs about 1.7e7 iterations without suspending
  // CHECK: :[[@LINE-3]]:28: note: this loop runs 1.7e7 times: its bound is '(1u << 24)'
  co_return sum;
}

double checksum(const double *row) {
  double s = 0;
  for (int k = 0; k < 4 * N; ++k)
    s += row[k];
  return s;
}

boost::asio::awaitable<double> through_a_helper(const double *rows) {
  double total = 0;
  for (int r = 0; r < N; ++r)
    total += checksum(rows + r * N);
  // CHECK: :[[@LINE-2]]:3: warning: loop runs about 1.0e3 iterations x ~4000 operations (a call to 'checksum') without suspending
  // CHECK: :[[@LINE-3]]:23: note: this loop runs 1.0e3 times: its bound is 'N'
  // CHECK: :[[@LINE-3]]:14: note: each call to 'checksum' costs about 4000 operations
  co_return total;
}

// Not event-loop code: a helper nothing hands to the loop.
long offline() {
  long s = 0;
  for (long i = 0; i < Limit; ++i)
    s += i;
  return s;
}
