// A mock of a vendored concurrencpp (<concurrencpp/concurrencpp.h>, included
// with -I): namespace concurrencpp, result<T> coroutines (eager), the
// executors, resume_on, and executor::submit, which wraps the callable in a
// small coroutine trampoline (submit_bridge) that the executor runs, as
// concurrencpp does. Declarations mirror concurrencpp 0.1.7; bodies are the
// test's own.
#pragma once
#include <chrono>
#include <coroutine>
#include <iterator>
#include <cstddef>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace concurrencpp {
struct executor_tag {};

enum class result_status { idle, value, exception };

template <class type> class result;
namespace details {
// co_await r.resolve() resumes when r is ready and gives r back, ready.
template <class type> class resolve_awaitable {
public:
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  result<type> await_resume();
};
} // namespace details

template <class type> class result {
public:
  struct promise_type {
    result get_return_object() { return {}; }
    std::suspend_never initial_suspend() const noexcept { return {}; }
    std::suspend_always final_suspend() const noexcept { return {}; }
    template <class value_type> void return_value(value_type &&) {}
    void unhandled_exception() {}
  };
  type get() { return type(); }
  auto resolve() & { return details::resolve_awaitable<type>(); }
  auto resolve() && { return details::resolve_awaitable<type>(); }
  result_status status() const { return result_status::value; }
  void wait() const {}
  template <class duration_unit, class ratio>
  result_status wait_for(std::chrono::duration<duration_unit, ratio>) const {
    return result_status::value;
  }
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  type await_resume() { return type(); }
};
template <> struct result<void>::promise_type {
  result get_return_object() { return {}; }
  std::suspend_never initial_suspend() const noexcept { return {}; }
  std::suspend_always final_suspend() const noexcept { return {}; }
  void return_void() {}
  void unhandled_exception() {}
};
template <> inline void result<void>::get() {}
template <> inline void result<void>::await_resume() {}

template <class type>
result<type> details::resolve_awaitable<type>::await_resume() {
  return {};
}

// lazy_result<T>: a lazy coroutine type; when_all/when_any return one.
template <class type> class lazy_result {
public:
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  type await_resume() { return type(); }
};

template <class sequence_type> struct when_any_result {
  std::size_t index;
  sequence_type results;
};

template <class executor_type, class... result_types>
lazy_result<std::tuple<typename std::decay<result_types>::type...>>
when_all(std::shared_ptr<executor_type> resume_executor,
         result_types &&...results) {
  return {};
}
template <class executor_type, class iterator_type>
lazy_result<std::vector<typename std::iterator_traits<iterator_type>::value_type>>
when_all(std::shared_ptr<executor_type> resume_executor, iterator_type begin,
         iterator_type end) {
  return {};
}
template <class executor_type, class iterator_type>
lazy_result<when_any_result<
    std::vector<typename std::iterator_traits<iterator_type>::value_type>>>
when_any(std::shared_ptr<executor_type> resume_executor, iterator_type begin,
         iterator_type end) {
  return {};
}

template <class type> class shared_result {
public:
  std::add_lvalue_reference_t<type> get();
  void wait();
};

class executor {
private:
  template <class return_type, class executor_type, class callable_type,
            class... argument_types>
  static result<return_type> submit_bridge(executor_tag, executor_type &,
                                           callable_type callable,
                                           argument_types... arguments) {
    co_return callable(arguments...);
  }

protected:
  template <class executor_type, class callable_type, class... argument_types>
  auto do_submit(callable_type &&callable, argument_types &&...arguments) {
    using return_type =
        typename std::invoke_result_t<callable_type, argument_types...>;
    return submit_bridge<return_type>(
        {}, *static_cast<executor_type *>(this),
        std::forward<callable_type>(callable),
        std::forward<argument_types>(arguments)...);
  }

public:
  virtual ~executor() = default;
  template <class callable_type, class... argument_types>
  auto submit(callable_type &&callable, argument_types &&...arguments) {
    return do_submit<executor>(std::forward<callable_type>(callable),
                               std::forward<argument_types>(arguments)...);
  }
};

template <class concrete_executor_type>
class derivable_executor : public executor {
public:
  template <class callable_type, class... argument_types>
  auto submit(callable_type &&callable, argument_types &&...arguments) {
    return do_submit<concrete_executor_type>(
        std::forward<callable_type>(callable),
        std::forward<argument_types>(arguments)...);
  }
};

class thread_pool_executor final
    : public derivable_executor<thread_pool_executor> {};
class worker_thread_executor final
    : public derivable_executor<worker_thread_executor> {};
class manual_executor final : public derivable_executor<manual_executor> {};

namespace details {
template <class executor_type> class resume_on_awaitable {
public:
  explicit resume_on_awaitable(executor_type &executor) noexcept
      : m_executor(executor) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() const {}

private:
  executor_type &m_executor;
};
} // namespace details

template <class executor_type>
auto resume_on(std::shared_ptr<executor_type> executor) {
  return details::resume_on_awaitable<executor_type>(*executor);
}
template <class executor_type> auto resume_on(executor_type &executor) noexcept {
  return details::resume_on_awaitable<executor_type>(executor);
}

class runtime {
public:
  std::shared_ptr<concurrencpp::thread_pool_executor>
  thread_pool_executor() const noexcept;
  std::shared_ptr<concurrencpp::thread_pool_executor>
  background_executor() const noexcept;
  std::shared_ptr<concurrencpp::manual_executor> make_manual_executor();
};
} // namespace concurrencpp
