"""Values in text: amounts of money, hours of work, deadlines, and the hourly rate they imply.

Pure, deterministic and fast (standard library only): the judge runs these on every sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from reviewer.gazetteer import countries

HOURS_PER_DAY = 8.0
HOURS_PER_WEEK = 40.0
HOURS_PER_MONTH = HOURS_PER_WEEK * 52 / 12
HOURS_PER_YEAR = HOURS_PER_WEEK * 52
# Hours in one unit of pay or effort when the text does not say.
DEFAULT_HOURS = {"hour": 1.0, "minute": 1 / 60, "day": HOURS_PER_DAY, "shift": HOURS_PER_DAY, "week": HOURS_PER_WEEK,
                 "month": HOURS_PER_MONTH, "year": HOURS_PER_YEAR, "afternoon": 4.0, "morning": 4.0,
                 "evening": 3.0, "weekend": 16.0}
PAY_PERIODS = ("day", "shift", "week", "month", "year")

SYMBOLS = {"USD": "$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "SGD": "S$", "HKD": "HK$", "GBP": "£", "EUR": "€",
           "INR": "₹", "PHP": "₱", "NGN": "₦", "JPY": "¥", "CNY": "CN¥", "ZAR": "R", "BRL": "R$"}
UNIT_WORDS = {"hour": "an hour", "day": "a day", "shift": "a shift", "week": "a week", "month": "a month",
              "year": "a year"}


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class Money:
    """An amount (or range) of money found in text, with its currency and pay unit."""

    low: float
    high: float
    currency: str  # ISO 4217
    unit: str  # hour, day, shift, week, month, year, flat, or piece ('per parcel')
    start: int
    end: int
    text: str
    unit_stated: bool = True
    item: str = ""  # what a piece rate is paid per: 'parcel', 'delivery'

    @property
    def is_range(self) -> bool:
        """True for '$20-25', False for '$25'."""
        return self.high != self.low

    def describe(self) -> str:
        """Readable form, e.g. '$20-25 an hour' or '£500 flat'."""
        amount = _fmt_range(self.low, self.high, self.currency)
        if self.unit == "flat":
            return f"{amount} flat" if self.unit_stated else amount
        if self.unit == "piece":
            return f"{amount} per {self.item or 'piece'}"
        return f"{amount} {UNIT_WORDS[self.unit]}"


@dataclass(frozen=True)
class Effort:
    """Work time stated in text, in hours; `per` is set for '10 hours a week' (a rate, not a total)."""

    low: float | None
    high: float | None
    start: int
    end: int
    text: str
    basis: str = ""
    per: str | None = None  # day, week, shift, month
    open_ended: bool = False
    unit_hours: tuple[str, float, float] | None = None  # ('day', 6, 6) for '3 days of 6 hours'

    def describe(self) -> str:
        """Readable form, e.g. '18 hours (3 days x 6 h)' or '10 hours a week, open-ended'."""
        if self.low is None or self.high is None:
            return "open-ended"
        hours = "hour" if self.low == self.high == 1 else "hours"
        out = f"{_fmt_hours(self.low, self.high)} {hours}" + (f" {UNIT_WORDS[self.per]}" if self.per else "")
        if self.basis:
            out += f" ({self.basis})"
        return out + (", open-ended" if self.open_ended else "")


@dataclass(frozen=True)
class Deadline:
    """Time allowed before something is due ('reply within 3 days'): not work time."""

    hours: float
    start: int
    end: int
    text: str
    working_days: bool = False

    def describe(self) -> str:
        """Readable form, e.g. '72 hours (3 days)'."""
        days = self.hours / 24
        if self.working_days:
            return f"{_num(days)} working days"
        hours = _fmt_hours(self.hours, self.hours)
        if self.hours >= 24 and days == int(days):
            return f"{hours} hours ({_num(days)} day{'s' if days != 1 else ''})"
        return f"{hours} hours"


@dataclass(frozen=True)
class Rate:
    """An effective hourly rate range and how it was computed."""

    low: float
    high: float
    currency: str
    method: str
    open_ended: bool = False

    def describe(self) -> str:
        """Readable form, e.g. '$3.13-4.17 an hour'."""
        return f"{_fmt_range(self.low, self.high, self.currency, cents=True)} an hour"


# ---------------------------------------------------------------- formatting


def _num(x: float, cents: bool = False) -> str:
    if not cents and abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    return f"{Decimal(repr(x)).quantize(Decimal('0.01'), ROUND_HALF_UP):,}"  # 3.125 -> 3.13


def _fmt_range(low: float, high: float, currency: str, cents: bool = False) -> str:
    symbol = SYMBOLS.get(currency)
    cents = cents or not (abs(low - round(low)) < 1e-9 and abs(high - round(high)) < 1e-9)
    body = _num(low, cents) if _num(low, cents) == _num(high, cents) else f"{_num(low, cents)}-{_num(high, cents)}"
    return f"{symbol}{body}" if symbol else f"{currency} {body}"


def _fmt_hours(low: float, high: float) -> str:
    def one(x: float) -> str:
        return str(round(x)) if abs(x - round(x)) < 1e-9 else f"{x:.1f}".rstrip("0").rstrip(".")
    return one(low) if one(low) == one(high) else f"{one(low)}-{one(high)}"


# ---------------------------------------------------------------- numbers

_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"thousand": 1_000, "million": 1_000_000}
_TENS_RE = "|".join(_TENS)
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
WORD_NUMBER = (rf"(?:(?:{_TENS_RE})(?:[- ](?:{_DIGIT_WORDS}))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
               rf"seventeen|eighteen|nineteen|ten|{_DIGIT_WORDS})")


def words_to_number(words: str) -> float | None:
    """'twenty-five' -> 25, 'two hundred and fifty' -> 250, 'a thousand' -> 1000; None if not a number."""
    total, current, seen = 0, 0, False
    for token in re.split(r"[\s-]+", words.lower().strip()):
        if token in ("and", ""):
            continue
        if token in ("a", "an"):
            current = current or 1
        elif token in _SMALL:
            current, seen = current + _SMALL[token], True
        elif token in _TENS:
            current, seen = current + _TENS[token], True
        elif token == "hundred":
            current, seen = (current or 1) * 100, True
        elif token in _SCALES:
            total, current, seen = total + (current or 1) * _SCALES[token], 0, True
        else:
            return None
    return float(total + current) if seen else None


# Currencies whose writers use '.' for thousands ('€1.200,00'): '1.200' there is 1200, elsewhere 1.2.
_DOT_THOUSANDS = {"EUR", "CHF", "PLN", "BRL", "DKK", "NOK", "SEK", "COP", "CLP", "ARS", "UYU", "IDR", "VND", "TRY", "CZK",
                  "HUF", "RON", "ISK", "PYG"}


_THREE_DECIMALS = {"BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD"}


def _parse_number(raw: str, currency: str | None = None) -> float:
    s = re.sub(r"[\s\u00a0\u202f\u2009]", "", raw)
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s:
        parts = s.split(",")
        indian = len(parts) > 2 and parts[-1].isdigit() and len(parts[-1]) == 3 and all(len(p) == 2 for p in parts[1:-1])
        s = s.replace(",", "") if indian or all(len(p) == 3 for p in parts[1:]) else s.replace(",", ".")
    elif "." in s:
        parts = s.split(".")
        # (a sum with three figures after its one dot is grouped in thousands in any currency whose minor unit has two
        # decimals: 'Honorarios: USD 2.200 mensuales' in an Argentine contract is 2,200 dollars)
        if len(parts) > 2 or (len(parts[1]) == 3 and (currency in _DOT_THOUSANDS or (
                currency is not None and currency not in _THREE_DECIMALS and parts[0] != "0"))):
            s = s.replace(".", "")
    return float(s)


# ---------------------------------------------------------------- money

# ISO 4217 codes of every country's currency, from the gazetteer, except codes that are also words in capitals
_WORD_CODES = {"ALL", "TOP", "CUP"}
# 'RMB' (the yuan) and 'NIS' (the new shekel) are written like codes
_CODE_ALIASES = {"RMB": "CNY", "NIS": "ILS"}
CURRENCY_CODES = frozenset(({c.currency for c in countries().values() if c.currency} - _WORD_CODES) | set(_CODE_ALIASES))
# Any three capitals in the patterns, checked against CURRENCY_CODES after the match: one alternative for 155 codes
# keeps the patterns small (they compile at import, on every cold start).
_CODES = r"[A-Z]{3}"
_PREFIX_MAP = {"US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
               "NZ$": "NZD", "S$": "SGD", "SG$": "SGD", "HK$": "HKD", "R$": "BRL", "JP¥": "JPY", "CN¥": "CNY",
               "£": "GBP", "€": "EUR", "₹": "INR", "₱": "PHP", "₦": "NGN", "¥": "JPY", "RS": "INR", "RS.": "INR",
               "KSH": "KES", "KSH.": "KES", "SFR.": "CHF", "SFR": "CHF", "R": "ZAR", "RMB": "CNY", "P": "PHP",
               # the cedi, won, dong, baht, lira, hryvnia, shekel, taka, ringgit, rupiah, Ugandan and Tanzanian shillings
               "GH₵": "GHS", "₵": "GHS", "GH¢": "GHS", "₩": "KRW", "₫": "VND", "฿": "THB", "₺": "TRY", "₴": "UAH",
               "₪": "ILS", "NIS": "ILS", "৳": "BDT", "TK": "BDT", "TK.": "BDT", "RM": "MYR", "RP": "IDR", "RP.": "IDR", "USH": "UGX", "TSH": "TZS"}
_PREFIX = (r"(?P<pre>US\$|U\.S\.\s?\$|AU\$|A\$|CA\$|Can\$|C\$|NZ\$|SG\$|S\$|HK\$|R\$|JP¥|CN¥|[A-Z]{3}\s?\$|[A-Z]{2}\$|\$|£|€|₹|₱|₦|¥|"
           r"Rs\.?|KSh\.?|Ksh\.?|SFr\.?|GH₵|GH¢|₵|₩|₫|฿|₺|₴|₪|৳|Tk\.?(?=\s?\d)|RM(?=\s?\d)|Rp\.?(?=\s?\d)|USh(?=\s?\d)|TSh(?=\s?\d)|"
           r"(?:" + _CODES + r")(?![A-Za-z])|R(?=\d)|"
           # the peso written 'P3,000' in the Philippines: only a grouped or four-figure sum ('P1', 'P0 ticket' are not)
           r"P(?=\d{1,3}(?:,\d{3})+(?!\d)|\d{4,}))")
# grouped in thousands (12,000 / 12.000 / 12 000), in the Indian way (1,50,000), or plain
_NUM = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?!\d)|\d{1,3}(?:[,. \u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2})?(?!\d)|"
        r"\d+(?:[.,]\d+)?")
_MULT = r"(?:k|K|m|M|bn)(?![A-Za-z])| ?K(?![A-Za-z])|\s(?:thousand|million|billion|lakh|lac|crore)s?\b"
_MULT_VALUE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "lakh": 1e5, "lac": 1e5,
               "crore": 1e7}
_QUALIFIER = {"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
              "new zealand": "NZD", "nz": "NZD", "singapore": "SGD", "singaporean": "SGD", "hong kong": "HKD"}
_DOLLAR_PESOS = frozenset({"MXN", "ARS", "CLP", "COP", "UYU", "DOP", "CUP"})  # pesos written with '$'
_DIRHAMS = frozenset({"MAD", "AED"})
_WORD_CURRENCY = {"dollar": None, "buck": None, "pound": "GBP", "quid": "GBP", "euro": "EUR", "rupee": "INR",
                  "rand": "ZAR", "naira": "NGN", "shilling": "KES", "yen": "JPY", "zloty": "PLN", "złoty": "PLN",
                  "franc": "CHF", "peso": "PHP", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "dong": "VND",
                  "cedi": "GHS", "riyal": "SAR", "yuan": "CNY", "renminbi": "CNY", "taka": "BDT", "shekel": "ILS",
                  "hryvnia": "UAH", "won": "KRW", "dirham": None}
# The currency names above as one pattern (a name, then an optional plural 's'), and the currency signs written before a
# sum: read here and by the judge's pay reader, so that a new currency is added in one place.
CURRENCY_NAMES = r"(?:" + "|".join(sorted(_WORD_CURRENCY, key=len, reverse=True)) + r")s?"
CURRENCY_SIGNS = "$£€¥₹₱₦₵₩₫฿₺₴₪৳"
_SUFFIX_WORDS = (r"(?i:(?:(?P<qual>US|U\.S\.|American|Australian|Canadian|New Zealand|NZ|Singapore|Singaporean|"
                 r"Hong Kong)\s)?(?P<word>dollars?|bucks|pounds?(?P<sterling>\s+sterling)?|quid|euros?|rupees?|rand|"
                 r"naira|(?:Kenyan\s)?shillings?|yen|zloty|złoty|(?:Swiss\s)?francs?|(?:Philippine\s)?pesos?|"
                 r"baht|ringgit|rupiah|dong|cedis?|riyals?|yuan|renminbi|taka|shekels?|hryvnias?|won|dirhams?))")
# (a stablecoin pegged to the dollar, 'paid 400 USDC', is read as dollars)
# ('21 $ an hour', as Quebec writes it: a dollar sign after the sum, not before the next one)
_SUFFIX = r"[ \u00a0]?(?:(?P<suf>€|£|zł|₹|₫|Kč|₺|฿|₩|\$(?![ \u00a0]?\d)|USDC(?![A-Za-z])|USDT(?![A-Za-z])|(?:" + _CODES + r")(?![A-Za-z]))|" + _SUFFIX_WORDS + r"(?![A-Za-z]))"
# One pattern for '$25', '25 USD' and '$25 AUD'; a match with neither a prefix nor a suffix is not money.
_MONEY = re.compile(rf"(?<![\w{re.escape(CURRENCY_SIGNS)}.,])(?:{_PREFIX}[ \u00a0]?)?(?P<n1>{_NUM})(?P<m1>{_MULT})?(?:{_SUFFIX})?")
_WORD_SEQ = rf"(?:(?:a|an|{WORD_NUMBER})(?:[\s-]+(?:and[\s-]+)?(?:{WORD_NUMBER}|hundred|thousand|million))*)"
_WORD_MONEY = re.compile(rf"(?<![\w-])(?P<w>{_WORD_SEQ})\s+{_SUFFIX_WORDS}(?![A-Za-z])", re.I)
_RANGE_TAIL = re.compile(rf"\s*(?P<conn>-|–|—|to|and)\s*(?:{_PREFIX}[ \u00a0]?)?(?P<n1>{_NUM})(?P<m1>{_MULT})?"
                         rf"(?:{_SUFFIX})?")
_NOT_A_RANGE_END = re.compile(r"\s*(?:%|percent|per cent|hours?|hrs?|days?|weeks?|months?|years?|minutes?)\b", re.I)

_PAY_NOUN = r"(?:(?:fee|payment|stipend|honorarium|allowance|salary|wage|rate|pay|compensation|remuneration)\s+)?"
_TAX = r"(?:\(?(?:gross|net|brut|brute|bruts|brutes|bruto|brutos|bruta|brutas|brutto|netto|neto|netos|before tax|pre-tax|after tax|(?:plus|excl\.?|incl\.?|\+)\s?(?:VAT|GST|super))\)?\s*)?"
_UNIT_AFTER = re.compile(
    r"[ \u00a0]*" + _TAX + _PAY_NOUN +
    r"(?:(?P<per>/|per\b|an?\b|(?:for\s+)?each\b|(?:for\s+)?every\b)\s*(?:(?:started|worked|additional|extra|billable|full|"
    r"complete|scheduled|active|logged|productive|billed|approved|calendar|working|business|market|trial|training|"
    r"event|show|service|clinic|school|delivery|festival|match|race|shoot|site|ordinary|normal|standard|regular|base|"
    r"online|engaged|on-duty|driving|booked|contracted|paid|flag|flagged|labou?r|book|clocked)\s+)?"
    r"(?P<pu>hour|hr|h|day|shift|week|wk|month|mo|year|yr|annum|task|"
    r"project|assignment|deliverable|submission|test|challenge|piece|exercise)s?(?![A-Za-z])"
    r"|(?P<adj>hourly|daily|weekly|monthly|yearly|annually|annual|p\.\s?a\.|pa|pcm|ph|pw|p\.h\.|p\.w\.|p\.m\.|pm)"
    r"(?![A-Za-z]))", re.I)
_PIECE_AFTER = re.compile(
    r"[ \u00a0]*(?:per|a|an|each|for each|for every)\s+(?:(?:completed|delivered|accepted|successful|verified|approved|"
    r"finished|valid|qualified|new|fuzzy|source|target|edited|reviewed|translated|billable)\s+)?(?:(?:delivery|customer|client|service|cleaning|home)\s+)?"
    r"(?:(?:\d+|one|two|half)[- ](?:minutes?|mins?|hours?|hrs?)\s+)?(?P<item>(?:audio|video|recorded|runtime)\s+(?:minute|hour)|parcel|"
    r"package|delivery|drop|item|unit|job|order|ride|trip|word|page|article|call|lead|sale|post|review|ticket|"
    r"sample|image|label|transcript|lesson|class|visit|referral|hire|placement|block|task|gig|booking|walk|clean|survey|stop|drop-off|"
    r"track|song|episode|video|illustration|photo|story|script|logo|rendering|drawing|design|"
    # ('R18,000 per set of renderings')
    r"(?:set|batch|bundle|pack)\s+of\s+[a-z-]+|"
    r"pickup|pick-up|match)(?:s|es)?(?![A-Za-z])", re.I)
_PIECE_ANYWHERE = re.compile(_PIECE_AFTER.pattern.replace("[ \\u00a0]*", "\\b", 1), re.I)


_COST = re.compile(r"\b(?:deduct(?:ed|ion|s)?|deposit|withh[eo]ld|charge[ds]?\b|(?<![-‐])you(?:'ll)? (?:pay|buy|purchase|cover)\b|"
                   # 'Participants pay a participation fee of €1,850'
                   r"(?:participants?|trainees?|candidates?|applicants?|students?|interns?|cadets?|recruits?)\s+(?:must\s+|will\s+|"
                   r"shall\s+|are\s+required\s+to\s+)?(?:pay|buy|purchase|cover)\b|(?:participation|enrol(?:l)?ment|registration|"
                   r"course|academy|tuition|application)\s+fee|"
                   r"at your (?:own )?(?:cost|expense)|cost of your|rent(?:al)? (?:of|for)|kit fee|joining fee|uniform fee|"
                   r"\bfines?\s+of\b|\bpenalt\w*|\bfor\s+(?:each|every|any)\s+(?:\w+\s+)?(?:absences?|lateness|late\s+arrivals?|"
                   r"no-shows?|missed\s+shifts?))",
                   re.I)


# A wage stated gross: 'less applicable withholdings and deductions', 'subject to statutory deductions' take tax
# off the pay, which the employer withholds; they are no cost put on the person.
_STATUTORY_BEFORE = re.compile(r"\b(?:less|minus|subject\s+to|net\s+of|after|before)\s+(?:all\s+|any\s+|the\s+|usual\s+)?"
                               r"(?:applicable|required|statutory|standard|legal|lawful|normal|mandatory|tax|payroll)?\s*"
                               r"(?:(?:tax(?:es)?|withholdings?|deductions?)\s+(?:and|&)\s+)?$", re.I)


# Statutory deductions named before the verb: 'with tax and National Insurance deducted'.
_STATUTORY_NAMED = re.compile(r"\b(?:tax(?:es)?|PAYE|National\s+Insurance|NI|social\s+security|withholdings?|superannuation|CPF|EPF|"
                              r"pension\s+contributions?|SSS|PhilHealth|Pag-?IBIG|NSSF|SHIF|NHIF|INSS|FGTS|SSNIT|IMSS|ZUS|UIF|"
                              r"statutory|payroll)\b[^.;]{0,25}$", re.I)


def is_a_cost(text: str) -> bool:
    """The money in the sentence is something the person pays or has taken off their pay, not pay."""
    return any(not _STATUTORY_BEFORE.search(text[max(0, m.start() - 45):m.start()])
               and not _STATUTORY_NAMED.search(text[max(0, m.start() - 40):m.start()]) for m in _COST.finditer(text))


def pays_by_the_piece(text: str) -> bool:
    """The sentence pays per delivery, per article, per task...: its amounts are piece rates, not pay for the hours."""
    return bool(_PIECE_ANYWHERE.search(text))


# What a term can hang on: being hired (an offer, joining, signing the employment contract, a first salary) or
# winning (only the best, the top entry). A condition reads "pay ... only if we hire you", "paid to the successful
# candidate", "credited to your first salary"; "whether or not you are hired" is the opposite and is not one.
_HIRED = (r"(?:hired|hire\s+you|taken\s+on|(?:it['’]s|it\s+is|you['’]re|you\s+are)\s+a\s+good\s+fit|passing(?=\s*,|\s+(?:your|the)\s+(?:certification|training|nesting|probation|"
          r"assessment|induction))|tak(?:e|es|ing)\s+you\s+on|offered\s+(?:the|a)\s+(?:role|job|position|post)|"
          r"(?:make|extend|give)s?\s+you\s+(?:an?\s+|the\s+)?(?:job\s+)?offer|offer\s+you\s+(?:the|a)\b(?!\s+(?:paid\s+|short\s+|"
          r"one-day\s+|two-day\s+|half-day\s+)?(?:trial|test|try-?out|interview|assessment|chance|opportunity|visit|tour)\b)|selected|successful|"
          r"(?:being\s+)?offered\s+(?:and\s+accept\w*\s+)?(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:role|job|position|post)|"
          r"join(?:s|ing)?\s+(?:us|the\s+(?:company|team|firm|practice))|start\s+(?:with|working\s+for)\s+us|"
          r"sign(?:s|ing)?\s+(?:your|an|the)\s+(?:(?:permanent|full[- ]time|fixed[- ]term|staff|employment)\s+){0,2}(?:contract|offer)|(?:an?\s+)?employment\s+contract|"
          r"become\s+(?:an?\s+)?(?:employee|member\s+of\s+staff)|your\s+first\s+(?:day|salary|pay\s?check|payslip|month)|"
          r"employment\s+(?:begins|starts|commences)|commenc\w*\s+(?:paid\s+)?employment|commencement\s+of\s+(?:your|the|his|her|"
          r"their)\s+employment|(?:your|(?:the\s+)?(?:candidate|applicant)['’]s)\s+start\s+date\s+as\s+an?\s+employee|(?:are|is|be|get)\s+(?:subsequently\s+|later\s+)?"
          r"(?:employed|hired)|accept\w*\s+(?:an?\s+|our\s+|the\s+|any\s+)?(?:employment\s+|job\s+)?offer|"
          r"join(?:s|ing)?\s+(?:the\s+)?(?:studio|agency|business|organi[sz]ation|school|clinic|group|staff)|successfully|pass(?:es|ing)?\s+(?:your\s+|the\s+|their\s+)?(?:probation|trial)|"
          r"complet(?:e|es|ing)\s+(?:your\s+|the\s+|their\s+)?probation|"
          # 'only upon your hiring', 'upon the candidate's appointment'
          r"(?:your|(?:the\s+)?(?:candidate|applicant)['’]s)\s+(?:hiring|appointment)\b|"
          # 'only if you are appointed', 'only if the Candidate is later placed'
          r"(?:you|the\s+candidate|the\s+applicant|they)\s+(?:are|is|get|gets|were|was)\s+(?:later\s+|subsequently\s+|then\s+)?"
          r"(?:appointed|placed|engaged|recruited)|"
          # 'If we move forward after the check', 'once we go ahead with you'
          r"we\s+(?:decide\s+to\s+)?(?:move|go)\s+(?:forward|ahead)|we\s+proceed\s+with\s+you|"
          # 'if we continue with you', 'If we keep you on', 'If we decide to keep you'
          r"we\s+(?:decide\s+to\s+)?(?:continue|carry\s+on)\s+with\s+you|we\s+(?:decide\s+to\s+)?keep\s+you(?:\s+on)?\b(?!\s+(?:informed|posted|updated|in\s+mind|past|beyond|late|longer|"
          r"after|until|till|over(?:time)?|for\s+(?:an?\s+)?(?:extra|more|another|longer)))|"
          # 'If you pass, your 5 days will be credited in your first cutoff'
          # (the stage's own days credited once passed, not the job that follows a pass: 'then move onto the casual
          # roster if you pass')
          r"(?:you|they)\s+pass(?=\s*,\s*(?:your|the|those|these)\s+(?:\d+\s+|[\w-]+\s+)?(?:days?|hours?|shifts?|weeks?|trial)\b))")
_WON = r"(?:win(?:s|ner|ners|ning)?|the\s+best|top\s+(?:entry|entries|submission|\d+)|first\s+place|shortlisted\s+winner)"
_CONDITION = re.compile(
    r"\b(?:only\s+)?(?:if|once|when|upon|after|unless|should\s+you|in\s+the\s+event(?:\s+that)?|provided(?:\s+that)?|subject\s+to|contingent\s+(?:up)?on|"
    r"conditional\s+(?:up)?on|depend(?:s|ent|ing)?\s+on|until|to)\b[^.;:!?]{0,40}?\b" + f"(?:{_HIRED}|{_WON})\\b"
    # ('on' only just before what it hangs on, 'on being hired', 'on your joining': 'Students on the required OJT of
    # their course may join us' states no condition)
    r"|\b(?:only\s+)?on\s+(?:[\w-]+\s+){0,4}?" + f"(?:{_HIRED}|{_WON})\\b"
    r"|\b(?:only|solely)\s+(?:to|for)\s+(?:the\s+)?(?:successful|selected|hired|winning)\b"
    r"|\b(?:only|solely)\s+(?:to|for)\s+(?:the\s+)?(?:candidates?|applicants?|persons?|people|those|one|ones)\s+(?:who\w*\s+|that\s+)?"
    r"(?:we\s+|the\s+company\s+)?(?:appoint|hire|select|choose|take\s+on|offer\s+(?:the\s+)?(?:job|role|position)|employ)\w*\b"
    r"|\bcredited\s+(?:to|against|towards?)\s+(?:your\s+)?(?:first\s+|future\s+)?(?:salary|wages?|pay)\b"
    r"|\bonly\s+(?:the\s+)?(?:winner|best|top)\b", re.I)
_NOT_A_CONDITION = re.compile(r"(?:whether\s+or\s+not|regardless\s+of(?:\s+whether)?|irrespective\s+of(?:\s+whether)?|"
                              r"even\s+if|\bnot\b|\bno\b|n't|either\s+way|whatever)[^.;:]{0,25}$|"
                              # 'we are pleased to offer you the role': an offer, not a condition
                              r"\b(?:pleased|happy|delighted|glad|excited|thrilled|proud|stoked|chuffed|keen|honou?red|like|love|want|"
                              r"wish|hope)\s+to\s+[^.;:]{0,14}$|"
                              r"^\W*(?:\w+\s+)?(?:stoked|chuffed|glad|happy|pleased|delighted|thrilled)\s+$|"
                              # 'you'll be on a short fixed-term employment contract': a status, not a condition
                              r"\b(?:be|are|is|am|remain|stay)\s+on\s+[^.;:]{0,12}$", re.I)


# A term that holds whether or not the person is hired: 'whether or not you are hired', 'also when we do not hire
# you', 'whatever the outcome'.
EITHER_WAY = re.compile(r"\bwhether\b[^.;:]{0,50}\bor\s+not\b|\b(?:hired|successful|selected)\s+or\s+not\b|"
                         r"\b(?:also|even)\s+(?:when|if)\s+(?:we\s+)?(?:do\s+not|don['’]t|decide\s+not\s+to)\s+(?:hire|employ|select)|"
                         r"\b(?:also|even)\s+(?:when|if)\s+(?:you\s+(?:are\s+not|aren['’]t|were\s+not|weren['’]t|do\s+not\s+get|"
                         r"don['’]t\s+get)|you['’]re\s+not|not)\s+(?:hired|selected|employed|chosen|taken\s+on|offered)|"
                         r"\b(?:also|even)\s+(?:when|if)\s+(?:you\s+are\s+|you['’]re\s+)?unsuccessful\b|"
                         r"\bregardless\s+of\s+the\s+outcome|\bwhatever\s+(?:happens|the\s+outcome)", re.I)
# A term for those not hired: 'If you are not hired, the company may still use the deck', 'if we don't hire you we
# might still put your tart on the menu'. It is no condition of being hired.
NOT_HIRED = re.compile(r"\b(?:if|when|should|where|in\s+case)\s+(?:you\s+(?:are\s+not|aren['’]t|were\s+not|weren['’]t|do\s+not\s+get|"
                         r"don['’]t\s+get)|you['’]re\s+not|we\s+(?:do\s+not|don['’]t|decide\s+not\s+to)|the\s+(?:company|firm|studio)\s+"
                         r"(?:does\s+not|doesn['’]t|decides\s+not\s+to))\s+(?:hire|hired|engage|engaged|employ|employed|select|selected|"
                         r"take\s+you\s+on|taken\s+on|offer|offered|chosen|choose)\b", re.I)

_ABOUT_HIRING = re.compile(r"\b(?:hir\w*|select\w*|employ\w*|offer\w*|engag\w*|taken\s+on|take\s+you\s+on|chos\w*|outcome|happens|successful|appl\w*)\b", re.I)


def holds_either_way(text: str) -> bool:
    """The sentence says its term holds whether or not the person is hired (not 'whether or not they are eligible
    for patent protection')."""
    return any(_ABOUT_HIRING.search(m.group(0)) for m in EITHER_WAY.finditer(text))


# A line of a prize table: a placing, then what it wins ("| 1st | ₹1,00,000 |", "Runner-up: $500").
_PLACING = re.compile(r"^\W*(?:(?:1st|2nd|3rd|[4-9]th|first|second|third)(?:\s+(?:place|prize))?|winners?|runners?[- ]up|"
                      r"top\s+\d+)\s*[|:\u2013\u2014-]", re.I)


# Pay for the entries the company picks: 'we pay $150 for the one set we choose to run'.
_CHOSEN = re.compile(r"\bfor\s+(?:the\s+|each\s+|any\s+)?(?:one\s+|two\s+|three\s+)?(?:one|ones|set|sets|entry|entries|submissions?|pieces?|designs?|"
                     r"drafts?)\s+(?:that\s+)?(?:we|the\s+company|the\s+client)\s+(?:choose|chooses|pick|picks|select|selects|"
                     r"use|uses|run|runs|publish|publishes|accept|accepts)\b", re.I)


# Pay for the one the company takes on: 'the finalist we hire is paid $300 for the day; the others are not paid', 'R1,100
# for the day to the runner we keep on'.
_HIRED_ONE = re.compile(r"\b(?:the|whichever|any)\s+(?:[\w-]+\s+)?(?:finalists?|candidates?|runners?|applicants?|person|one|ones|"
                        r"trialists?|workers?|designers?|writers?|cooks?|chefs?)\s+(?:that\s+|who\s+)?(?:we|the\s+(?:company|firm|studio|"
                        r"agency|client|team))\s+(?:eventually\s+|finally\s+|then\s+)?(?:hire|hires|keep\s+on|keeps\s+on|take\s+on|"
                        r"takes\s+on|appoint|appoints|engage|engages|choose\s+to\s+hire|offer\s+the\s+(?:job|role|position)\s+to)\b", re.I)


# Pay for the best one only: 'We pay $200 for the day to the candidate whose shelf sells best; the others aren't paid'.
# (or 'The applicant who scores highest is paid $680', 'The host we pick is paid for their day')
_ONE_PERSON = (r"(?:candidates?|applicants?|persons?|one|ones|teams?|trialists?|finalists?|hosts?|guides?|therapists?|technicians?|"
               r"entrants?|designers?|writers?|cooks?|chefs?|workers?)")
_BEST_ONE = re.compile(r"\bto\s+the\s+(?:candidate|applicant|person|one|team|trialist)\s+whose\s+(?:[\w-]+\s+){1,3}?(?:sells|performs|scores|"
                       r"does|works|is\s+(?:rated|judged|chosen))\s+(?:the\s+)?best\b|"
                       r"\b(?:the|whichever)\s+(?:[\w-]+\s+)?" + _ONE_PERSON + r"\s+(?:who|that)\s+(?:scores?|ranks?|comes?|performs?|does|"
                       r"finishes|places?)\s+(?:the\s+)?(?:highest|best|top|first)\b|"
                       # 'paid only to the finalist whose submission we select'
                       r"\b(?:the|whichever)\s+(?:[\w-]+\s+)?" + _ONE_PERSON + r"\s+whose\s+(?:[\w-]+\s+){1,3}?(?:we|the\s+\w+)\s+"
                       r"(?:select|selects|choose|chooses|pick|picks|prefer|prefers|use|uses)\b|"
                       r"\b(?:the|whichever)\s+(?:[\w-]+\s+)?" + _ONE_PERSON + r"\s+(?:that\s+|whom\s+)?(?:we|the\s+(?:company|firm|studio|"
                       r"agency|client|team|panel))\s+(?:pick|picks|choose|chooses|select|selects|prefer|prefers|rate\s+highest)\b", re.I)


@lru_cache(maxsize=4096)
def hire_condition(text: str) -> str | None:
    """The condition a sentence puts on its terms: 'hire' (only if the person is hired) or 'win' (only the best
    entries), or None. 'Whether or not you are hired' and 'not contingent on being hired' are not conditions."""
    if EITHER_WAY.search(text):
        return None
    if _PLACING.search(text) or _CHOSEN.search(text):
        return "win"
    if _HIRED_ONE.search(text):
        return "hire"
    if _BEST_ONE.search(text):
        return "win"
    for m in _CONDITION.finditer(text):
        if _NOT_A_CONDITION.search(text[max(0, m.start() - 40):m.start()] + " " + m.group(0)[:12]):
            continue
        if NOT_HIRED.search(text[m.start():m.end() + 12]):
            continue
        return "win" if re.search(_WON, m.group(0), re.I) and not re.search(_HIRED, m.group(0), re.I) else "hire"
    return None


_FLAT_AFTER = re.compile(r"[ \u00a0]*" + _TAX + r"(?:flat(?:\s+(?:fee|rate))?|one[- ]off|one[- ]time|lump[- ]sum|"
                         r"fixed(?:\s+fee)?|in total|total|honorarium|stipend)(?![A-Za-z])", re.I)
_UNIT_NAMES = {"hour": "hour", "hr": "hour", "h": "hour", "hourly": "hour", "ph": "hour", "p.h.": "hour",
               "day": "day", "daily": "day", "shift": "shift", "week": "week", "wk": "week", "weekly": "week",
               "pw": "week", "p.w.": "week", "month": "month", "mo": "month", "monthly": "month", "pcm": "month",
               "p.m.": "month", "pm": "month", "year": "year", "yr": "year", "annum": "year", "yearly": "year",
               "annually": "year", "annual": "year", "pa": "year", "p.a.": "year", "p. a.": "year"}
_BEFORE_UNIT = re.compile(
    r"(?P<adj>hourly|per[- ]hour|daily|day|per[- ]day|shift|weekly|monthly|annual|annualised|annualized|yearly)"
    r"\s+(?:base\s+|[a-z][\w-]*\s+){0,2}(?:rate(?: of pay)?|wage|pay|fee|salary|stipend|allowance|compensation|payment|remuneration|retainer|"
    r"gratification|bursary|grant|honorarium|scholarship)"
    # ('a monthly internship scholarship (bolsa-estágio) of R$ 2,300')
    r"(?:\s*\([^()]{1,40}\))?"
    r"\s*(?:of|is|will be|at|:|=|equal to|amounting to)?\s*(?:up to|approximately|about|around|at least|between)?\s*$",
    re.I)
_BEFORE_NAMES = {"hourly": "hour", "per hour": "hour", "daily": "day", "day": "day", "per day": "day",
                 "shift": "shift", "weekly": "week", "monthly": "month", "annual": "year", "annualised": "year",
                 "annualized": "year", "yearly": "year"}
_BEFORE_FLAT = re.compile(
    r"(?:(?:flat|fixed|one[- ]off|one[- ]time|lump[- ]sum|single|total)\s+(?:fee|rate|payment|sum|amount|stipend|"
    r"honorarium|price)|honorarium|lump[- ]sum|(?:a|the)\s+(?:total|sum)\s+of|in total|\ba\s+flat)"
    r"\s*(?:of|is|will be|:|=)?\s*$",
    re.I)
# 'every hour is paid at CAD 19', 'each day will be paid at R350'
_PAID_PER_BEFORE = re.compile(r"\b(?:every|each|per|an?)\s+(?P<u>hour|day|shift|week)\s+(?:worked\s+|of\s+(?:the\s+|your\s+)?\w+\s+)?(?:is|are|will\s+be)\s+"
                              r"paid\s+(?:at|@)?\s*$", re.I)
_EACH_PERIOD = re.compile(r"\b(?:the|these|those|all|your|trial)\s+(?:[\w-]+\s+)?(?P<u>hours|days|shifts|weeks)\s+(?:are|will\s+be)\s+"
                          r"paid\s+(?:at|@)?\s*$", re.I)
_EACH_AFTER = re.compile(r"\s+each\b", re.I)
_BEFORE_SALARY = re.compile(r"salary\s*(?:of|is|will be|:)?\s*(?:up to|approximately|about|around)?\s*$", re.I)
_WEIGHT = re.compile(r"\b(?:lift\w*|carry\w*|carrie\w*|weigh\w*|push\w*|pull\w*|load\w*|lbs?)\b", re.I)
_NOT_MONEY_BEFORE = re.compile(r"\b(?:form|room|rule|section|clause|item|ref|no)\.?\s*$", re.I)
_SENTENCE_BREAK = re.compile(r"[.;!?\n](?=\s|$)")
# Cheap tests that let most sentences skip the long patterns.
_DIGIT = re.compile(r"\d")
_CURRENCY_WORD = re.compile(CURRENCY_NAMES, re.I)
_TIME_WORD = re.compile(r"\d\s*h|\d\s*[ap]\.?\s?m\b|\d[:.]\d\d|hour|hrs?\b|min|day|week|wk|fortnight|month|shift|session|afternoon|morning|evening|weekend|"
                        r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b",
                        re.I)
_OPEN_HINT = re.compile(r"as long as|until|ongoing|open[- ]ended|indefinite|extend|no fixed|unlimited|as (?:many|much)|however long|"
                        r"in whatever",
                        re.I)


def _window(text: str, start: int, size: int = 60) -> str:
    """The text just before `start`, cut at the last sentence break."""
    before = text[max(0, start - size):start]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def _currency(pre: str | None, suf: str | None, qual: str | None, word: str | None, default_dollar: str,
              local: str | None = None) -> str:
    """ISO code from a symbol or code before the number, or a code or word after it (the word wins); `local` is the
    currency where the document is, which decides a name several countries use (the dirham)."""
    if suf == "$":
        return default_dollar
    if suf:
        code = {"€": "EUR", "£": "GBP", "zł": "PLN", "₹": "INR", "₫": "VND", "Kč": "CZK", "₺": "TRY", "฿": "THB", "₩": "KRW",
                "USDC": "USD", "USDT": "USD"}.get(suf, suf.upper())
        return _CODE_ALIASES.get(code, code)
    if word:
        lowered = word.lower()
        if "peso" in lowered and "philippine" not in lowered:
            # pesos are the local peso where the document is; written with '$' elsewhere, the Mexican peso (the
            # Philippine peso is written ₱)
            if default_dollar in _DOLLAR_PESOS:
                return default_dollar
            if (pre or "").strip() == "$":
                return "MXN"
        if "dirham" in lowered:
            return local if local in _DIRHAMS else "AED"
        code = next((c for stem, c in _WORD_CURRENCY.items() if stem in lowered), None)
        return code or _QUALIFIER.get((qual or "").lower(), default_dollar)
    key = re.sub(r"\s", "", pre or "$").upper()
    if key == "$":
        return default_dollar
    if re.fullmatch(r"[A-Z]{3}\$", key) and key[:3] in CURRENCY_CODES:  # 'COP $35.000', 'MXN$ 500': the code names it
        return key[:3]
    if key not in _PREFIX_MAP and re.fullmatch(r"[A-Z]{2}\$", key):  # FJ$, TT$: the dollar of that country
        country = next((c for c in countries().values() if c.iso == key[:2]), None)
        if country is not None and country.currency:
            return country.currency
    return _PREFIX_MAP.get(key) or (key if re.fullmatch(r"[A-Z]{3}", key) else default_dollar)


def _amount(n: str, mult: str | None, currency: str) -> float:
    value = _parse_number(n, currency)
    if mult:
        value *= _MULT_VALUE[mult.strip().lower().rstrip("s")]
    return value


_PAREN_AFTER = re.compile(r"\s*\([^()\d]{2,60}\)")


# The unit in French, Spanish, Portuguese or German: '22,50 $ de l'heure', '15 € par jour', '$5.000 por hora', '12 € pro
# Stunde', '900 € par mois'.
_LOCAL_UNIT_AFTER = re.compile(
    r"[ \u00a0]*(?:(?:brut|bruto|brutto|net|neto|netto)\s+)?(?:"
    r"(?:de\s+l['’]|par\s+|por\s+|pro\s+|la\s+|/\s?|a\s+la\s+|al\s+|à\s+l['’])"
    r"(?:(?P<hour>heure|hora|Stunde)|(?P<day>jour|journée|d[ií]a|Tag)|(?P<week>semaine|semana|Woche)|(?P<month>mois|mes|m[eê]s|Monat))|"
    # ('ARS 1.800.000 mensuales', '2.000 € brutto monatlich', '1 500 € mensuels')
    r"(?P<hour_>stündlich|horaires?)|(?P<day_>diari[oa]s?|journaliers?|täglich)|(?P<week_>semanales?|hebdomadaires?|wöchentlich)|"
    r"(?P<month_>mensual(?:es)?|mensuel(?:le)?s?|mensais?|mensili?|monatlich))(?![A-Za-zà-ÿ])", re.I)


def _unit_after(text: str, end: int) -> tuple[str | None, int, str]:
    """The pay unit stated right after an amount ('/hr', 'per day', 'flat'), where it ends, and a piece's item."""
    # an amount restated in words between the figure and its unit: "R45.00 (forty-five rand) per hour"
    paren = _PAREN_AFTER.match(text, end)
    if paren:
        unit, stop, item = _unit_after(text, paren.end())
        if unit is not None:
            return unit, stop, item
    m = _UNIT_AFTER.match(text, end)
    if m:
        token = (m.group("pu") or m.group("adj") or "").lower()
        if m.group("pu") and token == "h" and m.group("per").lower() not in ("/", "per"):
            token = ""
        if token in _UNIT_NAMES:
            return _UNIT_NAMES[token], m.end(), ""
        if token:  # per task / per project ...
            return "flat", m.end(), ""
    m = _LOCAL_UNIT_AFTER.match(text, end)
    if m:
        return next(unit.rstrip("_") for unit, word in m.groupdict().items() if word), m.end(), ""
    m = _PIECE_AFTER.match(text, end)
    if m:
        return "piece", m.end(), m.group("item").lower()
    m = _FLAT_AFTER.match(text, end)
    if m:
        return "flat", m.end(), ""
    return None, end, ""


# An internship in the local word: pasantía (Spanish), staż (Polish), Praktikum (German), estágio (Portuguese), tirocinio
# (Italian), stagiaire (French; 'stage' alone is also English for a step).
LOCAL_INTERNSHIP = r"(?i:pasant[ií]as?|sta[zż]|praktikum|est[aá]gios?|tirocini[oa]?|stagiaires?)"


# Currencies of places where a salary with no period is stated by the month ('salary 15,000 baht', 'sueldo MX$12,000').
MONTHLY_SALARY_CURRENCIES = frozenset({"THB", "PHP", "MYR", "IDR", "VND", "BDT", "PKR", "LKR", "NGN", "KES", "GHS", "UGX",
                                       "TZS", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "EGP", "MAD", "TRY", "UAH", "RUB",
                                       "CNY", "TWD"})


def _unit_before(text: str, start: int, amount: float, currency: str | None = None) -> str | None:
    """A pay unit named just before the amount ('hourly rate of $25', 'a flat fee of $300')."""
    window = _window(text, start)
    m = _BEFORE_UNIT.search(window)
    if m:
        return _BEFORE_NAMES[m.group("adj").lower().replace("-", " ")]
    m = _PAID_PER_BEFORE.search(window)
    if m:
        return _UNIT_NAMES.get(m.group("u").lower(), m.group("u").lower())
    if _BEFORE_FLAT.search(window):
        return "flat"
    if _BEFORE_SALARY.search(window):
        if currency in MONTHLY_SALARY_CURRENCIES:
            return "month"
        if amount >= 12_000:
            return "year"
    return None


def _looks_like_version(pre: str | None, n: str, suf_word: str | None) -> bool:
    # 'PHP 8.2' and 'R4.3' are software versions, not pesos or rand.
    return bool(pre in ("PHP", "Php", "R") and not suf_word and re.fullmatch(r"\d(?:\.\d)?(?:\.\d+)?", n))


def parse_money(text: str, default_dollar: str = "USD", local: str | None = None) -> list[Money]:
    """Every amount of money in `text`, with span, ISO currency and unit ('$' means `default_dollar`; `local` is the
    currency where the document is, if known)."""
    out: list[Money] = []
    pos = 0 if _DIGIT.search(text) else len(text)
    while (m := _MONEY.search(text, pos)) is not None:
        item = _money_from_match(text, m, default_dollar, local)
        if item is None:
            pos = m.end()
            continue
        out.append(item)
        pos = item.end
    for m in _WORD_MONEY.finditer(text) if _CURRENCY_WORD.search(text) else ():
        if any(o.start <= m.start() < o.end for o in out):
            continue
        value = words_to_number(m.group("w"))
        if value is None or _is_weight(text, m.start(), m.end(), m.group("word"), m.group("sterling")):
            continue
        currency = _currency(None, None, m.group("qual"), m.group("word"), default_dollar, local)
        out.append(_finish(text, m.start(), m.end(), value, value, currency))
    return sorted(out, key=lambda x: x.start)


def _is_weight(text: str, start: int, end: int, word: str | None, sterling: str | None) -> bool:
    if not word or not word.lower().startswith("pound") or sterling:
        return False
    return bool(_WEIGHT.search(_window(text, start, 50)) or re.match(r"\s+(?:of|in weight)\b", text[end:end + 12]))


def _money_from_match(text: str, m: re.Match[str], default_dollar: str, local: str | None) -> Money | None:
    pre, n, mult = m.group("pre"), m.group("n1"), m.group("m1")
    if any(c and re.fullmatch(r"[A-Z]{3}", c) and c not in CURRENCY_CODES for c in (pre, m.group("suf"))):
        return None  # three capitals that are not a currency ('THE 3 DAYS')
    if not (pre or m.group("suf") or m.group("word")):
        return _bare_range(text, m, default_dollar, local)
    end = m.end()
    nxt = text[end:end + 1]
    if nxt in ("%",) or re.match(r"\s?(?:%|percent|per cent)", text[end:end + 9]):
        return None
    if nxt.isalnum() and _unit_after(text, end)[0] is None:
        return None
    if pre == "R" and _NOT_MONEY_BEFORE.search(_window(text, m.start(), 12)):
        return None
    if _looks_like_version(pre, n, m.group("word")) and _unit_after(text, end)[0] is None:  # ('R8 per hour' is pay)
        return None
    if _is_weight(text, m.start(), end, m.group("word"), m.group("sterling")):
        return None
    if m.group("word") and not pre and re.fullmatch(r"(?:19|20)\d\d", n) and re.search(r"\bin\s*$", text[:m.start()]):
        return None  # 'in 2024 dollars'
    currency = _currency(pre, m.group("suf"), m.group("qual"), m.group("word"), default_dollar, local)
    low = high = _amount(n, mult, currency)
    # A range: '$20-25', '$20 to $25', 'between £50 and £80'.
    tail = _RANGE_TAIL.match(text, end)
    between = re.search(r"\bbetween\s*$", text[max(0, m.start() - 12):m.start()])
    if tail and (tail.group("conn").lower() != "and" or between):
        marked = tail.group("pre") or tail.group("suf") or tail.group("word")
        t_cur = _currency(tail.group("pre"), tail.group("suf"), tail.group("qual"), tail.group("word"),
                          default_dollar, local) if marked else currency
        # '20-25 USD': a code after the range names both ends.
        r_cur = t_cur if (tail.group("suf") or tail.group("word")) and not pre else currency
        t_mult = tail.group("m1")
        second = _amount(tail.group("n1"), t_mult, t_cur)
        scale = _MULT_VALUE[t_mult.strip().lower().rstrip("s")] if t_mult and not mult else 1.0
        first = low * scale if low * scale <= second else low  # '$20-25k' is 20,000-25,000
        if t_cur == r_cur and second >= first and not _NOT_A_RANGE_END.match(text, tail.end()):
            low, high, end, currency = first, second, tail.end(), r_cur
    return _finish(text, m.start(), end, low, high, currency)


def _bare_range(text: str, m: re.Match[str], default_dollar: str, local: str | None) -> Money | None:
    """'20-25 USD' and 'between 20 and 25 dollars': the currency comes after the second number."""
    tail = _RANGE_TAIL.match(text, m.end())
    if not tail or tail.group("pre") or not (tail.group("suf") or tail.group("word")):
        return None
    if tail.group("conn").lower() == "and" and not re.search(r"\bbetween\s*$", text[max(0, m.start() - 12):m.start()]):
        return None
    if _is_weight(text, m.start(), tail.end(), tail.group("word"), tail.group("sterling")):
        return None
    currency = _currency(None, tail.group("suf"), tail.group("qual"), tail.group("word"), default_dollar, local)
    t_mult = tail.group("m1")
    low, high = _amount(m.group("n1"), m.group("m1") or t_mult, currency), _amount(tail.group("n1"), t_mult, currency)
    if high < low:
        return None
    return _finish(text, m.start(), tail.end(), low, high, currency)


def _finish(text: str, start: int, end: int, low: float, high: float, currency: str) -> Money:
    unit, unit_end, item = _unit_after(text, end)
    stated = True
    if unit is None:
        unit = _unit_before(text, start, high, currency)
        # ('The days are paid at CLP 38,000 each': each of the periods named before the amount)
        each = _EACH_AFTER.match(text, end) if unit is None else None
        m = _EACH_PERIOD.search(_window(text, start)) if each else None
        if m:
            unit = _UNIT_NAMES.get(m.group("u").lower().rstrip("s"), m.group("u").lower().rstrip("s"))
            end = each.end()
        if unit is None:
            unit, stated = "flat", False
    else:
        end = unit_end
    return Money(low, high, currency, unit, start, end, text[start:end].strip(), stated, item)


# ---------------------------------------------------------------- effort and deadlines

_QTY = (rf"(?:\d+(?:[.,]\d+)?|{WORD_NUMBER}|a\s+couple(?:\s+of)?|a\s+few|several|a\s+half|half\s+an?|half-an?|"
        rf"an?|one|the(?=\s+(?:whole|full|entire)\s))")  # 'the whole week' is a week
_UNIT_RE = (r"(?P<unit>hours?|hrs?|h|minutes?|mins?|min|days?|weeks?|wks?|months?|shifts?|sessions?|afternoons?|"
            r"mornings?|evenings?|weekends?)")
_QU = re.compile(
    rf"(?<![\w.,$£€])(?:(?P<between>between)\s+)?(?P<q1>{_QTY})(?P<half1>\s+and\s+a\s+half)?"
    rf"(?:\s*(?:-|–|—|to|or|(?(between)and|(?!)))\s*(?P<q2>{_QTY})(?P<half2>\s+and\s+a\s+half)?)?"
    rf"(?:(?<=\d)\s*|[\s-]+)(?P<adj>(?:(?:full|whole|entire|extra|additional|trial|paid|unpaid|test|training|induction|video|online|"
    rf"phone|practical|hands-on|skills|group|"
    rf"practice|probationary|onboarding|good(?=[- ]working)|clinic|shop|salon|store|kitchen|office|site|studio|school|"
    rf"restaurant|ward|lab|warehouse|field|floor|bar|service|production|shooting|sea|consecutive|straight|successive|"
    rf"preparation|prep|crunch|launch|"
    rf"back-to-back)[- ]){{0,2}})(?P<wd>(?:working|business)[- ])?"
    rf"{_UNIT_RE}(?![\w])(?!\s+(?:lead|leader|manager|supervisor|pattern|allowance|premium|differential|swap|worker|change)s?\b(?!-))"
    rf"(?!['’]?\s+(?:salary|salaries|pay|wages?|notice|rent|fees?|bonus|base|gross|net)\b)"  # "2 months' salary" is money
    rf"(?P<halfu>\s+and\s+a\s+half)?", re.I)
_COMPOUND = re.compile(
    rf"(?<![\w.,$£€])(?P<n>{_QTY})(?:\s*(?:x|×)\s*|\s+)(?:(?:full|whole|long|consecutive|paid|unpaid)\s+)?"
    rf"(?P<h>\d+(?:[.,]\d+)?|{WORD_NUMBER})[- ](?:hours?|hrs?|h)"
    rf"(?:\s+long)?\s+(?:(?:evening|morning|night|day|weekend|trial|paid|unpaid|training|working|kitchen|bar|floor|"
    rf"warehouse|shop|store|clinic|site)\s+)?(?P<unit>shifts?|days?|sessions?|blocks?|weeks?)(?![\w])", re.I)
# The count first and each one's length after it: '3 Orientation Shifts of 8 hours each', 'two sessions of 3 hours'.
_COMPOUND_OF = re.compile(
    rf"(?<![\w.,$£€])(?P<n>{_QTY})\s+(?:[\w-]+\s+){{0,2}}?(?P<unit>shifts?|days?|sessions?|blocks?)\s+of\s+(?:about\s+|around\s+)?"
    rf"(?P<h>\d+(?:[.,]\d+)?|{WORD_NUMBER})\s*(?:hours?|hrs?|h)\b(?:\s+each)?", re.I)
_OR_TWO = re.compile(r"(?<![\w])an?\s+(?P<unit>hour|day|week)\s+or\s+two(?![\w])", re.I)
# One stage named by its period: 'the trial week', 'a training day', 'an induction fortnight', 'Trial fortnight from
# Mon 3 Nov'.
_STAGE_PERIOD = re.compile(r"(?<![\w])(?P<det>(?:a|an|the|one|this|your|our)\s+)?(?:paid\s+|unpaid\s+)?(?:trial|training|"
                           r"induction|probation(?:ary)?|onboarding|try-?out|work\s+experience)\s+"
                           # (with no article, only a week or a fortnight: 'Trial day – Barista' names an event)
                           r"(?P<unit>(?(det)(?:week|day|fortnight)|(?:week|fortnight)))(?![\w])", re.I)
_H_MIN = re.compile(r"(?<![\w.,:$£€])(?P<h>[0-5])\s?h\s?(?P<m>[0-5]\d)(?![\w:])(?!\s*(?:to|-|–|—|until|till|à|a)\s*\d)", re.I)  # '1h30': an hour and a half
_HALF_DAY = re.compile(r"(?<![\w])(?:a\s+)?half[- ](?P<unit>day|shift)(?![\w])", re.I)
# Dated days: 'from Monday 13 to Friday 17 April' is five working days.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATED_DAYS = re.compile(rf"\b{_WEEKDAY}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?\s*(?:to|until|till|through|"
                         rf"-|\u2013|\u2014)\s*(?:{_WEEKDAY}\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b")
