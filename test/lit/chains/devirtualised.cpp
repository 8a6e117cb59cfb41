// A virtual call on an object whose type is known — a variable or member
// of class type, or a local pointer the function initialised with 'new T',
// std::make_shared<T> or std::make_unique<T> and never assigns again — runs
// that class's overrider: its chain is followed. Through a reference, a
// parameter, a member pointer, or a pointer that is assigned again, the
// dynamic type is not known, and the call is not followed.
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

class MemoryReader : public Reader {
public:
  long read(char *, long size) override { return size; }
};

void pick(std::shared_ptr<Reader> &reader);

boost::asio::awaitable<void> allocated(bool memory) {
  char data[4096];
  auto shared = std::make_shared<FileReader>();
  shared->read(data, sizeof data);
  // CHECK: :[[@LINE-1]]:11: warning: call to 'FileReader::read' blocks the event loop in coroutine 'allocated': it performs synchronous file I/O through 'fread'
  std::unique_ptr<Reader> unique = std::make_unique<FileReader>();
  unique->read(data, sizeof data);
  // CHECK: :[[@LINE-1]]:11: warning: call to 'FileReader::read' blocks the event loop in coroutine 'allocated': it performs synchronous file I/O through 'fread'
  Reader *raw = new FileReader;
  raw->read(data, sizeof data);
  // CHECK: :[[@LINE-1]]:8: warning: call to 'FileReader::read' blocks the event loop in coroutine 'allocated': it performs synchronous file I/O through 'fread'
  delete raw;
  // In memory: nothing to report.
  auto in_memory = std::make_shared<MemoryReader>();
  in_memory->read(data, sizeof data);

  // Assigned again, reset, or chosen at run time: the class is not known.
  // (They would block if the first class were the one called.)
  std::shared_ptr<Reader> chosen = std::make_shared<FileReader>();
  if (memory)
    chosen = std::make_shared<MemoryReader>();
  chosen->read(data, sizeof data);
  std::unique_ptr<Reader> reset = std::make_unique<FileReader>();
  reset.reset(new MemoryReader);
  reset->read(data, sizeof data);
  std::shared_ptr<Reader> in_lambda = std::make_shared<FileReader>();
  auto choose = [&in_lambda] { in_lambda = std::make_shared<MemoryReader>(); };
  choose();
  in_lambda->read(data, sizeof data);
  std::shared_ptr<Reader> by_reference = std::make_shared<FileReader>();
  pick(by_reference);
  by_reference->read(data, sizeof data);
  Reader *later = new FileReader;
  delete later;
  later = new MemoryReader;
  later->read(data, sizeof data);
  delete later;
  co_return;
}
