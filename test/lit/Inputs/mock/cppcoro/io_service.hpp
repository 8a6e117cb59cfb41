// Mock of cppcoro's <cppcoro/io_service.hpp>: the event loop a thread runs
// with process_events(); schedule() resumes the caller on that thread.
#pragma once
#include <chrono>
#include <coroutine>
#include <cstdint>

namespace cppcoro {
class io_service {
public:
  class schedule_operation {
  public:
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() const noexcept {}
  };
  class timed_schedule_operation {
  public:
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() const {}
  };
  io_service();
  schedule_operation schedule() noexcept;
  // Resumes the caller on this loop after the delay, as cppcoro's does.
  template <typename REP, typename RATIO>
  [[nodiscard]] timed_schedule_operation
  schedule_after(const std::chrono::duration<REP, RATIO> &delay);
  std::uint64_t process_events();
};
} // namespace cppcoro
