//===--- ZeroGuards.cpp - stallcheck --------------------------------------===//

#include "core/chains/ZeroGuards.h"
#include "core/catalogue/ArgumentValues.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/APSInt.h"
#include <optional>

namespace clang::tidy::stall {

namespace {
constexpr unsigned TrackedParameters = 32;

std::uint32_t bit(unsigned Index) {
  return Index < TrackedParameters ? std::uint32_t{1} << Index : 0;
}

const Expr *bare(const Expr *E) {
  while (true) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParenImpCasts();
    if (Next == E)
      return E;
    E = Next;
  }
}

/// A binary operation, built in or overloaded (time points compare and add
/// through operator templates).
struct Operation {
  BinaryOperatorKind Kind;
  const Expr *Left;
  const Expr *Right;
};

std::optional<Operation> operationOf(const Expr *E) {
  E = bare(E);
  if (const auto *Binary = dyn_cast<BinaryOperator>(E))
    return Operation{Binary->getOpcode(), Binary->getLHS(), Binary->getRHS()};
  // C++20: a < b through operator<=>.
  if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(E))
    return Operation{Rewritten->getOpcode(), Rewritten->getLHS(),
                     Rewritten->getRHS()};
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E);
      Call && Call->isInfixBinaryOp() && Call->getNumArgs() == 2)
    return Operation{BinaryOperator::getOverloadedOpcode(Call->getOperator()),
                     Call->getArg(0), Call->getArg(1)};
  return std::nullopt;
}

std::optional<llvm::APSInt> constantOf(const Expr *E,
                                       const ASTContext &Context) {
  Expr::EvalResult Result;
  if (E->isValueDependent() || !E->EvaluateAsInt(Result, Context))
    return std::nullopt;
  return Result.Val.getInt();
}

/// What in one function's body is zero when a parameter is.
class Analysis {
public:
  explicit Analysis(const FunctionDecl &Function)
      : Function(Function), Context(Function.getASTContext()) {}

  /// The parameter \p E names (or whose count() it takes).
  std::optional<unsigned> parameterOf(const Expr *E) const {
    E = bare(E);
    if (const auto *Count = dyn_cast<CXXMemberCallExpr>(E);
        Count && Count->getNumArgs() == 0 && Count->getMethodDecl() &&
        Count->getMethodDecl()->getName() == "count")
      E = bare(Count->getImplicitObjectArgument());
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *Parameter =
        Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
    if (!Parameter || Parameter->getDeclContext() != &Function)
      return std::nullopt;
    return Parameter->getFunctionScopeIndex();
  }

