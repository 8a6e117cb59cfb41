// Mock of Seastar's <seastar/core/thread.hh>: seastar::async and
// seastar::thread run a function in a seastar thread, a stackful context on
// the reactor where future::get() suspends the thread, not the reactor.
#pragma once
#include "future.hh"

namespace seastar {
struct thread_attributes {};
class thread {
public:
  template <typename Func> thread(Func func) {}
  template <typename Func> thread(thread_attributes attr, Func func) {}
  future<> join();
};
template <typename Func, typename... Args>
auto async(Func &&func, Args &&...args) noexcept -> future<> {
  return {};
}
template <typename Func, typename... Args>
auto async(thread_attributes attr, Func &&func, Args &&...args) noexcept
    -> future<> {
  return {};
}
} // namespace seastar
