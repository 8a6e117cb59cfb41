//===--- BlockingApiCatalogue.cpp - stallcheck ----------------------------===//

#include "BlockingApiCatalogue.h"
#include "CatalogueYaml.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {

namespace {

// Generated at build time from DefaultCatalogue.yaml (see checks/CMakeLists).
#include "DefaultCatalogue.inc"

constexpr llvm::StringLiteral DefaultCatalogueName = "<default catalogue>";

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
    : Name(Spec.Name), Kind(Kind), Category(Spec.Category),
      Advice(Spec.Advice), AsioAlternative(Spec.AsioAlternative),
      CLinkage(Spec.CLinkage),
      DeclName(Spec.Name), ReceiverNames(makePatterns(Spec.Receivers)),
      ReceiverTypeNames(makePatterns(Spec.ReceiverTypes)) {}

BlockingApi::~BlockingApi() = default;

bool BlockingApi::matchesDecl(const NamedDecl &Decl) const {
  if (CLinkage) {
    const auto *Function = dyn_cast<FunctionDecl>(&Decl);
    if (!Function || !Function->isExternC())
      return false;
  }
  return DeclName.matches(Decl);
}

bool BlockingApi::matchesReceiver(const Expr *Receiver) const {
  if (ReceiverNames.empty() && ReceiverTypeNames.empty())
    return true;
  if (!Receiver)
    return false;
  Receiver = Receiver->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Receiver))
    if (llvm::any_of(ReceiverNames, [&](const auto &N) {
          return N.matches(*Ref->getDecl());
        }))
      return true;
  if (ReceiverTypeNames.empty())
    return false;
  QualType Type = Receiver->getType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  return Record && recordIsOrDerivesFrom(*Record, ReceiverTypeNames);
}

BlockingApiCatalogue::BlockingApiCatalogue() = default;
BlockingApiCatalogue::~BlockingApiCatalogue() = default;
BlockingApiCatalogue::BlockingApiCatalogue(BlockingApiCatalogue &&) noexcept =
    default;
BlockingApiCatalogue &
BlockingApiCatalogue::operator=(BlockingApiCatalogue &&) noexcept = default;

llvm::StringRef BlockingApiCatalogue::defaultCatalogueText() {
  return DefaultCatalogueYaml;
}

llvm::Expected<BlockingApiCatalogue> BlockingApiCatalogue::createDefault() {
  BlockingApiCatalogue Catalogue;
  if (llvm::Error Err =
          Catalogue.addDocument(defaultCatalogueText(), DefaultCatalogueName))
    return std::move(Err);
  return std::move(Catalogue);
}

llvm::Expected<BlockingApiCatalogue>
BlockingApiCatalogue::createLayered(llvm::ArrayRef<std::string> Paths) {
  llvm::Expected<BlockingApiCatalogue> Catalogue = createDefault();
  if (!Catalogue)
    return Catalogue.takeError();
  for (const std::string &Path : Paths)
    if (llvm::Error Err = Catalogue->addFile(Path))
      return std::move(Err);
  return Catalogue;
}

llvm::Error BlockingApiCatalogue::addFile(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeCatalogueError(Path, {},
                              "cannot read catalogue file: " +
                                  Buffer.getError().message());
  return addDocument((*Buffer)->getBuffer(), Path);
}

