//===--- Watchdog.cpp - stallcheck runtime watchdog -----------------------===//
//
// The watchdog's thread samples the loop thread's generation every tick (a
// fifth of the threshold). The same odd generation for a whole threshold
// is a stall: the watchdog signals the loop thread, whose handler dumps its
// own stack into preallocated memory (Boost.Stacktrace's safe_dump_to, an
// async-signal-safe unwind), then waits for the stall to end and reports,
// symbolising on its own thread with Boost.Stacktrace over libbacktrace.
//
//===----------------------------------------------------------------------===//

#include "stallcheck/watchdog.hpp"

#include <algorithm>
#include <boost/stacktrace/frame.hpp>
#include <boost/stacktrace/safe_dump_to.hpp>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <tuple>
#include <ucontext.h>
#include <unistd.h>
#include <utility>

namespace stallcheck {
namespace {

using SteadyClock = std::chrono::steady_clock;

std::int64_t nowNs() noexcept {
  timespec Now{};
  clock_gettime(CLOCK_MONOTONIC, &Now);
  return static_cast<std::int64_t>(Now.tv_sec) * 1000000000 + Now.tv_nsec;
}

constexpr std::size_t MaxFrames = 64;

/// Where the signal handler writes: one capture at a time in the process.
struct Capture {
  const void *Frames[MaxFrames + 1] = {};
  /// The interrupted instruction, from the signal's context: the frames
  /// before it are the handler's and the kernel trampoline's.
  std::atomic<std::uintptr_t> InterruptedPc{0};
  std::atomic<std::size_t> Count{0};
  std::atomic<bool> Done{false};
};
Capture TheCapture;
/// The thread whose stack is asked for; the handler ignores the signal on
/// any other (a stray one).
std::atomic<pthread_t> CaptureThread{};
std::atomic<bool> CaptureArmed{false};
std::mutex CaptureMutex;

extern "C" void onCaptureSignal(int, siginfo_t *, void *Context) {
  const int SavedErrno = errno;
  if (CaptureArmed.load(std::memory_order_acquire) &&
      pthread_equal(pthread_self(),
                    CaptureThread.load(std::memory_order_relaxed))) {
    std::size_t Stored = boost::stacktrace::safe_dump_to(
        0, static_cast<void *>(TheCapture.Frames), sizeof(TheCapture.Frames));
    TheCapture.Count.store(Stored > 0 ? Stored - 1 : 0,
                           std::memory_order_relaxed);
#if defined(__x86_64__)
    const auto *User = static_cast<const ucontext_t *>(Context);
    TheCapture.InterruptedPc.store(
        static_cast<std::uintptr_t>(User->uc_mcontext.gregs[REG_RIP]),
        std::memory_order_relaxed);
#elif defined(__aarch64__)
    const auto *User = static_cast<const ucontext_t *>(Context);
    TheCapture.InterruptedPc.store(
        static_cast<std::uintptr_t>(User->uc_mcontext.pc),
        std::memory_order_relaxed);
#else
    (void)Context;
#endif
    TheCapture.Done.store(true, std::memory_order_release);
  }
  errno = SavedErrno;
}

/// Installs the handler for \p Signal once per process.
void installHandler(int Signal) {
  static std::once_flag Once;
  std::call_once(Once, [Signal] {
    struct sigaction Action {};
    Action.sa_sigaction = onCaptureSignal;
    sigemptyset(&Action.sa_mask);
    Action.sa_flags = SA_RESTART | SA_SIGINFO;
    sigaction(Signal, &Action, nullptr);
    // The first unwind loads libgcc_s and may allocate: not in a handler.
    const void *Warm[4];
    boost::stacktrace::safe_dump_to(0, static_cast<void *>(Warm), sizeof(Warm));
  });
}

bool startsWith(const std::string &Text, const std::string &Prefix) {
  return Text.compare(0, Prefix.size(), Prefix) == 0;
}

bool isUserFile(const std::string &File, const std::string &SourceRoot) {
  if (File.empty())
    return false;
  if (!SourceRoot.empty())
    return startsWith(File, SourceRoot);
  // Relative names are system libraries' debug info (glibc's
  // "../sysdeps/..."); a user's build names its files by absolute path.
  return startsWith(File, "/") && !startsWith(File, "/usr/") &&
         File.find("/boost/") == std::string::npos &&
         File.find("/asio/") == std::string::npos &&
         File.find("/stallcheck/watchdog") == std::string::npos &&
         File.find("watchdog/src/Watchdog.cpp") == std::string::npos;
}

std::string jsonString(const std::string &Text) {
  std::string Out = "\"";
  for (char C : Text) {
    switch (C) {
    case '"':
      Out += "\\\"";
      break;
    case '\\':
      Out += "\\\\";
      break;
    case '\n':
      Out += "\\n";
      break;
    case '\t':
      Out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(C) < 0x20) {
        char Escaped[8];
        std::snprintf(Escaped, sizeof(Escaped), "\\u%04x", C);
        Out += Escaped;
      } else {
        Out += C;
      }
    }
  }
  return Out + "\"";
}

std::string frameJson(const StallFrame &Frame) {
  char Address[32];
  std::snprintf(Address, sizeof(Address), "0x%llx",
                static_cast<unsigned long long>(Frame.Address));
  return "{\"function\":" + jsonString(Frame.Function) +
         ",\"file\":" + jsonString(Frame.File) +
         ",\"line\":" + std::to_string(Frame.Line) + ",\"address\":\"" +
         Address + "\"}";
}

std::string formatMs(double Ms) {
  char Text[32];
  std::snprintf(Text, sizeof(Text), "%.1f", Ms);
  return Text;
}

} // namespace

