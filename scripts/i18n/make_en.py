#!/usr/bin/env python3
"""Write translations/source/en.json from translations/clawdesk_en.ts.

English needs a catalogue only for its plural forms: "%n request(s)" becomes
["%n request", "%n requests"]. Every other message translates to itself.
Usage: make_en.py <ts-dir> <json-dir>
"""

import json
import os
import re
import sys
import xml.etree.ElementTree as ET


def plural_forms(source):
    """Singular and plural of an English "%n thing(s)" string."""
    singular = re.sub(r"\(s\)", "", source)
    singular = re.sub(r"\(es\)", "", singular)
    plural = source.replace("(s)", "s").replace("(es)", "es")
    return [singular, plural]


def main(ts_dir, json_dir):
    tree = ET.parse(os.path.join(ts_dir, "clawdesk_en.ts"))
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            entry = {"context": name, "source": source, "comment": comment}
            if message.get("numerus") == "yes":
                entry["numerus"] = True
                entry["translations"] = plural_forms(source)
            else:
                entry["translation"] = source
            messages.append(entry)
    with open(os.path.join(json_dir, "en.json"), "w", encoding="utf-8") as out:
        json.dump({"locale": "en", "messages": messages}, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print(f"make_en: {len(messages)} messages")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
