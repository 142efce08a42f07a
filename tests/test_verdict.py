"""The verdict: three core questions and an overall call, worked out from the findings, in every format."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reviewer.evaluation.harness import run_eval
from reviewer.models import CORE_CATEGORIES, DocumentInfo, Evidence, Finding, RateInfo, Review
from reviewer.renderers import render
from reviewer.verdict import decide

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT.parent / "shared" / "external"
RULE_IDS = ("unpaid.", "ip.", "status.", "confidentiality.", "covenant.", "pressure.", "missing.", "data.")


def finding(rule: str, category: str, severity: str = "high", confidence: float = 0.9, trace=(), rate=None) -> Finding:
    return Finding(category=category, severity=severity, confidence=confidence, title=f"Title of {category}",
                   evidence=[Evidence(quote="q", page=2, start=0, end=1)], explanation="e", suggestion="s",
                   rule=rule, trace=list(trace), rate=rate)


def review_of(*findings: Finding) -> Review:
    doc = DocumentInfo(source="d.txt", kind="txt", sha256="0", pages=2, chars=10, clauses=1)
    return Review(document=doc, backend="offline", findings=list(findings), jurisdiction="US-CA")


BELOW = RateInfo(low=12.5, high=12.5, currency="USD", computation="$500 / 40 h", minimum=16.9, minimum_currency="USD",
                 minimum_jurisdiction="US-CA", minimum_source="Cal. Lab. Code 1182.12", below_minimum=True)


@pytest.mark.parametrize("findings,call,headline,answers", [
    ([], "looks_standard", "Looks standard", ("no", "no", "no")),
    ([finding("covenant.non_compete", "restrictive_covenant", "medium")], "looks_standard", "Looks standard",
     ("no", "no", "no")),
    ([finding("confidentiality.pay_secrecy", "confidentiality_overreach", "medium")], "ask_before_signing",
     "Ask before you sign: 1 point", ("no", "no", "no")),
    ([finding("pressure.exploding_offer", "pressure_tactics", "medium"),
      finding("ip.moral_rights_unpaid", "ip_grab", "medium")], "ask_before_signing", "Ask before you sign: 2 points",
     ("no", "yes", "no")),
    ([finding("unpaid.no_pay", "unpaid_scope"), finding("status.for_profit_volunteer", "misclassification"),
      finding("pressure.penalty", "pressure_tactics", "medium")], "do_not_sign_as_is",
     "Don't sign as is: 2 blocking problems", ("yes", "no", "yes")),
    ([finding("missing.trial_terms", "missing_terms", "medium", 0.6,
              trace=["the document sets up a hiring stage: \"x\"", "it does not state: pay, who owns the work"])],
     "ask_before_signing", "Ask before you sign: 1 point", ("unclear", "unclear", "no")),
    ([finding("ip.prior_work", "ip_grab", confidence=0.2)], "ask_before_signing", "Ask before you sign: 1 point",
     ("no", "unclear", "no")),
])
def test_call_and_core_answers(findings, call, headline, answers):
    v = decide(review_of(*findings))
    assert (v.call, v.headline) == (call, headline)
    assert tuple(a.answer for a in v.core) == answers
    assert [a.category.value for a in v.core] == list(CORE_CATEGORIES)
    assert not any(rule in a.reason for a in v.core for rule in RULE_IDS)


def test_a_fair_document_says_so_plainly():
    v = decide(review_of(finding("covenant.non_compete", "restrictive_covenant", "medium")))
    assert v.headline == "Looks standard" and "does not ask for unpaid work" in v.summary
    assert "1 clause common in ordinary contracts" in v.summary


def test_rate_against_the_minimum_wage():
    v = decide(review_of(finding("unpaid.token_pay", "unpaid_scope", rate=BELOW)))
    assert v.rate == BELOW
    assert v.rate_text.startswith("Effective pay: $12.50 an hour, below the US-CA minimum wage of $16.90 an hour")


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_every_format_opens_with_the_verdict_and_no_rule_id(fmt):
    r = review_of(finding("unpaid.token_pay", "unpaid_scope", rate=BELOW), finding("ip.prior_work", "ip_grab"))
    out = render(r, fmt).decode()
    if fmt == "json":
        data = json.loads(out)
        assert data["verdict"]["call"] == "do_not_sign_as_is" and data["schema_version"] == "1.4"
        return
    head = out[:out.index("Document: ")]
    for text in ("Don't sign as is: 2 blocking problems", "Unpaid work?", "Your work taken?", "Worker status denied?",
                 "$12.50 an hour"):
        assert text in head
    assert "unpaid.token_pay" not in out and "ip.prior_work" not in out


def test_verdict_matches_the_judge_on_every_labelled_document(offline_data_eval):
    """The verdict's core answers are the judge's core findings, so it is right wherever the judge is; the figure
    against the labels is printed."""
    right = judge_right = 0
    for rec in offline_data_eval.records:
        labelled = set(rec["labelled"]) & set(CORE_CATEGORIES)
        yes = {c for c in CORE_CATEGORIES if rec["verdict"][c] == "yes"}
        assert yes == set(rec["predicted"]) & set(CORE_CATEGORIES), rec["id"]
        if any(c in rec["expected"] for c in CORE_CATEGORIES):
            assert rec["verdict"]["call"] == "do_not_sign_as_is" or not yes & set(rec["expected"]), rec["id"]
        right += (yes & labelled) == (set(rec["expected"]) & labelled)
        judge_right += (set(rec["predicted"]) & labelled) == (set(rec["expected"]) & labelled)
    n = len(offline_data_eval.records)
    print(f"verdict right on the core questions of {right}/{n} labelled documents (the judge: {judge_right}/{n})")
    assert right == judge_right and right / n >= 0.9


def test_fair_real_documents_look_standard():
    if not EXTERNAL.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{EXTERNAL} is missing in CI")
        pytest.skip("../shared/external is not beside this checkout")
    result = run_eval([EXTERNAL], backend="offline", keyword_baseline=False)
    fair = [r for r in result.records if not set(r["expected"]) & set(CORE_CATEGORIES)]
    assert len(fair) >= 10
    assert {r["id"]: r["verdict"]["call"] for r in fair} == {r["id"]: "looks_standard" for r in fair}
    unfair = [r for r in result.records if r not in fair]
    assert all(r["verdict"]["call"] == "do_not_sign_as_is" for r in unfair)
