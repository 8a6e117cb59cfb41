//===--- ProjectLink.cpp - stallcheck -------------------------------------===//

#include "core/project/ProjectLink.h"
#include "core/base/QualifiedName.h"
#include "core/base/Saturating.h"
#include "core/chains/CallChains.h"
#include "core/chains/ChainMessages.h"
#include "core/cost/LoopCost.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"
#include <set>
#include <tuple>

namespace clang::tidy::stall {

namespace {

/// The functions of every unit, and of each one, by USR.
class LinkIndex {
public:
  explicit LinkIndex(llvm::ArrayRef<SummaryFile> Units) {
    Own.resize(Units.size());
    for (size_t Unit = 0; Unit < Units.size(); ++Unit)
      for (const FunctionFacts &Facts : Units[Unit].Functions) {
        Own[Unit].try_emplace(Facts.Usr, &Facts);
        // The first unit that defines a function speaks for it elsewhere,
        // as the first summary does for the checks.
        All.try_emplace(Facts.Usr, &Facts);
      }
  }

  /// What a call from unit \p Unit to \p Usr runs, as that unit's checks
  /// would resolve it: its own definition first (not entered when its
  /// context model places it), else another unit's.
  const FunctionFacts *resolve(size_t Unit, llvm::StringRef Usr) const {
    if (Usr.empty())
      return nullptr;
    auto Mine = Own[Unit].find(Usr);
    if (Mine != Own[Unit].end())
      return Mine->second->Placed ? nullptr : Mine->second;
    auto Theirs = All.find(Usr);
    return Theirs == All.end() ? nullptr : Theirs->second;
  }

private:
  std::vector<llvm::StringMap<const FunctionFacts *>> Own;
  llvm::StringMap<const FunctionFacts *> All;
};

const CategoryText *categoryOf(const SummaryFile &Unit, llvm::StringRef Name) {
  auto It = llvm::find_if(Unit.Categories, [&](const CategoryText &Category) {
    return Category.Name == Name;
  });
  return It == Unit.Categories.end() ? nullptr : &*It;
}

/// Whether code placed by the handoff \p Via may make the blocking call of
/// \p Chain ('unless-in').
bool allowedVia(const CallChain &Chain, llvm::StringRef Via) {
  return !Via.empty() &&
         llvm::any_of(Chain.Blocking->UnlessIn, [&](const std::string &Name) {
           return QualifiedNamePattern(Name).matchesName(Via);
         });
}

/// The finding of pending finding \p PendingIndex of unit \p UnitIndex,
/// before its messages.
LinkedFinding startFinding(size_t UnitIndex, size_t PendingIndex,
                           const PendingFinding &Pending) {
  LinkedFinding Finding;
  Finding.Unit = UnitIndex;
  Finding.Pending = PendingIndex;
  Finding.Check = Pending.Check;
  Finding.RangeBegin = Pending.RangeBegin;
  Finding.RangeEnd = Pending.RangeEnd;
  return Finding;
}

/// A loop whose cost depends on calls into other files: reported when
/// what its own file counted and what the callees' summaries say reach the
/// threshold, in the words the check uses for a loop it costs alone.
std::optional<LinkedFinding> linkLoop(size_t UnitIndex, size_t PendingIndex,
                                      const PendingFinding &Pending,
                                      const PendingLoop &Loop,
                                      const LinkIndex &Index) {
  std::uint64_t Operations = Loop.Operations;
  std::vector<LoopWork> Work = Loop.Work;
  std::vector<PlacedMessage> CalleeNotes;
  for (const LoopCallee &Callee : Loop.Callees) {
    const FunctionFacts *Facts = Index.resolve(UnitIndex, Callee.Usr);
    if (!Facts || Facts->IsCoroutine || Facts->CallOperations == 0)
      continue;
    std::uint64_t Cost = saturatingMultiply(Callee.Runs, Facts->CallOperations);
    Operations = saturatingAdd(Operations, Cost);
    std::string What = "a call to '" + Callee.Name + "'";
    auto Same = llvm::find_if(
        Work, [&](const LoopWork &Item) { return Item.What == What; });
    if (Same == Work.end())
      Work.push_back({What, Cost});
    else
      Same->Operations = saturatingAdd(Same->Operations, Cost);
    CalleeNotes.push_back(
        {Callee.Where,
         formatMessage(calleeCostNote(Callee.Name, Facts->CallOperations))});
  }
  if (Operations < Pending.Threshold)
    return std::nullopt;
  // Heaviest first, ties in the order the check lists them, as the check
  // describes a loop it costs alone.
  sortHeaviestFirst(Work);
  const std::string Described = describeHeaviest(Work);
  const std::uint64_t Iterations = std::max<std::uint64_t>(1, Loop.Iterations);
  StallSite Site{false, "", Pending.Form, Pending.Callable, Pending.Place};
  LinkedFinding Finding = startFinding(UnitIndex, PendingIndex, Pending);
  Finding.Warning = {
      Pending.Where,
      formatMessage(heavyLoopWarning(
          Site, Loop.Iterations,
          std::max<std::uint64_t>(1, Operations / Iterations), Described))};
  Finding.Notes = Loop.Bounds;
  Finding.Notes.insert(Finding.Notes.end(), CalleeNotes.begin(),
                       CalleeNotes.end());
  Finding.Notes.push_back(Pending.Context);
  if (!Pending.Advice.empty())
    Finding.Notes.push_back({Pending.Where, Pending.Advice});
  if (Loop.Chunk)
    Finding.Notes.push_back(*Loop.Chunk);
  return Finding;
}

/// Whether \p Position is in the loop that starts at \p Begin and ends at
/// \p End.
bool within(const SourcePosition &Position, const SourcePosition &Begin,
            const SourcePosition &End) {
  auto Key = [](const SourcePosition &P) {
    return std::make_pair(P.Line, P.Column);
  };
  return Position.File == Begin.File && Key(Begin) <= Key(Position) &&
         Key(Position) <= Key(End) && Key(Position) != Key(Begin);
}

std::optional<LinkedFinding> link(const SummaryFile &Unit, size_t UnitIndex,
                                  size_t PendingIndex, const LinkIndex &Index) {
  const PendingFinding &Pending = Unit.Pending[PendingIndex];
  if (Pending.Loop)
    return linkLoop(UnitIndex, PendingIndex, Pending, *Pending.Loop, Index);
  const FunctionFacts *Root = Index.resolve(UnitIndex, Pending.CalleeUsr);
  if (!Root || Pending.MaxDepth == 0)
    return std::nullopt;
  const bool IsLoop = Pending.Check == "stall-cpu-heavy-loop";
  ChainGoal Goal;
  Goal.What = IsLoop ? ChainGoal::HeavyLoop : ChainGoal::BlockingCall;
  for (const std::string &Category : Pending.DisabledCategories)
    Goal.DisabledCategories.insert(Category);
  Goal.Threshold = Pending.Threshold;
  bool Missing = false;
  std::optional<CallChain> Chain = shortestChain(
      *Root, Goal, Pending.MaxDepth,
      [&](const CallFact &Call, bool &) {
        return Index.resolve(UnitIndex, Call.CalleeUsr);
      },
      Missing, Pending.ZeroArguments);
  if (!Chain || (!IsLoop && allowedVia(*Chain, Pending.Via)))
    return std::nullopt;

  StallSite Site{Pending.IsConstruction, Pending.Constructed, Pending.Form,
                 Pending.Callable, Pending.Place};
  LinkedFinding Finding = startFinding(UnitIndex, PendingIndex, Pending);
  const CategoryText *Category =
      IsLoop ? nullptr : categoryOf(Unit, Chain->Blocking->Category);
  Finding.Warning = {
      Pending.Where,
      formatMessage(IsLoop
                        ? loopChainWarning(Site, *Chain)
                        : blockingChainWarning(
                              Site, *Chain,
                              Category ? llvm::StringRef(Category->Description)
                                       : "blocks"))};
  if (!Pending.Macro.empty())
    Finding.Notes.push_back(
        {Pending.Where, "in the expansion of macro '" + Pending.Macro + "'"});
  for (size_t I = 0; I < Chain->Calls.size(); ++I)
    Finding.Notes.push_back({Chain->Calls[I]->Where.Position,
                             formatMessage(chainLinkNote(*Chain, I))});
  if (IsLoop)
    Finding.Notes.push_back(
        {Chain->Loop->Where.Position, formatMessage(loopEndNote(*Chain))});
  else
    Finding.Notes.push_back({Chain->Blocking->Where.Position,
                             formatMessage(blockingEndNote(*Chain))});
  Finding.Notes.push_back(Pending.Context);
  std::optional<Message> Fitting;
  if (!IsLoop) {
    const BlockingFact &End = *Chain->Blocking;
    if (!End.AsioAlternative.empty() || !End.EntryAdvice.empty() ||
        (End.InLoop && End.Category == "sleep"))
      Fitting = fittingAdvice(
          {Pending.AdviceAsio, Pending.AdviceCanAwait, Pending.AdvicePool},
          {End.Category, End.AsioAlternative, End.EntryAdvice, End.InLoop});
  }
  if (Fitting)
    Finding.Notes.push_back({Pending.Where, formatMessage(*Fitting)});
  else if (!Pending.Advice.empty())
    Finding.Notes.push_back({Pending.Where, Pending.Advice});
  else if (Category && !Category->Advice.empty())
    Finding.Notes.push_back({Pending.Where, Category->Advice});
  return Finding;
}

} // namespace

std::vector<LinkedFinding>
linkPendingFindings(llvm::ArrayRef<SummaryFile> Units) {
  LinkIndex Index(Units);
  std::vector<LinkedFinding> Findings;
  std::set<std::tuple<std::string, std::string, unsigned, unsigned>> Seen;
  for (size_t Unit = 0; Unit < Units.size(); ++Unit)
    for (size_t I = 0; I < Units[Unit].Pending.size(); ++I) {
      const PendingFinding &Pending = Units[Unit].Pending[I];
      // A template's instantiations share their call sites.
      if (!Seen.emplace(Pending.Check, Pending.Where.File, Pending.Where.Line,
                        Pending.Where.Column)
               .second)
        continue;
      if (std::optional<LinkedFinding> Finding =
              link(Units[Unit], Unit, I, Index))
        Findings.push_back(std::move(*Finding));
    }
  // What is inside a loop reported as heavy is not reported again, as the
  // check does not enter a loop it reports.
  std::vector<LinkedFinding> Kept;
  for (const LinkedFinding &Inner : Findings)
    if (llvm::none_of(Findings, [&](const LinkedFinding &Outer) {
          const PendingFinding &Loop = Units[Outer.Unit].Pending[Outer.Pending];
          return &Outer != &Inner && Loop.Loop && Outer.Unit == Inner.Unit &&
                 Outer.Check == Inner.Check &&
                 within(Inner.Warning.Where, Loop.Where, Loop.Loop->End);
        }))
      Kept.push_back(Inner);
  return Kept;
}

std::optional<size_t> pendingTicketIndex(llvm::StringRef Message) {
  static const llvm::Regex Ticket(
      "^call to '.*' leads into other files; the project command links its "
      "chain \\(pending ([0-9]+)\\)$");
  llvm::SmallVector<llvm::StringRef, 2> Groups;
  size_t Index = 0;
  if (!Ticket.match(Message, &Groups) || Groups[1].getAsInteger(10, Index))
    return std::nullopt;
  return Index;
}

} // namespace clang::tidy::stall
