//===--- AwaitFixes.cpp - stallcheck --------------------------------------===//

#include "core/check/AwaitFixes.h"
#include "core/catalogue/StallCatalogue.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::stall {

namespace {

/// "boost::asio" or "asio" when \p Type is that library's awaitable on its
/// default executor (any_io_executor); empty otherwise.
std::string asioOfAwaitable(QualType Type) {
  const auto *Awaitable = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Type->getAsCXXRecordDecl());
  if (!Awaitable || Awaitable->getName() != "awaitable")
    return {};
  std::string Name = Awaitable->getQualifiedNameAsString();
  std::string Asio = Name == "boost::asio::awaitable" ? "boost::asio"
                     : Name == "asio::awaitable"     ? "asio"
                                                     : "";
  const TemplateArgumentList &Arguments = Awaitable->getTemplateArgs();
  if (Asio.empty() || Arguments.size() < 2 ||
      Arguments[1].getKind() != TemplateArgument::Type)
    return {};
  const CXXRecordDecl *Executor = Arguments[1].getAsType()->getAsCXXRecordDecl();
  // any_io_executor: a class, or an alias of execution::any_executor<...>.
  if (!Executor || (Executor->getName() != "any_io_executor" &&
                    Executor->getName() != "any_executor"))
    return {};
  return Asio;
}

/// How the code spells \p Range, or "" when it cannot be read (a macro).
std::string spelled(SourceRange Range, const ASTContext &Context) {
  const SourceManager &Sources = Context.getSourceManager();
  CharSourceRange File = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Range), Sources, Context.getLangOpts());
  if (File.isInvalid())
    return {};
  return Lexer::getSourceText(File, Sources, Context.getLangOpts()).str();
}

/// The namespace qualifier the coroutine's written return type puts before
/// 'awaitable' ("asio::", "boost::asio::", "net::"), or the full one when
/// it writes none or hides it behind an alias.
std::string asioPrefix(const FunctionDecl &Coroutine, llvm::StringRef Asio) {
  std::string Written =
      spelled(Coroutine.getReturnTypeSourceRange(), Coroutine.getASTContext());
  size_t At = llvm::StringRef(Written).find("awaitable");
  if (At != llvm::StringRef::npos) {
    std::string Prefix;
    for (char C : llvm::StringRef(Written).take_front(At))
      if (!isspace(static_cast<unsigned char>(C)))
        Prefix += C;
    llvm::StringRef Rest(Prefix);
    Rest.consume_front("::");
    bool Plain = !Prefix.empty() && Rest.ends_with("::") &&
                 llvm::all_of(Rest, [](char C) {
                   return isalnum(static_cast<unsigned char>(C)) || C == '_' ||
                          C == ':';
                 });
    if (Plain)
      return Prefix;
  }
  return (Asio + "::").str();
}

/// The std::chrono::duration specialization \p Type is, or null.
const ClassTemplateSpecializationDecl *durationOf(QualType Type) {
  const auto *Duration = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Type.getNonReferenceType()->getAsCXXRecordDecl());
  return Duration &&
                 Duration->getQualifiedNameAsString() == "std::chrono::duration"
             ? Duration
             : nullptr;
}

/// Whether a duration type converts exactly, implicitly, to units of
/// 1/\p PerSecond seconds: an integer count of a period that is a whole
/// number of them.
bool convertsExactly(QualType Type, std::uint64_t PerSecond) {
  const ClassTemplateSpecializationDecl *Duration = durationOf(Type);
  if (!Duration)
    return false;
  const TemplateArgumentList &Arguments = Duration->getTemplateArgs();
  if (Arguments.size() != 2 || Arguments[0].getKind() != TemplateArgument::Type ||
      !Arguments[0].getAsType()->isIntegerType() ||
      Arguments[1].getKind() != TemplateArgument::Type)
    return false;
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Arguments[1].getAsType()->getAsCXXRecordDecl());
  if (!Ratio || Ratio->getTemplateArgs().size() != 2)
    return false;
  const TemplateArgument &Num = Ratio->getTemplateArgs()[0];
  const TemplateArgument &Den = Ratio->getTemplateArgs()[1];
  if (Num.getKind() != TemplateArgument::Integral ||
      Den.getKind() != TemplateArgument::Integral)
    return false;
  llvm::APSInt N = Num.getAsIntegral(), D = Den.getAsIntegral();
  if (N.isNegative() || !D.isStrictlyPositive() || N.getSignificantBits() > 32 ||
      D.getSignificantBits() > 64)
    return false;
  // N / D seconds is a whole number of units.
  unsigned __int128 Units = static_cast<unsigned __int128>(N.getExtValue()) *
                            PerSecond;
  return Units % static_cast<unsigned __int128>(D.getExtValue()) == 0;
}

