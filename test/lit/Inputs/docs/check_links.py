#!/usr/bin/env python3
"""Checks that every relative link of the docs resolves, file and anchor,
and that the docs show no absolute path of the machine they were written
on.

Usage: check_links.py ROOT

Files read: ROOT/README.md and the other top-level *.md, every
ROOT/docs/**/*.md, and the README.md of each other top-level directory
(watchdog/, demo/, ...) except hidden ones and build trees (build*/).

Links: inline links and images, [text](target) and ![alt](target), also
when the text spans lines, and reference definitions, [id]: target. Fenced
code blocks and inline code are not read for links. A target with a scheme
(https:, mailto:, ...) or starting with // is not checked. Any other
target, percent-decoded, must name a file or directory that exists with
exactly that spelling (relative to the Markdown file, or to ROOT when it
starts with /), inside ROOT, and not ignored by git (a file only a build
makes, under build/, is not there on GitHub). An anchor, #name, must be in
the target (in the same file for #name alone): for a Markdown file, a
heading's GitHub slug (text lowercased, formatting removed, every
character other than letters, digits, spaces, hyphens and underscores
dropped, each space a hyphen; the second heading with a slug gets -1, the
third -2) or an explicit <a name="..."> or id="..."; for a directory, an
anchor of its README.md; for any other file, a line, #L12 or #L12-L20.

Absolute paths of a build machine, flagged anywhere in the text, code
blocks included, when they start a path (preceded by nothing or by a
character that cannot be part of a path or URL):
  - ROOT itself, as given and as resolved;
  - /work/..., /root/...;
  - /home/NAME/... and /Users/NAME/..., unless NAME is a placeholder that
    is obviously not a machine's: you, user, username, me, $USER, ${USER},
    <user>;
  - scratch directories of tools that ran the build or the tests:
    /tmp/bash_jobs..., /tmp/lit-tmp-..., /tmp/pytest-of-...,
    /tmp/tmpXXXXXXXX (Python's tempfile names).
Other absolute paths are what the docs mean to show and stay allowed:
system ones (/usr/include, /usr/lib/llvm-19, /opt/...), neutral example
trees (/src/..., /path/to/...), and a shell example's own scratch file
(/tmp/x, /tmp/out). A sample output that shows a path of this repository
shows it under a placeholder, /path/to/stallcheck/, not under ROOT.

Prints one line per problem, FILE:LINE: MESSAGE (FILE relative to ROOT),
then "docs links: N files, M links checked, K problems"; exits 1 when K > 0.
"""
import glob
import os
import re
import subprocess
import sys
import urllib.parse

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")  # also in list items
CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)
INLINE_LINK = re.compile(
    r"!?\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"
    r"\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)")
