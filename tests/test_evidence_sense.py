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
# (evals/data comes from the shared offline eval run of conftest.py)
SUITES = [ROOT / "evals" / "frozen"] + [p for p in [ROOT.parent / "shared" / "external"] if p.exists()]
EMPLOYEE = re.compile(r"\b(?:you|the (?:candidate|employee|worker))\s+(?:will be|are|is|shall be)\s+(?:employed|an? "
                      r"(?:full-time |part-time |temporary |casual |fixed-term )?employee)\b", re.I)
NEGATED = re.compile(r"\bnot\b|\bno\b|\bnever\b|n't\b", re.I)
UNPAID_WORDS = re.compile(r"unpaid|not paid|no pay|only if|if (?:we|you)|winner|best|credit|free|without|deduct", re.I)


def _fair_rate(quote: str, jurisdiction: str) -> bool:
    """The quote states an hourly rate at or above the local minimum, and nothing about it being withheld."""
    wage = minimum_wage(jurisdiction)
    if wage is None or wage.amount is None or UNPAID_WORDS.search(quote):
        return False
    return any(m.unit == "hour" and m.currency == wage.currency and m.low >= wage.amount for m in parse_money(quote))


@pytest.fixture(scope="module")
def reviews(offline_data_eval):
    """Every labelled document's findings as (id, jurisdiction, findings): evals/data from the shared offline eval run
    (reviewed once per test session), the other suites reviewed here, two at a time."""
    out = [(r["id"], r["jurisdiction_inferred"], r["findings"]) for r in offline_data_eval.records]
    assert all("error" not in r for r in offline_data_eval.records)
    reviewer = Reviewer(Settings.load())
    labels = load_labels(SUITES)
    for label, r in zip(labels, reviewer.review_many([load_document(label) for label in labels], workers=2)):
        assert isinstance(r, Review), (label.id, r)
        out.append((label.id, r.jurisdiction, [
            {"category": f.category.value, "rule": f.rule, "evidence": [{"quote": e.quote} for e in f.evidence],
             "rate": f.rate.model_dump() if f.rate is not None else None} for f in r.findings]))
    return out


def test_rates_at_or_above_the_minimum_are_never_evidence_of_unpaid_work(reviews):
    bad = [(doc, e["quote"]) for doc, where, findings in reviews for f in findings if f["category"] == "unpaid_scope"
           for e in f["evidence"] if _fair_rate(e["quote"], where)]
    assert not bad, bad


def test_employee_statements_are_never_evidence_of_misclassification(reviews):
    bad = [(doc, e["quote"]) for doc, _, findings in reviews for f in findings if f["category"] == "misclassification"
           for e in f["evidence"] if EMPLOYEE.search(e["quote"]) and not NEGATED.search(e["quote"])]
    assert not bad, bad


def test_unpaid_findings_show_the_rate_when_money_and_effort_are_stated(reviews):
    """Where a finding of unpaid work rests on money, it shows the effective rate and the minimum it is compared with."""
    token = [(doc, f["rate"]) for doc, _, findings in reviews for f in findings if f["rule"] == "unpaid.token_pay"]
    assert token  # (the labelled data has token-pay documents: the check must not pass empty)
    for doc, rate in token:
        assert rate is not None and rate["minimum"] is not None, doc
        assert rate["computation"] and rate["minimum_source"], doc