# ... and 'from 22 to 27 April': a span of dates in one month
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_SPAN = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|until|till|through|-|\u2013|\u2014)\s*"
                        rf"(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}(?![a-z])")
# ... and the days of a schedule by number: 'Days 1 and 2 make up the familiarisation period', 'days 1-3'
_NUMBERED_WEEKS = re.compile(r"\b[Ww]eeks?\s+(?P<d1>\d{1,2})\s*(?:and|&|-|\u2013|to|through)\s*(?P<d2>\d{1,2})\b")
_NUMBERED_DAYS = re.compile(r"\b[Dd]ays?\s+(?P<d1>\d{1,2})\s*(?:and|&|-|\u2013|to|through)\s*(?P<d2>\d{1,2})\b")
# ... and 'Monday through Wednesday': a span of weekdays
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_DAY_SPAN = re.compile(rf"\b(?P<w1>{_WEEKDAY})\s*(?:to|through|thru|until|till|-|\u2013|\u2014)\s*(?P<w2>{_WEEKDAY})\b", re.I)
# Two or three named days beside the hours of each: 'this Fri AND Sat, 5pm till close', 'Fri, Sat and Sun 9-5'.
_DAY_NAME = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
NAMED_DAYS = "named days"
_DAY_LIST = re.compile(rf"\b(?P<first>{_DAY_NAME})(?P<rest>(?:\s*,\s*{_DAY_NAME}){{0,1}}\s*(?:,\s*)?(?:and|&|\+)\s*{_DAY_NAME})(?![\w])",
                       re.I)
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b|\b\d{1,2}[:.]\d{2}\b", re.I)
# ... or beside words that make each a working day: 'it runs Thursday through Saturday, full days'
_FULL_DAYS = re.compile(r"\b(?:full|whole|entire)\s+(?:working\s+)?days\b|\ball[- ]day\b", re.I)
MAX_DATED_DAYS = 14
_EACH_LASTS = re.compile(r"\b(?P<u>shift|session|day)s?\s+(?:are|is|last|lasts|run|runs)\s+(?:about\s+|around\s+|roughly\s+|usually\s+)?$",
                         re.I)
