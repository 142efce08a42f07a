"""Redaction before anything leaves the machine: personal details become numbered placeholders.

What is found, and how (the word lists live in `redact.yaml`):

- EMAIL: the address pattern.
- ID: IBANs and other numbers with a check digit, validated by python-stdnum (IBAN anywhere; FR NIR, DE tax id,
  IN Aadhaar and PAN, IT codice fiscale, ZA id, CH AHV, UK NI number and US SSN by shape); any other identifier
  after a label such as "Passport no.", "Employee ID", "SIN:" or "Tax file number".
- PHONE: Google's libphonenumber (the phonenumbers package) over the regions reviewer meets, plus any number
  after a phone label.
- DOB: a date after "Date of birth", "born", "né le", "geboren am"...
- ADDRESS: a street (number and street word in the English, Romance and Germanic orders), PO boxes, postcodes with
  their town, and the rest of the line after an address label; the address grows over the comma-separated parts
  around it (unit, town, state, postcode).
- ORG: capitalised words ending in a legal form (Ltd, GmbH, S.A., Pvt. Ltd., Co., Ltd.).
- NAME: the name phrase after a title or greeting (Ms, Herr, Dear), after a label (Candidate:, reviewed by), before
  a party role ("Candidate"), in a signature after a closing, a common given name followed by a surname, or a
  surname-first family name (Nguyễn, Trần); a learnt name's parts are learnt too (Siobhan O'Brien -> Siobhan).
- MONEY: every amount reviewer parses. Amounts are pay terms the model needs to judge unpaid or token pay, so the
  placeholder keeps the currency, the amount rounded to two significant figures and the pay unit
  ("[MONEY_1 ~ GBP 59,000 per year]"): the exact figure stays on this machine, the order of magnitude does not.

Every occurrence of a learnt value is replaced, whole words only, longest first; the model's answer is restored.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable, Iterator

from pydantic import BaseModel, ConfigDict

from .values import parse_money
from .yamlio import load_yaml

KINDS = ("EMAIL", "ID", "PHONE", "DOB", "ADDRESS", "ORG", "NAME", "MONEY")  # earlier kinds win an overlap
PLACEHOLDER = re.compile(r"\[(EMAIL|ID|PHONE|DOB|ADDRESS|ORG|NAME|MONEY)_(\d+)(?:[ :~][^\]\n]{0,60})?\]")

# bounded repeats keep every pattern built on WORD linear on adversarial text ("Aa-Aa-Aa-..." for pages)
WORD = r"[^\W\d_]{1,40}(?:['’][^\W\d_]{1,40}){0,2}(?:-[^\W\d_]{1,40}(?:['’][^\W\d_]{1,40}){0,2}){0,3}"
# an initial or initials ("K.", "P.J."), a word, or the Dutch particle "'t" ("van 't Hof")
TOKEN = re.compile(rf"(?P<init>\b(?:[^\W\d_]\.){{1,3}}(?=[ \t]))|(?P<word>(?<!\w)['’]t(?=[ \t])|{WORD})")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_CANDIDATE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){2,9}\b")
MONTHS = (r"(?:jan(?:uary|vier|uar|\.)?|feb(?:ruary|ruar|\.)?|févr(?:ier)?|mar(?:ch|s|\.)?|märz|apr(?:il|\.)?|avr(?:il)?|"
          r"jänner|jän|may|mai|jun(?:e|i|\.)?|juin|jul(?:y|i|\.)?|juil(?:let)?|aug(?:ust|\.)?|août|sep(?:t(?:ember|embre)?|\.)?|"
          r"oct(?:ober|obre|\.)?|okt(?:ober)?|nov(?:ember|embre|\.)?|dec(?:ember|\.)?|déc(?:embre)?|dez(?:ember)?|"
          r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|"
          r"febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)")
DATE = re.compile(rf"(?i)\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
                  rf"\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+(?:of\s+)?{MONTHS}\.?,?\s+\d{{4}}|{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
                  # an era or a year, then month and day in Chinese, Japanese or Korean: 民國82年5月9日, 1990년 5월 9일
                  r"(?:民國|民国|令和|平成|昭和)?\d{1,4}[ \t]?[年년][ \t]?\d{1,2}[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일]?")
DOB_AFTER = re.compile(r"(?i)[ \t]*(?:geboren|né|née|nata|nato|nacido|nacida|geb\.)(?!\w)")
ID_TOKEN = re.compile(r"(?:[A-Z0-9Α-ΩА-ЯІЇЄҐ]+(?:[ ./-](?=[A-Z0-9Α-ΩА-ЯІЇЄҐ]))?)+")  # Latin, Greek or Cyrillic capitals
PHONE_TOKEN = re.compile(r"\+?\(?\d[\d ()./-]{5,22}\d")
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
AHV = re.compile(r"\b756\.\d{4}\.\d{4}\.\d{2}\b")
PAN = re.compile(r"\b[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]\b")
CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b")
LONG_DIGITS = re.compile(r"(?<![\d.,])\d(?:[ ]?\d){10,14}(?![\d.,])")
UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
CA_POSTCODE = re.compile(r"\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z] ?\d[A-Z]\d\b")
US_STATE_ZIP = re.compile(r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|"
                          r"T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b")
AU_STATE_POSTCODE = re.compile(r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b")
EIRCODE = re.compile(r"\b[AC-FHKNPRTV-Y]\d[\dW] ?[AC-FHKNPRTV-Y\d]{4}\b")
CA_POSTCODE_ALONE = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b")
DASH_POSTCODE_TOWN = re.compile(r"\b\d{2,4}-\d{3}[ \t]+(?=[^\W\d_])")  # 00-514 Warszawa, 4050-126 Porto
NL_POSTCODE = re.compile(r"\b\d{4} ?[A-Z]{2}\b")
NUMBER_TOWN = re.compile(r"\b(?:\d{5}|\d{4}|\d{6})[ \t]+(?=[^\W\d_])")  # 75002 Paris, 8001 Zürich
TOWN_NUMBER = re.compile(rf"(?:{WORD})(?:[ \t]+{WORD}){{0,2}}[ \t]*[-–]?[ \t]*(?!0\d{{3}}\b)\d{{4,6}}\b(?![-/.,]\d|[ \t]+\d)")
HOUSE_NUMBER = (r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?){0,2}(?:-(?:I{1,3}|IV|hs|H)(?![\w-]))?(?:[ \t]+(?:bis|ter)(?!\w))?"
                r"(?:[ \t]+(?:m\.|lok\.|whg\.|top|apt\.?|app\.?|esc\.?)[ \t]*\d{1,4}[A-Za-z]?)?")
POSTCODE_ALONE = re.compile(r"\d{4,6}")  # "119019, г. Москва": a postcode before the town
YEAR = re.compile(r"^(?:19|20)\d\d$")
# Chinese, Japanese (kana) and Korean letters: no capitals and no spaces between words.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# Letters (with their vowel signs) of scripts without capitals that put spaces between words.
SPACED_UNCASED = re.compile("[\u0621-\u065f\u0670-\u06d3\u06d5-\u06ef\u06fa-\u06ff]+|[\u05d0-\u05ea\u0591-\u05c7]+|"
                            "[\u0900-\u0963\u0971-\u097f]+|[\u0980-\u09e3\u09f0-\u09f1]+")
JP_POSTCODE = re.compile(rf"〒[ \t]?\d{{3}}-\d{{4}}[ \t]*[{CJK}0-9０-９-]*")
CJK_LETTER = re.compile(f"[{CJK}]")
CJK_RUN = re.compile(f"[{CJK}]{{2,30}}")
# Chinese, Japanese and Korean name letters (kanji, katakana, hangul: not hiragana, which writes "お客様")
CJK_NAME = re.compile("[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,4}"
                      "(?:[ \u3000][\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,4})?")
ASIDE = r"(?:[ \t]*[(（][^)）\n]{0,20}[)）])?"  # "乙方（实习生）：", "Name (as on passport):"
LABEL_WORDS = r"(?:[ \t]+[^\W\d_]{1,20}){0,3}?"  # "Адрес для документов:", "Versichertennummer der Krankenkasse:"
ACRONYM_NUMBER = re.compile(r"(?<![\w.])((?:[^\W\d_]\.){2,5}|[^\W\d_]{2,6})[ \t]*[:：(]?[ \t]*(?=[A-Z]?\d)")
NAME_BEFORE_PHONE = re.compile(rf"(?<![\w@.-])({WORD})[ \t]+(?:at|on|au|al|unter|op|sur|em|no|на|στο)\s+"
                               r"(?=\+?\(?\d[\d ()./-]{6,}\d)")
COORDINATED = re.compile(rf"[ \t]+(?:and|or|et|ou|o|y|e|und|oder|en|of|и|або|και|ή)[ \t]+(?:(?:a|à|an|to)[ \t]+)?({WORD})"
                         rf"(?:[ \t]+({WORD}))?")
INITIALS_NAME = re.compile(rf"(?<![\w.])((?:[A-Z]\.[ \t]?){{1,3}})[ \t]*((?:(?:van|von|de|der|den|du|da|di|del|la|le|ten|ter|['’]t)[ \t]+){{0,3}})"
                           rf"({WORD})")
# The most common Chinese surnames (traditional and simplified); with one or two more letters, standing alone, a name.
CJK_SURNAMES = ("王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林高羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董潘"
                "袁蔡蔣蒋余于杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦傅方白鄒邹孟熊秦邱江尹薛閻阎段"
                "雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严武戴莫孔向湯汤")
CJK_SURNAME_NAME = re.compile(rf"(?<![{CJK}\w])[{CJK_SURNAMES}][\u4e00-\u9fff]{{2}}(?![{CJK}\w])")
RUN_LEFT = re.compile(rf"(?:({WORD})|&)[ \t]*\Z")  # the capitalised run around a business word, a word at a time
RUN_RIGHT = re.compile(rf"[ \t]*(?:({WORD})|&)")
WORD_LEFT = re.compile(rf"({WORD})[ \t]+\Z")
WORD_RIGHT = re.compile(rf"[ \t]+({WORD})")
ID_SHAPE = re.compile(r"(?<![\w-])(?=[A-Z0-9]{0,19}\d)(?=[A-Z0-9]{0,19}[A-Z])[A-Z0-9]{8,20}(?![\w-])")


class Knowledge(BaseModel):
    """The word lists in redact.yaml."""

    model_config = ConfigDict(extra="forbid")

    titles: list[str]
    greetings: list[str]
    name_labels: list[str]
    name_lead_ins: list[str]
    named_roles: list[str]
    name_suffixes_cjk: list[str]
    party_roles: list[str]
    closings: list[str]
    particles: list[str]
    given_names: list[str]
    surnames_first: list[str]
    not_names: list[str]
    street_types: list[str]
    strong_street_types: list[str]
    street_words_before: list[str]
    house_number_words: list[str]
    street_suffixes: list[str]
    address_unit_words: list[str]
    po_boxes: list[str]
    address_labels: list[str]
    id_labels: list[str]
    id_number_words: list[str]
    phone_labels: list[str]
    dob_labels: list[str]
    org_suffixes: list[str]
    org_forms_cjk: list[str]
    org_labels: list[str]
    business_words: list[str]
    org_heads: list[str]
    law_words: list[str]
    currency_codes: list[str]


def _phrase(label: str) -> bool:
    """An address label that reads as a phrase ("residing at", "wohnhaft") and needs no colon."""
    return label.split()[-1] in ("at", "in", "à") or label in ("wohnhaft", "demeurant")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    k: Knowledge
    given: frozenset[str]
    surnames: frozenset[str]
    given_alone: frozenset[str]
    surname_first: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]
    unit_words: frozenset[str]
    title_set: frozenset[str]
    titles: re.Pattern[str]
    greetings: re.Pattern[str]
    name_labels: re.Pattern[str]
    name_lead_ins: re.Pattern[str]
    named_role: re.Pattern[str]
    cjk_name_before: re.Pattern[str]
    party_role: re.Pattern[str]
    party_role_before: re.Pattern[str]
    closings: re.Pattern[str]
    street_en: re.Pattern[str]
    street_en_strong: re.Pattern[str]
    street_before: re.Pattern[str]
    street_after: re.Pattern[str]
    street_suffix: re.Pattern[str]
    po_box: re.Pattern[str]
    address_label: re.Pattern[str]
    id_label: re.Pattern[str]
    id_number_label: re.Pattern[str]
    dob_label: re.Pattern[str]
    phone_label: re.Pattern[str]
    org: re.Pattern[str]
    org_cjk: re.Pattern[str]
    org_label: re.Pattern[str]
    business: frozenset[str]
    org_heads: frozenset[str]
    domain_words: frozenset[str]
    law_before: re.Pattern[str]
    currency_amount: re.Pattern[str]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """The compiled rules, built once from redact.yaml."""
    k = Knowledge.model_validate(load_yaml((Path(__file__).with_name("redact.yaml")).read_text(encoding="utf-8")))
    names = Path(__file__).with_name("names")  # built from Faker's locales by scripts/build_names.py
    given_file = set((names / "given.txt").read_text(encoding="utf-8").split())
    surnames = frozenset((names / "surnames.txt").read_text(encoding="utf-8").split())
    alone = frozenset((names / "given_alone.txt").read_text(encoding="utf-8").split())
    titles = [t.rstrip(".") for t in k.titles]
    number = HOUSE_NUMBER
    cap_words = rf"(?:(?:{WORD}|\d+(?:st|nd|rd|th))[ \t]+){{0,4}}?"
    short_ids = [w for w in k.id_labels if len(w) <= 4]
    long_ids = [w for w in k.id_labels if len(w) > 4]
    return _Rules(
        k=k,
        given=frozenset(k.given_names) | given_file,
        surnames=surnames,
        given_alone=alone - frozenset(w.capitalize() for w in k.not_names),
        surname_first=frozenset(k.surnames_first),
        # not "Hello Wanjiku" (a greeting that is no given name: "Cara" is one), not "approved by Client"
        not_names=frozenset(w.lower() for w in k.not_names + k.party_roles + k.named_roles
                            + [g for g in k.greetings if g not in given_file]),
        particles=frozenset(k.particles),
        unit_words=frozenset(w.lower() for w in k.address_unit_words),
        title_set=frozenset(titles),
        titles=re.compile(rf"(?<![\w.])(?:{_alt(titles)})\.?(?=[ \t]+[^\W\d_])"),
        greetings=re.compile(rf"(?<![\w])(?:{_alt(k.greetings)})(?=[ \t,]+[^\W\d_])"),
        name_labels=re.compile(rf"(?im)(?:^|(?<=[\s(;,/、，。；（]))(?:{_alt(k.name_labels)}){ASIDE}[ \t]*[:：][ \t]*"),
        name_lead_ins=re.compile(rf"(?i)(?<![\w])(?:{_alt(k.name_lead_ins)})[ \t:]+(?=[^\W\d_])"),
        named_role=re.compile(rf"(?i)(?<![\w])(?:{_alt(k.named_roles)})(?:[ \t]+(?:for|during|on|at|in|from)[ \t]+"
                              rf"[^.\n:]{{1,30}}?)?[ \t]+(?:is|will be)[ \t]+(?=[^\W\d_])"),
        cjk_name_before=re.compile(rf"(?<![{CJK}])({CJK_NAME.pattern})[ \u3000]?(?:{_alt(k.name_suffixes_cjk)})"),
        party_role_before=re.compile(rf"(?i)(?<![\w])(?:the[ \t]+)?(?:{_alt(k.party_roles)})[ \t]*,[ \t]+(?=[^\W\d_])"),
        party_role=re.compile(rf"(?i)[ \t]*\([ \t]*(?:the[ \t]+)?[\"“']?(?:{_alt(k.party_roles)})[\"”']?[ \t]*\)"),
        closings=re.compile(rf"(?i)^[ \t]*(?:{_alt(k.closings)})\b[^\n]{{0,40}}$"),
        street_en=re.compile(rf"(?<![\w/]){number},?[ \t]+{cap_words}(?:{_alt(k.street_types)})\b\.?(?:[ \t]+[NSEW]\b)?"),
        street_en_strong=re.compile(rf"(?<![\w])(?:(?:{WORD})[ \t]+){{1,3}}(?:{_alt(k.strong_street_types)})\b\.?"),
        street_before=re.compile(rf"(?i)(?<![\w/]){number}(?:[ \t]+(?:bis|ter))?,?[ \t]+(?:{_alt(k.street_words_before)})"
                                 rf"(?![\w])[^\n,;]{{1,40}}"),
        street_after=re.compile(rf"(?i)(?<![\w])(?:{_alt(k.street_words_before)})(?![\w])\.?[ \t]+[^\n,;]{{1,40}}?"
                                rf"(?:[ \t]|,[ \t]*(?:(?:{_alt(k.house_number_words)})\.?[ \t]*)?){number}\b"),
        # "Lange Nieuwstraat 88 bis": one capitalised word before a one-word street name belongs to it
        street_suffix=re.compile(rf"(?:\b[A-Z][^\W\d_]{{1,20}}[ \t]+)?(?i:\b[^\W\d_]*(?:{_alt(k.street_suffixes)})\.?[ \t]+{number})(?!\w)"),
        po_box=re.compile(rf"(?<![\w])(?:{_alt(k.po_boxes)})[ \t]+\d[\d \t]{{0,10}}\d?\b"),
        address_label=re.compile(rf"(?im)(?:^|(?<=[\s(;,]))(?:(?:{_alt([w for w in k.address_labels if not _phrase(w)])})"
                                 rf"(?:[ \t]+[^\W\d_]{{1,20}}){{0,6}}?(?:[ \t]*[(（][^)）\n]{{0,40}}[)）])?[ \t]*[:：]|(?:{_alt([w for w in k.address_labels if _phrase(w)])})(?!\w))[ \t]*(?=\S)"),
        id_label=re.compile(rf"(?i)(?<![\w])(?:(?:{_alt(long_ids)})|(?:{_alt(short_ids)})(?=[ \t]*(?:\([^)\n]{{0,30}}\))?[ \t]*(?:no\.?|number|#)?[ \t]*[:：]|[ \t]+(?:is|ist|est|es|è)[ \t]|[ \t]+[A-Z]?\d{{6,}}))"
                            r"\.?(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*(?:no\.?|number|nr\.?|n°|№|#)?[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*[:：#]?[ \t]*"
                            r"(?:(?:is|ist|est|es|è|was|will be)[ \t]+)?"),
        id_number_label=re.compile(rf"(?i)(?:(?<![\w])(?:{_alt([w for w in k.id_number_words if w.isascii()])})\.?|"
                                   rf"(?:{_alt([w for w in k.id_number_words if not w.isascii()])})|(?<=\w)nummer)"
                                   rf"{LABEL_WORDS}{ASIDE}[ \t]*[:：#]?[ \t]*(?=[A-Z0-9])"),
        # "Date of birth as per Class X certificate: 17-08-1994": a short aside before the colon
        dob_label=re.compile(rf"(?i)(?<![\w])(?:{_alt(k.dob_labels)})(?:[^\n:：]{{0,50}}[:：]|[ \t]*[:：]?)[ \t]*"),
        phone_label=re.compile(rf"(?i)(?<![\w])(?:{_alt(k.phone_labels)})\.?(?:[ \t]+(?:no\.?|number))?"
                               r"(?:[ \t]+(?:at|on))?[ \t]*[:：]?[ \t]*(?=[+(\d])"),
        # "Co." is a legal form, not the county of "Co. Galway"; a legal form written in capitals ends a name too
        org=re.compile(rf"(?<![\w])(?:(?:{WORD}|&)[ \t]+){{0,4}}(?:{WORD}),?[ \t]+(?:{_alt(k.org_suffixes + [x.upper() for x in k.org_suffixes])})"
                       rf"(?![\w])(?<!Co\.(?=[ \t][A-Z]))(?<!Co(?=\.?[ \t][A-Z]))(?<!Co(?=-))"),
        org_cjk=re.compile(rf"[{CJK}]{{2,24}}?(?:{_alt(k.org_forms_cjk)})"),
        org_label=re.compile(rf"(?im)(?:^|(?<=[\s(;,/]))(?:{_alt(k.org_labels)}){ASIDE}[ \t]*[:：][ \t]*(?=\S)"),
        business=frozenset(w.lower() for w in k.business_words),
        org_heads=frozenset(w.lower() for w in k.org_heads),
        domain_words=frozenset((names / "domain_words.txt").read_text(encoding="utf-8").split()),
        law_before=re.compile(rf"(?i)(?<!\w)(?:{_alt(k.law_words)})\.?[ \t]*\Z"),
        currency_amount=re.compile(rf"\b(?:{_alt(k.currency_codes)})[ \t]?\d{{1,3}}(?:[,.' ’]\d{{2,3}})*(?:[.,]\d{{1,2}})?(?!\d)"),
    )


@dataclass(frozen=True)
class Span:
    """A personal detail found in the text."""

    start: int
    end: int
    kind: str


# --- finding ---------------------------------------------------------------------------------------------------------

def find_personal(text: str) -> list[Span]:
    """Every personal detail in `text`, without overlaps (the earlier kind in KINDS wins, then the longer span)."""
    r = rules()
    found: list[Span] = []
    for finder in (_emails, _ids, _phones, _dobs, _addresses, _orgs, _names, _money):
        found += finder(text, r)
    found += _named_before_address(text, [s for s in found if s.kind == "ADDRESS"], r)
    found = [s for s in found if s.end > s.start]
    found.sort(key=lambda s: (KINDS.index(s.kind), -(s.end - s.start), s.start))
    starts: list[int] = []  # the accepted spans, sorted and disjoint
    taken: list[Span] = []
    for s in found:
        i = bisect.bisect_left(starts, s.start)
        if s.kind == "ADDRESS" and i < len(taken) and taken[i].start < s.end and not (i > 0 and taken[i - 1].end > s.start):
            # an address running into a number taken already ("..., 04571-011"): keep what comes before it
            cut = text[s.start:taken[i].start].rstrip(" \t,;(")
            if len(cut) >= 8 and any(c.isdigit() for c in cut):
                s = Span(s.start, s.start + len(cut), s.kind)
        if (i < len(taken) and taken[i].start < s.end) or (i > 0 and taken[i - 1].end > s.start):
            continue
        starts.insert(i, s.start)
        taken.insert(i, s)
    return taken


def _emails(text: str, r: _Rules) -> list[Span]:
    return [Span(m.start(), m.end(), "EMAIL") for m in EMAIL.finditer(text)]


def _ids(text: str, r: _Rules) -> list[Span]:
    from stdnum import iban, verhoeff
    from stdnum.au import abn
    from stdnum.de import idnr
    from stdnum.fr import nir
    from stdnum.it import codicefiscale
    from stdnum.za import idnr as za_idnr

    out: list[Span] = []
    for m in IBAN_CANDIDATE.finditer(text):
        value = m.group(0)
        while value:  # the longest prefix that is a valid IBAN (the pattern may run into the next word)
            if iban.is_valid(value):
                out.append(Span(m.start(), m.start() + len(value), "ID"))
                break
            value = value[:value.rfind(" ")] if " " in value else ""
    for pattern in (SSN, NINO, AHV, PAN):
        out += [Span(m.start(), m.end(), "ID") for m in pattern.finditer(text)]
    out += [Span(m.start(), m.end(), "ID") for m in CODICE_FISCALE.finditer(text) if codicefiscale.is_valid(m.group(0))]
    for m in LONG_DIGITS.finditer(text):
        digits = m.group(0).replace(" ", "")
        if ((len(digits) == 12 and verhoeff.is_valid(digits)) or (len(digits) == 11 and (idnr.is_valid(digits)
                                                                                       or abn.is_valid(digits)))
                or (len(digits) == 13 and (za_idnr.is_valid(digits) or nir.is_valid(digits)))
                or (len(digits) == 15 and nir.is_valid(digits))):
            out.append(Span(m.start(), m.end(), "ID"))
    for m in r.id_label.finditer(text):
        end = _id_after(text, m.end(), r)
        if end is not None:
            out.append(Span(m.end(), end, "ID"))
    for m in r.id_number_label.finditer(text):  # "Works number", "社員番号": not a date ("Order no. 12-03-2026")
        end = _id_after(text, m.end(), r)  # nor a law's number ("Law No. 65-99", "Lei nº 9.610/98")
        law = r.law_before.search(text[max(0, m.start() - 30):m.start()])
        if end is not None and not DATE.fullmatch(text[m.end():end]) and law is None:
            out.append(Span(m.end(), end, "ID"))
    for m in ACRONYM_NUMBER.finditer(text):  # "ИНН 500100732259", "ΑΦΜ 094259216": a short capital label
        if m.group(1).replace(".", "").isupper() and m.group(1) not in r.k.currency_codes:
            end = _id_after(text, m.end(), r)
            if end is not None and sum(c.isdigit() for c in text[m.end():end]) >= 6:
                out.append(Span(m.end(), end, "ID"))
    for m in ID_SHAPE.finditer(text):  # "A012345678Z", "L01X00T47": capitals and four or more digits, mixed
        if sum(c.isdigit() for c in m.group(0)) >= 4 and m.group(0)[:3] not in r.k.currency_codes:
            out.append(Span(m.start(), m.end(), "ID"))
    return out


def _id_after(text: str, pos: int, r: _Rules) -> int | None:
    """End of the identifier that starts at `pos` (after a label), if one does: digits and short capital groups,
    three digits or more, five characters or more, not an amount."""
    token = ID_TOKEN.match(text, pos)
    if token is None or token.group(0)[:3] in r.k.currency_codes:
        return None
    keep: list[str] = []
    for g in re.split(r"[ ./-]", token.group(0).rstrip(" ./-")):  # stop at a word
        if not (any(c.isdigit() for c in g) or (g.isupper() and len(g) <= 4)):
            break
        keep.append(g)
    end = pos
    for g in keep:
        end = text.index(g, end) + len(g)
    value = text[pos:end]
    if sum(c.isdigit() for c in value) >= 3 and len(value) >= 5:
        return end
    return None


MAX_PHONE_CANDIDATES = 3000
PHONE_REGIONS = ("GB", "US", "AU", "NZ", "IE", "CA", "FR", "DE", "ES", "IT", "NL", "CH", "AT", "BE", "IN", "VN", "SG",
                 "ZA", "PT")


def _phones(text: str, r: _Rules) -> list[Span]:
    import phonenumbers

    out: list[Span] = []
    # libphonenumber's matcher over each run of digits that could be a phone number (running it over the whole
    # text once per region costs seconds on a long document)
    checked = 0
    for cand in PHONE_TOKEN.finditer(text):
        if sum(c.isdigit() for c in cand.group(0)) < 8 or DATE.fullmatch(cand.group(0)):
            continue
        checked += 1
        if checked > MAX_PHONE_CANDIDATES and not cand.group(0).startswith("+"):
            continue  # a page of digit runs is a table, not a contact list: only labelled and +-numbers past here
        if not _phone_shaped(cand.group(0)):
            continue
        raw = cand.group(0).rstrip(" ./-(")
        for region in (None,) if raw.startswith("+") else PHONE_REGIONS:
            try:
                number = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                out.append(Span(cand.start(), cand.start() + len(raw), "PHONE"))
                break
    for m in r.phone_label.finditer(text):
        token = PHONE_TOKEN.match(text, m.end())
        if token and 7 <= sum(c.isdigit() for c in token.group(0)) <= 15:
            out.append(Span(token.start(), token.end(), "PHONE"))
    return out


def _phone_shaped(raw: str) -> bool:
    """Written like a phone number: an international prefix, an area code in brackets, three or more groups, or a
    trunk-prefixed area code and number ("030 12345678"); not a bare run of digits or a "12345-678" reference."""
    if re.search(r"\s[-–]\s|\.\d{3}-\d+\.", raw):  # a range of amounts: "4 200 - 5 300", "181.950-181.957"
        return False
    groups = [g for g in re.split(r"[ .()/-]+", raw) if g]
    digits = sum(len(g) for g in groups)
    return raw.startswith(("+", "(")) or len(groups) >= 3 or (len(groups) == 2 and groups[0].startswith("0") and digits >= 9)


def _dobs(text: str, r: _Rules) -> list[Span]:
    out = []
    for m in r.dob_label.finditer(text):
        d = DATE.match(text, m.end())
        if d:
            out.append(Span(d.start(), d.end(), "DOB"))
    for d in DATE.finditer(text):  # the label after the date: "am 1. Jänner 1990 geboren"
        if DOB_AFTER.match(text, d.end()):
            out.append(Span(d.start(), d.end(), "DOB"))
    return out


def _addresses(text: str, r: _Rules) -> list[Span]:
    anchors: list[tuple[int, int]] = []
    for pattern in (r.street_en, r.street_before, r.street_suffix, r.po_box, UK_POSTCODE, CA_POSTCODE,
                    CA_POSTCODE_ALONE, US_STATE_ZIP, AU_STATE_POSTCODE, EIRCODE, JP_POSTCODE):
        anchors += [(m.start(), m.end()) for m in pattern.finditer(text)]
    for m in r.street_after.finditer(text):  # "Calle Mayor 10", "via Garibaldi 22": never "place at our office 6"
        words = re.findall(WORD, re.sub(rf"(?:[ \t]|,[ \t]*(?:{_alt(r.k.house_number_words)})?\.?[ \t]*){HOUSE_NUMBER}$",
                                        "", m.group(0)))[1:]
        if words and all(_is_cap(w) or w in r.particles for w in words):
            anchors.append((m.start(), m.end()))
    for m in r.street_en_strong.finditer(text):
        words = m.group(0).split()
        if words[0][0].isupper() and not any(w.lower() in r.not_names for w in words[:-1]) \
                and not re.match(r"[ \t]+(?!(?:N|S|E|W|North|South|East|West)\b)[A-Z]", text[m.end():]):
            anchors.append((m.start(), m.end()))  # not "Halsted Lane Capital": a street is not followed by a name
    for m in NL_POSTCODE.finditer(text):
        if re.match(r"[ \t]+[^\W\d_]", text[m.end():]) and text[m.end():].lstrip()[:1].isupper():
            anchors.append((m.start(), m.end()))
    for m in DASH_POSTCODE_TOWN.finditer(text):
        town = re.match(WORD, text[m.end():])
        if town and _is_cap(town.group(0)):
            anchors.append((m.start(), m.end() + len(town.group(0))))
    for m in NUMBER_TOWN.finditer(text):
        town = re.match(WORD, text[m.end():])
        number = m.group(0).strip()
        if town and town.group(0)[0].isupper() and town.group(0).lower() not in r.not_names - _TOWNS \
                and not YEAR.match(number) and not re.match(r"[ \t]*(?:€|EUR|USD|GBP|CHF|\$|%)", text[m.end():]):
            anchors.append((m.start(), m.end() + len(town.group(0))))
    for m in TOWN_NUMBER.finditer(text):
        words = re.findall(WORD, m.group(0))
        number = re.search(r"\d+$", m.group(0)).group(0)  # type: ignore[union-attr]
        if words and all(_is_cap(w) and w.lower() not in r.not_names - _TOWNS for w in words) \
                and not YEAR.match(number) and not re.match(r"[.,]\d", text[m.end():m.end() + 2]):
            anchors.append((m.start(), m.end()))
    for m in UNIT_FIRST.finditer(text):  # "Plot S20114, JAFZA South, Jebel Ali Free Zone, Dubai": a unit, then places
        grown = _grow_addresses(text, [(m.start(1), m.end(1))], r)
        if grown and grown[0][1] > m.end(1) + 3:
            anchors.append(grown[0])
    for m in TW_STREET_NUMBER.finditer(text):  # "7F-2, No. 390, Sec. 1, Fuxing S. Rd., Da'an Dist., Taipei City 106"
        anchors.append((m.start(), m.end()))
    anchors += [(m.start(), m.end()) for m in CJK_ADDRESS.finditer(text)]  # 新竹縣竹北市光明六路東一段88號12樓
    for m in r.address_label.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - m.end() <= 120 and any(c.isdigit() for c in text[m.end():line_end]):
            anchors.append((m.end(), line_end))
    return [Span(s, e, "ADDRESS") for s, e in _grow_addresses(text, anchors, r)]


# A unit and its number first on a line or after a colon, then a comma: the start of an address if places follow
UNIT_FIRST = re.compile(r"(?im)(?:^|(?<=[:：]))[ \t]*((?:flat|apartment|apt|unit|suite|plot|office|villa|shop|level|floor)"
                        r"\.?[ \t]+[A-Z]?\d{1,5}[A-Z]?)(?=,)")
TW_STREET_NUMBER = re.compile(r"\bNo\.[ \t]?\d{1,5}(?:-\d{1,4})?(?=,[ \t]*(?:Sec\.|Ln\.|Lane|Aly\.|Alley|[A-Z][a-z]+ (?:Rd|St)\.))")
CJK_ADDRESS = re.compile(rf"\d{{0,6}}[{CJK}\d]{{0,20}}?[{CJK}](?:路|街|大道|道|巷|弄)(?:[{CJK}\d]{{1,6}}?段)?[\d０-９-]{{1,6}}[號号]"
                         rf"(?:[\d０-９]{{1,3}}[樓楼F](?:之[\d０-９]{{1,3}})?)?")
COMPASS = frozenset({"north", "south", "east", "west", "central"})  # "JAFZA South", "Al Quoz North"
_TOWNS = frozenset({"new", "york", "london", "paris", "berlin", "madrid", "dublin", "amsterdam", "zürich", "zurich",
                    "toronto", "sydney", "melbourne", "bengaluru", "mumbai", "delhi", "auckland", "milano", "milan",
                    "rome"})


def _segment_is_address_part(seg: str, r: _Rules, leftward: bool) -> bool:
    """A comma-separated piece next to an address: a unit, a town, a state, a postcode."""
    seg = seg.strip()
    if not seg or len(seg) > 45 or r.id_label.match(seg):  # not "company number 09876532", "BSN 213749518"
        return False
    words = re.findall(WORD, re.sub(rf"(?<!\w){HOUSE_NUMBER}(?!\w)", " ", seg))  # not the "a" of "3a"
    has_digit = any(c.isdigit() for c in seg)
    if any(w.lower() in r.unit_words for w in words):
        return True
    if leftward:  # before the street only units and buildings: never a department, a company or a phone number
        return has_digit and (1 <= len(words) <= 2 or seg.startswith("#") or POSTCODE_ALONE.fullmatch(seg) is not None
                              or re.fullmatch(r"\d{1,3}F(?:-\d{1,3})?", seg) is not None)  # "7F-2": a floor
    if not words:
        return has_digit
    if any(w[0].islower() and w not in r.particles for w in words):
        return False
    if any(w.lower() in r.not_names - _TOWNS - COMPASS for w in words) and not has_digit:
        return False
    return len(words) <= 4


def _building_name(seg: str, r: _Rules) -> bool:
    """'The Maltings', 'Sunrise Court': a short capitalised name, taken only between a unit and the street."""
    words = re.findall(WORD, seg)
    return 1 <= len(words) <= 3 and not any(c.isdigit() for c in seg) and all(
        _is_cap(w) and (w.lower() not in r.not_names or w.lower() in ("the", "court")) for w in words)


def _grow_addresses(text: str, anchors: list[tuple[int, int]], r: _Rules) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in anchors:  # within its line, and 200 characters either side (a page may be one long line)
        line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
        line_end = text.find("\n", end)
        line_end = min(len(text) if line_end < 0 else line_end, end + 200)
        # a town directly before a postcode: "Manchester M14 5PQ", "Fitzroy VIC 3065"
        m = re.search(rf"(\(?(?:{WORD})\)?[ \t]+){{1,3}}$", text[line_start:start])
        if m and text[start].isupper() and any(c.isdigit() for c in text[start:end]):
            words = re.findall(WORD, m.group(0))
            if all(_is_cap(w) and w.lower() not in r.not_names - _TOWNS for w in words):
                start = line_start + m.start()
        # grow right over ", part", up to the end of the sentence
        while True:
            m = re.match(r",[ \t]*((?:[^,\n;().]|\.(?![ \t]+[^\W\d_]|$)|(?<![^\W\d_]{4})\.)*)", text[end:line_end])
            if not m or not _segment_is_address_part(m.group(1), r, leftward=False):
                break
            end += m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip()))
        # grow left over "part, ": units and numbered parts, and a building name between them and the street
        # ("Apartment 4, The Maltings, 9 Canal Wharf")
        cursor, pending = start, None
        for _ in range(4):
            m = re.search(r"([^,\n;:()]*),[ \t]*$", text[line_start:cursor])
            if not m:
                break
            seg_start = line_start + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            if _segment_is_address_part(m.group(1), r, leftward=True):
                start = cursor = seg_start
                pending = None
            elif pending is None and _building_name(m.group(1), r):
                pending = cursor = seg_start
            else:  # "... the shop at Apartment 4, ": the unit at the end of a sentence
                unit = re.search(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in r.unit_words) + r")\.?[ \t]+\w{1,6}$",
                                 m.group(1).rstrip())
                if unit:
                    start = line_start + m.start(1) + unit.start()
                break
        # a unit prefix without a comma: "Unit 5/22 Smith St", "Flat 3 27 Elm Grove"
        m = re.search(r"(?i)(?:" + "|".join(re.escape(w) for w in r.unit_words) + r")\.?[ \t]+$", text[line_start:start])
        if m:
            start = line_start + m.start()
        while end > start and text[end - 1] in " \t.,;|":
            end -= 1
        spans.append((start, end))
    # an address that goes on over the next line after a comma ("... Avenue 3,\n#08-456, Singapore 560123")
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and re.fullmatch(r"[ \t]*,?[ \t]*\n?[ \t]*", text[merged[-1][1]:start]) and start >= merged[-1][1] \
                and text[merged[-1][1]:start].count("\n") <= 1 and ("," in text[merged[-1][1]:start]
                                                                    or "\n" not in text[merged[-1][1]:start]):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _orgs(text: str, r: _Rules) -> list[Span]:
    out = []
    for m in r.org.finditer(text):
        # the name is the run of capitalised words (and '&') directly before the legal form: "our client Iberia
        # Foods S.A." -> "Iberia Foods S.A."; "Notices go to Brightline Logistics, Inc." -> "Brightline Logistics, Inc."
        words = list(re.finditer(rf"{WORD}|&", m.group(0)))
        suffix_at = _suffix_start(m.group(0), r)
        start = None
        for w in reversed([w for w in words if w.start() < suffix_at]):
            if not (w.group(0) == "&" or _is_cap(w.group(0)) or w.group(0).isupper()) or w.group(0).lower() in ORG_STOP:
                break
            start = m.start() + w.start()
        if start is None:
            continue
        out.append(Span(start, m.end(), "ORG"))
    out += [Span(m.start(), m.end(), "ORG") for m in r.org_cjk.finditer(text)]  # 上海星辰科技有限公司
    for m in r.org_label.finditer(text):  # "Concedente: Padaria Pão de Mel", "甲方：..."
        cjk = CJK_RUN.match(text, m.end())
        end = cjk.end() if cjk else _run_edge(text, m.end(), r, left=False)
        if end > m.end():
            out.append(Span(m.end(), end, "ORG"))
    done = 0
    for m in re.finditer(WORD, text):  # "Mama Oliech Kitchen", "Atelier Kerlouan": a business word in a name
        if m.start() >= done and m.group(0).lower() in r.business and _is_cap(m.group(0)):
            start, end = _run_edge(text, m.start(), r, left=True), _run_edge(text, m.end(), r, left=False)
            done = end
            if any(len(w) >= 3 and w.lower() not in r.not_names | r.business and w not in r.particles
                   for w in re.findall(WORD, text[start:end])) and not _inside_proper_noun(text, start, end):
                out.append(Span(start, end, "ORG"))
    lower_words: set[str] | None = None
    for m in re.finditer(WORD, text):  # "Nefeli Analytics", "TARANG FINTECH": a company word last in a run
        if m.group(0).lower() in r.org_heads and (_is_cap(m.group(0)) or m.group(0).isupper()):
            start = _run_edge(text, m.start(), r, left=True, caps=True)
            words = re.findall(WORD, text[start:m.start()])
            after = re.match(rf"[ \t]+({WORD})", text[m.end():m.end() + 60])
            if lower_words is None:  # words the text also writes in lower case are common words, not a name
                lower_words = {w for w in re.findall(WORD, text) if w.islower()} | r.not_names | r.org_heads | r.domain_words
            if any(len(w) >= 2 and w.lower() not in lower_words
                   and w not in r.particles
                   and w not in r.given for w in words) \
                    and not (after and _is_cap(after.group(1)) and after.group(1).lower() not in r.org_heads):
                out.append(Span(start, m.end(), "ORG"))
    for m in SIGNATURE_ORG.finditer(text):  # "Talent Acquisition Lead | Tijolo Digital": a signature's company
        words = re.findall(WORD, m.group(1))
        if words and all(_is_cap(w, caps=True) or w in r.particles for w in words) \
                and not all(w.lower() in r.not_names for w in words):
            out.append(Span(m.start(1), m.end(1), "ORG"))
    return out


# "Role | Company" or "Name | Role" at the end of a signature line: the part after the last bar, when it is a
# short run of capitalised words
SIGNATURE_ORG = re.compile(rf"(?m)^[^\n|]{{2,60}}[ \t]+\|[ \t]+((?:{WORD})(?:[ \t]+(?:{WORD}|&)){{0,4}})[ \t]*(?=\||$)")


def _inside_proper_noun(text: str, start: int, end: int) -> bool:
    """The run is part of a longer capitalised phrase ("Restaurant Industry Award", "the Company's Osaka Studio")."""
    after = re.match(rf"[ \t]+({WORD})", text[end:end + 60])
    before = re.search(rf"({WORD})(?:['’]s)?[ \t]+\Z", text[max(0, start - 60):start])
    return bool(after and _is_cap(after.group(1))) or bool(before and _is_cap(before.group(1))
                                                           and before.group(1).lower() not in ORG_STOP)


def _run_edge(text: str, pos: int, r: _Rules, left: bool, caps: bool = False) -> int:
    """Where the run of capitalised words (with '&' and name particles inside) around `pos` ends, on its line,
    going left or right, six words at most; not over a stop word ("between", "the") or a word that is never part
    of a name."""
    edge = pos
    for _ in range(6):
        m = RUN_LEFT.search(text, max(0, edge - 45), edge) if left else RUN_RIGHT.match(text, edge, edge + 45)
        if m is None:
            return edge
        word = re.sub(r"['’]s\Z", "", m.group(1) or "&")  # "the Company's Osaka Studio": not "Company"
        if word in r.particles or word == "&":
            inner = (WORD_LEFT.search(text, max(0, m.start() - 45), m.start()) if left
                     else WORD_RIGHT.match(text, m.end(), m.end() + 45))
            if inner is None or not _is_cap(inner.group(1)) or inner.group(1).lower() in ORG_STOP:
                return edge  # a particle or '&' only between capitalised words
        elif not _is_cap(word, caps=caps) or word.lower() in ORG_STOP or word.lower() in r.not_names - r.business:
            return edge
        edge = m.start() if left else m.end()
    return edge


def _named_before_address(text: str, addresses: list[Span], r: _Rules) -> list[Span]:
    """Two or more capitalised words after "to", "at", "between"... with a comma right before a street address,
    and no known given name among them: a business ("send it to Brackenfield Outdoor, Unit 7, ...")."""
    out = []
    for a in addresses:
        comma = re.search(r",[ \t]*$", text[max(0, a.start - 10):a.start])
        if comma is None:
            continue
        end = a.start - len(comma.group(0))
        start = _run_edge(text, end, r, left=True)
        words = re.findall(WORD, text[start:end])
        lead = re.search(r"(?i)(?<!\w)(?:to|at|from|with|c/o|between|zwischen der|entre)[ \t]+\Z", text[max(0, start - 20):start])
        street = text[a.start].isdigit() or (re.match(WORD, text[a.start:]) or [""])[0].lower() in r.unit_words
        if len([w for w in words if len(w) >= 3]) >= 2 and lead and street and not any(w in r.given or w.lower() in _TOWNS for w in words):
            out.append(Span(start, end, "ORG"))
    return out


ORG_STOP = frozenset({"the", "this", "between", "and", "by", "with", "from", "to", "for", "of", "our", "your", "at", "in",
                      "on", "a", "an", "dear", "attn", "client", "party", "employer", "company", "notices", "contact",
                      "signed", "for and on behalf of", "entre", "zwischen", "tra", "pour", "für", "para", "per", "voor",
                      "för"})


def _suffix_start(match: str, r: _Rules) -> int:
    for sfx in sorted(r.k.org_suffixes + [x.upper() for x in r.k.org_suffixes], key=len, reverse=True):
        if match.endswith(sfx):
            return len(match) - len(sfx)
    return len(match)


# --- names -----------------------------------------------------------------------------------------------------------

def _tokens(text: str, pos: int, limit: int = 80) -> Iterator[re.Match[str]]:
    """Tokens from `pos` on the same line, stopping at anything that is not a space between them."""
    end = min(len(text), pos + limit)
    i = pos
    while i < end:
        while i < end and text[i] in " \t":
            i += 1
        m = TOKEN.match(text, i, end)
        if m is None:
            return
        yield m
        i = m.end()


def _is_cap(word: str, caps: bool = False) -> bool:
    """Capitalised like a name; an all-capital word only where `caps` (after a label: "Nom : DUBOIS Élodie")."""
    return word[:1].isupper() and (caps or not (len(word) > 3 and word.isupper()))


def _name_at(text: str, pos: int, r: _Rules, single: bool = False, comma_form: bool = False) -> int | None:
    """End of the name phrase that starts at `pos`, if there is one."""
    end = None
    count = 0
    pending_particle = False
    tokens = list(_tokens(text, pos))
    skip_titles = True
    initial_at: int | None = None
    for i, m in enumerate(tokens):
        word = m.group(0)
        if skip_titles and word.rstrip(".") in r.title_set and i + 1 < len(tokens):
            pos = tokens[i + 1].start()
            continue
        skip_titles = False
        if m.group("init"):
            if count == 0 and not word[0].isupper():
                break
            if count == 0 and initial_at is None:
                initial_at = m.start()  # "A. Chukwuemeka-Obi": the initial belongs to the name
            pending_particle = True
            continue
        if word in r.particles or word.lower() in r.particles and count and not _is_cap(word):
            if count == 0 and initial_at is None:  # "S. van der Meulen-Bakker": a particle after an initial
                break
            pending_particle = True
            continue
        if not _is_cap(word, caps=single) or (word.lower() in r.not_names and (count == 0 and not (single and len(word) <= 2)
                                                                                  or len(word) >= 3)):
            if count >= 1 and _is_cap(word, caps=single) and len(word) >= 3 and word.lower() in r.not_names \
                    and text[m.start() - 1:m.start()] == " " and text[m.start() - 2:m.start() - 1] != " " \
                    and text[m.end():m.end() + 1] != ":":
                return None  # "Clinical Placement Office", "Aire Valley Heating Ltd": an organisation, not a person
            break
        if count == 0:
            pos = m.start() if initial_at is None else initial_at
        count += 1
        end = m.end()
        pending_particle = False
        if count == 5:
            break
    del pending_particle
    if end is None or (count < 2 and not single):
        return None
    if comma_form and count == 1:
        m = re.match(rf",[ \t]+({WORD})(?:[ \t]+({WORD}))?", text[end:])
        if m and _is_cap(m.group(1)) and m.group(1).lower() not in r.not_names and not re.match(r"[ \t]*\d", text[end + m.end():]):
            second = m.group(2)
            if second and _is_cap(second) and second.lower() not in r.not_names:
                return end + m.end()
            return end + m.end(1)
    return end


def _mid_sentence(text: str, pos: int) -> bool:
    """True when the word at `pos` does not start a sentence, a line or a heading."""
    before = text[max(0, pos - 3):pos].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"“(>*#-" and not before[-1].isdigit()


def _name_start(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _names(text: str, r: _Rules) -> list[Span]:
    out: list[Span] = []

    def add(pos: int, **kw: bool) -> None:
        pos = _name_start(text, pos)
        # skip chained titles ("Frau Dr. Anna-Lena Vogt")
        while (t := r.titles.match(text, pos)) is not None:
            pos = _name_start(text, t.end())
        end = _name_at(text, pos, r, **kw)
        if end is None and kw.get("single"):  # after a label or a greeting: also a name in a script without capitals
            end = _script_name_at(text, pos, r)
        if end is not None:
            out.append(Span(pos, end, "NAME"))

    for m in r.titles.finditer(text):
        add(m.end(), single=True)
    for m in r.greetings.finditer(text):
        add(m.end(), single=True)
    for m in r.name_labels.finditer(text):
        add(m.end(), single=True, comma_form=True)
    for m in r.name_lead_ins.finditer(text):
        add(m.end(), single=True)
    for m in r.named_role.finditer(text):  # "Your buddy for the first week is Jaswinder."
        add(m.end(), single=True)
    for m in NAME_BEFORE_PHONE.finditer(text):  # "text Kiprotich on 0712 345678", "Gwenaëlle au 02 99 12 34 56"
        word = m.group(1)
        before = text[max(0, m.start(1) - 40):m.start(1)].rstrip()
        if _is_cap(word) and word.lower() not in r.not_names and r.phone_label.match(word + " 0") is None \
                and before[-1:].isalpha() and before[-1:].islower():
            out.append(Span(m.start(1), m.end(1), "NAME"))
    for m in r.cjk_name_before.finditer(text):  # "山田 太郎 様", "박서준 대리"
        if len(m.group(1).replace(" ", "")) >= 2:
            out.append(Span(m.start(1), m.end(1), "NAME"))
    out += _uncased_names(text, r)
    previous: re.Match[str] | None = None
    for m in TOKEN.finditer(text):
        word = m.group(0)
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "@.-_/"):
            previous = None
            continue
        inside = previous is not None and _is_cap(previous.group(0)) and not text[previous.end():m.start()].strip() \
            and previous.group(0).lower() not in r.not_names and previous.group(0).rstrip(".") not in r.title_set
        if (word in r.given or word in r.surname_first) and not inside:  # not "San Francisco Fair Chance Ordinance"
            add(m.start(), single=False)
            if word in r.given_alone and len(word) >= 4 and _mid_sentence(text, m.start()) \
                    and not re.match(r"[ \t]+[^\W\d_]", text[m.end():m.end() + 2]) or \
                    word in r.given_alone and re.match(r"[ \t]+[a-z]", text[m.end():m.end() + 2]) and _mid_sentence(text, m.start()):
                out.append(Span(m.start(), m.end(), "NAME"))  # a known given name alone: "agreed with Noémie"
        elif word in r.surnames and previous is not None and _is_cap(previous.group(0)) \
                and previous.group(0).lower() not in r.not_names and not text[previous.end():m.start()].strip():
            add(previous.start(), single=False)  # "Ffion Pritchard": an unknown given name before a known surname
        previous = m
    for m in r.party_role.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(re.finditer(rf"{WORD}|\b[^\W\d_]\.", text[line_start:m.start()]))
        start = None
        for w in reversed(words):
            token = w.group(0)
            gap = text[line_start + w.end():(start if start is not None else m.start())]
            if gap.strip():
                break
            if _is_cap(token) and token.lower() not in r.not_names or token in r.particles or re.fullmatch(r"[^\W\d_]\.", token):
                start = line_start + w.start()
                continue
            break
        if start is not None:
            add(start, single=True)
    for m in re.finditer(r"(?im)^[^\n]{0,60}\b(?:candidate|employee|worker|contractor|intern|applicant|recipient|name|"
                         r"details|personal data|données personnelles|personalien|datos personales)\b[^\n]{0,60}:[ \t]*\n",
                         text):
        add(m.end(), single=False)  # "Candidate details:" then "Małgorzata Wiśniewska-Kowalczyk, ul. ..." on the next line
    for m in INITIALS_NAME.finditer(text):  # "K. S. Harikrishnan", "S. van der Meulen-Bakker", "P.J. van 't Hof"
        spaced = m.group(1).count(".") >= 2 and " " in m.group(1).strip()  # "K. S.", not "U.S."
        surname = m.group(3)
        if _is_cap(surname) and len(surname) >= 3 and surname.lower() not in r.not_names \
                and (spaced or m.group(2) or surname in r.surnames):
            out.append(Span(m.start(), m.end(), "NAME"))
    for m in r.party_role_before.finditer(text):  # "and the contractor, Luiz Fernando de Araújo Bezerra, CPF ..."
        add(m.end(), single=False)
    for m in CJK_SURNAME_NAME.finditer(text):  # "林志豪 (Lin Chih-hao)": a common surname and one or two letters, alone
        out.append(Span(m.start(), m.end(), "NAME"))
    out += _coordinated(text, out, r)
    out += _aliases(text, out, r)
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if r.closings.match(line):
            for j in range(i + 1, min(i + 3, len(lines))):
                if lines[j].strip():
                    pos = offsets[j] + len(lines[j]) - len(lines[j].lstrip())
                    end = _name_at(text, pos, r, single=True) or _script_name_at(text, pos, r)
                    if end is not None and not text[end:offsets[j + 1] - 1].strip(" \t,"):
                        out.append(Span(pos, end, "NAME"))
                    break
    return out


def _script_name_at(text: str, pos: int, r: _Rules) -> int | None:
    """End of a name written in a script without capitals that starts at `pos`: a run of Chinese, Japanese or
    Korean letters (one space inside at most, a title after it left out), or up to four words of Arabic,
    Hebrew, Devanagari or Bengali letters."""
    m = CJK_NAME.match(text, pos)
    if m:
        name = m.group(0)
        for suffix in sorted(r.k.name_suffixes_cjk, key=len, reverse=True):
            if name.endswith(suffix) and len(name) > len(suffix):
                name = name[:-len(suffix)].rstrip(" \u3000")
                break
        return pos + len(name) if len(name.replace(" ", "")) >= 2 else None
    end = None
    while (w := SPACED_UNCASED.match(text, pos)) is not None and (end is None or text[end:w.start()] == " "):
        end = w.end()
        pos = end + 1
        if pos - 1 >= len(text) or text[end:end + 1] != " ":
            break
    return end


def _uncased_names(text: str, r: _Rules) -> list[Span]:
    """Names in Arabic, Hebrew, Devanagari or Bengali script: a known given name, then one to three known names."""
    out: list[Span] = []
    words = list(SPACED_UNCASED.finditer(text))
    i = 0
    while i < len(words) - 1:
        j = i
        if words[i].group(0) in r.given:
            while j + 1 < len(words) and j - i < 3 and text[words[j].end():words[j + 1].start()] == " " \
                    and (words[j + 1].group(0) in r.given or words[j + 1].group(0) in r.surnames
                         or words[j + 1].group(0).startswith("ال") and len(words[j + 1].group(0)) >= 5):  # "الشامسي"
                j += 1
        if j > i:
            out.append(Span(words[i].start(), words[j].end(), "NAME"))
        i = j + 1
    return out


def _aliases(text: str, found: list[Span], r: _Rules) -> list[Span]:
    """A name in brackets right after a name found is the same person's ("陳怡君 (CHEN, YI-CHUN)", "Jason Lin (林志豪)")."""
    out = []
    for s in found:
        m = re.match(r"[ \t]*[(（]([^()（）\n]{2,40})[)）]", text[s.end:s.end + 50])
        if m is None:
            continue
        inner, start = m.group(1).strip(), s.end + m.start(1)
        words = re.findall(WORD, inner)
        latin_name = text[s.start:s.end].isascii() or not any(c.isalpha() and ord(c) > 0x24f for c in text[s.start:s.end])
        if (CJK_NAME.fullmatch(inner) and latin_name) or (
                # a transliteration after a name in another script, or the name again in capitals ("CHEN, YI-CHUN")
                (not latin_name or (inner.isupper() and len(words) >= 2)) and 1 <= len(words) <= 4
                and re.fullmatch(rf"(?:{WORD}|[ \t,.-])+", inner)
                and all(_is_cap(w, caps=True) and w.lower() not in r.not_names for w in words)):
            out.append(Span(start, start + len(inner), "NAME"))
    return out


