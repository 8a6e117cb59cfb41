//===--- CallChains.cpp - stallcheck --------------------------------------===//

#include "core/chains/CallChains.h"
#include "core/chains/ZeroGuards.h"
#include "core/context/Callees.h"
#include "core/context/Coroutines.h"
#include "core/context/Exemptions.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/FileManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::stall {

namespace {
/// \p Type as the user would write it. A name written with its scope
/// (`net::ip::tcp::resolver`, `std::ifstream`) is kept; what template
/// machinery or `auto` produced (`std::remove_reference<T>::type` after
/// std::move, a smart pointer's `element_type`, a deduced `result<int>`)
/// is looked through and qualified (`concurrencpp::result<int>`).
std::string spelledType(QualType Type, const ASTContext &Context,
                        const PrintingPolicy &Policy) {
  Type = Type.getUnqualifiedType();
  for (int Steps = 0; Steps < 8; ++Steps) {
    if (const auto *Deduced = dyn_cast<DeducedType>(Type.getTypePtr())) {
      if (Deduced->getDeducedType().isNull())
        break;
      Type = Deduced->getDeducedType().getUnqualifiedType();
      continue;
    }
    if (const auto *Elaborated = dyn_cast<ElaboratedType>(Type.getTypePtr())) {
      if (Elaborated->getKeyword() != ElaboratedTypeKeyword::Typename &&
          Elaborated->getQualifier())
        return Type.getAsString(Policy);
      Type = Elaborated->getNamedType().getUnqualifiedType();
      continue;
    }
    // A library's alias template (std::__tuple_element_t<0, T>): what it
    // names.
    if (const auto *Specialization =
            dyn_cast<TemplateSpecializationType>(Type.getTypePtr());
        Specialization && Specialization->isTypeAlias()) {
      Type = Specialization->getAliasedType().getUnqualifiedType();
      continue;
    }
    const auto *Typedef = dyn_cast<TypedefType>(Type.getTypePtr());
    if (const auto *Substituted =
            dyn_cast<SubstTemplateTypeParmType>(Type.getTypePtr())) {
      Type = Substituted->getReplacementType().getUnqualifiedType();
      continue;
    }
    if (!Typedef || !isa<RecordDecl>(Typedef->getDecl()->getDeclContext()))
      break;
    Type = Typedef->desugar().getUnqualifiedType();
  }
  return TypeName::getFullyQualifiedName(Type, Context, Policy);
}

/// The type \p Pointee as the user wrote it in \p Smart, the type of a smart
/// pointer (or any class template) whose operator-> or operator* gave it:
/// the template argument of the same type (`std::ifstream` in
/// `std::shared_ptr<std::ifstream>`), which the instantiation's own
/// `element_type` has lost.
std::optional<QualType> writtenPointee(QualType Smart, QualType Pointee,
                                       const ASTContext &Context) {
  const auto *Specialization =
      Smart.getNonReferenceType()->getAs<TemplateSpecializationType>();
  if (!Specialization)
    return std::nullopt;
  for (const TemplateArgument &Argument : Specialization->template_arguments())
    if (Argument.getKind() == TemplateArgument::Type &&
        Context.hasSameUnqualifiedType(Argument.getAsType(), Pointee))
      return Argument.getAsType();
  return std::nullopt;
}
} // namespace

std::string describeCallee(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  const ASTContext &Context = Callee->getASTContext();
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  if (Method && Member && !Method->isOverloadedOperator()) {
    // The object as written, before any derived-to-base conversion.
    const Expr *ObjectExpr =
        Member->getImplicitObjectArgument()->IgnoreParenImpCasts();
    QualType Object = ObjectExpr->getType();
    if (Object->isPointerType())
      Object = Object->getPointeeType();
    // Through a smart pointer: `p->read()`, `(*p).read()`.
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(ObjectExpr);
        Operator && Operator->getNumArgs() == 1 &&
        (Operator->getOperator() == OO_Arrow ||
         Operator->getOperator() == OO_Star))
      if (std::optional<QualType> Written = writtenPointee(
              Operator->getArg(0)->IgnoreParenImpCasts()->getType(), Object,
              Context))
        Object = *Written;
    if (!Object.isNull()) {
      PrintingPolicy Policy(Context.getLangOpts());
      Policy.SuppressScope = false;
      std::string Type = spelledType(Object, Context, Policy);
      // A lambda's type names where it is: its canonical form
      // (auto f = std::async([] {...})).
      if (llvm::StringRef(Type).contains("(lambda at"))
        Type =
            Object.getCanonicalType().getUnqualifiedType().getAsString(Policy);
      return Type + "::" + Method->getNameAsString();
    }
  }
  return Callee->getQualifiedNameAsString();
}

