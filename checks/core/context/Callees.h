//===--- Callees.h - stallcheck --------------------------------*- C++ -*-===//
//
// Which calls the analyses follow into a callee's body: call chains (what a
// helper blocks on) and loop costs (what a call inside a loop costs) follow
// the same ones.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CALLEES_H
#define STALLCHECK_CORE_CALLEES_H

#include "core/catalogue/StallCatalogue.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include <string>

namespace clang::tidy::stall {

/// Whether \p Loc is in a header included as a system header (-isystem)
/// that is not the system's own: not an extern "C" system header (the C
/// library), not under /usr (the C++ library, clang's headers, installed
/// libraries). Projects name their own headers, and vendored ones, so.
bool inProjectSystemHeader(SourceLocation Loc, const SourceManager &Sources);

/// The function a call or construction runs whose body analyses may follow
/// into, or null. Not followed: virtual calls (unless qualified, final,
/// made on a variable or member of class type, or through a local pointer
/// the function initialised with 'new T' / make_shared<T> / make_unique<T>
/// and never assigns again: T's overrider then),
/// calls through pointers, builtins, functions defined in system headers or
/// declared in the system's own (see inProjectSystemHeader),
/// functions that do not return or are marked cold, and functions marked
/// STALLCHECK_NOT_BLOCKING or listed under the catalogue's 'not-followed'.
const FunctionDecl *followedCallee(const Stmt &CallOrConstruct,
                                   const SourceManager &Sources,
                                   const StallCatalogue &Catalogue);

/// How messages and notes name a function: its qualified name; a lambda by
/// where it is ("lambda at io.cpp:12:15"), as clang names its type. An
/// instance of a template is named as the template (`Server::run` for
/// `Server<Tcp>::run`), so that every instance reads alike.
std::string displayName(const FunctionDecl &Function);

/// Whether calling the coroutine \p Callee runs its body in the caller up
/// to the first suspension: its task type starts eagerly (the catalogue's
/// task-types 'starts', else a promise whose initial_suspend() returns
/// std::suspend_never). A lazy coroutine (most task types: its
/// initial_suspend() is std::suspend_always) runs nothing when called.
bool startsEagerly(const FunctionDecl &Callee, const StallCatalogue &Catalogue);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CALLEES_H
