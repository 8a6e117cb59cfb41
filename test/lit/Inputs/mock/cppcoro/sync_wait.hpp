// Mock of cppcoro's <cppcoro/sync_wait.hpp>: blocks the calling thread until
// the awaitable completes.
#pragma once

namespace cppcoro {
template <typename AWAITABLE> auto sync_wait(AWAITABLE &&awaitable) -> int {
  return 0;
}
} // namespace cppcoro