std::string describeConstructed(const CXXConstructExpr &Construct) {
  PrintingPolicy Policy(
      Construct.getConstructor()->getASTContext().getLangOpts());
  return Construct.getType().getUnqualifiedType().getAsString(Policy);
}

const FunctionDecl *
CallChainModel::followedCallee(const Stmt &CallOrConstruct) const {
  return stall::followedCallee(CallOrConstruct, Sources, Catalogue);
}

std::string usrOf(const FunctionDecl &Function) {
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(&Function, Usr))
    return {};
  // A USR of an internal function (static, anonymous namespace) names only
  // the basename of its file: util.cpp in two directories would share
  // 'c:util.cpp@F@read'. Such a function is only ever called from its own
  // translation unit, so the main file's path makes the key unique.
  // A lambda's call operator is named after its enclosing function, two
  // lambdas of one function alike: where it is tells them apart.
  const SourceManager &Sources = Function.getASTContext().getSourceManager();
  if (isLambdaCallOperator(&Function)) {
    SourceLocation Loc = Sources.getFileLoc(
        cast<CXXMethodDecl>(Function).getParent()->getLocation());
    Usr += "@L" + std::to_string(Sources.getFileOffset(Loc));
  }
  if (!Function.isExternallyVisible() || isLambdaCallOperator(&Function)) {
    if (OptionalFileEntryRef Main =
            Sources.getFileEntryRefForID(Sources.getMainFileID())) {
      llvm::SmallString<256> Path(Main->getName());
      Sources.getFileManager().makeAbsolutePath(Path);
      Usr += "@";
      Usr += Path;
    }
  }
  return Usr.str().str();
}

namespace {

/// The definition to analyse for a call to \p Callee, when this translation
/// unit has its body.
const FunctionDecl *localDefinition(const FunctionDecl &Callee) {
  const FunctionDecl *Definition = Callee.getDefinition();
  if (Definition && Definition->hasBody())
    return Definition;
  return nullptr;
}

} // namespace

CallChainModel::CallChainModel(
    const StallCatalogue &Catalogue, ASTContext &Context, ChainGoal Goal,
    unsigned MaxDepth, SummaryLookup *Summaries,
    std::function<bool(const FunctionDecl &)> RunsOnItsOwn)
    : Catalogue(Catalogue), Context(Context),
      Sources(Context.getSourceManager()), Goal(std::move(Goal)),
      MaxDepth(MaxDepth), Summaries(Summaries),
      RunsOnItsOwn(std::move(RunsOnItsOwn)),
      Costs(Context, Catalogue, MaxDepth) {
  // A helper that calls into another file costs what that file's summary
  // says, when there is one.
  Costs.setExternalCosts([this](const FunctionDecl &Callee) {
    return externalCost(Callee, /*Defers=*/false);
  });
}

ExternalCost CallChainModel::externalCost(const FunctionDecl &Callee,
                                          bool Defers) {
  bool Missing = false;
  if (const FunctionFacts *Facts = lookUp(usrOf(Callee), Missing))
    return {Facts->IsCoroutine ? 0 : Facts->CallOperations, false};
  return {std::nullopt, Missing && Defers};
}

bool CallChainModel::callsBlockingApi(const Stmt &Body) const {
  bool Found = false;
  forEachOwnStatement(&Body, [&](const Stmt &S) {
    if (const auto *Call = dyn_cast<CallExpr>(&S))
      Found |= Catalogue.findCall(*Call) != nullptr;
  });
  return Found;
}

