#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layering test (docs/architecture.md, "Layers").

Reads every #include under src/ and every target_link_libraries() of our libraries, and
fails on anything that goes up or sideways against the layer map below: a layer may use
only the layers it lists, and Qt's GUI and QML modules only where the map allows them.
Only src/crypto includes and links OpenSSL and libargon2.

  check_layers.py SRC_DIR QT_INCLUDE_DIR
"""
import os
import re
import sys

# Folder under src/ -> the folders it may include from (besides itself).
ALLOWED = {
    "common": set(),
    "i18n": {"common"},
    "crypto": {"common"},
    "protocol": {"common", "crypto", "i18n"},
    "vault": {"common", "crypto", "protocol", "i18n"},
    "domain": {"common", "crypto", "protocol", "vault", "i18n"},
    "interop": {"common", "domain", "i18n"},
    "demo": {"common", "crypto", "protocol", "vault", "domain", "i18n"},
    "sync": {"common", "crypto", "protocol", "vault", "domain", "i18n"},
    "server": {"common", "crypto", "protocol", "i18n"},
    "app": {"common", "crypto", "protocol", "vault", "domain", "interop", "demo", "sync", "i18n"},
    "cli": {"common", "crypto", "protocol", "vault", "domain", "interop", "demo", "sync", "i18n"},
}

# Qt modules whose headers only some layers may include (the rest is Core, Sql, Network...).
QT_LIMITED = {
    "QtGui": {"app", "interop"},
    "QtQml": {"app"},
    "QtQuick": {"app"},
    "QtQuickControls2": {"app"},
    # No layer: the app is a Qt Quick app on QGuiApplication, and its charts are drawn in QML.
    "QtWidgets": set(),
    "QtCharts": set(),
    "QtHttpServer": {"server"},
}

# Crypto only through src/crypto: no other layer includes the libraries it is built on.
CRYPTO_ONLY = ("openssl/", "argon2.h")

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
LINK = re.compile(r"target_link_libraries\(\s*(carecircle_\w+)(.*?)\)", re.S)


def qt_module_of(header, qt_include):
    """The Qt module a <QFoo> or <QtModule/QFoo> include belongs to, or None."""
    if "/" in header:
        module = header.split("/", 1)[0]
        return module if module.startswith("Qt") else None
    if not header.startswith("Q"):
        return None
    for module in QT_LIMITED:
        if os.path.exists(os.path.join(qt_include, module, header)):
            return module
    return None


def check_includes(src, qt_include):
    problems = []
    for folder in sorted(os.listdir(src)):
        path = os.path.join(src, folder)
        if not os.path.isdir(path):
            continue
        if folder not in ALLOWED:
            problems.append(f"src/{folder}/: a folder the layer map does not know; add it to "
                            "docs/architecture.md and tests/tools/check_layers.py")
            continue
        for root, _dirs, files in os.walk(path):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                file = os.path.join(root, name)
                rel = os.path.relpath(file, os.path.dirname(src))
                with open(file, encoding="utf-8") as handle:
                    for number, line in enumerate(handle, 1):
                        match = INCLUDE.match(line)
                        if not match:
                            continue
                        kind, header = match.groups()
                        if header.startswith(CRYPTO_ONLY) and folder != "crypto":
                            problems.append(f"{rel}:{number}: src/{folder} may not include {header}: "
                                            "crypto goes through src/crypto")
                        elif kind == '"':
                            top = header.split("/", 1)[0] if "/" in header else None
                            if top is not None and top != folder and top not in ALLOWED[folder]:
                                if top in ALLOWED:
                                    problems.append(f"{rel}:{number}: src/{folder} may not include "
                                                    f"{header} (src/{top} is not below it)")
                        else:
                            module = qt_module_of(header, qt_include)
                            if module in QT_LIMITED and folder not in QT_LIMITED[module]:
                                problems.append(f"{rel}:{number}: src/{folder} may not use {module} "
                                                f"(<{header}>)")
    return problems


def check_links(src):
    problems = []
    for folder in sorted(ALLOWED):
        cmake = os.path.join(src, folder, "CMakeLists.txt")
        if not os.path.exists(cmake):
            continue
        with open(cmake, encoding="utf-8") as handle:
            text = handle.read()
        for target, args in LINK.findall(text):
            if folder != "crypto" and re.search(r"OpenSSL::|ARGON2", args):
                problems.append(f"src/{folder}/CMakeLists.txt: {target} may not link OpenSSL or "
                                "libargon2: crypto goes through src/crypto")
            if target != f"carecircle_{folder}":
                continue  # executables and helpers of the folder
            for used in re.findall(r"carecircle_(\w+)", args):
                if used != folder and used not in ALLOWED[folder] and used in ALLOWED:
                    problems.append(f"src/{folder}/CMakeLists.txt: carecircle_{folder} may not link "
                                    f"carecircle_{used}")
    return problems


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    src, qt_include = sys.argv[1], sys.argv[2]
    problems = check_includes(src, qt_include) + check_links(src)
    for problem in problems:
        print(problem)
    print(f"layers: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
