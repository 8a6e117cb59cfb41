// A library of coroutine templates that call the user's callables, as
// async_simple's and cppcoro's algorithms do. On the include path with -I:
// not the user's code unless the header filter takes it in.
#pragma once
#include <boost/asio.hpp>
#include <utility>

namespace lazylib {
namespace detail {
template <class F> void invoke(F &Function) { Function(); }
} // namespace detail

/// Runs the callable on the awaiting coroutine's executor.
template <class F> boost::asio::awaitable<void> run(F Function) {
  Function();
  co_return;
}

/// The same, through one more library frame.
template <class F> boost::asio::awaitable<void> run_wrapped(F Function) {
  detail::invoke(Function);
  co_return;
}

/// Calls the callable with a value and returns what it computes.
template <class F> boost::asio::awaitable<long> compute(F Function) {
  co_return Function(10'000'000L);
}
} // namespace lazylib
