//===--- InputFiles.cpp - stallcheck --------------------------------------===//

#include "core/base/InputFiles.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

namespace clang::tidy::stall {

namespace {
llvm::Error inputError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}
} // namespace

llvm::Expected<std::string> readInputFile(llvm::StringRef Path,
                                          llvm::StringRef What) {
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return inputError("cannot read " + What + " '" + Path +
                      "': " + EC.message());
  if (Status.type() == llvm::sys::fs::file_type::directory_file)
    return inputError("cannot read " + What + " '" + Path +
                      "': it is a directory");
  if (Status.type() != llvm::sys::fs::file_type::regular_file)
    return inputError("cannot read " + What + " '" + Path +
                      "': not a regular file");
  if (Status.getSize() > MaxInputFileSize)
    return inputError("cannot read " + What + " '" + Path + "': " +
                      llvm::Twine(Status.getSize()) + " bytes, more than " +
                      llvm::Twine(MaxInputFileSize) + " accepted");
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true,
                                  /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return inputError("cannot read " + What + " '" + Path +
                      "': " + Buffer.getError().message());
  return (*Buffer)->getBuffer().str();
}

llvm::Error checkNesting(llvm::StringRef Text, llvm::StringRef Name) {
  auto TooDeep = [&](unsigned Line, unsigned Column) {
    return inputError(Name + ":" + llvm::Twine(Line) + ":" +
                      llvm::Twine(Column) + ": nested more than " +
                      llvm::Twine(MaxInputNesting) + " levels deep");
  };
  unsigned Depth = 0, Line = 0;
  size_t Pos = 0;
  while (Pos < Text.size()) {
    ++Line;
    llvm::StringRef Rest = Text.substr(Pos);
    llvm::StringRef LineText =
        Rest.take_until([](char C) { return C == '\n'; });
    Pos += LineText.size() + 1;
    // Block nesting: indentation and compact sequences ("- - - x") open a
    // level each without a bracket.
    size_t Indent = LineText.find_first_not_of(" \t-");
    if (Indent == llvm::StringRef::npos)
      Indent = LineText.size();
    if (Indent > 2 * static_cast<size_t>(MaxInputNesting))
      return TooDeep(Line, static_cast<unsigned>(Indent));
    // Flow nesting, outside quoted strings. A quote opens a string only
    // where a value starts, so that an apostrophe inside a word does not
    // hide the brackets after it.
    char Quote = 0, Previous = 0;
    bool Escaped = false;
    for (size_t I = 0; I < LineText.size(); ++I) {
      char C = LineText[I];
      if (Quote) {
        if (Escaped)
          Escaped = false;
        else if (C == '\\' && Quote == '"')
          Escaped = true;
        else if (C == Quote)
          Quote = 0;
        continue;
      }
      if ((C == '"' || C == '\'') &&
          (Previous == 0 || llvm::StringRef("[{,:-").contains(Previous)))
        Quote = C;
      else if (C == '[' || C == '{') {
        if (++Depth > MaxInputNesting)
          return TooDeep(Line, static_cast<unsigned>(I + 1));
      } else if ((C == ']' || C == '}') && Depth > 0) {
        --Depth;
      }
      if (C != ' ' && C != '\t')
        Previous = C;
    }
    // A double-quoted JSON or YAML string does not end at the line; a
    // single-quoted YAML one may, but then nothing in it nests either.
  }
  return llvm::Error::success();
}

} // namespace clang::tidy::stall
