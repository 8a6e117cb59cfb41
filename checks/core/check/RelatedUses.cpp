//===--- RelatedUses.cpp - stallcheck -------------------------------------===//

#include "core/check/RelatedUses.h"
#include "core/catalogue/StallCatalogue.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include <map>
#include <numeric>
#include <tuple>

namespace clang::tidy::stall {
namespace {

const Expr *bare(const Expr *E) {
  return E ? E->IgnoreImplicit()->IgnoreParens()->IgnoreImplicit() : nullptr;
}

/// The variable or member \p E names, if it is just a name.
const ValueDecl *namedObject(const Expr *E) {
  E = bare(E);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    if (isa<CXXThisExpr>(bare(Member->getBase())))
      return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

} // namespace

void RelatedUses::noteStatement(const Stmt &S) {
  if (const auto *Block = dyn_cast<CompoundStmt>(&S)) {
    Blocks.push_back(Block);
  } else if (const auto *Declaration = dyn_cast<DeclStmt>(&S)) {
    for (const Decl *D : Declaration->decls())
      if (const auto *Variable = dyn_cast<VarDecl>(D))
        if (const Expr *Init = bare(Variable->getInit()))
          Initialises.try_emplace(Init, Variable);
  } else if (const auto *Assign = dyn_cast<BinaryOperator>(&S)) {
    if (Assign->getOpcode() == BO_Assign)
      if (const ValueDecl *Target = namedObject(Assign->getLHS()))
        Initialises.try_emplace(bare(Assign->getRHS()), Target);
  }
}

bool RelatedUses::contains(SourceRange Range, SourceLocation Loc) const {
  SourceLocation Begin = Sources.getFileLoc(Range.getBegin());
  SourceLocation End = Sources.getFileLoc(Range.getEnd());
  return !Sources.isBeforeInTranslationUnit(Loc, Begin) &&
         !Sources.isBeforeInTranslationUnit(End, Loc);
}

const CompoundStmt *RelatedUses::blockOf(SourceLocation Loc) const {
  const CompoundStmt *Innermost = nullptr;
  for (const CompoundStmt *Block : Blocks)
    if (contains(Block->getSourceRange(), Loc) &&
        (!Innermost || contains(Innermost->getSourceRange(),
                                Sources.getFileLoc(Block->getBeginLoc()))))
      Innermost = Block;
  return Innermost;
}

std::vector<RelatedUses::Relation>
RelatedUses::relate(llvm::ArrayRef<const Expr *> Uses,
                    llvm::ArrayRef<llvm::StringRef> Categories) const {
  std::vector<Relation> Relations(Uses.size());
  // In source order: a subject is made before it is used.
  std::vector<size_t> Order(Uses.size());
  std::iota(Order.begin(), Order.end(), size_t{0});
  auto LocOf = [&](size_t I) {
    return Sources.getFileLoc(Uses[I]->getBeginLoc());
  };
  llvm::sort(Order, [&](size_t A, size_t B) {
    SourceLocation First = LocOf(A);
    SourceLocation Second = LocOf(B);
    if (First != Second)
      return Sources.isBeforeInTranslationUnit(First, Second);
    return A < B;
  });
  llvm::DenseSet<const ValueDecl *> Subjects;
  std::map<std::tuple<const CompoundStmt *, std::string, const ValueDecl *>,
           size_t>
      Leaders;
  for (size_t I : Order) {
    const Expr *Use = Uses[I];
    Relation &Result = Relations[I];
    Result.Leader = I;
    const ValueDecl *Subject = nullptr;
    if (auto It = Initialises.find(bare(Use)); It != Initialises.end())
      Subject = It->second;
    const auto *Call = dyn_cast<CallExpr>(Use);
    if (!Subject && Call && !isa<CXXOperatorCallExpr>(Call) &&
        isa<CXXMemberCallExpr>(Call))
      Subject = namedObject(callReceiver(*Call));
    if (!Subject && Call)
      for (const Expr *Argument : Call->arguments())
        if (const ValueDecl *Named = namedObject(Argument);
            Named && Subjects.contains(Named)) {
          Subject = Named;
          break;
        }
    if (!Subject)
      continue;
    Result.Subject = Subject;
    Subjects.insert(Subject);
    const CompoundStmt *Block = blockOf(LocOf(I));
    auto [Found, Inserted] = Leaders.try_emplace(
        std::make_tuple(Block, Categories[I].str(), Subject), I);
    Result.Leader = Found->second;
  }
  return Relations;
}

} // namespace clang::tidy::stall
