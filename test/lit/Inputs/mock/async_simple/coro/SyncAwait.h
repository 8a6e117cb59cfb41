// Mock of async_simple's <async_simple/coro/SyncAwait.h>: syncAwait blocks
// the calling thread until the Lazy completes.
#pragma once
#include "Lazy.h"

namespace async_simple {
namespace coro {
template <typename LazyType> inline auto syncAwait(LazyType &&lazy) -> int {
  return 0;
}
template <typename LazyType, typename Executor>
inline auto syncAwait(LazyType &&lazy, Executor *ex) -> int {
  return 0;
}
} // namespace coro
} // namespace async_simple
