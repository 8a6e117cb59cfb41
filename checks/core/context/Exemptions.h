//===--- Exemptions.h - stallcheck -----------------------------*- C++ -*-===//
//
// Calls to blocking APIs that a function's own code shows will not wait:
// POSIX read/write/recv/send/connect/accept on a descriptor it made
// non-blocking (they return EAGAIN / EINPROGRESS instead, and the code then
// awaits readiness), and get() on a result it already found ready
// (result.status(), future.is_ready()). Syntactic and sure: only what the
// function itself says.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_EXEMPTIONS_H
#define STALLCHECK_CORE_EXEMPTIONS_H

#include "core/catalogue/StallCatalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::stall {

/// What one function body shows about the blocking calls it makes.
///
/// Descriptors it made non-blocking: assigned the result of socket(),
/// accept4(), open(), eventfd(), timerfd_create() ... whose flags include
/// SOCK_NONBLOCK, O_NONBLOCK, EFD_NONBLOCK ...; filled by pipe2() or
/// socketpair() with such flags; given to fcntl() with O_NONBLOCK, or to
/// ioctl() with FIONBIO; and whether the body tests for EAGAIN, EWOULDBLOCK
/// or EINPROGRESS (code written for non-blocking descriptors: every
/// descriptor call in it). For a member function, the same of the class's
/// other members for its fields (a constructor's `m_fd(eventfd(0,
/// EFD_NONBLOCK))`); in a class the catalogue lists in 'non-blocking-types'
/// (or on a descriptor such a class gives out), every descriptor call.
///
/// Objects it asked whether they are ready: member calls named in an
/// entry's 'unless-after' (status(), is_ready()) before the blocking call on
/// the same variable.
///
/// Wake-up writes: a write of a constant count of at most 8 bytes (the
/// entry's 'byte-count' argument: `write(efd, &one, sizeof one)`).
///
/// Console output: a C stdio call on stdout or stderr (the entry's
/// 'stream' argument) is not reported, as iostreams' std::cout is not.
///
/// Values it awaited: a get() or wait() on a variable initialised from a
/// co_await (`auto done = co_await r.resolve();`, the results of a
/// `co_await when_all(...)`, also through structured bindings, members,
/// subscripts and std::get), or on a variable an earlier co_await named
/// (`co_await r.resolve(); r.get();`): the value is there.
class BlockingExemptions {
public:
  BlockingExemptions(const FunctionDecl &Function, const ASTContext &Context,
                     const StallCatalogue &Catalogue);

  /// Whether \p Call, to the catalogue entry \p Api, does not wait here.
  bool exempts(const CallExpr &Call, const BlockingApi &Api) const;

private:
  /// Notes the descriptors \p Function makes non-blocking; \p Own: it is
  /// the function checked (its tests for EAGAIN count).
  void noteNonBlocking(const FunctionDecl &Function, const ASTContext &Context,
                       bool Own);
  void noteMemberCalls(const Stmt *Body);
  void noteAwaits(const Stmt *Body);
  bool onDatagramSocket(const CallExpr &Call, const BlockingApi &Api) const;
  bool onNonBlockingDescriptor(const CallExpr &Call,
                               const BlockingApi &Api) const;
  bool afterReadinessQuery(const CallExpr &Call, const BlockingApi &Api) const;
  bool onAwaitedValue(const CallExpr &Call) const;

  const StallCatalogue &Catalogue;
  const ASTContext &AST;
  llvm::DenseSet<const Decl *> Descriptors;
  /// Descriptors of datagram sockets: socket(d, SOCK_DGRAM, p).
  llvm::DenseSet<const Decl *> Datagrams;
  bool TestsWouldBlock = false;
  /// A member of a class the catalogue lists as non-blocking.
  bool InNonBlockingClass = false;
  /// Member calls by object: the object's declaration, the member's name,
  /// where.
  struct MemberCall {
    const Decl *Object;
    llvm::StringRef Member;
    SourceLocation Loc;
  };
  llvm::SmallVector<MemberCall, 16> MemberCalls;
  /// Variables initialised or assigned from a co_await.
  llvm::DenseSet<const Decl *> AwaitedValues;
  /// Variables named in a co_await's operand, and where.
  llvm::SmallVector<std::pair<const Decl *, SourceLocation>, 8> AwaitedNames;
  const SourceManager &Sources;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_EXEMPTIONS_H
