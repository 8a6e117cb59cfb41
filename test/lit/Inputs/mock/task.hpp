// Mock cppcoro/libcoro-style coroutine types of a framework stallcheck does
// not know: an asynchronous task and a synchronous generator.
#pragma once
#include <coroutine>

namespace coro {

template <class T = void> class task {
public:
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  // Starts (or continues) the task on the calling thread.
  bool resume();
  bool is_ready() const noexcept;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  // As libcoro's: awaiting a task<T> yields its T.
  T await_resume();
};

template <class T> class generator {
public:
  struct promise_type {
    generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T) noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

/// Suspends and resumes on the same loop.
struct yield_now {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

} // namespace coro
