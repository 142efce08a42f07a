"""The guidance corpus: its check, listing, jurisdiction inference and retrieval preference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer import review
from reviewer.cli import app
from reviewer.corpus import Passage, check_corpus, load_corpus
from reviewer.index import Hit
from reviewer.jurisdiction import chain, infer, locate
from reviewer.retrieve import rank
from reviewer.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
NOTE = "---\ntitle: T\njurisdiction: {j}\ncategories: [{c}]\n{src}---\n{body}\n"
SRC = "sources:\n  - citation: X\n    url: https://example.org\n    as_of: 2026-01\n    primary: true\n"
BODY_A = "Work done during a trial that benefits a business must be paid at least the minimum wage for every hour."
BODY_B = "A non-compete signed by a worker is void in this place, and prospective employees may sue over it."


def test_project_corpus_passes_its_check():
    corpus = Settings.load().corpus_dir
    assert check_corpus(corpus) == []
    docs = load_corpus(corpus)
    assert len(docs) >= 45
    assert len({d.jurisdiction for d in docs}) >= 6
    assert sum(1 for d in docs if d.kind == "note") >= 40


@pytest.mark.parametrize("text,problem", [
    (NOTE.format(j="US", c="unpaid_scope", src="", body=BODY_A), "no sources"),
    (NOTE.format(j="US", c="", src=SRC, body=BODY_A), "no categories"),
    (NOTE.format(j="Narnia", c="unpaid_scope", src=SRC, body=BODY_A), "unknown jurisdiction"),
    (NOTE.format(j="US", c="wage_theft", src=SRC, body=BODY_A), "unknown category"),
])
def test_corpus_check_catches_bad_notes(tmp_path, text, problem):
    (tmp_path / "good.md").write_text(NOTE.format(j="US", c="restrictive_covenant", src=SRC, body=BODY_B))
    (tmp_path / "bad.md").write_text(text)
    problems = check_corpus(tmp_path)
    assert any(problem in p for p in problems), problems


def test_corpus_check_catches_near_duplicates(tmp_path):
    (tmp_path / "a.md").write_text(NOTE.format(j="US", c="unpaid_scope", src=SRC, body=BODY_A + " " + BODY_B))
    (tmp_path / "b.md").write_text(NOTE.format(j="UK", c="unpaid_scope", src=SRC, body=BODY_A + " " + BODY_B + " Also."))
    assert any("near-duplicate" in p for p in check_corpus(tmp_path))


def test_corpus_list_and_show():
    result = runner.invoke(app, ["corpus", "list"])
    assert result.exit_code == 0
    count = int(result.stdout.strip().splitlines()[-1].split()[0])
    assert count >= 45
    result = runner.invoke(app, ["corpus", "list", "--jurisdiction", "US-CA", "--category", "ip_grab"])
    assert "us-ca-labor-code-2870" in result.stdout and "uk-" not in result.stdout
    result = runner.invoke(app, ["corpus", "show", "us-ca-labor-code-2870"])
    assert result.exit_code == 0 and "2870" in result.stdout and "source:" in result.stdout
    assert runner.invoke(app, ["corpus", "show", "no-such-note"]).exit_code == 12


@pytest.mark.parametrize("text,code", [
    ("This Agreement is governed by the laws of the State of California.", "US-CA"),
    ("Governed by the law of England and Wales. Pay: GBP 500.", "UK"),
    ("Our office: 120 Broadway, New York, NY 10271. Salary $150,000.", "US-NY"),
    ("The Employment Standards Act, 2000 applies. Toronto, ON M5V 2T6.", "CA-ON"),
    ("You are covered by the Fair Work Act 2009.", "AU"),
    ("Payment of 400 EUR per day.", "EU"),
    ("Pay is $40 per hour under the FLSA.", "US"),
])
def test_jurisdiction_inference(text, code):
    located = infer(text)
    assert located.code == code and located.source == "inferred" and located.reason


def test_no_clue_falls_back_to_general():
    located = infer("Please come in on Saturday and help the team.")
    assert (located.code, located.source) == ("general", "default")
    assert locate("Governed by the laws of Texas.", given="UK").code == "UK"


def test_chain_order():
    assert chain("US-CA") == ["US-CA", "US", "general"]
    assert chain("CA-ON") == ["CA-ON", "CA", "general"]
    assert chain("UK") == ["UK", "general"]
    assert chain("nonsense") == ["general"]


def _hit(doc_id: str, jurisdiction: str, score: float, cats=("ip_grab",)) -> Hit:
    return Hit(Passage(f"{doc_id}#1", doc_id, doc_id, "src", jurisdiction, tuple(cats), "text"), score)


def test_retrieval_prefers_own_then_parent_then_general_and_marks_others():
    hits = [_hit("uk", "UK", 0.9), _hit("gen", "general", 0.7), _hit("us", "US", 0.7), _hit("ca", "US-CA", 0.6)]
    ranked = rank(hits, "ip_grab", "US-CA")
    assert [h.passage.doc_id for h, _, _ in ranked] == ["ca", "us", "gen", "uk"]
    assert [rel for _, _, rel in ranked] == ["applies", "applies", "applies", "comparison"]


@pytest.mark.parametrize("name,code,expected_doc", [
    ("working-interview.pdf", "US-CA", "us-ca-labor-code-2870"),
    ("trial-shift-uk.txt", "UK", "uk-unpaid-work-trials"),
    ("offer-letter-ny.md", "US-NY", "us-ny-labor-law-203f"),
])
def test_examples_cite_the_rules_of_their_place(examples, name, code, expected_doc):
    r = review(examples / name)
    assert r.jurisdiction == code and r.jurisdiction_source == "inferred"
    cited = {c.doc_id for f in r.findings for c in f.citations}
    assert expected_doc in cited
    for f in r.findings:
        for c in f.citations:
            assert (c.relation == "applies") == (c.jurisdiction in chain(code))
    for fmt in ("text", "json", "markdown"):
        out = runner.invoke(app, ["review", str(examples / name), "-f", fmt]).stdout
        assert expected_doc in out and code in out
    data = json.loads(runner.invoke(app, ["review", str(examples / name), "-f", "json"]).stdout)
    assert data["jurisdiction"] == code


def test_retrieval_recall_at_3():
    from reviewer.evaluation.retrieval import run_retrieval_eval

    result = run_retrieval_eval(ROOT / "evals" / "retrieval.yaml")
    assert result["pairs"] >= 25
    assert result["recall_at_3"] >= 0.9
