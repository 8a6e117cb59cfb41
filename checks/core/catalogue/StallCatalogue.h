//===--- StallCatalogue.h - stallcheck -------------------*- C++ -*-===//
//
// The catalogue of blocking APIs: which declarations block the calling
// thread, in which category, and what to do instead. It is data: a default
// YAML file embedded in the binary, with users' files layered on top.
//
// Family catalogue (checks/core/catalogue/) owns the blocking-API catalogue:
// its entries, lookups by declaration and type, loading and layering of YAML
// files (through the yaml-cpp boundary, CatalogueYaml), and the context rules
// it carries.
// It may use: base.
//
//===----------------------------------------------------------------------===//

#ifndef STALLCHECK_CORE_STALLCATALOGUE_H
#define STALLCHECK_CORE_STALLCATALOGUE_H

#include "core/base/QualifiedName.h"
#include "core/catalogue/ContextRules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::stall {

struct BlockingApiSpec;
struct CatalogueDocument;

/// The annotation of include/stallcheck/annotations.h that marks a function
/// blocking: STALLCHECK_BLOCKING("category").
inline constexpr llvm::StringLiteral BlockingAnnotation =
    "stallcheck::blocking";

/// The annotation that marks a function not blocking: chains stop there.
inline constexpr llvm::StringLiteral NotBlockingAnnotation =
    "stallcheck::not_blocking";

/// The name of the catalogue entries that stand for marked functions.
inline constexpr llvm::StringLiteral MarkedApiName = "STALLCHECK_BLOCKING";

/// A STALLCHECK_BLOCKING annotation.
struct BlockingMark {
  const AnnotateAttr *Attribute;
  /// The declaration that carries it: the callee, the template it was
  /// instantiated from, or a virtual function it overrides.
  const FunctionDecl *Function;
  /// The category it names; empty when its argument is not one string
  /// literal.
  llvm::StringRef Category;
};

/// The STALLCHECK_BLOCKING annotation on any declaration of \p Function, or
/// of the template it was instantiated from.
std::optional<BlockingMark> blockingMark(const FunctionDecl &Function);
/// Whether any declaration of \p Function, of the template it was
/// instantiated from, or of a virtual function it overrides is marked
/// STALLCHECK_NOT_BLOCKING.
bool isMarkedNotBlocking(const FunctionDecl &Function);
/// \p Attribute of \p Function read as a STALLCHECK_BLOCKING annotation,
/// if it is one.
std::optional<BlockingMark> asBlockingMark(const AnnotateAttr &Attribute,
                                           const FunctionDecl &Function);

/// A group of blocking APIs ("sleep", "file-io", ...) with the advice that
/// applies to all of them.
struct BlockingCategory {
  std::string Name;
  /// What the APIs do to the thread, e.g. "sleeps the thread".
  std::string Description;
  /// Framework-neutral advice, e.g. "move the I/O to a worker thread".
  std::string Advice;
};

/// How an API is used: called, or constructed (for RAII types such as
/// std::ifstream whose constructor opens a file).
enum class BlockingApiKind { Call, Construction };

/// One validated catalogue entry. Names are QualifiedNamePatterns: a leading
/// "::" anchors at the global namespace, otherwise the name matches any
/// declaration whose qualified name ends with it; template arguments and
/// inline namespaces (std::__1, std::__cxx11) are not written.
class BlockingApi {
public:
  BlockingApi(const BlockingApiSpec &Spec, BlockingApiKind Kind);
  ~BlockingApi();
  BlockingApi(const BlockingApi &) = delete;
  BlockingApi &operator=(const BlockingApi &) = delete;

  llvm::StringRef name() const { return Name; }
  const QualifiedNamePattern &pattern() const { return DeclName; }
  BlockingApiKind kind() const { return Kind; }
  llvm::StringRef category() const { return Category; }
  /// Entry-specific advice; empty when the category's advice applies.
  llvm::StringRef advice() const { return Advice; }
  /// The asynchronous Asio operation to use instead, relative to the asio
  /// namespace (e.g. "steady_timer::async_wait"); empty when none exists.
  llvm::StringRef asioAlternative() const { return AsioAlternative; }
  /// The handoffs whose callables may make the call without stalling
  /// (a fiber library's spawn, for its get()), as written.
  llvm::ArrayRef<std::string> unlessIn() const { return UnlessIn; }
  /// The argument that is a file descriptor, or -1 (see BlockingApiSpec).
  int descriptorArgument() const { return Descriptor; }
  /// The argument that is a C stream (FILE *), or -1 (see BlockingApiSpec).
  int streamArgument() const { return Stream; }
  /// The argument that is a write's byte count, or -1 (see BlockingApiSpec).
  int byteCountArgument() const { return ByteCount; }
  /// Whether the call returns at once on a datagram socket
  /// ('unless-datagram').
  bool unlessDatagram() const { return UnlessDatagram; }
  /// Members of the call's object that tell it is ready ('unless-after').
  llvm::ArrayRef<std::string> unlessAfter() const { return UnlessAfter; }
  /// Whether the calling code can show the call does not wait
  /// (BlockingExemptions): a descriptor it made non-blocking, a result it
  /// found ready or a value it awaited (waits for another thread), console
  /// output.
  bool mayBeExempt() const {
    return Descriptor >= 0 || Stream >= 0 || ByteCount >= 0 ||
           !UnlessAfter.empty() ||
           Category == "sync-wait";
  }

