#!/usr/bin/env python3
"""The seed languages' dictionaries use the terms of translations/GLOSSARY.md.

Usage: tst_seed_terminology.py <translations/source dir>

For every message of nl, da, ru, zh_TW and ko whose English source contains a glossary term,
the translation (each plural form) must contain that language's rendering of it (one of the
listed stems, compared case-insensitively, so that inflected forms such as "шлюза" count).
Also checks the dictionaries' shape: unique keys, placeholders kept, the language's number of
plural forms, no empty text.
"""

import json
import os
import re
import sys
import unittest

SOURCE_DIR = (sys.argv.pop(1) if len(sys.argv) > 1 else
              os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "translations",
                           "source"))

NBH = "\u2011"  # the Russian seed's non-breaking hyphen in "API‑ключ"

# English pattern -> accepted stems per locale (GLOSSARY.md row in the comment).
TERMS = [
    (r"\bgateway\b", {  # 1
        "nl": ["gateway"], "da": ["gateway"], "ru": ["шлюз"], "zh_TW": ["Gateway"],
        "ko": ["게이트웨이"]}),
    (r"\bmodels?\b", {  # 2
        "nl": ["model"], "da": ["model"], "ru": ["модел", "Model/auth"], "zh_TW": ["模型", "Model/auth"],
        "ko": ["모델"]}),
    (r"\bprimary\b", {  # 3
        "nl": ["primair"], "da": ["primær"], "ru": ["основн"], "zh_TW": ["主要"], "ko": ["기본"]}),
    (r"\bdefault model\b", {  # 4
        "nl": ["standaardmodel"], "da": ["standardmodel"], "ru": ["по умолчанию"],
        "zh_TW": ["預設模型"], "ko": ["기본 모델"]}),
    (r"\bfallbacks?\b", {  # 5
        "nl": ["fallback"], "da": ["fallback"], "ru": ["резерв"], "zh_TW": ["備援"], "ko": ["대체"]}),
    (r"\bfailovers?\b", {  # 7
        "nl": ["overgeschakeld", "overschakel"], "da": ["failover"], "ru": ["переключ", "резерв"],
        "zh_TW": ["備援", "切換"], "ko": ["장애 조치"]}),
    (r"\balias(es)?\b", {  # 8
        "nl": ["alias"], "da": ["alias"], "ru": ["алиас"], "zh_TW": ["別名"], "ko": ["별칭"]}),
    (r"\bproviders?\b", {  # 9
        "nl": ["provider"], "da": ["udbyder"], "ru": ["провайдер"], "zh_TW": ["提供者"],
        "ko": ["공급자"]}),
    (r"\bAPI key\b", {  # 11
        "nl": ["API-sleutel"], "da": ["API-nøgle"], "ru": ["API" + NBH + "ключ"], "zh_TW": ["API 金鑰"],
        "ko": ["API 키"]}),
    (r"\bCoding Plan\b", {  # 12
        "nl": ["Coding Plan"], "da": ["Coding Plan"], "ru": ["Coding Plan"], "zh_TW": ["程式設計方案"],
        "ko": ["코딩 플랜"]}),
    (r"\bconfigure\b", {  # 14, 15
        "nl": ["configur"], "da": ["konfigur"], "ru": ["настро", "конфигурац"], "zh_TW": ["設定"],
        "ko": ["구성"]}),
    (r"\bwizard\b", {  # 15
        "nl": ["wizard"], "da": ["guide"], "ru": ["мастер"], "zh_TW": ["精靈"], "ko": ["마법사"]}),
    (r"\bsign(ed)?[- ]in\b", {  # 17
        "nl": ["inlog", "ingelogd", "log in", "log opnieuw in", "login"], "da": ["log ind", "login", "logge ind", "logget ind"],
        "ru": ["вход", "войт", "войд"], "zh_TW": ["登入"], "ko": ["로그인"]}),
    (r"\btokens?\b", {  # 20, 21
        "nl": ["token"], "da": ["token"], "ru": ["токен"], "zh_TW": ["token"], "ko": ["토큰"]}),
    (r"\bquota\b", {  # 22
        "nl": ["quotum"], "da": ["kvote"], "ru": ["квот"], "zh_TW": ["配額"], "ko": ["할당량"]}),
    (r"\busage\b", {  # 24
        "nl": ["gebruik"], "da": ["forbrug"], "ru": ["использ"], "zh_TW": ["使用量"], "ko": ["사용량"]}),
    (r"\bcost\b", {  # 25
        "nl": ["kosten"], "da": ["omkostning"], "ru": ["стоимост"], "zh_TW": ["成本"], "ko": ["비용"]}),
    (r"\brequests?\b", {  # 26
        "nl": ["verzoek"], "da": ["anmodning"], "ru": ["запрос"], "zh_TW": ["請求"], "ko": ["요청"]}),
    (r"\blocal\b", {  # 28
        "nl": ["loka"], "da": ["lokal"], "ru": ["локальн"], "zh_TW": ["本地"], "ko": ["로컬"]}),
    (r"\btray\b", {  # 31
        "nl": ["systeemvak"], "da": ["systembakke"], "ru": ["трей", "трея", "трее"], "zh_TW": ["系統匣"],
        "ko": ["트레이"]}),
    (r"\brestart\b", {  # 33
        "nl": ["herstart"], "da": ["genstart"], "ru": ["перезапус"], "zh_TW": ["重新啟動"],
        "ko": ["다시 시작"]}),
    (r"\bconnection\b", {  # 34
        "nl": ["verbinding"], "da": ["forbindelse"], "ru": ["подключ"], "zh_TW": ["連線"], "ko": ["연결"]}),
    (r"\benvironment variable\b", {  # 38
        "nl": ["omgevingsvariabele"], "da": ["miljøvariabl"], "ru": ["переменн"], "zh_TW": ["環境變數"],
        "ko": ["환경 변수"]}),
    (r"\bbase URL\b", {  # 40
        "nl": ["basis-URL"], "da": ["basis-URL"], "ru": ["базов"], "zh_TW": ["基礎 URL"],
        "ko": ["기본 URL"]}),
    (r"\bkeychain\b", {  # 45
        "nl": ["sleutelbos"], "da": ["nøglering"], "ru": ["хранилищ"], "zh_TW": ["鑰匙圈"],
        "ko": ["키체인"]}),
]

