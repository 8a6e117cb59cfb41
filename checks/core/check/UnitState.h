//===--- UnitState.h - stallcheck ------------------------------*- C++ -*-===//
//
// What the stall-* checks of one translation unit share, inside the check
// family only: the unit-wide work one of them has done, and whether
// configuration errors go into the main file (stallcheck-clangd).
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_UNITSTATE_H
#define STALLCHECK_CORE_UNITSTATE_H

#include "llvm/ADT/StringRef.h"

namespace clang::tidy::stall {

/// Whether \p Work for the translation unit of \p MainFile is still to be
/// done, claiming it: work every stall-* check could do (write the
/// summary, report a stale one) is done by the first check to get there.
bool claimForUnit(llvm::StringRef MainFile, llvm::StringRef Work);

/// Whether configuration errors (and the remark on chains that stop) are
/// for an editor: set by reportConfigurationErrorsInMainFile().
bool configurationErrorsInMainFile();

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_UNITSTATE_H
