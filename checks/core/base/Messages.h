//===--- Messages.h - stallcheck -------------------------------*- C++ -*-===//
//
// A diagnostic's text as data: clang's format string (%0, %select{...}1)
// and its arguments. The checks stream one into clang-tidy's diagnostic
// builder; the project command's link step, which parses nothing, formats
// the same one with clang's formatter, so a finding assembled after the
// parse reads exactly as one reported during it.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_MESSAGES_H
#define STALLCHECK_CORE_MESSAGES_H

#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <variant>

namespace clang::tidy::stall {

/// An argument of a diagnostic: what a DiagnosticBuilder takes for %N.
using MessageArg = std::variant<unsigned, std::string>;

/// A format string in clang's diagnostic syntax and its arguments.
struct Message {
  std::string Format;
  llvm::SmallVector<MessageArg, 10> Args;

  Message &operator<<(unsigned Value) {
    Args.emplace_back(Value);
    return *this;
  }
  Message &operator<<(bool Value) {
    Args.emplace_back(static_cast<unsigned>(Value));
    return *this;
  }
  Message &operator<<(llvm::StringRef Value) {
    Args.emplace_back(Value.str());
    return *this;
  }
};

/// \p M as clang formats a diagnostic's text.
std::string formatMessage(const Message &M);

/// Streams the arguments of \p M into \p Builder.
void addArguments(const DiagnosticBuilder &Builder, const Message &M);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_MESSAGES_H
