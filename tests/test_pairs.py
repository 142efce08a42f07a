"""The newest blind minimal-pair suite through the public review API; the figure is printed on every run.

Issue 8 asks for at least 95% of pairs decided correctly. The judge does not reach it yet (figures per round in
evals/ROUNDS.md), so the check is an expected failure: it still runs and prints the figure every time, it is
reported as "xfailed", not as passed, and it turns into a failure (strict) the day the bar is met, so that the
marker is removed then.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from reviewer.evaluation.pairs import load_pairs, run_pairs
from reviewer.pipeline import Reviewer
from reviewer.settings import Settings

PAIRS = Path(__file__).resolve().parent.parent / "evals" / "pairs" / "pairs14.yaml"
BAR = 0.95


def test_pair_suite_is_well_formed():
    pairs = load_pairs(PAIRS)
    assert len(pairs) >= 150
    assert all(p.a.flags != p.b.flags for p in pairs)


@pytest.mark.xfail(strict=True, reason="issue 8: the judge decides fewer than 95% of the minimal pairs (evals/ROUNDS.md)")
def test_minimal_pairs():
    result = run_pairs(load_pairs(PAIRS), Reviewer(Settings.load()))
    total = Counter(r["contrast"] for r in result["records"])
    right = Counter(r["contrast"] for r in result["records"] if r["ok"])
    print(f"\nminimal pairs decided correctly: {result['correct']} of {result['pairs']} ({result['accuracy']:.1%}); bar {BAR:.0%}")
    for contrast in sorted(total, key=lambda c: right[c] / total[c]):
        print(f"  {right[contrast]}/{total[contrast]}  {contrast}")
    assert result["accuracy"] >= BAR
