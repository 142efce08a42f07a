"""The frozen minimal-pair suite through the public review API; the figure is printed."""

from __future__ import annotations

from pathlib import Path

from reviewer.evaluation.pairs import load_pairs, run_pairs
from reviewer.pipeline import Reviewer
from reviewer.settings import Settings

PAIRS = Path(__file__).resolve().parent.parent / "evals" / "pairs" / "pairs.yaml"


def test_minimal_pairs():
    pairs = load_pairs(PAIRS)
    assert len(pairs) >= 150
    result = run_pairs(pairs, Reviewer(Settings.load()))
    print(f"\nminimal pairs decided correctly: {result['correct']} of {result['pairs']} ({result['accuracy']:.1%})")
    for r in result["records"]:
        if not r["ok"]:
            print(f"  {r['id']} ({r['contrast']}): a expected {r['a']['expected']} got {r['a']['got']}; "
                  f"b expected {r['b']['expected']} got {r['b']['got']}")
    assert result["accuracy"] >= 0.95
