#!/usr/bin/env python3
"""Tests for scripts/i18n/fill_ts.py and check_ts.py on small .ts fixtures.

Usage: tst_i18n_tools.py <scripts/i18n dir>   (defaults to ../../scripts/i18n)
"""

import contextlib
import io
import json
import os
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

SCRIPTS = (sys.argv.pop(1) if len(sys.argv) > 1 else
           os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts", "i18n"))
sys.path.insert(0, os.path.abspath(SCRIPTS))

import check_ts  # noqa: E402
import fill_ts  # noqa: E402
import tslib  # noqa: E402

# A .ts file in lupdate 6.4's layout (fill_ts output of the real files round-trips through
# lupdate byte for byte): a location, a translator comment, two messages told apart only by
# their disambiguation comment, escaped markup and a numerus message.
LUPDATE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>GatewayPage</name>
    <message>
        <location filename="../qml/pages/GatewayPage.qml" line="41"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb, opens a file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>adjective, a connection state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t copy %1 to &quot;%2&quot; &amp; &lt;b&gt;keep&lt;/b&gt; it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
{forms}        </translation>
    </message>
</context>
</TS>
"""


def lupdate_ts(lang, nforms):
    forms = "            <numerusform></numerusform>\n" * nforms
    return LUPDATE_TS.format(lang=lang, forms=forms)


NL_DICT = {
    "locale": "nl",
    "messages": [
        {"context": "GatewayPage", "source": "Start", "comment": "", "translation": "Starten"},
        {"context": "GatewayPage", "source": "Bind", "comment": "", "translation": "Adres"},
        {"context": "GatewayPage", "source": "Open", "comment": "verb, opens a file",
         "translation": "Openen"},
        {"context": "GatewayPage", "source": "Open", "comment": "adjective, a connection state",
         "translation": "Open"},
        {"context": "GatewayPage", "source": "Don't copy %1 to \"%2\" & <b>keep</b> it", "comment": "",
         "translation": "%1 niet naar '%2' kopiëren & <b>bewaren</b>"},
        {"context": "UsagePage", "source": "%n request(s)", "comment": "", "numerus": True,
         "translations": ["%n verzoek", "%n verzoeken"]},
    ],
}


def quiet(fn, *args):
    """Run fn(*args) with stdout captured; returns (result, output)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        result = fn(*args)
    return result, out.getvalue()


class Workspace:
    """A temporary ts dir and json dir."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.ts_dir = os.path.join(self.tmp.name, "ts")
        self.json_dir = os.path.join(self.tmp.name, "json")
        os.makedirs(self.ts_dir)
        os.makedirs(self.json_dir)

    def write_ts(self, locale, text):
        path = os.path.join(self.ts_dir, f"clawdesk_{locale}.ts")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path

    def write_json(self, locale, data):
        with open(os.path.join(self.json_dir, f"{locale}.json"), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)

    def read_ts(self, locale):
        with open(os.path.join(self.ts_dir, f"clawdesk_{locale}.ts"), encoding="utf-8") as fh:
            return fh.read()

    def fill(self):
        return quiet(fill_ts.main, ["fill_ts.py", self.ts_dir, self.json_dir])

    def check(self):
        return quiet(check_ts.main, ["check_ts.py", self.ts_dir])


def messages(text):
    """{(context, source, comment): translation element} of a .ts text."""
    root = ET.fromstring(text)
    return {tslib.message_key(ctx, msg): msg.find("translation")
            for ctx, msg in tslib.iter_messages(root)}


class FillTest(unittest.TestCase):
    def setUp(self):
        self.ws = Workspace()
        self.addCleanup(self.ws.tmp.cleanup)

    def test_fills_every_message_and_marks_it_finished(self):
        self.ws.write_ts("nl", lupdate_ts("nl_NL", 2))
        self.ws.write_json("nl", NL_DICT)
        rc, out = self.ws.fill()
        self.assertEqual(rc, 0, out)
        self.assertIn("nl: 6 translated, 0 missing", out)
        msgs = messages(self.ws.read_ts("nl"))
        for tr in msgs.values():
            self.assertNotIn("type", tr.attrib)
        self.assertEqual(msgs[("GatewayPage", "Start", "")].text, "Starten")
        # The disambiguation comment is part of the key.
        self.assertEqual(msgs[("GatewayPage", "Open", "verb, opens a file")].text, "Openen")
        self.assertEqual(msgs[("GatewayPage", "Open", "adjective, a connection state")].text, "Open")
        forms = [f.text for f in msgs[("UsagePage", "%n request(s)", "")].findall("numerusform")]
        self.assertEqual(forms, ["%n verzoek", "%n verzoeken"])
        rc, out = self.ws.check()
        self.assertEqual(rc, 0, out)

    def test_keeps_the_rest_of_the_file(self):
        self.ws.write_ts("nl", lupdate_ts("nl_NL", 2))
        self.ws.write_json("nl", NL_DICT)
        self.ws.fill()
        text = self.ws.read_ts("nl")
        self.assertTrue(text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                                        '<TS version="2.1" language="nl_NL">\n'))
        self.assertIn('<location filename="../qml/pages/GatewayPage.qml" line="41"/>', text)
        self.assertIn("<extracomment>Network address the gateway listens on</extracomment>", text)
        self.assertIn("<translation>%1 niet naar &apos;%2&apos; kopiëren &amp; &lt;b&gt;bewaren&lt;/b&gt;"
                      "</translation>", text)

    def test_untouched_file_is_byte_identical(self):
        original = lupdate_ts("nl_NL", 2)
        self.ws.write_ts("nl", original)
        self.ws.write_json("nl", {"locale": "nl", "messages": []})
        self.ws.fill()
        self.assertEqual(self.ws.read_ts("nl"), original)

    def test_refill_is_idempotent(self):
        self.ws.write_ts("nl", lupdate_ts("nl_NL", 2))
        self.ws.write_json("nl", NL_DICT)
        self.ws.fill()
        first = self.ws.read_ts("nl")
        self.ws.fill()
        self.assertEqual(self.ws.read_ts("nl"), first)

    def test_missing_messages_are_unfinished_and_reported(self):
        self.ws.write_ts("nl", lupdate_ts("nl_NL", 2))
        partial = dict(NL_DICT, messages=[m for m in NL_DICT["messages"] if m["source"] != "Bind"])
        self.ws.write_json("nl", partial)
        rc, out = self.ws.fill()
        self.assertEqual(rc, 1)
        self.assertIn("nl: 5 translated, 1 missing", out)
        self.assertIn("missing GatewayPage: 'Bind'", out)
        tr = messages(self.ws.read_ts("nl"))[("GatewayPage", "Bind", "")]
        self.assertEqual(tr.get("type"), "unfinished")

    def test_entry_removed_from_dictionary_clears_old_translation(self):
        self.ws.write_ts("nl", lupdate_ts("nl_NL", 2))
        self.ws.write_json("nl", NL_DICT)
        self.ws.fill()
        self.ws.write_json("nl", dict(NL_DICT, messages=NL_DICT["messages"][1:]))
        rc, _ = self.ws.fill()
        self.assertEqual(rc, 1)
        tr = messages(self.ws.read_ts("nl"))[("GatewayPage", "Start", "")]
        self.assertEqual(tr.get("type"), "unfinished")
        self.assertFalse(tr.text)

    def test_wrong_number_of_plural_forms_is_missing(self):
        self.ws.write_ts("ru", lupdate_ts("ru", 3))
        ru = {"locale": "ru", "messages": [
            {"context": "UsagePage", "source": "%n request(s)", "comment": "", "numerus": True,
             "translations": ["%n запрос", "%n запросов"]}]}
        self.ws.write_json("ru", ru)
        rc, out = self.ws.fill()
        self.assertEqual(rc, 1)
        self.assertIn("2 plural forms given, the language has 3", out)

    def test_three_plural_forms_filled(self):
        self.ws.write_ts("ru", lupdate_ts("ru", 3))
        ru = {"locale": "ru", "messages": [
            {"context": "UsagePage", "source": "%n request(s)", "comment": "", "numerus": True,
             "translations": ["%n запрос", "%n запроса", "%n запросов"]}]}
        self.ws.write_json("ru", ru)
        self.ws.fill()
        tr = messages(self.ws.read_ts("ru"))[("UsagePage", "%n request(s)", "")]
        self.assertEqual([f.text for f in tr.findall("numerusform")],
                         ["%n запрос", "%n запроса", "%n запросов"])
        self.assertNotIn("type", tr.attrib)

    def test_missing_dictionary_reports_everything(self):
        self.ws.write_ts("ko", lupdate_ts("ko", 1))
        rc, out = self.ws.fill()
        self.assertEqual(rc, 1)
        self.assertIn("ko: 0 translated, 6 missing", out)

    def test_unused_entries_are_reported_without_failing(self):
        self.ws.write_ts("nl", lupdate_ts("nl_NL", 2))
        extra = {"context": "Gone", "source": "Vanished text", "comment": "", "translation": "Weg"}
        self.ws.write_json("nl", dict(NL_DICT, messages=NL_DICT["messages"] + [extra]))
        rc, out = self.ws.fill()
        self.assertEqual(rc, 0, out)
        self.assertIn("1 dictionary entries unused", out)
        self.assertIn("unused Gone: 'Vanished text'", out)


def ts_with(translation_xml, lang="nl_NL", source="Copy %1", numerus=False):
    """A one-message .ts file whose <translation> element is translation_xml."""
    attr = ' numerus="yes"' if numerus else ""
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}">\n'
            f"<context>\n    <name>Ctx</name>\n    <message{attr}>\n        <source>{source}</source>\n"
            f"        {translation_xml}\n    </message>\n</context>\n</TS>\n")


class CheckTest(unittest.TestCase):
    def setUp(self):
        self.ws = Workspace()
        self.addCleanup(self.ws.tmp.cleanup)

    def assert_check(self, ts_text, ok, reason=None, locale="nl"):
        path = self.ws.write_ts(locale, ts_text)
        rc, out = self.ws.check()
        self.assertEqual(rc, 0 if ok else 1, out)
        if reason:
            self.assertIn(f"{path}:Ctx:", out)
            self.assertIn(reason, out)

    def test_cases(self):
        cases = [
            ("finished", ts_with("<translation>%1 kopiëren</translation>"), True, None),
            ("unfinished", ts_with('<translation type="unfinished">%1 kopiëren</translation>'),
             False, "unfinished"),
            ("vanished", ts_with('<translation type="vanished">%1 kopiëren</translation>'),
             False, "vanished"),
            ("obsolete", ts_with('<translation type="obsolete">%1 kopiëren</translation>'),
             False, "obsolete"),
            ("empty", ts_with("<translation></translation>"), False, "empty translation"),
            ("placeholder missing", ts_with("<translation>kopiëren</translation>"), False,
             "placeholder mismatch in translation: missing %1"),
            ("placeholder extra", ts_with("<translation>%1 %2 kopiëren</translation>"), False,
             "extra %2"),
            ("localized arg differs", ts_with("<translation>%L1</translation>", source="%1 items"),
             False, "missing %1, extra %L1"),
            ("localized arg kept", ts_with("<translation>%L1 stuks</translation>", source="%L1 items"),
             True, None),
            ("percent sign is no placeholder",
             ts_with("<translation>10% korting: %1</translation>", source="10% off: %1"), True, None),
            ("numerus ok", ts_with("<translation><numerusform>%n verzoek</numerusform>"
                                   "<numerusform>%n verzoeken</numerusform></translation>",
                                   source="%n request(s)", numerus=True), True, None),
            ("numerus form without %n", ts_with("<translation><numerusform>één verzoek</numerusform>"
                                                "<numerusform>%n verzoeken</numerusform></translation>",
                                                source="%n request(s)", numerus=True),
             False, "placeholder mismatch in plural form 0: missing %n"),
            ("numerus empty form", ts_with("<translation><numerusform>%n verzoek</numerusform>"
                                           "<numerusform></numerusform></translation>",
                                           source="%n request(s)", numerus=True),
             False, "plural form 1 is empty"),
            ("numerus too few forms", ts_with("<translation><numerusform>%n verzoeken</numerusform>"
                                              "</translation>", source="%n request(s)", numerus=True),
             False, "1 plural forms, the language has 2"),
        ]
        for name, text, ok, reason in cases:
            with self.subTest(name):
                self.assert_check(text, ok, reason)

    def test_plural_counts_per_language(self):
        three = ("<translation><numerusform>%n запрос</numerusform><numerusform>%n запроса"
                 "</numerusform><numerusform>%n запросов</numerusform></translation>")
        one = "<translation><numerusform>요청 %n건</numerusform></translation>"
        self.assert_check(ts_with(three, lang="ru", source="%n request(s)", numerus=True), True,
                          locale="ru")
        self.assert_check(ts_with(one, lang="ru", source="%n request(s)", numerus=True), False,
                          "1 plural forms, the language has 3", locale="ru")
        os.remove(os.path.join(self.ws.ts_dir, "clawdesk_ru.ts"))
        self.assert_check(ts_with(one, lang="ko", source="%n request(s)", numerus=True), True,
                          locale="ko")
        self.assert_check(ts_with(three, lang="zh_TW", source="%n request(s)", numerus=True), False,
                          "3 plural forms, the language has 1", locale="zh_TW")

    def test_one_bad_file_fails_the_directory(self):
        self.ws.write_ts("nl", ts_with("<translation>%1 kopiëren</translation>"))
        self.ws.write_ts("da", ts_with('<translation type="unfinished"></translation>', lang="da"))
        rc, out = self.ws.check()
        self.assertEqual(rc, 1)
        self.assertIn("clawdesk_da.ts:Ctx:Copy %1: unfinished", out)
        self.assertIn("clawdesk_nl.ts: 1 messages, 0 problems", out)

    def test_empty_directory_fails(self):
        rc, _ = self.ws.check()
        self.assertEqual(rc, 1)

    def test_unparsable_file_fails(self):
        self.ws.write_ts("nl", "<TS><context>")
        rc, out = self.ws.check()
        self.assertEqual(rc, 1)
        self.assertIn("cannot parse", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
