//===--- ZeroGuards.h - stallcheck -----------------------------*- C++ -*-===//
//
// Code of a helper that a zero argument skips: a loop that runs while
// 'now() < deadline' with a deadline of now() + timeout, or while 'i < n'
// from i = 0, and an 'if (timeout > 0)' branch, do not run when the caller
// passes a constant 0 timeout or count. Call chains leave out what such a
// call skips: 'stop(process, 0)' only signals, it never sleeps.
//
// Parameters and arguments are bits of a mask (bit I: parameter I, not
// counting 'this'); parameters past the 32nd are not tracked.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CHAINS_ZEROGUARDS_H
#define STALLCHECK_CORE_CHAINS_ZEROGUARDS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>

namespace clang::tidy::stall {

/// The parameters a call or construction passes a constant zero to (a
/// zero number, a zero duration), as a mask.
std::uint32_t constantZeroArguments(const Stmt &CallOrConstruct,
                                    const ASTContext &Context);

/// The parts of a function's body that a zero argument skips.
class ZeroGuards {
public:
  explicit ZeroGuards(const FunctionDecl &Definition);

  /// The parameters whose zero skips the code at \p Loc, as a mask.
  std::uint32_t skippedBy(SourceLocation Loc) const;

private:
  struct Guard {
    SourceRange Range;
    std::uint32_t Parameters;
  };
  const SourceManager &Sources;
  llvm::SmallVector<Guard, 4> Guards;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CHAINS_ZEROGUARDS_H
