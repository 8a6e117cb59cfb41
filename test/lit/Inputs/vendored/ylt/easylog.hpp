// A mock of yalantinglibs' vendored <ylt/easylog.hpp> (included with -I):
// logger<>::operator+= writes a record; in the synchronous mode the
// appender writes it to a file and rolls the file over when it grows past
// its limit. Declarations mirror easylog; bodies are the test's own.
#pragma once
#include <fstream>
#include <string>
#include <vector>

namespace easylog {
class record_t {
public:
  explicit record_t(std::string message) : message_(std::move(message)) {}
  const std::string &message() const { return message_; }

private:
  std::string message_;
};

class appender {
public:
  void write_record(const record_t &record) {
    if (size_ > limit_)
      roll_log_files();
    file_.write(record.message().data(), record.message().size());
    size_ += record.message().size();
  }
  void queue(record_t record) { queue_.push_back(std::move(record)); }

private:
  void roll_log_files() {
    file_.close();
    file_.open("app.log");
    size_ = 0;
  }
  std::ofstream file_;
  std::vector<record_t> queue_;
  std::size_t size_ = 0, limit_ = 1 << 20;
};

template <std::size_t Id = 0> class logger {
public:
  static logger &instance() {
    static logger instance;
    return instance;
  }
  void operator+=(record_t &&record) {
    if (async_)
      appender_.queue(std::move(record));
    else
      appender_.write_record(record);
  }

private:
  bool async_ = true;
  appender appender_;
};
} // namespace easylog

#define ELOG_INFO(message) easylog::logger<>::instance() += easylog::record_t(message)
