// Mock of folly's CPUThreadPoolExecutor (a worker pool) and
// IOThreadPoolExecutor (threads each running an EventBase loop).
#pragma once
#include "../Executor.h"
#include <cstddef>

namespace folly {
class ThreadPoolExecutor : public Executor {
public:
  void add(std::function<void()> func) override {}
};
class CPUThreadPoolExecutor : public ThreadPoolExecutor {
public:
  explicit CPUThreadPoolExecutor(std::size_t numThreads);
};
class IOThreadPoolExecutor : public ThreadPoolExecutor {
public:
  explicit IOThreadPoolExecutor(std::size_t numThreads);
};
} // namespace folly
