// Mock of Seastar's <seastar/core/future.hh>: future<T> is the coroutine
// type of the reactor; get() returns the value of an available future
// (in a seastar::thread it switches fibers until it is). Declarations
// mirror Seastar; bodies are the test's own.
#pragma once
#include <coroutine>

namespace seastar {
template <typename T = void> class future {
public:
  struct promise_type {
    future get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  T get();
  void wait() noexcept;
  template <typename Func> future<> then(Func &&func) noexcept { return {}; }
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume();
};
template <typename T = void> future<T> make_ready_future() { return {}; }
} // namespace seastar