_RESTATES = re.compile(r"^\s*(?:,|\(|[-–—]|:)\s*(?:so\s+|that\s+is\s+|i\.e\.\s*)?(?:about|around|approximately|roughly|~|up\s+to|"
                       r"at\s+most)?\s*$", re.I)
_WHEN_AFTER = re.compile(r"^\s*(?:,|[-–—]|\(|;)?\s*(?:on|in|during)?\s*$", re.I)  # ('about an hour one afternoon')
_PER_AFTER = re.compile(r"\s*(?:(?:/|per|a|an|each|every)\s*(?P<per>day|week|wk|shift|session|month|evening|night|morning|afternoon)s?(?![\w])|"
                        r"(?P<adj>daily|weekly|monthly)(?![\w])|(?P<each>each)(?![\w]))", re.I)
_HOURS_EACH_DAY = re.compile(r"\b(?:1[0-2]|[1-9])(?:[.,]\d)?\s*(?:hours?|hrs?|h)\s+(?:a|each|per|every)\s+day\b", re.I)
_GAP_OF = re.compile(r"^\s*(?:(?:working\s+)?(?:full\s+)?(?:trial|period|interview|placement|internship|assignment|engagement|"
                     r"project|test|programme|program|stint|job|shift)s?\b)?[\s,;:(\-–—]*(?:of|at|x|×|with|comprising|"
                     r"each of)?[\s(]*(?:about|around|approximately|roughly|up to|~)?\s*$", re.I)
