//===--- StallCatalogue.cpp - stallcheck ----------------------------===//

#include "core/catalogue/StallCatalogue.h"
#include "core/base/InputFiles.h"
#include "core/base/Saturating.h"
#include "core/catalogue/ArgumentValues.h"
#include "core/catalogue/CatalogueYaml.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {

namespace {

std::vector<QualifiedNamePattern>
makePatterns(const std::vector<std::string> &Names) {
  std::vector<QualifiedNamePattern> Patterns;
  Patterns.reserve(Names.size());
  for (const std::string &Name : Names)
    Patterns.emplace_back(Name);
  return Patterns;
}

} // namespace

BlockingApi::BlockingApi(const BlockingApiSpec &Spec, BlockingApiKind Kind)
    : Name(Spec.Name), Kind(Kind), Category(Spec.Category), Advice(Spec.Advice),
      AsioAlternative(Spec.AsioAlternative), UnlessIn(Spec.UnlessIn),
      Descriptor(Spec.Descriptor), Stream(Spec.Stream),
      ByteCount(Spec.ByteCount), UnlessAfter(Spec.UnlessAfter),
      ZeroTimeout(Spec.ZeroTimeout), OnlyIfNull(Spec.OnlyIfNull),
      UnlessDatagram(Spec.UnlessDatagram),
      UnlessFlag(Spec.UnlessFlag),
      OnlyWith(Spec.OnlyWith), CLinkage(Spec.CLinkage), DeclName(Spec.Name),
      ReceiverNames(makePatterns(Spec.Receivers)),
      ReceiverTypeNames(makePatterns(Spec.ReceiverTypes)),
      UnlessReceiverTypeNames(makePatterns(Spec.UnlessReceiverTypes)) {}

BlockingApi::~BlockingApi() = default;

WorkCost::WorkCost(const WorkSpec &Spec)
    : Name(Spec.Name), What(Spec.What.empty() ? Spec.Name : Spec.What),
      IsConstruction(Spec.Kind == "constructor"), CLinkage(Spec.CLinkage),
      Operations(Spec.Operations), SizeArgument(Spec.SizeArgument),
      PerUnit(Spec.PerUnit), DeclName(Spec.Name) {}

bool WorkCost::matchesDecl(const NamedDecl &Decl) const {
  if (CLinkage) {
    const auto *Function = dyn_cast<FunctionDecl>(&Decl);
    if (!Function || !Function->isExternC())
      return false;
  }
  return DeclName.matches(Decl);
}

namespace {
std::optional<std::uint64_t> constantSize(const Expr *E,
                                          const ASTContext &Context) {
  Expr::EvalResult Result;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(Result, Context) ||
      Result.Val.getInt().isNegative() ||
      Result.Val.getInt().getActiveBits() > 64)
    return std::nullopt;
  return Result.Val.getInt().getZExtValue();
}

/// The array (C array or std::array) \p E names the begin or end of:
/// `a.begin()`, `std::begin(a)`, or `a` itself.
const Expr *rangeOwner(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    return Member->getImplicitObjectArgument()->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (Call->getNumArgs() == 1)
      return Call->getArg(0)->IgnoreParenImpCasts();
  return E;
}


const Decl *referencedDecl(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref ? Ref->getDecl() : nullptr;
}

/// The length of [First, Last) when the code states it: the two ends of one
/// array, or `p` and `p + N`.
std::optional<std::uint64_t> rangeLength(const Expr *First, const Expr *Last,
                                         const ASTContext &Context) {
  if (const auto *Sum = dyn_cast<BinaryOperator>(Last->IgnoreParenImpCasts());
      Sum && Sum->getOpcode() == BO_Add) {
    const Decl *Base = referencedDecl(First);
    if (Base && referencedDecl(Sum->getLHS()) == Base)
      return constantSize(Sum->getRHS(), Context);
  }
  const Decl *Begin = referencedDecl(rangeOwner(First));
  if (Begin && Begin == referencedDecl(rangeOwner(Last)))
    return arrayExtent(rangeOwner(First)->getType());
  return std::nullopt;
}
} // namespace