def _coordinated(text: str, found: list[Span], r: _Rules) -> list[Span]:
    """A capitalised word joined by "and", "or", "o a", "et"... to a name found that starts with a known given
    name is a name too ("Itzel o a Tonatiuh")."""
    out = []
    for s in found:
        m = COORDINATED.match(text, s.end)
        first = re.match(WORD, text[s.start:s.end])
        if m and first and first.group(0) in r.given and _is_cap(m.group(1)) and m.group(1).lower() not in r.not_names:
            if not _is_cap(m.group(2) or "a"):
                out.append(Span(m.start(1), m.end(1), "NAME"))
            elif m.group(2).lower() not in r.not_names and not re.match(r"[ \t]+[^\W\d_]", text[m.end():m.end() + 2]):
                out.append(Span(m.start(1), m.end(2), "NAME"))  # "Σπύρος Χατζηγεωργίου and Dimitra Lazaridou"
    return out


def _money(text: str, r: _Rules) -> list[Span]:
    out = [Span(m.start(), m.end(), "MONEY") for m in r.currency_amount.finditer(text)]
    for m in parse_money(text):
        end = m.end
        more = re.match(r"(?:[,.'’ ]\d{2,3})+(?![\d])", text[end:])  # CHF 110'000, INR 9,50,000, €2.500
        if more and text[end - 1].isdigit():
            end += more.end()
        out.append(Span(m.start, end, "MONEY"))
    return out


