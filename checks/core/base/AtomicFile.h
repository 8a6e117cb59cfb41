//===--- AtomicFile.h - stallcheck -----------------------------*- C++ -*-===//
//
// The one way stallcheck writes a file others may read at the same time
// (cache entries, summary files, the project command's SARIF, baselines
// and exported fixes): its directory created first, then the contents
// written to a temporary file beside it and renamed into place, so that a
// reader never sees half of one, whatever runs at once or gets killed.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_ATOMICFILE_H
#define STALLCHECK_CORE_ATOMICFILE_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <system_error>

namespace clang::tidy::stall {

/// Creates \p Directory (none when empty), then writes \p Path with
/// \p Write through llvm::writeToOutput: a temporary
/// "<Path>.temp-stream-XXXXXX" renamed into place ("-" is standard
/// output). A directory that cannot be created is the error
/// \p CannotCreateDirectory makes of it (each writer words its own); an
/// error of the write itself is returned as it is.
llvm::Error writeFileAtomically(
    llvm::StringRef Path, llvm::StringRef Directory,
    llvm::function_ref<llvm::Error(llvm::raw_ostream &)> Write,
    llvm::function_ref<llvm::Error(std::error_code)> CannotCreateDirectory);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_ATOMICFILE_H
