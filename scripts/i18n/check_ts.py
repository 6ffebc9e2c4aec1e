#!/usr/bin/env python3
"""Check that every Qt Linguist .ts file in a directory is completely translated.

Usage: check_ts.py <ts-dir>

A message fails when it is unfinished, vanished or obsolete, when a translation (or any
plural form) is empty, when its placeholders (%1..%99, %n, %L1, ...) differ from the
source's, or when a numerus message has the wrong number of plural forms for the file's
language. Each problem is printed as file:context:source: reason. Exit status 1 on any
problem (or when the directory holds no .ts file), 0 otherwise.
"""

import os
import sys
from collections import Counter

import tslib


def _plural_count(root):
    """The number of plural forms the file's language needs (majority vote if unknown)."""
    forms = tslib.expected_forms(tslib.language_of(root))
    if forms is not None:
        return forms
    counts = Counter(
        len(msg.find("translation").findall("numerusform"))
        for _ctx, msg in tslib.iter_messages(root)
        if tslib.is_numerus(msg) and msg.find("translation") is not None
    )
    return counts.most_common(1)[0][0] if counts else None


def _message_problems(msg, forms):
    """Reasons this message is not shippable (empty list when it is fine)."""
    problems = []
    source = msg.findtext("source") or ""
    tr = msg.find("translation")
    if tr is None:
        return ["no translation element"]
    kind = tr.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        problems.append(kind)
    wanted = tslib.placeholders(source)
    if tslib.is_numerus(msg):
        values = [form.text or "" for form in tr.findall("numerusform")]
        if forms is not None and len(values) != forms:
            problems.append(f"{len(values)} plural forms, the language has {forms}")
        for i, value in enumerate(values):
            if not value:
                problems.append(f"plural form {i} is empty")
            elif tslib.placeholders(value) != wanted:
                problems.append(_placeholder_reason(wanted, value, f"plural form {i}"))
    else:
        value = tr.text or ""
        if not value:
            problems.append("empty translation")
        elif tslib.placeholders(value) != wanted:
            problems.append(_placeholder_reason(wanted, value, "translation"))
    # An unfinished entry is nearly always also empty; one reason is enough to act on.
    if kind == "unfinished" and len(problems) > 1:
        problems = [p for p in problems if not p.startswith(("empty", "plural form"))]
    return problems


def _placeholder_reason(wanted, value, what):
    have = tslib.placeholders(value)
    parts = []
    if wanted - have:
        parts.append("missing " + " ".join(sorted(wanted - have)))
    if have - wanted:
        parts.append("extra " + " ".join(sorted(have - wanted)))
    return f"placeholder mismatch in {what}: " + ", ".join(parts)


def check_file(path):
    """Return (message count, [(context, source, reason)]) for one .ts file."""
    try:
        root = tslib.parse_ts(path)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a finding
        return 0, [("", "", f"cannot parse: {exc}")]
    forms = _plural_count(root)
    count = 0
    found = []
    for context, msg in tslib.iter_messages(root):
        count += 1
        source = msg.findtext("source") or ""
        for reason in _message_problems(msg, forms):
            found.append((context, source, reason))
    return count, found


def main(argv):
    if len(argv) != 2:
        print("Usage: check_ts.py <ts-dir>", file=sys.stderr)
        return 2
    ts_dir = argv[1]
    files = sorted(os.path.join(ts_dir, n) for n in os.listdir(ts_dir) if n.endswith(".ts"))
    if not files:
        print(f"{ts_dir}: no .ts files", file=sys.stderr)
        return 1
    total = 0
    for path in files:
        messages, problems = check_file(path)
        for context, source, reason in problems:
            print(f"{path}:{context}:{source}: {reason}")
        print(f"{os.path.basename(path)}: {messages} messages, {len(problems)} problems")
        total += len(problems)
    if total:
        print(f"FAILED: {total} problems in {len(files)} files")
        return 1
    print(f"OK: {len(files)} files complete")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