# --- the redactor ----------------------------------------------------------------------------------------------------

class Redactor:
    """Replaces personal details with numbered placeholders and restores them afterwards."""

    def __init__(self, source_text: str) -> None:
        self.forward: dict[str, str] = {}
        self.back: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._learn(source_text)
        self._pattern = self._compile()

    def _add(self, kind: str, value: str, note: str = "") -> None:
        value = value.strip()
        if len(value) < 2 or value in self.forward:
            return
        n = self._counts.get(kind, 0) + 1
        self._counts[kind] = n
        self.forward[value] = f"[{kind}_{n}{note}]"
        self.back[f"{kind}_{n}"] = value

    def _learn(self, text: str) -> None:
        r = rules()
        money = {(m.start, m.end): m for m in parse_money(text)}
        for s in find_personal(text):
            value = text[s.start:s.end]
            if s.kind == "MONEY":
                self._add("MONEY", value, _money_note(money, s, text))
            elif s.kind == "NAME" and len(value) < 3 and not CJK_LETTER.match(value):  # "李红" is a whole name
                title = re.search(r"(\S+)[ \t]+$", text[max(0, s.start - 12):s.start])  # "Mr. An": the whole phrase
                if title and title.group(1).rstrip(".") in r.title_set:
                    self._add("NAME", text[s.start - len(title.group(0)):s.end])
            else:
                self._add(s.kind, value)
        for value, placeholder in list(self.forward.items()):
            if placeholder.startswith("[ORG_") and not CJK_LETTER.search(value):
                # the name without its legal form, and in capitals or not: "TARANG FINTECH PRIVATE LIMITED" is
                # "Tarang Fintech" in the letter's body
                stem = value[:_suffix_start(value, r)].rstrip(" \t,")
                for v in {value, stem}:
                    words = re.findall(WORD, v)
                    if v and len(v) >= 4 and any(w.lower() not in r.not_names | r.org_heads for w in words):
                        self._add("ORG", v)
                        self._add("ORG", v.upper() if not v.isupper() else
                                  " ".join(w if w.lower() in r.particles else w.capitalize() for w in v.split(" ")))
            if placeholder.startswith("[NAME_"):
                parts = re.split(r"[ \t]+|,[ \t]*", value)
                # the halves of a double surname too ("García-López" -> "López"), when long enough to be safe
                parts += [h for p in parts if "-" in p for h in p.split("-") if len(h) >= 4]
                for part in parts:
                    if len(part) >= 3 and (_is_cap(part) or part.isupper()) and part.lower() not in r.not_names \
                            and part not in r.particles and part.rstrip(".") not in r.title_set:
                        self._add("NAME", part)
                        if part.isupper() and len(part) > 3:  # "DUBOIS" in a label, "Dubois" in the text
                            self._add("NAME", part[0] + part[1:].lower())

    def _compile(self) -> re.Pattern[str] | None:
        if not self.forward:
            return None
        parts = []
        for value in sorted(self.forward, key=len, reverse=True):
            # whole words only, where words are spaced: Chinese and Japanese run words together ("王晓明的")
            left = r"(?<!\w)" if value[0].isalnum() and not CJK_LETTER.match(value[0]) else ""
            right = r"(?!\w)" if value[-1].isalnum() and not CJK_LETTER.match(value[-1]) else ""
            parts.append(left + re.escape(value) + right)
        return re.compile("|".join(parts))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Where redact() would replace something in `text`, with the kind."""
        if self._pattern is None:
            return []
        return [(m.start(), m.end(), self.forward[m.group(0)][1:].split("_", 1)[0]) for m in self._pattern.finditer(text)]

    def redact(self, text: str) -> str:
        """Text with every learnt value replaced by its placeholder (longest values first, whole words only)."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self.forward[m.group(0)], text)

    def restore(self, text: str) -> str:
        """Placeholders put back to the original values."""
        return PLACEHOLDER.sub(lambda m: self.back.get(f"{m.group(1)}_{m.group(2)}", m.group(0)), text)