  /// Whether \p Decl (a function for calls, a class for constructions) is
  /// the declaration this entry names.
  bool matchesDecl(const NamedDecl &Decl) const;
  /// Whether the call's receiver (object or first argument) satisfies the
  /// entry's 'receiver', 'receiver-type' and 'unless-receiver-type'
  /// constraints.
  bool matchesReceiver(const Expr *Receiver) const;
  /// Whether the call's arguments let it wait: not with a constant zero
  /// timeout ('zero-timeout'), a non-blocking flag ('unless-flag'), or
  /// without the argument that makes it wait ('only-with').
  bool waitsWith(const CallExpr &Call) const;

private:
  std::string Name;
  BlockingApiKind Kind;
  std::string Category;
  std::string Advice;
  std::string AsioAlternative;
  std::vector<std::string> UnlessIn;
  int Descriptor;
  int Stream;
  int ByteCount;
  std::vector<std::string> UnlessAfter;
  int ZeroTimeout;
  int OnlyIfNull;
  bool UnlessDatagram;
  ArgumentNamesSpec UnlessFlag;
  ArgumentNamesSpec OnlyWith;
  /// Only declarations with C language linkage match (the C library's
  /// '::write', not a user's C++ '::write(Buffer &)').
  bool CLinkage;
  QualifiedNamePattern DeclName;
  std::vector<QualifiedNamePattern> ReceiverNames;
  std::vector<QualifiedNamePattern> ReceiverTypeNames;
  std::vector<QualifiedNamePattern> UnlessReceiverTypeNames;
};

/// What a call or construction costs inside a loop, in operations (about a
/// nanosecond each): one 'work' entry of the catalogue.
class WorkCost {
public:
  explicit WorkCost(const WorkSpec &Spec);

  llvm::StringRef name() const { return Name; }
  /// How a note names it: "vector growth", "memset".
  llvm::StringRef what() const { return What; }
  const QualifiedNamePattern &pattern() const { return DeclName; }
  bool isConstruction() const { return IsConstruction; }
  /// Whether \p Decl (a function, or a class for constructions) is named.
  bool matchesDecl(const NamedDecl &Decl) const;
  /// The operations of one call or construction with \p Args: the entry's
  /// own, plus its size over 'per-unit' when the size is a constant.
  std::uint64_t operationsFor(llvm::ArrayRef<const Expr *> Args,
                              const ASTContext &Context) const;

private:
  std::string Name;
  std::string What;
  bool IsConstruction;
  bool CLinkage;
  std::uint64_t Operations;
  int SizeArgument;
  std::uint64_t PerUnit;
  QualifiedNamePattern DeclName;
};

/// The names of \p Categories, comma-separated, for messages that list the
/// known ones: the first 20, then how many more.
std::string joinCategoryNames(llvm::ArrayRef<BlockingCategory> Categories);

/// The number of elements of a C array or std::array of type \p Type, or
/// nothing for other types.
std::optional<std::uint64_t> arrayExtent(QualType Type);

/// stallcheck's data: blocking APIs by category, looked up by declaration,
/// and the rules that say which code runs on an event loop (executors,
/// handoffs, task types).
class StallCatalogue {
public:
  StallCatalogue();
  ~StallCatalogue();
  StallCatalogue(StallCatalogue &&) noexcept;
  StallCatalogue &operator=(StallCatalogue &&) noexcept;

  /// The catalogue embedded in the binary.
  static llvm::Expected<StallCatalogue> createDefault();
  /// The contents of the embedded default catalogue file.
  static llvm::StringRef defaultCatalogueText();
  /// The default catalogue with the files \p Paths layered on in order.
  static llvm::Expected<StallCatalogue>
  createLayered(llvm::ArrayRef<std::string> Paths);

  /// Layers one catalogue file on top of what is loaded: its categories are
  /// added (or replace same-named ones), its 'remove' names drop entries,
  /// and its entries take precedence over earlier ones. On error the
  /// catalogue is left unchanged.
  llvm::Error addDocument(llvm::StringRef Text, llvm::StringRef FileName);
  /// Reads \p Path and layers it on; a missing file is an error.
  llvm::Error addFile(llvm::StringRef Path);

  /// The entry that makes \p Call blocking, or null. A callee marked
  /// STALLCHECK_BLOCKING with a known category is blocking in that category
  /// when no entry names it.
  const BlockingApi *findCall(const CallExpr &Call) const;
  /// The entry that makes constructing the object in \p Construct blocking
  /// (constructors that open a resource, not default/copy/move, or
  /// constructors marked STALLCHECK_BLOCKING), or null.
  const BlockingApi *findConstruction(const CXXConstructExpr &Construct) const;