/// The timers' resolution.
bool convertsToNanoseconds(QualType Type) {
  return convertsExactly(Type, 1000000000u);
}

/// For sleep_until: the timer of the time point's clock ("steady_timer",
/// "system_timer"), when its duration converts exactly; empty otherwise.
std::string timerForTimePoint(QualType Type) {
  const auto *Point = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Type.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Point ||
      Point->getQualifiedNameAsString() != "std::chrono::time_point" ||
      Point->getTemplateArgs().size() != 2)
    return {};
  const TemplateArgument &Clock = Point->getTemplateArgs()[0];
  const TemplateArgument &Duration = Point->getTemplateArgs()[1];
  if (Clock.getKind() != TemplateArgument::Type ||
      Duration.getKind() != TemplateArgument::Type ||
      !convertsToNanoseconds(Duration.getAsType()))
    return {};
  const CXXRecordDecl *ClockClass = Clock.getAsType()->getAsCXXRecordDecl();
  if (!ClockClass)
    return {};
  std::string Name = ClockClass->getQualifiedNameAsString();
  if (Name == "std::chrono::_V2::steady_clock" ||
      Name == "std::chrono::steady_clock")
    return "steady_timer";
  if (Name == "std::chrono::_V2::system_clock" ||
      Name == "std::chrono::system_clock")
    return "system_timer";
  return {};
}

/// Where a call sits in a coroutine body: as a statement of its own (in
/// a block, or the body of an if or a loop), outside catch handlers, and
/// the completion tokens the body uses, in source order.
class CallPosition : public RecursiveASTVisitor<CallPosition> {
public:
  explicit CallPosition(const Stmt &Call) : Call(Call) {}
  bool shouldVisitLambdaBody() const { return false; }

  bool TraverseCXXCatchStmt(CXXCatchStmt *Catch) {
    ++InHandler;
    bool Result = RecursiveASTVisitor::TraverseCXXCatchStmt(Catch);
    --InHandler;
    return Result;
  }
  bool VisitStmt(Stmt *S) {
    if (S == &Call) {
      Seen = true;
      SeenInHandler = InHandler > 0;
    }
    for (const Stmt *Child : statementSlots(*S))
      if (Child && bare(*Child) == &Call)
        IsStatement = InHandler == 0;
    // T value = call;
    if (const auto *Declaration = dyn_cast<DeclStmt>(S);
        Declaration && Declaration->isSingleDecl())
      if (const auto *Var = dyn_cast<VarDecl>(Declaration->getSingleDecl());
          Var && Var->getInit() && Var->getInit()->IgnoreImplicit() == &Call &&
          InHandler == 0)
        Initialises = Var;
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var || Ref->getBeginLoc().isMacroID() || !Token.empty())
      return true;
    std::string Name = Var->getQualifiedNameAsString();
    if (llvm::StringRef(Name).ends_with("asio::use_awaitable") ||
        llvm::StringRef(Name).ends_with("asio::deferred"))
      Token = spelled(Ref->getSourceRange(), Var->getASTContext());
    return true;
  }

  bool IsStatement = false;
  /// Whether the call is in the body (not in a lambda in it), and in a
  /// catch handler there.
  bool Seen = false;
  bool SeenInHandler = false;
  /// The variable the call initialises ('auto value = call();').
  const VarDecl *Initialises = nullptr;
  std::string Token;

private:
  static const Stmt *bare(const Stmt &S) {
    if (const auto *E = dyn_cast<Expr>(&S))
      return E->IgnoreImplicit();
    return &S;
  }
  static llvm::SmallVector<const Stmt *, 4> statementSlots(const Stmt &S) {
    if (const auto *Block = dyn_cast<CompoundStmt>(&S))
      return {Block->body_begin(), Block->body_end()};
    if (const auto *If = dyn_cast<IfStmt>(&S))
      return {If->getThen(), If->getElse()};
    if (const auto *For = dyn_cast<ForStmt>(&S))
      return {For->getBody()};
    if (const auto *While = dyn_cast<WhileStmt>(&S))
      return {While->getBody()};
    if (const auto *Do = dyn_cast<DoStmt>(&S))
      return {Do->getBody()};
    if (const auto *Range = dyn_cast<CXXForRangeStmt>(&S))
      return {Range->getBody()};
    return {};
  }

  const Stmt &Call;
  unsigned InHandler = 0;
};

