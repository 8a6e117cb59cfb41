// Mock of folly's <folly/Executor.h>: executors take work with add(func);
// KeepAlive<> holds one.
#pragma once
#include <functional>

namespace folly {
class Executor {
public:
  template <typename ExecutorT = Executor> class KeepAlive {
  public:
    KeepAlive(ExecutorT *executor) : executor_(executor) {}

  private:
    ExecutorT *executor_;
  };
  virtual ~Executor() = default;
  virtual void add(std::function<void()> func) = 0;
};
} // namespace folly
