// Mock of cppcoro's <cppcoro/task.hpp>: a lazy task (initial_suspend is
// suspend_always, as in cppcoro). Bodies are the test's own.
#pragma once
#include <coroutine>

namespace cppcoro {
template <typename T = void> class task {
public:
  struct promise_type {
    task get_return_object() noexcept { return {}; }
    auto initial_suspend() noexcept { return std::suspend_always{}; }
    auto final_suspend() noexcept { return std::suspend_always{}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
} // namespace cppcoro
