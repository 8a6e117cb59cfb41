//===--- QualifiedName.cpp - stallcheck -----------------------------------===//

#include "core/base/QualifiedName.h"
#include "clang/AST/DeclBase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cctype>

namespace clang::tidy::stall {

namespace {

bool isIdentifier(llvm::StringRef Text) {
  if (Text.empty() ||
      !(std::isalpha(static_cast<unsigned char>(Text[0])) || Text[0] == '_'))
    return false;
  return llvm::all_of(Text, [](char C) {
    return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
  });
}

/// Splits "a::b::operator<<" into components; "operator::" cannot occur.
llvm::SmallVector<llvm::StringRef, 4> splitComponents(llvm::StringRef Name) {
  llvm::SmallVector<llvm::StringRef, 4> Components;
  Name.split(Components, "::");
  return Components;
}

} // namespace

bool recordIsOrDerivesFrom(const CXXRecordDecl &Record,
                           llvm::ArrayRef<QualifiedNamePattern> Names) {
  // Each class once, however many inheritance paths lead to it: a lattice
  // of virtual bases has exponentially many paths and few classes.
  llvm::SmallPtrSet<const CXXRecordDecl *, 16> Visited;
  llvm::SmallVector<const CXXRecordDecl *, 16> Work{&Record};
  while (!Work.empty()) {
    const CXXRecordDecl *Current = Work.pop_back_val();
    if (!Visited.insert(Current->getCanonicalDecl()).second)
      continue;
    if (llvm::any_of(Names, [&](const auto &N) { return N.matches(*Current); }))
      return true;
    if (const CXXRecordDecl *Definition = Current->getDefinition())
      for (const CXXBaseSpecifier &Base : Definition->bases())
        if (const CXXRecordDecl *BaseRecord =
                Base.getType()->getAsCXXRecordDecl())
          Work.push_back(BaseRecord);
  }
  return false;
}

llvm::StringRef unqualifiedName(const NamedDecl &Decl,
                                llvm::SmallVectorImpl<char> &Scratch) {
  if (const IdentifierInfo *Identifier = Decl.getIdentifier())
    return Identifier->getName();
  Scratch.clear();
  llvm::raw_svector_ostream OS(Scratch);
  Decl.printName(OS);
  return OS.str();
}

std::string QualifiedNamePattern::problemWith(llvm::StringRef Name) {
  llvm::StringRef Rest = Name;
  Rest.consume_front("::");
  if (Rest.empty())
    return "a name must not be empty";
  for (llvm::StringRef Component : splitComponents(Rest)) {
    llvm::StringRef Bare = Component;
    Bare.consume_front("~");
    if (isIdentifier(Bare))
      continue;
    if (Component.starts_with("operator") && Component.size() > 8 &&
        !Component.contains(' '))
      continue;
    if (Component.contains('<'))
      return "write '" + Name.str() +
             "' without template arguments: a name matches every "
             "specialization";
    return "'" + Name.str() + "' is not a qualified C++ name";
  }
  return {};
}

QualifiedNamePattern::QualifiedNamePattern(llvm::StringRef Name) {
  Anchored = Name.consume_front("::");
  for (llvm::StringRef Component : splitComponents(Name))
    Components.push_back(Component.str());
}

std::string patternName(const NamedDecl &Decl) {
  llvm::SmallString<64> Scratch;
  llvm::SmallVector<std::string, 4> Components = {
      unqualifiedName(Decl, Scratch).str()};
  for (const DeclContext *Context = Decl.getDeclContext();
       Context && !Context->isTranslationUnit();
       Context = Context->getParent()) {
    const auto *Scope = dyn_cast<NamedDecl>(Context);
    if (Scope && !Context->isInlineNamespace())
      Components.push_back(unqualifiedName(*Scope, Scratch).str());
  }
  std::reverse(Components.begin(), Components.end());
  return llvm::join(Components, "::");
}

bool QualifiedNamePattern::matchesName(llvm::StringRef QualifiedName) const {
  llvm::SmallVector<llvm::StringRef, 4> Names = splitComponents(QualifiedName);
  if (Names.size() < Components.size() ||
      (Anchored && Names.size() != Components.size()))
    return false;
  return std::equal(Components.rbegin(), Components.rend(), Names.rbegin());
}

bool QualifiedNamePattern::matches(const NamedDecl &Decl) const {
  llvm::SmallString<64> Scratch;
  auto Expected = Components.rbegin();
  if (unqualifiedName(Decl, Scratch) != *Expected)
    return false;
  ++Expected;
  for (const DeclContext *Context = Decl.getDeclContext();
       Context && !Context->isTranslationUnit();
       Context = Context->getParent()) {
    if (Context->isInlineNamespace())
      continue;
    const auto *Scope = dyn_cast<NamedDecl>(Context);
    if (!Scope)
      continue; // extern "C" { }, export { }
    if (Expected == Components.rend())
      return !Anchored;
    if (unqualifiedName(*Scope, Scratch) != *Expected)
      return false;
    ++Expected;
  }
  return Expected == Components.rend();
}

} // namespace clang::tidy::stall
