// Mock of libunifex's <unifex/task.hpp>: task<T>, a lazy coroutine type.
// Declarations mirror libunifex; bodies are the test's own.
#pragma once
#include <coroutine>

namespace unifex {
template <typename T> struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};
} // namespace unifex
