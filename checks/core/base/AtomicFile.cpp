//===--- AtomicFile.cpp - stallcheck --------------------------------------===//

#include "core/base/AtomicFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {

llvm::Error writeFileAtomically(
    llvm::StringRef Path, llvm::StringRef Directory,
    llvm::function_ref<llvm::Error(llvm::raw_ostream &)> Write,
    llvm::function_ref<llvm::Error(std::error_code)> CannotCreateDirectory) {
  if (!Directory.empty())
    if (std::error_code EC = llvm::sys::fs::create_directories(Directory))
      return CannotCreateDirectory(EC);
  return llvm::writeToOutput(Path, Write);
}

} // namespace clang::tidy::stall