_GAP_FOR = re.compile(r"^\s*,?\s*(?:for|over|across|during|in each of)\s+(?:the\s+next\s+|a\s+period\s+of\s+|"
                      r"about\s+|around\s+)?$", re.I)
_DEADLINE_BEFORE = re.compile(
    r"(?:\bwithin|\bin the next|\binside(?: of)?|\bno later than|\bnot later than|\bvalid (?:for|until)|\bopen for|"
    r"\bgood for|\bheld open for|\bstands for|\bexpires? (?:in|after|within)|\blapses? (?:in|after)|\bdue (?:in|within)|"
    r"\bdeadline (?:of|is)|\bturnaround\s*\(?\s*(?:of|is|under|within|in)|\byou(?:['’]ll| will)? have|\bgiven|"
    r"\b(?:submit|return|reply|respond|send|deliver|accept|sign|decide|confirm|revert)\w*\s+(?:\w+\s+){0,3}?in)"
    r"\s+(?:only\s+|just\s+)?(?:up to\s+|a maximum of\s+|the next\s+|the following\s+)?$", re.I)
_DEADLINE_AFTER = re.compile(
    r"^\s*(?:(?:to|in which to)\s+(?:respond|reply|accept|decide|sign|submit|return|confirm|send|deliver|get back|"
    r"revert|complete|finish|read|review|consider|think)|(?:deadline|window|turnaround|time limit)\b|(?:of|after|from|following)\s+(?:receipt|"
    r"receiving|the date|this|the offer|today|signing|the invitation|sending|issue))", re.I)
