"""The minimum wage table: every entry sourced and dated, lookups walk to the parent, bad files fail loudly."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from reviewer import errors
from reviewer.settings import PROJECT_ROOT
from reviewer.wages import CODE_PATTERN, WAGES_FILE, Wage, floor_for_currency, load_wages, minimum_wage

AS_OF = date(2026, 11, 22)
US_STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
                "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
CA_PROVINCES = {"ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE"}
EU_MEMBERS = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())
WAGES = load_wages().wages


def _corpus_jurisdictions() -> set[str]:
    found = set()
    for path in [*(PROJECT_ROOT / "corpus" / "notes").glob("*.md"), *(PROJECT_ROOT / "corpus").glob("seed-*.md")]:
        m = re.search(r"^jurisdiction:\s*(\S+)", path.read_text(encoding="utf-8"), re.M)
        if m:
            found.add(m.group(1).strip("'\""))
    return found


@pytest.mark.parametrize("wage", WAGES, ids=lambda w: w.code)
def test_every_entry_is_sourced_and_dated(wage: Wage) -> None:
    assert re.match(CODE_PATTERN, wage.code)
    assert wage.url.startswith("https://") and wage.checked and all(u.startswith("https://") for u in wage.checked)
    assert wage.as_of == AS_OF
    assert wage.source and len(wage.note) >= 10
    if wage.amount is not None:
        assert wage.effective_from is not None and wage.effective_from <= wage.as_of
    prefix, _, sub = wage.code.partition("-")
    if sub:
        allowed = {"US": US_STATES, "CA": CA_PROVINCES, "EU": EU_MEMBERS, "AU": {"NSW", "VIC", "QLD", "WA", "SA",
                                                                                  "TAS", "ACT", "NT"}}.get(prefix, set())
        assert sub in allowed


@pytest.mark.parametrize("wage", [w for w in WAGES if not w.confirmed], ids=lambda w: w.code)
def test_unconfirmed_entries_say_so(wage: Wage) -> None:
    assert re.search(r"could not be confirmed|not confirmed|projected", wage.note)


@pytest.mark.parametrize("wage", [w for w in WAGES if w.hourly is None], ids=lambda w: w.code)
def test_non_hourly_entries_explain_why(wage: Wage) -> None:
    assert re.search(r"no statutory minimum|no hourly figure|no general hourly|not a binding hourly|derived",
                     wage.note, re.I)


def test_codes_are_unique_and_cover_the_corpus() -> None:
    codes = [w.code for w in WAGES]
    assert len(codes) == len(set(codes))
    for code in _corpus_jurisdictions() - {"general", "EU"}:
        assert minimum_wage(code) is not None, code


@pytest.mark.parametrize("code", [
    "US", "US-CA", "US-NY", "US-WA", "US-MA", "US-IL", "US-NJ", "US-CO", "US-FL", "US-OR", "US-AZ", "US-MN", "US-DE",
    "US-KS", "US-NC", "US-NV", "US-UT", "US-OK", "US-ND", "UK", "AU", "CA", "CA-ON", "CA-BC", "CA-QC", "CA-AB",
    "CA-NS", "EU-IE", "EU-DE", "EU-FR", "EU-NL", "EU-ES", "EU-PL", "EU-PT", "EU-BE", "NZ", "ZA", "IN", "SG",
])
def test_required_entries_exist(code: str) -> None:
    assert load_wages().get(code) is not None


# (code, amount, currency, unit): the figures a reviewer relies on, pinned so an edit is deliberate.
FIGURES = [
    ("US", 7.25, "USD", "hour"), ("US-CA", 16.90, "USD", "hour"), ("US-NY", 17.00, "USD", "hour"),
    ("US-WA", 17.13, "USD", "hour"), ("US-FL", 15.00, "USD", "hour"), ("UK", 12.71, "GBP", "hour"),
    ("AU", 26.44, "AUD", "hour"), ("CA-QC", 16.60, "CAD", "hour"), ("EU-DE", 13.90, "EUR", "hour"),
    ("EU-FR", 12.02, "EUR", "hour"), ("EU-IE", 14.15, "EUR", "hour"), ("EU-ES", 1221.00, "EUR", "month"),
    ("NZ", 23.95, "NZD", "hour"), ("ZA", 30.23, "ZAR", "hour"), ("IN", 176, "INR", "day"), ("SG", None, "SGD", "hour"),
]


@pytest.mark.parametrize(("code", "amount", "currency", "unit"), FIGURES)
def test_figures(code: str, amount: float | None, currency: str, unit: str) -> None:
    wage = load_wages().get(code)
    assert wage is not None and (wage.amount, wage.currency, wage.unit) == (amount, currency, unit)


def test_new_york_gives_the_higher_rate_and_notes_the_other() -> None:
    ny = minimum_wage("US-NY")
    assert ny is not None and ny.amount == 17.00
    assert [r.amount for r in ny.other_rates] == [16.00]


@pytest.mark.parametrize(("asked", "found"), [
    ("US-TX", "US"), ("US-GA", "US"), ("US-CA", "US-CA"), ("us-ca", "US-CA"), ("AU-VIC", "AU"), ("AU-WA", "AU"),
    ("CA-ON", "CA-ON"), ("EU-DE", "EU-DE"), ("EU", None), ("EU-IT", "EU-IT"), ("general", None), ("XX", None),
])
def test_minimum_wage_walks_to_the_parent(asked: str, found: str | None) -> None:
    wage = minimum_wage(asked)
    assert (wage.code if wage else None) == found


@pytest.mark.parametrize(("currency", "code", "found"), [
    ("USD", None, "US"), ("GBP", None, "UK"), ("AUD", None, "AU"), ("CAD", None, "CA"), ("NZD", None, "NZ"),
    ("ZAR", None, "ZA"), ("usd", None, "US"), ("EUR", None, None), ("EUR", "EU-DE", "EU-DE"),
    ("EUR", "EU-ES", None), ("USD", "US-WA", "US-WA"), ("SGD", None, None), ("INR", None, "IN"), ("JPY", None, "JP"),
])
def test_floor_for_currency(currency: str, code: str | None, found: str | None) -> None:
    wage = floor_for_currency(currency, code)
    assert (wage.code if wage else None) == found


@pytest.mark.parametrize(("code", "expected"), [
    ("US-CA", "$16.90 an hour (California, from 2026-01-01)"),
    ("EU-ES", "€1,221.00 a month (Spain (salario minimo interprofesional), from 2026-01-01)"),
    ("SG", "no statutory minimum wage (Singapore)"),
])
def test_describe(code: str, expected: str) -> None:
    wage = minimum_wage(code)
    assert wage is not None and wage.describe() == expected


def _entry(**changes: object) -> dict:
    base = {"code": "US", "name": "United States", "amount": 7.25, "currency": "USD", "unit": "hour",
            "effective_from": "2009-07-24", "as_of": "2026-11-22", "confirmed": True, "source": "29 U.S.C. 206",
            "url": "https://example.org/x", "checked": ["https://example.org/y"], "note": "A note of some length."}
    base.update(changes)
    return base


@pytest.mark.parametrize("entries", [
    [_entry(extra_field=1)],
    [_entry(), _entry()],
    [_entry(code="USA")],
    [_entry(code="EU")],
    [_entry(currency="usd")],
    [_entry(unit="week")],
    [_entry(url="http://example.org/x")],
    [_entry(checked=[])],
    [_entry(effective_from="2027-01-01")],
    [_entry(amount=-1)],
    [_entry(amount=None)],
    [{k: v for k, v in _entry().items() if k != "source"}],
])
def test_bad_files_are_rejected(tmp_path: Path, entries: list[dict]) -> None:
    (tmp_path / WAGES_FILE).write_text(yaml.safe_dump({"as_of": "2026-11-22", "wages": entries}), encoding="utf-8")
    with pytest.raises(errors.CorpusError):
        load_wages(tmp_path)


def test_missing_or_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(errors.CorpusError):
        load_wages(tmp_path)
    (tmp_path / WAGES_FILE).write_text("wages: [unclosed", encoding="utf-8")
    with pytest.raises(errors.CorpusError):
        load_wages(tmp_path)


def test_a_good_file_loads_and_is_cached(tmp_path: Path) -> None:
    (tmp_path / WAGES_FILE).write_text(yaml.safe_dump({"as_of": "2026-11-22", "wages": [_entry()]}), encoding="utf-8")
    assert load_wages(tmp_path) is load_wages(tmp_path)
    assert minimum_wage("US-TX", tmp_path).amount == 7.25


def test_a_daily_minimum_over_the_legal_day_gives_a_derived_hourly_figure() -> None:
    ph = minimum_wage("PH")
    assert ph is not None and ph.unit == "day" and ph.day_hours == 8
    assert ph.hourly == round(ph.amount / 8, 2) and "8-hour day" in ph.describe()
    india = minimum_wage("IN")  # the eight-hour day of the OSH Code, 2020, s. 25
    assert india is not None and india.day_hours == 8 and india.hourly == round(india.amount / 8, 2)


def test_a_monthly_minimum_over_the_legal_week_gives_a_derived_hourly_figure() -> None:
    ke = minimum_wage("KE")
    assert ke is not None and ke.unit == "month" and ke.week_hours == 52
    assert ke.hourly == round(ke.amount / (52 * 52 / 12), 2) and "52-hour week" in ke.describe()
    assert minimum_wage("NG").hourly is None  # no legal week: not converted


def test_the_apprentice_rate_is_read_from_the_table_where_it_lists_one() -> None:
    from reviewer.wages import rate_for

    uk = minimum_wage("UK")
    apprentice = rate_for(uk, "apprentices")
    assert apprentice.hourly == next(r.amount for r in uk.other_rates if "apprentice" in r.applies_to)
    assert apprentice.hourly < uk.hourly and "apprentice" in apprentice.describe()
    us = minimum_wage("US")
    assert rate_for(us, "apprentices") is us  # no apprentice rate listed: the adult floor stands
