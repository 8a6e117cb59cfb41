// Mock of the Asio API shapes stallcheck cares about, parsed in a fraction
// of the time of the real headers. Included by boost/asio.hpp (namespace
// boost::asio) and asio.hpp (namespace asio) with STALL_MOCK_ASIO_NS set.
// The real Debian Boost.Asio headers are covered by *-real-boost-asio tests.
#include <chrono>
#include <coroutine>
#include <cstddef>
#include <memory>
#include <string>
#include <type_traits>

namespace STALL_MOCK_ASIO_NS {

class any_io_executor {};

namespace detail {
template <class T> struct awaitable_promise_base {
  void return_value(T) {}
};
template <> struct awaitable_promise_base<void> {
  void return_void() {}
};
} // namespace detail

template <class T = void, class Executor = any_io_executor> class awaitable {
public:
  struct promise_type : detail::awaitable_promise_base<T> {
    awaitable get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() {}
  };
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume();
};

struct use_awaitable_t {};
inline constexpr use_awaitable_t use_awaitable;
namespace this_coro {
struct executor_t {};
inline constexpr executor_t executor;
} // namespace this_coro
struct detached_t {};
inline constexpr detached_t detached;
struct error_code {};

// As in Asio under C++20: completion tokens are constrained by this concept,
// which is how stallcheck recognises completion handlers.
template <class Token, class... Signatures>
concept completion_token_for = true;

template <class Token, class Result> struct async_result {
  using return_type = void;
};
template <class Result> struct async_result<use_awaitable_t, Result> {
  using return_type = awaitable<Result>;
};
template <class Token, class Result>
using async_return_t =
    typename async_result<std::decay_t<Token>, Result>::return_type;

class io_context {
public:
  template <class Allocator, unsigned Bits> class basic_executor_type {};
  using executor_type = basic_executor_type<std::allocator<void>, 0>;
  executor_type get_executor();
  std::size_t run();
  std::size_t run_one();
  template <class D> std::size_t run_for(const D &);
  std::size_t poll();
};

class thread_pool {
public:
  template <class Allocator, unsigned Bits> class basic_executor_type {};
  using executor_type = basic_executor_type<std::allocator<void>, 0>;
  explicit thread_pool(std::size_t threads = 2);
  executor_type get_executor();
  void join();
  void wait();
};

template <class Executor> class strand {
public:
  explicit strand(const Executor &);
};
strand<io_context::executor_type> make_strand(io_context &);
strand<thread_pool::executor_type> make_strand(thread_pool &);
template <class Executor> strand<Executor> make_strand(const Executor &);

template <class Executor, completion_token_for<void()> Token>
async_return_t<Token, void> post(const Executor &, Token &&) {
  return async_return_t<Token, void>();
}
template <class Executor, completion_token_for<void()> Token>
async_return_t<Token, void> dispatch(const Executor &, Token &&) {
  return async_return_t<Token, void>();
}
template <class Executor, completion_token_for<void()> Token>
async_return_t<Token, void> defer(const Executor &, Token &&) {
  return async_return_t<Token, void>();
}

template <class Context, class F, class Token>
auto co_spawn(Context &, F &&, Token) -> awaitable<void> {
  return {};
}
template <class Context, class F, class Token>
auto co_spawn(const Context &, F &&, Token) -> awaitable<void> {
  return {};
}

template <class Clock, class Traits = void, class Executor = any_io_executor>
class basic_waitable_timer {
public:
  explicit basic_waitable_timer(io_context &);
  template <class D> void expires_after(D);
  void wait();
  template <completion_token_for<void(error_code)> Token>
  async_return_t<Token, void> async_wait(Token &&) {
  return async_return_t<Token, void>();
}
};
using steady_timer = basic_waitable_timer<std::chrono::steady_clock>;

template <class Protocol, class Executor = any_io_executor>
class basic_socket {
public:
  template <class Endpoint> void connect(const Endpoint &);
  bool non_blocking() const;
  void non_blocking(bool mode);
  template <class Endpoint, completion_token_for<void(error_code)> Token>
  async_return_t<Token, void> async_connect(const Endpoint &, Token &&) {
  return async_return_t<Token, void>();
}
};

template <class Protocol, class Executor = any_io_executor>
class basic_stream_socket : public basic_socket<Protocol, Executor> {
public:
  explicit basic_stream_socket(io_context &);
  template <class Buffers> std::size_t read_some(const Buffers &);
  template <class Buffers> std::size_t write_some(const Buffers &);
  template <class Buffers,
            completion_token_for<void(error_code, std::size_t)> Token>
  async_return_t<Token, std::size_t> async_read_some(const Buffers &,
                                                     Token &&) {
  return async_return_t<Token, std::size_t>();
}
};

template <class Protocol, class Executor = any_io_executor>
class basic_datagram_socket : public basic_socket<Protocol, Executor> {
public:
  explicit basic_datagram_socket(io_context &);
  template <class Buffers, class Endpoint>
  std::size_t send_to(const Buffers &, const Endpoint &);
};

template <class Protocol, class Executor = any_io_executor>
class basic_socket_acceptor {
public:
  explicit basic_socket_acceptor(io_context &);
  basic_stream_socket<Protocol, Executor> accept();
  template <completion_token_for<void(error_code)> Token>
  async_return_t<Token, basic_stream_socket<Protocol, Executor>>
  async_accept(Token &&) {
  return async_return_t<Token, basic_stream_socket<Protocol, Executor>>();
}
};

namespace ip {
template <class Protocol, class Executor = any_io_executor>
class basic_resolver {
public:
  explicit basic_resolver(io_context &);
  int resolve(const std::string &, const std::string &);
  template <completion_token_for<void(error_code, int)> Token>
  async_return_t<Token, int> async_resolve(const std::string &,
                                           const std::string &, Token &&) {
  return async_return_t<Token, int>();
}
};
class tcp {
public:
  using socket = basic_stream_socket<tcp>;
  using acceptor = basic_socket_acceptor<tcp>;
  using resolver = basic_resolver<tcp>;
  class endpoint {};
};
class udp {
public:
  using socket = basic_datagram_socket<udp>;
  class endpoint {};
};
} // namespace ip

struct mutable_buffer {};
template <class T> mutable_buffer buffer(T &);

template <class Stream, class Buffers>
std::size_t read(Stream &, const Buffers &);
template <class Stream, class Buffers>
std::size_t write(Stream &, const Buffers &);
template <class Stream, class Buffers,
          completion_token_for<void(error_code, std::size_t)> Token>
async_return_t<Token, std::size_t> async_read(Stream &, const Buffers &,
                                              Token &&) {
  return async_return_t<Token, std::size_t>();
}

} // namespace STALL_MOCK_ASIO_NS
