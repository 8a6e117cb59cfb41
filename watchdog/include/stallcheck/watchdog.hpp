//===--- watchdog.hpp - stallcheck runtime watchdog -------------*- C++ -*-===//
//
// Notices, while a program runs, when its event-loop thread has not come
// back to the loop for longer than a threshold (25 ms by default), captures
// that thread's stack at that moment, and reports after the stall: how
// long, the stack symbolised, and the innermost frame in the user's code.
//
// Two ways to feed it:
// - an Asio io_context (Boost.Asio or standalone): attachWatchdog() in
//   <stallcheck/watchdog_asio.hpp>; every handler the loop thread runs is
//   bracketed by the handler-tracking hooks of
//   <stallcheck/asio_handler_tracking.hpp>, which the CMake target
//   stallcheck::watchdog sets as a usage requirement;
// - any other loop: the loop thread calls watchThisThread() once, beat()
//   when a turn starts and idle() before it waits for events.
//
// The loop thread's path costs a thread-local load and two relaxed stores
// per handler: no clock read, no allocation, no lock.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_WATCHDOG_HPP
#define STALLCHECK_WATCHDOG_HPP

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace stallcheck {

/// One frame of a stalled loop thread's stack.
struct StallFrame {
  std::uintptr_t Address = 0;
  /// Demangled; empty when the binary has no symbol for it.
  std::string Function;
  /// Empty when the binary has no line table for it (no -g, stripped).
  std::string File;
  unsigned Line = 0;
};

/// What the watchdog saw of one stall.
struct StallReport {
  /// How long the loop thread stayed away from the loop, at least: from the
  /// watchdog's first sight of the handler (within a tick of its start) to
  /// its end.
  double DurationMs = 0;
  double ThresholdMs = 0;
  /// The stall had not ended after MaxStallWait: reported while it lasts.
  bool Ongoing = false;
  /// The stack at the moment the threshold was crossed, innermost first;
  /// empty when the loop thread did not answer the signal (see the docs).
  std::vector<StallFrame> Frames;
  /// Index in Frames of the innermost frame in the user's code, or -1.
  int UserFrame = -1;
  /// Stalls over the rate limit, not reported, since the previous report.
  std::uint64_t Suppressed = 0;
};

struct WatchdogOptions {
  enum class Sink { Stderr, JsonLines, Callback };

  /// Default 25 ms; $STALLCHECK_WATCHDOG_THRESHOLD_MS overrides it in
  /// fromEnvironment().
  std::chrono::milliseconds Threshold{25};
  /// Reports per minute; stalls beyond it are counted, not reported.
  /// $STALLCHECK_WATCHDOG_MAX_PER_MINUTE.
  unsigned MaxReportsPerMinute = 10;
  /// Where reports go: stderr, one JSON object per line appended to
  /// JsonPath ($STALLCHECK_WATCHDOG_JSON sets both), or Callback (called
  /// on the watchdog's thread).
  Sink Output = Sink::Stderr;
  std::string JsonPath;
  std::function<void(const StallReport &)> Callback;
  /// Frames whose source file starts with this are the user's code
  /// ($STALLCHECK_WATCHDOG_SOURCE_ROOT). Empty: any file outside /usr/,
  /// Boost, Asio and this library.
  std::string SourceRoot;
  /// The signal that asks the loop thread for its stack (real-time).
  int Signal = 0; // 0: SIGRTMIN + 3
  /// A stall still going after this is reported while it lasts.
  std::chrono::milliseconds MaxStallWait{2000};

  /// The defaults, then the environment variables above.
  static WatchdogOptions fromEnvironment();
};

namespace detail {
/// What the loop thread and the watchdog share. Generation is odd while the
/// loop thread is inside a handler (a turn), even while it is in the loop.
struct LoopState {
  std::atomic<std::uint64_t> Generation{0};
  /// Set by the watchdog once it has captured a stall: the loop thread then
  /// records when the handler ends.
  std::atomic<bool> Flagged{false};
  std::atomic<std::int64_t> EndNs{0};
  /// Handler nesting (a handler that runs another inline); the loop
  /// thread's only.
  unsigned Depth = 0;

  /// A handler starts: the loop was idle (the previous handler's leave()
  /// settled any flagged stall), so the generation only turns odd.
  void enter() noexcept {
    if (Depth++ == 0)
      Generation.store(Generation.load(std::memory_order_relaxed) | 1,
                       std::memory_order_relaxed);
  }
  void leave() noexcept {
    if (Depth != 0 && --Depth == 0)
      advance(/*Busy=*/false);
  }
  /// One step: to the next odd generation (a new turn) or even (idle).
  void advance(bool Busy) noexcept {
    if (Flagged.load(std::memory_order_acquire))
      recordEnd();
    std::uint64_t G = Generation.load(std::memory_order_relaxed);
    G += (G % 2 == 1) == Busy ? 2 : 1;
    Generation.store(G, std::memory_order_release);
  }
  void recordEnd() noexcept;
};

/// The loop state of the thread the watchdog watches; null elsewhere
/// (pool threads, other loops).
inline thread_local LoopState *CurrentLoop = nullptr;

/// What the Asio handler-tracking hooks declare around a handler.
class HandlerScope {
public:
  HandlerScope() = default;
  HandlerScope(const HandlerScope &) = delete;
  HandlerScope &operator=(const HandlerScope &) = delete;
  ~HandlerScope() { end(); }
  void begin() noexcept {
    if (LoopState *Loop = CurrentLoop) {
      Entered = Loop;
      Loop->enter();
    }
  }
  void end() noexcept {
    if (Entered) {
      Entered->leave();
      Entered = nullptr;
    }
  }

private:
  LoopState *Entered = nullptr;
};
} // namespace detail

class Watchdog {
public:
  explicit Watchdog(
      WatchdogOptions Options = WatchdogOptions::fromEnvironment());
  ~Watchdog();
  Watchdog(const Watchdog &) = delete;
  Watchdog &operator=(const Watchdog &) = delete;

  /// Makes the calling thread the loop thread this watchdog watches.
  void watchThisThread();
  /// The generic form, on the loop thread: a turn starts (the thread is
  /// busy from now), and the thread is about to wait for events.
  void beat() noexcept { State->advance(/*Busy=*/true); }
  void idle() noexcept {
    if (State->Generation.load(std::memory_order_relaxed) % 2 == 1)
      State->advance(/*Busy=*/false);
  }
  /// Stops the watchdog's thread; no report after it returns. Idempotent.
  void stop();

  /// Stalls seen, and reports made (the rest were over the rate limit).
  std::uint64_t stallsSeen() const;
  std::uint64_t reportsMade() const;
  const WatchdogOptions &options() const;

private:
  struct Impl;
  std::unique_ptr<detail::LoopState> State;
  std::unique_ptr<Impl> Self;
};

/// \p Report as the text the stderr sink prints, and as one JSON line.
std::string formatReport(const StallReport &Report);
std::string formatReportJson(const StallReport &Report);

} // namespace stallcheck

#endif // STALLCHECK_WATCHDOG_HPP
