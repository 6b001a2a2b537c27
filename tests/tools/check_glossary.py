#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails unless every translation in the .ts catalogues uses the terms of its language's
glossary. Prints file:line, the message and the rule for every problem.

A glossary is tests/data/glossary/<lang>.tsv, checked against carecircle_<lang>.ts. Each row
has up to five tab-separated columns (lines starting with # are comments):

  english   a regular expression searched in the English source ("*": every message)
  required  a regular expression the translation must contain when `english` matches
            (alternatives with |, so that inflections and compounds are listed)
  forbidden a regular expression the translation must not contain when `english` matches
  except    a regular expression on the context name: messages there skip this row
  why       a note for the reader, printed with the problem

Expressions are Python regular expressions, case-insensitive ((?-i:…) for case-sensitive
parts). The English source is searched with its 'quoted' literals, --options and <names>
removed: those are command-line words that stay as they are in every language. Every
plural form of a translation is checked.

The questionnaires (assets/questionnaires/*.json) are texts of the app too: with a third
folder, every <lang> text in them is checked against the same rules, the "en" text beside it
standing for the English source and "questionnaire:<file>" for the context. Items of a
validated instrument (WHO-5, PHQ-2, GAD-2) must keep their published wording instead: each
one listed in <lang>.validated.tsv (columns: file, item id, exact text, source) must read
exactly so, and only those are exempt from the rules.

  check_glossary.py GLOSSARY_FOLDER TS_FOLDER [QUESTIONNAIRE_FOLDER]"""
import json
import pathlib
import re
import sys
import xml.parsers.expat

# Command-line words in the English source: 'quoted' (not an apostrophe inside a word),
# --options and <placeholders>. They are not prose, so they do not ask for a term.
LITERALS = re.compile(r"(?<!\w)'[^'\s][^']*'(?!\w)|--[\w-]+|<\w+>")


class Rule:
    def __init__(self, where, columns):
        columns += [""] * (5 - len(columns))
        english, required, forbidden, exempt, self.why = (c.strip() for c in columns[:5])
        self.where = where
        self.label = english
        try:
            self.english = None if english == "*" else re.compile(english, re.I)
            self.required = re.compile(required, re.I) if required else None
            self.forbidden = re.compile(forbidden, re.I) if forbidden else None
            self.exempt = re.compile(exempt) if exempt else None
        except re.error as error:
            sys.exit(f"{where}: bad expression: {error}")
        if not (self.required or self.forbidden):
            sys.exit(f"{where}: the row neither requires nor forbids anything")

    def problems(self, context, prose, texts):
        if self.exempt and self.exempt.search(context):
            return
        if self.english and not self.english.search(prose):
            return
        for text in texts:
            if self.required and not self.required.search(text):
                yield f"“{self.label}” needs /{self.required.pattern}/"
            if self.forbidden:
                hit = self.forbidden.search(text)
                if hit:
                    yield f"forbidden “{hit.group(0)}”" + ("" if self.english is None else f" for “{self.label}”")


def read_glossary(path):
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rules.append(Rule(f"{path}:{number}", line.split("\t")))
    return rules


def read_messages(path):
    """Yields (line, context, source, [translation texts]) of every message, with the line
    of its <translation> element."""
    messages = []
    state = {"path": [], "text": "", "context": "", "message": None}
    parser = xml.parsers.expat.ParserCreate("utf-8")

    def start(name, attributes):
        state["path"].append(name)
        state["text"] = ""
        if name == "message":
            state["message"] = {"source": "", "texts": [], "line": parser.CurrentLineNumber}
        elif name == "translation" and state["message"] is not None:
            state["message"]["line"] = parser.CurrentLineNumber
            state["message"]["numerus"] = False

    def end(name):
        state["path"].pop()
        message = state["message"]
        if name == "name" and state["path"] and state["path"][-1] == "context":
            state["context"] = state["text"]
        elif message is None:
            pass
        elif name == "source":
            message["source"] = state["text"]
        elif name == "numerusform":
            message["numerus"] = True
            message["texts"].append(state["text"])
        elif name == "translation" and not message.get("numerus"):
            message["texts"].append(state["text"])
        elif name == "message":
            messages.append((message["line"], state["context"], message["source"], message["texts"]))
            state["message"] = None
        state["text"] = ""

    def data(text):
        state["text"] += text

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.ParseFile(path.open("rb"))
    return messages


def read_validated(path):
    """{(file, item id): (exact text, source)} of the validated items in @p path."""
    validated = {}
    if not path.exists():
        return validated
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) < 3:
            sys.exit(f"{path}:{number}: needs file, item id and text")
        validated[(columns[0].strip(), columns[1].strip())] = (columns[2].strip(), (columns[3:] or [""])[0].strip())
    return validated


def questionnaire_texts(node, language, where, item=None):
    """Yields (where, item id or None, English text, text in @p language) of every
    translated text in a questionnaire (a dict with "en" and @p language)."""
    if isinstance(node, dict):
        if "en" in node and isinstance(node.get(language), str):
            yield where, item, node["en"], node[language]
            return
        for key, value in node.items():
            yield from questionnaire_texts(value, language, f"{where}/{key}",
                                           node.get("id") if key == "text" and where.startswith("/items[") else item)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from questionnaire_texts(value, language, f"{where}[{index}]", item)


def check_questionnaires(folder, language, rules, validated):
    """Prints and counts the problems of @p language's texts in the questionnaires."""
    count = 0
    seen = set()
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for where, item, english, text in questionnaire_texts(data, language, ""):
            key = (path.name, item) if item is not None and where.endswith("/text") else None
            if key in validated:
                seen.add(key)
                wording, source = validated[key]
                if text != wording:
                    print(f"{path.name}:{where}: {text!r}: not the validated wording {wording!r} ({source})")
                    count += 1
                continue
            prose = LITERALS.sub(" ", english)
            for rule in rules:
                for problem in rule.problems(f"questionnaire:{path.name}", prose, [text]):
                    print(f"{path.name}:{where}: {english!r} → {text!r}: {problem}"
                          + (f" ({rule.why})" if rule.why else ""))
                    count += 1
    for key in sorted(set(validated) - seen):
        print(f"{language}.validated.tsv: {key[0]} item {key[1]}: no such item")
        count += 1
    print(f"questionnaires ({language}): {count} problem(s)")
    return count


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    glossaries, catalogues = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    questionnaires = pathlib.Path(sys.argv[3]) if len(sys.argv) == 4 else None
    found = 0
    languages = sorted(p for p in glossaries.glob("*.tsv") if not p.name.endswith(".validated.tsv"))
    if not languages:
        sys.exit(f"no glossary (*.tsv) in {glossaries}")
    for glossary in languages:
        rules = read_glossary(glossary)
        ts = catalogues / f"carecircle_{glossary.stem}.ts"
        if not ts.exists():
            sys.exit(f"{glossary}: no catalogue {ts}")
        count = 0
        for line, context, source, texts in read_messages(ts):
            prose = LITERALS.sub(" ", source)
            for rule in rules:
                for problem in rule.problems(context, prose, texts):
                    shown = " | ".join(texts)
                    print(f"{ts.name}:{line}: [{context}] {source!r} → {shown!r}: {problem}"
                          + (f" ({rule.why})" if rule.why else ""))
                    count += 1
        print(f"{ts.name}: {len(rules)} glossary rule(s), {count} problem(s)")
        found += count
        if questionnaires:
            validated = read_validated(glossaries / f"{glossary.stem}.validated.tsv")
            found += check_questionnaires(questionnaires, glossary.stem, rules, validated)
    sys.exit(1 if found else 0)


main()