/// The completion token a rewrite in a coroutine uses: the one its body
/// already spells, else \p Prefix's use_awaitable.
std::string tokenFor(const CallPosition &Position, llvm::StringRef Prefix) {
  return Position.Token.empty() ? (Prefix + "use_awaitable").str()
                                : Position.Token;
}

/// The header of Asio's \p Name: "<boost/asio/NAME.hpp>", "<asio/NAME.hpp>".
std::string asioHeader(llvm::StringRef Asio, llvm::StringRef Name) {
  return ((Asio == "boost::asio" ? "<boost/asio/" : "<asio/") + Name + ".hpp>")
      .str();
}

/// Whether the translation unit declares \p Name in namespace
/// \p Namespace ("boost::asio", "asio", "seastar").
bool declaresIn(const ASTContext &Context, llvm::StringRef Namespace,
                llvm::StringRef Name) {
  const DeclContext *Scope = Context.getTranslationUnitDecl();
  llvm::SmallVector<llvm::StringRef, 2> Path;
  Namespace.split(Path, "::");
  Path.push_back(Name);
  for (llvm::StringRef Part : Path) {
    auto Found =
        Scope->lookup(&const_cast<ASTContext &>(Context).Idents.get(Part));
    if (Found.empty())
      return false;
    if (Part == Name)
      return true;
    const auto *Namespace = dyn_cast<NamespaceDecl>(Found.front());
    if (!Namespace)
      return false;
    Scope = Namespace;
  }
  return false;
}

/// Whether \p S returns, suspends or jumps out (a lambda around it would
/// change what that does).
bool leavesOrSuspends(const Stmt &S) {
  if (isa<ReturnStmt, CoreturnStmt, CoawaitExpr, CoyieldExpr, GotoStmt,
          IndirectGotoStmt, LabelStmt>(S))
    return true;
  if (isa<LambdaExpr>(S))
    return false;
  return llvm::any_of(S.children(), [](const Stmt *Child) {
    return Child && leavesOrSuspends(*Child);
  });
}

} // namespace

const ValueDecl *findInReach(const FunctionDecl &Callable, SourceLocation At,
                             llvm::function_ref<bool(QualType)> Matches) {
  // A local declared before At, in a block that holds At.
  if (At.isValid() && Callable.getBody()) {
    struct Locals : RecursiveASTVisitor<Locals> {
      const SourceManager *Sources;
      SourceLocation At;
      llvm::function_ref<bool(QualType)> Matches;
      const VarDecl *Found = nullptr;
      bool shouldVisitLambdaBody() const { return false; }
      bool VisitCompoundStmt(CompoundStmt *Block) {
        if (Sources->isBeforeInTranslationUnit(At, Block->getBeginLoc()) ||
            Sources->isBeforeInTranslationUnit(Block->getEndLoc(), At))
          return true;
        for (const Stmt *S : Block->body())
          if (const auto *Declaration = dyn_cast<DeclStmt>(S);
              Declaration &&
              Sources->isBeforeInTranslationUnit(S->getEndLoc(), At))
            for (const Decl *D : Declaration->decls())
              if (const auto *Var = dyn_cast<VarDecl>(D);
                  Var && Var->getIdentifier() && Matches(Var->getType()))
                Found = Var;
        return true;
      }
    } Finder{{}, &Callable.getASTContext().getSourceManager(), At, Matches};
    Finder.TraverseStmt(Callable.getBody());
    if (Finder.Found)
      return Finder.Found;
  }
  for (const DeclContext *Context = &Callable; Context;
       Context = Context->getParent()) {
    if (const auto *Function = dyn_cast<FunctionDecl>(Context))
      for (const ParmVarDecl *Parameter : Function->parameters())
        if (Parameter->getIdentifier() && Matches(Parameter->getType()))
          return Parameter;
    if (const auto *Class = dyn_cast<CXXRecordDecl>(Context);
        Class && !Class->isLambda() && Class->hasDefinition())
      for (const FieldDecl *Field : Class->fields())
        if (Field->getIdentifier() && Matches(Field->getType()))
          return Field;
    if (Context->isFileContext())
      break;
  }
  return nullptr;
}