void detail::LoopState::recordEnd() noexcept {
  EndNs.store(nowNs(), std::memory_order_relaxed);
  Flagged.store(false, std::memory_order_relaxed);
}

WatchdogOptions WatchdogOptions::fromEnvironment() {
  WatchdogOptions Options;
  auto Number = [](const char *Name, long Default) {
    const char *Value = std::getenv(Name);
    if (!Value || !*Value)
      return Default;
    char *End = nullptr;
    long Parsed = std::strtol(Value, &End, 10);
    if (*End != '\0' || Parsed <= 0) {
      std::fprintf(stderr,
                   "stallcheck-watchdog: ignoring %s='%s': not a positive "
                   "integer\n",
                   Name, Value);
      return Default;
    }
    return Parsed;
  };
  Options.Threshold = std::chrono::milliseconds(
      Number("STALLCHECK_WATCHDOG_THRESHOLD_MS", Options.Threshold.count()));
  Options.MaxReportsPerMinute = static_cast<unsigned>(Number(
      "STALLCHECK_WATCHDOG_MAX_PER_MINUTE", Options.MaxReportsPerMinute));
  if (const char *Json = std::getenv("STALLCHECK_WATCHDOG_JSON");
      Json && *Json) {
    Options.Output = Sink::JsonLines;
    Options.JsonPath = Json;
  }
  if (const char *Root = std::getenv("STALLCHECK_WATCHDOG_SOURCE_ROOT"))
    Options.SourceRoot = Root;
  return Options;
}

std::string formatReport(const StallReport &Report) {
  std::string Text = "stallcheck-watchdog: event loop stalled for " +
                     formatMs(Report.DurationMs) + " ms" +
                     (Report.Ongoing ? " and counting" : "") + " (threshold " +
                     formatMs(Report.ThresholdMs) + " ms)";
  if (Report.Suppressed)
    Text += "; " + std::to_string(Report.Suppressed) +
            " earlier stalls over the rate limit not reported";
  Text += "\n";
  if (Report.UserFrame >= 0) {
    const StallFrame &User = Report.Frames[Report.UserFrame];
    Text += "  in your code: " + User.Function + " at " + User.File + ":" +
            std::to_string(User.Line) + "\n";
  } else if (Report.Frames.empty()) {
    Text += "  (no stack: the loop thread did not answer the signal)\n";
  }
  for (std::size_t I = 0; I < Report.Frames.size(); ++I) {
    const StallFrame &Frame = Report.Frames[I];
    char Address[32];
    std::snprintf(Address, sizeof(Address), "0x%llx",
                  static_cast<unsigned long long>(Frame.Address));
    Text += "  #" + std::to_string(I) + " " + Address + " " +
            (Frame.Function.empty() ? "??" : Frame.Function);
    if (!Frame.File.empty())
      Text += " at " + Frame.File + ":" + std::to_string(Frame.Line);
    Text += "\n";
  }
  return Text;
}

