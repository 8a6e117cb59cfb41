// Blocking calls of one category on one object or file, in one block, are
// one stall: open, read and close of a file are reported once, at the
// open, with the others as notes. Another block, another file, another
// category, or a file the function did not open, are findings of their
// own. GroupRelatedCalls=false reports each call.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: %stallcheck --checks='-*,stall-blocking-call' --quiet \
// RUN:   --config="{CheckOptions: {stall-blocking-call.GroupRelatedCalls: false}}" %s -- %mock_flags 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=EACH --implicit-check-not="{{warning|error}}:" --implicit-check-not="here too"

#include <boost/asio.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

boost::asio::awaitable<void> serve(std::FILE *given) {
  std::FILE *f = std::fopen("page.html", "rb");
  // CHECK: :[[@LINE-1]]:18: warning: call to 'fopen' blocks the event loop in coroutine 'serve': it performs synchronous file I/O (category 'file-io') [stall-blocking-call]
  // CHECK: :[[@LINE+4]]:3: note: call to 'fread' on 'f' blocks here too (category 'file-io')
  // CHECK: :[[@LINE+5]]:3: note: call to 'fclose' on 'f' blocks here too (category 'file-io')
  // EACH: :[[@LINE-4]]:18: warning: call to 'fopen' blocks
  char buf[256];
  std::fread(buf, 1, sizeof buf, f);
  // EACH: :[[@LINE-1]]:3: warning: call to 'fread' blocks
  std::fclose(f);
  // EACH: :[[@LINE-1]]:3: warning: call to 'fclose' blocks

  // A stream: construction, reads and close.
  std::ifstream in("index.txt");
  // CHECK: :[[@LINE-1]]:17: warning: construction of 'std::ifstream' blocks
  // CHECK: :[[@LINE+4]]:3: note: call to 'std::getline' on 'in' blocks here too
  // CHECK: :[[@LINE+4]]:6: note: call to 'std::ifstream::close' on 'in' blocks here too
  // EACH: :[[@LINE-4]]:17: warning: construction of 'std::ifstream' blocks
  std::string line;
  std::getline(in, line);
  in.close();
  // EACH: :[[@LINE-2]]:3: warning: call to 'std::getline' blocks
  // EACH: :[[@LINE-2]]:6: warning: call to 'std::ifstream::close' blocks

  // Another file: its own finding.
  std::FILE *g = std::fopen("other.html", "rb");
  // CHECK: :[[@LINE-1]]:18: warning: call to 'fopen' blocks
  // EACH: :[[@LINE-2]]:18: warning: call to 'fopen' blocks
  // Another block: its own finding.
  if (g) {
    std::fclose(g);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'fclose' blocks
    // EACH: :[[@LINE-2]]:5: warning: call to 'fclose' blocks
  }
  // Another category on the same stream's thread: its own finding.
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks
  // EACH: :[[@LINE-2]]:3: warning: call to 'std::this_thread::sleep_for' blocks
  // A file the coroutine did not open: nothing ties the two calls.
  std::fread(buf, 1, sizeof buf, given);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'fread' blocks
  // EACH: :[[@LINE-2]]:3: warning: call to 'fread' blocks
  std::fclose(given);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'fclose' blocks
  // EACH: :[[@LINE-2]]:3: warning: call to 'fclose' blocks
  co_return;
}

// A member stream: calls on the same member are one stall.
class Journal {
public:
  boost::asio::awaitable<void> append(const std::string &entry) {
    file_.open("journal.log");
    file_ << entry;
    file_.flush();
    // CHECK: :[[@LINE-3]]:11: warning: call to 'std::ofstream::open' blocks
    // CHECK: :[[@LINE-3]]:11: note: call to 'std::operator<<' on 'file_' blocks here too
    // CHECK: :[[@LINE-3]]:11: note: call to 'std::ofstream::flush' on 'file_' blocks here too
    // EACH: :[[@LINE-6]]:11: warning: call to 'std::ofstream::open' blocks
    // EACH: :[[@LINE-6]]:11: warning: call to 'std::operator<<' blocks
    // EACH: :[[@LINE-6]]:11: warning: call to 'std::ofstream::flush' blocks
    co_return;
  }

private:
  std::ofstream file_;
};