PLURAL_FORMS = {"nl": 2, "da": 2, "ru": 3, "zh_TW": 1, "ko": 1}
PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")


def load(locale):
    with open(os.path.join(SOURCE_DIR, f"{locale}.json"), encoding="utf-8") as fh:
        return json.load(fh)


def texts(entry):
    return entry["translations"] if entry.get("numerus") else [entry["translation"]]


class SeedTerminologyTest(unittest.TestCase):
    def test_dictionaries_are_well_formed(self):
        for locale, forms in PLURAL_FORMS.items():
            with self.subTest(locale):
                data = load(locale)
                self.assertEqual(data["locale"], locale)
                seen = set()
                for entry in data["messages"]:
                    key = (entry["context"], entry["source"], entry["comment"])
                    self.assertNotIn(key, seen, f"duplicate {key}")
                    seen.add(key)
                    values = texts(entry)
                    if entry.get("numerus"):
                        self.assertEqual(len(values), forms, key)
                    wanted = set(PLACEHOLDER.findall(entry["source"]))
                    for value in values:
                        self.assertTrue(value, key)
                        self.assertEqual(set(PLACEHOLDER.findall(value)), wanted, f"{locale} {key}")
                self.assertGreater(len(seen), 0)

    def test_glossary_terms_are_used(self):
        checked = 0
        for locale in PLURAL_FORMS:
            data = load(locale)
            for pattern, stems in TERMS:
                regex = re.compile(pattern, re.IGNORECASE)
                accepted = [s.casefold() for s in stems[locale]]
                for entry in data["messages"]:
                    if not regex.search(entry["source"]):
                        continue
                    for value in texts(entry):
                        checked += 1
                        with self.subTest(locale=locale, term=pattern, source=entry["source"]):
                            self.assertTrue(any(s in value.casefold() for s in accepted),
                                            f"{value!r} lacks {stems[locale]}")
        # Guard against a pattern typo silently matching nothing.
        self.assertGreater(checked, 5 * 100)

    def test_every_pattern_occurs_in_the_sources(self):
        sources = [e["source"] for e in load("nl")["messages"]]
        for pattern, _stems in TERMS:
            with self.subTest(pattern):
                self.assertTrue(any(re.search(pattern, s, re.IGNORECASE) for s in sources))


if __name__ == "__main__":
    unittest.main(verbosity=1)
