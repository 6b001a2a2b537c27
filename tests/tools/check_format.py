#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails unless every C++ file under the given folders is as clang-format leaves it
(.clang-format at the root). Names each file that is not.

  check_format.py CLANG_FORMAT FOLDER [FOLDER …]
"""
import pathlib
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    clang_format, folders = sys.argv[1], [pathlib.Path(f) for f in sys.argv[2:]]
    files = sorted(str(p) for folder in folders for pattern in ("*.cpp", "*.h") for p in folder.rglob(pattern))
    if not files:
        print("format: no C++ files found")
        return 1
    unformatted = []
    for start in range(0, len(files), 50):
        batch = files[start:start + 50]
        run = subprocess.run([clang_format, "--dry-run", "--Werror", *batch], capture_output=True, text=True)
        if run.returncode != 0:
            unformatted += sorted({line.split(":", 1)[0] for line in run.stderr.splitlines()
                                   if ": error:" in line})
    for path in unformatted:
        print(f"{path}: not clang-formatted (run: clang-format -i {path})")
    print(f"format: {len(files)} files, {len(unformatted)} not formatted")
    return 1 if unformatted else 0


if __name__ == "__main__":
    sys.exit(main())