  /// The parameters whose zero makes \p E zero: the parameter itself, a
  /// duration made of it (std::chrono::seconds(timeout)), a product.
  std::uint32_t zeroWhen(const Expr *E) const {
    E = bare(E);
    if (std::optional<unsigned> Index = parameterOf(E))
      return bit(*Index);
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
      return zeroWhen(Cast->getSubExpr());
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      return Construct->getNumArgs() == 1 ? zeroWhen(Construct->getArg(0))
                                          : 0;
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      // std::chrono::duration_cast<...>(d)
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee && Callee->getName() == "duration_cast" &&
          Call->getNumArgs() == 1)
        return zeroWhen(Call->getArg(0));
    }
    if (std::optional<Operation> Op = operationOf(E); Op && Op->Kind == BO_Mul)
      return zeroWhen(Op->Left) | zeroWhen(Op->Right);
    return 0;
  }

  static bool isNow(const Expr *E) {
    const auto *Call = dyn_cast<CallExpr>(bare(E));
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    return Callee && Callee->getIdentifier() && Callee->getName() == "now" &&
           Call->getNumArgs() == 0;
  }

  /// now() + E: the parameters whose zero makes it now.
  std::uint32_t deadlineFrom(const Expr *E) const {
    std::optional<Operation> Op = operationOf(E);
    if (!Op || Op->Kind != BO_Add)
      return 0;
    if (isNow(Op->Left))
      return zeroWhen(Op->Right);
    if (isNow(Op->Right))
      return zeroWhen(Op->Left);
    return 0;
  }

  /// A local variable every assignment of which is now() + E: the
  /// parameters whose zero makes it a deadline already past.
  std::uint32_t deadlineVariable(const Expr *E) const {
    const auto *Ref = dyn_cast<DeclRefExpr>(bare(E));
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || !Var->isLocalVarDecl() || !Var->getInit())
      return 0;
    std::uint32_t Mask = deadlineFrom(Var->getInit());
    struct Assignments : RecursiveASTVisitor<Assignments> {
      const Analysis *Self;
      const VarDecl *Var;
      std::uint32_t Mask;
      bool names(const Expr *E) const {
        const auto *Ref = dyn_cast<DeclRefExpr>(bare(E));
        return Ref && Ref->getDecl() == Var;
      }
      bool VisitStmt(Stmt *S) {
        const auto *E = dyn_cast<Expr>(S);
        std::optional<Operation> Op =
            E ? operationOf(E) : std::optional<Operation>();
        if (Op && BinaryOperator::isAssignmentOp(Op->Kind) && names(Op->Left))
          Mask &= Op->Kind == BO_Assign ? Self->deadlineFrom(Op->Right) : 0;
        return Mask != 0;
      }
    } Visitor;
    Visitor.Self = this;
    Visitor.Var = Var;
    Visitor.Mask = Mask;
    if (Mask)
      Visitor.TraverseStmt(Function.getBody());
    return Visitor.Mask;
  }

  /// The value \p E has where \p Loop starts, when it is known: a
  /// constant, or the loop's counter and what it starts at.
  std::optional<llvm::APSInt> startOf(const Expr *E, const Stmt *Loop) const {
    if (std::optional<llvm::APSInt> Constant = constantOf(bare(E), Context))
      return Constant;
    const auto *For = dyn_cast_or_null<ForStmt>(Loop);
    const auto *Ref = dyn_cast<DeclRefExpr>(bare(E));
    if (!For || !Ref || !For->getInit())
      return std::nullopt;
    if (const auto *Declared = dyn_cast<DeclStmt>(For->getInit());
        Declared && Declared->isSingleDecl())
      if (const auto *Counter = dyn_cast<VarDecl>(Declared->getSingleDecl());
          Counter == Ref->getDecl() && Counter->getInit())
        return constantOf(bare(Counter->getInit()), Context);
    if (const auto *Init = dyn_cast<Expr>(For->getInit()))
      if (std::optional<Operation> Assign = operationOf(Init);
          Assign && Assign->Kind == BO_Assign)
        if (const auto *Target = dyn_cast<DeclRefExpr>(bare(Assign->Left));
            Target && Target->getDecl() == Ref->getDecl())
          return constantOf(bare(Assign->Right), Context);
    return std::nullopt;
  }

  /// Whether \p E is never below zero where \p Loop starts: a constant or
  /// counter that starts so, an elapsed time (now() - start).
  bool startsAtLeastZero(const Expr *E, const Stmt *Loop) const {
    if (std::optional<Operation> Op = operationOf(E);
        Op && Op->Kind == BO_Sub && isNow(Op->Left))
      return true;
    std::optional<llvm::APSInt> Start = startOf(E, Loop);
    return Start && !Start->isNegative();
  }

  /// The parameters whose zero makes \p Condition false where \p Loop (or
  /// an if) is entered.
  std::uint32_t falseWhen(const Expr *Condition, const Stmt *Loop) const {
    if (!Condition)
      return 0;
    if (std::optional<unsigned> Index = parameterOf(Condition))
      return bit(*Index);
    std::optional<Operation> Op = operationOf(Condition);
    if (!Op)
      return 0;
    switch (Op->Kind) {
    case BO_LAnd:
      return falseWhen(Op->Left, Loop) | falseWhen(Op->Right, Loop);
    case BO_GT:
      std::swap(Op->Left, Op->Right);
      [[fallthrough]];
    case BO_LT:
      // A < B is false when B is zero and A starts at zero or above; now()
      // < a deadline of now() + B, when B is zero.
      if (isNow(Op->Left))
        return deadlineVariable(Op->Right) | deadlineFrom(Op->Right);
      return startsAtLeastZero(Op->Left, Loop) ? zeroWhen(Op->Right) : 0;
    case BO_NE: {
      // P != 0, 0 != P, i != n from i = 0.
      std::optional<llvm::APSInt> Start = startOf(Op->Left, Loop);
      if (Start && Start->isZero())
        return zeroWhen(Op->Right);
      Start = startOf(Op->Right, Loop);
      if (Start && Start->isZero())
        return zeroWhen(Op->Left);
      return 0;
    }
    default:
      return 0;
    }
  }

  /// The parameters whose zero makes \p Condition true: 'P == 0', '!P',
  /// 'P <= 0'.
  std::uint32_t trueWhen(const Expr *Condition) const {
    const Expr *E = bare(Condition);
    if (const auto *Not = dyn_cast<UnaryOperator>(E);
        Not && Not->getOpcode() == UO_LNot)
      if (std::optional<unsigned> Index = parameterOf(Not->getSubExpr()))
        return bit(*Index);
    std::optional<Operation> Op = operationOf(E);
    if (!Op || (Op->Kind != BO_EQ && Op->Kind != BO_LE))
      return 0;
    std::optional<llvm::APSInt> Right = constantOf(bare(Op->Right), Context);
    if (Right && Right->isZero())
      return zeroWhen(Op->Left);
    std::optional<llvm::APSInt> Left = constantOf(bare(Op->Left), Context);
    if (Op->Kind == BO_EQ && Left && Left->isZero())
      return zeroWhen(Op->Right);
    return 0;
  }

