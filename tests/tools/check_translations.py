#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails unless every .ts file in the folder is complete: no unfinished or empty
translation, both plural forms present, the same placeholders (%1, %n, …) as the source,
and the same messages in every language. Prints one line per problem."""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

folder = pathlib.Path(sys.argv[1])
placeholder = re.compile(r"%L?\d+|%n")
problems = []
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

for p in problems:
    print(p)
total = len(next(iter(catalogues.values()), ()))
print(f"{len(catalogues)} catalogue(s), {total} message(s) each, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