std::optional<LoopFact>
CallChainModel::heaviestLoop(const FunctionDecl &Definition) {
  // As stall-cpu-heavy-loop costs loops: outermost loops of known count,
  // not those that suspend or block (blocking is the other finding).
  std::optional<LoopFact> Heaviest;
  walkOwnStatements(
      Definition.getBody(),
      [&](const Stmt &S) {
        if (!isLoop(S))
          return true;
        const Stmt *Body = loopBody(S);
        if (!Body || suspends(*Body) || callsBlockingApi(*Body))
          return true;
        std::optional<LoopCostEstimate> Estimate = Costs.estimate(S);
        if (!Estimate)
          return true;
        if (!Heaviest || Estimate->Operations > Heaviest->Operations)
          Heaviest = LoopFact{Estimate->Iterations, Estimate->Operations,
                              Estimate->describeWork(),
                              Place{Sources.getFileLoc(S.getBeginLoc()), {}}};
        return false;
      },
      WalkPaths::Likely);
  return Heaviest;
}

const FunctionFacts &CallChainModel::factsOf(const FunctionDecl &Definition) {
  std::unique_ptr<FunctionFacts> &Slot = Facts[&Definition];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<FunctionFacts>();
  FunctionFacts &Result = *Slot;
  Result.Usr = usrOf(Definition);
  Result.Name = displayName(Definition);
  Result.Where.Loc = Sources.getFileLoc(Definition.getLocation());
  Result.IsCoroutine = isa_and_nonnull<CoroutineBodyStmt>(Definition.getBody());

  std::optional<BlockingExemptions> Exemptions;
  llvm::SmallVector<SourceRange, 4> Loops = loopBodies(Definition.getBody());
  const ZeroGuards Guards(Definition);
  auto InLoop = [&](SourceLocation Loc) {
    return withinAny(Loops, Loc, Sources);
  };
  auto Visit = [&](const Stmt &S) {
    if (const auto *Call = dyn_cast<CallExpr>(&S)) {
      const BlockingApi *Api = Catalogue.findCall(*Call);
      // Code that shows the call will not wait: a descriptor this function
      // made non-blocking, a result it found ready.
      if (Api && Api->mayBeExempt()) {
        if (!Exemptions)
          Exemptions.emplace(Definition, Context, Catalogue);
        if (Exemptions->exempts(*Call, *Api))
          return;
      }
      if (Api) {
        Result.Blocking.push_back(
            {describeCallee(*Call), Api->category().str(),
             /*IsConstruction=*/false, Api->unlessIn().vec(),
             Place{Sources.getFileLoc(Call->getExprLoc()), {}},
             Api->name().str(), Api->asioAlternative().str(),
             Api->advice().str(), InLoop(Call->getBeginLoc()),
             Guards.skippedBy(Call->getBeginLoc())});
        return;
      }
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S)) {
      if (const BlockingApi *Api = Catalogue.findConstruction(*Construct)) {
        Result.Blocking.push_back(
            {describeConstructed(*Construct), Api->category().str(),
             /*IsConstruction=*/true, Api->unlessIn().vec(),
             Place{Sources.getFileLoc(Construct->getLocation()), {}},
             Api->name().str(), Api->asioAlternative().str(),
             Api->advice().str(), InLoop(Construct->getBeginLoc()),
             Guards.skippedBy(Construct->getBeginLoc())});
        return;
      }
    } else {
      return;
    }
    if (const FunctionDecl *Callee = followedCallee(S)) {
      SourceLocation Loc = isa<CallExpr>(S)
                               ? cast<CallExpr>(S).getExprLoc()
                               : cast<CXXConstructExpr>(S).getLocation();
      Result.Calls.push_back({usrOf(*Callee), displayName(*Callee),
                              localDefinition(*Callee),
                              Place{Sources.getFileLoc(Loc), {}},
                              Guards.skippedBy(Loc),
                              constantZeroArguments(S, Context)});
    }
  };
  // A helper's rarely taken branches are not followed: a log call whose
  // error branch writes a file is not a stall of every log call.
  forEachOwnStatement(Definition.getBody(), Visit, WalkPaths::Likely);
  // A constructor's member initializers run as part of it.
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(&Definition))
    for (const CXXCtorInitializer *Init : Constructor->inits())
      if (Init->isWritten())
        forEachOwnStatement(Init->getInit(), Visit, WalkPaths::Likely);

  // The walk visits statements in no useful order: source order makes the
  // "first" blocking call and the search order what a reader expects.
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return Sources.isBeforeInTranslationUnit(A, B);
  };
  llvm::sort(Result.Blocking, [&](const auto &A, const auto &B) {
    return Before(A.Where.Loc, B.Where.Loc);
  });
  llvm::sort(Result.Calls, [&](const auto &A, const auto &B) {
    return Before(A.Where.Loc, B.Where.Loc);
  });

  Result.HeaviestLoop = heaviestLoop(Definition);
  Result.CallOperations = Costs.callCost(Definition);
  return Result;
}

