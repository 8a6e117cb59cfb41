//===--- Findings.cpp - stallcheck ----------------------------------------===//

#include "Findings.h"
#include "core/base/InputFiles.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <map>
#include <set>
#include <tuple>

namespace clang::tidy::stall {

llvm::Error findingsError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

llvm::StringRef levelName(tooling::Diagnostic::Level Level) {
  switch (Level) {
  case tooling::Diagnostic::Warning:
    return "warning";
  case tooling::Diagnostic::Error:
    return "error";
  case tooling::Diagnostic::Remark:
    break;
  }
  return "note";
}

const SourceFiles::File &SourceFiles::load(llvm::StringRef Path) {
  auto [It, Inserted] = Files.try_emplace(Path);
  File &Entry = It->second;
  if (!Inserted)
    return Entry;
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false);
  if (!Buffer)
    return Entry;
  Entry.Readable = true;
  Entry.Text = (*Buffer)->getBuffer().str();
  Entry.LineStarts.push_back(0);
  for (unsigned I = 0; I < Entry.Text.size(); ++I)
    if (Entry.Text[I] == '\n')
      Entry.LineStarts.push_back(I + 1);
  return Entry;
}

std::optional<LineColumn> SourceFiles::position(llvm::StringRef Path,
                                                unsigned Offset) {
  const File &Entry = load(Path);
  if (!Entry.Readable || Offset > Entry.Text.size())
    return std::nullopt;
  auto Next = llvm::upper_bound(Entry.LineStarts, Offset);
  unsigned Line = static_cast<unsigned>(Next - Entry.LineStarts.begin());
  unsigned Start = *(Next - 1);
  // Code points: count the bytes that do not continue a UTF-8 sequence.
  unsigned Column = 1;
  for (unsigned I = Start; I < Offset; ++I)
    Column += (static_cast<unsigned char>(Entry.Text[I]) & 0xC0) != 0x80;
  return LineColumn{Line, Column};
}

std::optional<unsigned> SourceFiles::offset(llvm::StringRef Path, unsigned Line,
                                            unsigned Column) {
  const File &Entry = load(Path);
  if (!Entry.Readable || Line == 0 || Column == 0 ||
      Line > Entry.LineStarts.size())
    return std::nullopt;
  unsigned Offset = Entry.LineStarts[Line - 1] + Column - 1;
  if (Offset > Entry.Text.size())
    return std::nullopt;
  return Offset;
}

llvm::StringRef SourceFiles::lineText(llvm::StringRef Path, unsigned Line) {
  const File &Entry = load(Path);
  if (!Entry.Readable || Line == 0 || Line > Entry.LineStarts.size())
    return {};
  llvm::StringRef Text(Entry.Text);
  Text = Text.drop_front(Entry.LineStarts[Line - 1]);
  return Text.take_until([](char C) { return C == '\n'; }).rtrim('\r');
}

llvm::Expected<std::vector<tooling::Diagnostic>>
parseExportedDiagnostics(llvm::StringRef Text, llvm::StringRef Name) {
  if (llvm::Error Err = checkNesting(Text, Name))
    return std::move(Err);
  tooling::TranslationUnitDiagnostics Unit;
  llvm::yaml::Input In(Text);
  In >> Unit;
  if (In.error())
    return findingsError("'" + Name +
                         "' is not a clang-tidy --export-fixes file");
  return std::move(Unit.Diagnostics);
}

std::string PathNormalizer::normalize(llvm::StringRef Path,
                                      llvm::StringRef BuildDirectory) {
  if (Path.empty())
    return {};
  llvm::SmallString<256> Absolute(Path);
  if (llvm::sys::path::is_relative(Absolute) && !BuildDirectory.empty()) {
    Absolute = BuildDirectory;
    llvm::sys::path::append(Absolute, Path);
  }
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  // Relative to the current directory, with no build directory: an entry
  // file's path (--link-entries), relative to Bazel's execution root, whose
  // files are symbolic links into the workspace. It stays as it is.
  if (llvm::sys::path::is_relative(Absolute))
    return Absolute.str().str();
  auto [It, Inserted] = Resolved.try_emplace(Absolute);
  if (Inserted) {
    llvm::SmallString<256> Real;
    It->second = llvm::sys::fs::real_path(Absolute, Real) ? Absolute.str().str()
                                                          : Real.str().str();
  }
  return It->second;
}

