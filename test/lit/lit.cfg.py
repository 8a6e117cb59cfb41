# lit configuration for stallcheck's tests. Each check test runs through both
# fronts (the stallcheck executable and clang-tidy-19 --load) via
# check_both_fronts.sh, which fails when their diagnostics differ.
import os
import sys
import lit.formats

config.name = "stallcheck"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.stallcheck_test_exec_root,
                                     "lit-out")

config.environment["LC_ALL"] = "C"

# The sanitizer build (scripts/test --sanitize): Debian's LLVM is not
# instrumented, and its allocators poison memory ASan does not expect;
# clang's front end frees nothing on exit on purpose, so leaks are not
# findings. Stock clang-tidy loads the instrumented plugin only with the
# ASan runtime preloaded: it runs through a wrapper that preloads it.
if config.sanitize:
    config.available_features.add("sanitize")
    config.environment["ASAN_OPTIONS"] = (
        "allow_user_poisoning=0:detect_leaks=0:detect_odr_violation=0:"
        "use_sigaltstack=0")
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    # The fronts share every check and the plain suite compares their
    # outputs; here the executable alone runs the shared code under the
    # sanitizers (the plugin still runs in the tests that load it
    # directly). About half the suite's time.
    config.environment["STALLCHECK_ONE_FRONT"] = "1"
    os.makedirs(config.test_exec_root, exist_ok=True)
    wrapper = os.path.join(config.test_exec_root, "clang-tidy-asan")
    with open(wrapper, "w") as f:
        f.write('#!/bin/sh\nLD_PRELOAD="%s" exec "%s" "$@"\n'
                % (config.asan_runtime, config.clang_tidy))
    os.chmod(wrapper, 0o755)
    config.clang_tidy = wrapper
    # For the docs' own `clang-tidy-19 --load=...` (docs/shell-blocks.test).
    config.environment["STALLCHECK_ASAN_RUNTIME"] = config.asan_runtime

inputs = os.path.join(config.test_source_root, "Inputs")
config.substitutions.append(("%stallcheck_plugin", config.stallcheck_plugin))
# stallcheck-clangd is built when Debian's clangd libraries are there.
stallcheck_clangd = os.path.join(os.path.dirname(config.stallcheck),
                                 "stallcheck-clangd")
if os.path.exists(stallcheck_clangd):
    config.available_features.add("clangd")
config.substitutions.append(("%stallcheck_clangd", stallcheck_clangd))
config.substitutions.append(
    ("%stallcheck_dir", os.path.dirname(config.stallcheck)))
# Microsoft's SARIF validator, installed from npm by scripts/setup. Not
# optional: a run without it must fail, not skip the validation.
build_root = os.path.dirname(os.path.dirname(config.stallcheck))
config.substitutions.append(
    ("%sarif_multitool",
     os.path.join(build_root, "npm", "node_modules", "@microsoft",
                  "sarif-multitool-linux", "Sarif.Multitool")))
config.substitutions.append(("%python", sys.executable))
config.substitutions.append(
    ("%lsp_client", "%s %s" % (sys.executable,
                               os.path.join(inputs, "lsp_client.py"))))
config.substitutions.append(
    ("%stallcheck_project",
     os.path.join(os.path.dirname(config.stallcheck), "stallcheck-project")))
config.substitutions.append(("%stall_demo", config.stall_demo))
config.substitutions.append(
    ("%stallcheck_correlate",
     os.path.join(os.path.dirname(config.stallcheck), "stallcheck-correlate")))
config.substitutions.append(("%stallcheck", config.stallcheck))
config.substitutions.append(
    ("%clang_tidy_plugin",
     "%s --load=%s" % (config.clang_tidy, config.stallcheck_plugin)))
config.substitutions.append(
    ("%check_both_fronts",
     "bash %s %s %s %s" % (os.path.join(inputs, "check_both_fronts.sh"),
                           config.stallcheck, config.clang_tidy,
                           config.stallcheck_plugin)))
# Fast mock headers for Boost.Asio / standalone Asio and other task types.
config.substitutions.append(("%mock_flags", "-std=c++20 -isystem " +
                             os.path.join(inputs, "mock")))
# Debian's Boost is in /usr/include, already a system directory: naming it
# again with -isystem would break libstdc++'s #include_next <stdlib.h>.
boost_flags = "-std=c++20"
if config.boost_include_dir not in ("", "/usr/include"):
    boost_flags += " -isystem " + config.boost_include_dir
config.substitutions.append(("%boost_flags", boost_flags))
# Debian's standalone Asio 1.22 does not detect clang 19's coroutines.
config.substitutions.append(
    ("%asio_flags", "-std=c++20 -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE"))
config.substitutions.append(("%inputs", inputs))
# The compiler that proves a --fix result still compiles.
config.substitutions.append(
    ("%clangxx", os.path.join(config.llvm_tools_dir, "clang++")))
config.substitutions.append(("%srcroot", config.stallcheck_source_dir))

# Tools as commands only: "not" in "--implicit-check-not" is no command.
for tool in ("FileCheck", "not", "count"):
    config.substitutions.append(
        (r"(?<![-\w/.=])%s(?=\s)" % tool,
         os.path.join(config.llvm_tools_dir, tool)))

# Bazel (Debian's bazel-bootstrap, which scripts/setup installs) for the
# aspect's tests (bazel/). Where it cannot run they are UNSUPPORTED, and the
# run says why.
import shutil
bazel = shutil.which("bazel")
if config.sanitize:
    lit_config.note("the Bazel tests are skipped: Bazel's actions do not "
                    "pass the sanitizer build's environment on")
elif not bazel:
    lit_config.note("the Bazel tests are skipped: no 'bazel' on PATH "
                    "(Debian: apt-get install bazel-bootstrap bazel-platforms)")
else:
    config.available_features.add("bazel")
    # The system's rc file stays (Debian's names its install base), the
    # user's goes; a server does not outlive the test by long.
    config.substitutions.append(
        ("%bazel_rules", os.path.join(config.stallcheck_source_dir, "bazel")))
    config.substitutions.append(
        ("%bazel", "%s --nohome_rc --max_idle_secs=60" % bazel))

if config.old_clang_tidy:
    config.available_features.add("old-clang-tidy")
    config.substitutions.append(("%old_clang_tidy", config.old_clang_tidy))
