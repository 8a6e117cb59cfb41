//===--- ContextFlow.cpp - stallcheck -------------------------------------===//

#include "core/context/ContextFlow.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::stall {

namespace {

/// Loop wins: code after a branch that switched to a worker on one side
/// only still runs on the loop when the other side was on it (then a
/// scheduler's thread).
ContextDecision merge(const ContextDecision &A, const ContextDecision &B) {
  if (A.Where == B.Where || A.Where == RunsOn::EventLoop)
    return A;
  if (B.Where == RunsOn::EventLoop)
    return B;
  if (A.Where == RunsOn::Scheduler)
    return A;
  if (B.Where == RunsOn::Scheduler)
    return B;
  ContextDecision Unknown = A;
  Unknown.Where = RunsOn::Unknown;
  return Unknown;
}

/// Notes the coroutine \p Await awaits, if it awaits a call to one.
void noteAwaited(const CoawaitExpr &Await, const ContextDecision &Where,
                 EventLoopCode &Code) {
  const FunctionDecl *Callee = calledFunction(Await.getOperand());
  if (Callee && isa_and_nonnull<CoroutineBodyStmt>(Callee->getBody()))
    Code.Awaited.push_back({Callee, Where, Await.getKeywordLoc()});
}

/// Walks one body in execution order, carrying where the code runs.
class FlowWalker {
public:
  FlowWalker(const ExecutionContextModel &Model, EventLoopCode &Code)
      : Model(Model), Code(Code) {}

  /// The context after \p S, which starts in \p In inside code that runs
  /// where \p Enclosing says; with \p Record, notes where the event-loop
  /// code begins and ends.
  ContextDecision visit(const Stmt *S, const ContextDecision &In,
                        const ContextDecision &Enclosing, bool Record) {
    if (!S)
      return In;
    if (Record && In.Where != Enclosing.Where)
      if (runsTasks(Enclosing.Where))
        Code.OffLoop.insert(S);
    if (Record && runsTasks(In.Where) &&
        (In.Where != Enclosing.Where || In.Loc != Enclosing.Loc)) {
      // A region of its own, with its own reason (the switch back to the
      // loop); the enclosing region leaves it out.
      Code.Regions.push_back({S, In});
      if (runsTasks(Enclosing.Where))
        Code.OffLoop.insert(S);
    }
    const ContextDecision &Here = In;
    if (const auto *Block = dyn_cast<CompoundStmt>(S)) {
      ContextDecision Current = In;
      for (const Stmt *Child : Block->body())
        Current = visit(Child, Current, Here, Record);
      return Current;
    }
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      ContextDecision Start = switchesIn(If->getCond(), In, Record);
      ContextDecision Then = visit(If->getThen(), Start, Here, Record);
      ContextDecision Else =
          If->getElse() ? visit(If->getElse(), Start, Here, Record) : Start;
      return merge(Then, Else);
    }
    if (const Stmt *Body = repeatedBody(*S)) {
      // A switch at the end of the body reaches its start on the next
      // iteration: take the body once to see, then again from the merge.
      ContextDecision Once = visit(Body, In, Here, /*Record=*/false);
      ContextDecision Head = merge(In, Once);
      ContextDecision Out = visit(Body, Head, Here, Record);
      // The body may not run at all.
      return merge(In, Out);
    }
    if (isa<LambdaExpr, BlockExpr>(S))
      return In;
    if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
      ContextDecision Out = visit(Try->getTryBlock(), In, Here, Record);
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
        Out = merge(Out, visit(Try->getHandler(I), In, Here, Record));
      return Out;
    }
    if (const auto *Attributed = dyn_cast<AttributedStmt>(S))
      return visit(Attributed->getSubStmt(), In, Here, Record);
    // Any other statement: the switches its expressions await take effect
    // after it.
    return switchesIn(S, In, Record);
  }

private:
  /// The body of a loop (or switch statement), which runs any number of
  /// times; null for other statements.
  static const Stmt *repeatedBody(const Stmt &S) {
    if (const auto *Switch = dyn_cast<SwitchStmt>(&S))
      return Switch->getBody();
    return isLoop(S) ? loopBody(S) : nullptr;
  }

  /// The context after the switches awaited in \p S (in source order);
  /// with \p Record, notes the coroutines \p S awaits.
  ContextDecision switchesIn(const Stmt *S, const ContextDecision &In,
                             bool Record) const {
    ContextDecision Out = In;
    SourceLocation Last;
    forEachOwnStatement(S, [&](const Stmt &Child) {
      const auto *Await = dyn_cast<CoawaitExpr>(&Child);
      if (!Await || !Await->getOperand())
        return;
      if (Record)
        noteAwaited(*Await, In, Code);
      std::optional<ContextDecision> Switch =
          Model.switchOf(*Await->getOperand());
      if (Switch && (Last.isInvalid() || Last < Await->getBeginLoc())) {
        Out = *Switch;
        Last = Await->getBeginLoc();
      }
    });
    return Out;
  }

  const ExecutionContextModel &Model;
  EventLoopCode &Code;
};


/// Whether \p Body awaits a switch at all (most coroutines do not).
bool awaitsSwitch(const Stmt *Body, const ExecutionContextModel &Model) {
  bool Found = false;
  forEachOwnStatement(Body, [&](const Stmt &S) {
    if (const auto *Await = dyn_cast<CoawaitExpr>(&S))
      Found |= Await->getOperand() && Model.switchOf(*Await->getOperand());
  });
  return Found;
}

} // namespace

EventLoopCode eventLoopCode(const FunctionDecl &Function,
                            const ContextDecision &Entry,
                            const ExecutionContextModel &Model) {
  EventLoopCode Code;
  const Stmt *Body = Function.getBody();
  if (const auto *Coroutine = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  if (!Body)
    return Code;
  const bool IsCoroutine = isa<CoroutineBodyStmt>(Function.getBody());
  if (!IsCoroutine || !awaitsSwitch(Body, Model)) {
    if (runsTasks(Entry.Where))
      Code.Regions.push_back({Function.getBody(), Entry});
    if (IsCoroutine)
      forEachOwnStatement(Body, [&](const Stmt &S) {
        if (const auto *Await = dyn_cast<CoawaitExpr>(&S))
          noteAwaited(*Await, Entry, Code);
      });
    return Code;
  }
  FlowWalker(Model, Code)
      .visit(Body, Entry, ContextDecision(), /*Record=*/true);
  return Code;
}

} // namespace clang::tidy::stall
