// stall-blocking-call follows calls from event-loop code into helpers: the
// warning sits at the call in the coroutine, notes walk the chain down to
// the blocking API. Helpers are never flagged themselves.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>

namespace asio = boost::asio;

// --- depth 1 to 4 ---------------------------------------------------------
std::string read_file(const std::string &path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}
std::string load_config() { return read_file("app.conf"); }
std::string settings() { return load_config(); }
std::string profile() { return settings() + "!"; }

asio::awaitable<void> depths() {
  std::string a = read_file("a");
  // CHECK: :[[@LINE-1]]:19: warning: call to 'read_file' blocks the event loop in coroutine 'depths': it performs synchronous file I/O through 'std::ifstream' (category 'file-io') [stall-blocking-call]
  // CHECK-NEXT: std::string a = read_file("a");
  // CHECK: :20:17: note: 'read_file' constructs 'std::ifstream' here
  // CHECK: note: coroutine 'depths' begins here
  // CHECK: note: offload it to a 'boost::asio::thread_pool': 'co_await boost::asio::co_spawn(pool, work, boost::asio::use_awaitable)', where 'work' is a coroutine lambda that makes the call
  std::string b = load_config();
  // CHECK: :[[@LINE-1]]:19: warning: call to 'load_config' blocks the event loop in coroutine 'depths': it performs synchronous file I/O through 'std::ifstream', 2 calls down (category 'file-io')
  // CHECK: :25:36: note: 'load_config' calls 'read_file' here
  // CHECK: :20:17: note: 'read_file' constructs 'std::ifstream' here
  std::string c = settings();
  // CHECK: :[[@LINE-1]]:19: warning: call to 'settings' blocks {{.*}}, 3 calls down
  // CHECK: :26:33: note: 'settings' calls 'load_config' here
  // CHECK: :25:36: note: 'load_config' calls 'read_file' here
  // CHECK: :20:17: note: 'read_file' constructs 'std::ifstream' here
  std::string d = profile();
  // CHECK: :[[@LINE-1]]:19: warning: call to 'profile' blocks {{.*}}, 4 calls down
  // CHECK: note: 'profile' calls 'settings' here
  // CHECK: note: 'settings' calls 'load_config' here
  // CHECK: note: 'load_config' calls 'read_file' here
  // CHECK: note: 'read_file' constructs 'std::ifstream' here
  co_return;
}

// --- recursion, shortest chain --------------------------------------------
void pause_briefly() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }
void walk(int n);
void visit(int n) { if (n > 0) walk(n - 1); }
void walk(int n) {
  visit(n);
  if (n == 0)
    pause_briefly();
}
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

asio::awaitable<void> recursion() {
  walk(3);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'walk' blocks the event loop in coroutine 'recursion': it sleeps the thread through 'std::this_thread::sleep_for', 2 calls down (category 'sleep')
  // CHECK: note: 'walk' calls 'pause_briefly' here
  // CHECK: note: 'pause_briefly' calls 'std::this_thread::sleep_for' here
  visit(3);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'visit' blocks {{.*}}, 3 calls down
  fib(30); // recursive and cheap: silent
  co_return;
}

// --- a helper called from a coroutine and from main() ---------------------
void flush_log() {
  std::ofstream log("app.log", std::ios::app);
  log << "done\n";
}
int main() {
  flush_log(); // main() is not event-loop code: silent
}
asio::awaitable<void> both() {
  flush_log();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'flush_log' blocks the event loop in coroutine 'both'
  co_return;
}

// --- helpers that offload internally, cheap helpers -----------------------
void offloads(asio::thread_pool &pool) {
  asio::post(pool, [] { read_file("big.bin"); });
  std::thread([] { std::this_thread::sleep_for(std::chrono::seconds(1)); }).detach();
}
int add(int a, int b) { return a + b; }
std::string greet(const std::string &who) { return "hello " + who; }

asio::awaitable<void> quiet(asio::thread_pool &pool) {
  offloads(pool);
  add(1, 2);
  greet("you");
  co_return;
}

// --- templates and member functions --------------------------------------
template <class T> T parse_file(const std::string &path) {
  return T(read_file(path).size());
}
class Store {
public:
  explicit Store(const std::string &path) : in_(path) {}
  void save() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
  virtual void sync() { save(); }
  void wait_all() { std::lock_guard<std::mutex> guard(m_); }
private:
  std::ifstream in_;
  std::mutex m_;
};
struct FinalStore final : Store {
  using Store::Store;
  void sync() override { save(); }
};

asio::awaitable<void> members(Store &store, FinalStore &final_store) {
  auto n = parse_file<int>("n.txt");
  // CHECK: :[[@LINE-1]]:12: warning: call to 'parse_file' blocks {{.*}}, 2 calls down
  // CHECK: note: 'parse_file' calls 'read_file' here
  auto m = parse_file<long>("m.txt");
  // CHECK: :[[@LINE-1]]:12: warning: call to 'parse_file' blocks
  store.save();
  // CHECK: :[[@LINE-1]]:9: warning: call to 'Store::save' blocks {{.*}}: it sleeps the thread through 'std::this_thread::sleep_for' (category 'sleep')
  Store other("db");
  // CHECK: :[[@LINE-1]]:9: warning: construction of 'Store' blocks {{.*}}: it performs synchronous file I/O through 'std::ifstream' (category 'file-io')
  // CHECK: :[[@LINE-23]]:45: note: 'Store::Store' constructs 'std::ifstream' here
  store.sync();       // virtual: not followed
  final_store.sync(); // final: followed
  // CHECK: :[[@LINE-1]]:15: warning: call to 'FinalStore::sync' blocks {{.*}}, 2 calls down
  store.Store::sync(); // qualified: followed
  // CHECK: :[[@LINE-1]]:16: warning: call to 'Store::sync' blocks
  store.wait_all();   // category 'lock' is disabled by default
  co_return;
}

// --- what is not followed -------------------------------------------------
asio::awaitable<void> subroutine() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in coroutine 'subroutine'
  co_return;
}

asio::awaitable<void> indirect(std::function<void()> callback,
                               void (*pointer)()) {
  callback();                  // std::function: not followed
  pointer();                   // function pointer: not followed
  co_await subroutine();       // a coroutine: analysed on its own
  auto later = [] { flush_log(); };
  later();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'lambda at blocking.cpp:[[@LINE-2]]:16' blocks {{.*}}, 2 calls down
  // CHECK: :[[@LINE-3]]:21: note: 'lambda at blocking.cpp:[[@LINE-3]]:16' calls 'flush_log' here
  co_return;
}
