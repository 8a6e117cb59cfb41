#!/usr/bin/env python3
"""Writes a C++20 Boost.Asio project whose call chains cross files.

Usage: generate.py DIR [--files N] [--seed S] [--groups G] [--cmake-layout]
                   [FLAGS...]

Each src/file_<i>.cpp defines helpers that block (std::ifstream,
std::this_thread::sleep_for, std::future::get), spin (loops of 10^7), or
call the helpers of other files (chains up to several files long, mutual
recursion, inline helpers of a shared header, a template), and a coroutine
and a posted lambda that call them, some calls under NOLINT; it also
includes one of G group headers (so that editing one reaches 1/G of the
files). The same seed
gives the same project. DIR/compile_commands.json gets one entry per file
with FLAGS; with --cmake-layout the entries are spread over three build
directories (one per "target", as CMake writes them) with relative paths.
"""

import argparse
import json
import os
import random

HEADER = """#pragma once
#include <chrono>
#include <future>
#include <string>
#include <thread>

// Declarations of every file's helpers, and a few inline ones.
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--files", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cmake-layout", action="store_true")
    parser.add_argument("--groups", type=int, default=4,
                        help="file i includes src/group_<i %% groups>.h")
    args, flags = parser.parse_known_args()
    rng = random.Random(args.seed)
    n = args.files
    src = os.path.join(args.dir, "src")
    os.makedirs(src, exist_ok=True)

    # What each file's helpers do: block, spin, or call another file's.
    kinds = {}
    for i in range(n):
        kinds[i] = {
            "load": rng.choice(["ifstream", "call", "call", "pure"]),
            "crunch": rng.choice(["loop", "call", "small"]),
            "pause": rng.choice(["sleep", "future", "call", "inline", "pure"]),
        }

    with open(os.path.join(src, "shared.h"), "w") as out:
        out.write(HEADER)
        for i in range(n):
            out.write(f"std::string load_{i}(const std::string &path);\n")
            out.write(f"long crunch_{i}(int seed);\n")
            out.write(f"void pause_{i}();\n")
            out.write(f"int ping_{i}(int depth);\n")
        out.write("\ninline void nap() {\n"
                  "  std::this_thread::sleep_for(std::chrono::milliseconds(5));\n"
                  "}\n")
        other = rng.randrange(n)
        out.write(f"inline std::string load_via_header(const std::string &p) "
                  f"{{ return load_{other}(p); }}\n")
        out.write("template <class T> T twice(T value) {\n"
                  f"  pause_{rng.randrange(n)}();\n"
                  "  return value + value;\n}\n")

    for g in range(args.groups):
        with open(os.path.join(src, f"group_{g}.h"), "w") as out:
            out.write("#pragma once\n#include <string>\n"
                      f"inline std::string group_name_{g}() {{ return \"g{g}\"; }}\n")

    for i in range(n):
        k = kinds[i]
        other = lambda: rng.choice([j for j in range(n) if j != i] or [i])
        lines = [
            '#include "shared.h"',
            f'#include "group_{i % args.groups}.h"',
            "#include <boost/asio.hpp>",
            "#include <fstream>",
            "",
            "namespace asio = boost::asio;",
            "",
        ]
        if k["load"] == "ifstream":
            body = ("  std::ifstream in(path);\n  std::string text;\n"
                    "  std::getline(in, text);\n  return text;")
        elif k["load"] == "call":
            body = f"  return load_{other()}(path + \"/{i}\");"
        else:
            body = "  return path + path;"
        lines.append(f"std::string load_{i}(const std::string &path) {{\n{body}\n}}\n")
        if k["crunch"] == "loop":
            body = ("  long sum = 0;\n  for (int k = 0; k < 10'000'000; ++k)\n"
                    "    sum += k ^ seed;\n  return sum;")
        elif k["crunch"] == "call":
            body = f"  return crunch_{other()}(seed + 1) / 2;"
        else:
            body = ("  long sum = 0;\n  for (int k = 0; k < 16; ++k)\n"
                    "    sum += k * seed;\n  return sum;")
        lines.append(f"long crunch_{i}(int seed) {{\n{body}\n}}\n")
        if k["pause"] == "sleep":
            body = "  std::this_thread::sleep_for(std::chrono::milliseconds(20));"
        elif k["pause"] == "future":
            body = ("  std::promise<int> ready;\n  ready.set_value(1);\n"
                    "  ready.get_future().get();")
        elif k["pause"] == "call":
            body = f"  pause_{other()}();"
        elif k["pause"] == "inline":
            body = "  nap();"
        else:
            body = "  (void)0;"
        lines.append(f"void pause_{i}() {{\n{body}\n}}\n")
        # Mutual recursion across files; it ends in a blocking call in
        # one file of three.
        nxt = (i + 1) % n
        end = "  nap();\n" if i % 3 == 0 else ""
        lines.append(f"int ping_{i}(int depth) {{\n{end}"
                     f"  return depth > 0 ? ping_{nxt}(depth - 1) : 0;\n}}\n")

        calls = [
            [f"  a = load_{other()}(\"/etc/{i}\");"],
            [f"  b = crunch_{other()}(static_cast<int>(a.size()));"],
            [f"  pause_{other()}();"],
            [f"  c = ping_{other()}(3);"],
            ["  d = load_via_header(a);"],
            ["  e = twice(b);"],
            [f"  pause_{other()}(); // NOLINT(stall-blocking-call)"],
            ["  // NOLINTNEXTLINE", f"  f = crunch_{other()}(c);"],
        ]
        rng.shuffle(calls)
        lines.append(f"asio::awaitable<void> session_{i}() {{")
        lines.append("  std::string a, d;")
        lines.append("  long b = 0, e = 0, f = 0;")
        lines.append("  int c = 0;")
        for call in calls:
            lines.extend(call)
        lines.append("  (void)a; (void)b; (void)c; (void)d; (void)e; (void)f;")
        lines.append("  co_return;\n}\n")
        lines.append(f"void schedule_{i}(asio::io_context &io) {{")
        lines.append(f"  asio::post(io.get_executor(), [] {{ pause_{other()}(); }});")
        lines.append("}")
        with open(os.path.join(src, f"file_{i}.cpp"), "w") as out:
            out.write("\n".join(lines) + "\n")

    entries = []
    root = os.path.abspath(args.dir)
    for i in range(n):
        if args.cmake_layout:
            directory = os.path.join(root, "build", f"target_{i % 3}")
            os.makedirs(directory, exist_ok=True)
            file = f"../../src/file_{i}.cpp"
            include = "-I../../src"
        else:
            directory = root
            file = os.path.join(root, "src", f"file_{i}.cpp")
            include = "-I" + os.path.join(root, "src")
        entries.append({
            "directory": directory,
            "file": file,
            "command": " ".join(["clang++", *flags, include, "-c", file]),
        })
    with open(os.path.join(args.dir, "compile_commands.json"), "w") as out:
        json.dump(entries, out, indent=1)


if __name__ == "__main__":
    main()
