//===--- Exemptions.cpp - stallcheck --------------------------------------===//

#include "core/context/Exemptions.h"
#include "core/catalogue/ArgumentValues.h"
#include "core/context/Coroutines.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::stall {

namespace {

/// The variable or member \p E names, through casts, parentheses and
/// std::move.
const Decl *namedDescriptor(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee();
        Callee && Callee->isInStdNamespace() && Callee->getIdentifier() &&
        Callee->getName() == "move" && Call->getNumArgs() == 1)
      E = Call->getArg(0)->IgnoreParenImpCasts();
  // fds[1] of pipe2(fds, O_NONBLOCK): the array (or std::array).
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    E = Subscript->getBase()->IgnoreParenImpCasts();
  else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E);
           Operator && Operator->getOperator() == OO_Subscript)
    E = Operator->getArg(0)->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  return nullptr;
}

/// The variable a value expression reads: the root of members, subscripts,
/// std::get and std::move (`res.results[res.index]`, `std::get<0>(all)`).
const Decl *rootVariable(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      E = Member->getBase();
      continue;
    }
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
      continue;
    }
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E);
        Operator && Operator->getOperator() == OO_Subscript) {
      E = Operator->getArg(0);
      continue;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee && Callee->isInStdNamespace() && Callee->getIdentifier() &&
          (Callee->getName() == "get" || Callee->getName() == "move") &&
          Call->getNumArgs() == 1) {
        E = Call->getArg(0);
        continue;
      }
      return nullptr;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      // auto [a, b] = co_await when_all(...): the binding reads the
      // decomposed variable.
      if (const auto *Binding = dyn_cast<BindingDecl>(Ref->getDecl()))
        return Binding->getDecomposedDecl();
      return Ref->getDecl();
    }
    return nullptr;
  }
  return nullptr;
}

/// Whether \p E is the C library's stdout or stderr (console output; glibc
/// defines the macros as the variables' own names).
bool isConsoleOutput(const Expr *E) {
  const auto *Ref = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
  const auto *Variable = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Variable || !Variable->getIdentifier() ||
      !Variable->getDeclContext()->getRedeclContext()->isTranslationUnit())
    return false;
  llvm::StringRef Name = Variable->getName();
  return Name == "stdout" || Name == "stderr";
}

/// Whether \p E awaits something: it is, or contains, a co_await.
bool awaits(const Expr *E) {
  if (!E)
    return false;
  bool Found = false;
  forEachOwnStatement(E, [&](const Stmt &S) {
    Found |= isa<CoawaitExpr>(S);
  });
  return Found;
}

/// Whether \p E spells a name \p IsName accepts: an enumerator
/// (SOCK_NONBLOCK, std::errc::operation_would_block) or a macro (O_NONBLOCK,
/// EAGAIN).
bool spells(const Expr *E, const ASTContext &Context,
            llvm::function_ref<bool(llvm::StringRef)> IsName) {
  return E && spellsName(*E, Context, IsName);
}

bool isNonBlockingFlag(llvm::StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("SOCK_NONBLOCK", "O_NONBLOCK", "O_NDELAY", "FIONBIO", true)
      .Cases("EFD_NONBLOCK", "TFD_NONBLOCK", "IN_NONBLOCK", "SFD_NONBLOCK",
             true)
      .Default(false);
}

bool isWouldBlock(llvm::StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("EAGAIN", "EWOULDBLOCK", "EINPROGRESS", true)
      .Cases("resource_unavailable_try_again", "operation_would_block",
             "operation_in_progress", true)
      .Default(false);
}

/// The C function \p Call calls, by name, or "".
llvm::StringRef cFunction(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || !Callee->isExternC() || !Callee->getIdentifier())
    return {};
  return Callee->getName();
}

bool isDatagramType(llvm::StringRef Name) {
  return Name == "SOCK_DGRAM" || Name == "SOCK_RAW";
}

/// socket(domain, SOCK_DGRAM, protocol): connect() on it records the peer
/// and returns.
bool createsDatagram(const Expr *E, const ASTContext &Context) {
  const auto *Call = E ? dyn_cast<CallExpr>(E->IgnoreParenImpCasts()) : nullptr;
  return Call && cFunction(*Call) == "socket" && Call->getNumArgs() == 3 &&
         spells(Call->getArg(1), Context, isDatagramType);
}