std::string formatReportJson(const StallReport &Report) {
  std::string Json =
      "{\"type\":\"stall\",\"duration_ms\":" + formatMs(Report.DurationMs) +
      ",\"threshold_ms\":" + formatMs(Report.ThresholdMs) +
      ",\"ongoing\":" + (Report.Ongoing ? "true" : "false") +
      ",\"suppressed\":" + std::to_string(Report.Suppressed) +
      ",\"user_frame\":" +
      (Report.UserFrame >= 0 ? frameJson(Report.Frames[Report.UserFrame])
                             : std::string("null")) +
      ",\"frames\":[";
  for (std::size_t I = 0; I < Report.Frames.size(); ++I)
    Json += (I ? "," : "") + frameJson(Report.Frames[I]);
  return Json + "]}";
}

struct Watchdog::Impl {
  WatchdogOptions Options;
  detail::LoopState &State;
  std::int64_t TickNs;
  std::int64_t ThresholdNs;
  std::atomic<pthread_t> LoopThread{};
  std::atomic<bool> Watching{false};

  std::mutex Mutex;
  std::condition_variable Wake;
  bool Stopping = false;
  std::thread Thread;
  /// Stalls waiting to be symbolised and reported, on a thread of their
  /// own: symbolising (libbacktrace reading the binary's DWARF the first
  /// time) must not keep the watchdog from seeing the next stall.
  struct Pending {
    std::vector<const void *> Frames;
    std::uintptr_t InterruptedPc;
    std::int64_t DurationNs;
    bool Ongoing;
  };
  std::mutex QueueMutex;
  std::condition_variable QueueWake;
  std::deque<Pending> Queue;
  bool QueueClosed = false;
  std::thread Reporter;
  std::FILE *Json = nullptr;
  std::uintptr_t InterruptedPc = 0;

  std::atomic<std::uint64_t> Stalls{0};
  std::atomic<std::uint64_t> Reports{0};
  std::uint64_t Suppressed = 0;
  std::deque<SteadyClock::time_point> RecentReports;

  Impl(WatchdogOptions Opts, detail::LoopState &State)
      : Options(std::move(Opts)), State(State) {
    if (Options.Threshold.count() <= 0)
      Options.Threshold = std::chrono::milliseconds(25);
    if (Options.Signal == 0)
      Options.Signal = SIGRTMIN + 3;
    ThresholdNs = Options.Threshold.count() * 1000000LL;
    TickNs = std::max<std::int64_t>(1000000, ThresholdNs / 5);
    if (Options.Output == WatchdogOptions::Sink::JsonLines) {
      Json = std::fopen(Options.JsonPath.c_str(), "a");
      if (!Json) {
        std::fprintf(stderr,
                     "stallcheck-watchdog: cannot open '%s' for the JSON "
                     "reports: %s; reporting to stderr\n",
                     Options.JsonPath.c_str(), std::strerror(errno));
        Options.Output = WatchdogOptions::Sink::Stderr;
      }
    }
    installHandler(Options.Signal);
    Reporter = std::thread([this] { reportQueued(); });
    Thread = std::thread([this] { run(); });
  }

  ~Impl() {
    stop();
    if (Json)
      std::fclose(Json);
  }

  void stop() {
    {
      std::lock_guard<std::mutex> Lock(Mutex);
      if (Stopping && !Thread.joinable())
        return;
      Stopping = true;
    }
    Wake.notify_all();
    if (Thread.joinable())
      Thread.join();
    // Then the reports of stalls seen before the stop.
    {
      std::lock_guard<std::mutex> Lock(QueueMutex);
      QueueClosed = true;
    }
    QueueWake.notify_all();
    if (Reporter.joinable())
      Reporter.join();
  }

  void reportQueued() {
    while (true) {
      Pending Next;
      {
        std::unique_lock<std::mutex> Lock(QueueMutex);
        QueueWake.wait(Lock, [this] { return QueueClosed || !Queue.empty(); });
        if (Queue.empty())
          return;
        Next = std::move(Queue.front());
        Queue.pop_front();
      }
      emit(Next);
    }
  }

  /// Sleeps a tick; false once stopped.
  bool tick() {
    std::unique_lock<std::mutex> Lock(Mutex);
    return !Wake.wait_for(Lock, std::chrono::nanoseconds(TickNs),
                          [this] { return Stopping; });
  }

