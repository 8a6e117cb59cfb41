//===--- FindingsTest.cpp - stallcheck unit tests -------------------------===//
//
// Positions, fingerprints and SARIF of exported findings.
//
//===----------------------------------------------------------------------===//

#include "Findings.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

namespace clang::tidy::stall {
namespace {

/// Writes \p Contents to a new temporary file, removed at the end.
class SourceFile {
public:
  explicit SourceFile(llvm::StringRef Contents) {
    int FD;
    EXPECT_FALSE(
        llvm::sys::fs::createTemporaryFile("findings", "cpp", FD, Path));
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Contents;
  }
  ~SourceFile() { EXPECT_FALSE(llvm::sys::fs::remove(Path)); }
  std::string path() const { return Path.str().str(); }

private:
  llvm::SmallString<128> Path;
};

tooling::Diagnostic finding(const std::string &File, unsigned Offset,
                            llvm::StringRef Message) {
  tooling::DiagnosticMessage Text;
  Text.Message = Message.str();
  Text.FilePath = File;
  Text.FileOffset = Offset;
  return tooling::Diagnostic("stall-blocking-call", Text, {},
                             tooling::Diagnostic::Warning, "/build");
}

TEST(FindingsTest, PositionsCountCodePoints) {
  SourceFile File("int a;\n// é ü\nsleep(1);\n");
  SourceFiles Sources;
  // "sleep" starts at byte 16 ("// é ü\n" is 9 bytes, 7 code points).
  std::optional<LineColumn> Sleep = Sources.position(File.path(), 16);
  ASSERT_TRUE(Sleep.has_value());
  EXPECT_EQ(Sleep.value_or(LineColumn()).Line, 3u);
  EXPECT_EQ(Sleep.value_or(LineColumn()).Column, 1u);
  // The 'ü' after "// é " is column 6, not byte column 7.
  std::optional<LineColumn> U = Sources.position(File.path(), 13);
  EXPECT_EQ(U.value_or(LineColumn()).Column, 6u);
  EXPECT_EQ(Sources.lineText(File.path(), 3), "sleep(1);");
  EXPECT_FALSE(Sources.position(File.path(), 1000).has_value());
  EXPECT_FALSE(Sources.position("/no/such/file.cpp", 0).has_value());
}

TEST(FindingsTest, FingerprintsIgnoreLineNumbersButNotLineText) {
  SourceFile File("void f() {\n  sleep(1);\n}\n");
  // The fingerprint of the finding at "sleep" in the file's contents now
  // (a fresh SourceFiles: it reads each file once).
  auto PrintAt = [&](unsigned Offset) {
    SourceFiles Sources;
    return fingerprints({finding(File.path(), Offset, "blocks")}, "", Sources)
        .front();
  };
  auto Rewrite = [&](llvm::StringRef Contents) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(File.path(), EC);
    ASSERT_FALSE(EC);
    OS << Contents;
  };
  std::string Original = PrintAt(13);
  EXPECT_EQ(llvm::StringRef(Original).take_back(2), ":0");

  // Two lines added above, the line re-indented: the same finding.
  Rewrite("// new comment\n\nvoid f() {\n    sleep(1);\n}\n");
  EXPECT_EQ(PrintAt(31), Original);

  // The line itself edited: a new finding.
  Rewrite("void f() {\n  sleep(2);\n}\n");
  EXPECT_NE(PrintAt(13), Original);
}

TEST(FindingsTest, IdenticalFindingsAreNumbered) {
  SourceFile File("sleep(1);\nsleep(1);\n");
  SourceFiles Sources;
  std::vector<tooling::Diagnostic> Diags = {finding(File.path(), 0, "blocks"),
                                            finding(File.path(), 10, "blocks")};
  std::vector<std::string> Prints = fingerprints(Diags, "", Sources);
  ASSERT_EQ(Prints.size(), 2u);
  EXPECT_EQ(Prints[0].substr(0, 16), Prints[1].substr(0, 16));
  EXPECT_NE(Prints[0], Prints[1]);
}

TEST(FindingsTest, RelativePaths) {
  EXPECT_EQ(relativePath("/repo/src/a.cpp", "/repo"), "src/a.cpp");
  EXPECT_EQ(relativePath("/repo/src/a.cpp", "/repo/"), "src/a.cpp");
  EXPECT_EQ(relativePath("/repository/a.cpp", "/repo"), "/repository/a.cpp");
  EXPECT_EQ(relativePath("/other/a.cpp", "/repo"), "/other/a.cpp");
}

TEST(FindingsTest, ExportedNonUtf8NamesAreRestored) {
  // A Latin-1 name: clang-tidy's export keeps "caf" and writes U+FFFD for
  // the rest. The translation unit's own file gets its name back.
  const std::string File = "/no-such-dir/src/caf\xe9.cpp";
  const std::string Mangled = "/no-such-dir/src/caf\xef\xbf\xbd";
  std::vector<tooling::Diagnostic> Diagnostics(1);
  tooling::Diagnostic &Diag = Diagnostics[0];
  Diag.Message.FilePath = Mangled;
  tooling::FileByteRange Range;
  Range.FilePath = Mangled;
  Diag.Message.Ranges.push_back(Range);
  Diag.Notes.emplace_back();
  Diag.Notes.back().FilePath = Mangled;
  Diag.Notes.emplace_back();
  Diag.Notes.back().FilePath = "/no-such-dir/src/other.h";
  Diag.Notes.emplace_back();
  Diag.Notes.back().FilePath = "/no-such-dir/elsewhere/caf\xef\xbf\xbd";
  restoreNonUtf8Path(Diagnostics, File);
  EXPECT_EQ(Diag.Message.FilePath, File);
  EXPECT_EQ(Diag.Message.Ranges[0].FilePath, File);
  EXPECT_EQ(Diag.Notes[0].FilePath, File);
  EXPECT_EQ(Diag.Notes[1].FilePath, "/no-such-dir/src/other.h")
      << "another name is another file";
  EXPECT_EQ(Diag.Notes[2].FilePath, "/no-such-dir/elsewhere/caf\xef\xbf\xbd")
      << "another directory is another file";

  // A UTF-8 name is left alone.
  std::vector<tooling::Diagnostic> Plain(1);
  Plain[0].Message.FilePath = Mangled;
  restoreNonUtf8Path(Plain, "/no-such-dir/src/caf\xc3\xa9.cpp");
  EXPECT_EQ(Plain[0].Message.FilePath, Mangled);
}

} // namespace
} // namespace clang::tidy::stall
