"""Tracked changes in a DOCX: the document is judged as it reads with every change accepted (inserted text judged,
deleted text not), and every pending change is reported with its author and date, in the warnings and in the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from reviewer.document import load, load_bytes
from reviewer.pipeline import Reviewer
from reviewer.renderers import render

from . import malformed
from .wordfiles import ALICE, BOB, GRAB, KEEP, START, UNPAID, word_file


CASES = {
    # A deletion takes the unfair sentence out, and an insertion puts a fair one in its place.
    "deletion-removes": [
        ["Working Interview Agreement"],
        ["1. Trial. ", UNPAID],
        ["2. Ownership. ", ("del", BOB, GRAB), ("ins", ALICE, KEEP)],
        [START],
    ],
    # An insertion adds the unfair sentence, and a deletion takes out the fair one.
    "insertion-adds": [
        ["Working Interview Agreement"],
        ["1. Trial. ", UNPAID],
        ["2. Ownership. ", ("del", ALICE, KEEP), ("ins", BOB, GRAB)],
        [START],
    ],
}


def version(paragraphs: list[list], accepted: bool, between: str = "\n\n") -> str:
    """The text with every change accepted (or rejected), a blank line between paragraphs."""
    kept = ("ins", "moveTo") if accepted else ("del", "moveFrom")
    return between.join("".join(p if isinstance(p, str) else p[2] for p in para if isinstance(p, str) or p[0] in kept)
                       for para in paragraphs)


@pytest.fixture(scope="module")
def reviewer(module_env):
    return Reviewer()


def plain(reviewer: Reviewer, text: str):
    return reviewer.review_document(load_bytes(text.encode(), name="plain.txt", suffix=".txt"))


def found(review) -> set[tuple[str, str]]:
    return {(f.rule, e.quote) for f in review.findings for e in f.evidence}


@pytest.mark.parametrize("case", sorted(CASES))
def test_findings_follow_the_accepted_text(case, tmp_path, reviewer):
    path = word_file(tmp_path / f"{case}.docx", CASES[case])
    doc = load(path)
    assert doc.text == version(CASES[case], accepted=True, between="\n")
    review = reviewer.review_document(doc)
    assert found(review) == found(plain(reviewer, version(CASES[case], accepted=True)))
    for f in review.findings:  # every quote is at its offsets in the judged text
        assert all(doc.text[e.start:e.end] == e.quote for e in f.evidence)
    grabbed = [f for f in review.findings if f.category.value == "ip_grab"]
    rejected = plain(reviewer, version(CASES[case], accepted=False))
    if case == "deletion-removes":
        assert not grabbed and "ip_grab" in rejected.categories()
    else:
        assert grabbed and any("belongs to the Company" in e.quote for f in grabbed for e in f.evidence)
        assert "ip_grab" not in rejected.categories()


def test_changes_are_reported_in_the_warnings_and_the_json(tmp_path, reviewer):
    path = word_file(tmp_path / "offer.docx", CASES["insertion-adds"])
    review = reviewer.review_document(load(path))
    assert [(c.kind, c.author, c.date, c.text, c.paragraph) for c in review.tracked_changes] == [
        ("deletion", *ALICE, KEEP, 3), ("insertion", *BOB, GRAB, 3)]
    summary = review.warnings[0]
    assert "2 tracked changes not yet accepted (1 inserted, 1 deleted)" in summary
    assert "Alice Martin and Bob Okafor" in summary and "every change accepted" in summary
    assert f'Tracked change: deleted by Alice Martin on {ALICE[1]} (paragraph 3): "{KEEP}"' in review.warnings
    assert f'Tracked change: inserted by Bob Okafor on {BOB[1]} (paragraph 3): "{GRAB}"' in review.warnings
    data = json.loads(render(review, "json"))
    schema = json.loads((Path(__file__).resolve().parent.parent / "docs" / "review.schema.json").read_text())
    jsonschema.validate(data, schema)
    assert data["schema_version"] == "1.4" and len(data["tracked_changes"]) == 2
    assert data["tracked_changes"][1] == {"kind": "insertion", "author": BOB[0], "date": BOB[1], "text": GRAB,
                                          "paragraph": 3}
    assert "Tracked change: inserted by Bob Okafor" in render(review, "text").decode()


def test_a_file_without_changes_reports_none(tmp_path):
    doc = load(word_file(tmp_path / "clean.docx", [["1. Trial. ", UNPAID]]))
    assert doc.changes == () and not any("tracked change" in w for w in doc.warnings)


def test_moves_and_deleted_paragraph_marks_read_as_accepted(tmp_path):
    path = word_file(tmp_path / "moved.docx", [
        ["1. Pay. ", ("moveFrom", ALICE, "The fee is paid monthly.")],
        ["2. Hours. Eight a day. ", ("moveTo", ALICE, "The fee is paid monthly.")],
    ])
    doc = load(path)
    assert doc.text == "1. Pay.\n2. Hours. Eight a day. The fee is paid monthly."
    assert [(c.kind, c.paragraph) for c in doc.changes] == [("move_from", 1), ("move_to", 2)]
    assert "1 moved here, 1 moved away" in doc.warnings[0]
    # A deleted paragraph mark joins the paragraph to the next; a deletion with no author is still reported.
    xml = (f'<?xml version="1.0"?><w:document xmlns:w="{malformed.W}"><w:body>'
           '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t>The trial is </w:t></w:r></w:p>'
           '<w:p><w:r><w:t>paid.</w:t></w:r><w:del w:id="2"><w:r><w:tab/><w:delText>Unpaid.</w:delText></w:r></w:del>'
           '</w:p></w:body></w:document>').encode()
    (tmp_path / "joined.docx").write_bytes(malformed.docx(xml))
    doc = load(tmp_path / "joined.docx")
    assert doc.text == "The trial is paid."
    assert [(c.kind, c.author, c.text) for c in doc.changes] == [("deletion", "", "Unpaid.")]
    assert "by an unnamed author" in doc.warnings[0]


def test_llm_backend_is_sent_the_accepted_text_only(tmp_path, monkeypatch):
    """Deleted text never reaches the model; inserted text does."""
    from reviewer.settings import Settings

    from .llm_server import ScriptedServer, answer, echo_candidates

    path = word_file(tmp_path / "offer.docx", CASES["deletion-removes"])
    server = ScriptedServer(answer(echo_candidates)).start()
    try:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-changes")
        monkeypatch.setenv("REVIEWER_LLM_CACHE", "false")
        review = Reviewer(Settings.load(backend="openai")).review_path(path)
    finally:
        server.stop()
    assert review.llm is not None and review.llm.requests >= 1 and not review.llm.fell_back
    sent = json.dumps(server.requests)
    assert "belongs to the Company" not in sent and "You keep the rights" in sent
    assert len(review.tracked_changes) == 2