  void run() {
    std::uint64_t Seen = State.Generation.load(std::memory_order_acquire);
    std::int64_t FirstSeenNs = nowNs();
    while (tick()) {
      if (!Watching.load(std::memory_order_acquire))
        continue;
      std::uint64_t Generation =
          State.Generation.load(std::memory_order_acquire);
      std::int64_t Now = nowNs();
      if (Generation != Seen) {
        Seen = Generation;
        FirstSeenNs = Now;
        continue;
      }
      if (Generation % 2 == 0 || Now - FirstSeenNs < ThresholdNs)
        continue;
      // Symbolising takes a while: the next handler is timed from when the
      // stall was seen to end, not from when the report was made.
      std::tie(Seen, FirstSeenNs) = watchStall(Generation, FirstSeenNs);
    }
  }

  /// The loop thread has been in handler \p Generation since at least
  /// \p StartNs, for a threshold: capture, wait for the end, report.
  /// Returns the generation seen after it, and when.
  std::pair<std::uint64_t, std::int64_t> watchStall(std::uint64_t Generation,
                                                    std::int64_t StartNs) {
    Stalls.fetch_add(1, std::memory_order_relaxed);
    State.EndNs.store(0, std::memory_order_relaxed);
    std::vector<const void *> Frames = captureLoopStack();
    State.Flagged.store(true, std::memory_order_release);
    const std::int64_t MaxWaitNs = Options.MaxStallWait.count() * 1000000LL;
    bool Ongoing = false;
    std::int64_t EndNs = 0;
    std::uint64_t After = Generation;
    std::int64_t AfterNs = 0;
    while (true) {
      After = State.Generation.load(std::memory_order_acquire);
      AfterNs = nowNs();
      if (After != Generation) {
        EndNs = State.EndNs.load(std::memory_order_relaxed);
        if (EndNs == 0)
          EndNs = AfterNs;
        break;
      }
      if (nowNs() - StartNs > MaxWaitNs) {
        Ongoing = true;
        EndNs = nowNs();
        break;
      }
      if (!tick()) {
        // Stopping: a stall that has ended (the io_context ran out of work
        // right after it) is reported before stop() returns; one still
        // going is dropped.
        State.Flagged.store(false, std::memory_order_relaxed);
        if (State.Generation.load(std::memory_order_acquire) != Generation) {
          EndNs = State.EndNs.load(std::memory_order_relaxed);
          report(Frames, (EndNs ? EndNs : nowNs()) - StartNs,
                 /*Ongoing=*/false);
        }
        return {After, AfterNs};
      }
    }
    if (Ongoing) {
      // Reported while it lasts; then wait it out, reporting it once.
      report(Frames, EndNs - StartNs, /*Ongoing=*/true);
      while (State.Generation.load(std::memory_order_acquire) == Generation)
        if (!tick())
          break;
      State.Flagged.store(false, std::memory_order_relaxed);
      return {State.Generation.load(std::memory_order_acquire), nowNs()};
    }
    report(Frames, EndNs - StartNs, /*Ongoing=*/false);
    return {After, AfterNs};
  }

  std::vector<const void *> captureLoopStack() {
    std::lock_guard<std::mutex> Lock(CaptureMutex);
    TheCapture.Done.store(false, std::memory_order_relaxed);
    TheCapture.Count.store(0, std::memory_order_relaxed);
    TheCapture.InterruptedPc.store(0, std::memory_order_relaxed);
    pthread_t Loop = LoopThread.load(std::memory_order_relaxed);
    CaptureThread.store(Loop, std::memory_order_relaxed);
    CaptureArmed.store(true, std::memory_order_release);
    std::vector<const void *> Frames;
    InterruptedPc = 0;
    if (pthread_kill(Loop, Options.Signal) == 0) {
      // The handler runs as soon as the thread is scheduled; a thread
      // that blocks the signal never answers (see the docs' limits).
      for (int Wait = 0; Wait < 200; ++Wait) {
        if (TheCapture.Done.load(std::memory_order_acquire))
          break;
        std::this_thread::sleep_for(std::chrono::microseconds(250));
      }
    }
    CaptureArmed.store(false, std::memory_order_release);
    if (TheCapture.Done.load(std::memory_order_acquire)) {
      std::size_t Count = TheCapture.Count.load(std::memory_order_relaxed);
      Frames.assign(TheCapture.Frames, TheCapture.Frames + Count);
      InterruptedPc = TheCapture.InterruptedPc.load(std::memory_order_relaxed);
    }
    return Frames;
  }

