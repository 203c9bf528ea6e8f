#!/usr/bin/env python3
"""Refresh the translation catalogues and fill French strings, safely from several shells.

    scripts/translations.py update            # lupdate core/ui/app -> translations/*.ts
    scripts/translations.py missing [PREFIX]  # list unfinished French strings (context<TAB>source)
    scripts/translations.py fill FILE.tsv     # update, then apply FILE.tsv, then update again
    scripts/translations.py plurals-en        # give the English %n strings their two forms

FILE.tsv has one string per line: context<TAB>English source<TAB>French translation, with a
line break written as \\n and a tab as \\t. For a plural (%n) string, give the French forms
separated by " || " (singular || plural). An empty context matches the source in any context.
Every step holds a lock on translations/, so two people (or helpers) filling at the same time
do not overwrite each other.
"""
import fcntl
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
FR = os.path.join(TS_DIR, "releve_fr.ts")
EN = os.path.join(TS_DIR, "releve_en.ts")
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")


def lock():
    handle = open(os.path.join(TS_DIR, ".lock"), "w")
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def update():
    subprocess.run([LUPDATE, "-silent", "-locations", "none", "-no-obsolete",
                    "-extensions", "cpp,h", "core", "ui", "app", "-ts", FR, EN],
                   cwd=ROOT, check=True, timeout=600)


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def missing(prefix=""):
    tree = ET.parse(FR)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if prefix and not name.startswith(prefix):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                source = message.findtext("source").replace("\n", "\\n")
                out.append(f"{name}\t{source}")
    return out


def fill(path):
    wanted = {}
    with open(path, encoding="utf-8") as tsv:
        for number, line in enumerate(tsv, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected context<TAB>source<TAB>french")
            wanted[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(FR)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            french = wanted.get((name, source), wanted.get(("", source)))
            if french is None:
                continue
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in french.split(" || "):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = french
            filled += 1
    tree.write(FR, encoding="utf-8", xml_declaration=True)
    return filled


def plurals_en():
    """English "%n day(s)" strings: singular without "(s)", plural with "s". Check the result:
    a verb that agrees ("fit(s)") needs its forms written by hand in the catalogue."""
    tree = ET.parse(EN)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if any(form.text for form in translation.findall("numerusform")):
            continue
        source = message.findtext("source")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        ET.SubElement(translation, "numerusform").text = source.replace("(s)", "")
        ET.SubElement(translation, "numerusform").text = source.replace("(s)", "s")
        filled += 1
    tree.write(EN, encoding="utf-8", xml_declaration=True)
    return filled


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("update", "missing", "fill", "plurals-en"):
        sys.exit(__doc__)
    with lock():
        if sys.argv[1] == "update":
            update()
        elif sys.argv[1] == "plurals-en":
            update()
            count = plurals_en()
            update()
            print(f"gave {count} English plural string(s) their two forms; read them over")
        elif sys.argv[1] == "missing":
            update()
            print("\n".join(missing(sys.argv[2] if len(sys.argv) > 2 else "")))
        else:
            update()
            count = fill(sys.argv[2])
            update()  # back to lupdate's own layout
            left = missing()
            print(f"filled {count} string(s); {len(left)} unfinished French string(s) left")


if __name__ == "__main__":
    main()