_TIMEBOX_VERB = re.compile(r"\b(?:complete|finish|do|spend|work on|solve|take)\w*\b[^.;]{0,40}$", re.I)
_TAKES = re.compile(r"\b(?:it|they|this|these|each|which|that|modules?|tasks?)\s+(?:will\s+|should\s+|usually\s+|typically\s+)?"
                    r"(?:take|takes|took|need|needs)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|up\s+to\s+|some\s+)?$", re.I)
_TIMEBOX_AFTER = re.compile(r"^\s*(?:to|in which to)\s+(?:complete|finish|do|solve|work)", re.I)
_NOT_EFFORT_AFTER = re.compile(
    r"^\s*(?:['’]s?\s*)?(?:written\s+)?notice\b|^\s*(?:after|following|from|post|prior to|before|ago|old|earlier|"
    r"later|term)\b|^\s*\)?\s*(?:of\s+)?(?:paid\s+|unpaid\s+)?(?:new[- ]parent\s+|parental\s+)?\(?(?:vacation|pto|"
    r"holidays?|leave|off|sabbatical|maternity|paternity|sick)\b|^\s*(?:for|of|as)\s+(?:a\s+|your\s+)?(?:lunch|breaks?|rest)\b|"
    r"^\s*(?:lunch|meal|rest)?\s*breaks?\b|"
    # how long something is kept before it is deleted: 'in your application file for 6 months, then delete it'
    r"^\s*,?\s*(?:and\s+)?(?:then|after\s+which)\s+(?:we\s+|it\s+is\s+|they\s+are\s+)?(?:delete|deleted|destroy|destroyed|erase|erased)\b|"
    # what the work is about, not its length: 'a one-page idea for a weekend activity programme'
    r"^\s*(?:activit(?:y|ies)|programmes?|programs?|itinerar(?:y|ies)|packages?|getaways?|specials?)\b|"
    # the length of rights or of an embargo, not of work: "90 days' online exclusivity"
    r"^\s*(?:['’]s?\s*)?(?:of\s+)?(?:online\s+|print\s+|worldwide\s+|first\s+)?(?:exclusivity|exclusive\s+rights|embargo|licen[cs]e|"
    r"rights|archive\s+rights|hold\s*back)\b|"
    # the length of what is delivered, not the time it takes to make: 'a 3-minute video', '90 seconds long'
    r"^\s*(?:long\b|in\s+length\b|of\s+(?:footage|video|audio|film|music|runtime|airtime)\b|(?:video|clip|film|reel|podcast|"
    r"episode|recording|track|song|showreel|voice-?over|animation|trailer|advert|ad)s?\b"
    r"(?!\s+(?:session|call|interview|meeting|chat|conference|shift|trial)s?\b))", re.I)  # ('a two-hour video session')
_NOT_EFFORT_BEFORE = re.compile(
    # ('Keep it to about an hour' is a time box for the work, not a retention period)
    r"(?:non-?compet\w*|non-?solicit\w*|restrict\w*|retain\w*|retention|store[sd]?|kept|"
    r"keep(?!\s+(?:it|this|that|yours|the\s+(?:task|test|exercise|work)|your\s+(?:answer|submission|work|time))\s+"
    r"(?:to|under|within|below)\b)|confidential\w*|"
    r"surviv\w*|warrant\w*|probation\w*|notice period|vest\w*|(?:a|the|initial|contract)\s+term\s+(?:of|is))\b"
    r"[^.;]{0,50}$|\bspread\s+(?:out\s+)?(?:over|across)\s+$|"  # ('about ten hours, spread over a week')
    # what the work plans, not its length: 'set room prices for one week in July', 'draft a rota for two weeks'
    r"\b(?:prices?|rates?|rotas?|rosters?|schedules?|menus?|plans?|budgets?|forecasts?|timetables?|itinerar(?:y|ies)|staffing)\s+"
    r"for\s+(?:the\s+|a\s+)?(?:next\s+|coming\s+)?$|"
    r"\b(?:every|each|per|once|twice|after|before|since|until|till)\s+(?:the\s+)?(?:first\s+|next\s+|"
    r"last\s+|other\s+)?$|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!longer\s)(?<!shorter\s)\bthan\s+$|"
    # the company's own time: 'Reviewers have 72h to comment'
    r"\b(?:reviewers?|assessors?|the\s+(?:panel|council|committee|hiring\s+team))\s+(?:will\s+)?(?:have|take|need)\s+(?:up\s+to\s+)?$|"
    # the length of a deliverable: 'video packages of 2-4 minutes', 'a clip lasting 90 seconds'
    r"\b(?:videos?|clips?|films?|reels?|podcasts?|episodes?|recordings?|tracks?|songs?|packages?|voice-?overs?|animations?|"
    r"trailers?|adverts?)\s+(?:\w+\s+)?(?:of\s+|lasting\s+|running\s+|between\s+|\(\s*)(?:about\s+|around\s+|up\s+to\s+|roughly\s+)?$",
    re.I)
# Words after which 'a week' / 'an hour' is an amount of time, not a frequency ('two requests a week').
_ARTICLE_OK_BEFORE = re.compile(
    r"(?:^|[(:\-–—,]|\b(?:for|take|takes|taking|took|last|lasts|lasting|spend|spending|spent|about|around|"
    r"approximately|roughly|nearly|almost|under|over|within|than|to|of|is|be|was|will|need|needs|require|requires|"
    r"only|just|least|most|up|expect|allow|allocate|give|volunteer|donate|with|and|or|work|working|full|entire|whole))\s*$", re.I)
_OPEN_ENDED = re.compile(
    r"as long as (?:it takes|(?:is |are )?(?:necessary|needed|required))|until (?:we|the company|the employer|"
    r"management|the client|you) (?:decide|determine|are satisfied|is satisfied|say)|until (?:further notice|"
    r"completion|the (?:work|project|task|assignment) is (?:done|complete|completed|finished))|"
    r"(?:extend|continue|prolong)\w*[^.;]{0,60}at (?:our|the company's|the employer's|its|the client's) (?:sole )?discretion|"
    r"as long as (?:the|our|its) (?:production|project|client|company|business|shoot|team) (?:requires?|needs?)|"
    r"unlimited (?:revisions|rounds|hours)|as (?:many|much) (?:hours|time) as (?:needed|necessary|required)|"
    r"until (?:a )?(?:hiring )?decision is made|until (?:the )?(?:role|position) is filled|"
    # 'that extra time's unpaid as well, however long it takes'; 'the additional hours remain unpaid, in whatever number
    # the Client requires'
    r"however long (?:it takes|(?:is |are )?(?:necessary|needed|required)|(?:we|I|the client|the company) (?:need|needs|want|wants|require|requires))|"
    r"in whatever (?:number|amount|quantity|length) (?:the client|the company|we|I|the employer) (?:requires?|needs?|wants?|asks?)", re.I)
