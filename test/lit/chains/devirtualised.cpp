// A virtual call on an object whose type is known — a variable or member
// of class type, not a pointer or reference — runs that class's overrider:
// its chain is followed. Through a reference or a pointer the dynamic type
// is not known, and the call is not followed.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <cstdio>
#include <memory>

class Reader {
public:
  virtual ~Reader() = default;
  virtual long read(char *data, long size) = 0;
};

class FileReader : public Reader {
public:
  long read(char *data, long size) override {
    return static_cast<long>(std::fread(data, 1, size, file_));
  }

private:
  std::FILE *file_ = nullptr;
};

class Session {
public:
  boost::asio::awaitable<void> serve() {
    char data[4096];
    reader_.read(data, sizeof data);
    // CHECK: :[[@LINE-1]]:13: warning: call to 'FileReader::read' blocks the event loop in coroutine 'Session::serve': it performs synchronous file I/O through 'fread'
    co_return;
  }

private:
  FileReader reader_;
};

boost::asio::awaitable<void> hash_file(std::unique_ptr<Reader> &any) {
  char data[4096];
  FileReader local;
  local.read(data, sizeof data);
  // CHECK: :[[@LINE-1]]:9: warning: call to 'FileReader::read' blocks the event loop in coroutine 'hash_file': it performs synchronous file I/O through 'fread'
  Reader &view = local;
  view.read(data, sizeof data);
  any->read(data, sizeof data);
  co_return;
}
