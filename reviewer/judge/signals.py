"""Text signals the offline judge reads: money, durations, negation and cue patterns."""

from __future__ import annotations

import re
from functools import lru_cache

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-eight": 48, "seventy-two": 72, "twenty-four": 24, "half a": 0.5,
    "several": 3, "few": 2, "a few": 2, "couple of": 2, "a couple of": 2,
}
HOURS_PER = {"minute": 1 / 60, "min": 1 / 60, "hour": 1, "hr": 1, "shift": 8, "day": 8, "weekend": 16,
             "week": 40, "fortnight": 80, "month": 160}
NUM = r"(\d+(?:\.\d+)?|half a|a couple of|couple of|a few|several|forty-eight|seventy-two|twenty-four|" \
      r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|an?)"
DURATION = re.compile(NUM + r"(?:\s*\(\d+\))?[\s-]*(?:full[\s-]|working[\s-]|business[\s-]|calendar[\s-])?"
                      r"(minute|min|hour|hr|shift|day|weekend|week|fortnight|month)s?\b", re.I)
MONEY = re.compile(
    r"(?:(?:US|A|C|NZ)?[$£€]\s?(\d[\d,]*(?:\.\d+)?)\s?(k|K|thousand)?|"
    r"\b(\d[\d,]*(?:\.\d+)?)\s?(k|K)?\s?(?:USD|EUR|GBP|AUD|CAD|dollars|euros|pounds)\b)"
)
PER_UNIT = re.compile(r"^\s*(?:per|an|a|each|every|/)\s*(hour|hr|day|shift|week|month|year|annum|session)", re.I)


def rx(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives into one case-insensitive pattern with word boundaries."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.I)


def to_number(word: str) -> float:
    """'3' -> 3.0, 'two' -> 2.0."""
    w = word.lower().strip()
    try:
        return float(w)
    except ValueError:
        return float(NUMBER_WORDS.get(w, 1))


def durations_hours(text: str) -> list[float]:
    """Every duration in `text`, converted to hours (a day counts 8 hours, a week 40)."""
    out = []
    for m in DURATION.finditer(text):
        unit = m.group(2).lower()
        out.append(to_number(m.group(1)) * HOURS_PER.get(unit, 1))
    return out


def money(text: str) -> list[tuple[float, str | None, int, int]]:
    """(amount, per-unit or None, start, end) for each money amount in `text`."""
    out = []
    for m in MONEY.finditer(text):
        raw = m.group(1) or m.group(3)
        try:
            amount = float(raw.replace(",", ""))
        except ValueError:
            continue
        if m.group(2) or m.group(4):
            amount *= 1000
        unit_m = PER_UNIT.match(text[m.end():m.end() + 20])
        out.append((amount, unit_m.group(1).lower() if unit_m else None, m.start(), m.end()))
    return out


def hourly(amount: float, unit: str | None) -> float | None:
    """Convert an amount per unit into an hourly rate."""
    if unit is None:
        return None
    per = {"hour": 1, "hr": 1, "day": 8, "shift": 8, "session": 4, "week": 40, "month": 173, "year": 2080, "annum": 2080}
    return amount / per.get(unit, 1)


NEGATORS = re.compile(
    r"\b(?:not|never|no|neither|nor|without|none|cannot|can't|won't|don't|doesn't|isn't|aren't|shall not|"
    r"will not|does not|do not|is not|are not|nothing|excluding|except|other than)\b|n't\b",
    re.I,
)


def negated_before(text: str, start: int, window: int = 40) -> bool:
    """True when a negator occurs shortly before `start` in the same clause segment."""
    seg = text[max(0, start - window):start]
    seg = re.split(r"[;:,.]\s|\bbut\b|\bhowever\b", seg)[-1]
    return bool(NEGATORS.search(seg))


@lru_cache(maxsize=256)
def words(text: str) -> frozenset[str]:
    """Lower-case word set of `text`."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))
