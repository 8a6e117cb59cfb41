//===--- CatalogueYaml.cpp - stallcheck -----------------------------------===//
//
// Compiled with exceptions (see checks/CMakeLists.txt). Nothing thrown here
// may leave this file: every entry point catches and converts to llvm::Error.
//
//===----------------------------------------------------------------------===//

#include "core/catalogue/CatalogueYaml.h"
#include <exception>
#include <yaml-cpp/yaml.h>

namespace clang::tidy::stall {
namespace {

/// A schema violation found while walking the document.
struct SchemaError {
  YAML::Mark Mark;
  std::string Message;
};

YamlPosition positionOf(const YAML::Mark &Mark) {
  if (Mark.is_null())
    return {};
  return {static_cast<unsigned>(Mark.line + 1),
          static_cast<unsigned>(Mark.column + 1)};
}

[[noreturn]] void fail(const YAML::Node &Node, std::string Message) {
  throw SchemaError{Node.Mark(), std::move(Message)};
}

std::string scalar(const YAML::Node &Node, const std::string &Key) {
  if (!Node.IsScalar())
    fail(Node, "'" + Key + "' must be a string");
  return Node.Scalar();
}

/// Accepts a scalar or a sequence of scalars.
std::vector<std::string> scalarList(const YAML::Node &Node,
                                    const std::string &Key) {
  if (Node.IsScalar())
    return {Node.Scalar()};
  if (!Node.IsSequence())
    fail(Node, "'" + Key + "' must be a string or a list of strings");
  std::vector<std::string> Result;
  for (const YAML::Node &Item : Node)
    Result.push_back(scalar(Item, Key));
  return Result;
}

std::string keyOf(const YAML::const_iterator::value_type &Pair) {
  if (!Pair.first.IsScalar())
    fail(Pair.first, "keys must be plain strings");
  return Pair.first.Scalar();
}

void requireNonEmpty(const YAML::Node &Where, const std::string &Value,
                     const char *Key) {
  if (Value.empty())
    fail(Where, std::string("'") + Key + "' must not be empty");
}

CategorySpec parseCategory(const YAML::Node &Node) {
  if (!Node.IsMap())
    fail(Node, "a category must be a map with 'name', 'description' and "
               "'advice'");
  CategorySpec Category;
  Category.Where = positionOf(Node.Mark());
  for (const auto &Pair : Node) {
    std::string Key = keyOf(Pair);
    if (Key == "name")
      Category.Name = scalar(Pair.second, Key);
    else if (Key == "description")
      Category.Description = scalar(Pair.second, Key);
    else if (Key == "advice")
      Category.Advice = scalar(Pair.second, Key);
    else
      fail(Pair.first, "unknown category key '" + Key +
                           "' (expected name, description, advice)");
  }
  requireNonEmpty(Node, Category.Name, "name");
  requireNonEmpty(Node, Category.Description, "description");
  return Category;
}

/// Which words an argument position may be besides an index and 'last'.
enum ArgumentWords : unsigned {
  IndexOrLast = 0,
  OrObject = 1,
  OrTemplateArguments = 2,
  OrObjectOrTemplateArguments = 3,
};

int argumentIndex(const YAML::Node &Node, const std::string &Key,
                  unsigned Words = IndexOrLast) {
  if (Node.IsScalar()) {
    const std::string &Word = Node.Scalar();
    if (Word == "last")
      return LastArgument;
    if ((Words & OrObject) && Word == "object")
      return ObjectArgument;
    if ((Words & OrTemplateArguments) && Word == "template-arguments")
      return TemplateArguments;
  }
  int Index = 0;
  if (!Node.IsScalar() || !YAML::convert<int>::decode(Node, Index) ||
      Index < 0) {
    std::string Expected = "an argument index (0, 1, ...) or 'last'";
    if (Words & OrObject)
      Expected = "an argument index (0, 1, ...), 'last' or 'object'";
    if (Words & OrTemplateArguments)
      Expected = "an argument index (0, 1, ...), 'last', 'object' or "
                 "'template-arguments'";
    fail(Node, "'" + Key + "' must be " + Expected);
  }
  return Index;
}

/// An argument index, never 'last' (a call's timeout or flags are at a
/// fixed position).
int plainIndex(const YAML::Node &Node, const std::string &Key) {
  int Index = argumentIndex(Node, Key);
  if (Index < 0)
    fail(Node, "'" + Key + "' must be an argument index (0, 1, ...)");
  return Index;
}

/// {argument: N, names: [A, B]}.
ArgumentNamesSpec argumentNames(const YAML::Node &Node, const std::string &Key) {
  if (!Node.IsMap())
    fail(Node, "'" + Key + "' must be a map with 'argument' and 'names'");
  ArgumentNamesSpec Spec;
  for (const auto &Pair : Node) {
    std::string Field = keyOf(Pair);
    if (Field == "argument")
      Spec.Index = plainIndex(Pair.second, Field);
    else if (Field == "names")
      Spec.Names = scalarList(Pair.second, Field);
    else {
      std::string Message = "unknown key '";
      Message += Field;
      Message += "' in '";
      Message += Key;
      Message += "' (expected argument, names)";
      fail(Pair.first, Message);
    }
  }
  if (Spec.Index < 0 || Spec.Names.empty())
    fail(Node, "'" + Key + "' needs 'argument' and a non-empty 'names'");
  return Spec;
}

BlockingApiSpec parseBlockingApi(const YAML::Node &Node) {
  if (!Node.IsMap())
    fail(Node, "a blocking entry must be a map with at least 'name' and "
               "'category'");
  BlockingApiSpec Api;
  Api.Where = positionOf(Node.Mark());
  for (const auto &Pair : Node) {
    std::string Key = keyOf(Pair);
    const YAML::Node &Value = Pair.second;
    if (Key == "name") {
      Api.Name = scalar(Value, Key);
    } else if (Key == "kind") {
      Api.Kind = scalar(Value, Key);
      Api.KindWhere = positionOf(Value.Mark());
    } else if (Key == "category") {
      Api.Category = scalar(Value, Key);
      Api.CategoryWhere = positionOf(Value.Mark());
    } else if (Key == "receiver") {
      Api.Receivers = scalarList(Value, Key);
    } else if (Key == "receiver-type") {
      Api.ReceiverTypes = scalarList(Value, Key);
    } else if (Key == "advice") {
      Api.Advice = scalar(Value, Key);
    } else if (Key == "asio") {
      Api.AsioAlternative = scalar(Value, Key);
    } else if (Key == "unless-in") {
      Api.UnlessIn = scalarList(Value, Key);
    } else if (Key == "descriptor") {
      Api.Descriptor = argumentIndex(Value, Key);
    } else if (Key == "byte-count") {
      Api.ByteCount = argumentIndex(Value, Key);
    } else if (Key == "stream") {
      Api.Stream = argumentIndex(Value, Key);
    } else if (Key == "unless-after") {
      Api.UnlessAfter = scalarList(Value, Key);
    } else if (Key == "unless-receiver-type") {
      Api.UnlessReceiverTypes = scalarList(Value, Key);
    } else if (Key == "zero-timeout") {
      Api.ZeroTimeout = plainIndex(Value, Key);
    } else if (Key == "unless-flag") {
      Api.UnlessFlag = argumentNames(Value, Key);
    } else if (Key == "only-with") {
      Api.OnlyWith = argumentNames(Value, Key);
    } else if (Key == "c-linkage") {
      if (!Value.IsScalar() || !YAML::convert<bool>::decode(Value, Api.CLinkage))
        fail(Value, "'c-linkage' must be true or false");
    } else if (Key == "only-if-null") {
      Api.OnlyIfNull = argumentIndex(Value, Key);
    } else if (Key == "unless-datagram") {
      if (!Value.IsScalar() ||
          !YAML::convert<bool>::decode(Value, Api.UnlessDatagram))
        fail(Value, "'unless-datagram' must be true or false");
    } else {
      fail(Pair.first,
           "unknown key '" + Key +
               "' in a blocking entry (expected name, kind, "
               "category, receiver, receiver-type, unless-receiver-type, "
               "advice, asio, c-linkage, unless-in, descriptor, byte-count, "
               "stream, unless-after, zero-timeout, unless-flag, only-with, "
               "only-if-null, unless-datagram)");
    }
  }
  requireNonEmpty(Node, Api.Name, "name");
  requireNonEmpty(Node, Api.Category, "category");
  return Api;
}

/// Reads a map whose keys must all be in \p Allowed; calls \p Read for each.
template <class ReadKey>
void readMap(const YAML::Node &Node, const char *What,
             const std::string &Allowed, ReadKey Read) {
  if (!Node.IsMap())
    fail(Node, std::string(What) + " must be a map with " + Allowed);
  for (const auto &Pair : Node) {
    std::string Key = keyOf(Pair);
    if (!Read(Key, Pair.second))
      fail(Pair.first, "unknown key '" + Key + "' in " +
                           std::string(What).append(" (expected ")
                               .append(Allowed)
                               .append(")"));
  }
}

/// An executor or a task type: \p What names it in messages; task types
/// also say how they start.
RunsOnSpec parseRunsOn(const YAML::Node &Node, const char *What,
                       bool IsTaskType) {
  RunsOnSpec Spec;
  Spec.Where = positionOf(Node.Mark());
  readMap(Node, What, IsTaskType ? "name, runs-on, starts" : "name, runs-on",
          [&](const std::string &Key, const YAML::Node &Value) {
            if (Key == "name") {
              Spec.Name = scalar(Value, Key);
            } else if (Key == "runs-on") {
              Spec.RunsOn = scalar(Value, Key);
              Spec.RunsOnWhere = positionOf(Value.Mark());
            } else if (IsTaskType && Key == "starts") {
              Spec.Starts = scalar(Value, Key);
              Spec.StartsWhere = positionOf(Value.Mark());
              if (Spec.Starts != "eager" && Spec.Starts != "lazy")
                fail(Value, "'starts' must be 'eager' or 'lazy'");
            } else {
              return false;
            }
            return true;
          });
  requireNonEmpty(Node, Spec.Name, "name");
  requireNonEmpty(Node, Spec.RunsOn, "runs-on");
  return Spec;
}

SwitchSpec parseSwitch(const YAML::Node &Node) {
  SwitchSpec Switch;
  Switch.Where = positionOf(Node.Mark());
  readMap(Node, "a switch", "name, resumes-on, target",
          [&](const std::string &Key, const YAML::Node &Value) {
            if (Key == "name") {
              Switch.Name = scalar(Value, Key);
            } else if (Key == "resumes-on") {
              Switch.ResumesOn = scalar(Value, Key);
              Switch.ResumesOnWhere = positionOf(Value.Mark());
            } else if (Key == "target") {
              Switch.Target = argumentIndex(Value, Key, OrObject);
              Switch.HasTarget = true;
            } else {
              return false;
            }
            return true;
          });
  requireNonEmpty(Node, Switch.Name, "name");
  requireNonEmpty(Node, Switch.ResumesOn, "resumes-on");
  return Switch;
}

HandoffSpec parseHandoff(const YAML::Node &Node) {
  HandoffSpec Handoff;
  Handoff.Where = positionOf(Node.Mark());
  readMap(
      Node, "a handoff",
      "name, kind, c-linkage, callable, runs-on, target, when",
      [&](const std::string &Key, const YAML::Node &Value) {
        if (Key == "name") {
          Handoff.Name = scalar(Value, Key);
        } else if (Key == "kind") {
          Handoff.Kind = scalar(Value, Key);
        } else if (Key == "c-linkage") {
          if (!Value.IsScalar() ||
              !YAML::convert<bool>::decode(Value, Handoff.CLinkage))
            fail(Value, "'c-linkage' must be true or false");
        } else if (Key == "callable") {
          if (Value.IsSequence())
            for (const YAML::Node &Item : Value)
              Handoff.Callables.push_back(
                  argumentIndex(Item, Key, OrObjectOrTemplateArguments));
          else
            Handoff.Callables.push_back(
                argumentIndex(Value, Key, OrObjectOrTemplateArguments));
        } else if (Key == "runs-on") {
          Handoff.RunsOn = scalar(Value, Key);
          Handoff.RunsOnWhere = positionOf(Value.Mark());
        } else if (Key == "target") {
          Handoff.Target = argumentIndex(Value, Key, OrObject);
          Handoff.HasTarget = true;
        } else if (Key == "when") {
          bool HasArgument = false;
          readMap(Value, "'when'", "argument, and is or written",
                  [&](const std::string &WhenKey, const YAML::Node &When) {
                    if (WhenKey == "argument") {
                      Handoff.WhenArgument = argumentIndex(When, WhenKey);
                      HasArgument = true;
                    } else if (WhenKey == "is") {
                      Handoff.WhenIs = scalar(When, WhenKey);
                    } else if (WhenKey == "written") {
                      bool Written = false;
                      if (!When.IsScalar() ||
                          !YAML::convert<bool>::decode(When, Written))
                        fail(When, "'written' must be true or false");
                      Handoff.WhenWritten = Written;
                    } else {
                      return false;
                    }
                    return true;
                  });
          if (!HasArgument ||
              Handoff.WhenIs.empty() == !Handoff.WhenWritten.has_value())
            fail(Value, "'when' needs 'argument' and one of 'is' and "
                        "'written'");
        } else {
          return false;
        }
        return true;
      });
  requireNonEmpty(Node, Handoff.Name, "name");
  requireNonEmpty(Node, Handoff.RunsOn, "runs-on");
  if (Handoff.Callables.empty())
    fail(Node, "'callable' must not be empty");
  return Handoff;
}

std::uint64_t count(const YAML::Node &Node, const std::string &Key) {
  std::uint64_t Value = 0;
  if (!Node.IsScalar() || !YAML::convert<std::uint64_t>::decode(Node, Value))
    fail(Node, "'" + Key + "' must be a whole number");
  return Value;
}

WorkSpec parseWork(const YAML::Node &Node) {
  WorkSpec Work;
  Work.Where = positionOf(Node.Mark());
  bool HasCost = false;
  readMap(Node, "a work entry",
          "name, kind, c-linkage, operations, size-argument, per-unit, what",
          [&](const std::string &Key, const YAML::Node &Value) {
            if (Key == "name") {
              Work.Name = scalar(Value, Key);
            } else if (Key == "kind") {
              Work.Kind = scalar(Value, Key);
              Work.KindWhere = positionOf(Value.Mark());
            } else if (Key == "c-linkage") {
              if (!Value.IsScalar() ||
                  !YAML::convert<bool>::decode(Value, Work.CLinkage))
                fail(Value, "'c-linkage' must be true or false");
            } else if (Key == "operations") {
              Work.Operations = count(Value, Key);
              HasCost = true;
            } else if (Key == "size-argument") {
              if (Value.IsScalar() && Value.Scalar() == "range")
                Work.SizeArgument = RangeArguments;
              else
                Work.SizeArgument = argumentIndex(Value, Key);
              HasCost = true;
            } else if (Key == "per-unit") {
              Work.PerUnit = count(Value, Key);
              if (Work.PerUnit == 0)
                fail(Value, "'per-unit' must not be 0");
            } else if (Key == "what") {
              Work.What = scalar(Value, Key);
            } else {
              return false;
            }
            return true;
          });
  requireNonEmpty(Node, Work.Name, "name");
  if (!HasCost)
    fail(Node, "a work entry needs 'operations', 'size-argument' or both");
  return Work;
}

void parseVersion(const YAML::Node &Node) {
  int Version = 0;
  if (!Node.IsScalar() || !YAML::convert<int>::decode(Node, Version))
    fail(Node, "'version' must be a whole number");
  if (Version != CatalogueFormatVersion)
    fail(Node, "unsupported catalogue version " + std::to_string(Version) +
                   "; this stallcheck reads version " +
                   std::to_string(CatalogueFormatVersion));
}

CatalogueDocument parseRoot(const YAML::Node &Root) {
  CatalogueDocument Document;
  if (Root.IsNull())
    return Document; // An empty file adds and removes nothing.
  if (!Root.IsMap())
    fail(Root, "a catalogue must be a map with 'version', 'categories', "
               "'blocking' and 'remove'");
  bool SawVersion = false;
  for (const auto &Pair : Root) {
    std::string Key = keyOf(Pair);
    const YAML::Node &Value = Pair.second;
    if (Key == "version") {
      parseVersion(Value);
      SawVersion = true;
      continue;
    }
    if (Key != "categories" && Key != "blocking" && Key != "remove" &&
        Key != "not-followed" && Key != "executors" && Key != "handoffs" &&
        Key != "switches" && Key != "task-types" && Key != "work" &&
        Key != "executor-tags" && Key != "non-blocking-types" &&
        Key != "drivers" && Key != "harmless")
      fail(Pair.first, "unknown top-level key '" + Key +
                           "' (expected version, categories, blocking, "
                           "remove, not-followed, executors, handoffs, "
                           "switches, task-types, executor-tags, drivers, "
                           "non-blocking-types, harmless, work)");
    if (Value.IsNull())
      continue;
    if (!Value.IsSequence())
      fail(Value, "'" + Key + "' must be a list");
    for (const YAML::Node &Item : Value) {
      if (Key == "categories")
        Document.Categories.push_back(parseCategory(Item));
      else if (Key == "blocking")
        Document.Blocking.push_back(parseBlockingApi(Item));
      else if (Key == "executors")
        Document.Executors.push_back(
            parseRunsOn(Item, "an executor", /*IsTaskType=*/false));
      else if (Key == "handoffs")
        Document.Handoffs.push_back(parseHandoff(Item));
      else if (Key == "switches")
        Document.Switches.push_back(parseSwitch(Item));
      else if (Key == "task-types")
        Document.TaskTypes.push_back(
            parseRunsOn(Item, "a task type", /*IsTaskType=*/true));
      else if (Key == "work")
        Document.Work.push_back(parseWork(Item));
      else if (Key == "executor-tags")
        Document.ExecutorTags.push_back(
            {scalar(Item, Key), positionOf(Item.Mark())});
      else if (Key == "drivers")
        Document.Drivers.push_back(
            {scalar(Item, Key), positionOf(Item.Mark())});
      else if (Key == "non-blocking-types")
        Document.NonBlockingTypes.push_back(
            {scalar(Item, Key), positionOf(Item.Mark())});
      else if (Key == "not-followed")
        Document.NotFollowed.push_back(
            {scalar(Item, Key), positionOf(Item.Mark())});
      else if (Key == "harmless")
        Document.Harmless.push_back(
            {scalar(Item, Key), positionOf(Item.Mark())});
      else
        Document.Removals.push_back(
            {scalar(Item, Key), positionOf(Item.Mark())});
    }
  }
  if (!SawVersion)
    fail(Root, "missing 'version: " + std::to_string(CatalogueFormatVersion) +
                   "'");
  return Document;
}

} // namespace

llvm::Error makeCatalogueError(llvm::StringRef FileName, YamlPosition Where,
                               const llvm::Twine &Message) {
  std::string Text = FileName.str();
  if (Where.Line != 0)
    Text += ":" + std::to_string(Where.Line) + ":" +
            std::to_string(Where.Column);
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Text + ": " + Message.str());
}

llvm::Expected<CatalogueDocument>
parseCatalogueDocument(llvm::StringRef Text, llvm::StringRef FileName) {
  try {
    return parseRoot(YAML::Load(Text.str()));
  } catch (const SchemaError &Error) {
    return makeCatalogueError(FileName, positionOf(Error.Mark), Error.Message);
  } catch (const YAML::Exception &Error) {
    return makeCatalogueError(FileName, positionOf(Error.mark), Error.msg);
  } catch (const std::exception &Error) {
    return makeCatalogueError(FileName, {}, Error.what());
  } catch (...) {
    return makeCatalogueError(FileName, {}, "unreadable catalogue");
  }
}

} // namespace clang::tidy::stall