REF_DEF = re.compile(r"^ {0,3}\[((?:[^\[\]\\]|\\.)+)\]:[ \t]*(<[^<>\n]*>|\S+)",
                     re.M)
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
HTML_ANCHOR = re.compile(
    r"<[A-Za-z][^>]*?\b(?:name|id)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
LINE_ANCHOR = re.compile(r"^L(\d+)(?:-L(\d+))?$")

PLACEHOLDER_USERS = {"you", "user", "username", "me", "$user", "${user}",
                     "<user>"}
# Preceded by nothing or by a character that cannot continue a path or URL.
PATH_START = r"(?<![A-Za-z0-9_.~$}/-])"
MACHINE_PATHS = [
    (re.compile(PATH_START + r"/(?:work|root)/[^\s`'\")\]>]*"), None),
    (re.compile(PATH_START + r"/(?:home|Users)/([^/\s`'\")\]>]+)"
                r"[^\s`'\")\]>]*"), PLACEHOLDER_USERS),
    (re.compile(PATH_START + r"/tmp/(?:bash_jobs|lit-tmp-|pytest-of-|"
                r"tmp[a-z0-9_]{8}(?![A-Za-z0-9]))[^\s`'\")\]>]*"), None),
]


def machine_paths(line, root_paths):
    """The absolute paths of a build machine in LINE, in order."""
    found = []
    for root_path in root_paths:
        for match in re.finditer(PATH_START + re.escape(root_path) +
                                 r"(?=[/\s`'\")\]>:]|$)[^\s`'\")\]>]*",
                                 line):
            found.append((match.start(), match.group(0)))
    for pattern, allowed in MACHINE_PATHS:
        for match in pattern.finditer(line):
            if allowed is not None and match.group(1).lower() in allowed:
                continue
            found.append((match.start(), match.group(0)))
    seen = set()
    paths = []
    for start, path in sorted(found):
        if start not in seen:
            seen.add(start)
            paths.append(path.rstrip(".,;:"))  # the sentence's, not the path's
    return paths


def doc_files(root):
    names = set()
    for path in glob.glob(os.path.join(root, "*.md")):
        names.add(os.path.relpath(path, root))
    for path in glob.glob(os.path.join(root, "docs", "**", "*.md"),
                          recursive=True):
        names.add(os.path.relpath(path, root))
    for entry in sorted(os.listdir(root)):
        if entry.startswith(".") or entry.startswith("build") or \
                entry == "docs":
            continue
        readme = os.path.join(root, entry, "README.md")
        if os.path.isfile(readme):
            names.add(os.path.relpath(readme, root))
    return sorted(names, key=lambda n: (n != "README.md", n.count(os.sep), n))


def prose(text):
    """The text with fenced code blocks and inline code blanked out: spaces
    in place of their characters, newlines kept, so that offsets and line
    numbers stay."""
    lines = text.split("\n")
    out = []
    fence = None
    for line in lines:
        match = FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
            out.append(" " * len(line))
        elif fence is not None:
            if match and match.group(1)[0] == fence[0] and \
                    len(match.group(1)) >= len(fence) and \
                    not line.strip()[len(match.group(1)):].strip():
                fence = None
            out.append(" " * len(line))
        else:
            out.append(line)
    blanked = "\n".join(out)
    return CODE_SPAN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), blanked)


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def slug(heading):
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # links
    text = re.sub(r"!?\[([^\]]*)\]\[[^\]]*\]", r"\1", text)   # ref links
    text = re.sub(r"<[^>]+>", "", text)                        # HTML tags
    # Emphasis markers go, outside code spans; then the backticks.
    parts = re.split(r"(`+[^`]*`+)", text)
    text = "".join(part if part.startswith("`") else
                   re.sub(r"\*+|(?<!\w)_+|_+(?!\w)", "", part)
                   for part in parts).replace("`", "")
    text = text.strip().lower()
    text = "".join(c for c in text
                   if c.isalnum() or c in " -_")
    return text.replace(" ", "-")


def anchors(path, cache):
    if path in cache:
        return cache[path]
    text = open(path, encoding="utf-8").read()
    blank = prose(text)
    found = set()
    seen = {}
    lines = blank.split("\n")
    raw = text.split("\n")
    for i, line in enumerate(lines):
        heading = None
        if ATX.match(line):
            heading = ATX.match(raw[i]).group(2) or ""
        elif i > 0 and SETEXT.match(line) and lines[i - 1].strip() and \
                not ATX.match(lines[i - 1]) and \
                not re.match(r"^\s*([-*+>]|\d+[.)])\s|^\s*\|", raw[i - 1]):
            # === or --- under a line of a paragraph (not a list item, a
            # quote or a table row): a setext heading.
            heading = raw[i - 1].strip()
        if heading is None:
            continue
        base = slug(heading)
        name = base
        if name in seen:
            count = seen[base]
            while True:
                count += 1
                name = "%s-%d" % (base, count)
                if name not in seen:
                    break
            seen[base] = count
        seen.setdefault(name, 0)
        found.add(name)
    for match in HTML_ANCHOR.finditer(text):
        found.add(next(g for g in match.groups() if g is not None))
    cache[path] = found
    return found


def exact_case(path, root):
    """Whether every component of PATH below ROOT exists with exactly that
    spelling (macOS and Windows file systems would forgive a wrong case that
    GitHub does not)."""
    rel = os.path.relpath(path, root)
    current = root
    for part in rel.split(os.sep):
        if part in (".", ""):
            continue
        if part not in os.listdir(current):
            return False
        current = os.path.join(current, part)
    return True


def git_ignored(root, paths):
    """The subset of PATHS (relative to ROOT) that git ignores; empty when
    ROOT is not in a git work tree or git is not there."""
    if not paths:
        return set()
    try:
        result = subprocess.run(
            ["git", "-C", root, "check-ignore", "--stdin"],
            input="\n".join(paths) + "\n", capture_output=True, text=True)
    except OSError:
        return set()
    if result.returncode not in (0, 1):
        return set()
    return set(line for line in result.stdout.split("\n") if line)


