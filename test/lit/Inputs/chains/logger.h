// A user's logger in the shape of real ones: normal records are queued;
// only a critical record, right before the process exits, runs a child
// process and writes a file. Its error branches are marked unlikely.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#define APP_UNLIKELY(x) __builtin_expect(!!(x), 0)

namespace app {
enum class Severity { info, error, critical };

class Logger {
public:
  void write(Severity severity, const std::string &message) {
    queue_.push_back(message);
    if (severity == Severity::critical) {
      std::FILE *symbols = ::popen("addr2line -e /proc/self/exe", "r");
      char line[256];
      while (std::fgets(line, sizeof line, symbols))
        queue_.push_back(line);
      ::pclose(symbols);
      flush();
      std::exit(EXIT_FAILURE);
    }
    if (severity == Severity::error) [[unlikely]] {
      flush();
    }
    if (APP_UNLIKELY(queue_.size() > 100000))
      flush();
  }
  void flush() {
    std::ofstream out("app.log", std::ios::app);
    for (const std::string &record : queue_)
      out << record << '\n';
    queue_.clear();
  }

private:
  std::vector<std::string> queue_;
};

inline Logger &logger() {
  static Logger instance;
  return instance;
}
} // namespace app
