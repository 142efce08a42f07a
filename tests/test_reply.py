"""The reply: asks only for what the findings support, names the effective hourly rate, and lists what is unstated."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from reviewer.cli import app
from reviewer.knowledge import load_finding_texts
from reviewer.models import DocumentInfo, Evidence, Finding, RateInfo, Review
from reviewer.reply import draft_reply, load_reply_knowledge

runner = CliRunner()
KINDS = sorted(load_finding_texts())
RATE = RateInfo(low=12.5, high=12.5, currency="USD", computation="$500 / 40 h", minimum=16.9, minimum_currency="USD",
                minimum_jurisdiction="US-CA", below_minimum=True)


def finding(kind: str, trace=(), rate=None) -> Finding:
    text = load_finding_texts()[kind]
    return Finding(category=text.category, severity=text.severity, confidence=0.9, title=text.title,
                   evidence=[Evidence(quote="q", page=1, start=0, end=1)], explanation=text.explanation,
                   suggestion=text.suggestion, rule=kind, trace=list(trace), rate=rate)


def review_of(*findings: Finding) -> Review:
    doc = DocumentInfo(source="d.txt", kind="txt", sha256="0", pages=1, chars=10, clauses=1)
    return Review(document=doc, backend="offline", findings=list(findings))


def template_of(kind: str):
    k = load_reply_knowledge().requests
    return k.kinds.get(kind) or k.categories[load_finding_texts()[kind].category]


def first_words(text: str) -> str:
    return text.split("{", 1)[0][:60]


@pytest.mark.parametrize("kind", KINDS)
def test_one_finding_one_request_and_nothing_else(kind):
    reply = draft_reply(review_of(finding(kind)))
    assert [(r.group, r.supported_by) for r in reply.requests] == [(template_of(kind).group, [0])]
    others = {first_words(template_of(k).text) for k in KINDS if template_of(k).group != template_of(kind).group}
    assert not [t for t in others if t in reply.body]


def test_every_kind_of_finding_has_a_request():
    assert all(template_of(kind) for kind in KINDS)


def test_a_fair_document_gets_no_requests():
    reply = draft_reply(review_of())
    assert reply.requests == [] and reply.checklist == []
    assert "happy to go ahead" in reply.body and "change" not in reply.body


def test_the_reply_names_the_effective_hourly_rate():
    reply = review_of(finding("unpaid.token_pay", rate=RATE), finding("unpaid.no_pay")).reply()
    assert len(reply.requests) == 1 and reply.requests[0].supported_by == [0, 1]
    assert "$12.50 an hour" in reply.body and "US-CA minimum wage of $16.90 an hour" in reply.body


def test_placeholders_are_left_for_the_candidate():
    body = draft_reply(review_of(finding("pressure.exploding_offer"))).body
    for placeholder in ("[hiring manager's name]", "[role]", "[Your name]", "[date"):
        assert placeholder in body


@pytest.mark.parametrize("findings,expected", [
    ([], []),
    ([finding("missing.trial_terms", trace=["it does not state: pay, length"])],
     ["How is the trial or task paid", "How long does the trial or task last"]),
    ([finding("unpaid.contingent_pay")], ["How many hours is the work expected to take"]),
    ([finding("unpaid.contingent_pay", rate=RATE)], []),
    ([finding("unpaid.no_pay")], []),
])
def test_checklist_comes_from_what_is_left_out(findings, expected):
    got = draft_reply(review_of(*findings)).checklist
    assert len(got) == len(expected) and all(q.startswith(e) for q, e in zip(got, expected))


def test_cli_reply_on_the_example(examples):
    result = runner.invoke(app, ["review", str(examples / "working-interview.pdf"), "--reply"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Subject: ") and "$11.11 an hour" in result.stdout
    assert not [kind for kind in KINDS if kind in result.stdout]
    clash = runner.invoke(app, ["review", str(examples / "working-interview.pdf"), "--reply", "-f", "json"])
    assert clash.exit_code == 2
