// A mock of yalantinglibs' vendored <ylt/coro_rpc/coro_rpc_server.hpp>
// (included with -I): RPC functions are registered as template arguments
// and run on the server's I/O threads. Declarations mirror coro_rpc; bodies
// are the test's own.
#pragma once
#include <cstddef>

namespace coro_rpc {
template <typename T> struct class_type;
template <typename R, typename C, typename... A> struct class_type<R (C::*)(A...)> {
  using type = C;
};
template <typename T> using class_type_t = typename class_type<T>::type;

template <typename server_config> class coro_rpc_server_base {
public:
  coro_rpc_server_base(std::size_t thread_num, unsigned short port) {}
  template <auto... functions> void register_handler() {}
  template <auto first, auto... functions>
  void register_handler(class_type_t<decltype(first)> *self) {}
  int start() { return 0; }
};
struct config_t {};
using coro_rpc_server = coro_rpc_server_base<config_t>;
} // namespace coro_rpc
