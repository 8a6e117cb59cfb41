// Mock of folly's coroutine Task (<folly/coro/Task.h>): a lazy task;
// co_withExecutor(executor, task) and task.scheduleOn(executor) run the
// task on that executor. Bodies are the test's own.
#pragma once
#include "../Executor.h"
#include <coroutine>
#include <utility>

namespace folly {
namespace coro {
template <typename T = void> class TaskWithExecutor {
public:
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
template <typename T = void> class Task {
public:
  struct promise_type {
    Task get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
  TaskWithExecutor<T> scheduleOn(Executor::KeepAlive<> executor) && {
    return {};
  }
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
template <typename T>
TaskWithExecutor<T> co_withExecutor(Executor::KeepAlive<> executor,
                                    Task<T> task) {
  return {};
}
template <typename Awaitable> auto blockingWait(Awaitable &&awaitable) -> int {
  return 0;
}
} // namespace coro
} // namespace folly
