"""The judge seam: every backend turns a located document's clauses into findings through this one interface."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from ..clauses import Clause
from ..document import Document
from ..models import Finding, LLMInfo


@dataclass(frozen=True)
class Judgement:
    """What a judge returns for one document."""

    findings: list[Finding]
    warnings: list[str] = field(default_factory=list)
    usage: LLMInfo | None = None


@runtime_checkable
class Judge(Protocol):
    """Decide which clauses are findings. Implementations: the offline fact judge, an LLM, a keyword baseline, a fake."""

    name: str

    def judge(self, doc: Document, clauses: list[Clause], jurisdiction: str = "general") -> Judgement:
        """Findings (evidence offsets point into `doc.text`), warnings and usage; no state is kept between calls."""
        ...