const FunctionFacts *CallChainModel::resolve(const FunctionDecl &Callee,
                                             bool &Missing) {
  if (const FunctionDecl *Definition = localDefinition(Callee)) {
    if (RunsOnItsOwn && RunsOnItsOwn(*Definition))
      return nullptr;
    return &factsOf(*Definition);
  }
  return lookUp(usrOf(Callee), Missing);
}

const FunctionFacts *CallChainModel::resolve(const CallFact &Call,
                                             bool &Missing) {
  if (Call.Callee)
    return resolve(*Call.Callee, Missing);
  return lookUp(Call.CalleeUsr, Missing);
}

const FunctionFacts *CallChainModel::lookUp(llvm::StringRef Usr,
                                            bool &Missing) {
  if (Usr.empty())
    return nullptr;
  // Defined in another file: the project command's link step follows it;
  // a single-file run says it could not.
  if (!Summaries) {
    Missing = true;
    return nullptr;
  }
  std::string Stale;
  const FunctionFacts *Found = Summaries->find(Usr, &Stale);
  Missing |= !Stale.empty();
  noteStale(Stale);
  return Found;
}

void CallChainModel::noteStale(const std::string &File) {
  if (!File.empty() && !llvm::is_contained(StaleFiles, File))
    StaleFiles.push_back(File);
}

bool reachesGoal(const FunctionFacts &Function, const ChainGoal &Goal,
                 CallChain &Chain, std::uint32_t ZeroArguments) {
  if (Goal.What == ChainGoal::HeavyLoop) {
    if (!Function.HeaviestLoop ||
        Function.HeaviestLoop->operations() < Goal.Threshold)
      return false;
    Chain.Loop = &*Function.HeaviestLoop;
    return true;
  }
  for (const BlockingFact &Blocking : Function.Blocking)
    if (!Goal.DisabledCategories.contains(Blocking.Category) &&
        !(Blocking.SkippedByZero & ZeroArguments)) {
      Chain.Blocking = &Blocking;
      return true;
    }
  return false;
}

std::optional<CallChain> shortestChain(const FunctionFacts &Root,
                                       const ChainGoal &Goal, unsigned MaxDepth,
                                       ChainResolver Resolve, bool &Missing,
                                       std::uint32_t ZeroArguments) {
  // Breadth first: the first function found that reaches the goal ends the
  // shortest chain. Visited functions (with the same zero arguments) are
  // not entered again, so recursion terminates.
  struct Step {
    const FunctionFacts *Function;
    /// The index of the step that called it, and through which call.
    int Parent;
    const CallFact *Via;
    unsigned Depth;
    /// The parameters the call passed a constant zero.
    std::uint32_t ZeroArguments;
  };
  std::vector<Step> Steps = {{&Root, -1, nullptr, 1, ZeroArguments}};
  llvm::DenseSet<std::pair<const FunctionFacts *, std::uint32_t>> Visited = {
      {&Root, ZeroArguments}};
  for (size_t Next = 0; Next < Steps.size(); ++Next) {
    const Step Current = Steps[Next];
    // Calling a coroutine only creates its frame.
    if (Current.Function->IsCoroutine)
      continue;
    CallChain Chain;
    if (reachesGoal(*Current.Function, Goal, Chain, Current.ZeroArguments)) {
      for (int I = static_cast<int>(Next); I >= 0; I = Steps[I].Parent) {
        Chain.Functions.insert(Chain.Functions.begin(), Steps[I].Function);
        if (Steps[I].Via)
          Chain.Calls.insert(Chain.Calls.begin(), Steps[I].Via);
      }
      return Chain;
    }
    if (Current.Depth >= MaxDepth)
      continue;
    for (const CallFact &Call : Current.Function->Calls) {
      if (Call.SkippedByZero & Current.ZeroArguments)
        continue;
      if (const FunctionFacts *Target = Resolve(Call, Missing))
        if (Visited.insert({Target, Call.ZeroArguments}).second)
          Steps.push_back({Target, static_cast<int>(Next), &Call,
                           Current.Depth + 1, Call.ZeroArguments});
    }
  }
  return std::nullopt;
}

