#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries translations along when strings move to another context (a tr() call moved to
another class, a QML file renamed), then updates the catalogues as update_translations does.

lupdate alone would drop the moved message from its old context and add it unfinished in the
new one. This runs lupdate keeping vanished messages, copies the translation of a vanished
message into every unfinished one with the same source text and comment (one language at a
time), and runs lupdate again with -no-obsolete to drop what is left over. A message with no
such twin stays unfinished: translate it by hand (the translations_complete test names it).

  carry_translations.py PROJECT_DIR [--lupdate PATH]
"""
import argparse
import copy
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=trNoop", "-locations", "relative"]
SOURCE_PATTERNS = [("src", "*.cpp"), ("src", "*.h"), ("qml", "*.qml")]


def run_lupdate(lupdate, project, ts_files, extra):
    sources = sorted(str(path) for folder, pattern in SOURCE_PATTERNS for path in (project / folder).rglob(pattern))
    listing = project / "build-lupdate-sources.lst"
    listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
    try:
        subprocess.run([lupdate, *LUPDATE_OPTIONS, *extra, "-I", str(project / "src"), f"@{listing}", "-ts",
                        *map(str, ts_files)], check=True, capture_output=True, text=True)
    finally:
        listing.unlink()


def carry(ts):
    tree = ET.parse(ts)
    messages = [m for context in tree.getroot().iter("context") for m in context.iter("message")]
    key = lambda m: (m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus", ""))
    donors = {}
    for m in messages:
        translation = m.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            donors.setdefault(key(m), translation)
    carried = 0
    for m in messages:
        translation = m.find("translation")
        if translation is None or translation.get("type") != "unfinished" or key(m) not in donors:
            continue
        donor = copy.deepcopy(donors[key(m)])
        donor.attrib.pop("type", None)
        m.remove(translation)
        m.append(donor)
        carried += 1
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return carried


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=pathlib.Path)
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    options = parser.parse_args()
    ts_files = sorted((options.project / "assets" / "translations").glob("carecircle_*.ts"))
    run_lupdate(options.lupdate, options.project, ts_files, [])
    for ts in ts_files:
        print(f"{ts.name}: {carry(ts)} translation(s) carried to their new context")
    run_lupdate(options.lupdate, options.project, ts_files, ["-no-obsolete"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
