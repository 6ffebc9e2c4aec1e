#!/usr/bin/env python3
"""Fill translations/clawdesk_<locale>.ts from translations/source/<locale>.json.

Usage: fill_ts.py <ts-dir> <json-dir>

Every message in every clawdesk_<locale>.ts is looked up in <json-dir>/<locale>.json by
(context, source, comment). A found translation is written and the message marked finished
(no type attribute); a missing one is cleared and marked type="unfinished". Everything else
in the file (contexts, locations, comments, vanished/obsolete entries) stays as it was.
Prints counts per locale and every missing source string; exits 1 if anything is missing.
"""

import os
import sys

import tslib


def _dictionary_for(json_dir, locale):
    """Map (context, source, comment) -> JSON entry; empty when the file does not exist."""
    path = os.path.join(json_dir, f"{locale}.json")
    if not os.path.exists(path):
        return {}, [f"no dictionary {path}"]
    declared, messages = tslib.load_dictionary(path)
    notes = []
    if declared and declared != locale:
        notes.append(f"{path} declares locale {declared!r}")
    table = {}
    for entry in messages:
        key = (entry.get("context", ""), entry.get("source", ""), entry.get("comment", ""))
        if key in table:
            notes.append(f"duplicate entry {key[0]}: {key[1]!r}")
        table[key] = entry
    return table, notes


def _set_translation(msg, entry, forms):
    """Write entry into msg; returns None on success or the reason it cannot be used."""
    tr = msg.find("translation")
    if tr is None:
        tr = msg.makeelement("translation", {})
        msg.append(tr)
    if entry is None:
        return "missing"
    if tslib.is_numerus(msg):
        values = entry.get("translations")
        if not isinstance(values, list):
            return "numerus message needs a 'translations' list"
        if len(values) != forms:
            return f"{len(values)} plural forms given, the language has {forms}"
        if any(not isinstance(v, str) or not v for v in values):
            return "empty plural form"
        existing = tr.findall("numerusform")
        for extra in existing[forms:]:
            tr.remove(extra)
        for i, value in enumerate(values):
            if i < len(existing):
                existing[i].text = value
            else:
                form = tr.makeelement("numerusform", {})
                form.text = value
                tr.append(form)
    else:
        value = entry.get("translation")
        if not isinstance(value, str) or not value:
            return "empty translation"
        tr.text = value
    tr.attrib.pop("type", None)
    return None


def _mark_unfinished(msg, forms):
    tr = msg.find("translation")
    if tr is None:
        tr = msg.makeelement("translation", {})
        msg.append(tr)
    tr.set("type", "unfinished")
    if tslib.is_numerus(msg):
        tr.text = None
        existing = tr.findall("numerusform")
        for form in existing:
            form.text = None
        for _ in range(len(existing), forms):
            tr.append(tr.makeelement("numerusform", {}))
    else:
        tr.text = None


def fill_file(ts_path, json_dir):
    """Fill one .ts file in place; returns (translated, missing list, unused keys, notes)."""
    locale = tslib.locale_of_ts(ts_path)
    root = tslib.parse_ts(ts_path)
    table, notes = _dictionary_for(json_dir, locale)
    language = tslib.language_of(root) or locale
    used = set()
    translated = 0
    missing = []
    for context, msg in tslib.iter_messages(root):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the sources: leave for lupdate to drop
        key = tslib.message_key(context, msg)
        forms = tslib.expected_forms(language)
        if forms is None:
            forms = len(tr.findall("numerusform")) if tr is not None else 1
            forms = max(forms, 1)
        entry = table.get(key)
        if entry is not None:
            used.add(key)
        problem = _set_translation(msg, entry, forms)
        if problem is None:
            translated += 1
        else:
            _mark_unfinished(msg, forms)
            missing.append((key, problem))
    with open(ts_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(tslib.serialize_ts(root))
    unused = sorted(set(table) - used)
    return translated, missing, unused, notes


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    ts_dir, json_dir = argv[1], argv[2]
    ts_files = sorted(
        os.path.join(ts_dir, name)
        for name in os.listdir(ts_dir)
        if tslib.locale_of_ts(name) is not None
    )
    if not ts_files:
        print(f"no clawdesk_<locale>.ts files in {ts_dir}", file=sys.stderr)
        return 1
    any_missing = False
    for path in ts_files:
        locale = tslib.locale_of_ts(path)
        translated, missing, unused, notes = fill_file(path, json_dir)
        line = f"{locale}: {translated} translated, {len(missing)} missing"
        if unused:
            line += f", {len(unused)} dictionary entries unused"
        print(line)
        for note in notes:
            print(f"  note: {note}")
        for (context, source, comment), problem in missing:
            where = f"{context}: {source!r}" + (f" ({comment})" if comment else "")
            print(f"  missing {where}: {problem}")
        for context, source, _comment in unused:
            print(f"  unused {context}: {source!r}")
        any_missing = any_missing or bool(missing)
    return 1 if any_missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
