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

TEST(DriverArgumentsTest, SummaryFlagsAreTakenOut) {
  CrossTranslationUnitSettings Settings;
  llvm::SmallVector<const char *, 8> Args = {
      "stallcheck", "--stall-read-summaries",      "sums",  "-p",
      "build",      "--stall-write-summaries=out", "a.cpp", "--",
      "--stall-x"};
  ASSERT_FALSE(static_cast<bool>(takeSummaryFlags(Args, Settings)));
  EXPECT_EQ(Settings.ReadSummariesFrom, "sums");
  EXPECT_EQ(Settings.WriteSummariesTo, "out");
  EXPECT_EQ(std::vector<std::string>(Args.begin(), Args.end()),
            (std::vector<std::string>{"stallcheck", "-p", "build", "a.cpp",
                                      "--", "--stall-x"}));

  auto ErrorOf = [](llvm::SmallVector<const char *, 8> Given) {
    CrossTranslationUnitSettings Fresh;
    return llvm::toString(takeSummaryFlags(Given, Fresh));
  };
  EXPECT_EQ(ErrorOf({"stallcheck", "a.cpp", "--stall-read-summaries"}),
            "option '--stall-read-summaries' needs a path");
  EXPECT_EQ(ErrorOf({"stallcheck", "--stall-write-summaries=", "a.cpp"}),
            "option '--stall-write-summaries' needs a path");
  EXPECT_EQ(ErrorOf({"stallcheck", "--stall-write-summaries=a",
                     "-stall-write-summaries", "b"}),
            "option '--stall-write-summaries' given more than once");
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
