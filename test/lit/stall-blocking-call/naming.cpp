// Findings name what the user wrote. A member called through a smart
// pointer or a raw pointer is named by the pointee's type as written, not
// by the smart pointer's 'element_type'. A finding inside a macro expansion
// sits on the user's line and says which macro it is in.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <fstream>
#include <future>
#include <memory>
#include <thread>

boost::asio::awaitable<void> pointers(std::shared_ptr<std::ifstream> shared,
                                      std::unique_ptr<std::ofstream> unique,
                                      std::ifstream *raw, char *buf) {
  shared->read(buf, 16);
  // CHECK: :[[@LINE-1]]:11: warning: call to 'std::ifstream::read' blocks the event loop in coroutine 'pointers'
  unique->write(buf, 16);
  // CHECK: :[[@LINE-1]]:11: warning: call to 'std::ofstream::write' blocks
  raw->read(buf, 16);
  // CHECK: :[[@LINE-1]]:8: warning: call to 'std::ifstream::read' blocks
  (*shared).read(buf, 16);
  // CHECK: :[[@LINE-1]]:13: warning: call to 'std::ifstream::read' blocks
  co_return;
}

#define WAIT_FOR(f) (f).get()
#define CHECK_THAT(condition) static_cast<void>(condition)
#define ANSWER() slow_answer()

static int slow_answer() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return 42;
}
#define EXPECT_READY(f)                                                        \
  do {                                                                         \
    WAIT_FOR(f);                                                               \
  } while (0)

boost::asio::awaitable<int> macros(std::future<int> &f, std::future<int> &g) {
  EXPECT_READY(f);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::future<int>::get' blocks the event loop in coroutine 'macros'
  // CHECK-NEXT: EXPECT_READY(f);
  // CHECK: :[[@LINE-3]]:3: note: in the expansion of macro 'EXPECT_READY'
  int v = WAIT_FOR(g);
  // CHECK: :[[@LINE-1]]:11: warning: call to 'std::future<int>::get' blocks the event loop in coroutine 'macros'
  // CHECK: :[[@LINE-2]]:11: note: in the expansion of macro 'WAIT_FOR'
  // The user's own call in a macro's arguments is the user's: no note.
  CHECK_THAT(g.get() == 1);
  // CHECK: :[[@LINE-1]]:16: warning: call to 'std::future<int>::get' blocks
  // CHECK-NOT: in the expansion
  // CHECK: coroutine 'macros' begins here
  // A helper reached through a macro: the chain, and the macro.
  v += ANSWER();
  // CHECK: :[[@LINE-1]]:8: warning: call to 'slow_answer' blocks the event loop in coroutine 'macros': it sleeps the thread through 'std::this_thread::sleep_for'
  // CHECK: :[[@LINE-2]]:8: note: in the expansion of macro 'ANSWER'
  // CHECK: note: 'slow_answer' calls 'std::this_thread::sleep_for' here
  co_return v;
}
