// Work a library runs on a worker pool is not loop code: catalogued
// offload helpers (coro_io::post), helpers that forward their callable to a
// pool or to a parameter marked STALLCHECK_WORKER, executors whose submit()
// wraps the callable in a coroutine trampoline, coroutines handed to a pool
// by co_spawn. Handlers a framework registers run on its loop.
// RUN: %check_both_fronts --checks='-*,stall-*' %s -- %mock_flags \
// RUN:   -I%inputs/vendored -I%inputs/context -I%srcroot/include \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <cinatra/coro_http_server.hpp>
#include <concurrencpp/concurrencpp.h>
#include <fstream>
#include <offload.h>
#include <string>
#include <thread>
#include <ylt/coro_io/coro_io.hpp>
#include <ylt/coro_rpc/coro_rpc_server.hpp>

std::string read_config() {
  std::ifstream in("server.conf");
  std::string text;
  std::getline(in, text);
  return text;
}

async_simple::coro::Lazy<void> handle_upload() {
  // coro_io::post runs it on the pool kept for blocking work.
  co_await coro_io::post([] { return read_config(); });
  // The same read, on the loop.
  std::string direct = read_config();
  // CHECK: :[[@LINE-1]]:24: warning: call to 'read_config' blocks the event loop in coroutine 'handle_upload'
  co_return;
}

// coro_io::post with an executor wrapper the class was given: where the
// lambda runs is undecided (the wrapper may hold the blocking pool's
// executor), so it is not reported, nor reached from the lambda coro_io
// posts internally to the wrapper's io_context executor.
class seq_file {
public:
  explicit seq_file(coro_io::ExecutorWrapper<> *Executor) : Executor(Executor) {}
  async_simple::coro::Lazy<void> open() {
    co_await coro_io::post([] { return read_config(); }, Executor);
  }

private:
  coro_io::ExecutorWrapper<> *Executor;
};

void schedule_on_block_executor() {
  // An executor's schedule(): a rule on the base class's virtual holds for
  // the override, and a wrapper of an io_context executor may be the pool
  // kept for blocking work: undecided, not reported.
  coro_io::get_global_block_executor()->schedule([] { read_config(); });
}

void schedule_work() {
  lib::run_blocking([] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  lib::offload([] { read_config(); });
  lib::on_loop([] { read_config(); });
  // CHECK: :[[@LINE-1]]:21: warning: call to 'read_config' blocks the event loop in a lambda
  // CHECK: :[[@LINE-2]]:3: note: the lambda is handed to 'lib::on_loop' here, which runs it on the event loop
}

concurrencpp::result<int> compute(std::shared_ptr<concurrencpp::thread_pool_executor> pool,
                                  std::shared_ptr<concurrencpp::manual_executor> manual) {
  // Submitted to a pool: the trampoline coroutine inside submit() runs the
  // lambda there; nothing is reported in the library's header.
  auto on_pool = pool->submit([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return 1;
  });
  // An executor that runs wherever it is driven: undecided, not reported.
  auto driven = manual->submit([] { return read_config().size(); });
  int value = co_await on_pool;
  // Waiting for a result blocks.
  auto other = pool->submit([] { return 2; });
  value += other.get();
  // CHECK: :[[@LINE-1]]:18: warning: call to 'concurrencpp::result<int>::get' blocks the event loop in coroutine 'compute': it waits for another thread (category 'sync-wait')
  co_return value;
}

boost::asio::awaitable<void> reindex() {
  read_config();
  co_return;
}
boost::asio::awaitable<void> serve() {
  read_config();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'read_config' blocks the event loop in coroutine 'serve'
  co_return;
}
void start(boost::asio::io_context &io, boost::asio::thread_pool &pool) {
  boost::asio::co_spawn(pool, reindex(), boost::asio::detached);
  boost::asio::co_spawn(io, serve(), boost::asio::detached);
}

std::string rpc_read_config() { return read_config(); }
// CHECK: :[[@LINE-1]]:40: warning: call to 'read_config' blocks the event loop in function 'rpc_read_config'
// CHECK: library-offloads.cpp:[[#@LINE+9]]:7: note: 'rpc_read_config' is handed to 'coro_rpc::coro_rpc_server_base::register_handler' here, which runs it on the event loop

void routes(cinatra::coro_http_server &server, coro_rpc::coro_rpc_server &rpc) {
  server.set_http_handler<cinatra::GET>(
      "/config", [](cinatra::coro_http_request &, cinatra::coro_http_response &resp) {
        resp.set_status_and_content(200, read_config());
        // CHECK: :[[@LINE-1]]:42: warning: call to 'read_config' blocks the event loop in a lambda
        // CHECK: note: the lambda is handed to 'cinatra::coro_http_server::set_http_handler' here, which runs it on the event loop
      });
  rpc.register_handler<rpc_read_config>();
}
