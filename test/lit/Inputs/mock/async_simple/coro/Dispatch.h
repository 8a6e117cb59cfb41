// Mock of async_simple's <async_simple/coro/Dispatch.h>: co_await
// dispatch(ex) resumes the coroutine on ex.
#pragma once
#include "../Executor.h"
#include <coroutine>

namespace async_simple {
namespace coro {
namespace detail {
class DispatchAwaitable {
public:
  explicit DispatchAwaitable(Executor *ex) : ex_(ex) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() noexcept {}

private:
  Executor *ex_;
};
} // namespace detail
inline detail::DispatchAwaitable dispatch(Executor *ex) {
  return detail::DispatchAwaitable(ex);
}
} // namespace coro
} // namespace async_simple
