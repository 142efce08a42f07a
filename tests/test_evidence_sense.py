"""No finding quotes evidence that says the opposite of its category, over every labelled document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reviewer.evaluation.labels import load_document, load_labels
from reviewer.models import Review
from reviewer.pipeline import Reviewer
from reviewer.settings import Settings
from reviewer.values import parse_money
from reviewer.wages import minimum_wage

ROOT = Path(__file__).resolve().parent.parent
SUITES = [ROOT / "evals" / "data", ROOT / "evals" / "frozen"] + [p for p in [ROOT.parent / "shared" / "external"] if p.exists()]
EMPLOYEE = re.compile(r"\b(?:you|the (?:candidate|employee|worker))\s+(?:will be|are|is|shall be)\s+(?:employed|an? "
                      r"(?:full-time |part-time |temporary |casual |fixed-term )?employee)\b", re.I)
NEGATED = re.compile(r"\bnot\b|\bno\b|\bnever\b|n't\b", re.I)
UNPAID_WORDS = re.compile(r"unpaid|not paid|no pay|only if|if (?:we|you)|winner|best|credit|free|without|deduct", re.I)


def _fair_rate(quote: str, jurisdiction: str) -> bool:
    """The quote states an hourly rate at or above the local minimum, and nothing about it being withheld."""
    wage = minimum_wage(jurisdiction)
    if wage is None or UNPAID_WORDS.search(quote):
        return False
    return any(m.unit == "hour" and m.currency == wage.currency and m.low >= wage.amount for m in parse_money(quote))


@pytest.fixture(scope="module")
def reviews():
    """Every labelled document reviewed once, two at a time (the labelled data grows every round)."""
    reviewer = Reviewer(Settings.load())
    labels = load_labels(SUITES)
    out = list(zip((label.id for label in labels), reviewer.review_many([load_document(label) for label in labels], workers=2)))
    failed = [(doc, r) for doc, r in out if not isinstance(r, Review)]
    assert not failed, failed
    return out


def test_rates_at_or_above_the_minimum_are_never_evidence_of_unpaid_work(reviews):
    bad = [(doc, e.quote) for doc, r in reviews for f in r.findings if f.category.value == "unpaid_scope"
           for e in f.evidence if _fair_rate(e.quote, r.jurisdiction)]
    assert not bad, bad


def test_employee_statements_are_never_evidence_of_misclassification(reviews):
    bad = [(doc, e.quote) for doc, r in reviews for f in r.findings if f.category.value == "misclassification"
           for e in f.evidence if EMPLOYEE.search(e.quote) and not NEGATED.search(e.quote)]
    assert not bad, bad


def test_unpaid_findings_show_the_rate_when_money_and_effort_are_stated(reviews):
    """Where a finding of unpaid work rests on money, it shows the effective rate and the minimum it is compared with."""
    for doc, r in reviews:
        for f in r.findings:
            if f.rule == "unpaid.token_pay":
                assert f.rate is not None and f.rate.minimum is not None, doc
                assert f.rate.computation and f.rate.minimum_source, doc
