// A mock of a vendored doctest.h (included with -I, as projects vendor it):
// the namespaces and the shape of CHECK's expansion mirror doctest 2.4, the
// bodies are this test's own. An assertion that logs asks whether a
// debugger is attached by reading /proc/self/status, as doctest does on
// Linux: a synchronous file read, but only when the assertion failed.
#pragma once
#include <fstream>
#include <string>

namespace doctest {
namespace assertType {
enum Enum { DT_CHECK, DT_REQUIRE };
} // namespace assertType
namespace detail {
inline bool isDebuggerActive() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.compare(0, 11, "TracerPid:\t") == 0)
      return line.size() > 11 && line[11] != '0';
  return false;
}
struct Result {
  bool m_passed;
};
template <typename L> struct Expression_lhs {
  L lhs;
  operator Result() { return {static_cast<bool>(lhs)}; }
  template <typename R> Result operator==(const R &rhs) { return {lhs == rhs}; }
  template <typename R> Result operator>(const R &rhs) { return {lhs > rhs}; }
};
struct ExpressionDecomposer {
  explicit ExpressionDecomposer(assertType::Enum) {}
  template <typename L> Expression_lhs<const L &> operator<<(const L &operand) {
    return {operand};
  }
};
struct ResultBuilder {
  ResultBuilder(assertType::Enum, const char *, int, const char *) {}
  void setResult(const Result &result) { m_failed = !result.m_passed; }
  bool log() { return m_failed && isDebuggerActive(); }
  void react() const {}
  bool m_failed = false;
};
} // namespace detail
} // namespace doctest

#define DOCTEST_ASSERT_IMPLEMENT_1(assert_type, ...)                           \
  [&] {                                                                        \
    doctest::detail::ResultBuilder DOCTEST_RB(doctest::assertType::assert_type, \
                                              __FILE__, __LINE__,              \
                                              #__VA_ARGS__);                   \
    DOCTEST_RB.setResult(                                                      \
        doctest::detail::ExpressionDecomposer(doctest::assertType::assert_type) \
        << __VA_ARGS__);                                                       \
    if (DOCTEST_RB.log())                                                      \
      (void)0;                                                                 \
    DOCTEST_RB.react();                                                        \
    return !DOCTEST_RB.m_failed;                                               \
  }()
#define CHECK(...) DOCTEST_ASSERT_IMPLEMENT_1(DT_CHECK, __VA_ARGS__)
#define REQUIRE(...) DOCTEST_ASSERT_IMPLEMENT_1(DT_REQUIRE, __VA_ARGS__)
