"""stallcheck as Bazel actions: an aspect over cc_library, cc_binary and
cc_test targets (docs/guides/bazel.md).

For each C or C++ source of a target, one action runs
`stallcheck-project --write-entry` with the target's compile command and
writes that file's entry: its findings, the tickets of the calls whose chains
lead into other files, and the summary of its functions; the same content the
project cache holds, with paths relative to the execution root. Entries
travel up the dependency graph; one link action per target resolves its
tickets against the entries of the target and its dependencies (the link
step of stallcheck-project, `--link-entries`) and writes the target's report
as text and as SARIF.

    bazel build //... --aspects=@stallcheck//:stallcheck.bzl%stallcheck_aspect \\
        --output_groups=stallcheck_report
"""

load("@bazel_tools//tools/cpp:toolchain_utils.bzl", "find_cpp_toolchain")

StallcheckInfo = provider(
    doc = "The stallcheck entries of a target and of its dependencies.",
    fields = {
        "entries": "depset of the entry files (one per source file)",
        "sources": "depset of the sources and headers the entries point into",
    },
)

_BoolSettingInfo = provider(fields = ["value"])

def _bool_setting_impl(ctx):
    return [_BoolSettingInfo(value = ctx.build_setting_value)]

stallcheck_bool_setting = rule(
    implementation = _bool_setting_impl,
    build_setting = config.bool(flag = True),
    doc = "A boolean command-line setting (--@stallcheck//:NAME).",
)

_C_EXTENSIONS = ["c"]
_CXX_EXTENSIONS = ["cc", "cpp", "cxx", "c++", "C"]

# Flags of GCC toolchains that clang does not take.
_GCC_ONLY_FLAGS = [
    "-fno-canonical-system-headers",
    "-fstack-usage",
    "-fno-free-nonheap-object",
    "-Wno-free-nonheap-object",
    "-Wunused-but-set-parameter",
]

def _sources(ctx):
    """The C and C++ sources of the target the aspect visits."""
    files = []
    for src in getattr(ctx.rule.attr, "srcs", []):
        for f in src.files.to_list():
            if f.extension in _C_EXTENSIONS + _CXX_EXTENSIONS:
                files.append(f)
    return files

def _compile_flags(ctx, compilation_context, is_cxx):
    """The compile command of one source: the toolchain's flags, the target's
    copts, its defines and include paths."""
    cc_toolchain = find_cpp_toolchain(ctx)
    feature_configuration = cc_common.configure_features(
        ctx = ctx,
        cc_toolchain = cc_toolchain,
        requested_features = ctx.features,
        unsupported_features = ctx.disabled_features,
    )
    user_flags = list(ctx.fragments.cpp.copts)
    if is_cxx:
        user_flags += ctx.fragments.cpp.cxxopts
    user_flags += [
        ctx.expand_make_variables("copts", flag, {})
        for flag in getattr(ctx.rule.attr, "copts", [])
    ]
    defines = [compilation_context.defines]
    local_defines = getattr(compilation_context, "local_defines", None)
    if local_defines:
        defines.append(local_defines)
    variables = cc_common.create_compile_variables(
        feature_configuration = feature_configuration,
        cc_toolchain = cc_toolchain,
        user_compile_flags = user_flags,
        include_directories = compilation_context.includes,
        quote_include_directories = compilation_context.quote_includes,
        system_include_directories = compilation_context.system_includes,
        framework_include_directories = compilation_context.framework_includes,
        preprocessor_defines = depset(transitive = defines),
    )
    flags = cc_common.get_memory_inefficient_command_line(
        feature_configuration = feature_configuration,
        action_name = "c++-compile" if is_cxx else "c-compile",
        variables = variables,
    )
    return [flag for flag in flags if flag not in _GCC_ONLY_FLAGS]

def _entry(ctx, target, src, compilation_context, config_files):
    """The action that writes the entry of one source file."""
    entry = ctx.actions.declare_file(
        "%s.stallcheck/%s.stallcache" % (target.label.name, src.short_path),
    )
    args = ctx.actions.args()
    args.add("--write-entry=" + entry.path)
    args.add("--stallcheck=" + ctx.file._stallcheck.path)
    args.add(src.path)
    args.add("--")
    args.add_all(_compile_flags(
        ctx,
        compilation_context,
        src.extension in _CXX_EXTENSIONS,
    ))
    ctx.actions.run(
        executable = ctx.file._stallcheck_project,
        arguments = [args],
        inputs = depset(
            [src] + config_files,
            transitive = [compilation_context.headers],
        ),
        tools = [ctx.file._stallcheck],
        outputs = [entry],
        mnemonic = "Stallcheck",
        progress_message = "stallcheck %s" % src.short_path,
    )
    return entry

