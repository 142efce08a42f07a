"""The minimal-pair suite: two short texts that differ by a phrase and must get different core decisions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .. import errors
from ..models import CORE_CATEGORIES
from ..pipeline import Reviewer


@dataclass(frozen=True)
class PairSide:
    """One text of a pair and the core categories it should be flagged for."""

    text: str
    flags: frozenset[str]


@dataclass(frozen=True)
class Pair:
    """Two texts that differ minimally, and what changes between them."""

    id: str
    contrast: str
    a: PairSide
    b: PairSide


def load_pairs(path: Path) -> list[Pair]:
    """Read and check a pairs file (a YAML list of {id, contrast, a: {text, flags}, b: {text, flags}})."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise errors.LabelError(f"{path}: cannot read the pairs file: {exc}", path=str(path)) from exc
    pairs, seen = [], set()
    for i, item in enumerate(data or []):
        try:
            sides = [PairSide(str(item[s]["text"]), frozenset(item[s].get("flags") or [])) for s in ("a", "b")]
            pid = str(item["id"])
        except (KeyError, TypeError) as exc:
            raise errors.LabelError(f"{path}: pair {i + 1} is malformed ({exc})", path=str(path)) from exc
        bad = [f for s in sides for f in s.flags if f not in CORE_CATEGORIES]
        if bad or pid in seen:
            raise errors.LabelError(f"{path}: pair {pid}: unknown flags {bad} or duplicate id", path=str(path))
        seen.add(pid)
        pairs.append(Pair(pid, str(item.get("contrast", "")), sides[0], sides[1]))
    return pairs


def run_pairs(pairs: list[Pair], reviewer: Reviewer) -> dict[str, Any]:
    """Review both texts of every pair; a pair is decided correctly when both sides get exactly their core flags."""
    records = []
    for pair in pairs:
        got = []
        for side in (pair.a, pair.b):
            review = reviewer.review_bytes(side.text.encode("utf-8"), name=f"{pair.id}.txt", suffix=".txt")
            got.append(frozenset(c for c in review.categories() if c in CORE_CATEGORIES))
        ok = got[0] == pair.a.flags and got[1] == pair.b.flags
        records.append({"id": pair.id, "contrast": pair.contrast, "ok": ok,
                        "a": {"expected": sorted(pair.a.flags), "got": sorted(got[0])},
                        "b": {"expected": sorted(pair.b.flags), "got": sorted(got[1])}})
    correct = sum(r["ok"] for r in records)
    return {"pairs": len(records), "correct": correct, "accuracy": correct / len(records) if records else float("nan"),
            "records": records}
