#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when qmlcachegen compiled a property read of an object as a value-type read.

Qt 6.4's qmlcachegen turns `const model = Controller.members; model.count` into a
getValueLookup on the metatype `RowModel*`: the runtime then reads `count` from the address of
the local (a stack slot), not from the model, and returns whatever is there (UBSan: "downcast
of address ... which does not point to an object of type 'RowModel'"). Reading the property
straight from the singleton's property (`Controller.members.count`) compiles to an object
lookup. This check reads the C++ qmlcachegen generated for the app's QML and names every value
lookup whose type is a pointer.

Usage: check_aot_lookups.py QMLCACHE_DIR
"""
import pathlib
import re
import sys

# The first argument is the metatype whose meta-object the value lookup uses, written as
# QMetaType::fromName("T") or QMetaType::fromType<T>(); T must never be a pointer.
LOOKUP = re.compile(r'init(?:Get|Set)ValueLookup\(\d+,\s*(.*?)\.metaObject\(\)')
POINTER = re.compile(r'fromName\("([^"]*\*)"\)|fromType<([^>]*\*)\s*>')


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    root = pathlib.Path(sys.argv[1])
    files = sorted(root.rglob('*_qml.cpp'))
    if not files:
        print(f'aot lookups: no generated QML C++ under {root}')
        return 2
    problems = 0
    for path in files:
        text = path.read_text(errors='replace')
        for match in LOOKUP.finditer(text):
            pointer = POINTER.search(match.group(1))
            if not pointer:
                continue
            problems += 1
            number = text.count('\n', 0, match.start()) + 1
            print(f'{path.relative_to(root)}:{number}: a value lookup on the object type '
                  f'{pointer.group(1) or pointer.group(2)}; read the property from where the object comes from, '
                  'not from a local holding it')
    print(f'aot lookups: {len(files)} files, {problems} value lookup(s) on object types')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
