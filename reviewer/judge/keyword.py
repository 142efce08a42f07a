"""A keyword baseline judge: flags a category when any of its words appears. Reported beside the real judge."""

from __future__ import annotations

import re

from ..clauses import Clause
from ..document import Document
from ..models import Category, Evidence, Finding, Severity
from .base import Judgement

KEYWORDS = {
    "unpaid_scope": r"unpaid|without pay|no pay|not be paid|no compensation|free of charge",
    "ip_grab": r"assign|intellectual property|inventions?|work product",
    "misclassification": r"independent contractor|volunteer|not an employee|intern\b|freelancer",
    "confidentiality_overreach": r"confidential|non-disparage|disparag",
    "restrictive_covenant": r"non-compete|non-solicit|competitor",
    "data_handling": r"customer data|personal data|production database",
    "pressure_tactics": r"expires?|within \d+ hours|withdraw",
    "missing_terms": r"(?!)",
}


class KeywordJudge:
    """Flags the first sentence that contains a category keyword."""

    name = "keyword"

    def judge(self, doc: Document, clauses: list[Clause], jurisdiction: str = "general") -> Judgement:
        """One finding per category whose keyword occurs anywhere."""
        out = []
        for cat, pattern in KEYWORDS.items():
            rx = re.compile(pattern, re.I)
            hit = next((s for c in clauses for s in c.sentences if rx.search(s.text)), None)
            if hit is None:
                continue
            out.append(Finding(
                category=Category(cat), severity=Severity.low, confidence=0.3, title=f"Keyword match for {cat}",
                evidence=[Evidence(quote=hit.text, page=doc.page_of(hit.start), start=hit.start, end=hit.end)],
                explanation="A keyword for this category appears.", suggestion="Read the clause.", rule="keyword",
                source="keyword",
            ))
        return Judgement(findings=out)
