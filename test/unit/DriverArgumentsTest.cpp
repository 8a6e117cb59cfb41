//===--- DriverArgumentsTest.cpp - stallcheck unit tests ------------------===//

#include "DriverArguments.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

namespace clang::tidy::stall {
namespace {

TEST(DriverArgumentsTest, CommandLineChoicesInEverySpelling) {
  EXPECT_TRUE(argumentsChooseChecks({"--checks=-*,misc-*", "a.cpp"}));
  EXPECT_TRUE(argumentsChooseChecks({"-checks=*", "a.cpp"}));
  EXPECT_TRUE(argumentsChooseChecks({"-checks", "*", "a.cpp"}));
  EXPECT_TRUE(argumentsChooseChecks({"--config={Checks: x}", "a.cpp"}));
  EXPECT_TRUE(argumentsChooseChecks({"--config-file=/tmp/c", "a.cpp"}));
  EXPECT_FALSE(argumentsChooseChecks({"-p", "build", "a.cpp"}));
  EXPECT_FALSE(argumentsChooseChecks({"--checkstyle", "a.cpp"}));
  EXPECT_FALSE(argumentsChooseChecks({"a.cpp", "--", "-checks=x"}))
      << "arguments after -- belong to the compiler";
}

TEST(DriverArgumentsTest, SourcesSkipOptionValues) {
  using Sources = std::vector<std::string>;
  EXPECT_EQ(sourceArguments({"-p", "build", "a.cpp", "b.cpp"}),
            (Sources{"a.cpp", "b.cpp"}));
  EXPECT_EQ(sourceArguments({"--header-filter", ".*", "--fix", "a.cpp"}),
            (Sources{"a.cpp"}));
  EXPECT_EQ(sourceArguments({"--header-filter=.*", "a.cpp", "--", "x.cpp"}),
            (Sources{"a.cpp"}));
  EXPECT_EQ(sourceArguments({"--list-checks"}), Sources{});
}

TEST(DriverArgumentsTest, WhatToAdd) {
  EXPECT_EQ(defaultChecksArgument(true, std::nullopt), std::nullopt);
  EXPECT_EQ(defaultChecksArgument(false, std::nullopt), "--checks=-*,stall-*");
  EXPECT_EQ(defaultChecksArgument(false, llvm::StringRef("-*,bugprone-*")),
            "--checks=stall-*");
  EXPECT_EQ(defaultChecksArgument(false, llvm::StringRef("-*,stall-*")),
            std::nullopt);
  EXPECT_EQ(defaultChecksArgument(false, llvm::StringRef("*")), std::nullopt);
  EXPECT_EQ(defaultChecksArgument(false,
                                  llvm::StringRef("-stall-blocking-call")),
            std::nullopt)
      << "a configuration that disables the check is followed";
}

TEST(DriverArgumentsTest, ReadsChecksFromClangTidyFiles) {
  llvm::SmallString<128> Directory;
  ASSERT_FALSE(
      llvm::sys::fs::createUniqueDirectory("stall-default-checks", Directory));
  llvm::SmallString<128> Source(Directory);
  llvm::sys::path::append(Source, "a.cpp");
  EXPECT_EQ(configuredChecks(Source), std::nullopt);

  llvm::SmallString<128> Config(Directory);
  llvm::sys::path::append(Config, ".clang-tidy");
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Config, EC);
    ASSERT_FALSE(EC);
    Out << "Checks: '-*,bugprone-*'\n";
  }
  EXPECT_EQ(configuredChecks(Source), "-*,bugprone-*");
  EXPECT_FALSE(llvm::sys::fs::remove(Config));
  EXPECT_FALSE(llvm::sys::fs::remove(Directory));
}

} // namespace
} // namespace clang::tidy::stall
