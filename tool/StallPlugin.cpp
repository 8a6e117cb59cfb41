//===--- StallPlugin.cpp - stallcheck -------------------------------------===//
//
// The plugin for stock `clang-tidy-19 --load=...`. It links no clang-tidy
// code: the checks resolve against the loading clang-tidy binary. Checks
// built against one LLVM's ABI must not run inside another's, so before the
// module registers, this refuses to load into a clang-tidy of another LLVM
// version, with a message that says what to use instead.
//
//===----------------------------------------------------------------------===//

#include "DriverArguments.h"
#include "core/summaries/FunctionSummary.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <link.h>
#include <string>
#include <vector>

namespace {

struct HostLLVM {
  std::string Library;
  unsigned Major = 0;
};

/// Whether \p Name is the file name of a libLLVM shared object.
bool isLLVMLibrary(const char *Name) {
  const char *Base = std::strrchr(Name, '/');
  Base = Base ? Base + 1 : Name;
  return std::strncmp(Base, "libLLVM", 7) == 0 && std::strstr(Base, ".so");
}

/// Finds the libLLVM that was loaded before this plugin: the host's.
int findHostLLVM(struct dl_phdr_info *Info, size_t, void *Data) {
  auto *Host = static_cast<HostLLVM *>(Data);
  if (!Host->Library.empty() || !Info->dlpi_name || !*Info->dlpi_name)
    return 0;
  if (isLLVMLibrary(Info->dlpi_name))
    Host->Library = Info->dlpi_name;
  return 0;
}

void refuseForeignHost() {
  HostLLVM Host;
  dl_iterate_phdr(findHostLLVM, &Host);
  // A host that links LLVM statically exposes no libLLVM; nothing to compare.
  if (Host.Library.empty())
    return;
  if (void *Handle = dlopen(Host.Library.c_str(), RTLD_NOW | RTLD_NOLOAD)) {
    using GetVersion = void (*)(unsigned *, unsigned *, unsigned *);
    if (auto *Get =
            reinterpret_cast<GetVersion>(dlsym(Handle, "LLVMGetVersion"))) {
      unsigned Minor = 0;
      unsigned Patch = 0;
      Get(&Host.Major, &Minor, &Patch);
    }
    dlclose(Handle);
  }
  if (Host.Major == LLVM_VERSION_MAJOR)
    return;
  std::string Found = Host.Major ? "LLVM " + std::to_string(Host.Major)
                                 : "an LLVM older than 16";
  std::fprintf(stderr,
               "error: the stallcheck plugin was built for clang-tidy %d "
               "(LLVM %s) but was loaded into a clang-tidy built on %s (%s); "
               "use clang-tidy-%d --load=..., or the stallcheck executable\n",
               LLVM_VERSION_MAJOR, LLVM_VERSION_STRING, Found.c_str(),
               Host.Library.c_str(), LLVM_VERSION_MAJOR);
  std::_Exit(1);
}

/// Runs before the module's registration object: this file is linked first.
struct HostVersionGuard {
  HostVersionGuard() { refuseForeignHost(); }
} Guard;

/// A plugin cannot see clang-tidy's options, but the project cache is
/// looked for beside the compilation database named with -p first
/// (core/summaries/CacheLocation.h): -p is read from the process's command line.
struct NamedDatabase {
  NamedDatabase() {
    std::FILE *File = std::fopen("/proc/self/cmdline", "rb");
    if (!File)
      return;
    std::string CommandLine;
    char Buffer[4096];
    for (size_t Read; (Read = std::fread(Buffer, 1, sizeof Buffer, File));)
      CommandLine.append(Buffer, Read);
    std::fclose(File);
    std::vector<const char *> Args;
    for (size_t Start = 0; Start < CommandLine.size();
         Start = CommandLine.find('\0', Start) + 1)
      Args.push_back(CommandLine.c_str() + Start);
    if (!Args.empty())
      clang::tidy::stall::crossTranslationUnitSettings().NamedDatabase =
          clang::tidy::stall::namedDatabaseDirectory(
              llvm::ArrayRef(Args).drop_front(), "p");
  }
} Named;

} // namespace
