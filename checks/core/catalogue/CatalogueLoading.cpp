//===--- CatalogueLoading.cpp - stallcheck --------------------------------===//
//
// Building a catalogue: the default one embedded at build time, the user's
// files layered on it, the context rules and worker task types they add;
// every name and value checked, each error naming its file and line.
//
//===----------------------------------------------------------------------===//

#include "core/base/InputFiles.h"
#include "core/catalogue/CatalogueYaml.h"
#include "core/catalogue/StallCatalogue.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::stall {

namespace {

// Generated at build time from DefaultCatalogue.yaml (see checks/CMakeLists).
#include "DefaultCatalogue.inc"

constexpr llvm::StringLiteral DefaultCatalogueName = "<default catalogue>";

/// "target" (handoffs), both stored as RunsOn::Unknown.
llvm::Expected<RunsOn> parseRunsOn(llvm::StringRef Value,
                                   llvm::StringRef FileName, YamlPosition Where,
                                   llvm::StringRef Derived) {
  if (Value == "event-loop")
    return RunsOn::EventLoop;
  if (Value == "worker")
    return RunsOn::Worker;
  if (Value == "scheduler")
    return RunsOn::Scheduler;
  if (!Derived.empty() && Value == Derived)
    return RunsOn::Unknown;
  std::string Expected = "'event-loop', 'scheduler' or 'worker'";
  if (!Derived.empty())
    Expected =
        "'event-loop', 'scheduler', 'worker' or '" + Derived.str() + "'";
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
  for (const NameSpec &Type : Document.NonBlockingTypes)
    if (llvm::Error Err = checkName(Type.Name, FileName, Type.Where))
      return Err;
  for (const NameSpec &Driver : Document.Drivers)
    if (llvm::Error Err = checkName(Driver.Name, FileName, Driver.Where))
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
    if (!Spec.Kind.empty() && Spec.Kind != "call" && Spec.Kind != "constructor")
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
  Handoffs.insert(Handoffs.begin(),
                  std::make_move_iterator(NewHandoffs.rbegin()),
                  std::make_move_iterator(NewHandoffs.rend()));
  Switches.insert(Switches.begin(), NewSwitches.rbegin(), NewSwitches.rend());
  for (const NameSpec &Tag : Document.ExecutorTags)
    ExecutorTags.emplace_back(Tag.Name);
  for (const NameSpec &Type : Document.NonBlockingTypes)
    NonBlockingTypes.emplace_back(Type.Name);
  for (const NameSpec &Driver : Document.Drivers)
    Drivers.emplace_back(Driver.Name);
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
                 llvm::is_contained(NotFollowed, Removal.Name) ||
                 llvm::is_contained(Harmless, Removal.Name);
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
         {&Spec.Receivers, &Spec.ReceiverTypes, &Spec.UnlessReceiverTypes,
          &Spec.UnlessIn})
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
          Spec.UnlessReceiverTypes.empty() && !Spec.CLinkage &&
          !Spec.UnlessDatagram && Spec.OnlyIfNull == NoArgument &&
          Spec.ZeroTimeout < 0 && Spec.UnlessFlag.Index < 0 &&
          Spec.OnlyWith.Index < 0))
      return makeCatalogueError(
          FileName, Spec.Where,
          "'receiver', 'receiver-type', 'unless-receiver-type', 'c-linkage', "
          "'zero-timeout', 'unless-flag', 'only-with', 'only-if-null' and "
          "'unless-datagram' apply to calls, not constructors");
    if (!CategoryIndex.count(Spec.Category)) {
      return makeCatalogueError(
          FileName, Spec.CategoryWhere,
          "unknown category '" + Spec.Category +
              "' (known: " + joinCategoryNames(NewCategories) + ")");
    }
    Added.push_back(std::make_unique<BlockingApi>(Spec, Kind));
  }

  for (const auto *Names : {&Document->NotFollowed, &Document->Harmless})
    for (const NameSpec &Name : *Names)
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
  for (std::vector<std::string> *Names : {&NotFollowed, &Harmless})
    llvm::erase_if(*Names, [&](const std::string &Name) {
      return Removed.contains(Name);
    });
  llvm::erase_if(Work, [&](const std::unique_ptr<WorkCost> &Entry) {
    return Removed.contains(Entry->name());
  });
  for (std::unique_ptr<WorkCost> &Entry : AddedWork)
    Work.push_back(std::move(Entry));
  for (const NameSpec &Name : Document->NotFollowed)
    NotFollowed.push_back(Name.Name);
  for (const NameSpec &Name : Document->Harmless)
    Harmless.push_back(Name.Name);
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
  for (auto [Index, Names] : {std::pair{&NotFollowedIndex, &NotFollowed},
                               std::pair{&HarmlessIndex, &Harmless}}) {
    Index->clear();
    for (const std::string &Name : *Names) {
      QualifiedNamePattern Pattern(Name);
      (*Index)[Pattern.lastComponent()].push_back(std::move(Pattern));
    }
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

} // namespace clang::tidy::stall
