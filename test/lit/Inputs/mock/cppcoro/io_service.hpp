// Mock of cppcoro's <cppcoro/io_service.hpp>: the event loop a thread runs
// with process_events(); schedule() resumes the caller on that thread.
#pragma once
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
  io_service();
  schedule_operation schedule() noexcept;
  std::uint64_t process_events();
};
} // namespace cppcoro
