// Checked by catalogue/user-file.test; the CHECK lines are read from here.
#include <boost/asio.hpp>
#include <thread>

namespace db {
int query(const char *sql);
}
namespace other {
int query(const char *sql);
}
extern "C" int legacy_fetch(const char *url);

namespace app {
struct Loop {
  template <class F> void schedule(F &&f) { (void)f; }
  template <class F> void offload(F &&f) { (void)f; }
};
} // namespace app

boost::asio::awaitable<void> report(std::thread &helper) {
  db::query("select 1");
  // CHECK: :[[@LINE-1]]:3: warning: call to 'db::query' blocks the event loop in coroutine 'report': it waits for the database (category 'database') [stall-blocking-call]
  // CHECK: :[[@LINE-3]]:30: note: coroutine 'report' begins here
  // CHECK: :[[@LINE-3]]:3: note: offload it to a 'boost::asio::thread_pool'
  legacy_fetch("http://localhost/");
  // CHECK: :[[@LINE-1]]:3: warning: call to 'legacy_fetch' blocks the event loop in coroutine 'report': it performs synchronous network I/O (category 'network') [stall-blocking-call]
  // CHECK: :[[@LINE-7]]:30: note: coroutine 'report' begins here
  // CHECK: :[[@LINE-3]]:3: note: use fetch_async() from http/async.h
  other::query("select 1");
  helper.join(); // removed from the catalogue by this project
  co_return;
}

void own_loop(app::Loop &loop) {
  loop.schedule([] {
    db::query("select 2");
    // CHECK: :[[@LINE-1]]:5: warning: call to 'db::query' blocks the event loop in a lambda: it waits for the database (category 'database') [stall-blocking-call]
    // CHECK: :[[@LINE-3]]:8: note: the lambda is handed to 'app::Loop::schedule' here, which runs it on the event loop
    // CHECK: :[[@LINE-3]]:5: note: use the asynchronous client (db::async_query) instead
  });
  loop.offload([] { db::query("select 3"); });
}
