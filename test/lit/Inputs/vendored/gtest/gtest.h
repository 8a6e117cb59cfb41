// A mock of a vendored GoogleTest header (included with -I): the ::testing
// namespaces and the shape of EXPECT_TRUE mirror GoogleTest; the bodies are
// this test's own. A failed expectation records the result to a file.
#pragma once
#include <fstream>

namespace testing {
class AssertionResult {
public:
  explicit AssertionResult(bool success) : success_(success) {}
  explicit operator bool() const { return success_; }

private:
  bool success_;
};
namespace internal {
class AssertHelper {
public:
  AssertHelper(const char *file, int line) {}
  void operator=(int) const { std::ofstream("test_detail.xml", std::ios::app) << "failure"; }
};
} // namespace internal
} // namespace testing

#define EXPECT_TRUE(condition)                                                 \
  switch (0)                                                                   \
  case 0:                                                                      \
  default:                                                                     \
    if (const ::testing::AssertionResult gtest_ar =                            \
            ::testing::AssertionResult(condition))                             \
      ;                                                                        \
    else                                                                       \
      ::testing::internal::AssertHelper(__FILE__, __LINE__) = 0
