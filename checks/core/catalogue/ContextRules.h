//===--- ContextRules.h - stallcheck ---------------------------*- C++ -*-===//
//
// The catalogue's rules about where code runs: which executors are event
// loops, which calls hand a callable over to run elsewhere, and where
// coroutines of a task type run. Validated from the YAML documents by
// StallCatalogue; applied by ExecutionContextModel.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CONTEXTRULES_H
#define STALLCHECK_CORE_CONTEXTRULES_H

#include "core/base/QualifiedName.h"
#include "core/catalogue/CatalogueYaml.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace clang::tidy::stall {

/// Where code runs, as far as stallcheck can tell: an event loop's thread;
/// a thread of a coroutine scheduler, a pool whose few threads run many
/// tasks (libcoro's thread_pool, async_simple's executors), where a
/// blocking call holds a thread every other task needs; or a worker of a
/// pool meant for blocking or CPU work (an offload target).
enum class RunsOn : std::uint8_t { Unknown, EventLoop, Worker, Scheduler };

/// Whether code placed there shares its thread with other tasks, so that
/// a blocking call in it holds them up: an event loop or a scheduler.
inline bool runsTasks(RunsOn Where) {
  return Where == RunsOn::EventLoop || Where == RunsOn::Scheduler;
}

/// A class whose objects run what is handed to them (io_context,
/// thread_pool, strand<...>).
struct ExecutorRule {
  QualifiedNamePattern Name;
  /// Unknown stands for "whatever the first template argument runs on".
  RunsOn Where;
};

/// A call (or construction) that hands callables over.
struct HandoffRule {
  explicit HandoffRule(std::string Name)
      : Name(std::move(Name)), Pattern(this->Name) {}

  std::string Name;
  QualifiedNamePattern Pattern;
  bool IsConstructor = false;
  bool CLinkage = false;
  /// Argument indexes of the callables; -1 is the last argument.
  llvm::SmallVector<int, 2> Callables;
  /// Unknown: decided by the type of argument Target.
  RunsOn Where = RunsOn::Unknown;
  int Target = -1;
  /// The rule applies only when argument WhenArgument names WhenIs, or
  /// (WhenWritten) is or is not written at the call.
  int WhenArgument = -1;
  std::optional<QualifiedNamePattern> WhenIs;
  std::optional<bool> WhenWritten;
};

/// An awaited call after which a coroutine resumes elsewhere: `co_await
/// pool.schedule()` moves the rest of the body to the pool's threads.
struct SwitchRule {
  QualifiedNamePattern Name;
  /// Unknown: wherever the executor passed as argument Target runs.
  RunsOn Where;
  int Target = LastArgument;
};

/// Whether calling a coroutine runs its body up to the first suspension
/// (eager) or only creates its frame (lazy).
enum class TaskStart : std::uint8_t { Unknown, Lazy, Eager };

/// Coroutines returning this class template run there.
struct TaskTypeRule {
  QualifiedNamePattern Name;
  RunsOn Where;
  /// Unknown: decided by the promise's initial_suspend().
  TaskStart Start = TaskStart::Unknown;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CONTEXTRULES_H
