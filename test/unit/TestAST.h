//===--- TestAST.h - stallcheck unit tests ---------------------*- C++ -*-===//
//
// Real parses for the unit tests: code is compiled by clang as C++20 against
// the real system headers (and the lit tests' mock framework headers).
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_TEST_UNIT_TESTAST_H
#define STALLCHECK_TEST_UNIT_TESTAST_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::stall::test {

inline std::unique_ptr<ASTUnit>
parseCxx20(llvm::StringRef Code, llvm::StringRef FileName = "input.cpp") {
  std::vector<std::string> Args = {
      "-std=c++20", "-isystem",
      STALLCHECK_MOCK_HEADERS};
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      Code, Args, FileName, "stallcheck-unit-tests");
  EXPECT_TRUE(AST && !AST->getDiagnostics().hasErrorOccurred())
      << "the test code must compile";
  return AST;
}

/// The definition of the function (or the first specialization of the
/// function template) named \p Name.
inline const FunctionDecl *findFunction(ASTUnit &AST, llvm::StringRef Name) {
  using namespace ast_matchers;
  auto Matches = match(
      functionDecl(hasName(Name), isDefinition()).bind("function"),
      AST.getASTContext());
  if (Matches.empty()) {
    ADD_FAILURE() << "no function '" << Name.str() << "'";
    return nullptr;
  }
  return Matches.front().getNodeAs<FunctionDecl>("function");
}

} // namespace clang::tidy::stall::test

#endif // STALLCHECK_TEST_UNIT_TESTAST_H
