// Mock of libcoro's umbrella header <coro/coro.hpp>: namespace coro, the
// thread pool and I/O scheduler whose schedule() moves the awaiting
// coroutine onto their threads, and sync_wait. Declarations mirror libcoro
// (older releases name the scheduler io_scheduler, newer ones scheduler);
// bodies are the test's own.
#pragma once
#include "../task.hpp"
#include <chrono>
#include <coroutine>
#include <cstddef>
#include <memory>

namespace coro {

class thread_pool {
public:
  struct options {
    std::size_t thread_count = 2;
  };
  class schedule_operation {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  thread_pool();
  explicit thread_pool(options opts);
  [[nodiscard]] auto schedule() -> schedule_operation;
  template <typename return_type>
  [[nodiscard]] auto schedule(coro::task<return_type> task)
      -> coro::task<return_type>;
  [[nodiscard]] auto yield() -> schedule_operation { return schedule(); }
};

class io_scheduler {
public:
  class schedule_operation {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  static auto make_shared() -> std::shared_ptr<io_scheduler>;
  auto schedule() -> schedule_operation;
  [[nodiscard]] auto yield() -> schedule_operation;
  // As libcoro's: resumes the caller on this scheduler after the amount.
  [[nodiscard]] auto schedule_after(std::chrono::milliseconds amount)
      -> coro::task<void>;
};

class scheduler {
public:
  class schedule_operation {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  static auto make_unique() -> std::unique_ptr<scheduler>;
  auto schedule() -> schedule_operation;
  [[nodiscard]] auto yield() -> schedule_operation;
  [[nodiscard]] auto schedule_after(std::chrono::milliseconds amount)
      -> coro::task<void>;
};

template <typename awaitable_type>
auto sync_wait(awaitable_type &&a) -> int {
  return 0;
}

// when_all(tasks...): an awaitable of every task's result.
template <typename... awaitables_type>
[[nodiscard]] auto when_all(awaitables_type... awaitables)
    -> coro::task<int> {
  co_return;
}

} // namespace coro