llvm::Error BlockingApiCatalogue::addDocument(llvm::StringRef Text,
                                              llvm::StringRef FileName) {
  llvm::Expected<CatalogueDocument> Document =
      parseCatalogueDocument(Text, FileName);
  if (!Document)
    return Document.takeError();

  // Validate everything before changing anything, so that a bad file leaves
  // the catalogue as it was.
  std::vector<BlockingCategory> NewCategories = Categories;
  for (const CategorySpec &Spec : Document->Categories) {
    BlockingCategory Category{Spec.Name, Spec.Description, Spec.Advice};
    auto Existing = llvm::find_if(NewCategories, [&](const auto &C) {
      return C.Name == Spec.Name;
    });
    if (Existing != NewCategories.end())
      *Existing = std::move(Category);
    else
      NewCategories.push_back(std::move(Category));
  }

  llvm::StringSet<> Removed;
  for (const RemovalSpec &Removal : Document->Removals) {
    bool Known = llvm::any_of(
        Apis, [&](const auto &Api) { return Api->name() == Removal.Name; });
    if (!Known)
      return makeCatalogueError(FileName, Removal.Where,
                                "cannot remove '" + Removal.Name +
                                    "': no earlier catalogue lists it");
    Removed.insert(Removal.Name);
  }

  std::vector<std::unique_ptr<BlockingApi>> Added;
  for (const BlockingApiSpec &Spec : Document->Blocking) {
    std::string Problem = QualifiedNamePattern::problemWith(Spec.Name);
    if (!Problem.empty())
      return makeCatalogueError(FileName, Spec.Where, Problem);
    for (const std::vector<std::string> *Names :
         {&Spec.Receivers, &Spec.ReceiverTypes})
      for (const std::string &Name : *Names) {
        Problem = QualifiedNamePattern::problemWith(Name);
        if (!Problem.empty())
          return makeCatalogueError(FileName, Spec.Where, Problem);
      }
    BlockingApiKind Kind = BlockingApiKind::Call;
    if (Spec.Kind == "constructor")
      Kind = BlockingApiKind::Construction;
    else if (!Spec.Kind.empty() && Spec.Kind != "call")
      return makeCatalogueError(FileName, Spec.KindWhere,
                                "unknown kind '" + Spec.Kind +
                                    "' (expected 'call' or 'constructor')");
    if (Kind == BlockingApiKind::Construction &&
        !(Spec.Receivers.empty() && Spec.ReceiverTypes.empty() &&
          !Spec.CLinkage))
      return makeCatalogueError(FileName, Spec.Where,
                                "'receiver', 'receiver-type' and 'c-linkage' "
                                "apply to calls, not constructors");
    if (llvm::none_of(NewCategories,
                      [&](const auto &C) { return C.Name == Spec.Category; })) {
      std::string Known;
      for (const BlockingCategory &Category : NewCategories)
        Known += (Known.empty() ? "" : ", ") + Category.Name;
      return makeCatalogueError(FileName, Spec.CategoryWhere,
                                "unknown category '" + Spec.Category +
                                    "' (known: " + Known + ")");
    }
    Added.push_back(std::make_unique<BlockingApi>(Spec, Kind));
  }

  Categories = std::move(NewCategories);
  llvm::erase_if(Apis, [&](const std::unique_ptr<BlockingApi> &Api) {
    return Removed.contains(Api->name());
  });
  for (std::unique_ptr<BlockingApi> &Api : Added)
    Apis.push_back(std::move(Api));
  rebuildIndex();
  return llvm::Error::success();
}

void BlockingApiCatalogue::rebuildIndex() {
  ByLastName.clear();
  for (const std::unique_ptr<BlockingApi> &Api : llvm::reverse(Apis))
    ByLastName[Api->pattern().lastComponent()].push_back(Api.get());
}

const BlockingCategory *
BlockingApiCatalogue::findCategory(llvm::StringRef Name) const {
  auto It = llvm::find_if(Categories,
                          [&](const auto &C) { return C.Name == Name; });
  return It == Categories.end() ? nullptr : &*It;
}

const BlockingApi *BlockingApiCatalogue::find(const NamedDecl &Decl,
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

const BlockingApi *BlockingApiCatalogue::findCall(const CallExpr &Call) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee)
    return nullptr;
  return find(*Callee, BlockingApiKind::Call, callReceiver(Call));
}

const BlockingApi *
BlockingApiCatalogue::findConstruction(const CXXConstructExpr &Construct) const {
  const CXXConstructorDecl *Constructor = Construct.getConstructor();
  if (!Constructor || Constructor->isDefaultConstructor() ||
      Constructor->isCopyOrMoveConstructor())
    return nullptr;
  return find(*Constructor->getParent(), BlockingApiKind::Construction,
              nullptr);
}

} // namespace clang::tidy::stall
