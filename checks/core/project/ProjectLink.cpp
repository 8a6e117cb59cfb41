//===--- ProjectLink.cpp - stallcheck -------------------------------------===//

#include "core/project/ProjectLink.h"
#include "core/base/QualifiedName.h"
#include "core/chains/CallChains.h"
#include "core/chains/ChainMessages.h"
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

std::optional<LinkedFinding> link(const SummaryFile &Unit, size_t UnitIndex,
                                  size_t PendingIndex, const LinkIndex &Index) {
  const PendingFinding &Pending = Unit.Pending[PendingIndex];
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
  LinkedFinding Finding;
  Finding.Unit = UnitIndex;
  Finding.Pending = PendingIndex;
  Finding.Check = Pending.Check;
  Finding.RangeBegin = Pending.RangeBegin;
  Finding.RangeEnd = Pending.RangeEnd;
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
  return Findings;
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
