//===--- NonBlocking.h - stallcheck ----------------------------*- C++ -*-===//
//
// Which file descriptors a function made non-blocking, read from its own
// code: POSIX read/write/recv/send/connect/accept on such a descriptor
// return EAGAIN / EINPROGRESS instead of waiting, and the code then awaits
// readiness. Syntactic and sure: only what the function itself says.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_NONBLOCKING_H
#define STALLCHECK_CORE_NONBLOCKING_H

#include "StallCatalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::stall {

/// The descriptors one function body made non-blocking:
/// - assigned the result of socket(), accept4() or open() whose flags
///   include SOCK_NONBLOCK or O_NONBLOCK;
/// - given to fcntl() with O_NONBLOCK, or to ioctl() with FIONBIO;
/// and whether the body tests for EAGAIN, EWOULDBLOCK or EINPROGRESS (code
/// written for non-blocking descriptors: every descriptor call in it).
class NonBlockingDescriptors {
public:
  NonBlockingDescriptors(const Stmt *Body, const ASTContext &Context);

  /// Whether \p Call, to the catalogue entry \p Api, works on a descriptor
  /// that does not block here.
  bool covers(const CallExpr &Call, const BlockingApi &Api) const;

private:
  llvm::DenseSet<const Decl *> Descriptors;
  bool TestsWouldBlock = false;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_NONBLOCKING_H