def check_anchor(target_path, anchor, root, cache):
    """None when ANCHOR is in TARGET_PATH, else what is wrong."""
    if os.path.isdir(target_path):
        readme = os.path.join(target_path, "README.md")
        if not os.path.isfile(readme):
            return "anchor #%s on a directory without README.md" % anchor
        target_path = readme
    if target_path.endswith(".md"):
        if anchor in anchors(target_path, cache):
            return None
        return "no anchor #%s in %s" % (anchor,
                                        os.path.relpath(target_path, root))
    match = LINE_ANCHOR.match(anchor)
    if not match:
        return "anchor #%s on a file that is not Markdown" % anchor
    count = open(target_path, encoding="utf-8", errors="replace") \
        .read().count("\n") + 1
    last = int(match.group(2) or match.group(1))
    if int(match.group(1)) < 1 or last > count:
        return "no line #%s in %s (%d lines)" % (
            anchor, os.path.relpath(target_path, root), count)
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_links.py ROOT")
    root = os.path.realpath(sys.argv[1])
    given = os.path.abspath(sys.argv[1]).rstrip(os.sep)
    root_paths = sorted({p for p in (root, given) if p.count(os.sep) > 1},
                        key=len, reverse=True)
    files = doc_files(root)
    problems = []
    checked = 0
    cache = {}
    pending_ignore = []  # (relative target, name, line, raw target)

    for name in files:
        path = os.path.join(root, name)
        text = open(path, encoding="utf-8").read()
        blank = prose(text)

        links = []
        for match in INLINE_LINK.finditer(blank):
            links.append((match.start(2), text[match.start(2):match.end(2)]))
        for match in REF_DEF.finditer(blank):
            links.append((match.start(2), text[match.start(2):match.end(2)]))

        for offset, target in sorted(links):
            line = line_of(text, offset)
            target = target.strip()
            if target.startswith("<") and target.endswith(">"):
                target = target[1:-1]
            target = re.sub(r"\\(.)", r"\1", target)
            if not target:
                problems.append((name, line, "empty link target"))
                continue
            if SCHEME.match(target) or target.startswith("//"):
                continue
            checked += 1
            file_part, _, anchor = target.partition("#")
            file_part = urllib.parse.unquote(file_part.split("?", 1)[0])
            anchor = urllib.parse.unquote(anchor)
            if not file_part:
                resolved = path
            elif file_part.startswith("/"):
                resolved = os.path.normpath(
                    os.path.join(root, file_part.lstrip("/")))
            else:
                resolved = os.path.normpath(
                    os.path.join(os.path.dirname(path), file_part))
            if resolved != root and \
                    not resolved.startswith(root + os.sep):
                problems.append((name, line,
                                 "link %s leads outside the repository"
                                 % target))
                continue
            if not os.path.exists(resolved) or \
                    not exact_case(resolved, root):
                problems.append((name, line,
                                 "link %s: no such file or directory %s"
                                 % (target, os.path.relpath(resolved, root))))
                continue
            if file_part:
                pending_ignore.append(
                    (os.path.relpath(resolved, root), name, line, target))
            if anchor:
                wrong = check_anchor(resolved, anchor, root, cache)
                if wrong:
                    problems.append((name, line,
                                     "link %s: %s" % (target, wrong)))

        for number, raw in enumerate(text.split("\n"), 1):
            found = machine_paths(raw, root_paths)
            if found:
                problems.append((name, number,
                                 "absolute path of a build machine: %s"
                                 % ", ".join(found)))

    ignored = git_ignored(root, sorted({p for p, _, _, _ in pending_ignore}))
    for rel, name, line, target in pending_ignore:
        if rel in ignored:
            problems.append((name, line,
                             "link %s: %s is ignored by git, not in the "
                             "repository" % (target, rel)))

    problems.sort(key=lambda p: (files.index(p[0]), p[1]))
    for name, line, message in problems:
        print("%s:%d: %s" % (name, line, message))
    print("docs links: %d files, %d links checked, %d problems"
          % (len(files), checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
