//===--- StallcheckMain.cpp - stallcheck ----------------------------------===//
//
// The stallcheck executable: clang-tidy's own driver with the stall module
// linked in, so every clang-tidy flag, .clang-tidy, NOLINT, --fix and
// --export-fixes work as users know them. It only chooses stall-* as the
// checks to run when neither the command line nor a .clang-tidy does.
//
//===----------------------------------------------------------------------===//

#include "DriverArguments.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "core/summaries/FunctionSummary.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy {
// Keeps the stall module's registration object in the link.
extern volatile int StallModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED StallModuleAnchorDestination =
    StallModuleAnchorSource;
} // namespace clang::tidy

#ifndef STALLCHECK_VERSION
#error "STALLCHECK_VERSION must be defined by the build"
#endif

namespace {
// stallcheck's own flags are taken out before clang-tidy's parser runs
// (takeSummaryFlags), so they are not options it knows: --help lists them
// after clang-tidy's.
const llvm::cl::extrahelp StallFlagsHelp(R"(
stallcheck's own options (before clang-tidy's; docs/call-chains.md):

  --stall-write-summaries=<dir>  - Write this file's function summary (what
                                   each function blocks on, loops over and
                                   calls) into <dir>, one YAML file per file.
  --stall-read-summaries=<path>  - Follow calls into other files through the
                                   summaries in <path> (a directory or one
                                   file), instead of the project cache.
  --stall-project-summary=<file> - Project mode, as stallcheck-project runs
                                   each file: write this file's summary and
                                   pending chains to <file>, and leave calls
                                   into other files to the link step.

Single-file runs find the project cache of the last stallcheck-project run
beside the compilation database named with -p, else beside the nearest
compile_commands.json, else in $STALLCHECK_CACHE_DIR.
)");
} // namespace

int main(int argc, const char **argv) {
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "stallcheck " << STALLCHECK_VERSION
       << " (clang-tidy with the stall module)\n";
  });

  // Expand @response-files first so that options inside them count.
  llvm::SmallVector<const char *, 32> Args(argv, argv + argc);
  llvm::BumpPtrAllocator Alloc;
  llvm::cl::ExpansionContext Expander(Alloc, llvm::cl::TokenizeGNUCommandLine);
  if (llvm::Error Err = Expander.expandResponseFiles(Args)) {
    llvm::WithColor::error() << llvm::toString(std::move(Err)) << "\n";
    return 1;
  }

  // The two passes of a project run (stallcheck-project): stallcheck's own
  // flags, taken out before clang-tidy's parser sees them.
  clang::tidy::stall::CrossTranslationUnitSettings &Settings =
      clang::tidy::stall::crossTranslationUnitSettings();
  if (llvm::Error Err = clang::tidy::stall::takeSummaryFlags(Args, Settings)) {
    llvm::WithColor::error(llvm::errs(), "stallcheck")
        << llvm::toString(std::move(Err)) << "\n";
    return 1;
  }

  llvm::ArrayRef<const char *> UserArgs = llvm::ArrayRef(Args).drop_front();
  // The project cache is looked for beside the database the user named.
  Settings.NamedDatabase =
      clang::tidy::stall::namedDatabaseDirectory(UserArgs, "p");
  // A missing source file is one clear error, not the compiler driver's
  // three ("no input files", "no such file", "expected one job").
  std::vector<std::string> Sources =
      clang::tidy::stall::sourceArguments(UserArgs);
  for (const std::string &Source : Sources)
    if (!llvm::sys::fs::exists(Source)) {
      llvm::WithColor::error(llvm::errs(), "stallcheck")
          << "cannot read source file '" << Source
          << "': no such file or directory\n";
      return 1;
    }

  // What the configuration of the first file sets, as clang-tidy reads it.
  std::optional<std::string> Config =
      clang::tidy::stall::commandLineConfig(UserArgs);
  const clang::tidy::stall::ConfiguredOptions Configured =
      clang::tidy::stall::configuredOptions(
          Sources.empty() ? std::string("dummy") : Sources.front(),
          Config ? std::optional<llvm::StringRef>(*Config) : std::nullopt);

  // The project's own headers are checked unless something says which.
  std::vector<std::string> Added =
      clang::tidy::stall::defaultHeaderFilterArguments(
          UserArgs, Sources.empty() ? llvm::StringRef() : Sources.front(),
          Configured);

  bool Chosen = clang::tidy::stall::argumentsChooseChecks(UserArgs);
  std::optional<std::string> ChecksArgument =
      clang::tidy::stall::defaultChecksArgument(
          Chosen, Configured.Checks
                      ? std::optional<llvm::StringRef>(*Configured.Checks)
                      : std::nullopt);
  if (ChecksArgument)
    Added.push_back(*ChecksArgument);
  Args.insert(Args.begin() + 1, Added.size(), nullptr);
  for (size_t I = 0; I < Added.size(); ++I)
    Args[1 + I] = Added[I].c_str();

  return clang::tidy::clangTidyMain(static_cast<int>(Args.size()),
                                    Args.data());
}
