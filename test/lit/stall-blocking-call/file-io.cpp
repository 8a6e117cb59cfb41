// Synchronous file I/O: C stdio, POSIX, file streams and std::filesystem.
// In-memory streams, a user's own ::write and status-only filesystem
// overloads are silent.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <algorithm>
#include <boost/asio.hpp>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

struct Buffer {};
void write(Buffer &); // a C++ function in the global namespace

boost::asio::awaitable<std::string> load(const std::filesystem::path &path) {
  std::FILE *f = std::fopen("config.txt", "r");
  // CHECK: :[[@LINE-1]]:18: warning: call to 'fopen' blocks the event loop in coroutine 'load': it performs synchronous file I/O (category 'file-io') [stall-blocking-call]
  char buf[64];
  std::fread(buf, 1, sizeof buf, f);
  // CHECK: :[[@LINE-1]]:3: note: call to 'fread' on 'f' blocks here too
  std::fclose(f);
  // CHECK: :[[@LINE-1]]:3: note: call to 'fclose' on 'f' blocks here too
  int fd = ::open("data.bin", O_RDONLY);
  // CHECK: :[[@LINE-1]]:12: warning: call to 'open' blocks
  ::read(fd, buf, sizeof buf);
  // CHECK: :[[@LINE-1]]:3: note: call to 'read' on 'fd' blocks here too
  ::fsync(fd);
  // CHECK: :[[@LINE-1]]:3: note: call to 'fsync' on 'fd' blocks here too

  std::ifstream in(path);
  // CHECK: :[[@LINE-1]]:17: warning: construction of 'std::ifstream' blocks the event loop in coroutine 'load': it performs synchronous file I/O (category 'file-io') [stall-blocking-call]
  std::string line;
  std::getline(in, line);
  // CHECK: :[[@LINE-1]]:3: note: call to 'std::getline' on 'in' blocks here too
  int n = 0;
  in >> n;
  // CHECK: :[[@LINE-1]]:6: note: call to 'std::basic_istream<char>::operator>>' on 'in' blocks here too
  std::ofstream out("out.txt");
  // CHECK: :[[@LINE-1]]:17: warning: construction of 'std::ofstream' blocks
  out << line;
  // CHECK: :[[@LINE-1]]:7: note: call to 'std::operator<<' on 'out' blocks here too
  out.flush();
  // CHECK: :[[@LINE-1]]:7: note: call to 'std::ofstream::flush' on 'out' blocks here too
  // One statement writing through a stream is one finding, not one per <<.
  out << line << ' ' << n << '\n';
  // CHECK: :[[@LINE-1]]:7: note: call to 'std::operator<<' on 'out' blocks here too
  std::ofstream("audit.log", std::ios::app) << line << '\n';
  // CHECK: :[[@LINE-1]]:3: warning: construction of 'std::ofstream' blocks
  if (std::filesystem::exists(path)) {
    // CHECK: :[[@LINE-1]]:7: warning: call to 'std::filesystem::exists' blocks
    auto size = std::filesystem::file_size(path);
    // CHECK: :[[@LINE-1]]:17: warning: call to 'std::filesystem::file_size' blocks
    (void)size;
  }

  // Silent: in-memory streams, status-only overloads, look-alikes, and a
  // file stream that opens nothing.
  std::istringstream text("a b");
  std::getline(text, line);
  std::ostringstream formatted;
  formatted << line;
  auto status = std::filesystem::file_status{};
  (void)std::filesystem::is_directory(status);
  Buffer b;
  write(b);
  std::vector<int> v{1, 2, 3};
  v.erase(std::remove(v.begin(), v.end(), 2), v.end());
  std::ifstream unopened;
  co_return line;
}