# Weaker wording that marks open-ended work only in a sentence about work ('the trial may be extended', not
# 'this obligation survives indefinitely').
_OPEN_ENDED_WEAK = re.compile(
    r"\bongoing\b|open[- ]ended|\bindefinite(?:ly)?\b|\bextend[ai]ble\b|(?:may|can|could|will|might) be extended|"
    r"no fixed (?:end|duration|term|end date)", re.I)
_WORK_CONTEXT = re.compile(r"\b(?:trial|work|project|assignment|engagement|internship|placement|shifts?|tasks?|"
                           r"probation\w*|interview|unpaid)\b", re.I)
_EFFORT_RANGE_GAP = re.compile(r"^\s*(?:to|-|–|—|or)\s*(?:~|about|around|up to)?\s*$", re.I)

_UNIT_BASE = {"hour": "hour", "hr": "hour", "h": "hour", "minute": "minute", "min": "minute", "day": "day",
              "week": "week", "wk": "week", "month": "month", "shift": "shift", "session": "session",
              "afternoon": "afternoon", "morning": "morning", "evening": "evening", "weekend": "weekend",
              "block": "session"}
_PER_BASE = {"day": "day", "daily": "day", "evening": "day", "night": "day", "morning": "day", "afternoon": "day",
             "week": "week", "wk": "week", "weekly": "week", "shift": "shift",
             "session": "session", "month": "month", "monthly": "month"}


def _unit_base(raw: str) -> str:
    word = raw.lower()
    stem = word if word in _UNIT_BASE else word.rstrip("s")
    return _UNIT_BASE.get(stem, stem)


def _qty(raw: str) -> tuple[float, float] | None:
    s = re.sub(r"\s+", " ", raw.lower().strip())
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        v = float(s.replace(",", "."))
        return v, v
    fixed = {"a": 1, "an": 1, "one": 1, "the": 1, "a couple": 2, "a couple of": 2, "a half": 0.5, "half a": 0.5,
             "half an": 0.5, "half-a": 0.5, "half-an": 0.5}
    if s in fixed:
        return fixed[s], fixed[s]
    if s == "a few":
        return 2.0, 4.0
    if s == "several":
        return 3.0, 6.0
    v = words_to_number(s)
    return (v, v) if v is not None else None


@dataclass(frozen=True)
class _Piece:
    kind: str  # total, count, per, each, freq
    unit: str  # hour/minute for totals; day/week/... for counts; period for per
    low: float
    high: float
    start: int
    end: int
    working: bool = False
    basis: str = ""
    unit_hours: tuple[str, float, float] | None = None
    clock: bool = False  # a span of clock times ('19:00-20:30')
    stage: bool = False  # a stage named by its period ('the trial week')


_DAY_PARTS = ("day", "evening", "morning", "afternoon", "shift", "session")


def _hours_each(unit: str, count_low: float, count_high: float, working: bool) -> tuple[float, float, str] | None:
    """Hours for N units of time when the text gives no hours ('two days' -> 16 h)."""
    if unit == "session":
        return None
    if unit == "day" and not working and count_low >= 7:  # '14 days' means two calendar weeks
        per = HOURS_PER_WEEK / 7
        return count_low * per, count_high * per, f"{_fmt_hours(count_low, count_high)} calendar days at 40 h a week"
    h = DEFAULT_HOURS[unit]
    return count_low * h, count_high * h, f"{_units(count_low, count_high, unit)} x {_fmt_hours(h, h)} h"


def _units(low: float, high: float, unit: str) -> str:
    return f"{_fmt_hours(low, high)} {unit}{'' if low == high == 1 or (low == high and low < 1) else 's'}"


def _article_is_duration(text: str, m: re.Match[str], unit: str) -> bool:
    """'takes a week' is time; 'two requests a week' is a frequency."""
    before = text[max(0, m.start() - 30):m.start()]
    if re.search(r"\bin\s*$", before, re.I):
        return unit == "hour"  # 'in an hour' is a time box, 'two jobs in a week' a frequency
    return bool(_ARTICLE_OK_BEFORE.search(before))


# A span of clock times is hours of work: '8am-4pm', '9:00 a.m. - 2:00 p.m.', 'from 7.30am until 6pm', '17:00-23:00'.
# ('Sat 7a-3p'; the French and Portuguese '9h to 18h', '9h00-17h30')
_CLOCK = r"(?P<{h}>\d{{1,2}})(?:[:.h](?P<{m}>\d{{2}})|h(?![a-z\d]))?\s*(?P<{ap}>[ap](?:\.?\s?m\.?|(?![a-z])))?"
_CLOCK_RANGE = re.compile(
    r"(?<![\w.,:$£€])" + _CLOCK.format(h="h1", m="m1", ap="ap1") + r"\s*(?:-|–|—|to|until|till|through)\s*"
    + _CLOCK.format(h="h2", m="m2", ap="ap2") + r"(?!\w|:\d)", re.I)  # ('9h-17h: welcoming guests')


# A span from a time on one day to a time on a later day: 'Thursday 18:00 to Saturday 20:00', 'from 6pm Friday until
# 4pm Sunday'. Counted day by day, at most a working day (8 h) of each day, so a weekend on call is not 48 hours of work.
_T1, _T2, _T5, _T6 = (_CLOCK.format(h=f"h{n}", m=f"m{n}", ap=f"ap{n}") for n in (1, 2, 5, 6))
_DAYCLOCK_SPAN = re.compile(
    rf"\b(?:(?P<w1>{_WEEKDAY})\s*,?\s*(?:from\s+|at\s+)?{_T1}|{_T5}\s*(?:on\s+)?"
    rf"(?P<w5>{_WEEKDAY}))\s*(?:-|\u2013|\u2014|to|until|till|through)\s*(?:(?P<w2>{_WEEKDAY})\s*,?\s*(?:at\s+)?"
    rf"{_T2}|{_T6}\s*(?:on\s+)?(?P<w6>{_WEEKDAY}))(?![\w:])", re.I)
MAX_DAY_HOURS = 8


def _day_clock_hours(m: re.Match[str]) -> float | None:
    """Working hours in a span from a time on one weekday to a time on a later one, or None."""
    def at(n: int) -> float | None:
        h, mins, ap = m.group(f"h{n}"), m.group(f"m{n}"), (m.group(f"ap{n}") or "").lower()[:1]
        if h is None or int(h) > 24 or (not mins and not ap):
            return None  # a bare number beside a day is a date ('Friday 13'), not a time
        t = int(h) + int(mins or 0) / 60
        return t + 12 if ap == "p" and t < 12 else (t - 12 if ap == "a" and t >= 12 else t)
    w1, w2 = (m.group("w1") or m.group("w5")), (m.group("w2") or m.group("w6"))
    t1, t2 = at(1) if m.group("w1") else at(5), at(2) if m.group("w2") else at(6)
    if t1 is None or t2 is None:
        return None
    days = (_WEEKDAYS.index(w2[:-3].lower()) - _WEEKDAYS.index(w1[:-3].lower())) % 7
    if days == 0:
        return None
    hours = min(24 - t1, MAX_DAY_HOURS) + (days - 1) * MAX_DAY_HOURS + min(t2, MAX_DAY_HOURS)
    return round(hours, 2)


# A start and an end named apart in one sentence: 'We start at 4am sharp and you'd be with us until we've done the
# second bake ..., so about half 12 each day'; '5pm till close (usually about 11.30)'.
_T = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
_LOOSE_RANGE = re.compile(
    r"\b(?:start\w*|begin\w*|from|in\s+at|arrive\s+(?:at|by)|kick\s+off|meet\b[^.;?!\d]{0,40}?)\s+(?:at\s+)?"
    r"(?P<a>\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?)"
    r"(?![\w])(?:\s+sharp)?[^.;?!]{0,120}?\b(?:until|till|til|to|finish\w*(?:\s+(?:at|around|about|by))?|back\s+by|done\s+by|"
    r"wrap\w*(?:\s+up)?\s+by|so(?=\s+(?:about|around|roughly)))\s+(?:about\s+|around\s+|roughly\s+|approx\w*\.?\s+|usually\s+)?"
    r"(?:(?P<b>" + _T + r")(?![\w:])|half\s+(?:past\s+)?(?P<half>\d{1,2})\b|close\s*\([^()\d]{0,30}(?P<c>" + _T + r")\s*\))", re.I)


# Two times of day with their am/pm, words between: '11am bridal prep through to the 10pm sparkler exit'.
_AMPM_SPAN = re.compile(r"(?<![\w.,:$£€])(?P<a>\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?)(?![\w])[^.;?!\d]{1,40}?\b(?:through\s+to|"
                        r"through\s+until|until|till|to)\s+(?:the\s+)?(?P<b>\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?)(?![\w])", re.I)
_TILL_CLOSE = re.compile(r"(?<![\w.,:$£€])(?P<a>\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?)\s*(?:-|–|till|until|to)\s*close\s*\("
                         r"[^()\d]{0,30}(?P<c>" + _T + r")\s*\)", re.I)


def _loose_hours(m: re.Match[str]) -> float | None:
    """Hours between a start and an end named apart, read as a clock range ('4am' to 'half 12' is 8.5 hours)."""
    g = m.groupdict()
    end = g.get("b") or g.get("c") or (f"{g['half']}:30" if g.get("half") else None)
    if not end:
        return None
    end = end.strip().rstrip(".")
    if not re.search(r"[ap]", end, re.I):
        start_h = int(re.match(r"\d+", m.group("a")).group(0))
        end_h = int(re.match(r"\d+", end).group(0))
        if "p" in m.group("a").lower() or end_h < start_h:
            end += "pm"  # '5pm till close (about 11.30)' ends at half past eleven at night; '6:30am ... back by 3:30' at 3.30 pm
    r = _CLOCK_RANGE.fullmatch(f"{m.group('a').strip()}-{end}")
    return _clock_hours(r) if r else None


_DAY_BEFORE = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+"
                         r"(?:(?:next|this|each|every)\s+week,?\s+)?(?:from\s+)?$", re.I)
# ('9 till 6': two bare numbers joined by 'till' or 'until' are times of day; a range of a quantity says 'to' or '-')
_TILL = re.compile(r"\d\s*(?:till|until|til)\s*\d", re.I)
# Clock times in words after named days: 'Monday to Friday, ten till six', 'Saturdays nine to five'.
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_WORD_CLOCK = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?s?\.?,?\s+(?:from\s+)?"
                         r"(?P<w1>" + "|".join(_HOUR_WORDS) + r")(?:\s+o['’]clock)?\s+(?:till|until|til|to|-|–)\s+"
                         r"(?P<w2>" + "|".join(_HOUR_WORDS) + r")(?![\w-])", re.I)


def _clock_hours(m: re.Match[str], dayed: bool = False) -> float | None:
    """Hours between the two clock times of a range, or None when it is not a time of day ('3-5 days', '2-3')."""
    # ('9h to 18h' is a working day; '2h to 3h' a range of hours)
    # ('8h to 10h at la cabane' is a morning's clock times too; '6h to 8h of work' a range of hours)
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    h_clock = bool(_H_SUFFIX.search(m.group(0))) and (max(h1, h2) >= 13 or (
        h1 >= 6 and h2 > h1 and not _OF_WORK_AFTER.match(m.string, m.end())))
    if not (dayed or h_clock or m.group("ap1") or m.group("ap2") or (m.group("m1") and m.group("m2"))
            or _DAY_BEFORE.search(m.string[:m.start()]) or _TILL.search(m.group(0))):
        return None  # two bare numbers are a range of something else, unless a day names them ('this Sat 8-5')
    if h1 > 24 or h2 > 24:
        return None
    t1, t2 = h1 + int(m.group("m1") or 0) / 60, h2 + int(m.group("m2") or 0) / 60
    ap1, ap2 = (m.group("ap1") or "").lower()[:1], (m.group("ap2") or "").lower()[:1]
    if not ap1 and not ap2 and t2 < t1 and t2 < 12 and t2 + 12 > t1:
        t2 += 12  # '10:00-1:30' in a day's schedule runs to half past one in the afternoon
    ap1 = ap1 or (ap2 if t1 <= t2 or ap2 == "a" else "a")  # '9-5pm' is 9am to 5pm; '10-2pm' is 10am to 2pm
    if ap1 == "p" and t1 < 12:
        t1 += 12
    if ap2 == "p" and t2 < 12:
        t2 += 12
    if ap1 == "a" and t1 == 12:
        t1 = 0
    if ap2 == "a" and t2 == 12 and ap1 != "a":
        t2 = 24
    hours = t2 - t1 if t2 > t1 else t2 + 24 - t1
    return round(hours, 2) if 0.5 <= hours <= 16 else None


