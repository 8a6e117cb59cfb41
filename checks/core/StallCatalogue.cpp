//===--- StallCatalogue.cpp - stallcheck ----------------------------===//

#include "StallCatalogue.h"
#include "CatalogueYaml.h"
#include "InputFiles.h"
#include "LoopCost.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
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

/// Reads a runs-on value; \p AllowDerived admits "inner" (executors) or
/// "target" (handoffs), both stored as RunsOn::Unknown.
llvm::Expected<RunsOn> parseRunsOn(llvm::StringRef Value,
                                   llvm::StringRef FileName,
                                   YamlPosition Where,
                                   llvm::StringRef Derived) {
  if (Value == "event-loop")
    return RunsOn::EventLoop;
  if (Value == "worker")
    return RunsOn::Worker;
  if (!Derived.empty() && Value == Derived)
    return RunsOn::Unknown;
  std::string Expected = "'event-loop' or 'worker'";
  if (!Derived.empty())
    Expected = "'event-loop', 'worker' or '" + Derived.str() + "'";
  return makeCatalogueError(FileName, Where,
                            "unknown runs-on '" + Value + "' (expected " +
                                Expected + ")");
}

llvm::Error checkName(llvm::StringRef Name, llvm::StringRef FileName,
                      YamlPosition Where) {
  std::string Problem = QualifiedNamePattern::problemWith(Name);
  if (Problem.empty())
    return llvm::Error::success();
  return makeCatalogueError(FileName, Where, Problem);
}

} // namespace

llvm::Error StallCatalogue::addContextRules(const CatalogueDocument &Document,
                                            llvm::StringRef FileName) {
  // Executors and task types: a name and where it runs.
  auto ReadRunsOn = [&](const RunsOnSpec &Spec,
                        llvm::StringRef Derived) -> llvm::Expected<RunsOn> {
    if (llvm::Error Err = checkName(Spec.Name, FileName, Spec.Where))
      return std::move(Err);
    return parseRunsOn(Spec.RunsOn, FileName, Spec.RunsOnWhere, Derived);
  };
  std::vector<ExecutorRule> NewExecutors;
  for (const RunsOnSpec &Spec : Document.Executors) {
    llvm::Expected<RunsOn> Where = ReadRunsOn(Spec, "inner");
    if (!Where)
      return Where.takeError();
    NewExecutors.push_back({QualifiedNamePattern(Spec.Name), *Where});
  }
  std::vector<TaskTypeRule> NewTaskTypes;
  for (const RunsOnSpec &Spec : Document.TaskTypes) {
    llvm::Expected<RunsOn> Where = ReadRunsOn(Spec, "");
    if (!Where)
      return Where.takeError();
    TaskStart Start = TaskStart::Unknown;
    if (!Spec.Starts.empty())
      Start = Spec.Starts == "eager" ? TaskStart::Eager : TaskStart::Lazy;
    NewTaskTypes.push_back({QualifiedNamePattern(Spec.Name), *Where, Start});
  }
  for (const NameSpec &Tag : Document.ExecutorTags)
    if (llvm::Error Err = checkName(Tag.Name, FileName, Tag.Where))
      return Err;
  std::vector<SwitchRule> NewSwitches;
  for (const SwitchSpec &Spec : Document.Switches) {
    if (llvm::Error Err = checkName(Spec.Name, FileName, Spec.Where))
      return Err;
    llvm::Expected<RunsOn> Where =
        parseRunsOn(Spec.ResumesOn, FileName, Spec.ResumesOnWhere, "target");
    if (!Where)
      return Where.takeError();
    if (*Where == RunsOn::Unknown && !Spec.HasTarget)
      return makeCatalogueError(FileName, Spec.ResumesOnWhere,
                                "'resumes-on: target' needs 'target: "
                                "<argument index>' or 'target: object'");
    NewSwitches.push_back(
        {QualifiedNamePattern(Spec.Name), *Where, Spec.Target});
  }
  std::vector<HandoffRule> NewHandoffs;
  for (const HandoffSpec &Spec : Document.Handoffs) {
    if (llvm::Error Err = checkName(Spec.Name, FileName, Spec.Where))
      return Err;
    if (!Spec.WhenIs.empty())
      if (llvm::Error Err = checkName(Spec.WhenIs, FileName, Spec.Where))
        return Err;
    if (!Spec.Kind.empty() && Spec.Kind != "call" &&
        Spec.Kind != "constructor")
      return makeCatalogueError(FileName, Spec.Where,
                                "unknown kind '" + Spec.Kind +
                                    "' (expected 'call' or 'constructor')");
    llvm::Expected<RunsOn> Where =
        parseRunsOn(Spec.RunsOn, FileName, Spec.RunsOnWhere, "target");
    if (!Where)
      return Where.takeError();
    if (*Where == RunsOn::Unknown && !Spec.HasTarget)
      return makeCatalogueError(FileName, Spec.RunsOnWhere,
                                "'runs-on: target' needs 'target: <argument "
                                "index>' or 'target: object'");
    HandoffRule Rule(Spec.Name);
    Rule.IsConstructor = Spec.Kind == "constructor";
    Rule.CLinkage = Spec.CLinkage;
    Rule.Callables.append(Spec.Callables.begin(), Spec.Callables.end());
    Rule.Where = *Where;
    Rule.Target = Spec.Target;
    Rule.WhenArgument = Spec.WhenArgument;
    if (!Spec.WhenIs.empty())
      Rule.WhenIs.emplace(Spec.WhenIs);
    Rule.WhenWritten = Spec.WhenWritten;
    NewHandoffs.push_back(std::move(Rule));
  }
  // Latest first, so that a user's rule overrides a default one.
  Executors.insert(Executors.begin(), NewExecutors.rbegin(),
                   NewExecutors.rend());
  TaskTypes.insert(TaskTypes.begin(), NewTaskTypes.rbegin(),
                   NewTaskTypes.rend());
  Handoffs.insert(Handoffs.begin(), std::make_move_iterator(NewHandoffs.rbegin()),
                  std::make_move_iterator(NewHandoffs.rend()));
  Switches.insert(Switches.begin(), NewSwitches.rbegin(), NewSwitches.rend());
  for (const NameSpec &Tag : Document.ExecutorTags)
    ExecutorTags.emplace_back(Tag.Name);
  return llvm::Error::success();
}