void PathNormalizer::normalize(tooling::Diagnostic &Diagnostic) {
  auto Message = [&](tooling::DiagnosticMessage &M) {
    M.FilePath = normalize(M.FilePath, Diagnostic.BuildDirectory);
    for (tooling::FileByteRange &Range : M.Ranges)
      Range.FilePath = normalize(Range.FilePath, Diagnostic.BuildDirectory);
  };
  Message(Diagnostic.Message);
  for (tooling::DiagnosticMessage &Note : Diagnostic.Notes)
    Message(Note);
}

std::vector<tooling::Diagnostic>
distinctDiagnostics(std::vector<tooling::Diagnostic> Diagnostics) {
  PathNormalizer Paths;
  std::vector<tooling::Diagnostic> Distinct;
  std::set<std::tuple<std::string, std::string, unsigned, std::string>> Seen;
  for (tooling::Diagnostic &Diag : Diagnostics) {
    Paths.normalize(Diag);
    const tooling::DiagnosticMessage &Message = Diag.Message;
    if (Seen.emplace(Diag.DiagnosticName, Message.FilePath, Message.FileOffset,
                     Message.Message)
            .second)
      Distinct.push_back(std::move(Diag));
  }
  // The keys are distinct after the set above, so the order is total.
  llvm::sort(Distinct,
             [](const tooling::Diagnostic &A, const tooling::Diagnostic &B) {
               return std::tie(A.Message.FilePath, A.Message.FileOffset,
                               A.DiagnosticName, A.Message.Message) <
                      std::tie(B.Message.FilePath, B.Message.FileOffset,
                               B.DiagnosticName, B.Message.Message);
             });
  return Distinct;
}

void restoreNonUtf8Path(std::vector<tooling::Diagnostic> &Diagnostics,
                        llvm::StringRef File) {
  if (llvm::json::isUTF8(File))
    return;
  // The export keeps the name up to its first byte that is not UTF-8 and
  // replaces what follows (clang-tidy 19 writes "caf\uFFFD" for Latin-1
  // "caf\xe9.cpp"). A path the findings name that does not exist, in the
  // same directory, with that prefix, is this file.
  llvm::StringRef Directory = llvm::sys::path::parent_path(File);
  llvm::StringRef Name = llvm::sys::path::filename(File);
  size_t Valid = 0;
  while (Valid < Name.size() && llvm::json::isUTF8(Name.take_front(Valid + 1)))
    ++Valid;
  const llvm::StringRef Prefix = Name.take_front(Valid);
  llvm::StringMap<bool> IsThisFile;
  llvm::StringRef BuildDirectory;
  auto Restore = [&](std::string &Path) {
    if (Path == File)
      return;
    auto [It, Inserted] = IsThisFile.try_emplace(Path, false);
    if (Inserted) {
      // Relative to the entry's directory, as clang-tidy may write it.
      llvm::SmallString<256> Absolute(Path);
      if (!llvm::sys::path::is_absolute(Absolute)) {
        Absolute = BuildDirectory;
        llvm::sys::path::append(Absolute, Path);
      }
      llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
      It->second = llvm::sys::path::parent_path(Absolute) == Directory &&
                   llvm::sys::path::filename(Absolute).starts_with(Prefix) &&
                   !llvm::sys::fs::exists(Absolute);
    }
    if (It->second)
      Path = File.str();
  };
  auto RestoreMessage = [&](tooling::DiagnosticMessage &Message) {
    Restore(Message.FilePath);
    for (tooling::FileByteRange &Range : Message.Ranges)
      Restore(Range.FilePath);
  };
  for (tooling::Diagnostic &Diag : Diagnostics) {
    BuildDirectory = Diag.BuildDirectory;
    IsThisFile.clear();
    RestoreMessage(Diag.Message);
    for (tooling::DiagnosticMessage &Note : Diag.Notes)
      RestoreMessage(Note);
  }
}

