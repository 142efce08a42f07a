"""The judge seam: every backend turns clauses into findings through this one interface."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..clauses import Clause
from ..document import Document
from ..models import Finding


@runtime_checkable
class Judge(Protocol):
    """Decide which clauses are findings. Implementations: offline rules, an LLM, a test fake."""

    name: str

    def judge(self, doc: Document, clauses: list[Clause]) -> list[Finding]:
        """Return candidate findings; evidence offsets point into `doc.text`."""
        ...
