//===--- ConfigPaths.h - stallcheck ----------------------------*- C++ -*-===//
//
// Paths given in check options are relative to the .clang-tidy file that
// sets them, the way users read their configuration.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CONFIGPATHS_H
#define STALLCHECK_CORE_CONFIGPATHS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// Splits a ';'-separated option value, trimming blanks and dropping empty
/// items.
std::vector<std::string> splitOptionList(llvm::StringRef Value);

/// Resolves \p Path: absolute paths are returned as they are; a relative one
/// is taken relative to the directory of the nearest .clang-tidy, searching
/// upwards from \p SourceFile, whose CheckOptions set one of \p OptionKeys;
/// without such a file (options from --config), relative to the current
/// directory.
std::string resolveOptionPath(llvm::StringRef Path, llvm::StringRef SourceFile,
                              llvm::ArrayRef<std::string> OptionKeys);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CONFIGPATHS_H
