"""Statutory minimum wages per jurisdiction, read from corpus/minimum_wages.yaml and validated at load."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from . import errors
from .settings import Settings
from .values import SYMBOLS
from .yamlio import load_yaml

WAGES_FILE = "minimum_wages.yaml"
CODE_PATTERN = r"^(?:[A-DF-Z][A-Z]|E[A-TV-Z])(?:-[A-Z]{2,3})?$|^EU-[A-Z]{2}$"  # ISO country (not EU alone) or a part of one
# Where the text names only a currency, the floor of the country that issues it (the euro has none).
CURRENCY_FLOORS = {"USD": "US", "GBP": "UK", "AUD": "AU", "CAD": "CA", "NZD": "NZ", "ZAR": "ZA", "PLN": "EU-PL",
                   "INR": "IN", "SGD": "SG", "JPY": "JP", "KRW": "KR", "HKD": "HK", "TWD": "TW", "PHP": "PH", "VND": "VN",
                   "MYR": "MY", "THB": "TH", "MXN": "MX", "BRL": "BR", "ARS": "AR", "CLP": "CL", "COP": "CO", "KES": "KE",
                   "NGN": "NG", "GHS": "GH", "PKR": "PK", "ILS": "IL", "TRY": "TR", "CZK": "EU-CZ", "RON": "EU-RO",
                   "HUF": "EU-HU"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OtherRate(_Model):
    """A further rate of the same jurisdiction (another region, age band or pay basis)."""

    amount: float = Field(gt=0, description="The rate, in the entry's currency.")
    unit: Literal["hour", "day", "month"] = Field(description="What the amount is paid per.")
    applies_to: str = Field(min_length=3, description="Who or where this rate applies to.")


class Wage(_Model):
    """The adult statutory minimum wage of one jurisdiction, with its source."""

    code: str = Field(pattern=CODE_PATTERN, description="Jurisdiction code: US, US-CA, UK, EU-DE, ...")
    name: str = Field(min_length=2, description="Readable name of the jurisdiction and the rate.")
    amount: float | None = Field(gt=0, description="The statutory figure; null where there is no minimum wage.")
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 currency code.")
    unit: Literal["hour", "day", "month"] = Field(description="What the amount is stated per, as the law states it.")
    effective_from: date | None = Field(description="When this figure took effect.")
    as_of: date = Field(description="The date on which this figure was checked to be in force.")
    confirmed: bool = Field(description="Whether the figure in force on as_of was found in a stored reliable page.")
    source: str = Field(min_length=5, description="Legal source of the figure.")
    url: str = Field(pattern=r"^https://\S+$", description="Where to read the figure.")
    checked: list[str] = Field(min_length=1, description="Pages the figure was checked against.")
    note: str = Field(min_length=10, description="Scope, other rates, and what could not be confirmed.")
    other_rates: list[OtherRate] = Field(default_factory=list, description="Further regional or age rates.")
    week_hours: float | None = Field(default=None, gt=0, le=60, description=(
        "For a monthly figure: the legal normal week in hours on which it rests (the note gives its source), which "
        "turns the monthly figure into a derived hourly one over 52/12 weeks a month."))
    week_assumed: bool = Field(default=False, description=(
        "Set by the reviewer, never in the data: week_hours is not the law's but a long week assumed to compare a "
        "monthly figure with no legal week, so that pay below it is surely below the floor."))
    day_hours: float | None = Field(default=None, gt=0, le=12, description=(
        "For a daily figure: the legal normal working day in hours (the note gives its source), which turns the "
        "daily figure into a derived hourly one."))

    @field_validator("checked")
    @classmethod
    def _urls(cls, value: list[str]) -> list[str]:
        bad = [u for u in value if not u.startswith("https://") or " " in u]
        if bad:
            raise ValueError(f"not https URLs: {bad}")
        return value

    @model_validator(mode="after")
    def _dates(self) -> "Wage":
        if self.effective_from and self.effective_from > self.as_of:
            raise ValueError(f"{self.code}: effective_from {self.effective_from} is after as_of {self.as_of}")
        if self.amount is None and self.effective_from is not None:
            raise ValueError(f"{self.code}: no amount but an effective date")
        return self

    @property
    def hourly(self) -> float | None:
        """The hourly figure: as stated, or a daily or monthly figure over the legal normal day or week; None where
        the law states no figure that can be turned into one (a monthly minimum with no legal week, no minimum)."""
        if self.amount is not None and self.unit == "day" and self.day_hours:
            return round(self.amount / self.day_hours, 2)
        if self.amount is not None and self.unit == "month" and self.week_hours:
            return round(self.amount / (self.week_hours * 52 / 12), 2)
        return self.amount if self.unit == "hour" else None

    def describe(self) -> str:
        """Readable form, e.g. '$16.90 an hour (California, from 2026-01-01)'."""
        if self.amount is None:
            return f"no statutory minimum wage ({self.name})"
        symbol = SYMBOLS.get(self.currency)

        def money(x: float) -> str:
            return f"{symbol}{x:,.2f}" if symbol else f"{self.currency} {x:,.2f}"

        since = f", from {self.effective_from.isoformat()}" if self.effective_from else ""
        derived = ""
        if self.hourly is not None and self.unit != "hour":
            basis = f"{self.day_hours:g}-hour day" if self.unit == "day" else f"{self.week_hours:g}-hour week"
            derived = (f", at most {money(self.hourly)} an hour even over a long {basis} (the law sets no normal week)"
                       if self.week_assumed else f", about {money(self.hourly)} an hour on the legal {basis}")
        return f"{money(self.amount)} a{'n' if self.unit == 'hour' else ''} {self.unit} ({self.name}{since}{derived})"


class WageTable(_Model):
    """The whole data file."""

    as_of: date = Field(description="The date the table describes.")
    wages: list[Wage] = Field(min_length=1, description="One entry per jurisdiction.")

    @model_validator(mode="after")
    def _unique(self) -> "WageTable":
        codes = [w.code for w in self.wages]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise ValueError(f"duplicate codes: {dupes}")
        late = [w.code for w in self.wages if w.as_of > self.as_of]
        if late:
            raise ValueError(f"entries checked after the table's as_of: {late}")
        return self

    def get(self, code: str) -> Wage | None:
        """The entry for exactly this code."""
        return next((w for w in self.wages if w.code == code), None)


def wages_path(corpus_dir: Path | None = None) -> Path:
    """The data file, in the corpus folder."""
    return (corpus_dir or Settings.load().corpus_dir) / WAGES_FILE


@lru_cache(maxsize=8)
def _load(path: Path, mtime: float) -> WageTable:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        return WageTable.model_validate(data)
    except OSError as exc:
        raise errors.CorpusError(f"Cannot read minimum wages file {path}: {exc}", path=str(path)) from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise errors.CorpusError(f"Invalid minimum wages file {path}: {exc}", path=str(path)) from exc


def load_wages(corpus_dir: Path | None = None) -> WageTable:
    """The validated wage table (cached until the file changes)."""
    path = wages_path(corpus_dir)
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise errors.CorpusError(f"Minimum wages file not found: {path}", path=str(path)) from exc
    return _load(path, mtime)


def parent_code(code: str) -> str | None:
    """'US-TX' -> 'US', 'AU-VIC' -> 'AU', 'EU-DE' -> None (the EU sets no wage), 'US' -> None."""
    return code.split("-", 1)[0] if "-" in code and not code.startswith("EU-") else None


def minimum_wage(code: str, corpus_dir: Path | None = None) -> Wage | None:
    """The minimum wage for a jurisdiction, walking up to its parent ('US-TX' -> 'US'); None if none is known."""
    table = load_wages(corpus_dir)
    current: str | None = code.strip().upper() if code.lower() != "general" else None
    while current:
        found = table.get(current)
        if found is not None:
            return found
        current = parent_code(current)
    return None


def rate_for(wage: Wage, group: str) -> Wage:
    """The entry with its further hourly rate for `group` ('apprentices') in place of the adult rate, where the table
    lists one ('workers aged 16 to 17 and apprentices': GBP 8.00); else the entry itself."""
    for other in wage.other_rates:
        if other.unit == "hour" and group.lower() in other.applies_to.lower():
            return wage.model_copy(update={"amount": other.amount, "unit": "hour", "other_rates": [],
                                           "name": f"{wage.name.split(' (')[0]} (rate for {other.applies_to})",
                                           "week_hours": None, "day_hours": None})
    return wage


LONG_WEEK = 48.0  # hours: the longest normal week of ILO Convention No. 1, over which a monthly floor is surely not higher


def assumed_week(wage: Wage) -> Wage | None:
    """A monthly minimum the law gives no normal week for, turned into the lowest hourly figure it can mean (over a
    48-hour week), so that pay below that is below the floor on any reading; None for other entries."""
    if wage.amount is None or wage.unit != "month" or wage.week_hours is not None:
        return None
    return wage.model_copy(update={"week_hours": LONG_WEEK, "week_assumed": True})


def floor_for_currency(currency: str, code: str | None = None, corpus_dir: Path | None = None) -> Wage | None:
    """A fallback hourly floor from the currency alone (USD -> US federal); EUR only with a known country `code`."""
    currency = currency.upper()
    if code:
        known = minimum_wage(code, corpus_dir)
        if known is not None and known.currency == currency and known.hourly is not None:
            return known
    target = CURRENCY_FLOORS.get(currency)
    wage = minimum_wage(target, corpus_dir) if target else None
    return wage if wage is not None and wage.hourly is not None else None