/// A call that returns a new descriptor, non-blocking by its flags
/// (socket, accept4, open, eventfd, timerfd_create, ...).
bool createsNonBlocking(const Expr *E, const ASTContext &Context) {
  const auto *Call = E ? dyn_cast<CallExpr>(E->IgnoreParenImpCasts()) : nullptr;
  if (!Call)
    return false;
  int FlagsArgument = llvm::StringSwitch<int>(cFunction(*Call))
                          .Cases("socket", "open", "open64", "eventfd", 1)
                          .Case("timerfd_create", 1)
                          .Case("inotify_init1", 0)
                          .Cases("openat", "signalfd", 2)
                          .Case("accept4", 3)
                          .Default(-1);
  return FlagsArgument >= 0 &&
         static_cast<unsigned>(FlagsArgument) < Call->getNumArgs() &&
         spells(Call->getArg(FlagsArgument), Context, isNonBlockingFlag);
}

/// The descriptors a call stores non-blocking in its array argument:
/// pipe2(fds, O_NONBLOCK), socketpair(d, SOCK_STREAM | SOCK_NONBLOCK, p, sv).
const Expr *fillsNonBlocking(const CallExpr &Call, const ASTContext &Context) {
  llvm::StringRef Name = cFunction(Call);
  if (Name == "pipe2" && Call.getNumArgs() == 2 &&
      spells(Call.getArg(1), Context, isNonBlockingFlag))
    return Call.getArg(0);
  if (Name == "socketpair" && Call.getNumArgs() == 4 &&
      spells(Call.getArg(1), Context, isNonBlockingFlag))
    return Call.getArg(3);
  return nullptr;
}

/// The class whose member \p Function is, or whose member holds the lambda
/// \p Function is.
const CXXRecordDecl *enclosingClass(const FunctionDecl &Function) {
  for (const DeclContext *Context = &Function; Context;
       Context = Context->getParent()) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Context);
    if (Method && !Method->getParent()->isLambda())
      return Method->getParent();
    if (Context->isFileContext())
      break;
  }
  return nullptr;
}

} // namespace

void BlockingExemptions::noteMemberCalls(const Stmt *Body) {
  forEachOwnStatement(Body, [&](const Stmt &S) {
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&S))
      if (const CXXMethodDecl *Method = Member->getMethodDecl();
          Method && Method->getIdentifier())
        if (const Decl *Object =
                namedDescriptor(Member->getImplicitObjectArgument()))
          MemberCalls.push_back(
              {Object, Method->getName(), Member->getBeginLoc()});
  });
}

void BlockingExemptions::noteAwaits(const Stmt *Body) {
  forEachOwnStatement(Body, [&](const Stmt &S) {
    if (const auto *Declarations = dyn_cast<DeclStmt>(&S)) {
      for (const Decl *Declared : Declarations->decls())
        if (const auto *Variable = dyn_cast<VarDecl>(Declared);
            Variable && awaits(Variable->getInit()))
          AwaitedValues.insert(Variable);
      return;
    }
    if (const auto *Assign = dyn_cast<BinaryOperator>(&S)) {
      if (Assign->getOpcode() == BO_Assign && awaits(Assign->getRHS()))
        if (const Decl *Target = rootVariable(Assign->getLHS()))
          AwaitedValues.insert(Target);
      return;
    }
    const auto *Await = dyn_cast<CoawaitExpr>(&S);
    if (!Await || !Await->getOperand())
      return;
    // co_await f, co_await r.resolve(), co_await as_future(std::move(f)),
    // co_await when_all(a, b): what the operand awaits is ready after it.
    const Expr *Operand = Await->getOperand()->IgnoreImplicit();
    llvm::SmallVector<const Expr *, 4> Awaited{Operand};
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Operand))
      Awaited.push_back(Member->getImplicitObjectArgument());
    else if (const auto *Call = dyn_cast<CallExpr>(Operand))
      Awaited.append(Call->arg_begin(), Call->arg_end());
    for (const Expr *E : Awaited)
      if (const Decl *Variable = rootVariable(E))
        AwaitedNames.push_back({Variable, Await->getEndLoc()});
  });
}

BlockingExemptions::BlockingExemptions(const FunctionDecl &Function,
                                       const ASTContext &Context,
                                       const StallCatalogue &Catalogue)
    : Catalogue(Catalogue), AST(Context), Sources(Context.getSourceManager()) {
  const Stmt *Body = Function.getBody();
  noteNonBlocking(Function, Context, /*Own=*/true);
  // A member's descriptor made non-blocking by the class's constructor or
  // an init function: `m_fd = ::eventfd(0, EFD_NONBLOCK)`,
  // `fcntl(m_socket, F_SETFL, O_NONBLOCK)`. A class the catalogue lists as
  // non-blocking by construction: every descriptor call in its members.
  if (const CXXRecordDecl *Class = enclosingClass(Function)) {
    InNonBlockingClass =
        recordIsOrDerivesFrom(*Class, Catalogue.nonBlockingTypes());
    for (const CXXMethodDecl *Method : Class->methods())
      if (const FunctionDecl *Definition = Method->getDefinition();
          Definition && Definition != &Function)
        noteNonBlocking(*Definition, Context, /*Own=*/false);
  }
  noteMemberCalls(Body);
  noteAwaits(Body);
  // A lambda sees the variables it captures by reference: what the
  // functions around it asked them before it counts too
  // (`if (r.status() == ready) check([&] { r.get(); })`).
  for (const DeclContext *Context = Function.getDeclContext();
       Context && !Context->isFileContext(); Context = Context->getParent())
    if (const auto *Enclosing = dyn_cast<FunctionDecl>(Context))
      noteMemberCalls(Enclosing->getBody()), noteAwaits(Enclosing->getBody());
}

