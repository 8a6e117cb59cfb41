// A mock of yalantinglibs' / cinatra's vendored <ylt/coro_io/coro_io.hpp>
// (included with -I): coro_io::post(func) runs func on the global pool of
// io_contexts reserved for blocking work, through a helper whose lambda is
// posted to that pool's executor, as coro_io does. Declarations mirror
// coro_io; bodies are the test's own.
#pragma once
#include <asio.hpp>
#include <async_simple/Executor.h>
#include <async_simple/coro/Lazy.h>
#include <functional>
#include <type_traits>
#include <utility>

namespace coro_io {
template <typename ExecutorImpl = asio::io_context::executor_type>
class ExecutorWrapper : public async_simple::Executor {
public:
  explicit ExecutorWrapper(ExecutorImpl executor) : executor_(executor) {}
  bool schedule(Func func) override {
    asio::dispatch(executor_, std::move(func));
    return true;
  }
  auto get_asio_executor() const { return executor_; }

private:
  ExecutorImpl executor_;
};

inline ExecutorWrapper<> *get_global_block_executor() {
  static ExecutorWrapper<> *block = nullptr;
  return block;
}

template <typename R, typename Func, typename Executor> struct post_helper {
  void operator()(std::function<void(R)> handler) {
    asio::post(e, [this, handler]() { handler(func()); });
  }
  Executor e;
  Func func;
};

template <typename Func, typename Executor>
inline async_simple::coro::Lazy<std::invoke_result_t<Func>> post(Func func,
                                                                 Executor executor) {
  post_helper<std::invoke_result_t<Func>, Func, Executor> helper{
      executor, std::move(func)};
  helper([](std::invoke_result_t<Func>) {});
  co_return std::invoke_result_t<Func>();
}

template <typename Func>
inline async_simple::coro::Lazy<std::invoke_result_t<Func>>
post(Func func, ExecutorWrapper<> *e = get_global_block_executor()) {
  co_return co_await coro_io::post(std::move(func), e->get_asio_executor());
}
} // namespace coro_io
