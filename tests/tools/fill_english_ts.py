#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Completes assets/translations/carecircle_en.ts after an lupdate run: every plain message
is translated as its source text, and every plural message gets a singular and a plural
form ("%n record(s)" → "%n record" / "%n records"). Existing English translations are kept."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "assets/translations/carecircle_en.ts"
tree = ET.parse(path)
root = tree.getroot()
root.set("language", "en_GB")

def forms(text):
    # "(s)" and "(es)" style plural markers give the two English forms.
    singular = re.sub(r"\((e?s)\)", "", text)
    plural = re.sub(r"\((e?s)\)", r"\1", text)
    return singular, plural

changed = 0
for message in root.iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") not in ("unfinished", None) or (
            translation.get("type") is None and (translation.text or list(translation))):
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms(source):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    changed += 1

tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    content = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(content)
    f.truncate()
print(f"{path}: completed {changed} message(s)")
