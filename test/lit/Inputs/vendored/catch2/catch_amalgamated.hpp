// A mock of a vendored Catch2 v3 amalgamated header (included with -I): the
// namespace, the AssertionHandler and REQUIRE's `do { ... } while ((void)0,
// (false) && ...)` expansion mirror Catch2; the bodies are this test's own.
// Reporting a failure writes the report file synchronously.
#pragma once
#include <cstdio>

namespace Catch {
struct ResultDisposition {
  enum Flags { Normal = 1, ContinueOnFailure = 2 };
};
struct Decomposer {
  bool operator<=(bool value) const { return value; }
};
class AssertionHandler {
public:
  AssertionHandler(const char *macroName, int line, const char *expression,
                   ResultDisposition::Flags) {}
  void handleExpr(bool passed) {
    if (!passed)
      reportFailure();
  }
  void complete() {}

private:
  void reportFailure() {
    if (std::FILE *report = std::fopen("catch-report.xml", "a"))
      std::fclose(report);
  }
};
} // namespace Catch

#define INTERNAL_CATCH_TEST(macroName, resultDisposition, ...)                 \
  do {                                                                         \
    Catch::AssertionHandler catchAssertionHandler(macroName, __LINE__,         \
                                                  #__VA_ARGS__,                \
                                                  resultDisposition);          \
    catchAssertionHandler.handleExpr(Catch::Decomposer() <= __VA_ARGS__);      \
    catchAssertionHandler.complete();                                          \
  } while ((void)0, (false) && static_cast<const bool &>(!!(__VA_ARGS__)))
#define REQUIRE(...)                                                           \
  INTERNAL_CATCH_TEST("REQUIRE", Catch::ResultDisposition::Normal, __VA_ARGS__)
#define CHECK(...)                                                             \
  INTERNAL_CATCH_TEST("CHECK", Catch::ResultDisposition::ContinueOnFailure,    \
                      __VA_ARGS__)