std::optional<std::uint64_t> arrayExtent(QualType Type) {
  Type = Type.getNonReferenceType();
  if (const auto *Array =
          dyn_cast<ConstantArrayType>(Type->getUnqualifiedDesugaredType()))
    return Array->getZExtSize();
  static const QualifiedNamePattern StdArray("std::array");
  const auto *Specialization =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Type->getAsCXXRecordDecl());
  if (Specialization && StdArray.matches(*Specialization) &&
      Specialization->getTemplateArgs().size() == 2 &&
      Specialization->getTemplateArgs()[1].getKind() ==
          TemplateArgument::Integral)
    return Specialization->getTemplateArgs()[1].getAsIntegral().getZExtValue();
  return std::nullopt;
}

std::uint64_t WorkCost::operationsFor(llvm::ArrayRef<const Expr *> Args,
                                      const ASTContext &Context) const {
  std::optional<std::uint64_t> Size;
  if (SizeArgument == RangeArguments && Args.size() >= 2)
    Size = rangeLength(Args[0], Args[1], Context);
  else if (SizeArgument >= 0 && static_cast<size_t>(SizeArgument) < Args.size())
    Size = constantSize(Args[SizeArgument], Context);
  return saturatingAdd(Operations, Size ? *Size / PerUnit : 0);
}

bool BlockingApi::matchesDecl(const NamedDecl &Decl) const {
  if (CLinkage) {
    const auto *Function = dyn_cast<FunctionDecl>(&Decl);
    if (!Function || !Function->isExternC())
      return false;
  }
  return DeclName.matches(Decl);
}

namespace {
const CXXRecordDecl *receiverClass(const Expr &Receiver) {
  QualType Type = Receiver.getType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  return Type->getAsCXXRecordDecl();
}
} // namespace

bool BlockingApi::matchesReceiver(const Expr *Receiver) const {
  if (!UnlessReceiverTypeNames.empty() && Receiver)
    if (const CXXRecordDecl *Record =
            receiverClass(*Receiver->IgnoreParenImpCasts()))
      if (recordIsOrDerivesFrom(*Record, UnlessReceiverTypeNames))
        return false;
  if (ReceiverNames.empty() && ReceiverTypeNames.empty())
    return true;
  if (!Receiver)
    return false;
  Receiver = Receiver->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Receiver))
    if (llvm::any_of(ReceiverNames,
                     [&](const auto &N) { return N.matches(*Ref->getDecl()); }))
      return true;
  if (ReceiverTypeNames.empty())
    return false;
  const CXXRecordDecl *Record = receiverClass(*Receiver);
  return Record && recordIsOrDerivesFrom(*Record, ReceiverTypeNames);
}

bool BlockingApi::waitsWith(const CallExpr &Call) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee)
    return true;
  const ASTContext &Context = Callee->getASTContext();
  // The arguments as written: an operator call's object is not one.
  llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Call);
      Operator && isa<CXXMethodDecl>(Callee) && !Args.empty())
    Args = Args.drop_front();
  auto Argument = [&](int Index) -> const Expr * {
    return Index >= 0 && static_cast<size_t>(Index) < Args.size()
               ? Args[Index]
               : nullptr;
  };
  // uv_fs_read(loop, &req, file, &buf, 1, -1, on_read) returns at once and
  // calls on_read later; with a null callback it reads synchronously.
  if (OnlyIfNull != NoArgument)
    if (const Expr *Callback = OnlyIfNull == LastArgument && !Args.empty()
                                   ? Args.back()
                                   : Argument(OnlyIfNull);
        Callback && !isNullPointer(*Callback, Context))
      return false;
  if (const Expr *Timeout = Argument(ZeroTimeout))
    if (isConstantZero(*Timeout, Context))
      return false;
  if (const Expr *Flags = Argument(UnlessFlag.Index))
    if (namesAnyOf(*Flags, UnlessFlag.Names, Context))
      return false;
  if (OnlyWith.Index >= 0) {
    const Expr *Command = Argument(OnlyWith.Index);
    return Command && namesAnyOf(*Command, OnlyWith.Names, Context);
  }
  return true;
}

