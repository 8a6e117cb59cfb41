//===--- RelatedUses.h - stallcheck ----------------------------*- C++ -*-===//
//
// Which blocking uses in one stretch of event-loop code are one stall to
// the user: uses of the same category on the same object or file, in the
// same block. Opening, reading and closing one file is one finding with
// its other calls as notes, not three findings and three fixes.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_RELATEDUSES_H
#define STALLCHECK_CORE_RELATEDUSES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace clang::tidy::stall {

/// Groups the blocking uses (calls and constructions) of one piece of
/// code. A use works on a *subject*: the variable it initialises
/// (`FILE *f = fopen(...)`, `std::ifstream in(path)`, `int fd = open(...)`),
/// else the object it is called on (`in.read(...)`), else an argument that
/// names an earlier use's subject (`fread(buf, 1, n, f)`, `close(fd)`).
/// Uses with the same subject and category whose innermost enclosing block
/// is the same are related; a use with no subject is related to none.
class RelatedUses {
public:
  explicit RelatedUses(const SourceManager &Sources) : Sources(Sources) {}

  /// Notes one statement of the code the uses are in; every statement
  /// walkOwnStatements() visits is given.
  void noteStatement(const Stmt &S);

  /// How a use relates to the others.
  struct Relation {
    /// The index of the first use it is related to; its own when none
    /// comes before it.
    size_t Leader;
    /// What it works on, when anything.
    const ValueDecl *Subject = nullptr;
  };
  /// The relation of each of \p Uses, whose categories are \p Categories.
  std::vector<Relation> relate(llvm::ArrayRef<const Expr *> Uses,
                               llvm::ArrayRef<llvm::StringRef> Categories) const;

private:
  /// The innermost block around \p Loc, or null.
  const CompoundStmt *blockOf(SourceLocation Loc) const;
  /// Whether \p Loc is within \p Range (file locations).
  bool contains(SourceRange Range, SourceLocation Loc) const;

  const SourceManager &Sources;
  llvm::SmallVector<const CompoundStmt *, 8> Blocks;
  /// The variable each initialising expression initialises or is
  /// assigned to.
  llvm::DenseMap<const Expr *, const ValueDecl *> Initialises;
};

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_RELATEDUSES_H
