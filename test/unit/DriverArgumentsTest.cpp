//===--- DriverArgumentsTest.cpp - stallcheck unit tests ------------------===//

#include "DriverArguments.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
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

TEST(DriverArgumentsTest, ProjectRootFromGitOrTheBuildDirectory) {
  llvm::SmallString<128> Directory;
  ASSERT_FALSE(
      llvm::sys::fs::createUniqueDirectory("stall-project-root", Directory));
  llvm::SmallString<128> Real;
  ASSERT_FALSE(llvm::sys::fs::real_path(Directory, Real));
  auto Path = [&](llvm::StringRef Relative) {
    llvm::SmallString<128> Result(Real);
    llvm::sys::path::append(Result, Relative);
    return std::string(Result);
  };
  ASSERT_FALSE(llvm::sys::fs::create_directories(Path("repo/src/net")));
  ASSERT_FALSE(llvm::sys::fs::create_directories(Path("repo/build")));

  // No repository: what the file and the build directory share.
  EXPECT_EQ(projectRoot(Path("repo/src/net/a.cpp"), Path("repo/build")),
            Path("repo"));
  EXPECT_EQ(projectRoot(Path("repo/src/net/a.cpp"), Path("repo")), Path("repo"))
      << "an in-source build";
  EXPECT_EQ(projectRoot(Path("repo/src/../src/net/a.cpp"), ""),
            Path("repo/src/net"))
      << "no build directory: the file's own, without '..'";
  EXPECT_EQ(projectRoot(Path("repo/src/net/a.cpp"), "/tmp-elsewhere/build"),
            Path("repo/src/net"))
      << "sharing only the file system's root is sharing nothing";

  // A repository decides.
  ASSERT_FALSE(llvm::sys::fs::create_directories(Path("repo/.git")));
  EXPECT_EQ(projectRoot(Path("repo/src/net/a.cpp"), "/tmp-elsewhere/build"),
            Path("repo"));
  EXPECT_FALSE(llvm::sys::fs::remove_directories(Directory));
}

TEST(DriverArgumentsTest, HeaderFiltersByDefault) {
  llvm::Regex Filter(defaultHeaderFilter("/p/repo"));
  EXPECT_TRUE(Filter.match("/p/repo/include/net/conn.hpp"));
  EXPECT_TRUE(Filter.match("include/net/conn.hpp")) << "relative: -Iinclude";
  EXPECT_TRUE(Filter.match("../include/net/conn.hpp"));
  EXPECT_FALSE(Filter.match("/p/repository/x.hpp")) << "a sibling, not a child";
  EXPECT_FALSE(Filter.match("/usr/local/include/lib.hpp"));
  llvm::Regex Dotted(defaultHeaderFilter("/p/my.repo"));
  EXPECT_FALSE(Dotted.match("/p/myxrepo/a.hpp")) << "the root is escaped";

  llvm::Regex Exclude(DefaultExcludeHeaderFilter);
  for (llvm::StringRef Vendored :
       {"/p/repo/third_party/lib/lib.hpp", "third_party/lib.hpp",
        "./vendor/x.h", "/p/repo/build/_deps/fmt-src/include/fmt/core.h",
        "/p/repo/external/asio/asio.hpp", "/p/repo/3rdparty/json.hpp"})
    EXPECT_TRUE(Exclude.match(Vendored)) << Vendored.str();
  for (llvm::StringRef Own :
       {"/p/repo/include/vendors.hpp", "/p/repo/src/externals/x.h"})
    EXPECT_FALSE(Exclude.match(Own)) << Own.str();
}

TEST(DriverArgumentsTest, HeaderFilterArgumentsUnlessSaid) {
  const ConfiguredOptions None;
  auto Added = [&](const std::vector<const char *> &Args,
                   const ConfiguredOptions &Configured) {
    return defaultHeaderFilterArguments(Args, "/p/repo/src/a.cpp", Configured);
  };
  std::vector<std::string> Both = Added({"-p", "/p/repo/build"}, None);
  ASSERT_EQ(Both.size(), 2u);
  EXPECT_EQ(Both[0], "--header-filter=" + defaultHeaderFilter("/p/repo"));
  EXPECT_EQ(Both[1],
            ("--exclude-header-filter=" + DefaultExcludeHeaderFilter).str());

  EXPECT_TRUE(Added({"/p/repo/src/a.cpp", "--", "-std=c++20"}, None).empty())
      << "no compilation database: clang-tidy's default";
  EXPECT_TRUE(Added({"-p", "b", "--header-filter=.*"}, None).empty());
  EXPECT_TRUE(Added({"-p", "b", "-header-filter", ".*"}, None).empty());
  EXPECT_EQ(Added({"-p", "b", "--exclude-header-filter=x"}, None).size(), 1u)
      << "the default filter, the user's exclusion";

  ConfiguredOptions Filtered;
  Filtered.SetsHeaderFilter = true;
  EXPECT_TRUE(Added({"-p", "b"}, Filtered).empty());
  ConfiguredOptions Excluding;
  Excluding.SetsExcludeHeaderFilter = true;
  EXPECT_EQ(Added({"-p", "b"}, Excluding).size(), 1u);
}

TEST(DriverArgumentsTest, ReadsHeaderFiltersFromClangTidyFiles) {
  llvm::SmallString<128> Directory;
  ASSERT_FALSE(
      llvm::sys::fs::createUniqueDirectory("stall-header-filter", Directory));
  llvm::SmallString<128> Source(Directory);
  llvm::sys::path::append(Source, "a.cpp");
  llvm::SmallString<128> Config(Directory);
  llvm::sys::path::append(Config, ".clang-tidy");
  writeFile(Config, "Checks: '-*'\nExcludeHeaderFilterRegex: 'gen/'\n");
  ConfiguredOptions Read = configuredOptions(Source, std::nullopt);
  EXPECT_FALSE(Read.SetsHeaderFilter);
  EXPECT_TRUE(Read.SetsExcludeHeaderFilter);
  Read = configuredOptions(Source, llvm::StringRef("{HeaderFilterRegex: ''}"));
  EXPECT_TRUE(Read.SetsHeaderFilter) << "an empty filter is a choice too";
  EXPECT_FALSE(Read.SetsExcludeHeaderFilter) << "--config replaces the file";
  EXPECT_FALSE(llvm::sys::fs::remove_directories(Directory));
}

} // namespace
} // namespace clang::tidy::stall
