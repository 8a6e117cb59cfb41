#include <coro/coro.hpp>
#include <cppcoro/io_service.hpp>
#include <cppcoro/task.hpp>
#include <chrono>
#include <memory>
#include <thread>

using namespace std::chrono_literals;

// The loop's own timed schedule, when its object is in reach.
cppcoro::task<> cppcoro_retry(cppcoro::io_service &io) {
  std::this_thread::sleep_for(50ms);
  co_return;
}

coro::task<> libcoro_retry(std::shared_ptr<coro::io_scheduler> scheduler) {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}

// Left alone: no scheduler in reach, and microseconds (libcoro's
// schedule_after takes milliseconds).
coro::task<> no_scheduler() {
  std::this_thread::sleep_for(5ms);
  co_return;
}

coro::task<> too_fine(std::shared_ptr<coro::io_scheduler> scheduler) {
  std::this_thread::sleep_for(std::chrono::microseconds(1500));
  co_return;
}
