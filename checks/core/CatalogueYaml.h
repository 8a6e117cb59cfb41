//===--- CatalogueYaml.h - stallcheck --------------------------*- C++ -*-===//
//
// The one boundary to yaml-cpp. yaml-cpp reports errors by throwing, and
// Debian's LLVM is built without exceptions, so the parser lives in a single
// translation unit compiled with -fexceptions that catches everything and
// hands back plain structs or an llvm::Error naming file:line:column.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_CATALOGUEYAML_H
#define STALLCHECK_CORE_CATALOGUEYAML_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// A 1-based position in a catalogue file, for error messages.
struct YamlPosition {
  unsigned Line = 0;
  unsigned Column = 0;
};

/// A category as written in a catalogue file.
struct CategorySpec {
  std::string Name;
  std::string Description;
  std::string Advice;
  YamlPosition Where;
};

/// One blocking API as written in a catalogue file, before validation.
struct BlockingApiSpec {
  std::string Name;
  std::string Kind;
  std::string Category;
  std::vector<std::string> Receivers;
  std::vector<std::string> ReceiverTypes;
  std::string Advice;
  std::string AsioAlternative;
  bool CLinkage = false;
  YamlPosition Where;
  YamlPosition KindWhere;
  YamlPosition CategoryWhere;
};

/// A name listed under 'remove:'.
struct RemovalSpec {
  std::string Name;
  YamlPosition Where;
};

/// A named class and where what it runs runs: an executor (whose objects
/// run the callables handed to them: an event loop, a worker pool, or with
/// runs-on: inner whatever its first template argument runs on, as a strand
/// does), or a coroutine task type.
struct RunsOnSpec {
  std::string Name;
  std::string RunsOn;
  YamlPosition Where;
  YamlPosition RunsOnWhere;
};

/// A function or constructor that hands a callable over to run elsewhere.
struct HandoffSpec {
  std::string Name;
  std::string Kind;
  bool CLinkage = false;
  /// Argument indexes of the callables; -1 stands for the last argument.
  std::vector<int> Callables;
  /// event-loop, worker, or target (decided by the Target argument's type).
  std::string RunsOn;
  int Target = -1;
  /// Applies only when argument WhenArgument names WhenIs.
  int WhenArgument = -1;
  std::string WhenIs;
  YamlPosition Where;
  YamlPosition RunsOnWhere;
};


/// The structure of one catalogue file: what it adds and what it removes.
struct CatalogueDocument {
  std::vector<CategorySpec> Categories;
  std::vector<BlockingApiSpec> Blocking;
  std::vector<RemovalSpec> Removals;
  std::vector<RunsOnSpec> Executors;
  std::vector<HandoffSpec> Handoffs;
  std::vector<RunsOnSpec> TaskTypes;
};

/// The catalogue format version this build reads.
inline constexpr int CatalogueFormatVersion = 1;

/// Parses \p Text (the contents of \p FileName). Syntax errors, unknown keys,
/// wrong node kinds and version mismatches are returned as an error whose
/// message starts with "FileName:line:column: ".
llvm::Expected<CatalogueDocument> parseCatalogueDocument(llvm::StringRef Text,
                                                         llvm::StringRef FileName);

/// Formats "File:Line:Column: Message" as an llvm::Error.
llvm::Error makeCatalogueError(llvm::StringRef FileName, YamlPosition Where,
                               const llvm::Twine &Message);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_CATALOGUEYAML_H
