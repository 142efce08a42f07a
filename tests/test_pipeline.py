"""The whole chain on the bundled examples: JSON schema, grounding of quotes, citations, outputs."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from reviewer import review
from reviewer.cli import app
from reviewer.corpus import chunk, load_corpus
from reviewer.document import load
from reviewer.models import Citation, Evidence, Finding
from reviewer.pipeline import Reviewer
from reviewer.render import json_schema
from reviewer.settings import Settings
from reviewer.verify import verify

runner = CliRunner()
EXAMPLES = ["working-interview.pdf", "trial-shift-uk.txt", "offer-letter-ny.md", "paid-trial-fair.txt"]


@pytest.fixture(scope="module")
def passages():
    return {p.id: p for d in load_corpus(Settings.load().corpus_dir) for p in chunk(d)}


@pytest.mark.parametrize("name", EXAMPLES)
def test_json_output_validates_and_every_quote_is_grounded(name, examples, passages):
    result = runner.invoke(app, ["review", str(examples / name), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, json.loads(json_schema()))
    doc = load(examples / name)
    for f in data["findings"]:
        assert f["evidence"] or f["category"] == "missing_terms"
        for e in f["evidence"]:
            assert doc.text[e["start"]:e["end"]] == e["quote"]
            assert doc.page_of(e["start"]) == e["page"]
        for c in f["citations"]:
            assert c["quote"] in passages[c["passage_id"]].text


def test_pdf_example_has_findings_on_several_pages(examples):
    r = review(examples / "working-interview.pdf")
    assert r.document.pages == 3
    assert {"unpaid_scope", "ip_grab", "misclassification"} <= r.categories()
    assert len({e.page for f in r.findings for e in f.evidence}) >= 2
    assert all(f.citations for f in r.findings)


def test_fair_paid_trial_has_no_core_findings(examples):
    r = review(examples / "paid-trial-fair.txt")
    assert not r.categories() & {"unpaid_scope", "ip_grab", "misclassification"}


def test_verifier_drops_fabricated_quotes(examples):
    reviewer = Reviewer(Settings.load())
    doc = load(examples / "trial-shift-uk.txt")
    real = doc.text.index("Trial shifts are unpaid.")
    good = Evidence(quote="Trial shifts are unpaid.", page=1, start=real, end=real + 24)
    fake = Evidence(quote="You will be paid double time.", page=1, start=0, end=29)
    shifted = Evidence(quote="Trial shifts are unpaid.", page=1, start=0, end=24)  # right quote, wrong offsets
    passage = reviewer.index.passages[0]
    cite_ok = Citation(passage_id=passage.id, doc_id=passage.doc_id, title=passage.title, source=passage.source,
                       quote=passage.text[:40])
    cite_bad = cite_ok.model_copy(update={"quote": "The law requires nothing at all."})
    cite_unknown = cite_ok.model_copy(update={"passage_id": "made-up#1"})
    findings = [
        Finding(category="unpaid_scope", severity="high", confidence=0.9, title="t", evidence=[good, fake, shifted],
                citations=[cite_ok, cite_bad, cite_unknown], explanation="e", suggestion="s"),
        Finding(category="ip_grab", severity="high", confidence=0.9, title="t", evidence=[fake], explanation="e",
                suggestion="s"),
    ]
    kept, report = verify(doc, findings, reviewer.index)
    assert len(kept) == 1
    assert [e.start for e in kept[0].evidence] == [real, real]
    assert [c.quote for c in kept[0].citations] == [cite_ok.quote]
    assert (report.dropped_evidence, report.dropped_citations, report.dropped_findings) == (2, 2, 1)


def test_markdown_and_text_outputs(examples, tmp_path):
    out = tmp_path / "report.md"
    result = runner.invoke(app, ["review", str(examples / "working-interview.pdf"), "-f", "markdown", "-o", str(out)])
    assert result.exit_code == 0
    md = out.read_text()
    assert md.startswith("# Review of") and "page 1" in md and "**Guidance.**" in md
    assert not list(tmp_path.glob(".*.tmp"))
    result = runner.invoke(app, ["review", str(examples / "working-interview.pdf")])
    assert "Evidence, page" in result.stdout and "Guidance:" in result.stdout


def test_stdin_review():
    result = runner.invoke(app, ["review", "-"], input="Working interview. The two-week trial is unpaid.\n")
    assert result.exit_code == 0
    assert "unpaid_scope" in result.stdout


def test_schema_command_matches_committed_schema():
    from pathlib import Path

    committed = Path(__file__).resolve().parent.parent / "docs" / "review.schema.json"
    result = runner.invoke(app, ["schema"])
    assert result.stdout == committed.read_text()