  const BlockingCategory *findCategory(llvm::StringRef Name) const;

  /// Declares the coroutine task types \p Names (from the option
  /// \p OptionName) to run on worker threads, ahead of every file's rules.
  llvm::Error addWorkerTaskTypes(llvm::ArrayRef<std::string> Names,
                                 llvm::StringRef OptionName);

  /// The 'work' entry that costs \p Call (or \p Construct), or null.
  const WorkCost *findWork(const CallExpr &Call) const;
  const WorkCost *findWork(const CXXConstructExpr &Construct) const;

  /// Whether chains stop at \p Function: it, or a namespace or class it is
  /// declared in, is listed under 'not-followed' (test frameworks'
  /// assertion internals by default).
  bool isNotFollowed(const NamedDecl &Function) const;
  /// Whether \p Function, or a namespace or class it is declared in, is
  /// listed under 'harmless' (known not to wait; the unknown-calls report
  /// leaves it out).
  bool isHarmless(const NamedDecl &Function) const;
  /// Whether some 'blocking' entry names \p Function, whatever its
  /// receiver and arguments, or it is marked STALLCHECK_BLOCKING.
  bool lists(const FunctionDecl &Function) const;

  /// Context rules, latest first: a user's file overrides the default.
  llvm::ArrayRef<ExecutorRule> executors() const { return Executors; }
  llvm::ArrayRef<HandoffRule> handoffs() const { return Handoffs; }
  llvm::ArrayRef<SwitchRule> switches() const { return Switches; }
  llvm::ArrayRef<TaskTypeRule> taskTypes() const { return TaskTypes; }
  /// Parameter types that say a coroutine runs on the executor passed next.
  llvm::ArrayRef<QualifiedNamePattern> executorTags() const {
    return ExecutorTags;
  }
  /// Classes whose descriptors are non-blocking by construction (libcoro's
  /// sockets): POSIX I/O in their members, or on a descriptor one of them
  /// gives out, does not wait.
  llvm::ArrayRef<QualifiedNamePattern> nonBlockingTypes() const {
    return NonBlockingTypes;
  }
  /// Calls that run the coroutine they are given on the calling thread
  /// until it completes (sync_wait): its body runs where the call is.
  llvm::ArrayRef<QualifiedNamePattern> drivers() const { return Drivers;
  }
  llvm::ArrayRef<BlockingCategory> categories() const { return Categories; }
  size_t size() const { return Apis.size(); }

private:
  llvm::Error addContextRules(const CatalogueDocument &Document,
                              llvm::StringRef FileName);
  const BlockingApi *find(const NamedDecl &Decl, BlockingApiKind Kind,
                          const Expr *Receiver) const;
  /// The entry of the category \p Function is marked with, or null.
  const BlockingApi *findMarked(const FunctionDecl &Function) const;
  void rebuildIndex();

  std::vector<BlockingCategory> Categories;
  /// In load order; later entries take precedence.
  std::vector<std::unique_ptr<BlockingApi>> Apis;
  std::vector<ExecutorRule> Executors;
  std::vector<HandoffRule> Handoffs;
  std::vector<SwitchRule> Switches;
  std::vector<TaskTypeRule> TaskTypes;
  std::vector<QualifiedNamePattern> ExecutorTags;
  std::vector<QualifiedNamePattern> NonBlockingTypes;
  std::vector<QualifiedNamePattern> Drivers;
  /// 'work' entries in load order, and by unqualified name, latest first.
  std::vector<std::unique_ptr<WorkCost>> Work;
  llvm::StringMap<llvm::SmallVector<const WorkCost *, 1>> WorkByLastName;
  /// 'not-followed' names, in load order.
  std::vector<std::string> NotFollowed;
  /// Their patterns by unqualified name.
  llvm::StringMap<llvm::SmallVector<QualifiedNamePattern, 1>> NotFollowedIndex;
  /// 'harmless' names, in load order, and by their last component.
  std::vector<std::string> Harmless;
  llvm::StringMap<llvm::SmallVector<QualifiedNamePattern, 1>> HarmlessIndex;
  /// Unqualified name -> entries with that name, latest first.
  llvm::StringMap<llvm::SmallVector<const BlockingApi *, 2>> ByLastName;
  /// Category name -> the entry that stands for functions marked with it.
  llvm::StringMap<std::unique_ptr<BlockingApi>> Marked;
  /// Index of Categories by name.
  llvm::StringMap<size_t> CategoryByName;
};

/// The receiver of \p Call for catalogue purposes: the object of a member
/// call, else the first argument (so `std::getline(std::cin, s)` and
/// `std::cin >> x` both have receiver `std::cin`).
const Expr *callReceiver(const CallExpr &Call);

} // namespace clang::tidy::stall

#endif // STALLCHECK_CORE_STALLCATALOGUE_H