namespace {
/// The class \p Type holds or points to: through references, raw
/// pointers, std::shared_ptr and std::unique_ptr; whether it is reached
/// through a pointer ('->').
std::pair<const CXXRecordDecl *, bool> heldClass(QualType Type) {
  Type = Type.getNonReferenceType();
  if (Type->isPointerType())
    return {Type->getPointeeType()->getAsCXXRecordDecl(), true};
  const auto *Record = Type->getAsCXXRecordDecl();
  if (const auto *Smart = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Record);
      Smart && (Smart->getQualifiedNameAsString() == "std::shared_ptr" ||
                Smart->getQualifiedNameAsString() == "std::unique_ptr") &&
      Smart->getTemplateArgs().size() >= 1 &&
      Smart->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
    return {Smart->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl(),
            true};
  return {Record, false};
}
} // namespace

ReachablePool reachablePool(const FunctionDecl &Callable,
                            const StallCatalogue &Catalogue, SourceLocation At) {
  auto IsPool = [&](QualType Type) {
    Type = Type.getNonReferenceType();
    if (Type->isPointerType())
      Type = Type->getPointeeType();
    const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
    return Record && llvm::any_of(Catalogue.executors(),
                                  [&](const ExecutorRule &Rule) {
                                    return Rule.Where == RunsOn::Worker &&
                                           Rule.Name.matches(*Record);
                                  });
  };
  const ValueDecl *Pool = findInReach(Callable, At, IsPool);
  if (!Pool)
    return {};
  std::string Name = Pool->getName().str();
  bool Pointer = Pool->getType().getNonReferenceType()->isPointerType();
  return {Name, Pointer ? "*" + Name : Name};
}

std::optional<FixItHint> offloadRewrite(const Stmt &Work,
                                        const FunctionDecl &Coroutine,
                                        llvm::StringRef Pool) {
  const ASTContext &Context = Coroutine.getASTContext();
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Coroutine.getBody());
  const std::string Asio = asioOfAwaitable(Coroutine.getReturnType());
  if (Pool.empty() || !Body || Asio.empty() || Work.getBeginLoc().isMacroID() ||
      Work.getEndLoc().isMacroID() || leavesOrSuspends(Work))
    return std::nullopt;
  CallPosition Position(Work);
  Position.TraverseStmt(Body->getBody());
  // A loop whose body is one statement ends at its ';'.
  SourceRange Range = Work.getSourceRange();
  if (!isa<Expr>(Work) && !isa_and_nonnull<CompoundStmt>(loopBody(Work))) {
    SourceLocation AfterSemi = Lexer::findLocationAfterToken(
        Range.getEnd(), tok::semi, Context.getSourceManager(),
        Context.getLangOpts(), /*SkipTrailingWhitespaceAndNewLine=*/false);
    if (AfterSemi.isInvalid())
      return std::nullopt;
    Range.setEnd(AfterSemi.getLocWithOffset(-1));
  }
  const std::string Text = spelled(Range, Context);
  if (Text.empty())
    return std::nullopt;
  const std::string Prefix = asioPrefix(Coroutine, Asio);
  const std::string Token = tokenFor(Position, Prefix);
  std::string Lambda;
  if (Position.IsStatement) {
    // A statement: run it there. A loop ends with its body's brace.
    Lambda = "[&]() -> " + Prefix + "awaitable<void> { " + Text +
             (isa<Expr>(Work) ? "; " : " ") + "co_return; }";
  } else if (Position.Initialises && isa<Expr>(Work)) {
    // 'T value = call();': the call's value comes back from the pool.
    QualType Type = cast<Expr>(Work).getType();
    if (Type->isVoidType() || Type->isReferenceType() ||
        !cast<Expr>(Work).isPRValue() || Type->isDependentType())
      return std::nullopt;
    PrintingPolicy Policy(Context.getLangOpts());
    Policy.FullyQualifiedName = true;
    Policy.SuppressScope = false;
    Lambda = "[&]() -> " + Prefix + "awaitable<" +
             Type.getUnqualifiedType().getAsString(Policy) + "> { co_return " +
             Text + "; }";
  } else {
    return std::nullopt;
  }
  std::string Replacement = "co_await " + Prefix + "co_spawn(" + Pool.str() +
                            ", " + Lambda + ", " + Token + ")";
  if (!isa<Expr>(Work))
    Replacement += ";";
  return FixItHint::CreateReplacement(Range, Replacement);
}