private:
  const FunctionDecl &Function;
  const ASTContext &Context;
};

bool returns(const Stmt *S) {
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(S))
    S = Block->body_empty() ? nullptr : Block->body_back();
  return isa_and_nonnull<ReturnStmt>(S);
}
} // namespace

std::uint32_t constantZeroArguments(const Stmt &CallOrConstruct,
                                    const ASTContext &Context) {
  llvm::ArrayRef<const Expr *> Arguments;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&CallOrConstruct))
    Arguments = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
  else if (const auto *Call = dyn_cast<CallExpr>(&CallOrConstruct);
           Call && !isa<CXXOperatorCallExpr>(Call))
    Arguments = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
  std::uint32_t Mask = 0;
  for (unsigned I = 0; I < Arguments.size() && I < TrackedParameters; ++I)
    if (!Arguments[I]->isValueDependent() &&
        isConstantZero(*Arguments[I]->IgnoreImplicit(), Context))
      Mask |= bit(I);
  return Mask;
}

ZeroGuards::ZeroGuards(const FunctionDecl &Definition)
    : Sources(Definition.getASTContext().getSourceManager()) {
  const Stmt *Body = Definition.getBody();
  if (const auto *Coroutine = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  if (!Body || Definition.getNumParams() == 0)
    return;
  Analysis Zero(Definition);
  struct Finder : RecursiveASTVisitor<Finder> {
    const Analysis *Zero;
    llvm::SmallVector<Guard, 4> *Guards;
    bool shouldVisitLambdaBody() const { return false; }
    void add(const Stmt *Guarded, std::uint32_t Parameters) {
      if (Guarded && Parameters)
        Guards->push_back({Guarded->getSourceRange(), Parameters});
    }
    bool VisitForStmt(ForStmt *For) {
      add(For->getBody(), Zero->falseWhen(For->getCond(), For));
      return true;
    }
    bool VisitWhileStmt(WhileStmt *While) {
      add(While->getBody(), Zero->falseWhen(While->getCond(), While));
      return true;
    }
    bool VisitIfStmt(IfStmt *If) {
      if (!If->isConsteval())
        add(If->getThen(), Zero->falseWhen(If->getCond(), nullptr));
      return true;
    }
  } Visitor;
  Visitor.Zero = &Zero;
  Visitor.Guards = &Guards;
  Visitor.TraverseStmt(const_cast<Stmt *>(Body));
  // 'if (timeout == 0) return;' at the top of the body: what follows.
  if (const auto *Block = dyn_cast<CompoundStmt>(Body))
    for (const Stmt *S : Block->body())
      if (const auto *If = dyn_cast<IfStmt>(S);
          If && !If->getElse() && returns(If->getThen()))
        if (std::uint32_t Parameters = Zero.trueWhen(If->getCond()))
          Guards.push_back(
              {SourceRange(If->getEndLoc(), Block->getEndLoc()), Parameters});
}

std::uint32_t ZeroGuards::skippedBy(SourceLocation Loc) const {
  std::uint32_t Parameters = 0;
  Loc = Sources.getFileLoc(Loc);
  for (const Guard &G : Guards) {
    SourceLocation Begin = Sources.getFileLoc(G.Range.getBegin());
    SourceLocation End = Sources.getFileLoc(G.Range.getEnd());
    if (!Sources.isBeforeInTranslationUnit(Loc, Begin) &&
        !Sources.isBeforeInTranslationUnit(End, Loc))
      Parameters |= G.Parameters;
  }
  return Parameters;
}

} // namespace clang::tidy::stall
