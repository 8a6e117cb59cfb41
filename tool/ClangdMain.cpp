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
//===----------------------------------------------------------------------===//

#include "core/EventLoopCheckBase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Compiler.h"
#include <vector>

namespace clang::clangd {
// Debian's clangd packages ship no headers: clangd's entry point, as
// clang-tools-extra/clangd/tool/ClangdMain.h declares it (defined in
// libclangdMain, so it cannot be internal).
// NOLINTNEXTLINE(misc-use-internal-linkage)
int clangdMain(int Argc, char *Argv[]);
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
  // The editor shows diagnostics in the file: a broken catalogue must be one.
  clang::tidy::stall::reportConfigurationErrorsInMainFile();
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1,
                                   Args.data());
}