ChainSearch CallChainModel::search(const FunctionDecl &Callee,
                                   std::uint32_t ZeroArguments) {
  ChainSearch Result;
  const FunctionFacts *Root = resolve(Callee, Result.Incomplete);
  if (!Root || MaxDepth == 0)
    return Result;
  auto [Memo, Inserted] = Chains.try_emplace({Root, ZeroArguments});
  if (Inserted)
    Memo->second.Chain = shortestChain(
        *Root, Goal, MaxDepth,
        [this](const CallFact &Call, bool &Missing) {
          return resolve(Call, Missing);
        },
        Memo->second.Incomplete, ZeroArguments);
  return Memo->second;
}

std::optional<CallChain> CallChainModel::chainFrom(const FunctionDecl &Callee) {
  return search(Callee).Chain;
}

SourceLocation CallChainModel::locate(const Place &Where) {
  if (Where.Loc.isValid())
    return Where.Loc;
  const SourcePosition &Position = Where.Position;
  SourceManager &Manager = Context.getSourceManager();
  auto [It, Inserted] = EnteredFiles.try_emplace(Position.File);
  if (Inserted) {
    OptionalFileEntryRef File =
        Manager.getFileManager().getOptionalFileRef(Position.File);
    if (File) {
      FileID ID = Manager.translateFile(*File);
      if (ID.isInvalid())
        ID = Manager.createFileID(*File, SourceLocation(), SrcMgr::C_User);
      It->second = ID;
    }
  }
  if (It->second.isInvalid())
    return {};
  return Manager.translateLineCol(It->second, Position.Line, Position.Column);
}

SourcePosition CallChainModel::positionOf(SourceLocation Loc) const {
  return stall::positionOf(Loc, Sources);
}

SourcePosition positionOf(SourceLocation Loc, const SourceManager &Sources) {
  SourcePosition Position;
  Loc = Sources.getFileLoc(Loc);
  OptionalFileEntryRef File =
      Sources.getFileEntryRefForID(Sources.getFileID(Loc));
  if (!File)
    return Position;
  llvm::SmallString<256> Path(File->getName());
  Sources.getFileManager().makeAbsolutePath(Path);
  // "x/../y" taken lexically is wrong when x is a symbolic link: such a
  // path is named by the file's real path.
  if (std::any_of(llvm::sys::path::begin(Path), llvm::sys::path::end(Path),
                  [](llvm::StringRef Part) { return Part == ".."; })) {
    llvm::StringRef Real = File->getFileEntry().tryGetRealPathName();
    if (!Real.empty())
      Path = Real;
  }
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  Position.File = Path.str().str();
  Position.Line = Sources.getSpellingLineNumber(Loc);
  Position.Column = Sources.getSpellingColumnNumber(Loc);
  return Position;
}

llvm::DenseSet<const FunctionDecl *>
CallChainModel::worthKeeping(llvm::ArrayRef<const FunctionDecl *> Definitions) {
  // Kept: what the main file defines (another file calls it, costs it in
  // its loops, and must not count it as an unknown call); what blocks or
  // loops; what calls a function of another file (it might block) or a
  // kept one. The rest of what headers define changes no chain anywhere:
  // a file that calls it includes its header and costs it itself. That is
  // most of a header library's functions.
  llvm::DenseSet<const FunctionDecl *> Kept;
  llvm::DenseSet<const FunctionDecl *> Listed(Definitions.begin(),
                                              Definitions.end());
  std::vector<const FunctionDecl *> Undecided;
  for (const FunctionDecl *Definition : Definitions) {
    const FunctionFacts &Function = factsOf(*Definition);
    const bool External =
        llvm::any_of(Function.Calls, [&](const CallFact &Call) {
          return !Call.Callee ||
                 !Listed.contains(localDefinition(*Call.Callee));
        });
    if (Sources.isInMainFile(Function.Where.Loc) ||
        !Function.Blocking.empty() || Function.HeaviestLoop || External)
      Kept.insert(Definition);
    else
      Undecided.push_back(Definition);
  }
  for (bool Grew = true; Grew;) {
    Grew = false;
    llvm::erase_if(Undecided, [&](const FunctionDecl *Definition) {
      if (llvm::none_of(factsOf(*Definition).Calls, [&](const CallFact &Call) {
            return Call.Callee && Kept.contains(localDefinition(*Call.Callee));
          }))
        return false;
      Kept.insert(Definition);
      Grew = true;
      return true;
    });
  }
  return Kept;
}

