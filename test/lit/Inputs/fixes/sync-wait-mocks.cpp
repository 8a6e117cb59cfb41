#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <coro/coro.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/Task.h>

coro::task<int> fetch();
cppcoro::task<> refresh();
async_simple::coro::Lazy<int> lookup();
folly::coro::Task<void> compact();

// Waiting for a task inside a coroutine of the same framework: awaited.
coro::task<> libcoro_waits(int &out) {
  int value = coro::sync_wait(fetch());
  out = value + coro::sync_wait(fetch());
  co_return;
}

cppcoro::task<> cppcoro_waits() {
  cppcoro::sync_wait(refresh());
  co_return;
}

async_simple::coro::Lazy<int> async_simple_waits() {
  int value = async_simple::coro::syncAwait(lookup());
  co_return value;
}

folly::coro::Task<void> folly_waits() {
  folly::coro::blockingWait(compact());
  co_return;
}

// A named task may be awaited elsewhere, or only as an rvalue: left alone.
cppcoro::task<> named_task() {
  auto task = refresh();
  cppcoro::sync_wait(task);
  co_return;
}