llvm::Error
StallCatalogue::addWorkerTaskTypes(llvm::ArrayRef<std::string> Names,
                                   llvm::StringRef OptionName) {
  for (const std::string &Name : Names) {
    std::string Problem = QualifiedNamePattern::problemWith(Name);
    if (!Problem.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "option '" + OptionName.str() +
                                         "': " + Problem);
  }
  for (const std::string &Name : Names)
    TaskTypes.insert(TaskTypes.begin(),
                     TaskTypeRule{QualifiedNamePattern(Name), RunsOn::Worker});
  return llvm::Error::success();
}

BlockingApi::BlockingApi(const BlockingApiSpec &Spec, BlockingApiKind Kind)
    : Name(Spec.Name), Kind(Kind), Category(Spec.Category), Advice(Spec.Advice),
      AsioAlternative(Spec.AsioAlternative), UnlessIn(Spec.UnlessIn),
      Descriptor(Spec.Descriptor), UnlessAfter(Spec.UnlessAfter),
      CLinkage(Spec.CLinkage), DeclName(Spec.Name),
      ReceiverNames(makePatterns(Spec.Receivers)),
      ReceiverTypeNames(makePatterns(Spec.ReceiverTypes)) {}

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

StallCatalogue::StallCatalogue() = default;
StallCatalogue::~StallCatalogue() = default;
StallCatalogue::StallCatalogue(StallCatalogue &&) noexcept =
    default;
StallCatalogue &
StallCatalogue::operator=(StallCatalogue &&) noexcept = default;

llvm::StringRef StallCatalogue::defaultCatalogueText() {
  return DefaultCatalogueYaml;
}

llvm::Expected<StallCatalogue> StallCatalogue::createDefault() {
  StallCatalogue Catalogue;
  if (llvm::Error Err =
          Catalogue.addDocument(defaultCatalogueText(), DefaultCatalogueName))
    return std::move(Err);
  return std::move(Catalogue);
}

llvm::Expected<StallCatalogue>
StallCatalogue::createLayered(llvm::ArrayRef<std::string> Paths) {
  llvm::Expected<StallCatalogue> Catalogue = createDefault();
  if (!Catalogue)
    return Catalogue.takeError();
  for (const std::string &Path : Paths)
    if (llvm::Error Err = Catalogue->addFile(Path))
      return std::move(Err);
  return Catalogue;
}

llvm::Error StallCatalogue::addFile(llvm::StringRef Path) {
  llvm::Expected<std::string> Text = readInputFile(Path, "catalogue file");
  if (!Text)
    return Text.takeError();
  return addDocument(*Text, Path);
}