SummaryFile
CallChainModel::summarise(llvm::ArrayRef<const FunctionDecl *> Definitions,
                          llvm::StringRef MainFile) {
  SummaryFile Summary;
  Summary.Source = MainFile.str();
  // The definitions, then what they reach in user headers: a function of
  // another file may call through a header this file's readers lack.
  llvm::SetVector<const FunctionDecl *> Pending;
  for (const FunctionDecl *Definition : Definitions)
    Pending.insert(Definition);
  for (size_t I = 0; I < Pending.size(); ++I)
    for (const CallFact &Call : factsOf(*Pending[I]).Calls)
      if (Call.Callee)
        if (const FunctionDecl *Definition = localDefinition(*Call.Callee))
          Pending.insert(Definition);

  const llvm::DenseSet<const FunctionDecl *> Kept =
      worthKeeping(Pending.getArrayRef());
  llvm::SetVector<FileID> Files;
  for (const FunctionDecl *Definition : Pending) {
    if (Definition->isDependentContext() || !Kept.contains(Definition))
      continue;
    FunctionFacts Written = factsOf(*Definition);
    if (Written.Usr.empty())
      continue;
    Written.Placed = RunsOnItsOwn && RunsOnItsOwn(*Definition);
    Files.insert(Sources.getFileID(Written.Where.Loc));
    Written.Where.Position = positionOf(Written.Where.Loc);
    for (BlockingFact &Blocking : Written.Blocking)
      Blocking.Where.Position = positionOf(Blocking.Where.Loc);
    for (CallFact &Call : Written.Calls) {
      Call.Where.Position = positionOf(Call.Where.Loc);
      Call.Callee = nullptr;
    }
    if (Written.HeaviestLoop)
      Written.HeaviestLoop->Where.Position =
          positionOf(Written.HeaviestLoop->Where.Loc);
    Summary.Functions.push_back(std::move(Written));
  }
  // Every file outside the system directories that the translation unit
  // read: a changed header can change any function's facts.
  for (unsigned I = 0, E = Sources.local_sloc_entry_size(); I != E; ++I) {
    const SrcMgr::SLocEntry &Entry = Sources.getLocalSLocEntry(I);
    if (Entry.isFile() &&
        !SrcMgr::isSystem(Entry.getFile().getFileCharacteristic()))
      Files.insert(Sources.getFileID(
          SourceLocation::getFromRawEncoding(Entry.getOffset())));
  }
  llvm::StringSet<> Recorded;
  for (FileID ID : Files) {
    SourcePosition Position = positionOf(Sources.getLocForStartOfFile(ID));
    if (!Position.File.empty() && Recorded.insert(Position.File).second)
      Summary.Files.push_back(
          {Position.File, hashContents(Sources.getBufferData(ID))});
  }
  // Every file read, system headers too: what a cache of the whole unit
  // depends on (an upgraded library changes its findings).
  // They are named by their real paths: "x/../y" taken lexically is wrong
  // when x is a symbolic link (as in clang's own GCC include paths).
  llvm::StringSet<> Read;
  for (unsigned I = 0, E = Sources.local_sloc_entry_size(); I != E; ++I) {
    const SrcMgr::SLocEntry &Entry = Sources.getLocalSLocEntry(I);
    if (!Entry.isFile())
      continue;
    FileID ID = Sources.getFileID(
        SourceLocation::getFromRawEncoding(Entry.getOffset()));
    OptionalFileEntryRef File = Sources.getFileEntryRefForID(ID);
    if (!File)
      continue;
    llvm::SmallString<256> Path(File->getFileEntry().tryGetRealPathName());
    if (Path.empty()) {
      Path = File->getName();
      Sources.getFileManager().makeAbsolutePath(Path);
    }
    if (Read.insert(Path).second)
      Summary.Inputs.push_back(
          {Path.str().str(), hashContents(Sources.getBufferData(ID))});
  }
  return Summary;
}

} // namespace clang::tidy::stall