def _pieces(text: str, taken: list[tuple[int, int]]) -> list[_Piece]:
    """Raw quantity+unit pieces, longest patterns first, none overlapping each other or `taken` spans."""
    pieces: list[_Piece] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken) and all(b <= p.start or a >= p.end for p in pieces)

    for m in _WORD_CLOCK.finditer(text):
        h1, h2 = (_HOUR_WORDS.index(m.group(g).lower()) + 1 for g in ("w1", "w2"))
        r = _CLOCK_RANGE.fullmatch(f"{h1}{'am' if h1 < 12 and h1 > h2 else ''}-{h2}{'pm' if h2 < 12 and h1 > h2 else ''}")
        hours = _clock_hours(r, dayed=True) if r else None
        if hours and free(m.start("w1"), m.end()):
            pieces.append(_Piece("total", "hour", hours, hours, m.start("w1"), m.end(),
                                 basis=f"{m.group('w1')} to {m.group('w2')}, {_fmt_hours(hours, hours)} h", clock=True))
    for m in _DAYCLOCK_SPAN.finditer(text):
        hours = _day_clock_hours(m)
        if hours and free(m.start(), m.end()):
            pieces.append(_Piece("total", "hour", hours, hours, m.start(), m.end(),
                                 basis=f"{m.group(0).strip()}, {_fmt_hours(hours, hours)} h", clock=True))
    for m in _CLOCK_RANGE.finditer(text):
        hours = _clock_hours(m)
        if hours and free(m.start(), m.end()):
            pieces.append(_Piece("total", "hour", hours, hours, m.start(), m.end(),
                                 basis=f"{m.group(0).strip()}, {_fmt_hours(hours, hours)} h", clock=True))
    for m in ([*_LOOSE_RANGE.finditer(text), *_TILL_CLOSE.finditer(text), *_AMPM_SPAN.finditer(text)]
              if not pieces and _CLOCK_TIME.search(text) else ()):
        hours = _loose_hours(m)
        g = m.groupdict()
        if hours and free(m.start(), m.end()):
            end = (g.get("b") or g.get("c") or f"half {g.get('half')}").rstrip(".")
            pieces.append(_Piece("total", "hour", hours, hours, m.start(), m.end(),
                                 basis=f"{m.group('a').strip()} to {end}, {_fmt_hours(hours, hours)} h", clock=True))
    for m in [*_COMPOUND.finditer(text), *_COMPOUND_OF.finditer(text)]:
        n, h = _qty(m.group("n")), _qty(m.group("h"))
        if n and h and free(m.start(), m.end()):
            unit = _unit_base(m.group("unit"))
            pieces.append(_Piece("total", "hour", n[0] * h[0], n[1] * h[1], m.start(), m.end(),
                                 basis=f"{_units(*n, unit)} x {_fmt_hours(*h)} h", unit_hours=(unit, *h)))
    for m in _OR_TWO.finditer(text):
        if free(m.start(), m.end()):
            unit = _unit_base(m.group("unit"))
            pieces.append(_Piece("total" if unit == "hour" else "count", unit, 1, 2, m.start(), m.end()))
    for m in _STAGE_PERIOD.finditer(text):
        if free(m.start(), m.end()):
            n = 2 if m.group("unit").lower() == "fortnight" else 1
            unit = "week" if m.group("unit").lower() in ("week", "fortnight") else "day"
            pieces.append(_Piece("count", unit, n, n, m.start(), m.end(), working=True, stage=True))
    for m in _HALF_DAY.finditer(text):
        if free(m.start(), m.end()):
            pieces.append(_Piece("total", "hour", 4, 4, m.start(), m.end(), basis="half a day"))
    for m in _NUMBERED_WEEKS.finditer(text):
        weeks = int(m.group("d2")) - int(m.group("d1")) + 1
        if 1 < weeks <= 8 and free(m.start(), m.end()):
            pieces.append(_Piece("count", "week", weeks, weeks, m.start(), m.end(), working=True))
    for m in [*_DATED_DAYS.finditer(text), *_DATE_SPAN.finditer(text), *_NUMBERED_DAYS.finditer(text)]:
        days = int(m.group("d2")) - int(m.group("d1")) + 1
        if 1 < days <= MAX_DATED_DAYS and free(m.start(), m.end()):
            pieces.append(_Piece("count", "day", days, days, m.start(), m.end(), working=True))
    # (a span of weekdays is days of work only beside the hours of each: 'We are open Monday to Friday' is not)
    # (or beside hours a day: 'from Monday to Saturday, full shift of 8 hours each day')
    clocked = (bool(_CLOCK_TIME.search(text) or _FULL_DAYS.search(text) or _HOURS_EACH_DAY.search(text))
               or any(p.clock for p in pieces))
    for m in _DAY_SPAN.finditer(text) if clocked else ():
        first, last = (_WEEKDAYS.index(m.group(g)[:-3].lower()) for g in ("w1", "w2"))
        days = last - first + 1
        if 1 < days <= 7 and free(m.start(), m.end()):
            pieces.append(_Piece("count", "day", days, days, m.start(), m.end(), working=True))
    for m in _DAY_LIST.finditer(text) if clocked else ():
        days = 1 + len(re.findall(_DAY_NAME, m.group("rest"), re.I))
        if free(m.start(), m.end()):
            pieces.append(_Piece("count", "day", days, days, m.start(), m.end(), working=True, basis=NAMED_DAYS))
    for m in _H_MIN.finditer(text):  # ('1h30 planned', 'about 2h15')
        hours = int(m.group("h")) + int(m.group("m")) / 60
        if free(m.start(), m.end()) and not _AT_TIME_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            pieces.append(_Piece("total", "hour", hours, hours, m.start(), m.end()))
    for m in _QU.finditer(text):
        q1 = _qty(m.group("q1"))
        q2 = _qty(m.group("q2")) if m.group("q2") else None
        if q1 is None or (m.group("q2") and q2 is None):
            continue
        unit = _unit_base(m.group("unit"))
        if m.group("unit").lower() == "h" and not m.group("q1")[-1:].isdigit():
            continue
        if m.group("q1").lower() in ("a", "an") and not m.group("q2") and not _article_is_duration(text, m, unit):
            continue
        # ('5.2 Onboarding hours are not remunerated': a clause number that opens a line, not 5.2 hours)
        if (_CLAUSE_NUMBER.fullmatch(m.group("q1")) and not m.group("q2") and (m.start() == 0 or text[m.start() - 1] == "\n")
                and m.group("adj")[:1].isupper()):
            continue
        low, high = q1[0], (q2[1] if q2 else q1[1])
        if m.group("half1") or m.group("halfu"):
            low += 0.5
            high += 0.5 if not q2 else 0
        if m.group("half2"):
            high += 0.5
        end, period = m.end(), None
        kind = "total" if unit in ("hour", "minute") else "count"
        per = _PER_AFTER.match(text, end)
        if per:
            period = _PER_BASE.get((per.group("per") or per.group("adj") or "").lower())
            if kind == "total" and period:
                kind, end = "per", per.end()
            elif kind == "total" and per.group("each"):
                kind, end = "each", per.end()
            elif unit == "day" and period == "week":
                kind, end = "freq", per.end()
        if unit == "minute":
            low, high, unit = low / 60, high / 60, "hour"
        if not free(m.start(), end):
            continue
        pieces.append(_Piece(kind, period if kind == "per" else unit, low, high, m.start(), end,
                             working=bool(m.group("wd"))))
    return sorted(pieces, key=lambda p: p.start)


