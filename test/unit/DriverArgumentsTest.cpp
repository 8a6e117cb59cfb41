//===--- DriverArgumentsTest.cpp - stallcheck unit tests ------------------===//

#include "DriverArguments.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

namespace clang::tidy::stall {
namespace {

void writeFile(llvm::StringRef Path, llvm::StringRef Contents) {
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC);
  ASSERT_FALSE(EC) << Path.str();
  Out << Contents;
}

TEST(DriverArgumentsTest, CommandLineChoicesInEverySpelling) {
  EXPECT_TRUE(argumentsChooseChecks({"--checks=-*,misc-*", "a.cpp"}));
  EXPECT_TRUE(argumentsChooseChecks({"-checks=*", "a.cpp"}));
  EXPECT_TRUE(argumentsChooseChecks({"-checks", "*", "a.cpp"}));
  EXPECT_FALSE(argumentsChooseChecks({"--config={Checks: x}", "a.cpp"}))
      << "a configuration may or may not set Checks: read it";
  EXPECT_FALSE(argumentsChooseChecks({"-p", "build", "a.cpp"}));
  EXPECT_FALSE(argumentsChooseChecks({"--checkstyle", "a.cpp"}));
  EXPECT_FALSE(argumentsChooseChecks({"a.cpp", "--", "-checks=x"}))
      << "arguments after -- belong to the compiler";
}

TEST(DriverArgumentsTest, CommandLineConfigInEverySpelling) {
  EXPECT_EQ(commandLineConfig({"--config={Checks: x}", "a.cpp"}),
            "{Checks: x}");
  EXPECT_EQ(commandLineConfig({"-config", "{Checks: x}", "a.cpp"}),
            "{Checks: x}");
  EXPECT_EQ(commandLineConfig({"--config=", "a.cpp"}), "")
      << "an empty --config is an empty configuration, not a search for "
         ".clang-tidy files";
  EXPECT_EQ(commandLineConfig({"a.cpp", "--", "--config=x"}), std::nullopt);
  EXPECT_EQ(commandLineConfig({"--config-file=/nonexistent/c", "a.cpp"}),
            std::nullopt)
      << "clang-tidy reports the unreadable file itself";
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
  EXPECT_EQ(configuredChecks(Source, std::nullopt), std::nullopt);

  llvm::SmallString<128> Config(Directory);
  llvm::sys::path::append(Config, ".clang-tidy");
  writeFile(Config, "Checks: '-*,bugprone-*'\n");
  EXPECT_EQ(configuredChecks(Source, std::nullopt), "-*,bugprone-*");

  // --config replaces the files' configuration, unless it inherits.
  EXPECT_EQ(configuredChecks(Source, llvm::StringRef("{Checks: 'misc-*'}")),
            "misc-*");
  EXPECT_EQ(configuredChecks(Source, llvm::StringRef("{CheckOptions: {A: b}}")),
            std::nullopt)
      << "a --config without Checks sets none; the files are not read";
  EXPECT_EQ(
      configuredChecks(Source, llvm::StringRef("{InheritParentConfig: "
                                               "true, Checks: 'misc-*'}")),
      "-*,bugprone-*,misc-*");
  EXPECT_EQ(configuredChecks(Source, llvm::StringRef("{Checks: [unclosed")),
            std::nullopt)
      << "clang-tidy reports a configuration it cannot parse";

  // --config-file is read like --config.
  llvm::SmallString<128> Given(Directory);
  llvm::sys::path::append(Given, "given.yaml");
  writeFile(Given, "Checks: 'readability-*'\n");
  std::string GivenArg = ("--config-file=" + Given).str();
  std::optional<std::string> Text =
      commandLineConfig({GivenArg.c_str(), "a.cpp"});
  EXPECT_EQ(configuredChecks(Source, Text
                                         ? std::optional<llvm::StringRef>(*Text)
                                         : std::nullopt),
            "readability-*");
  EXPECT_FALSE(llvm::sys::fs::remove(Given));
  EXPECT_FALSE(llvm::sys::fs::remove(Config));
  EXPECT_FALSE(llvm::sys::fs::remove(Directory));
}

} // namespace
} // namespace clang::tidy::stall
