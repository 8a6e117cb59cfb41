// Boost.Beast's synchronous operations, on Debian's real Boost headers:
// Boost is a system directory, so chains stop at its headers and the
// catalogue names the blocking calls.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %boost_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

asio::awaitable<void> serve(beast::tcp_stream &stream,
                            beast::websocket::stream<beast::tcp_stream> &ws) {
  beast::flat_buffer buffer;
  http::request<http::string_body> request;
  http::read(stream, buffer, request);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'boost::beast::http::read' blocks the event loop in coroutine 'serve': it performs synchronous network I/O (category 'network')
  // CHECK: :[[@LINE-2]]:3: note: use 'boost::beast::http::async_read' and co_await it

  http::response<http::file_body> response;
  beast::error_code ec;
  response.body().open("index.html", beast::file_mode::scan, ec);
  // CHECK: :[[@LINE-1]]:19: warning: call to 'boost::beast::http::basic_file_body<boost::beast::file_posix>::value_type::open' blocks the event loop in coroutine 'serve': it performs synchronous file I/O (category 'file-io')
  http::write(stream, response);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'boost::beast::http::write' blocks the event loop in coroutine 'serve': it performs synchronous network I/O (category 'network')

  beast::file log;
  log.open("access.log", beast::file_mode::append, ec);
  // CHECK: :[[@LINE-1]]:7: warning: call to 'beast::file::open' blocks the event loop in coroutine 'serve': it performs synchronous file I/O (category 'file-io')
  log.write("GET /\n", 6, ec);
  // CHECK: :[[@LINE-1]]:7: note: call to 'beast::file::write' on 'log' blocks here too

  ws.read(buffer);
  // CHECK: :[[@LINE-1]]:6: warning: call to 'beast::websocket::stream<beast::tcp_stream>::read' blocks the event loop in coroutine 'serve': it performs synchronous network I/O (category 'network')
  stream.read_some(buffer.prepare(512));
  // CHECK: :[[@LINE-1]]:10: warning: call to 'beast::tcp_stream::read_some' blocks the event loop in coroutine 'serve': it performs synchronous network I/O (category 'network')
  co_return;
}