void BlockingExemptions::noteNonBlocking(const FunctionDecl &Function,
                                         const ASTContext &Context, bool Own) {
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(&Function))
    for (const CXXCtorInitializer *Init : Constructor->inits())
      if (Init->getMember()) {
        if (createsNonBlocking(Init->getInit(), Context))
          Descriptors.insert(Init->getMember());
        if (createsDatagram(Init->getInit(), Context))
          Datagrams.insert(Init->getMember());
      }
  // `for (auto fd : m_fds) fcntl(fd, F_SETFL, O_NONBLOCK)`: each element.
  llvm::DenseMap<const Decl *, const Decl *> Elements;
  // `flags |= O_NONBLOCK; fcntl(fd, F_SETFL, flags)`: the flags variable.
  llvm::DenseSet<const Decl *> FlagVariables;
  forEachOwnStatement(Function.getBody(), [&](const Stmt &S) {
    if (const auto *Loop = dyn_cast<CXXForRangeStmt>(&S))
      if (const Decl *Range = namedDescriptor(Loop->getRangeInit()))
        Elements.try_emplace(Loop->getLoopVariable(), Range);
    if (const auto *Assign = dyn_cast<CompoundAssignOperator>(&S);
        Assign && Assign->getOpcode() == BO_OrAssign &&
        spells(Assign->getRHS(), Context, isNonBlockingFlag))
      if (const Decl *Flags = namedDescriptor(Assign->getLHS()))
        FlagVariables.insert(Flags);
    if (const auto *Declarations = dyn_cast<DeclStmt>(&S))
      for (const Decl *Declared : Declarations->decls())
        if (const auto *Variable = dyn_cast<VarDecl>(Declared);
            Variable && Variable->getInit() &&
            spells(Variable->getInit(), Context, isNonBlockingFlag))
          FlagVariables.insert(Variable);
  });
  auto SetsNonBlocking = [&](const Expr *Flags) {
    if (spells(Flags, Context, isNonBlockingFlag))
      return true;
    const Decl *Variable = namedDescriptor(Flags);
    return Variable && FlagVariables.contains(Variable);
  };
  auto Insert = [&](const Decl *Descriptor) {
    Descriptors.insert(Descriptor);
    if (auto Element = Elements.find(Descriptor); Element != Elements.end())
      Descriptors.insert(Element->second);
  };
  forEachOwnStatement(Function.getBody(), [&](const Stmt &S) {
    if (const auto *Declarations = dyn_cast<DeclStmt>(&S)) {
      for (const Decl *Declared : Declarations->decls())
        if (const auto *Variable = dyn_cast<VarDecl>(Declared)) {
          if (createsNonBlocking(Variable->getInit(), Context))
            Descriptors.insert(Variable);
          if (createsDatagram(Variable->getInit(), Context))
            Datagrams.insert(Variable);
        }
      return;
    }
    if (const auto *Assign = dyn_cast<BinaryOperator>(&S)) {
      if (Assign->getOpcode() == BO_Assign)
        if (const Decl *Target = namedDescriptor(Assign->getLHS())) {
          if (createsNonBlocking(Assign->getRHS(), Context))
            Descriptors.insert(Target);
          if (createsDatagram(Assign->getRHS(), Context))
            Datagrams.insert(Target);
        }
      if (Own && Assign->isEqualityOp() &&
          (spells(Assign->getLHS(), Context, isWouldBlock) ||
           spells(Assign->getRHS(), Context, isWouldBlock)))
        TestsWouldBlock = true;
      return;
    }
    if (const auto *Case = dyn_cast<CaseStmt>(&S)) {
      TestsWouldBlock |= Own && spells(Case->getLHS(), Context, isWouldBlock);
      return;
    }
    const auto *Call = dyn_cast<CallExpr>(&S);
    if (!Call || Call->getNumArgs() < 2)
      return;
    if (const Expr *Filled = fillsNonBlocking(*Call, Context))
      if (const Decl *Array = namedDescriptor(Filled))
        Descriptors.insert(Array);
    llvm::StringRef Name = cFunction(*Call);
    // fcntl(fd, F_SETFL, flags | O_NONBLOCK), ioctl(fd, FIONBIO, &on)
    if ((Name == "fcntl" && Call->getNumArgs() >= 3 &&
         SetsNonBlocking(Call->getArg(2))) ||
        (Name == "ioctl" &&
         spells(Call->getArg(1), Context, isNonBlockingFlag)))
      if (const Decl *Descriptor = namedDescriptor(Call->getArg(0)))
        Insert(Descriptor);
  });
}

