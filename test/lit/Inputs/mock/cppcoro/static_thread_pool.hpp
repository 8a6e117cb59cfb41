// Mock of cppcoro's <cppcoro/static_thread_pool.hpp>.
#pragma once
#include <coroutine>
#include <cstdint>

namespace cppcoro {
class static_thread_pool {
public:
  class schedule_operation {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  explicit static_thread_pool(std::uint32_t threadCount = 2);
  schedule_operation schedule() noexcept { return {}; }
};
} // namespace cppcoro
