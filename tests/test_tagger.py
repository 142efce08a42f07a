"""The shipped fact tagger: its features, the examples in facts.yaml, and golden outputs that catch silent changes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from reviewer.judge import tagger
from reviewer.knowledge import load_facts

GOLDEN = Path(__file__).resolve().parent / "golden" / "tagger.json"


def test_features_are_deterministic_and_mark_negation():
    feats = tagger.features("You will not be paid $25.", "Trial shift")
    assert feats == tagger.features("You will not be paid $25.", "Trial shift")
    assert "NOT_paid" in feats and "<money>" in feats and "<n>" in feats and "ctx:trial" in feats
    assert "NOT_paid" not in tagger.features("You will be paid but not fed.")


def test_model_columns_follow_the_facts_file():
    model = tagger.load()
    assert model.facts == tuple(f.id for f in load_facts())
    assert model.weights.shape == (len(model.vocab), len(model.facts))
    assert np.all((model.thresholds > 0) & (model.thresholds < 1))


def test_facts_file_examples():
    """Every example sentence in facts.yaml is a test: positives state their fact, negatives do not."""
    model = tagger.load()
    items, expected = [], []
    for fact in load_facts():
        for text in fact.positives:
            items.append((text, ""))
            expected.append((fact.id, True))
        for text in fact.negatives:
            items.append((text, ""))
            expected.append((fact.id, False))
    tags = model.tag(items)
    wrong = [(fact, want, text) for (fact, want), (text, _), got in zip(expected, items, tags) if (fact in got) != want]
    share = 1 - len(wrong) / len(items)
    print(f"\nfacts.yaml examples decided correctly: {share:.1%} of {len(items)}")
    for fact, want, text in wrong:
        print(f"  {'missed' if want else 'false'} {fact}: {text}")
    assert share >= 0.9


def test_golden_outputs():
    """Fixed inputs give the committed probabilities: a change in weights or tokenisation must be deliberate
    (regenerate with: python scripts/train_tagger.py, then python -m tests.test_tagger)."""
    golden = json.loads(GOLDEN.read_text())
    model = tagger.load()
    probs = model.probabilities([(g["text"], g["context"]) for g in golden["items"]])
    for g, row in zip(golden["items"], probs):
        got = {f: round(float(p), 3) for f, p in zip(model.facts, row) if p >= 0.05}
        assert set(got) == set(g["probabilities"]), g["text"]
        for f, p in got.items():
            assert p == pytest.approx(g["probabilities"][f], abs=2e-3), (g["text"], f)


GOLDEN_INPUTS = [
    ("Northwind will pay Contractor $30 per hour.", ""),
    ("The exercise takes six to eight hours and pays a flat $25.", "Coding challenge"),
    ("Interns are not paid.", "Summer internship"),
    ("You hereby assign to the Company all inventions, whether or not made during working hours.", "Inventions"),
    ("This offer expires at 5pm tomorrow.", ""),
    ("Neither party may assign this Agreement without consent.", "Miscellaneous"),
]


def write_golden() -> None:
    """Record the current model's outputs on the fixed inputs."""
    model = tagger.load()
    probs = model.probabilities(GOLDEN_INPUTS)
    items = [{"text": t, "context": c, "probabilities": {f: round(float(p), 3) for f, p in zip(model.facts, row) if p >= 0.05}}
             for (t, c), row in zip(GOLDEN_INPUTS, probs)]
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps({"family": model.meta.get("family"), "items": items}, indent=1) + "\n")


if __name__ == "__main__":
    write_golden()