def _link(ctx, target, entries, dep_entries, sources, report, sarif):
    """The link action of a target: its report, as text and as SARIF."""
    shell_args = ctx.actions.args()
    shell_args.add(ctx.file._stallcheck_project)
    shell_args.add(report)
    shell_args.add("1" if ctx.attr._fail_on_findings[_BoolSettingInfo].value else "0")

    # Long lists (a target with many dependencies) go in a file.
    args = ctx.actions.args()
    args.use_param_file("@%s", use_always = True)
    args.set_param_file_format("multiline")
    args.add("--quiet")
    args.add("--sarif=" + sarif.path)
    args.add_joined(entries, join_with = ",", format_joined = "--link-entries=%s")
    args.add_joined(
        dep_entries,
        join_with = ",",
        format_joined = "--context-entries=%s",
    )
    ctx.actions.run_shell(
        command = """
tool=$1 report=$2 fail=$3
shift 3
"$tool" "$@" > "$report" || { cat "$report"; exit 1; }
if [ "$fail" = 1 ] && [ -s "$report" ]; then
  cat "$report"
  echo "stallcheck: findings in this target (--@stallcheck//:fail_on_findings)" >&2
  exit 1
fi
""",
        arguments = [shell_args, args],
        inputs = depset(entries, transitive = [dep_entries, sources]),
        tools = [ctx.file._stallcheck_project],
        outputs = [report, sarif],
        mnemonic = "StallcheckLink",
        progress_message = "stallcheck: linking %s" % target.label,
    )

def _stallcheck_aspect_impl(target, ctx):
    if CcInfo not in target:
        return []
    dep_infos = [
        dep[StallcheckInfo]
        for dep in getattr(ctx.rule.attr, "deps", [])
        if StallcheckInfo in dep
    ]
    dep_entries = depset(transitive = [info.entries for info in dep_infos])
    dep_sources = depset(transitive = [info.sources for info in dep_infos])

    # Only the workspace's own targets are analysed; external repositories
    # (a vendored library built by Bazel) lend their headers.
    srcs = _sources(ctx) if target.label.workspace_root == "" else []
    compilation_context = target[CcInfo].compilation_context
    config_files = ctx.files._config
    entries = [
        _entry(ctx, target, src, compilation_context, config_files)
        for src in srcs
    ]
    sources = depset(srcs, transitive = [compilation_context.headers, dep_sources])

    report = ctx.actions.declare_file(target.label.name + ".stallcheck.txt")
    sarif = ctx.actions.declare_file(target.label.name + ".stallcheck.sarif")
    if entries:
        _link(ctx, target, entries, dep_entries, sources, report, sarif)
    else:
        # No source of its own: nothing to report.
        ctx.actions.write(report, "")
        ctx.actions.write(sarif, '{"version": "2.1.0", "runs": []}\n')
    all_entries = depset(entries, transitive = [dep_entries])
    return [
        StallcheckInfo(entries = all_entries, sources = sources),
        OutputGroupInfo(
            stallcheck_report = depset([report]),
            stallcheck_sarif = depset([sarif]),
            stallcheck_entries = all_entries,
        ),
    ]

stallcheck_aspect = aspect(
    implementation = _stallcheck_aspect_impl,
    attr_aspects = ["deps"],
    fragments = ["cpp"],
    attrs = {
        "_cc_toolchain": attr.label(
            default = Label("@bazel_tools//tools/cpp:current_cc_toolchain"),
        ),
        "_stallcheck_project": attr.label(
            default = Label("//:stallcheck_project"),
            allow_single_file = True,
            cfg = "exec",
        ),
        "_stallcheck": attr.label(
            default = Label("//:stallcheck"),
            allow_single_file = True,
            cfg = "exec",
        ),
        "_config": attr.label(default = Label("//:config")),
        "_fail_on_findings": attr.label(default = Label("//:fail_on_findings")),
    },
)