StallCatalogue::StallCatalogue() = default;
StallCatalogue::~StallCatalogue() = default;
StallCatalogue::StallCatalogue(StallCatalogue &&) noexcept = default;
StallCatalogue &StallCatalogue::operator=(StallCatalogue &&) noexcept = default;

std::optional<BlockingMark> asBlockingMark(const AnnotateAttr &Attribute,
                                           const FunctionDecl &Function) {
  if (Attribute.getAnnotation() != BlockingAnnotation)
    return std::nullopt;
  BlockingMark Mark{&Attribute, &Function, {}};
  if (Attribute.args_size() == 1)
    if (const auto *Literal = dyn_cast<StringLiteral>(
            (*Attribute.args_begin())->IgnoreParenImpCasts()))
      if (Literal->isOrdinary())
        Mark.Category = Literal->getString();
  return Mark;
}

bool isMarkedNotBlocking(const FunctionDecl &Function) {
  for (const auto *Attribute :
       Function.getMostRecentDecl()->specific_attrs<AnnotateAttr>())
    if (Attribute->getAnnotation() == NotBlockingAnnotation)
      return true;
  if (const FunctionDecl *Pattern = Function.getTemplateInstantiationPattern())
    if (isMarkedNotBlocking(*Pattern))
      return true;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Function))
    return llvm::any_of(Method->overridden_methods(),
                        [](const CXXMethodDecl *Overridden) {
                          return isMarkedNotBlocking(*Overridden);
                        });
  return false;
}

std::optional<BlockingMark> blockingMark(const FunctionDecl &Function) {
  // Attributes are inherited by later redeclarations: the most recent one
  // carries them all.
  for (const auto *Attribute :
       Function.getMostRecentDecl()->specific_attrs<AnnotateAttr>())
    if (std::optional<BlockingMark> Mark = asBlockingMark(*Attribute, Function))
      return Mark;
  if (const FunctionDecl *Pattern = Function.getTemplateInstantiationPattern())
    if (std::optional<BlockingMark> Mark = blockingMark(*Pattern))
      return Mark;
  // A mark on a virtual function holds for every override.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Function))
    for (const CXXMethodDecl *Overridden : Method->overridden_methods())
      if (std::optional<BlockingMark> Mark = blockingMark(*Overridden))
        return Mark;
  return std::nullopt;
}

const BlockingApi *
StallCatalogue::findMarked(const FunctionDecl &Function) const {
  std::optional<BlockingMark> Mark = blockingMark(Function);
  if (!Mark)
    return nullptr;
  auto It = Marked.find(Mark->Category);
  return It == Marked.end() ? nullptr : It->second.get();
}

std::string joinCategoryNames(llvm::ArrayRef<BlockingCategory> Categories) {
  // A message names a screenful at most, however many there are.
  constexpr size_t Shown = 20;
  std::string Names;
  for (const BlockingCategory &Category : Categories.take_front(Shown))
    Names += (Names.empty() ? "" : ", ") + Category.Name;
  if (Categories.size() > Shown)
    Names += " and " + std::to_string(Categories.size() - Shown) + " more";
  return Names;
}

const BlockingCategory *
StallCatalogue::findCategory(llvm::StringRef Name) const {
  auto It = CategoryByName.find(Name);
  return It == CategoryByName.end() ? nullptr : &Categories[It->second];
}

const WorkCost *StallCatalogue::findWork(const CallExpr &Call) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || WorkByLastName.empty())
    return nullptr;
  llvm::SmallString<64> Scratch;
  auto It = WorkByLastName.find(unqualifiedName(*Callee, Scratch));
  if (It == WorkByLastName.end())
    return nullptr;
  for (const WorkCost *Entry : It->second)
    if (!Entry->isConstruction() && Entry->matchesDecl(*Callee))
      return Entry;
  return nullptr;
}

