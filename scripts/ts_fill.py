#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/memberdesk_{zh_CN,zh_TW,en}.ts from translations/strings.tsv.

strings.tsv is the one place translations are written: `source<TAB>zh_CN<TAB>zh_TW`, one message per
line, with \\n and \\t escaped as in C. A message with the same source text gets the same translation in
every context. English is filled from the source; for %n plurals the "(s)" in the source gives the
singular and plural forms ("%n point(s)" -> "%n point" / "%n points").

  scripts/ts_fill.py                      apply strings.tsv to the three .ts files
  scripts/ts_fill.py --report             also list sources that have no translation (exit 1 if any)
  scripts/ts_fill.py --dump-missing FILE  write the untranslated sources to FILE (one per line, escaped)
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TR = ROOT / "translations"
TSV = TR / "strings.tsv"


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load_tsv():
    table = {}
    if not TSV.exists():
        return table
    for lineno, line in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or (line.startswith("#") and "\t" not in line):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{TSV}:{lineno}: expected 3 tab-separated columns, found {len(parts)}")
        source, zh_cn, zh_tw = (unescape(p) for p in parts)
        table[source] = {"zh_CN": zh_cn, "zh_TW": zh_tw}
    return table


def english_plurals(source):
    singular = re.sub(r"\((s|es)\)", "", source)
    singular = re.sub(r"y\(ies\)", "y", singular)
    plural = re.sub(r"\((s|es)\)", lambda m: m.group(1), source)
    plural = re.sub(r"y\(ies\)", "ies", plural)
    return [singular, plural]


def placeholders(text):
    return sorted(re.findall(r"%(?:L?n|\d+)", text))


def fill(path, language, table, missing):
    tree = ET.parse(path)
    problems = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        translation = message.find("translation")
        if language == "en":
            forms = english_plurals(source) if numerus else [source]
        elif source in table:
            text = table[source][language]
            if placeholders(text) != placeholders(source):
                problems.append(f"{language}: placeholders differ for {source!r}: {text!r}")
            forms = [text]
        else:
            missing.add(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if "type" in translation.attrib:
            del translation.attrib["type"]
        if numerus:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--dump-missing")
    args = parser.parse_args()
    table = load_tsv()
    missing = set()
    problems = []
    for language in ("zh_CN", "zh_TW", "en"):
        problems += fill(TR / f"memberdesk_{language}.ts", language, table, missing)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.dump_missing:
        Path(args.dump_missing).write_text("".join(escape(s) + "\n" for s in sorted(missing)), encoding="utf-8")
    if args.report:
        print(f"{len(table)} translated sources; {len(missing)} missing")
        for source in sorted(missing):
            print("  missing:", escape(source))
    return 1 if (problems or (args.report and missing)) else 0


if __name__ == "__main__":
    sys.exit(main())