llvm::Expected<std::vector<tooling::Diagnostic>>
readExportedDiagnostics(llvm::ArrayRef<std::string> Paths) {
  std::vector<tooling::Diagnostic> All;
  for (const std::string &Path : Paths) {
    llvm::Expected<std::string> Text =
        readInputFile(Path, "exported diagnostics file");
    if (!Text)
      return Text.takeError();
    llvm::Expected<std::vector<tooling::Diagnostic>> Diagnostics =
        parseExportedDiagnostics(*Text, Path);
    if (!Diagnostics)
      return Diagnostics.takeError();
    for (tooling::Diagnostic &Diag : *Diagnostics)
      All.push_back(std::move(Diag));
  }
  return distinctDiagnostics(std::move(All));
}

namespace {

/// Columns to the next tab stop, as clang prints source lines.
constexpr unsigned TabStop = 8;

/// \p Line with its tabs expanded, and the display column of each byte.
std::string expandTabs(llvm::StringRef Line,
                       std::vector<unsigned> &DisplayColumn) {
  std::string Expanded;
  unsigned Column = 0;
  DisplayColumn.clear();
  for (char C : Line) {
    DisplayColumn.push_back(Column);
    if (C == '\t') {
      unsigned Spaces = TabStop - Column % TabStop;
      Expanded.append(Spaces, ' ');
      Column += Spaces;
      continue;
    }
    Expanded += C;
    // A UTF-8 continuation byte takes no column of its own.
    Column += (static_cast<unsigned char>(C) & 0xC0) != 0x80;
  }
  DisplayColumn.push_back(Column);
  return Expanded;
}

} // namespace

std::string renderDiagnostic(const tooling::Diagnostic &Diag,
                             SourceFiles &Sources, bool WithSource,
                             llvm::StringRef Directory) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  auto Line = [&](const tooling::DiagnosticMessage &Message,
                  llvm::StringRef Level, llvm::StringRef Suffix) {
    std::optional<LineColumn> Where;
    if (!Message.FilePath.empty())
      Where = Sources.position(Message.FilePath, Message.FileOffset);
    if (Where)
      OS << relativePath(Message.FilePath, Directory) << ":" << Where->Line
         << ":" << Where->Column << ": ";
    OS << Level << ": " << Message.Message << Suffix << "\n";
    if (!WithSource || !Where)
      return;
    // The line, then a caret under the position and tildes under the rest
    // of a range that starts there, as clang shows them.
    llvm::StringRef Source = Sources.lineText(Message.FilePath, Where->Line);
    std::optional<unsigned> LineStart =
        Sources.offset(Message.FilePath, Where->Line, 1);
    if (!LineStart)
      return;
    std::vector<unsigned> Columns;
    std::string Shown = expandTabs(Source, Columns);
    unsigned Byte =
        std::min<unsigned>(Message.FileOffset - *LineStart, Source.size());
    unsigned End = Byte + 1;
    for (const tooling::FileByteRange &Range : Message.Ranges)
      if (Range.FilePath == Message.FilePath &&
          Range.FileOffset == Message.FileOffset && Range.Length > 1)
        End = std::min<unsigned>(Byte + Range.Length, Source.size());
    End = std::max(End, Byte + 1);
    std::string Number = std::to_string(Where->Line);
    unsigned Width = std::max<unsigned>(Number.size(), 4);
    OS.indent(Width - Number.size() + 1) << Number << " | " << Shown << "\n";
    OS.indent(Width + 2) << "| ";
    unsigned CaretColumn = Columns[Byte];
    unsigned EndColumn =
        End < Columns.size() ? Columns[End] : Columns.back() + 1;
    OS.indent(CaretColumn) << "^";
    if (EndColumn > CaretColumn + 1)
      OS << std::string(EndColumn - CaretColumn - 1, '~');
    OS << "\n";
  };
  Line(Diag.Message, levelName(Diag.DiagLevel),
       (" [" + Diag.DiagnosticName + "]"));
  for (const tooling::DiagnosticMessage &Note : Diag.Notes)
    Line(Note, "note", "");
  OS.flush();
  return Text;
}

} // namespace clang::tidy::stall
