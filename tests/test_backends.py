"""One contract every judge backend meets, through the whole pipeline: grounded, typed, verified output."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from reviewer.clauses import Clause, split
from reviewer.document import Document, load
from reviewer.judge import Judgement
from reviewer.judge.keyword import KeywordJudge
from reviewer.judge.offline import OfflineJudge
from reviewer.models import ALL_CATEGORIES, Evidence, Finding
from reviewer.pipeline import Reviewer
from reviewer.settings import Settings

from .llm_server import ScriptedServer


@dataclass
class FakeJudge:
    """A test double: returns queued findings and records each call."""

    name: str = "fake"
    replies: list[list[Finding]] = field(default_factory=list)
    calls: list[tuple[str, int]] = field(default_factory=list)

    def judge(self, doc: Document, clauses: list[Clause], jurisdiction: str = "general") -> Judgement:
        self.calls.append((doc.source, len(clauses)))
        return Judgement(findings=self.replies.pop(0) if self.replies else [])


def _fake(doc_text: str) -> FakeJudge:
    start = doc_text.index("Trial shifts are unpaid.")
    real = Evidence(quote="Trial shifts are unpaid.", page=1, start=start, end=start + 24)
    invented = Evidence(quote="Trial shifts pay double.", page=1, start=0, end=24)
    return FakeJudge(replies=[[
        Finding(category="unpaid_scope", severity="high", confidence=0.9, title="t", evidence=[real, invented],
                explanation="e", suggestion="s"),
        Finding(category="ip_grab", severity="high", confidence=0.9, title="t", evidence=[invented], explanation="e",
                suggestion="s"),
    ]])


@pytest.fixture
def llm_env(monkeypatch):
    srv = ScriptedServer().start()
    monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
    monkeypatch.setenv("REVIEWER_LLM_CACHE", "false")
    yield srv
    srv.stop()


@pytest.mark.parametrize("backend", ["offline", "keyword", "openai", "fake"])
def test_backend_contract(backend, examples, llm_env):
    path = examples / "trial-shift-uk.txt"
    doc = load(path)
    settings = Settings.load(backend="openai" if backend == "openai" else "offline")
    judge = {"offline": OfflineJudge(), "keyword": KeywordJudge(), "fake": _fake(doc.text)}.get(backend)
    reviewer = Reviewer(settings, judge)
    review = reviewer.review_path(path)
    assert review.backend == ("openai" if backend == "openai" else reviewer.judge.name)
    assert review.findings, "every backend flags this unpaid trial"
    for f in review.findings:
        assert f.category.value in ALL_CATEGORIES
        assert f.evidence or f.category.value == "missing_terms"
        for e in f.evidence:
            assert doc.text[e.start:e.end] == e.quote and doc.page_of(e.start) == e.page
        for c in f.citations:
            assert c.quote in reviewer.index.by_id[c.passage_id].text
    if backend == "fake":
        assert judge.calls == [(str(path), len(split(doc)))]
        assert review.stats.dropped_evidence == 2 and review.stats.dropped_findings == 1
