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

  check_glossary.py GLOSSARY_FOLDER TS_FOLDER"""
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


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    glossaries, catalogues = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    found = 0
    languages = sorted(glossaries.glob("*.tsv"))
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
    sys.exit(1 if found else 0)


main()
