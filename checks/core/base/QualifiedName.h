//===--- QualifiedName.h - stallcheck --------------------------*- C++ -*-===//
//
// Matching declarations against qualified names written in the catalogue,
// by walking the declaration's contexts rather than printing its name.
//
// Family base (checks/core/base/) owns what every family below uses and nothing
// of stallcheck's: qualified-name patterns, messages with arguments, the one
// reader of input files, the one atomic writer, saturating counts.
// It may use: LLVM and clang only.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_QUALIFIEDNAME_H
#define STALLCHECK_CORE_QUALIFIEDNAME_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::stall {

/// A name such as "std::future::get" or "::sleep". It matches a declaration
/// whose enclosing named scopes end with the written components:
/// - a leading "::" anchors the name at the global namespace;
/// - class templates are named without arguments, so "std::future::get"
///   matches the 'get' of every std::future<T> (clang's hasName() does not);
/// - inline namespaces (std::__1, std::__cxx11) and extern "C" blocks are
///   transparent, as they are to the user who writes the name.
class QualifiedNamePattern {
public:
  explicit QualifiedNamePattern(llvm::StringRef Name);

  bool matches(const NamedDecl &Decl) const;
  /// Whether it names the declaration whose qualified name, as patternName()
  /// writes it, is \p QualifiedName.
  bool matchesName(llvm::StringRef QualifiedName) const;
  /// The unqualified name, the last component.
  llvm::StringRef lastComponent() const { return Components.back(); }

  /// Why \p Name cannot be a pattern, or an empty string when it can.
  static std::string problemWith(llvm::StringRef Name);

private:
  bool Anchored = false;
  llvm::SmallVector<std::string, 4> Components;
};

/// Whether \p Record, or one of its bases, matches one of \p Names.
bool recordIsOrDerivesFrom(const CXXRecordDecl &Record,
                           llvm::ArrayRef<QualifiedNamePattern> Names);

/// The qualified name of \p Decl as a catalogue would write it: without
/// template arguments or inline namespaces ("std::future::get",
/// "boost::asio::basic_stream_socket::async_read_some").
std::string patternName(const NamedDecl &Decl);

/// The name a pattern component is compared with: the identifier, or the
/// printed name of operators ("operator>>") and other special names.
llvm::StringRef unqualifiedName(const NamedDecl &Decl,
                                llvm::SmallVectorImpl<char> &Scratch);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_QUALIFIEDNAME_H