def _money_note(money: dict, span: Span, text: str) -> str:
    """' ~ GBP 59,000 per year': currency, amount to two significant figures, pay unit."""
    item = next((m for (s, e), m in money.items() if s == span.start), None)
    if item is None or item.end != span.end:  # a currency parse_money does not know ("VND 2,000,000"), or grouping
        # it stopped early in ("INR 9,50,000", "CHF 110'000"): read the amount from the span
        raw = text[span.start:span.end]
        number = re.search(r"\d[\d,.' ’]*", raw)
        code = re.search(r"[A-Z]{3}", raw)
        currency = item.currency if item is not None else code.group(0) if code else ""
        if not number or not currency:
            return ""
        digits = number.group(0).rstrip(",. ")
        grouped = re.fullmatch(r"\d{1,3}(?:[,.' ’]\d{2,3})+", digits) and not re.fullmatch(r"\d+[.,]\d{2}", digits)
        value = float(re.sub(r"\D", "", digits)) if grouped else float(digits.replace(",", ".")) \
            if re.fullmatch(r"\d+(?:[.,]\d{1,2})?", digits) else None
        unit = f" per {item.unit}" if item is not None and item.unit_stated and item.unit not in ("flat", "piece") else ""
        return f" ~ {currency} {_round2(value):,.10g}{unit}" if value is not None else ""
    low, high = _round2(item.low), _round2(item.high)
    amount = f"{low:,.10g}" if low == high else f"{low:,.10g}-{high:,.10g}"
    unit = f" per {item.unit}" if item.unit_stated and item.unit not in ("flat", "piece") else ""
    return f" ~ {item.currency} {amount}{unit}"


def _round2(x: float) -> float:
    """Two significant figures, halves rounded up (58,500 -> 59,000)."""
    if x <= 0:
        return 0.0
    from math import floor, log10

    step = 10.0 ** (int(floor(log10(x))) - 1)
    return floor(x / step + 0.5) * step


Finder = Callable[[str, _Rules], list[Span]]
