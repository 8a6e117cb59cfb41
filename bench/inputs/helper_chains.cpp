// Benchmark input: a Boost.Asio service whose coroutines reach blocking
// calls and heavy loops through chains of helpers (depth 1 to 5), plus many
// cheap helpers, recursion and member functions: the in-TU chain analysis
// at work on every call. Used by bench/run.sh.
#include <boost/asio.hpp>
#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;

namespace service {

std::string read_0(const std::string &path) {
  std::ifstream in(path + "0");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_0(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 0;
  return sum;
}
int cheap_0(int a) { return a * 0 + 1; }
std::string format_0(int a) { return std::to_string(cheap_0(a)); }
std::string level1_0(const std::string &p) { return read_0(p) + format_0(1); }
std::string level2_0(const std::string &p) { return format_0(2) + level1_0(p); }
std::string level3_0(const std::string &p) { return level2_0(p) + format_0(3); }
std::string level4_0(const std::string &p) { return level3_0(p); }
long compute_0(const std::vector<int> &v) { return crunch_0(v) + cheap_0(2); }
int recurse_0(int n) { return n <= 0 ? cheap_0(n) : recurse_0(n - 1) + 1; }

class Handler0 {
public:
  std::string load(const std::string &p) { return level2_0(p); }
  int quick(int a) const { return cheap_0(a) + recurse_0(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(0)); }
};

asio::awaitable<void> session_0(asio::ip::tcp::socket socket) {
  Handler0 h;
  std::vector<int> data(64, 0);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_0("/etc/app");
    long sum = compute_0(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_0(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_1(const std::string &path) {
  std::ifstream in(path + "1");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_1(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 1;
  return sum;
}
int cheap_1(int a) { return a * 1 + 1; }
std::string format_1(int a) { return std::to_string(cheap_1(a)); }
std::string level1_1(const std::string &p) { return read_1(p) + format_1(1); }
std::string level2_1(const std::string &p) { return format_1(2) + level1_1(p); }
std::string level3_1(const std::string &p) { return level2_1(p) + format_1(3); }
std::string level4_1(const std::string &p) { return level3_1(p); }
long compute_1(const std::vector<int> &v) { return crunch_1(v) + cheap_1(2); }
int recurse_1(int n) { return n <= 0 ? cheap_1(n) : recurse_1(n - 1) + 1; }

class Handler1 {
public:
  std::string load(const std::string &p) { return level2_1(p); }
  int quick(int a) const { return cheap_1(a) + recurse_1(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
};

asio::awaitable<void> session_1(asio::ip::tcp::socket socket) {
  Handler1 h;
  std::vector<int> data(64, 1);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_1("/etc/app");
    long sum = compute_1(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_1(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_2(const std::string &path) {
  std::ifstream in(path + "2");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_2(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 2;
  return sum;
}
int cheap_2(int a) { return a * 2 + 1; }
std::string format_2(int a) { return std::to_string(cheap_2(a)); }
std::string level1_2(const std::string &p) { return read_2(p) + format_2(1); }
std::string level2_2(const std::string &p) { return format_2(2) + level1_2(p); }
std::string level3_2(const std::string &p) { return level2_2(p) + format_2(3); }
std::string level4_2(const std::string &p) { return level3_2(p); }
long compute_2(const std::vector<int> &v) { return crunch_2(v) + cheap_2(2); }
int recurse_2(int n) { return n <= 0 ? cheap_2(n) : recurse_2(n - 1) + 1; }

class Handler2 {
public:
  std::string load(const std::string &p) { return level2_2(p); }
  int quick(int a) const { return cheap_2(a) + recurse_2(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(2)); }
};

asio::awaitable<void> session_2(asio::ip::tcp::socket socket) {
  Handler2 h;
  std::vector<int> data(64, 2);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_2("/etc/app");
    long sum = compute_2(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_2(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_3(const std::string &path) {
  std::ifstream in(path + "3");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_3(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 3;
  return sum;
}
int cheap_3(int a) { return a * 3 + 1; }
std::string format_3(int a) { return std::to_string(cheap_3(a)); }
std::string level1_3(const std::string &p) { return read_3(p) + format_3(1); }
std::string level2_3(const std::string &p) { return format_3(2) + level1_3(p); }
std::string level3_3(const std::string &p) { return level2_3(p) + format_3(3); }
std::string level4_3(const std::string &p) { return level3_3(p); }
long compute_3(const std::vector<int> &v) { return crunch_3(v) + cheap_3(2); }
int recurse_3(int n) { return n <= 0 ? cheap_3(n) : recurse_3(n - 1) + 1; }

class Handler3 {
public:
  std::string load(const std::string &p) { return level2_3(p); }
  int quick(int a) const { return cheap_3(a) + recurse_3(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(3)); }
};

asio::awaitable<void> session_3(asio::ip::tcp::socket socket) {
  Handler3 h;
  std::vector<int> data(64, 3);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_3("/etc/app");
    long sum = compute_3(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_3(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_4(const std::string &path) {
  std::ifstream in(path + "4");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_4(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 4;
  return sum;
}
int cheap_4(int a) { return a * 4 + 1; }
std::string format_4(int a) { return std::to_string(cheap_4(a)); }
std::string level1_4(const std::string &p) { return read_4(p) + format_4(1); }
std::string level2_4(const std::string &p) { return format_4(2) + level1_4(p); }
std::string level3_4(const std::string &p) { return level2_4(p) + format_4(3); }
std::string level4_4(const std::string &p) { return level3_4(p); }
long compute_4(const std::vector<int> &v) { return crunch_4(v) + cheap_4(2); }
int recurse_4(int n) { return n <= 0 ? cheap_4(n) : recurse_4(n - 1) + 1; }

class Handler4 {
public:
  std::string load(const std::string &p) { return level2_4(p); }
  int quick(int a) const { return cheap_4(a) + recurse_4(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(4)); }
};

asio::awaitable<void> session_4(asio::ip::tcp::socket socket) {
  Handler4 h;
  std::vector<int> data(64, 4);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_4("/etc/app");
    long sum = compute_4(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_4(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_5(const std::string &path) {
  std::ifstream in(path + "5");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_5(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 5;
  return sum;
}
int cheap_5(int a) { return a * 5 + 1; }
std::string format_5(int a) { return std::to_string(cheap_5(a)); }
std::string level1_5(const std::string &p) { return read_5(p) + format_5(1); }
std::string level2_5(const std::string &p) { return format_5(2) + level1_5(p); }
std::string level3_5(const std::string &p) { return level2_5(p) + format_5(3); }
std::string level4_5(const std::string &p) { return level3_5(p); }
long compute_5(const std::vector<int> &v) { return crunch_5(v) + cheap_5(2); }
int recurse_5(int n) { return n <= 0 ? cheap_5(n) : recurse_5(n - 1) + 1; }

class Handler5 {
public:
  std::string load(const std::string &p) { return level2_5(p); }
  int quick(int a) const { return cheap_5(a) + recurse_5(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }
};

asio::awaitable<void> session_5(asio::ip::tcp::socket socket) {
  Handler5 h;
  std::vector<int> data(64, 5);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_5("/etc/app");
    long sum = compute_5(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_5(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_6(const std::string &path) {
  std::ifstream in(path + "6");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_6(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 6;
  return sum;
}
int cheap_6(int a) { return a * 6 + 1; }
std::string format_6(int a) { return std::to_string(cheap_6(a)); }
std::string level1_6(const std::string &p) { return read_6(p) + format_6(1); }
std::string level2_6(const std::string &p) { return format_6(2) + level1_6(p); }
std::string level3_6(const std::string &p) { return level2_6(p) + format_6(3); }
std::string level4_6(const std::string &p) { return level3_6(p); }
long compute_6(const std::vector<int> &v) { return crunch_6(v) + cheap_6(2); }
int recurse_6(int n) { return n <= 0 ? cheap_6(n) : recurse_6(n - 1) + 1; }

class Handler6 {
public:
  std::string load(const std::string &p) { return level2_6(p); }
  int quick(int a) const { return cheap_6(a) + recurse_6(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(6)); }
};

asio::awaitable<void> session_6(asio::ip::tcp::socket socket) {
  Handler6 h;
  std::vector<int> data(64, 6);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_6("/etc/app");
    long sum = compute_6(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_6(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_7(const std::string &path) {
  std::ifstream in(path + "7");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_7(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 7;
  return sum;
}
int cheap_7(int a) { return a * 7 + 1; }
std::string format_7(int a) { return std::to_string(cheap_7(a)); }
std::string level1_7(const std::string &p) { return read_7(p) + format_7(1); }
std::string level2_7(const std::string &p) { return format_7(2) + level1_7(p); }
std::string level3_7(const std::string &p) { return level2_7(p) + format_7(3); }
std::string level4_7(const std::string &p) { return level3_7(p); }
long compute_7(const std::vector<int> &v) { return crunch_7(v) + cheap_7(2); }
int recurse_7(int n) { return n <= 0 ? cheap_7(n) : recurse_7(n - 1) + 1; }

class Handler7 {
public:
  std::string load(const std::string &p) { return level2_7(p); }
  int quick(int a) const { return cheap_7(a) + recurse_7(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(7)); }
};

asio::awaitable<void> session_7(asio::ip::tcp::socket socket) {
  Handler7 h;
  std::vector<int> data(64, 7);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_7("/etc/app");
    long sum = compute_7(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_7(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_8(const std::string &path) {
  std::ifstream in(path + "8");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_8(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 8;
  return sum;
}
int cheap_8(int a) { return a * 8 + 1; }
std::string format_8(int a) { return std::to_string(cheap_8(a)); }
std::string level1_8(const std::string &p) { return read_8(p) + format_8(1); }
std::string level2_8(const std::string &p) { return format_8(2) + level1_8(p); }
std::string level3_8(const std::string &p) { return level2_8(p) + format_8(3); }
std::string level4_8(const std::string &p) { return level3_8(p); }
long compute_8(const std::vector<int> &v) { return crunch_8(v) + cheap_8(2); }
int recurse_8(int n) { return n <= 0 ? cheap_8(n) : recurse_8(n - 1) + 1; }

class Handler8 {
public:
  std::string load(const std::string &p) { return level2_8(p); }
  int quick(int a) const { return cheap_8(a) + recurse_8(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(8)); }
};

asio::awaitable<void> session_8(asio::ip::tcp::socket socket) {
  Handler8 h;
  std::vector<int> data(64, 8);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_8("/etc/app");
    long sum = compute_8(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_8(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_9(const std::string &path) {
  std::ifstream in(path + "9");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_9(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 9;
  return sum;
}
int cheap_9(int a) { return a * 9 + 1; }
std::string format_9(int a) { return std::to_string(cheap_9(a)); }
std::string level1_9(const std::string &p) { return read_9(p) + format_9(1); }
std::string level2_9(const std::string &p) { return format_9(2) + level1_9(p); }
std::string level3_9(const std::string &p) { return level2_9(p) + format_9(3); }
std::string level4_9(const std::string &p) { return level3_9(p); }
long compute_9(const std::vector<int> &v) { return crunch_9(v) + cheap_9(2); }
int recurse_9(int n) { return n <= 0 ? cheap_9(n) : recurse_9(n - 1) + 1; }

class Handler9 {
public:
  std::string load(const std::string &p) { return level2_9(p); }
  int quick(int a) const { return cheap_9(a) + recurse_9(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(9)); }
};

asio::awaitable<void> session_9(asio::ip::tcp::socket socket) {
  Handler9 h;
  std::vector<int> data(64, 9);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_9("/etc/app");
    long sum = compute_9(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_9(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_10(const std::string &path) {
  std::ifstream in(path + "10");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_10(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 10;
  return sum;
}
int cheap_10(int a) { return a * 10 + 1; }
std::string format_10(int a) { return std::to_string(cheap_10(a)); }
std::string level1_10(const std::string &p) { return read_10(p) + format_10(1); }
std::string level2_10(const std::string &p) { return format_10(2) + level1_10(p); }
std::string level3_10(const std::string &p) { return level2_10(p) + format_10(3); }
std::string level4_10(const std::string &p) { return level3_10(p); }
long compute_10(const std::vector<int> &v) { return crunch_10(v) + cheap_10(2); }
int recurse_10(int n) { return n <= 0 ? cheap_10(n) : recurse_10(n - 1) + 1; }

class Handler10 {
public:
  std::string load(const std::string &p) { return level2_10(p); }
  int quick(int a) const { return cheap_10(a) + recurse_10(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(10)); }
};

asio::awaitable<void> session_10(asio::ip::tcp::socket socket) {
  Handler10 h;
  std::vector<int> data(64, 10);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_10("/etc/app");
    long sum = compute_10(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_10(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_11(const std::string &path) {
  std::ifstream in(path + "11");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_11(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 11;
  return sum;
}
int cheap_11(int a) { return a * 11 + 1; }
std::string format_11(int a) { return std::to_string(cheap_11(a)); }
std::string level1_11(const std::string &p) { return read_11(p) + format_11(1); }
std::string level2_11(const std::string &p) { return format_11(2) + level1_11(p); }
std::string level3_11(const std::string &p) { return level2_11(p) + format_11(3); }
std::string level4_11(const std::string &p) { return level3_11(p); }
long compute_11(const std::vector<int> &v) { return crunch_11(v) + cheap_11(2); }
int recurse_11(int n) { return n <= 0 ? cheap_11(n) : recurse_11(n - 1) + 1; }

class Handler11 {
public:
  std::string load(const std::string &p) { return level2_11(p); }
  int quick(int a) const { return cheap_11(a) + recurse_11(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(11)); }
};

asio::awaitable<void> session_11(asio::ip::tcp::socket socket) {
  Handler11 h;
  std::vector<int> data(64, 11);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_11("/etc/app");
    long sum = compute_11(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_11(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_12(const std::string &path) {
  std::ifstream in(path + "12");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_12(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 12;
  return sum;
}
int cheap_12(int a) { return a * 12 + 1; }
std::string format_12(int a) { return std::to_string(cheap_12(a)); }
std::string level1_12(const std::string &p) { return read_12(p) + format_12(1); }
std::string level2_12(const std::string &p) { return format_12(2) + level1_12(p); }
std::string level3_12(const std::string &p) { return level2_12(p) + format_12(3); }
std::string level4_12(const std::string &p) { return level3_12(p); }
long compute_12(const std::vector<int> &v) { return crunch_12(v) + cheap_12(2); }
int recurse_12(int n) { return n <= 0 ? cheap_12(n) : recurse_12(n - 1) + 1; }

class Handler12 {
public:
  std::string load(const std::string &p) { return level2_12(p); }
  int quick(int a) const { return cheap_12(a) + recurse_12(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(12)); }
};

asio::awaitable<void> session_12(asio::ip::tcp::socket socket) {
  Handler12 h;
  std::vector<int> data(64, 12);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_12("/etc/app");
    long sum = compute_12(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_12(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_13(const std::string &path) {
  std::ifstream in(path + "13");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_13(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 13;
  return sum;
}
int cheap_13(int a) { return a * 13 + 1; }
std::string format_13(int a) { return std::to_string(cheap_13(a)); }
std::string level1_13(const std::string &p) { return read_13(p) + format_13(1); }
std::string level2_13(const std::string &p) { return format_13(2) + level1_13(p); }
std::string level3_13(const std::string &p) { return level2_13(p) + format_13(3); }
std::string level4_13(const std::string &p) { return level3_13(p); }
long compute_13(const std::vector<int> &v) { return crunch_13(v) + cheap_13(2); }
int recurse_13(int n) { return n <= 0 ? cheap_13(n) : recurse_13(n - 1) + 1; }

class Handler13 {
public:
  std::string load(const std::string &p) { return level2_13(p); }
  int quick(int a) const { return cheap_13(a) + recurse_13(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(13)); }
};

asio::awaitable<void> session_13(asio::ip::tcp::socket socket) {
  Handler13 h;
  std::vector<int> data(64, 13);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_13("/etc/app");
    long sum = compute_13(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_13(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_14(const std::string &path) {
  std::ifstream in(path + "14");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_14(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 14;
  return sum;
}
int cheap_14(int a) { return a * 14 + 1; }
std::string format_14(int a) { return std::to_string(cheap_14(a)); }
std::string level1_14(const std::string &p) { return read_14(p) + format_14(1); }
std::string level2_14(const std::string &p) { return format_14(2) + level1_14(p); }
std::string level3_14(const std::string &p) { return level2_14(p) + format_14(3); }
std::string level4_14(const std::string &p) { return level3_14(p); }
long compute_14(const std::vector<int> &v) { return crunch_14(v) + cheap_14(2); }
int recurse_14(int n) { return n <= 0 ? cheap_14(n) : recurse_14(n - 1) + 1; }

class Handler14 {
public:
  std::string load(const std::string &p) { return level2_14(p); }
  int quick(int a) const { return cheap_14(a) + recurse_14(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(14)); }
};

asio::awaitable<void> session_14(asio::ip::tcp::socket socket) {
  Handler14 h;
  std::vector<int> data(64, 14);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_14("/etc/app");
    long sum = compute_14(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_14(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_15(const std::string &path) {
  std::ifstream in(path + "15");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_15(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 15;
  return sum;
}
int cheap_15(int a) { return a * 15 + 1; }
std::string format_15(int a) { return std::to_string(cheap_15(a)); }
std::string level1_15(const std::string &p) { return read_15(p) + format_15(1); }
std::string level2_15(const std::string &p) { return format_15(2) + level1_15(p); }
std::string level3_15(const std::string &p) { return level2_15(p) + format_15(3); }
std::string level4_15(const std::string &p) { return level3_15(p); }
long compute_15(const std::vector<int> &v) { return crunch_15(v) + cheap_15(2); }
int recurse_15(int n) { return n <= 0 ? cheap_15(n) : recurse_15(n - 1) + 1; }

class Handler15 {
public:
  std::string load(const std::string &p) { return level2_15(p); }
  int quick(int a) const { return cheap_15(a) + recurse_15(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(15)); }
};

asio::awaitable<void> session_15(asio::ip::tcp::socket socket) {
  Handler15 h;
  std::vector<int> data(64, 15);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_15("/etc/app");
    long sum = compute_15(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_15(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_16(const std::string &path) {
  std::ifstream in(path + "16");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_16(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 16;
  return sum;
}
int cheap_16(int a) { return a * 16 + 1; }
std::string format_16(int a) { return std::to_string(cheap_16(a)); }
std::string level1_16(const std::string &p) { return read_16(p) + format_16(1); }
std::string level2_16(const std::string &p) { return format_16(2) + level1_16(p); }
std::string level3_16(const std::string &p) { return level2_16(p) + format_16(3); }
std::string level4_16(const std::string &p) { return level3_16(p); }
long compute_16(const std::vector<int> &v) { return crunch_16(v) + cheap_16(2); }
int recurse_16(int n) { return n <= 0 ? cheap_16(n) : recurse_16(n - 1) + 1; }

class Handler16 {
public:
  std::string load(const std::string &p) { return level2_16(p); }
  int quick(int a) const { return cheap_16(a) + recurse_16(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(16)); }
};

asio::awaitable<void> session_16(asio::ip::tcp::socket socket) {
  Handler16 h;
  std::vector<int> data(64, 16);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_16("/etc/app");
    long sum = compute_16(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_16(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_17(const std::string &path) {
  std::ifstream in(path + "17");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_17(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 17;
  return sum;
}
int cheap_17(int a) { return a * 17 + 1; }
std::string format_17(int a) { return std::to_string(cheap_17(a)); }
std::string level1_17(const std::string &p) { return read_17(p) + format_17(1); }
std::string level2_17(const std::string &p) { return format_17(2) + level1_17(p); }
std::string level3_17(const std::string &p) { return level2_17(p) + format_17(3); }
std::string level4_17(const std::string &p) { return level3_17(p); }
long compute_17(const std::vector<int> &v) { return crunch_17(v) + cheap_17(2); }
int recurse_17(int n) { return n <= 0 ? cheap_17(n) : recurse_17(n - 1) + 1; }

class Handler17 {
public:
  std::string load(const std::string &p) { return level2_17(p); }
  int quick(int a) const { return cheap_17(a) + recurse_17(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(17)); }
};

asio::awaitable<void> session_17(asio::ip::tcp::socket socket) {
  Handler17 h;
  std::vector<int> data(64, 17);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_17("/etc/app");
    long sum = compute_17(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_17(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_18(const std::string &path) {
  std::ifstream in(path + "18");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_18(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 18;
  return sum;
}
int cheap_18(int a) { return a * 18 + 1; }
std::string format_18(int a) { return std::to_string(cheap_18(a)); }
std::string level1_18(const std::string &p) { return read_18(p) + format_18(1); }
std::string level2_18(const std::string &p) { return format_18(2) + level1_18(p); }
std::string level3_18(const std::string &p) { return level2_18(p) + format_18(3); }
std::string level4_18(const std::string &p) { return level3_18(p); }
long compute_18(const std::vector<int> &v) { return crunch_18(v) + cheap_18(2); }
int recurse_18(int n) { return n <= 0 ? cheap_18(n) : recurse_18(n - 1) + 1; }

class Handler18 {
public:
  std::string load(const std::string &p) { return level2_18(p); }
  int quick(int a) const { return cheap_18(a) + recurse_18(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(18)); }
};

asio::awaitable<void> session_18(asio::ip::tcp::socket socket) {
  Handler18 h;
  std::vector<int> data(64, 18);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_18("/etc/app");
    long sum = compute_18(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_18(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_19(const std::string &path) {
  std::ifstream in(path + "19");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_19(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 19;
  return sum;
}
int cheap_19(int a) { return a * 19 + 1; }
std::string format_19(int a) { return std::to_string(cheap_19(a)); }
std::string level1_19(const std::string &p) { return read_19(p) + format_19(1); }
std::string level2_19(const std::string &p) { return format_19(2) + level1_19(p); }
std::string level3_19(const std::string &p) { return level2_19(p) + format_19(3); }
std::string level4_19(const std::string &p) { return level3_19(p); }
long compute_19(const std::vector<int> &v) { return crunch_19(v) + cheap_19(2); }
int recurse_19(int n) { return n <= 0 ? cheap_19(n) : recurse_19(n - 1) + 1; }

class Handler19 {
public:
  std::string load(const std::string &p) { return level2_19(p); }
  int quick(int a) const { return cheap_19(a) + recurse_19(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(19)); }
};

asio::awaitable<void> session_19(asio::ip::tcp::socket socket) {
  Handler19 h;
  std::vector<int> data(64, 19);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_19("/etc/app");
    long sum = compute_19(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_19(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_20(const std::string &path) {
  std::ifstream in(path + "20");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_20(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 20;
  return sum;
}
int cheap_20(int a) { return a * 20 + 1; }
std::string format_20(int a) { return std::to_string(cheap_20(a)); }
std::string level1_20(const std::string &p) { return read_20(p) + format_20(1); }
std::string level2_20(const std::string &p) { return format_20(2) + level1_20(p); }
std::string level3_20(const std::string &p) { return level2_20(p) + format_20(3); }
std::string level4_20(const std::string &p) { return level3_20(p); }
long compute_20(const std::vector<int> &v) { return crunch_20(v) + cheap_20(2); }
int recurse_20(int n) { return n <= 0 ? cheap_20(n) : recurse_20(n - 1) + 1; }

class Handler20 {
public:
  std::string load(const std::string &p) { return level2_20(p); }
  int quick(int a) const { return cheap_20(a) + recurse_20(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(20)); }
};

asio::awaitable<void> session_20(asio::ip::tcp::socket socket) {
  Handler20 h;
  std::vector<int> data(64, 20);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_20("/etc/app");
    long sum = compute_20(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_20(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_21(const std::string &path) {
  std::ifstream in(path + "21");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_21(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 21;
  return sum;
}
int cheap_21(int a) { return a * 21 + 1; }
std::string format_21(int a) { return std::to_string(cheap_21(a)); }
std::string level1_21(const std::string &p) { return read_21(p) + format_21(1); }
std::string level2_21(const std::string &p) { return format_21(2) + level1_21(p); }
std::string level3_21(const std::string &p) { return level2_21(p) + format_21(3); }
std::string level4_21(const std::string &p) { return level3_21(p); }
long compute_21(const std::vector<int> &v) { return crunch_21(v) + cheap_21(2); }
int recurse_21(int n) { return n <= 0 ? cheap_21(n) : recurse_21(n - 1) + 1; }

class Handler21 {
public:
  std::string load(const std::string &p) { return level2_21(p); }
  int quick(int a) const { return cheap_21(a) + recurse_21(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(21)); }
};

asio::awaitable<void> session_21(asio::ip::tcp::socket socket) {
  Handler21 h;
  std::vector<int> data(64, 21);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_21("/etc/app");
    long sum = compute_21(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_21(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_22(const std::string &path) {
  std::ifstream in(path + "22");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_22(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 22;
  return sum;
}
int cheap_22(int a) { return a * 22 + 1; }
std::string format_22(int a) { return std::to_string(cheap_22(a)); }
std::string level1_22(const std::string &p) { return read_22(p) + format_22(1); }
std::string level2_22(const std::string &p) { return format_22(2) + level1_22(p); }
std::string level3_22(const std::string &p) { return level2_22(p) + format_22(3); }
std::string level4_22(const std::string &p) { return level3_22(p); }
long compute_22(const std::vector<int> &v) { return crunch_22(v) + cheap_22(2); }
int recurse_22(int n) { return n <= 0 ? cheap_22(n) : recurse_22(n - 1) + 1; }

class Handler22 {
public:
  std::string load(const std::string &p) { return level2_22(p); }
  int quick(int a) const { return cheap_22(a) + recurse_22(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(22)); }
};

asio::awaitable<void> session_22(asio::ip::tcp::socket socket) {
  Handler22 h;
  std::vector<int> data(64, 22);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_22("/etc/app");
    long sum = compute_22(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_22(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_23(const std::string &path) {
  std::ifstream in(path + "23");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_23(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 23;
  return sum;
}
int cheap_23(int a) { return a * 23 + 1; }
std::string format_23(int a) { return std::to_string(cheap_23(a)); }
std::string level1_23(const std::string &p) { return read_23(p) + format_23(1); }
std::string level2_23(const std::string &p) { return format_23(2) + level1_23(p); }
std::string level3_23(const std::string &p) { return level2_23(p) + format_23(3); }
std::string level4_23(const std::string &p) { return level3_23(p); }
long compute_23(const std::vector<int> &v) { return crunch_23(v) + cheap_23(2); }
int recurse_23(int n) { return n <= 0 ? cheap_23(n) : recurse_23(n - 1) + 1; }

class Handler23 {
public:
  std::string load(const std::string &p) { return level2_23(p); }
  int quick(int a) const { return cheap_23(a) + recurse_23(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(23)); }
};

asio::awaitable<void> session_23(asio::ip::tcp::socket socket) {
  Handler23 h;
  std::vector<int> data(64, 23);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_23("/etc/app");
    long sum = compute_23(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_23(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_24(const std::string &path) {
  std::ifstream in(path + "24");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_24(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 24;
  return sum;
}
int cheap_24(int a) { return a * 24 + 1; }
std::string format_24(int a) { return std::to_string(cheap_24(a)); }
std::string level1_24(const std::string &p) { return read_24(p) + format_24(1); }
std::string level2_24(const std::string &p) { return format_24(2) + level1_24(p); }
std::string level3_24(const std::string &p) { return level2_24(p) + format_24(3); }
std::string level4_24(const std::string &p) { return level3_24(p); }
long compute_24(const std::vector<int> &v) { return crunch_24(v) + cheap_24(2); }
int recurse_24(int n) { return n <= 0 ? cheap_24(n) : recurse_24(n - 1) + 1; }

class Handler24 {
public:
  std::string load(const std::string &p) { return level2_24(p); }
  int quick(int a) const { return cheap_24(a) + recurse_24(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(24)); }
};

asio::awaitable<void> session_24(asio::ip::tcp::socket socket) {
  Handler24 h;
  std::vector<int> data(64, 24);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_24("/etc/app");
    long sum = compute_24(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_24(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_25(const std::string &path) {
  std::ifstream in(path + "25");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_25(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 25;
  return sum;
}
int cheap_25(int a) { return a * 25 + 1; }
std::string format_25(int a) { return std::to_string(cheap_25(a)); }
std::string level1_25(const std::string &p) { return read_25(p) + format_25(1); }
std::string level2_25(const std::string &p) { return format_25(2) + level1_25(p); }
std::string level3_25(const std::string &p) { return level2_25(p) + format_25(3); }
std::string level4_25(const std::string &p) { return level3_25(p); }
long compute_25(const std::vector<int> &v) { return crunch_25(v) + cheap_25(2); }
int recurse_25(int n) { return n <= 0 ? cheap_25(n) : recurse_25(n - 1) + 1; }

class Handler25 {
public:
  std::string load(const std::string &p) { return level2_25(p); }
  int quick(int a) const { return cheap_25(a) + recurse_25(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(25)); }
};

asio::awaitable<void> session_25(asio::ip::tcp::socket socket) {
  Handler25 h;
  std::vector<int> data(64, 25);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_25("/etc/app");
    long sum = compute_25(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_25(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_26(const std::string &path) {
  std::ifstream in(path + "26");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_26(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 26;
  return sum;
}
int cheap_26(int a) { return a * 26 + 1; }
std::string format_26(int a) { return std::to_string(cheap_26(a)); }
std::string level1_26(const std::string &p) { return read_26(p) + format_26(1); }
std::string level2_26(const std::string &p) { return format_26(2) + level1_26(p); }
std::string level3_26(const std::string &p) { return level2_26(p) + format_26(3); }
std::string level4_26(const std::string &p) { return level3_26(p); }
long compute_26(const std::vector<int> &v) { return crunch_26(v) + cheap_26(2); }
int recurse_26(int n) { return n <= 0 ? cheap_26(n) : recurse_26(n - 1) + 1; }

class Handler26 {
public:
  std::string load(const std::string &p) { return level2_26(p); }
  int quick(int a) const { return cheap_26(a) + recurse_26(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(26)); }
};

asio::awaitable<void> session_26(asio::ip::tcp::socket socket) {
  Handler26 h;
  std::vector<int> data(64, 26);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_26("/etc/app");
    long sum = compute_26(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_26(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_27(const std::string &path) {
  std::ifstream in(path + "27");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_27(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 27;
  return sum;
}
int cheap_27(int a) { return a * 27 + 1; }
std::string format_27(int a) { return std::to_string(cheap_27(a)); }
std::string level1_27(const std::string &p) { return read_27(p) + format_27(1); }
std::string level2_27(const std::string &p) { return format_27(2) + level1_27(p); }
std::string level3_27(const std::string &p) { return level2_27(p) + format_27(3); }
std::string level4_27(const std::string &p) { return level3_27(p); }
long compute_27(const std::vector<int> &v) { return crunch_27(v) + cheap_27(2); }
int recurse_27(int n) { return n <= 0 ? cheap_27(n) : recurse_27(n - 1) + 1; }

class Handler27 {
public:
  std::string load(const std::string &p) { return level2_27(p); }
  int quick(int a) const { return cheap_27(a) + recurse_27(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(27)); }
};

asio::awaitable<void> session_27(asio::ip::tcp::socket socket) {
  Handler27 h;
  std::vector<int> data(64, 27);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_27("/etc/app");
    long sum = compute_27(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_27(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_28(const std::string &path) {
  std::ifstream in(path + "28");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_28(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 28;
  return sum;
}
int cheap_28(int a) { return a * 28 + 1; }
std::string format_28(int a) { return std::to_string(cheap_28(a)); }
std::string level1_28(const std::string &p) { return read_28(p) + format_28(1); }
std::string level2_28(const std::string &p) { return format_28(2) + level1_28(p); }
std::string level3_28(const std::string &p) { return level2_28(p) + format_28(3); }
std::string level4_28(const std::string &p) { return level3_28(p); }
long compute_28(const std::vector<int> &v) { return crunch_28(v) + cheap_28(2); }
int recurse_28(int n) { return n <= 0 ? cheap_28(n) : recurse_28(n - 1) + 1; }

class Handler28 {
public:
  std::string load(const std::string &p) { return level2_28(p); }
  int quick(int a) const { return cheap_28(a) + recurse_28(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(28)); }
};

asio::awaitable<void> session_28(asio::ip::tcp::socket socket) {
  Handler28 h;
  std::vector<int> data(64, 28);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_28("/etc/app");
    long sum = compute_28(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_28(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_29(const std::string &path) {
  std::ifstream in(path + "29");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_29(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 29;
  return sum;
}
int cheap_29(int a) { return a * 29 + 1; }
std::string format_29(int a) { return std::to_string(cheap_29(a)); }
std::string level1_29(const std::string &p) { return read_29(p) + format_29(1); }
std::string level2_29(const std::string &p) { return format_29(2) + level1_29(p); }
std::string level3_29(const std::string &p) { return level2_29(p) + format_29(3); }
std::string level4_29(const std::string &p) { return level3_29(p); }
long compute_29(const std::vector<int> &v) { return crunch_29(v) + cheap_29(2); }
int recurse_29(int n) { return n <= 0 ? cheap_29(n) : recurse_29(n - 1) + 1; }

class Handler29 {
public:
  std::string load(const std::string &p) { return level2_29(p); }
  int quick(int a) const { return cheap_29(a) + recurse_29(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(29)); }
};

asio::awaitable<void> session_29(asio::ip::tcp::socket socket) {
  Handler29 h;
  std::vector<int> data(64, 29);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_29("/etc/app");
    long sum = compute_29(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_29(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_30(const std::string &path) {
  std::ifstream in(path + "30");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_30(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 30;
  return sum;
}
int cheap_30(int a) { return a * 30 + 1; }
std::string format_30(int a) { return std::to_string(cheap_30(a)); }
std::string level1_30(const std::string &p) { return read_30(p) + format_30(1); }
std::string level2_30(const std::string &p) { return format_30(2) + level1_30(p); }
std::string level3_30(const std::string &p) { return level2_30(p) + format_30(3); }
std::string level4_30(const std::string &p) { return level3_30(p); }
long compute_30(const std::vector<int> &v) { return crunch_30(v) + cheap_30(2); }
int recurse_30(int n) { return n <= 0 ? cheap_30(n) : recurse_30(n - 1) + 1; }

class Handler30 {
public:
  std::string load(const std::string &p) { return level2_30(p); }
  int quick(int a) const { return cheap_30(a) + recurse_30(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(30)); }
};

asio::awaitable<void> session_30(asio::ip::tcp::socket socket) {
  Handler30 h;
  std::vector<int> data(64, 30);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_30("/etc/app");
    long sum = compute_30(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_30(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_31(const std::string &path) {
  std::ifstream in(path + "31");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_31(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 31;
  return sum;
}
int cheap_31(int a) { return a * 31 + 1; }
std::string format_31(int a) { return std::to_string(cheap_31(a)); }
std::string level1_31(const std::string &p) { return read_31(p) + format_31(1); }
std::string level2_31(const std::string &p) { return format_31(2) + level1_31(p); }
std::string level3_31(const std::string &p) { return level2_31(p) + format_31(3); }
std::string level4_31(const std::string &p) { return level3_31(p); }
long compute_31(const std::vector<int> &v) { return crunch_31(v) + cheap_31(2); }
int recurse_31(int n) { return n <= 0 ? cheap_31(n) : recurse_31(n - 1) + 1; }

class Handler31 {
public:
  std::string load(const std::string &p) { return level2_31(p); }
  int quick(int a) const { return cheap_31(a) + recurse_31(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(31)); }
};

asio::awaitable<void> session_31(asio::ip::tcp::socket socket) {
  Handler31 h;
  std::vector<int> data(64, 31);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_31("/etc/app");
    long sum = compute_31(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_31(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_32(const std::string &path) {
  std::ifstream in(path + "32");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_32(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 32;
  return sum;
}
int cheap_32(int a) { return a * 32 + 1; }
std::string format_32(int a) { return std::to_string(cheap_32(a)); }
std::string level1_32(const std::string &p) { return read_32(p) + format_32(1); }
std::string level2_32(const std::string &p) { return format_32(2) + level1_32(p); }
std::string level3_32(const std::string &p) { return level2_32(p) + format_32(3); }
std::string level4_32(const std::string &p) { return level3_32(p); }
long compute_32(const std::vector<int> &v) { return crunch_32(v) + cheap_32(2); }
int recurse_32(int n) { return n <= 0 ? cheap_32(n) : recurse_32(n - 1) + 1; }

class Handler32 {
public:
  std::string load(const std::string &p) { return level2_32(p); }
  int quick(int a) const { return cheap_32(a) + recurse_32(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(32)); }
};

asio::awaitable<void> session_32(asio::ip::tcp::socket socket) {
  Handler32 h;
  std::vector<int> data(64, 32);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_32("/etc/app");
    long sum = compute_32(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_32(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_33(const std::string &path) {
  std::ifstream in(path + "33");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_33(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 33;
  return sum;
}
int cheap_33(int a) { return a * 33 + 1; }
std::string format_33(int a) { return std::to_string(cheap_33(a)); }
std::string level1_33(const std::string &p) { return read_33(p) + format_33(1); }
std::string level2_33(const std::string &p) { return format_33(2) + level1_33(p); }
std::string level3_33(const std::string &p) { return level2_33(p) + format_33(3); }
std::string level4_33(const std::string &p) { return level3_33(p); }
long compute_33(const std::vector<int> &v) { return crunch_33(v) + cheap_33(2); }
int recurse_33(int n) { return n <= 0 ? cheap_33(n) : recurse_33(n - 1) + 1; }

class Handler33 {
public:
  std::string load(const std::string &p) { return level2_33(p); }
  int quick(int a) const { return cheap_33(a) + recurse_33(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(33)); }
};

asio::awaitable<void> session_33(asio::ip::tcp::socket socket) {
  Handler33 h;
  std::vector<int> data(64, 33);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_33("/etc/app");
    long sum = compute_33(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_33(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_34(const std::string &path) {
  std::ifstream in(path + "34");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_34(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 34;
  return sum;
}
int cheap_34(int a) { return a * 34 + 1; }
std::string format_34(int a) { return std::to_string(cheap_34(a)); }
std::string level1_34(const std::string &p) { return read_34(p) + format_34(1); }
std::string level2_34(const std::string &p) { return format_34(2) + level1_34(p); }
std::string level3_34(const std::string &p) { return level2_34(p) + format_34(3); }
std::string level4_34(const std::string &p) { return level3_34(p); }
long compute_34(const std::vector<int> &v) { return crunch_34(v) + cheap_34(2); }
int recurse_34(int n) { return n <= 0 ? cheap_34(n) : recurse_34(n - 1) + 1; }

class Handler34 {
public:
  std::string load(const std::string &p) { return level2_34(p); }
  int quick(int a) const { return cheap_34(a) + recurse_34(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(34)); }
};

asio::awaitable<void> session_34(asio::ip::tcp::socket socket) {
  Handler34 h;
  std::vector<int> data(64, 34);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_34("/etc/app");
    long sum = compute_34(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_34(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_35(const std::string &path) {
  std::ifstream in(path + "35");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_35(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 35;
  return sum;
}
int cheap_35(int a) { return a * 35 + 1; }
std::string format_35(int a) { return std::to_string(cheap_35(a)); }
std::string level1_35(const std::string &p) { return read_35(p) + format_35(1); }
std::string level2_35(const std::string &p) { return format_35(2) + level1_35(p); }
std::string level3_35(const std::string &p) { return level2_35(p) + format_35(3); }
std::string level4_35(const std::string &p) { return level3_35(p); }
long compute_35(const std::vector<int> &v) { return crunch_35(v) + cheap_35(2); }
int recurse_35(int n) { return n <= 0 ? cheap_35(n) : recurse_35(n - 1) + 1; }

class Handler35 {
public:
  std::string load(const std::string &p) { return level2_35(p); }
  int quick(int a) const { return cheap_35(a) + recurse_35(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(35)); }
};

asio::awaitable<void> session_35(asio::ip::tcp::socket socket) {
  Handler35 h;
  std::vector<int> data(64, 35);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_35("/etc/app");
    long sum = compute_35(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_35(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_36(const std::string &path) {
  std::ifstream in(path + "36");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_36(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 36;
  return sum;
}
int cheap_36(int a) { return a * 36 + 1; }
std::string format_36(int a) { return std::to_string(cheap_36(a)); }
std::string level1_36(const std::string &p) { return read_36(p) + format_36(1); }
std::string level2_36(const std::string &p) { return format_36(2) + level1_36(p); }
std::string level3_36(const std::string &p) { return level2_36(p) + format_36(3); }
std::string level4_36(const std::string &p) { return level3_36(p); }
long compute_36(const std::vector<int> &v) { return crunch_36(v) + cheap_36(2); }
int recurse_36(int n) { return n <= 0 ? cheap_36(n) : recurse_36(n - 1) + 1; }

class Handler36 {
public:
  std::string load(const std::string &p) { return level2_36(p); }
  int quick(int a) const { return cheap_36(a) + recurse_36(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(36)); }
};

asio::awaitable<void> session_36(asio::ip::tcp::socket socket) {
  Handler36 h;
  std::vector<int> data(64, 36);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_36("/etc/app");
    long sum = compute_36(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_36(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_37(const std::string &path) {
  std::ifstream in(path + "37");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_37(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 37;
  return sum;
}
int cheap_37(int a) { return a * 37 + 1; }
std::string format_37(int a) { return std::to_string(cheap_37(a)); }
std::string level1_37(const std::string &p) { return read_37(p) + format_37(1); }
std::string level2_37(const std::string &p) { return format_37(2) + level1_37(p); }
std::string level3_37(const std::string &p) { return level2_37(p) + format_37(3); }
std::string level4_37(const std::string &p) { return level3_37(p); }
long compute_37(const std::vector<int> &v) { return crunch_37(v) + cheap_37(2); }
int recurse_37(int n) { return n <= 0 ? cheap_37(n) : recurse_37(n - 1) + 1; }

class Handler37 {
public:
  std::string load(const std::string &p) { return level2_37(p); }
  int quick(int a) const { return cheap_37(a) + recurse_37(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(37)); }
};

asio::awaitable<void> session_37(asio::ip::tcp::socket socket) {
  Handler37 h;
  std::vector<int> data(64, 37);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_37("/etc/app");
    long sum = compute_37(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_37(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_38(const std::string &path) {
  std::ifstream in(path + "38");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_38(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 38;
  return sum;
}
int cheap_38(int a) { return a * 38 + 1; }
std::string format_38(int a) { return std::to_string(cheap_38(a)); }
std::string level1_38(const std::string &p) { return read_38(p) + format_38(1); }
std::string level2_38(const std::string &p) { return format_38(2) + level1_38(p); }
std::string level3_38(const std::string &p) { return level2_38(p) + format_38(3); }
std::string level4_38(const std::string &p) { return level3_38(p); }
long compute_38(const std::vector<int> &v) { return crunch_38(v) + cheap_38(2); }
int recurse_38(int n) { return n <= 0 ? cheap_38(n) : recurse_38(n - 1) + 1; }

class Handler38 {
public:
  std::string load(const std::string &p) { return level2_38(p); }
  int quick(int a) const { return cheap_38(a) + recurse_38(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(38)); }
};

asio::awaitable<void> session_38(asio::ip::tcp::socket socket) {
  Handler38 h;
  std::vector<int> data(64, 38);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_38("/etc/app");
    long sum = compute_38(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_38(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

std::string read_39(const std::string &path) {
  std::ifstream in(path + "39");
  std::string text;
  std::getline(in, text);
  return text;
}
long crunch_39(const std::vector<int> &v) {
  long sum = 0;
  for (int k = 0; k < 5'000'000; ++k)
    sum += v[k % v.size()] * 39;
  return sum;
}
int cheap_39(int a) { return a * 39 + 1; }
std::string format_39(int a) { return std::to_string(cheap_39(a)); }
std::string level1_39(const std::string &p) { return read_39(p) + format_39(1); }
std::string level2_39(const std::string &p) { return format_39(2) + level1_39(p); }
std::string level3_39(const std::string &p) { return level2_39(p) + format_39(3); }
std::string level4_39(const std::string &p) { return level3_39(p); }
long compute_39(const std::vector<int> &v) { return crunch_39(v) + cheap_39(2); }
int recurse_39(int n) { return n <= 0 ? cheap_39(n) : recurse_39(n - 1) + 1; }

class Handler39 {
public:
  std::string load(const std::string &p) { return level2_39(p); }
  int quick(int a) const { return cheap_39(a) + recurse_39(3); }
  void wait() { std::this_thread::sleep_for(std::chrono::milliseconds(39)); }
};

asio::awaitable<void> session_39(asio::ip::tcp::socket socket) {
  Handler39 h;
  std::vector<int> data(64, 39);
  char buf[256];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf),
                                                    asio::use_awaitable);
    std::string cfg = level4_39("/etc/app");
    long sum = compute_39(data);
    int q = h.quick(static_cast<int>(n));
    std::string more = h.load("/var/data");
    h.wait();
    std::string reply = format_39(q) + cfg + more + std::to_string(sum);
    co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
  }
}

} // namespace service

int main() {
  asio::io_context io;
  asio::co_spawn(io, service::session_0(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_1(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_2(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_3(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_4(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_5(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_6(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_7(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_8(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_9(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_10(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_11(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_12(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_13(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_14(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_15(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_16(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_17(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_18(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_19(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_20(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_21(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_22(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_23(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_24(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_25(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_26(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_27(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_28(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_29(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_30(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_31(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_32(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_33(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_34(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_35(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_36(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_37(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_38(asio::ip::tcp::socket(io)), asio::detached);
  asio::co_spawn(io, service::session_39(asio::ip::tcp::socket(io)), asio::detached);
  io.run();
}
