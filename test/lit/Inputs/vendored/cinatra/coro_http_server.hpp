// A mock of a vendored cinatra <cinatra/coro_http_server.hpp> (included with
// -I): handlers given to set_http_handler run on the server's I/O threads.
// Declarations mirror cinatra; bodies are the test's own.
#pragma once
#include <functional>
#include <string>
#include <utility>

namespace cinatra {
enum http_method { GET, POST };
class coro_http_request {};
class coro_http_response {
public:
  void set_status_and_content(int status, std::string content) {}
};

class coro_http_router {
public:
  template <http_method method, typename Func, typename... Aspects>
  void set_http_handler(std::string key, Func handler, Aspects &&...asps) {
    handlers_.emplace_back(std::move(handler));
  }

private:
  std::vector<std::function<void(coro_http_request &, coro_http_response &)>>
      handlers_;
};

class coro_http_server {
public:
  explicit coro_http_server(size_t thread_num, unsigned short port) {}
  template <http_method... method, typename Func, typename... Aspects>
  void set_http_handler(std::string key, Func handler, Aspects &&...asps) {
    (router_.set_http_handler<method>(key, handler,
                                      std::forward<Aspects>(asps)...),
     ...);
  }
  void sync_start() noexcept {}

private:
  coro_http_router router_;
};
} // namespace cinatra