const WorkCost *
StallCatalogue::findWork(const CXXConstructExpr &Construct) const {
  const CXXConstructorDecl *Constructor = Construct.getConstructor();
  if (!Constructor || Constructor->isCopyOrMoveConstructor())
    return nullptr;
  const CXXRecordDecl *Class = Constructor->getParent();
  llvm::SmallString<64> Scratch;
  auto It = WorkByLastName.find(unqualifiedName(*Class, Scratch));
  if (It == WorkByLastName.end())
    return nullptr;
  for (const WorkCost *Entry : It->second)
    if (Entry->isConstruction() && Entry->matchesDecl(*Class))
      return Entry;
  return nullptr;
}

namespace {
/// Whether \p Function, or a namespace or class it is declared in, is in
/// \p Index (patterns by their last component).
bool inScopeList(
    const llvm::StringMap<llvm::SmallVector<QualifiedNamePattern, 1>> &Index,
    const NamedDecl &Function) {
  if (Index.empty())
    return false;
  llvm::SmallString<64> Scratch;
  const DeclContext *Context = Function.getDeclContext();
  for (const NamedDecl *Scope = &Function; Scope;) {
    auto It = Index.find(unqualifiedName(*Scope, Scratch));
    if (It != Index.end() &&
        llvm::any_of(It->second, [&](const QualifiedNamePattern &Pattern) {
          return Pattern.matches(*Scope);
        }))
      return true;
    // The next named scope out, skipping transparent ones.
    Scope = nullptr;
    for (; Context && !Context->isTranslationUnit();
         Context = Context->getParent()) {
      Scope = dyn_cast<NamedDecl>(Context);
      if (Scope) {
        Context = Context->getParent();
        break;
      }
    }
  }
  return false;
}
} // namespace

bool StallCatalogue::isNotFollowed(const NamedDecl &Function) const {
  return inScopeList(NotFollowedIndex, Function);
}

bool StallCatalogue::isHarmless(const NamedDecl &Function) const {
  return inScopeList(HarmlessIndex, Function);
}

bool StallCatalogue::lists(const FunctionDecl &Function) const {
  llvm::SmallString<64> Scratch;
  auto It = ByLastName.find(unqualifiedName(Function, Scratch));
  return (It != ByLastName.end() &&
          llvm::any_of(It->second,
                       [&](const BlockingApi *Api) {
                         return Api->kind() == BlockingApiKind::Call &&
                                Api->matchesDecl(Function);
                       })) ||
         findMarked(Function);
}

const BlockingApi *StallCatalogue::find(const NamedDecl &Decl,
                                        BlockingApiKind Kind,
                                        const Expr *Receiver) const {
  llvm::SmallString<64> Scratch;
  auto It = ByLastName.find(unqualifiedName(Decl, Scratch));
  if (It == ByLastName.end())
    return nullptr;
  for (const BlockingApi *Api : It->second)
    if (Api->kind() == Kind && Api->matchesDecl(Decl) &&
        Api->matchesReceiver(Receiver))
      return Api;
  return nullptr;
}

const Expr *callReceiver(const CallExpr &Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    return Member->getImplicitObjectArgument();
  return Call.getNumArgs() > 0 ? Call.getArg(0) : nullptr;
}

const BlockingApi *StallCatalogue::findCall(const CallExpr &Call) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee)
    return nullptr;
  if (const BlockingApi *Api =
          find(*Callee, BlockingApiKind::Call, callReceiver(Call)))
    return Api->waitsWith(Call) ? Api : nullptr;
  return findMarked(*Callee);
}

const BlockingApi *
StallCatalogue::findConstruction(const CXXConstructExpr &Construct) const {
  const CXXConstructorDecl *Constructor = Construct.getConstructor();
  if (!Constructor)
    return nullptr;
  if (const BlockingApi *Api = findMarked(*Constructor))
    return Api;
  if (Constructor->isDefaultConstructor() ||
      Constructor->isCopyOrMoveConstructor())
    return nullptr;
  return find(*Constructor->getParent(), BlockingApiKind::Construction,
              nullptr);
}

} // namespace clang::tidy::stall