llvm::Error StallCatalogue::addDocument(llvm::StringRef Text,
                                              llvm::StringRef FileName) {
  // yaml-cpp's parser is recursive: bound the nesting before it runs.
  if (llvm::Error Err = checkNesting(Text, FileName))
    return Err;
  llvm::Expected<CatalogueDocument> Document =
      parseCatalogueDocument(Text, FileName);
  if (!Document)
    return Document.takeError();

  // Validate everything before changing anything, so that a bad file leaves
  // the catalogue as it was. Categories are found by name through an index:
  // a file of many categories loads in linear time.
  std::vector<BlockingCategory> NewCategories = Categories;
  llvm::StringMap<size_t> CategoryIndex;
  for (size_t I = 0; I < NewCategories.size(); ++I)
    CategoryIndex[NewCategories[I].Name] = I;
  for (const CategorySpec &Spec : Document->Categories) {
    BlockingCategory Category{Spec.Name, Spec.Description, Spec.Advice};
    auto [It, Inserted] =
        CategoryIndex.try_emplace(Spec.Name, NewCategories.size());
    if (Inserted)
      NewCategories.push_back(std::move(Category));
    else
      NewCategories[It->second] = std::move(Category);
  }

  llvm::StringSet<> Removed;
  for (const NameSpec &Removal : Document->Removals) {
    auto Named = [&](const auto &Entry) {
      return Entry->name() == Removal.Name;
    };
    bool Known = llvm::any_of(Apis, Named) || llvm::any_of(Work, Named) ||
                 llvm::is_contained(NotFollowed, Removal.Name);
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
         {&Spec.Receivers, &Spec.ReceiverTypes, &Spec.UnlessIn})
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
    if (!CategoryIndex.count(Spec.Category)) {
      return makeCatalogueError(
          FileName, Spec.CategoryWhere,
          "unknown category '" + Spec.Category +
              "' (known: " + joinCategoryNames(NewCategories) + ")");
    }
    Added.push_back(std::make_unique<BlockingApi>(Spec, Kind));
  }

  for (const NameSpec &Name : Document->NotFollowed)
    if (llvm::Error Err = checkName(Name.Name, FileName, Name.Where))
      return Err;
  std::vector<std::unique_ptr<WorkCost>> AddedWork;
  for (const WorkSpec &Spec : Document->Work) {
    if (llvm::Error Err = checkName(Spec.Name, FileName, Spec.Where))
      return Err;
    if (!Spec.Kind.empty() && Spec.Kind != "call" && Spec.Kind != "constructor")
      return makeCatalogueError(FileName, Spec.KindWhere,
                                "unknown kind '" + Spec.Kind +
                                    "' (expected 'call' or 'constructor')");
    AddedWork.push_back(std::make_unique<WorkCost>(Spec));
  }

  // Context rules last: they are committed only if everything else is valid,
  // and the blocking entries are committed only if they are.
  if (llvm::Error Err = addContextRules(*Document, FileName))
    return Err;
  Categories = std::move(NewCategories);
  llvm::erase_if(Apis, [&](const std::unique_ptr<BlockingApi> &Api) {
    return Removed.contains(Api->name());
  });
  llvm::erase_if(NotFollowed, [&](const std::string &Name) {
    return Removed.contains(Name);
  });
  llvm::erase_if(Work, [&](const std::unique_ptr<WorkCost> &Entry) {
    return Removed.contains(Entry->name());
  });
  for (std::unique_ptr<WorkCost> &Entry : AddedWork)
    Work.push_back(std::move(Entry));
  for (const NameSpec &Name : Document->NotFollowed)
    NotFollowed.push_back(Name.Name);
  for (std::unique_ptr<BlockingApi> &Api : Added)
    Apis.push_back(std::move(Api));
  rebuildIndex();
  return llvm::Error::success();
}

void StallCatalogue::rebuildIndex() {
  ByLastName.clear();
  for (const std::unique_ptr<BlockingApi> &Api : llvm::reverse(Apis))
    ByLastName[Api->pattern().lastComponent()].push_back(Api.get());
  WorkByLastName.clear();
  for (const std::unique_ptr<WorkCost> &Entry : llvm::reverse(Work))
    WorkByLastName[Entry->pattern().lastComponent()].push_back(Entry.get());
  NotFollowedIndex.clear();
  for (const std::string &Name : NotFollowed) {
    QualifiedNamePattern Pattern(Name);
    NotFollowedIndex[Pattern.lastComponent()].push_back(std::move(Pattern));
  }
  CategoryByName.clear();
  for (size_t I = 0; I < Categories.size(); ++I)
    CategoryByName[Categories[I].Name] = I;
  Marked.clear();
  for (const BlockingCategory &Category : Categories) {
    BlockingApiSpec Spec;
    Spec.Name = MarkedApiName.str();
    Spec.Category = Category.Name;
    Marked[Category.Name] =
        std::make_unique<BlockingApi>(Spec, BlockingApiKind::Call);
  }
}

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

bool StallCatalogue::isNotFollowed(const NamedDecl &Function) const {
  if (NotFollowedIndex.empty())
    return false;
  llvm::SmallString<64> Scratch;
  const DeclContext *Context = Function.getDeclContext();
  for (const NamedDecl *Scope = &Function; Scope;) {
    auto It = NotFollowedIndex.find(unqualifiedName(*Scope, Scratch));
    if (It != NotFollowedIndex.end() &&
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
    return Api;
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
