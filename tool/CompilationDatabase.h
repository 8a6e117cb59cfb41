//===--- CompilationDatabase.h - stallcheck --------------------*- C++ -*-===//
//
// stallcheck-project's view of a compile_commands.json: checked before
// clang's loader reads it (an error names the file and entry), and the
// source files to analyse in it.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_TOOL_COMPILATIONDATABASE_H
#define STALLCHECK_TOOL_COMPILATIONDATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// The files of \p Database to analyse: every source file once, absolute,
/// those matching one of \p FileFilters (regular expressions) when any
/// are given.
llvm::Expected<std::vector<std::string>>
filesToAnalyse(const clang::tooling::CompilationDatabase &Database,
               llvm::ArrayRef<std::string> FileFilters);

/// An error naming \p Path, and the line or entry, when the compilation
/// database there is not what clang's loader reads.
llvm::Error checkCompilationDatabase(llvm::StringRef Path);

/// Whether \p File is a C or C++ source by its extension.
bool isCOrCxxSource(llvm::StringRef File);

} // namespace clang::tidy::stall

#endif // STALLCHECK_TOOL_COMPILATIONDATABASE_H
