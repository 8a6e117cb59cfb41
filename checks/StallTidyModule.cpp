//===--- StallTidyModule.cpp - stallcheck ---------------------------------===//

#include "BlockingCallCheck.h"
#include "CpuHeavyLoopCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy {
namespace stall {

/// The 'stall' module: checks for code that stalls an event loop.
class StallModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<BlockingCallCheck>("stall-blocking-call");
    CheckFactories.registerCheck<CpuHeavyLoopCheck>("stall-cpu-heavy-loop");
  }
};

} // namespace stall

// Register the module with clang-tidy's registry.
static ClangTidyModuleRegistry::Add<stall::StallModule>
    X("stall-module", "Adds checks for code that stalls an event loop.");

// This anchor is used to force the linker to link in the generated object
// file and thus register the StallModule.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int StallModuleAnchorSource = 0;

} // namespace clang::tidy
