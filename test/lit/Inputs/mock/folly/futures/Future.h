// Mock of folly's <folly/futures/Future.h>: get() and wait() block the
// calling thread until the value is there.
#pragma once

namespace folly {
namespace futures {
namespace detail {
template <class T> class FutureBase {
public:
  bool isReady() const;
};
} // namespace detail
} // namespace futures
template <class T> class SemiFuture : private futures::detail::FutureBase<T> {
public:
  T get() &&;
  SemiFuture<T> &wait() &;
};
template <class T> class Future : private futures::detail::FutureBase<T> {
public:
  T get() &&;
  Future<T> &wait() &;
  T value() const &;
};
} // namespace folly
