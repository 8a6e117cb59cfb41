// libuv, described by the default catalogue's handoffs: timer callbacks and
// uv_queue_work's after_work_cb run on the loop; its work_cb on the pool.
// uv_fs_* with a callback return at once; with a null callback they run
// synchronously, on the loop when called from it ('only-if-null').
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <chrono>
#include <fstream>
#include <thread>
#include <uv.h>

static void on_timer(uv_timer_t *) {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::this_thread::sleep_for' blocks the event loop in function 'on_timer'
  // CHECK: :[[@LINE+29]]:3: note: 'on_timer' is handed to 'uv_timer_start' here, which runs it on the event loop
  // CHECK: :[[@LINE-3]]:3: note: wait on the event loop's asynchronous timer instead of sleeping
}

static void compress(uv_work_t *) { std::ifstream in("big.log"); }

static void on_read(uv_fs_t *) {}

static void on_timer_reads(uv_timer_t *timer) {
  static uv_fs_t open_req, read_req;
  static char data[4096];
  uv_buf_t buffer = uv_buf_init(data, sizeof data);
  uv_fs_open(nullptr, &open_req, "state.json", 0, 0, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'uv_fs_open' blocks the event loop in function 'on_timer_reads': it performs synchronous file I/O (category 'file-io')
  // CHECK: :[[@LINE+16]]:3: note: 'on_timer_reads' is handed to 'uv_timer_start' here, which runs it on the event loop
  // CHECK: :[[@LINE-3]]:3: note: pass a callback so that libuv runs it on its thread pool
  uv_fs_read(nullptr, &read_req, 3, &buffer, 1, -1, on_read);
}

static void compressed(uv_work_t *, int) {
  std::ofstream out("done");
  // CHECK: :[[@LINE-1]]:17: warning: construction of 'std::ofstream' blocks the event loop in function 'compressed'
  // CHECK: :[[@LINE+10]]:3: note: 'compressed' is handed to 'uv_queue_work' here, which runs it on the event loop
}

int main() {
  uv_loop_t *loop = uv_default_loop();
  uv_timer_t timer;
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_timer_start(&timer, on_timer_reads, 10, 0);
  uv_work_t work;
  uv_queue_work(loop, &work, compress, compressed);
  return uv_run(loop, 0);
}
