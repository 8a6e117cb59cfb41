#!/usr/bin/env bash
# Usage: scenario.sh DIR SRCROOT STALLCHECK_DIR COMPILER_FLAGS...
# Plays the pre-commit scenario with Debian's real pre-commit: a hook
# repository made of this checkout's .pre-commit-hooks.yaml and hook script,
# a user repository that adds it with three lines of configuration, a
# commit with a blocking call in a coroutine, then a clean one, then a call
# to a blocking helper defined in another file (which the hook follows
# through the cache of a project run). Prints what happened; the lit test
# checks it.
set -u
dir=$1 srcroot=$2 tooldir=$3
shift 3
flags="$*"
export PRE_COMMIT_HOME="$dir/cache" PATH="$tooldir:$PATH"
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com
rm -rf "$dir" && mkdir -p "$dir/hooks/tool" "$dir/user/src"

cp "$srcroot/.pre-commit-hooks.yaml" "$dir/hooks/"
cp "$srcroot/tool/stallcheck-pre-commit" "$dir/hooks/tool/"
git -C "$dir/hooks" init -q && git -C "$dir/hooks" add -A &&
  git -C "$dir/hooks" commit -qm "hooks"
rev=$(git -C "$dir/hooks" rev-parse HEAD)

cd "$dir/user" || exit 1
git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $dir/hooks
    rev: $rev
    hooks: [{id: stallcheck}]
YAML
printf "Checks: '-*,stall-*'\n" > .clang-tidy
printf '[{"directory": "%s", "file": "src/session.cpp", "command": "clang++ %s -c src/session.cpp"}]\n' \
  "$PWD" "$flags" > compile_commands.json
pre-commit install > /dev/null || { echo "pre-commit install failed"; exit 1; }
git add .pre-commit-config.yaml .clang-tidy && git commit -qm config --no-verify

cat > src/session.cpp <<'CPP'
#include <boost/asio.hpp>
#include <chrono>
#include <thread>
boost::asio::awaitable<void> session() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
CPP
git add src/session.cpp
git commit -qm "blocking" > "$dir/bad.txt" 2>&1
echo "BAD COMMIT: exit $?"
cat "$dir/bad.txt"
echo "COMMITS: $(git rev-list --count HEAD)"

cat > src/session.cpp <<'CPP'
#include <boost/asio.hpp>
boost::asio::awaitable<void> session(boost::asio::steady_timer &timer) {
  co_await timer.async_wait(boost::asio::use_awaitable);
}
CPP
git add src/session.cpp
git commit -qm "clean" > "$dir/good.txt" 2>&1
echo "GOOD COMMIT: exit $?"
cat "$dir/good.txt"
echo "COMMITS: $(git rev-list --count HEAD)"

# A blocking helper in another file: after a project run, the hook follows
# the call into it through the project's cache.
cat > src/nap.h <<'CPP'
#pragma once
void nap();
CPP
cat > src/nap.cpp <<'CPP'
#include "nap.h"
#include <chrono>
#include <thread>
void nap() { std::this_thread::sleep_for(std::chrono::seconds(1)); }
CPP
printf '[{"directory": "%s", "file": "src/session.cpp", "command": "clang++ %s -c src/session.cpp"},\n {"directory": "%s", "file": "src/nap.cpp", "command": "clang++ %s -c src/nap.cpp"}]\n' \
  "$PWD" "$flags" "$PWD" "$flags" > compile_commands.json
echo ".stallcheck-cache/" > .gitignore
git add .gitignore src/nap.h src/nap.cpp
git commit -qm "helper" > "$dir/helper.txt" 2>&1
echo "HELPER COMMIT: exit $?"
stallcheck-project -p . --quiet
cat > src/session.cpp <<'CPP'
#include "nap.h"
#include <boost/asio.hpp>
boost::asio::awaitable<void> session(boost::asio::steady_timer &timer) {
  co_await timer.async_wait(boost::asio::use_awaitable);
  nap();
}
CPP
git add src/session.cpp
git commit -qm "chain" > "$dir/chain.txt" 2>&1
echo "CHAIN COMMIT: exit $?"
cat "$dir/chain.txt"
echo "COMMITS: $(git rev-list --count HEAD)"

# A project header with a blocking coroutine, staged alone: checked as its
# own file, with the compile command of its nearest source file.
git reset -q --hard
cat > src/conn.hpp <<'CPP'
#pragma once
#include <boost/asio.hpp>
#include <chrono>
#include <thread>
inline boost::asio::awaitable<void> serve() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
CPP
git add src/conn.hpp
git commit -qm "header" > "$dir/header.txt" 2>&1
echo "HEADER COMMIT: exit $?"
cat "$dir/header.txt"
echo "COMMITS: $(git rev-list --count HEAD)"

# The same header in a third-party directory is not the project's.
git reset -q --hard
rm -f src/conn.hpp
mkdir -p src/third_party
cat > src/third_party/lib.hpp <<'CPP'
#pragma once
#include <boost/asio.hpp>
#include <chrono>
#include <thread>
inline boost::asio::awaitable<void> serve() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
CPP
git add src/third_party/lib.hpp
git commit -qm "vendored" > "$dir/vendored.txt" 2>&1
echo "THIRD-PARTY COMMIT: exit $?"
cat "$dir/vendored.txt"
echo "COMMITS: $(git rev-list --count HEAD)"
