#include <boost/asio.hpp>
#include <string>

int rand_range(int low, int high);
int clamp_to(int value, int high);

boost::asio::awaitable<void> make_token(std::string &token) {
  for (int i = 0; i < 10000; ++i)
    token += static_cast<char>('a' + rand_range(0, 25));
  co_return;
}

boost::asio::awaitable<void> clamp_all(int *values) {
  for (int i = 0; i < 1000; ++i)
    values[i] = clamp_to(values[i], 100);
  co_return;
}

long checksum(const char *data);

// Heavy through both calls: the loop is reported, not the call in it.
boost::asio::awaitable<void> verify(const char *data) {
  for (int i = 0; i < 100; ++i)
    if (checksum(data) != rand_range(0, 1))
      break;
  co_return;
}