namespace {

/// The synchronous Asio operations whose asynchronous form takes the same
/// arguments and a completion token, and yields what they return.
llvm::StringRef asyncFormOf(llvm::StringRef Name, bool Member) {
  static constexpr std::pair<llvm::StringLiteral, llvm::StringLiteral>
      Members[] = {{"read_some", "async_read_some"},
                   {"write_some", "async_write_some"},
                   {"receive", "async_receive"},
                   {"send", "async_send"},
                   {"receive_from", "async_receive_from"},
                   {"send_to", "async_send_to"},
                   {"connect", "async_connect"},
                   {"accept", "async_accept"},
                   {"resolve", "async_resolve"},
                   {"handshake", "async_handshake"}};
  static constexpr std::pair<llvm::StringLiteral, llvm::StringLiteral>
      Functions[] = {{"read", "async_read"},
                     {"write", "async_write"},
                     {"read_until", "async_read_until"},
                     {"connect", "async_connect"}};
  for (const auto &[Sync, Async] : Member ? llvm::ArrayRef(Members)
                                          : llvm::ArrayRef(Functions))
    if (Name == Sync)
      return Async;
  return {};
}

/// Whether \p Call passes an error_code to fill (the overloads that do not
/// throw: their error handling is the caller's code, which the awaited
/// form, throwing, would bypass).
bool reportsThroughErrorCode(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  return llvm::any_of(Callee->parameters(), [](const ParmVarDecl *Parameter) {
    QualType Type = Parameter->getType();
    if (!Type->isLValueReferenceType() ||
        Type->getPointeeType().isConstQualified())
      return false;
    const CXXRecordDecl *Record = Type->getPointeeType()->getAsCXXRecordDecl();
    return Record && Record->getName() == "error_code";
  });
}

} // namespace

std::optional<AwaitRewrite> asyncOperationRewrite(const CallExpr &Call,
                                                  const FunctionDecl &Coroutine) {
  const ASTContext &Context = Coroutine.getASTContext();
  const SourceManager &Sources = Context.getSourceManager();
  const FunctionDecl *Callee = Call.getDirectCallee();
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Coroutine.getBody());
  const std::string Asio = asioOfAwaitable(Coroutine.getReturnType());
  if (!Callee || !Callee->getIdentifier() || !Body || Asio.empty() ||
      Call.getBeginLoc().isMacroID() || Call.getEndLoc().isMacroID() ||
      Call.getRParenLoc().isMacroID() || reportsThroughErrorCode(Call))
    return std::nullopt;
  // Asio's own operation (asio::, boost::asio::, and their ssl streams).
  std::string Qualified = Callee->getQualifiedNameAsString();
  if (!llvm::StringRef(Qualified).starts_with(Asio + "::"))
    return std::nullopt;
  SourceLocation NameLoc;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  if (Member) {
    const auto *Callee = dyn_cast<MemberExpr>(Member->getCallee()->IgnoreParens());
    if (!Callee)
      return std::nullopt;
    NameLoc = Callee->getMemberLoc();
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(
                 Call.getCallee()->IgnoreParenImpCasts())) {
    NameLoc = Ref->getNameInfo().getLoc();
  }
  llvm::StringRef Async = asyncFormOf(Callee->getName(), Member != nullptr);
  if (Async.empty() || NameLoc.isInvalid() || NameLoc.isMacroID())
    return std::nullopt;

  CallPosition Position(Call);
  Position.TraverseStmt(Body->getBody());
  if (!Position.Seen || Position.SeenInHandler)
    return std::nullopt;
  const std::string Prefix = asioPrefix(Coroutine, Asio);
  const std::string Token = tokenFor(Position, Prefix);
  // The written arguments (not defaulted ones) take the token after them.
  unsigned Written = 0;
  for (const Expr *Argument : Call.arguments())
    Written += !isa<CXXDefaultArgExpr>(Argument);
  const bool Bare = Position.IsStatement || Position.Initialises;

  AwaitRewrite Rewrite;
  Rewrite.Edits.push_back(FixItHint::CreateInsertion(
      Call.getBeginLoc(), Bare ? "co_await " : "(co_await "));
  Rewrite.Edits.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(NameLoc, NameLoc), Async));
  Rewrite.Edits.push_back(FixItHint::CreateInsertion(
      Call.getRParenLoc(), (Written ? ", " : "") + Token));
  if (!Bare)
    Rewrite.Edits.push_back(FixItHint::CreateInsertion(
        Lexer::getLocForEndOfToken(Call.getRParenLoc(), 0, Sources,
                                   Context.getLangOpts()),
        ")"));
  if (Position.Token.empty() && !declaresIn(Context, Asio, "use_awaitable"))
    Rewrite.Headers.push_back(asioHeader(Asio, "use_awaitable"));
  return Rewrite;
}