_H_SUFFIX = re.compile(r"\dh")  # '9h to 18h'
_OF_WORK_AFTER = re.compile(r"\s*(?:of\s+)?(?:work|effort|labou?r)\b", re.I)  # ('6h to 8h of work' is a range of hours)
_CLAUSE_NUMBER = re.compile(r"\d+\.\d+")  # '5.2 Onboarding hours ...' at the start of a line
_BARE_H = re.compile(r"\d{1,2}h")  # 'at 10h'
# ('come saturday 9h', 'friday 14h at la cabane'; in other languages, 'mardi à 14h', 'um 9h', 'a las 9h', 'às 14h')
_AT_TIME_BEFORE = re.compile(r"\b(?:at|by|before|after|from|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|"
                             r"morning|noon|um|ab|gegen|a\s+las|a\s+la|desde|alle|dalle|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                             r"dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\s*,?\s+$|(?:^|\s)(?:à|às|dès)\s+$", re.I)


def _classify(text: str, p: _Piece) -> str:
    """'effort', 'deadline' or 'skip' for one piece, from the words around it."""
    before, after = _window(text, p.start, 80), text[p.end:p.end + 60]
    if _NOT_EFFORT_BEFORE.search(before):
        return "skip"
    # ('We meet on the beach at 10h': a time of day written the French or Portuguese way)
    if not p.clock and _BARE_H.fullmatch(text[p.start:p.end]) and _AT_TIME_BEFORE.search(before):
        return "skip"
    if p.kind in ("per", "each", "freq"):
        return "skip" if _NOT_EFFORT_AFTER.match(after) else "effort"
    if _DEADLINE_BEFORE.search(before):
        return _deadline_or_timebox(p, before, after)
    # ('a trial week before we put you on the rota': the stage lasts the week, whatever follows it)
    if _NOT_EFFORT_AFTER.match(after) and not (p.stage and _STAGE_THEN.match(after)):
        return "skip"
    if _DEADLINE_AFTER.match(after):
        return _deadline_or_timebox(p, before, after)
    return "effort"


# (or its first day: 'Trial fortnight from Mon 3 Nov', but not a span of dates that gives the days itself, 'a training
# week from 22 to 27 April')
_STAGE_THEN = re.compile(r"\s*(?:before|after|following|prior\s+to|(?:from|starting|beginning)\s+(?:on\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|"
                         r"Sun)[a-z]*\.?\b(?![^.;]{0,25}?\b(?:to|until|till|through)\b|[^.;]{0,25}?[-–]))", re.I)


def _deadline_or_timebox(p: _Piece, before: str, after: str) -> str:
    if p.kind == "total" and p.high <= 12 and (_TIMEBOX_VERB.search(before) or _TIMEBOX_AFTER.match(after)):
        return "effort"  # 'complete it within 3 hours' is a time box for the work
    if p.kind == "total" and _TAKES.search(before) and _TIMEBOX_AFTER.match(after):
        return "effort"  # 'they take roughly 20 hours to finish' is the work's length, however long
    return "deadline"


def _deadline(text: str, p: _Piece) -> Deadline:
    hours_per = {"hour": 1, "day": 24, "week": 168, "month": 730, "shift": 24, "afternoon": 24, "morning": 24,
                 "evening": 24, "weekend": 48, "session": 24}
    hours = p.high * (1 if p.kind == "total" else hours_per.get(p.unit, 24))
    return Deadline(hours, p.start, p.end, text[p.start:p.end], working_days=p.working)


def _scan(text: str) -> tuple[tuple[Effort, ...], tuple[Deadline, ...]]:
    """Efforts and deadlines in one pass."""
    if not _TIME_WORD.search(text) and not _OPEN_HINT.search(text):
        return (), ()
    money_spans = [(m.start, m.end) for m in parse_money(text)]
    pieces = _pieces(text, money_spans) if _TIME_WORD.search(text) else []
    efforts: list[Effort] = []
    deadlines: list[Deadline] = []
    kept: list[_Piece] = []
    for p in pieces:
        verdict = _classify(text, p)
        if verdict == "deadline":
            deadlines.append(_deadline(text, p))
        elif verdict == "effort":
            kept.append(p)
    # (named days restate a count of days or sessions given beside them: 'two evening sessions, Tuesday and Thursday')
    if any(p.basis == NAMED_DAYS for p in kept) and any(p.kind == "count" and p.basis != NAMED_DAYS for p in kept):
        kept = [p for p in kept if p.basis != NAMED_DAYS]
    # (hours given beside a part of a day restate its length: 'one afternoon, about three hours')
    # (... or the part of a day when stated hours take place: 'about an hour and a half, one morning next week')
    restated = {i for i, (a, b) in enumerate(zip(kept, kept[1:])) if a.kind == "count" and a.unit in _DAY_PARTS
                and a.low == a.high == 1 and b.kind == "total" and not b.clock and _RESTATES.match(text[a.end:b.start])}
    restated |= {i + 1 for i, (a, b) in enumerate(zip(kept, kept[1:])) if b.kind == "count" and b.unit in _DAY_PARTS
                 and b.unit != "day" and b.low == b.high == 1 and a.kind == "total" and a.unit == "hour" and not a.clock
                 and _WHEN_AFTER.match(text[a.end:b.start])}
    kept = [p for i, p in enumerate(kept) if i not in restated]
    used: set[int] = set()
    # Combine 'N days' with 'M hours a day' in either order, and 'M hours a week' with 'N weeks'.
    for i, a in enumerate(kept):
        for j in range(i + 1, min(i + 3, len(kept))):
            b = kept[j]
            if i in used or j in used:
                continue
            gap = text[a.end:b.start]
            combo = _combine(a, b, gap)
            if combo:
                low, high, basis, each = combo
                start, end = min(a.start, b.start), max(a.end, b.end)
                efforts.append(Effort(low, high, start, end, text[start:end], basis, unit_hours=each))
                used |= {i, j}
    # 'two evening sessions, Tuesday and Thursday, 19:00-20:30': the clock span is how long each of them lasts
    clocks = [i for i, p in enumerate(kept) if p.clock and i not in used]
    counts = [i for i, p in enumerate(kept) if p.kind == "count" and i not in used and p.unit in _DAY_PARTS]
    # (a count restated as a span of weekdays is one count: 'five (5) consecutive business days, Monday through Friday,
    # from 9:00 am to 6:00 pm' is five days of nine hours)
    if len(clocks) == 1 and counts and all((kept[k].low, kept[k].high, kept[k].unit) == (kept[counts[0]].low, kept[counts[0]].high,
                                                                                        kept[counts[0]].unit) for k in counts):
        c, n = kept[clocks[0]], kept[counts[0]]
        start, end = min(c.start, n.start), max(c.end, n.end)
        efforts.append(Effort(n.low * c.low, n.high * c.high, start, end, text[start:end],
                              f"{_units(n.low, n.high, n.unit)} x {_fmt_hours(c.low, c.high)} h", unit_hours=(n.unit, c.low, c.high)))
        used |= {clocks[0], *counts}
    for i, p in enumerate(kept):
        if i in used or p.kind == "freq":
            continue
        piece_text = text[p.start:p.end]
        if p.kind in ("total", "each"):
            # ('Shifts are four hours': the length of each shift, which a pay per shift is paid for)
            each = _EACH_LASTS.search(text[max(0, p.start - 40):p.start])
            unit_hours = p.unit_hours or ((_unit_base(each.group("u")), p.low, p.high) if each and p.unit == "hour" else None)
            efforts.append(Effort(p.low, p.high, p.start, p.end, piece_text, p.basis, unit_hours=unit_hours))
        elif p.kind == "per":
            if (p.unit == "day" and p.high > 16) or (p.unit == "week" and p.high > 100):
                continue  # '24 hours a day' is availability, not work
            efforts.append(Effort(p.low, p.high, p.start, p.end, piece_text, per=p.unit))
        else:
            conv = _hours_each(p.unit, p.low, p.high, p.working)
            if conv:
                efforts.append(Effort(conv[0], conv[1], p.start, p.end, piece_text, conv[2]))
    efforts = _mark_open_ended(text, _merge_ranges(text, sorted(efforts, key=lambda e: e.start)))
    return tuple(efforts), tuple(sorted(deadlines, key=lambda d: d.start))


def _merge_ranges(text: str, efforts: list[Effort]) -> list[Effort]:
    """'a couple of days to ~2 weeks' is one range, not two efforts."""
    out: list[Effort] = []
    for e in efforts:
        prev = out[-1] if out else None
        if (prev and prev.per is None and e.per is None and prev.low is not None and e.low is not None
                and prev.high is not None and e.high is not None and _EFFORT_RANGE_GAP.match(text[prev.end:e.start])):
            basis = f"{prev.basis or prev.text} to {e.basis or e.text}"
            out[-1] = Effort(min(prev.low, e.low), max(prev.high, e.high), prev.start, e.end,
                             text[prev.start:e.end], basis)
        else:
            out.append(e)
    return out


MAX_HOURS_A_DAY = 12.0  # more than this 'a day' is a total restated, not a working day


def _combine(a: _Piece, b: _Piece, gap: str) -> tuple[float, float, str, tuple[str, float, float] | None] | None:
    if len(gap) > 30:
        return None
    if a.kind == "count" and (b.kind in ("per", "each") or b.kind == "total") and _GAP_OF.match(gap):
        if b.kind == "per" and (b.unit != a.unit or (b.unit == "day" and b.high > MAX_HOURS_A_DAY)):
            return None  # ('24 hours a day' is availability, not a working day)
        if b.kind == "total" and not re.search(r"\b(?:of|at|x|×)\b|[x×(]", gap):
            return None
        if b.kind == "total" and "(" in gap and b.high > MAX_HOURS_A_DAY:
            return None  # '3-day trial (24 hours)': the bracket restates the total, it is not hours a day
        return _product(a, b)
    if a.kind == "per" and b.kind == "count" and a.unit == b.unit and _GAP_FOR.match(gap):
        return _product(b, a)
    if a.kind == "freq" and b.kind == "count" and b.unit == "week" and _GAP_FOR.match(gap):
        low, high = a.low * b.low * HOURS_PER_DAY, a.high * b.high * HOURS_PER_DAY
        basis = f"{_units(a.low, a.high, 'day')} a week x {_units(b.low, b.high, 'week')} x 8 h"
        return low, high, basis, None
    return None


def _product(count: _Piece, hours: _Piece) -> tuple[float, float, str, tuple[str, float, float]]:
    return (count.low * hours.low, count.high * hours.high,
            f"{_units(count.low, count.high, count.unit)} x {_fmt_hours(hours.low, hours.high)} h",
            (count.unit, hours.low, hours.high))


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _mark_open_ended(text: str, efforts: list[Effort]) -> list[Effort]:
    if not _OPEN_HINT.search(text):
        return efforts
    sentences = _sentences(text)
    flags = list(_OPEN_ENDED.finditer(text))
    for f in _OPEN_ENDED_WEAK.finditer(text):
        s, e = next((s, e) for s, e in sentences if s <= f.start() < e)
        if _WORK_CONTEXT.search(text, s, e):
            flags.append(f)
    if not flags:
        return efforts
    out: list[Effort] = []
    flagged: set[tuple[int, int]] = set()
    for s, e in sentences:
        if any(s <= f.start() < e for f in flags):
            flagged.add((s, e))
    covered: set[tuple[int, int]] = set()
    for eff in efforts:
        sent = next(((s, e) for s, e in sentences if s <= eff.start < e), None)
        if sent in flagged:
            covered.add(sent)
            eff = replace(eff, open_ended=True)
        out.append(eff)
    for f in flags:
        sent = next(((s, e) for s, e in sentences if s <= f.start() < e), None)
        if sent not in covered:
            covered.add(sent)
            out.append(Effort(None, None, f.start(), f.end(), f.group(0), "open-ended wording", open_ended=True))
    return sorted(out, key=lambda e: e.start)


# A number in words restated in figures, as contracts write it ('thirty-nine (39) hours per week', 'two (2) weeks'):
# the figures are read as blank, so that the words stand beside their unit.
_RESTATED_FIGURES = re.compile(rf"\b(?:{WORD_NUMBER})(?P<fig>\s*\(\d+(?:[.,]\d+)?\))", re.I)


# Units of time in French, Spanish, Portuguese and German, after which a small number in words is read as its figure.
_LOCAL_UNITS = r"(?:heures|horas|Stunden|jours?|journ[ée]es|d[ií]as?|jornadas?|Tage|Arbeitstage|semaines?|semanas?|Wochen?)\b"
# (a cheap test of whether a sentence may hold one, for those that name no figure)
LOCAL_TIME_UNIT = re.compile(r"\b" + _LOCAL_UNITS, re.I)


# The English form of each word (the last word of 'par semaine'; a clock range's 'à' is a dash), and the figure of each
# small number written in words before a unit of time ('tres jornadas completas', 'deux jours', 'drei Tage').
_LOCAL_TIME_WORDS = {"heures": "hours", "horas": "hours", "stunden": "hours", "jours": "days", "dias": "days", "días": "days",
                     "tage": "days", "semaines": "weeks", "semanas": "weeks", "wochen": "weeks", "semaine": "a week",
                     "semana": "a week", "woche": "a week", "jour": "a day", "dia": "a day", "día": "a day", "tag": "a day",
                     "jornadas": "days", "journées": "days", "journees": "days", "arbeitstage": "days"}
_LOCAL_NUMBERS = {w: str(n) for n, words in enumerate((
    ("un", "une", "uno", "una", "um", "uma", "ein", "eine", "einen"), ("deux", "dos", "dois", "duas", "zwei"),
    ("trois", "tres", "três", "drei"), ("quatre", "cuatro", "quatro", "vier"), ("cinq", "cinco", "fünf", "fuenf"),
    ("six", "seis", "sechs"), ("sept", "siete", "sete", "sieben"), ("huit", "ocho", "oito", "acht"),
    ("neuf", "nueve", "nove", "neun"), ("dix", "diez", "dez", "zehn")), start=1) for w in words}


# Clock ranges and periods in French, Spanish, Portuguese and German, read as their English forms of the same length
# ('de 9h à 13h', '35h par semaine', '8 horas por día'), so that offsets stay those of the text.
_LOCAL_TIME = re.compile(r"(?<=\dh)\s+(?:a|à|às|bis|hasta|al)\s+(?=\d{1,2}h)|\b(?:par|por|pro|per)\s+(?:semaine|semana|Woche)\b|"
                         r"\b(?:par|por|pro)\s+(?:jour|d[ií]a|Tag)\b|\b(?:heures|horas|Stunden|jours|d[ií]as|Tage|semaines|semanas|Wochen|"
                         r"jornadas|journ[ée]es|Arbeitstage)\b|"
                         r"\b(?:" + "|".join(sorted(_LOCAL_NUMBERS, key=len, reverse=True)) + r")"
                         r"(?=\s+(?:(?:pleines?|enti[eè]res?|completas?|inteiras?|ganze[n]?|full)\s+)?" + _LOCAL_UNITS + ")",
                         re.I)


def _local_time(m: re.Match[str]) -> str:
    word = m.group(0).split()[-1].lower()
    english = _LOCAL_NUMBERS.get(word) or _LOCAL_TIME_WORDS.get(word, " - ")
    return english.rjust(len(m.group(0))) if len(english) <= len(m.group(0)) else m.group(0)


def _unrestated(text: str) -> str:
    text = _RESTATED_FIGURES.sub(lambda m: m.group(0)[:m.start("fig") - m.start()] + " " * len(m.group("fig")), text)
    return _LOCAL_TIME.sub(_local_time, text) if _LOCAL_TIME.search(text) else text


# Time allowed that the person is told to fill with work: 'the lab stays open for five consecutive days and we expect
# you to use most of them', 'you have a week and should plan to spend all of it on the task'.
_WINDOW_USED = re.compile(r"\b(?:expect(?:s|ed)?|want|ask|need|plan|should|must|will)\s+(?:you\s+|candidates\s+|applicants\s+)?"
                          r"(?:to\s+)?(?:use|spend|work(?:\s+through)?|fill)\s+(?:most|all|much|the\s+bulk|the\s+whole|every\s+\w+)\b"
                          r"(?:\s+of\s+(?:them|it|that|this|those|the\s+(?:time|days|week|window|period)))?", re.I)


WINDOW_BASIS = "a window to be used"  # the basis of such an effort, which readers recognise it by


def _window_worked(deadline: Deadline) -> Effort:
    """A window of time the person is expected to fill with work, read as its working hours (8 a day)."""
    days = deadline.hours / 24
    if days < 1:
        return Effort(deadline.hours, deadline.hours, deadline.start, deadline.end, deadline.text, WINDOW_BASIS)
    hours = days * HOURS_PER_DAY
    return Effort(hours, hours, deadline.start, deadline.end, deadline.text,
                  f"{_num(days)} days x {_num(HOURS_PER_DAY)} h, {WINDOW_BASIS}")


@lru_cache(maxsize=1024)
def _times(text: str) -> tuple[tuple[Effort, ...], tuple[Deadline, ...]]:
    """Efforts and deadlines of a sentence, read once from its normalised form and quoted from its own words (cached:
    callers usually ask for both of the same sentence)."""
    read = _unrestated(text)
    efforts, deadlines = _scan(read)
    if deadlines and not efforts and _WINDOW_USED.search(read):
        efforts, deadlines = tuple(_window_worked(x) for x in deadlines[:1]), deadlines[1:]
    if read == text:
        return efforts, deadlines
    return (tuple(replace(e, text=text[e.start:e.end]) for e in efforts),
            tuple(replace(x, text=text[x.start:x.end]) for x in deadlines))


def parse_effort(text: str) -> list[Effort]:
    """Work time stated in `text`, in hours (8 h a day, 40 h a week unless stated); deadlines excluded."""
    return list(_times(text)[0])


def parse_deadline(text: str) -> list[Deadline]:
    """Deadlines in `text` ('submit within 48 hours', 'offer valid for 72 hours'), in hours."""
    return list(_times(text)[1])


# ---------------------------------------------------------------- effective rate


def effective_rate(pays: list[Money], efforts: list[Effort]) -> Rate | None:
    """The effective hourly rate implied by the pay and the stated work, or None if it cannot be computed."""
    if not pays:
        return None
    open_ended = any(e.open_ended for e in efforts)
    note = " (open-ended: the real rate may be lower)" if open_ended else ""
    hourly = [p for p in pays if p.unit == "hour"]
    if hourly:
        p = hourly[0]
        return Rate(p.low, p.high, p.currency, f"{p.describe()} as stated{note}", open_ended)
    periodic = [p for p in pays if p.unit in PAY_PERIODS]
    if periodic:
        p = periodic[0]
        stated = _hours_in(p.unit, efforts)
        if stated:
            h_low, h_high, how = *stated, "stated"
        else:
            h_low = h_high = DEFAULT_HOURS[p.unit]
            how = "assumed"
        return _rate(p, h_low, h_high, f"{how} hours {UNIT_WORDS[p.unit]}", note, open_ended)
    totals = [e for e in efforts if e.per is None and e.low and e.high]
    flats = [p for p in pays if p.unit == "flat"]
    if not flats or not totals:
        return None
    effort = max(totals, key=lambda e: e.high or 0.0)  # the largest statement; restatements are not added
    return _rate(flats[0], effort.low or 0.0, effort.high or 0.0, "", note, open_ended)


def _hours_in(unit: str, efforts: list[Effort]) -> tuple[float, float] | None:
    """Hours in one pay period as the text states them ('6 hours a day', '3 days of 6 hours', '40 hours a week')."""
    for e in efforts:
        if e.per == unit and e.low and e.high:
            return e.low, e.high
        if e.unit_hours and e.unit_hours[0] == unit and e.unit_hours[1]:
            return e.unit_hours[1], e.unit_hours[2]
    scale = {"year": 52.0, "month": 52 / 12}.get(unit)
    weekly = next((e for e in efforts if e.per == "week" and e.low and e.high), None)
    if scale and weekly and weekly.low and weekly.high:
        return weekly.low * scale, weekly.high * scale
    return None


def _rate(pay: Money, h_low: float, h_high: float, how: str, note: str, open_ended: bool) -> Rate | None:
    if h_low <= 0 or h_high <= 0:
        return None
    low, high = pay.low / h_high, pay.high / h_low
    per = f"{_fmt_range(low, high, pay.currency, cents=True)}/h"
    method = f"{pay.describe()} / {_fmt_hours(h_low, h_high)} h = {per}" + (f" ({how})" if how else "") + note
    return Rate(low, high, pay.currency, method, open_ended)
