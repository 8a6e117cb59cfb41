// Waiting for another thread in a coroutine; members are resolved on the
// declaration and type, so unique_ptr::get and a user's Future::get are not
// std::future::get.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <barrier>
#include <boost/asio.hpp>
#include <condition_variable>
#include <future>
#include <latch>
#include <memory>
#include <mutex>
#include <semaphore>
#include <thread>

template <class T> struct Future {
  T get();
  void wait();
};

boost::asio::awaitable<int> waits(std::future<int> f, std::shared_future<int> sf,
                                  std::thread &t, std::latch &l,
                                  std::counting_semaphore<4> &s,
                                  std::binary_semaphore &b,
                                  std::condition_variable &cv,
                                  std::unique_lock<std::mutex> &lock,
                                  boost::asio::io_context &io,
                                  boost::asio::thread_pool &pool) {
  int v = f.get();
  // CHECK: :[[@LINE-1]]:13: warning: call to 'std::future<int>::get' blocks the event loop in coroutine 'waits': it waits for another thread (category 'sync-wait') [stall-blocking-call]
  sf.wait();
  // CHECK: :[[@LINE-1]]:6: warning: call to 'std::shared_future<int>::wait' blocks
  sf.wait_for(std::chrono::seconds(1));
  // CHECK: :[[@LINE-1]]:6: note: call to 'std::shared_future<int>::wait_for' on 'sf' blocks here too
  t.join();
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::thread::join' blocks
  l.wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::latch::wait' blocks
  s.acquire();
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::counting_semaphore<4>::acquire' blocks
  b.acquire();
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::binary_semaphore::acquire' blocks
  cv.wait(lock);
  // CHECK: :[[@LINE-1]]:6: warning: call to 'std::condition_variable::wait' blocks
  io.run();
  // CHECK: :[[@LINE-1]]:6: warning: call to 'boost::asio::io_context::run' blocks
  pool.join();
  // CHECK: :[[@LINE-1]]:8: warning: call to 'boost::asio::thread_pool::join' blocks
  auto answer = std::async(std::launch::async, [] { return 42; });
  v += answer.get();
  // CHECK: :[[@LINE-1]]:15: warning: call to 'std::future<int>::get' blocks
  co_return v;
}

boost::asio::awaitable<void> arrives(std::barrier<> &b) {
  b.arrive_and_wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to 'std::barrier<>::arrive_and_wait' blocks
  co_return;
}

boost::asio::awaitable<int> lookalikes(std::unique_ptr<int> p,
                                       std::shared_ptr<int> sp,
                                       Future<int> mine,
                                       boost::asio::io_context &io) {
  int *raw = p.get();
  int *shared = sp.get();
  mine.wait();
  io.poll(); // runs ready handlers only: does not block
  (void)raw;
  (void)shared;
  co_return mine.get();
}