std::optional<AwaitRewrite> syncWaitRewrite(const CallExpr &Call,
                                            const FunctionDecl &Coroutine) {
  // Each framework's way to wait from synchronous code, and the namespace
  // of its coroutine types.
  static constexpr std::pair<llvm::StringLiteral, llvm::StringLiteral>
      Waits[] = {{"cppcoro::sync_wait", "cppcoro::"},
                 {"coro::sync_wait", "coro::"},
                 {"folly::coro::blockingWait", "folly::coro::"},
                 {"async_simple::coro::syncAwait", "async_simple::coro::"}};
  const FunctionDecl *Callee = Call.getDirectCallee();
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Coroutine.getBody());
  const CXXRecordDecl *Task = Coroutine.getReturnType()->getAsCXXRecordDecl();
  if (!Callee || !Body || !Task || Call.getNumArgs() != 1 ||
      Call.getBeginLoc().isMacroID() || Call.getEndLoc().isMacroID())
    return std::nullopt;
  const std::string Name = Callee->getQualifiedNameAsString();
  const std::string TaskName = Task->getQualifiedNameAsString();
  const auto *Wait = llvm::find_if(Waits, [&](const auto &Entry) {
    return Name == Entry.first;
  });
  // Only a task the call makes (a named one may be awaited elsewhere, and
  // some task types are awaited only as rvalues).
  const Expr &Argument = *Call.getArg(0);
  if (Wait == std::end(Waits) ||
      !llvm::StringRef(TaskName).starts_with(Wait->second) ||
      !Argument.IgnoreImplicit()->isPRValue())
    return std::nullopt;
  CallPosition Position(Call);
  Position.TraverseStmt(Body->getBody());
  const std::string Text =
      spelled(Argument.getSourceRange(), Coroutine.getASTContext());
  if (!Position.Seen || Position.SeenInHandler || Text.empty())
    return std::nullopt;
  const bool Bare = Position.IsStatement || Position.Initialises;
  AwaitRewrite Rewrite;
  Rewrite.Edits.push_back(FixItHint::CreateReplacement(
      Call.getSourceRange(),
      Bare ? "co_await " + Text : "(co_await " + Text + ")"));
  return Rewrite;
}

namespace {
/// sleep_for(d) in a coroutine of a framework with an awaitable sleep on
/// its own scheduler: async_simple's coro::sleep (on the Lazy's executor),
/// Seastar's sleep (on the reactor).
std::optional<AwaitRewrite> frameworkSleepRewrite(const CallExpr &Call,
                                                  const FunctionDecl &Coroutine) {
  const CXXRecordDecl *Task = Coroutine.getReturnType()->getAsCXXRecordDecl();
  const FunctionDecl *Callee = Call.getDirectCallee();
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Coroutine.getBody());
  if (!Task || !Callee || !Body || Call.getNumArgs() != 1 ||
      Callee->getQualifiedNameAsString() != "std::this_thread::sleep_for" ||
      !durationOf(Call.getArg(0)->IgnoreImplicit()->getType()) ||
      Call.getBeginLoc().isMacroID() || Call.getEndLoc().isMacroID())
    return std::nullopt;
  const std::string TaskName = Task->getQualifiedNameAsString();
  llvm::StringRef Sleep, Header, Namespace;
  std::string Scheduled;
  if (TaskName == "async_simple::coro::Lazy") {
    Sleep = "async_simple::coro::sleep";
    Header = "<async_simple/coro/Sleep.h>";
    Namespace = "async_simple::coro";
  } else if (TaskName == "seastar::future") {
    Sleep = "seastar::sleep";
    Header = "<seastar/core/sleep.hh>";
    Namespace = "seastar";
  } else if (TaskName == "cppcoro::task" || TaskName == "coro::task") {
    // The loop's own timed schedule, when its object is in reach:
    // cppcoro's io_service, libcoro's io_scheduler (or scheduler), whose
    // schedule_after takes milliseconds.
    const bool Libcoro = TaskName == "coro::task";
    if (Libcoro && !convertsExactly(Call.getArg(0)->IgnoreImplicit()->getType(),
                                    1000))
      return std::nullopt;
    const ValueDecl *Loop = findInReach(
        Coroutine, Call.getBeginLoc(), [&](QualType Type) {
          const CXXRecordDecl *Held = heldClass(Type).first;
          if (!Held)
            return false;
          std::string Name = Held->getQualifiedNameAsString();
          return Libcoro ? Name == "coro::io_scheduler" ||
                               Name == "coro::scheduler"
                         : Name == "cppcoro::io_service";
        });
    if (!Loop)
      return std::nullopt;
    Scheduled = Loop->getName().str() +
                (heldClass(Loop->getType()).second ? "->" : ".") +
                "schedule_after";
    Sleep = Scheduled;
  } else {
    return std::nullopt;
  }
  CallPosition Position(Call);
  Position.TraverseStmt(Body->getBody());
  const std::string Argument =
      spelled(Call.getArg(0)->getSourceRange(), Coroutine.getASTContext());
  if (!Position.IsStatement || Argument.empty())
    return std::nullopt;
  AwaitRewrite Rewrite;
  Rewrite.Edits.push_back(FixItHint::CreateReplacement(
      Call.getSourceRange(), ("co_await " + Sleep + "(" + Argument + ")").str()));
  if (!Header.empty() &&
      !declaresIn(Coroutine.getASTContext(), Namespace, "sleep"))
    Rewrite.Headers.push_back(Header.str());
  return Rewrite;
}
} // namespace

