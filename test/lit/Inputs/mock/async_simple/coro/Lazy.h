// Mock of async_simple's <async_simple/coro/Lazy.h>: Lazy<T> is a lazy task
// (initial_suspend is suspend_always), as in async_simple.
#pragma once
#include "../Executor.h"
#include <coroutine>

namespace async_simple {
namespace coro {
namespace detail {
template <typename T> struct LazyPromiseBase {
  template <typename V> void return_value(V &&) {}
};
template <> struct LazyPromiseBase<void> {
  void return_void() {}
};
} // namespace detail

template <typename T = void> class [[nodiscard]] Lazy {
public:
  struct promise_type : detail::LazyPromiseBase<T> {
    Lazy get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() {}
  };
  Lazy via(Executor *ex) && { return {}; }
  template <typename F> void start(F &&callback) && {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume();
};
} // namespace coro
} // namespace async_simple
