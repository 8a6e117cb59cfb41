// Mock of async_simple's <async_simple/executors/SimpleExecutor.h>: a thread
// pool.
#pragma once
#include "../Executor.h"
#include <cstddef>

namespace async_simple {
namespace executors {
class SimpleExecutor : public Executor {
public:
  explicit SimpleExecutor(std::size_t threadNum);
  bool schedule(Func func) override { return true; }
};
} // namespace executors
} // namespace async_simple