std::optional<AwaitRewrite> sleepTimerRewrite(const CallExpr &Call,
                                              const FunctionDecl &Coroutine) {
  if (std::optional<AwaitRewrite> Framework =
          frameworkSleepRewrite(Call, Coroutine))
    return Framework;
  const ASTContext &Context = Coroutine.getASTContext();
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Call.getNumArgs() != 1 ||
      Call.getBeginLoc().isMacroID() || Call.getEndLoc().isMacroID())
    return std::nullopt;
  const std::string Name = Callee->getQualifiedNameAsString();
  const Expr &Argument = *Call.getArg(0)->IgnoreImplicit();
  std::string Timer;
  // A duration that does not convert exactly (floating-point, or finer
  // than nanoseconds) is converted as sleep_for itself converts it: by
  // duration_cast, truncating to nanoseconds.
  bool Cast = false;
  if (Name == "std::this_thread::sleep_for") {
    Timer = durationOf(Argument.getType()) ? "steady_timer" : "";
    Cast = !convertsToNanoseconds(Argument.getType());
  } else if (Name == "std::this_thread::sleep_until")
    Timer = timerForTimePoint(Argument.getType());
  const auto *Body =
      dyn_cast_or_null<CoroutineBodyStmt>(Coroutine.getBody());
  const std::string Asio = asioOfAwaitable(Coroutine.getReturnType());
  if (Timer.empty() || !Body || Asio.empty())
    return std::nullopt;

  CallPosition Position(Call);
  Position.TraverseStmt(Body->getBody());
  std::string ArgumentText =
      spelled(Call.getArg(0)->getSourceRange(), Context);
  if (!Position.IsStatement || ArgumentText.empty())
    return std::nullopt;
  if (Cast)
    ArgumentText = "std::chrono::duration_cast<std::chrono::steady_clock::"
                   "duration>(" +
                   ArgumentText + ")";
  const std::string Prefix = asioPrefix(Coroutine, Asio);
  const std::string Token = tokenFor(Position, Prefix);

  AwaitRewrite Rewrite;
  Rewrite.Edits.push_back(FixItHint::CreateReplacement(
      Call.getSourceRange(),
      "co_await " + Prefix + Timer + "(co_await " + Prefix +
          "this_coro::executor, " + ArgumentText + ").async_wait(" + Token +
          ")"));
  // What the replacement names that the unit may not declare yet.
  auto Need = [&](llvm::StringRef Declared) {
    if (!declaresIn(Context, Asio, Declared))
      Rewrite.Headers.push_back(asioHeader(Asio, Declared));
  };
  Need(Timer);
  Need("this_coro");
  if (Position.Token.empty())
    Need("use_awaitable");
  return Rewrite;
}

} // namespace clang::tidy::stall
