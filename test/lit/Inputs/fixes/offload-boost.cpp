#include <boost/asio.hpp>
#include <cstdio>
#include <string>

namespace asio = boost::asio;

std::string read_config(const char *path) {
  std::string text;
  if (std::FILE *file = std::fopen(path, "r")) {
    char buffer[4096];
    while (std::size_t size = std::fread(buffer, 1, sizeof buffer, file))
      text.append(buffer, size);
    std::fclose(file);
  }
  return text;
}

// The pool the code has: a parameter. The call's value comes back.
asio::awaitable<std::size_t> load(asio::thread_pool &pool) {
  std::string config = read_config("/etc/app.conf");
  co_return config.size();
}

class Indexer {
public:
  // A member pool; a statement and a heavy loop.
  asio::awaitable<void> rebuild(long *table) {
    read_config("/etc/index.conf");
    for (long i = 0; i < 50'000'000; ++i)
      table[i % 1024] += i;
    co_return;
  }

private:
  asio::thread_pool pool_{2};
};

// No pool in reach: the note says what to add, no edit.
asio::awaitable<void> no_pool() {
  read_config("/etc/other.conf");
  co_return;
}

// A local pool declared before the call; a loop that co_returns from
// inside is left alone (in a lambda it would return from the lambda).
asio::awaitable<int> local_pool(const long *table) {
  asio::thread_pool local(1);
  read_config("/etc/local.conf");
  for (long i = 0; i < 50'000'000; ++i)
    if (table[i % 1024] < 0)
      co_return 1;
  co_return 0;
}

int main() {
  asio::io_context io;
  asio::thread_pool pool(2);
  Indexer indexer;
  long table[1024] = {};
  asio::co_spawn(io, load(pool), asio::detached);
  asio::co_spawn(io, indexer.rebuild(table), asio::detached);
  asio::co_spawn(io, no_pool(), asio::detached);
  io.run();
}
