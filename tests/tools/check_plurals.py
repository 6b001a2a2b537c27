#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on a count shown without a plural form (issue 15: "1 text were changed", "1 change
… were refused", "1 items"). Prints one line per problem.

- In the catalogues: a message that is not a plural one must not carry a plural marker or a
  number of things ("item(s)", "%1 items"); in a plural message every form names the count
  (%n), the English singular and plural differ, and the English singular does not take a
  plural verb ("1 text were changed").
- In the sources (src/, qml/): no translated text whose count is filled in with arg() from
  something that counts (count, size(), length, …): counts go through %n.

  check_plurals.py TS_FOLDER PROJECT_DIR"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

folder = pathlib.Path(sys.argv[1])
project = pathlib.Path(sys.argv[2])
problems = []

# A number of things written as a plain placeholder: "%1 items", "%2 changes", "item(s)".
THINGS = r"(?:items?|changes?|texts?|records?|days?|weeks?|months?|hours?|minutes?|people|persons?|goals?|steps?|" \
         r"activities|activity|check-ins?|comments?|devices?|members?|spaces?|others?|times?|answers?)"
plain_count = re.compile(r"%L?\d+\s+" + THINGS + r"\b(?!\s*%)")
# A plural message counting things: its English forms must differ ("%n item" / "%n items").
counts_things = re.compile(r"%n\s+(?:\w+\s+)?" + THINGS + r"\b|\w\((?:e?s)\)")
marker = re.compile(r"\w\((?:e?s)\)")
# A plural verb right after the counted words, in an English singular: "%n text were …".
plural_verb = re.compile(r"%n\s+(?:\w+\s+){0,5}?(?:were|are|have)\b")

for ts in sorted(folder.glob("carecircle_*.ts")):
    english = ts.name == "carecircle_en.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{ts.name}: [{name}] {source[:70]!r}"
            translation = message.find("translation")
            if message.get("numerus") != "yes":
                if ts.name == "carecircle_en.ts" and (marker.search(source) or plain_count.search(source)):
                    problems.append(f"{where}: a count without %n (use a plural message)")
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] if translation is not None else []
            # The singular may spell the number out ("Every day"); the others name the count.
            for form in forms[1:]:
                if "%n" not in form and "%Ln" not in form:
                    problems.append(f"{where}: a plural form without %n: {form[:60]!r}")
            if english and len(forms) >= 2:
                # A singular the code never shows (the comment says n ≥ 2) may stay as it is.
                reachable = "n ≥ 2" not in (message.findtext("comment") or "")
                if reachable and counts_things.search(source) and forms[0] == forms[1]:
                    problems.append(f"{where}: the English singular and plural are the same")
                if plural_verb.search(forms[0]) and not plural_verb.search(forms[1].replace("were", "").replace("are", "")):
                    problems.append(f"{where}: the English singular takes a plural verb: {forms[0][:60]!r}")

# Counts filled in with arg(): qsTr("… %1 …").arg(x.count) / tr("…").arg(list.size()).
counted = re.compile(r"(?:qsTr|tr|translate)\((?:[^()]|\([^()]*\))*\)\s*(?:\.arg\([^()]*\)\s*)*"
                     r"\.arg\(\s*[\w.]*(?:count|Count|size\(\)|length)\s*\)")
for folder_name, pattern in (("src", "*.cpp"), ("src", "*.h"), ("qml", "*.qml")):
    for path in sorted((project / folder_name).rglob(pattern)):
        text = path.read_text(encoding="utf-8")
        for match in counted.finditer(text):
            if "%n" in match.group(0):
                continue  # "%1 of %n steps done": the things counted follow %n
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{path.relative_to(project)}:{line}: a count filled in with arg(), not %n")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
