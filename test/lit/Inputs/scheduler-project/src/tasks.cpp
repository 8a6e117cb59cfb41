#include "nap.h"
#include <coro/coro.hpp>

coro::task<> on_pool(coro::thread_pool &pool) {
  co_await pool.schedule();
  nap();
  co_return;
}

coro::task<> on_loop(coro::io_scheduler &io) {
  co_await io.schedule();
  nap();
  co_return;
}
