"""Shared helpers for ClawDesk's Qt Linguist (.ts) tooling: parsing, plural
rules, placeholders and a writer that keeps lupdate's layout.

Pure Python 3 standard library, so the checks run on any build machine.
"""

import json
import os
import re
import xml.etree.ElementTree as ET

# Number of <numerusform>s lupdate (Qt 6.4) creates per language, measured by
# running lupdate -target-language on each; keyed by the language part of the
# locale name. Languages not listed fall back to the file's own majority.
NUMERUS_FORMS = {
    # one form: no grammatical number
    "ja": 1, "ko": 1, "zh": 1, "vi": 1, "th": 1, "id": 1, "ms": 1,
    "tr": 1, "fa": 1, "hu": 1, "my": 1,
    # two forms
    "en": 2, "nl": 2, "da": 2, "de": 2, "sv": 2, "nb": 2, "nn": 2,
    "no": 2, "fi": 2, "et": 2, "el": 2, "he": 2, "it": 2, "es": 2,
    "pt": 2, "fr": 2, "hi": 2, "bn": 2, "ca": 2, "bg": 2,
    # three forms
    "ru": 3, "uk": 3, "be": 3, "pl": 3, "cs": 3, "sk": 3, "lt": 3,
    "lv": 3, "ro": 3, "hr": 3, "sr": 3, "bs": 3, "ga": 3,
    # more
    "sl": 4, "ar": 6,
}

# %1..%99, %n and their localized %L forms, as QString::arg() and tr() see them.
PLACEHOLDER_RE = re.compile(r"%L?(?:[1-9][0-9]?|n)")


def placeholders(text):
    """Return the set of Qt placeholders in text (e.g. {'%1', '%n', '%L2'})."""
    return set(PLACEHOLDER_RE.findall(text or ""))


def language_of(root):
    """The TS file's target language, e.g. 'nl_NL' or 'zh_TW' ('' if unset)."""
    return root.get("language", "")


def expected_forms(language):
    """Numerus forms for a locale name such as 'ru', 'pt_BR', 'nl_NL'; None if unknown."""
    return NUMERUS_FORMS.get(language.replace("-", "_").split("_")[0].lower())


def parse_ts(path):
    """Parse a .ts file; returns the ElementTree root."""
    return ET.parse(path).getroot()


def iter_messages(root):
    """Yield (context_name, message_element) for every message in the file."""
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            yield name, msg


def message_key(context, msg):
    """The (context, source, comment) key lupdate identifies a message by."""
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


def is_numerus(msg):
    return msg.get("numerus") == "yes"


def load_dictionary(path):
    """Load a translations/source/<locale>.json dictionary; returns (locale, messages)."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise ValueError(f"{path}: expected an object with a 'messages' list")
    return data.get("locale", ""), data["messages"]


def locale_of_ts(path):
    """'clawdesk_zh_TW.ts' -> 'zh_TW'; None when the name does not follow the pattern."""
    m = re.fullmatch(r"clawdesk_(.+)\.ts", os.path.basename(path))
    return m.group(1) if m else None


# --- writing -----------------------------------------------------------------
# lupdate escapes quotes and apostrophes in text too; doing the same keeps the
# diff to the lines whose translation actually changed.
def _escape(text):
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\t":
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def _attrs(elem):
    return "".join(f' {k}="{_escape(v)}"' for k, v in elem.attrib.items())


# Elements lupdate writes as <tag .../> when they have no content.
_SELF_CLOSING = {"location", "byte"}


def _write(elem, depth, out):
    pad = "    " * depth
    children = list(elem)
    text = elem.text or ""
    if not children:
        if not text and elem.tag in _SELF_CLOSING:
            out.append(f"{pad}<{elem.tag}{_attrs(elem)}/>\n")
        else:
            out.append(f"{pad}<{elem.tag}{_attrs(elem)}>{_escape(text)}</{elem.tag}>\n")
        return
    out.append(f"{pad}<{elem.tag}{_attrs(elem)}>\n")
    for child in children:
        _write(child, depth + 1, out)
    out.append(f"{pad}</{elem.tag}>\n")


def serialize_ts(root):
    """Serialize a TS tree the way lupdate lays it out (header, DOCTYPE, 4-space indent)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    # lupdate keeps <context> blocks unindented under <TS>.
    out.append(f"<TS{_attrs(root)}>\n")
    for child in root:
        _write(child, 0, out)
    out.append("</TS>\n")
    return "".join(out)
