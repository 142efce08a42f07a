"""Stage 2b, locate: which jurisdiction's rules apply, given or inferred from the document."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii",
    "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
CA_PROVINCES = {"ON": "Ontario", "QC": "Quebec", "BC": "British Columbia", "AB": "Alberta", "MB": "Manitoba",
                "SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick", "NL": "Newfoundland and Labrador",
                "PE": "Prince Edward Island"}
AU_STATES = {"NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "WA": "Western Australia",
             "SA": "South Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory", "NT": "Northern Territory"}
COUNTRIES = {"US": "United States", "UK": "United Kingdom", "AU": "Australia", "CA": "Canada", "EU": "European Union"}
KNOWN = ({"general"} | set(COUNTRIES) | {f"US-{s}" for s in US_STATES} | {f"CA-{p}" for p in CA_PROVINCES}
         | {f"AU-{s}" for s in AU_STATES})


def parent(code: str) -> str | None:
    """'US-CA' -> 'US' -> 'general' -> None."""
    if code == "general":
        return None
    if "-" in code:
        return code.split("-", 1)[0]
    return "general"


def chain(code: str) -> list[str]:
    """The jurisdiction and its ancestors, most specific first, ending with 'general'."""
    out = []
    c: str | None = code if code in KNOWN else "general"
    while c:
        out.append(c)
        c = parent(c)
    return out


def name(code: str) -> str:
    """A readable name for a jurisdiction code."""
    if code.startswith("US-"):
        return US_STATES.get(code[3:], code)
    if code.startswith("CA-"):
        return CA_PROVINCES.get(code[3:], code)
    if code.startswith("AU-"):
        return AU_STATES.get(code[3:], code)
    return COUNTRIES.get(code, "general guidance")


@dataclass(frozen=True)
class Located:
    """A jurisdiction and how it was found."""

    code: str
    source: str  # "given", "inferred" or "default"
    reason: str


_PLACE_NAMES: dict[str, str] = {v.lower(): f"US-{k}" for k, v in US_STATES.items()}
_PLACE_NAMES.update({v.lower(): f"CA-{k}" for k, v in CA_PROVINCES.items()})
_PLACE_NAMES.update({v.lower(): f"AU-{k}" for k, v in AU_STATES.items() if k != "WA"})
_PLACE_NAMES.update({"england and wales": "UK", "england": "UK", "scotland": "UK", "wales": "UK", "northern ireland": "UK",
                     "the united kingdom": "UK", "united kingdom": "UK", "australia": "AU", "the commonwealth of australia": "AU",
                     "canada": "CA", "the united states": "US", "united states": "US"})
_PLACES = "|".join(sorted((re.escape(p) for p in _PLACE_NAMES), key=len, reverse=True))
GOVERNING = re.compile(r"(?:governed by|construed (?:in accordance with|under)|subject to)[^.;]{0,40}?\blaws? of (?:the )?"
                       r"(?:State of |Commonwealth of |Province of |District of )?(" + _PLACES + r")\b", re.I)
STATUTES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"California Labor Code|Cal\. Lab(?:or)?\. Code|Labor Code (?:section|§) ?28(?:70|72)|\bAB 5\b", re.I), "US-CA"),
    (re.compile(r"\bRCW 49\.", re.I), "US-WA"),
    (re.compile(r"New York Labor Law|N\.Y\. Lab(?:or)?\. Law", re.I), "US-NY"),
    (re.compile(r"765 ILCS|820 ILCS", re.I), "US-IL"),
    (re.compile(r"Minn\. Stat\.", re.I), "US-MN"),
    (re.compile(r"Fair Work Act|Fair Work Ombudsman|National Employment Standards", re.I), "AU"),
    (re.compile(r"Employment Standards Act, 2000|Ontario Employment Standards", re.I), "CA-ON"),
    (re.compile(r"National Minimum Wage|National Living Wage|\bPAYE\b|National Insurance|HMRC|Employment Rights Act 1996", re.I), "UK"),
    (re.compile(r"\bFLSA\b|Fair Labor Standards Act|\bW-?2\b|\b1099\b|\b401\(k\)", re.I), "US"),
    (re.compile(r"\bGDPR\b|Directive \(EU\)", re.I), "EU"),
]
US_ADDRESS = re.compile(r",\s*(" + "|".join(US_STATES) + r")\s+\d{5}(?:-\d{4})?\b")
UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
CA_POSTCODE = re.compile(r"\b(" + "|".join(CA_PROVINCES) + r")\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
AU_ADDRESS = re.compile(r"\b(NSW|VIC|QLD|SA|TAS|ACT|NT)\s+\d{4}\b")
CURRENCY: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"£|\bGBP\b"), "UK"), (re.compile(r"\bAUD\b|A\$"), "AU"), (re.compile(r"\bCAD\b|C\$"), "CA"),
    (re.compile(r"€|\bEUR\b"), "EU"), (re.compile(r"\bUSD\b|(?<![A-Z])\$\s?\d"), "US"),
]


def infer(text: str) -> Located:
    """Infer the jurisdiction from governing law, statutes, addresses and currency; 'general' if no clue."""
    votes: Counter[str] = Counter()
    why: dict[str, str] = {}

    def vote(code: str, weight: int, reason: str) -> None:
        votes[code] += weight
        why.setdefault(code, reason)

    for m in GOVERNING.finditer(text):
        vote(_PLACE_NAMES[m.group(1).lower()], 6, f"governing-law clause \u201c{m.group(0).strip()}\u201d")
    for pattern, code in STATUTES:
        m = pattern.search(text)
        if m:
            vote(code, 4, f"statute or institution named: \u201c{m.group(0)}\u201d")
    for m in US_ADDRESS.finditer(text):
        vote(f"US-{m.group(1)}", 3, f"address \u201c{m.group(0).strip(', ')}\u201d")
    for m in CA_POSTCODE.finditer(text):
        vote(f"CA-{m.group(1)}", 3, f"address \u201c{m.group(0)}\u201d")
    for m in AU_ADDRESS.finditer(text):
        vote("AU", 3, f"address \u201c{m.group(0)}\u201d")
    for m in UK_POSTCODE.finditer(text):
        if not US_ADDRESS.search(text):
            vote("UK", 3, f"postcode \u201c{m.group(0)}\u201d")
    for pattern, code in CURRENCY:
        m = pattern.search(text)
        if m:
            vote(code, 1, f"currency \u201c{m.group(0).strip()}\u201d")
    if not votes:
        return Located("general", "default", "no governing law, statute, address or currency found")
    # a sub-national code also counts as evidence for its country
    totals = Counter(votes)
    for code, n in votes.items():
        p = parent(code)
        if p and p != "general":
            totals[p] += n
    best_country = max((c for c in totals if "-" not in c), key=lambda c: totals[c], default=None)
    subs = [c for c in votes if "-" in c and (best_country is None or c.startswith(best_country + "-"))]
    best = max(subs, key=lambda c: votes[c]) if subs else best_country
    if best is None:
        return Located("general", "default", "no clear clue")
    return Located(best, "inferred", why.get(best) or why[max(votes, key=lambda c: votes[c])])


def locate(text: str, given: str | None = None) -> Located:
    """The given jurisdiction (validated), else the inferred one."""
    if given:
        code = given.strip()
        if code.lower() == "general":
            return Located("general", "given", "set by the user")
        code = code.upper()
        if code not in KNOWN:
            from . import errors

            raise errors.InvalidArgument(f"Unknown jurisdiction '{given}' (use e.g. US, US-CA, UK, AU, CA-ON, EU or general)")
        return Located(code, "given", "set by the user")
    return infer(text)
