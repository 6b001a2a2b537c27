#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails unless every .ts file in the folder is complete: no unfinished or empty
translation, both plural forms present, the same placeholders (%1, %n, …) as the source,
and the same messages in every language. Prints one line per problem.

With --sources, it also runs lupdate (as the update_translations target does) over the
sources into a temporary copy of the catalogues, and fails on every string in the code that
the catalogues lack or that changed since it was translated, naming it. The real catalogues
are never touched.

  check_translations.py TS_FOLDER [--sources PROJECT_DIR] [--lupdate PATH]"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# The same as LUPDATE_OPTIONS of qt_add_translations in src/i18n/CMakeLists.txt (with -I src/,
# so that lupdate finds a class's namespace through includes like "app/plan/x.h").
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=trNoop", "-locations", "relative", "-no-obsolete"]
# The same files as CARECIRCLE_TRANSLATABLE_SOURCES in src/i18n/CMakeLists.txt.
SOURCE_PATTERNS = [("src", "*.cpp"), ("src", "*.h"), ("qml", "*.qml")]

arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
arguments.add_argument("folder", type=pathlib.Path, help="the folder holding carecircle_*.ts")
arguments.add_argument("--sources", type=pathlib.Path, help="project folder: also check that lupdate finds nothing new")
arguments.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate", help="Qt 6 lupdate (default: %(default)s)")
options = arguments.parse_args()
folder = options.folder
placeholder = re.compile(r"%L?\d+|%n")


def message_key(context_name, message):
    return (context_name, message.findtext("source") or "", message.findtext("comment") or "")


def describe(key):
    name, source, comment = key
    return f"[{name}] {source!r}" + (f" ({comment})" if comment else "")


def untranslated_in_code(ts_files, project):
    """Runs lupdate over the project's sources into copies of @p ts_files. Returns the
    problems: messages that are new or unfinished in the copies (each named once), and a note
    for messages the sources no longer hold (update_translations removes those)."""
    found = []
    with tempfile.TemporaryDirectory(prefix="cc-lupdate-") as work:
        work = pathlib.Path(work)
        sources = sorted(str(path) for folder_name, pattern in SOURCE_PATTERNS
                         for path in (project / folder_name).rglob(pattern))
        listing = work / "sources.lst"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        copies = []
        for ts in ts_files:
            copies.append(work / ts.name)
            shutil.copyfile(ts, copies[-1])
        try:
            run = subprocess.run([options.lupdate, *LUPDATE_OPTIONS, "-I", str(project / "src"), f"@{listing}", "-ts",
                                  *map(str, copies)],
                                 capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as error:
            return [f"lupdate could not run ({options.lupdate}): {error}"], []
        if run.returncode != 0:
            return [f"lupdate failed: {run.stderr.strip() or run.stdout.strip()}"], []
        new = {}
        removed = set()
        for original, copy in zip(ts_files, copies):
            before = {message_key(c.findtext("name"), m)
                      for c in ET.parse(original).getroot().iter("context") for m in c.iter("message")}
            after = set()
            for context in ET.parse(copy).getroot().iter("context"):
                for message in context.iter("message"):
                    key = message_key(context.findtext("name"), message)
                    after.add(key)
                    translation = message.find("translation")
                    if translation is None or translation.get("type") == "unfinished":
                        new.setdefault(key, []).append(original.name)
            removed |= before - after
        for key, catalogues in sorted(new.items()):
            found.append(f"not in the catalogues or not translated ({', '.join(catalogues)}): {describe(key)}")
        notes = [f"note: no longer in the sources (update_translations removes it): {describe(key)}"
                 for key in sorted(removed)]
    return found, notes


problems = []
notes = []
catalogues = {}
for ts in sorted(folder.glob("carecircle_*.ts")):
    messages = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            key = (name, source, message.findtext("comment") or "")
            messages.add(key)
            where = f"{ts.name}: [{name}] {source[:60]!r}"
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: not translated")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if len(forms) < 2 or not all(f.strip() for f in forms):
                    problems.append(f"{where}: plural forms missing")
                texts = forms
            else:
                texts = [translation.text or ""]
                if not texts[0].strip() and source.strip():
                    problems.append(f"{where}: empty translation")
            wanted = sorted(set(placeholder.findall(source)))
            for text in texts:
                got = sorted(set(placeholder.findall(text)))
                # A singular plural form may spell out "one" instead of %n.
                if message.get("numerus") == "yes":
                    got = sorted(set(got) | {"%n"})
                    wanted = sorted(set(wanted) | {"%n"})
                if got != wanted:
                    problems.append(f"{where}: placeholders {got} instead of {wanted}")
    catalogues[ts.name] = messages

if len(catalogues) != 4:
    problems.append(f"expected 4 catalogues (nl, fr, de, en), found {sorted(catalogues)}")
names = sorted(catalogues)
for other in names[1:]:
    if catalogues[other] != catalogues[names[0]]:
        problems.append(f"{other} and {names[0]} hold different messages: run the update_translations target")

if options.sources is not None:
    code_problems, notes = untranslated_in_code(sorted(folder.glob("carecircle_*.ts")), options.sources)
    if code_problems:
        notes.append("to fix: run the update_translations target, then translate the new strings")
    problems += code_problems

for p in problems:
    print(p)
for line in notes:
    print(line)
total = len(next(iter(catalogues.values()), ()))
print(f"{len(catalogues)} catalogue(s), {total} message(s) each, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
