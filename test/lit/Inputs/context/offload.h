// A user's own offload helpers, written as forwarding templates over an
// annotated entry point and over Asio executors.
#pragma once
#include <boost/asio.hpp>
#include <functional>
#include <stallcheck/annotations.h>
#include <utility>

namespace lib {
boost::asio::thread_pool &blocking_pool();
boost::asio::io_context &loop();

// Defined in another library: runs f on a pool of its own.
void run_blocking_impl(STALLCHECK_WORKER std::function<void()> f);

template <class F> void run_blocking(F &&f) {
  run_blocking_impl(std::forward<F>(f));
}

template <class F> void offload(F &&f) {
  boost::asio::post(blocking_pool(),
                    [f = std::forward<F>(f)]() mutable { f(); });
}

template <class F> void on_loop(F &&f) {
  boost::asio::post(loop(), std::forward<F>(f));
}
} // namespace lib
