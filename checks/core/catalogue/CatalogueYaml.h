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
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

/// A 1-based position in a catalogue file, for error messages.
struct YamlPosition {
  unsigned Line = 0;
  unsigned Column = 0;
};

/// Argument positions a rule names besides 0, 1, ...: the last argument
/// written,
inline constexpr int LastArgument = -1;
/// No argument (keys whose index may be 'last').
inline constexpr int NoArgument = -100;
/// the object of a member call (`pool.schedule()`, `executor->submit(f)`),
inline constexpr int ObjectArgument = -2;
/// and the functions given as template arguments
/// (`server.register_handler<&echo, &sleep>()`).
inline constexpr int TemplateArguments = -3;

/// A category as written in a catalogue file.
struct CategorySpec {
  std::string Name;
  std::string Description;
  std::string Advice;
  YamlPosition Where;
};

/// An argument of a call and the constants it may name ('unless-flag',
/// 'only-with'); Index is -1 when the entry has none.
struct ArgumentNamesSpec {
  int Index = -1;
  std::vector<std::string> Names;
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
  /// Handoffs whose callables may make the call (a fiber library's spawn,
  /// for its fiber-suspending get()).
  std::vector<std::string> UnlessIn;
  /// The argument that is a file descriptor (POSIX I/O): the call does not
  /// block when the calling function made that descriptor non-blocking;
  /// -1 when none is.
  int Descriptor = -1;
  /// The argument that is a C stream (FILE *): the call is console output,
  /// not reported, when it is stdout or stderr.
  int Stream = -1;
  /// The argument that is a write's byte count: a constant count of at
  /// most 8 bytes is a wake-up write (an eventfd, a self-pipe), not a stall.
  int ByteCount = -1;
  /// Members of the call's object that tell it is ready (result.status(),
  /// future.is_ready()): called on the same variable earlier in the calling
  /// function, the call does not wait.
  std::vector<std::string> UnlessAfter;
  /// Classes of the call's object or first argument on which the call does
  /// not wait ('unless-receiver-type': a datagram socket's connect).
  std::vector<std::string> UnlessReceiverTypes;
  /// The argument that is a timeout: a constant zero makes the call return
  /// at once (poll(fds, n, 0), sleep_for(0s)); -1 when none is.
  int ZeroTimeout = -1;
  /// 'only-if-null': the call is synchronous only when this argument (a
  /// completion callback) is null (libuv's uv_fs_* with cb = NULL);
  /// NoArgument when none is.
  int OnlyIfNull = NoArgument;
  /// 'unless-datagram': the call returns at once when its descriptor is a
  /// datagram socket (connect records the peer).
  bool UnlessDatagram = false;
  /// 'unless-flag': the call does not wait when argument Index names one of
  /// Names (a macro or enumerator: recv(..., MSG_DONTWAIT)).
  ArgumentNamesSpec UnlessFlag;
  /// 'only-with': the call waits only when argument Index names one of
  /// Names (fcntl(fd, F_SETLKW, ...)); a value the code computes is not
  /// reported.
  ArgumentNamesSpec OnlyWith;
  bool CLinkage = false;
  YamlPosition Where;
  YamlPosition KindWhere;
  YamlPosition CategoryWhere;
};

/// The argument position of a 'work' entry's size that stands for a range
/// given by the first two arguments (std::fill(first, last, value)).
inline constexpr int RangeArguments = -4;

/// What a call or construction costs inside a loop ('work:').
struct WorkSpec {
  std::string Name;
  std::string Kind;
  bool CLinkage = false;
  /// Operations per call.
  std::uint64_t Operations = 0;
  /// The argument that gives a size (bytes, elements), or RangeArguments;
  /// -1 when the cost does not depend on one.
  int SizeArgument = -1;
  /// With a size: units of it per operation (32 bytes for memset).
  std::uint64_t PerUnit = 1;
  /// How the note names it ("vector growth"); the name when empty.
  std::string What;
  YamlPosition Where;
  YamlPosition KindWhere;
};

/// A name listed under 'remove:' or 'not-followed:'.
struct NameSpec {
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
  /// Task types only: 'eager' or 'lazy'.
  std::string Starts;
  YamlPosition Where;
  YamlPosition RunsOnWhere;
  YamlPosition StartsWhere;
};

/// A function or constructor that hands a callable over to run elsewhere.
struct HandoffSpec {
  std::string Name;
  std::string Kind;
  bool CLinkage = false;
  /// Argument indexes of the callables, or LastArgument, ObjectArgument,
  /// TemplateArguments (ContextRules.h).
  std::vector<int> Callables;
  /// event-loop, worker, or target (decided by the Target argument's type).
  std::string RunsOn;
  int Target = -1;
  bool HasTarget = false;
  /// Applies only when argument WhenArgument names WhenIs, or is (or is
  /// not) written at the call.
  int WhenArgument = -1;
  std::string WhenIs;
  std::optional<bool> WhenWritten;
  YamlPosition Where;
  YamlPosition RunsOnWhere;
};

/// An awaited call after which the coroutine resumes elsewhere.
struct SwitchSpec {
  std::string Name;
  /// event-loop, worker, or target.
  std::string ResumesOn;
  int Target = -1;
  bool HasTarget = false;
  YamlPosition Where;
  YamlPosition ResumesOnWhere;
};

/// The structure of one catalogue file: what it adds and what it removes.
struct CatalogueDocument {
  std::vector<CategorySpec> Categories;
  std::vector<BlockingApiSpec> Blocking;
  std::vector<NameSpec> Removals;
  std::vector<NameSpec> NotFollowed;
  /// Functions (or namespaces, classes) known not to wait: the unknown-calls
  /// report leaves them out.
  std::vector<NameSpec> Harmless;
  std::vector<NameSpec> ExecutorTags;
  std::vector<NameSpec> NonBlockingTypes;
  std::vector<NameSpec> Drivers;
  std::vector<RunsOnSpec> Executors;
  std::vector<HandoffSpec> Handoffs;
  std::vector<SwitchSpec> Switches;
  std::vector<RunsOnSpec> TaskTypes;
  std::vector<WorkSpec> Work;
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