bool BlockingExemptions::exempts(const CallExpr &Call,
                                 const BlockingApi &Api) const {
  // write(fd, &one, sizeof one): a wake-up write of a few bytes returns at
  // once unless the pipe is full.
  int Count = Api.byteCountArgument();
  if (Count >= 0 && static_cast<unsigned>(Count) < Call.getNumArgs())
    if (std::optional<llvm::APSInt> Bytes =
            Call.getArg(Count)->getIntegerConstantExpr(AST);
        Bytes && Bytes->isNonNegative() && Bytes->getExtValue() <= 8)
      return true;
  int Stream = Api.streamArgument();
  if (Stream >= 0 && static_cast<unsigned>(Stream) < Call.getNumArgs() &&
      isConsoleOutput(Call.getArg(Stream)))
    return true;
  if (Api.unlessDatagram() && onDatagramSocket(Call, Api))
    return true;
  return onNonBlockingDescriptor(Call, Api) ||
         afterReadinessQuery(Call, Api) ||
         (Api.category() == "sync-wait" && onAwaitedValue(Call));
}

bool BlockingExemptions::onNonBlockingDescriptor(const CallExpr &Call,
                                                 const BlockingApi &Api) const {
  int Index = Api.descriptorArgument();
  if (Index < 0 || static_cast<unsigned>(Index) >= Call.getNumArgs())
    return false;
  if (TestsWouldBlock || InNonBlockingClass)
    return true;
  const Expr *Argument = Call.getArg(Index)->IgnoreParenImpCasts();
  // m_socket.native_handle() of a listed class.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Argument))
    if (const CXXRecordDecl *Class = Member->getRecordDecl();
        Class &&
        recordIsOrDerivesFrom(*Class, Catalogue.nonBlockingTypes()))
      return true;
  const Decl *Descriptor = namedDescriptor(Argument);
  // write(write_fd(), ...): an accessor that returns a member (`return
  // m_fds[1];`).
  if (const auto *Accessor = dyn_cast<CXXMemberCallExpr>(Argument);
      !Descriptor && Accessor && Accessor->getMethodDecl())
    if (const FunctionDecl *Definition =
            Accessor->getMethodDecl()->getDefinition())
      if (const auto *Body =
              dyn_cast_or_null<CompoundStmt>(Definition->getBody());
          Body && Body->size() == 1)
        if (const auto *Return = dyn_cast<ReturnStmt>(Body->body_front()))
          Descriptor = namedDescriptor(Return->getRetValue());
  return Descriptor && Descriptors.contains(Descriptor);
}

bool BlockingExemptions::onDatagramSocket(const CallExpr &Call,
                                          const BlockingApi &Api) const {
  int Index = Api.descriptorArgument();
  if (Index < 0 || static_cast<unsigned>(Index) >= Call.getNumArgs())
    return false;
  const Decl *Descriptor = namedDescriptor(Call.getArg(Index));
  return Descriptor && Datagrams.contains(Descriptor);
}

bool BlockingExemptions::afterReadinessQuery(const CallExpr &Call,
                                             const BlockingApi &Api) const {
  if (Api.unlessAfter().empty())
    return false;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  const Decl *Object =
      Member ? namedDescriptor(Member->getImplicitObjectArgument()) : nullptr;
  if (!Object)
    return false;
  return llvm::any_of(MemberCalls, [&](const MemberCall &Query) {
    return Query.Object == Object &&
           llvm::is_contained(Api.unlessAfter(), Query.Member) &&
           Sources.isBeforeInTranslationUnit(Query.Loc, Call.getBeginLoc());
  });
}

bool BlockingExemptions::onAwaitedValue(const CallExpr &Call) const {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  if (!Member)
    return false;
  const Expr *Receiver = Member->getImplicitObjectArgument();
  // (co_await r.resolve()).get()
  if (Receiver && isa<CoawaitExpr>(Receiver->IgnoreParenImpCasts()))
    return true;
  const Decl *Object = rootVariable(Receiver);
  if (!Object)
    return false;
  if (AwaitedValues.contains(Object))
    return true;
  return llvm::any_of(AwaitedNames, [&](const auto &Awaited) {
    return Awaited.first == Object &&
           Sources.isBeforeInTranslationUnit(Awaited.second,
                                             Call.getBeginLoc());
  });
}

} // namespace clang::tidy::stall
