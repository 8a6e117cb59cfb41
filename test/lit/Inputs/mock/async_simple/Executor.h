// Mock of async_simple's <async_simple/Executor.h>: the abstract executor
// whose schedule(func) runs func on the executor's threads.
#pragma once
#include <functional>

namespace async_simple {
class Executor {
public:
  using Func = std::function<void()>;
  virtual ~Executor() = default;
  virtual bool schedule(Func func) = 0;
  virtual bool currentThreadInExecutor() const { return false; }
};
} // namespace async_simple
