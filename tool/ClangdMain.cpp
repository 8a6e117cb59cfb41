//===--- ClangdMain.cpp - stallcheck --------------------------------------===//
//
// stallcheck-clangd: clangd with the stall module linked in. clangd cannot
// load clang-tidy plugins; its built-in clang-tidy support sees every check
// registered in the binary, so this is clangd's own entry point plus ours.
//
// clangd derives the directory of clang's built-in headers from where its
// binary lives; from a build tree that is wrong, so unless the user passes
// --resource-dir, the one of the LLVM this was built against is used.
//
// Two of clangd's functions are wrapped at link time (the linker's --wrap,
// set in tool/CMakeLists.txt), so that a user with no .clangd sees what the
// command line shows:
//   - clangd runs only the checks its table of measured checks calls fast
//     (FastCheckFilter: Strict, the default), and the table has never heard
//     of ours: the stall-* checks count as fast (they add about 5% to a
//     parse, bench/run.sh), clangd's own answer stands for every other check;
//   - the checks clangd settles on for a file get stall-* added unless the
//     configuration enables or disables them, as stallcheck does.
//
//===----------------------------------------------------------------------===//

#include "DriverArguments.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "core/check/EventLoopCheckBase.h"
#include "core/summaries/FunctionSummary.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Compiler.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::clangd {
// Debian's clangd packages ship no headers: clangd's entry point, as
// clang-tools-extra/clangd/tool/ClangdMain.h declares it (defined in
// libclangdMain, so it cannot be internal).
// NOLINTNEXTLINE(misc-use-internal-linkage)
int clangdMain(int Argc, char *Argv[]);

using TidyProviderRef =
    llvm::function_ref<void(tidy::ClangTidyOptions &, llvm::StringRef)>;

// The originals (clang-tools-extra/clangd/TidyProvider.h), reached through
// the linker's __real_ names, and the wrappers every other object's calls
// are sent to. Named by their Itanium mangling: the linker wraps symbols,
// which must stay external for it.
// NOLINTBEGIN(misc-use-internal-linkage)
std::optional<bool> realIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> wrappedIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
tidy::ClangTidyOptions realGetTidyOptionsForFile(TidyProviderRef Provider,
                                                 llvm::StringRef Filename)
    __asm__("__real__ZN5clang6clangd21getTidyOptionsForFileEN4llvm12function_"
            "refIFvRNS_4tidy16ClangTidyOptionsENS1_9StringRefEEEES6_");
tidy::ClangTidyOptions wrappedGetTidyOptionsForFile(TidyProviderRef Provider,
                                                    llvm::StringRef Filename)
    __asm__("__wrap__ZN5clang6clangd21getTidyOptionsForFileEN4llvm12function_"
            "refIFvRNS_4tidy16ClangTidyOptionsENS1_9StringRefEEEES6_");

std::optional<bool> wrappedIsFastTidyCheck(llvm::StringRef Check) {
  if (Check.starts_with("stall-"))
    return true;
  return realIsFastTidyCheck(Check);
}

tidy::ClangTidyOptions wrappedGetTidyOptionsForFile(TidyProviderRef Provider,
                                                    llvm::StringRef Filename) {
  tidy::ClangTidyOptions Options =
      realGetTidyOptionsForFile(Provider, Filename);
  std::optional<llvm::StringRef> Checks;
  if (Options.Checks && !Options.Checks->empty())
    Checks = *Options.Checks;
  if (std::optional<std::string> Argument = tidy::stall::defaultChecksArgument(
          /*ArgumentsChooseChecks=*/false, Checks)) {
    llvm::StringRef Globs = llvm::StringRef(*Argument).drop_front(
        llvm::StringRef("--checks=").size());
    Options.Checks = Checks ? (Checks->str() + "," + Globs.str())
                            : Globs.str();
  }
  return Options;
}
// NOLINTEND(misc-use-internal-linkage)
} // namespace clang::clangd

namespace clang::tidy {
// Keeps the stall module's registration object in the link.
extern volatile int StallModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED StallModuleAnchorDestination =
    StallModuleAnchorSource;
} // namespace clang::tidy

#ifndef STALLCHECK_CLANG_RESOURCE_DIR
#error "STALLCHECK_CLANG_RESOURCE_DIR must be defined by the build"
#endif

int main(int Argc, char *Argv[]) {
  std::vector<char *> Args(Argv, Argv + Argc);
  bool HasResourceDir = false;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    HasResourceDir |=
        Arg.starts_with("--resource-dir") || Arg.starts_with("-resource-dir");
  }
  static char ResourceDir[] = "--resource-dir=" STALLCHECK_CLANG_RESOURCE_DIR;
  if (!HasResourceDir)
    Args.insert(Args.begin() + 1, ResourceDir);
  Args.push_back(nullptr);
  // The project cache is looked for beside the database the user named.
  clang::tidy::stall::CrossTranslationUnitSettings &Settings =
      clang::tidy::stall::crossTranslationUnitSettings();
  const std::vector<const char *> Given(Argv + 1, Argv + Argc);
  Settings.NamedDatabase =
      clang::tidy::stall::namedDatabaseDirectory(Given, "compile-commands-dir");
  Settings.ReadsClangdConfig = true;
  // The editor shows diagnostics in the file: a broken catalogue must be one.
  clang::tidy::stall::reportConfigurationErrorsInMainFile();
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1,
                                   Args.data());
}
