#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on any production function longer than the limit, or any source file longer
than the file limit (docs/architecture.md, "Size").

Works on clang-formatted code (.clang-format puts a function's opening brace on a line of
its own, and a lambda's or a statement's on the line that opens it), so a function body is
a lone "{" at namespace or class indentation up to the "}" at the same indentation.

  check_function_length.py SRC_DIR [--max-lines 80] [--max-file-lines 800]
"""
import argparse
import os
import re
import sys

NOT_A_FUNCTION = re.compile(r"^\s*(class|struct|union|enum|namespace)\b|[;{}]\s*$|^\s*(//|/\*|\*)")


def functions(lines):
    """(name line, first line, body length) of each function body in @p lines."""
    for index, line in enumerate(lines):
        stripped = line.rstrip("\n")
        if stripped.strip() != "{":
            continue
        indent = len(stripped) - len(stripped.lstrip())
        if indent > 4:
            continue
        previous = index - 1
        while previous >= 0 and not lines[previous].strip():
            previous -= 1
        if previous < 0 or NOT_A_FUNCTION.search(lines[previous]):
            continue
        # The signature may span lines (parameters, initialiser list): find where it starts.
        start = previous
        while start > 0 and lines[start - 1].strip() and not NOT_A_FUNCTION.search(lines[start - 1]) \
                and (lines[start].startswith(" " * (indent + 1)) or lines[start].lstrip().startswith((":", ","))):
            start -= 1
        closing = " " * indent + "}"
        for end in range(index + 1, len(lines)):
            if lines[end].rstrip("\n").startswith(closing) and \
                    (len(lines[end].rstrip("\n")) == len(closing) or lines[end][len(closing)] in ";/ "):
                yield lines[start].strip(), start + 1, end - index - 1
                break


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src")
    parser.add_argument("--max-lines", type=int, default=80)
    parser.add_argument("--max-file-lines", type=int, default=800)
    options = parser.parse_args()
    problems = []
    for root, _dirs, files in os.walk(options.src):
        for name in sorted(files):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, os.path.dirname(os.path.abspath(options.src)))
            with open(path, encoding="utf-8") as handle:
                lines = handle.readlines()
            if name.endswith(".cpp") and len(lines) > options.max_file_lines:
                problems.append(f"{rel}: {len(lines)} lines (at most {options.max_file_lines})")
            for signature, line, length in functions(lines):
                if length > options.max_lines:
                    problems.append(f"{rel}:{line}: {length} lines in {signature[:70]!r} "
                                    f"(at most {options.max_lines})")
    for problem in problems:
        print(problem)
    print(f"size: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
