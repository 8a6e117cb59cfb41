//===--- stallcheck/annotations.h - mark where code runs -------*- C++ -*-===//
//
// Tells stallcheck where code runs when it cannot see it from the code:
//
//   STALLCHECK_EVENT_LOOP void on_message(const Message &m);  // a framework
//   entry point STALLCHECK_WORKER task<> compress(Buffer b);              // a
//   coroutine type run on a pool void post_to_loop(STALLCHECK_EVENT_LOOP
//   std::function<void()> f);
//                          // callables passed to this parameter run on the
//                          loop
//
// and what blocks when stallcheck cannot see it (a virtual function, a
// function defined in a library without source):
//
//   STALLCHECK_BLOCKING("network") virtual Reply call(const Request &r) = 0;
//
// The argument is one of the catalogue's categories (sleep, sync-wait,
// file-io, network, process, console, lock, or a user catalogue's own).
// A call to a function so marked, on any of its declarations, is reported
// like a call to a catalogued blocking API: directly in event-loop code,
// and through helpers as the end of a call chain.
//
// And the opposite, when you judged a chain through a helper false (it only
// blocks on a path that never runs in your program, say):
//
//   STALLCHECK_NOT_BLOCKING void log(const Record &r);
//
// Chains of calls stop at a function so marked: calls to it are not
// followed, from event-loop code or from helpers.
//
// On a function, the annotation places its body; on a parameter, every
// callable passed to it. Lambdas take it after the capture list:
// `[] STALLCHECK_EVENT_LOOP () { ... }` (a C++23 position clang accepts in
// C++20 with -Wc++23-extensions).
//
// The macros expand to [[clang::annotate("stallcheck::...")]] under clang
// and to nothing elsewhere, so the header costs nothing in other builds.
// Copy this header into your project or add stallcheck's include/ to the
// include path.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_ANNOTATIONS_H
#define STALLCHECK_ANNOTATIONS_H

#if defined(__clang__)
#define STALLCHECK_EVENT_LOOP [[clang::annotate("stallcheck::event_loop")]]
#define STALLCHECK_WORKER [[clang::annotate("stallcheck::worker")]]
#define STALLCHECK_BLOCKING(category)                                          \
  [[clang::annotate("stallcheck::blocking", category)]]
#define STALLCHECK_NOT_BLOCKING [[clang::annotate("stallcheck::not_blocking")]]
#else
#define STALLCHECK_EVENT_LOOP
#define STALLCHECK_WORKER
#define STALLCHECK_BLOCKING(category)
#define STALLCHECK_NOT_BLOCKING
#endif

#endif // STALLCHECK_ANNOTATIONS_H