  std::vector<StallFrame> symbolise(const std::vector<const void *> &Raw,
                                    std::uintptr_t InterruptedPc) {
    std::vector<StallFrame> Frames;
    // The first frames are the signal handler's and the kernel's
    // trampoline; the interrupted code starts at the signal's PC.
    std::size_t First = 0;
    for (std::size_t I = 0; I < Raw.size() && I < 8; ++I)
      if (reinterpret_cast<std::uintptr_t>(Raw[I]) == InterruptedPc) {
        First = I;
        break;
      }
    for (std::size_t I = First; I < Raw.size(); ++I) {
      auto Address = reinterpret_cast<std::uintptr_t>(Raw[I]);
      // A caller's address is a return address: the call is just before.
      const void *Lookup =
          I == First ? Raw[I] : static_cast<const char *>(Raw[I]) - 1;
      boost::stacktrace::frame Frame(Lookup);
      StallFrame Out;
      Out.Address = Address;
      Out.Function = Frame.name();
      Out.File = Frame.source_file();
      Out.Line = static_cast<unsigned>(Frame.source_line());
      Frames.push_back(std::move(Out));
    }
    return Frames;
  }

  /// Queues a stall for the reporter thread.
  void report(const std::vector<const void *> &Raw, std::int64_t DurationNs,
              bool Ongoing) {
    {
      std::lock_guard<std::mutex> Lock(QueueMutex);
      Queue.push_back({Raw, InterruptedPc, DurationNs, Ongoing});
    }
    QueueWake.notify_one();
  }

  void emit(const Pending &Stall) {
    const std::vector<const void *> &Raw = Stall.Frames;
    const std::int64_t DurationNs = Stall.DurationNs;
    const bool Ongoing = Stall.Ongoing;
    SteadyClock::time_point Now = SteadyClock::now();
    while (!RecentReports.empty() &&
           Now - RecentReports.front() >= std::chrono::minutes(1))
      RecentReports.pop_front();
    if (RecentReports.size() >= Options.MaxReportsPerMinute) {
      ++Suppressed;
      return;
    }
    RecentReports.push_back(Now);
    StallReport Report;
    Report.DurationMs = static_cast<double>(DurationNs) / 1e6;
    Report.ThresholdMs = static_cast<double>(ThresholdNs) / 1e6;
    Report.Ongoing = Ongoing;
    Report.Frames = symbolise(Raw, Stall.InterruptedPc);
    for (std::size_t I = 0; I < Report.Frames.size(); ++I)
      if (isUserFile(Report.Frames[I].File, Options.SourceRoot)) {
        Report.UserFrame = static_cast<int>(I);
        break;
      }
    Report.Suppressed = Suppressed;
    Suppressed = 0;
    Reports.fetch_add(1, std::memory_order_relaxed);
    switch (Options.Output) {
    case WatchdogOptions::Sink::Stderr: {
      std::string Text = formatReport(Report);
      std::fwrite(Text.data(), 1, Text.size(), stderr);
      break;
    }
    case WatchdogOptions::Sink::JsonLines: {
      std::string Line = formatReportJson(Report) + "\n";
      std::fwrite(Line.data(), 1, Line.size(), Json);
      std::fflush(Json);
      break;
    }
    case WatchdogOptions::Sink::Callback:
      if (Options.Callback)
        Options.Callback(Report);
      break;
    }
  }
};

Watchdog::Watchdog(WatchdogOptions Options)
    : State(std::make_unique<detail::LoopState>()),
      Self(std::make_unique<Impl>(std::move(Options), *State)) {}

Watchdog::~Watchdog() {
  stop();
  if (detail::CurrentLoop == State.get())
    detail::CurrentLoop = nullptr;
  else if (Self->Watching.load(std::memory_order_acquire)) {
    // The loop thread's CurrentLoop still points at it (an io_context is
    // destroyed on another thread than the one that ran it): left to the
    // handlers that thread runs later, which step it harmlessly.
    [[maybe_unused]] detail::LoopState *StillReferenced = State.release();
  }
}

void Watchdog::watchThisThread() {
  Self->LoopThread.store(pthread_self(), std::memory_order_relaxed);
  detail::CurrentLoop = State.get();
  Self->Watching.store(true, std::memory_order_release);
}

void Watchdog::stop() { Self->stop(); }

std::uint64_t Watchdog::stallsSeen() const {
  return Self->Stalls.load(std::memory_order_relaxed);
}
std::uint64_t Watchdog::reportsMade() const {
  return Self->Reports.load(std::memory_order_relaxed);
}
const WatchdogOptions &Watchdog::options() const { return Self->Options; }

} // namespace stallcheck
