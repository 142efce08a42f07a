"""Stage 5, verify: keep a quote only if it is really in the document or the corpus."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document
from .index import GuidanceIndex
from .models import Evidence, Finding


@dataclass
class VerifyReport:
    """What the verifier dropped."""

    dropped_evidence: int = 0
    dropped_citations: int = 0
    dropped_findings: int = 0


def _squash(text: str) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space, keeping a map back to original offsets."""
    out, where = [], []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            prev_space = True
        else:
            out.append(ch)
            prev_space = False
        where.append(i)
    return "".join(out), where


def locate(doc_text: str, quote: str, hint: int | None = None) -> tuple[int, int] | None:
    """Offsets of `quote` in `doc_text`: exact first, then ignoring whitespace differences."""
    q = quote.strip()
    if not q:
        return None
    if hint is not None and doc_text[hint:hint + len(q)] == q:
        return hint, hint + len(q)
    i = doc_text.find(q)
    if i >= 0:
        return i, i + len(q)
    squashed, where = _squash(doc_text)
    qs = re.sub(r"\s+", " ", q)
    j = squashed.find(qs)
    if j < 0:
        return None
    return where[j], where[j + len(qs) - 1] + 1


def verify_evidence(doc: Document, ev: Evidence) -> Evidence | None:
    """The evidence with offsets and page checked against the document, or None if the quote is not there."""
    if 0 <= ev.start < ev.end <= len(doc.text) and doc.text[ev.start:ev.end] == ev.quote:
        return ev
    span = locate(doc.text, ev.quote, ev.start if ev.start >= 0 else None)
    if span is None:
        return None
    start, end = span
    return ev.model_copy(update={"quote": doc.text[start:end], "start": start, "end": end, "page": doc.page_of(start)})


def verify(doc: Document, findings: list[Finding], index: GuidanceIndex | None,
           allowed_passages: set[str] | None = None) -> tuple[list[Finding], VerifyReport]:
    """Drop evidence not found in the document and citations not found in their passage.

    A finding left without evidence is dropped (except `missing_terms`, whose evidence is an absence).
    `allowed_passages`, when given, limits citations to passages that were actually retrieved.
    """
    report = VerifyReport()
    kept = []
    for f in findings:
        evidence = []
        for ev in f.evidence:
            checked = verify_evidence(doc, ev)
            if checked is None:
                report.dropped_evidence += 1
            else:
                evidence.append(checked)
        citations = []
        for c in f.citations:
            passage = index.by_id.get(c.passage_id) if index is not None else None
            ok = (
                passage is not None and c.quote.strip() != "" and c.quote in passage.text
                and (allowed_passages is None or c.passage_id in allowed_passages)
            )
            if ok:
                citations.append(c)
            else:
                report.dropped_citations += 1
        if not evidence and f.category.value != "missing_terms":
            report.dropped_findings += 1
            continue
        kept.append(f.model_copy(update={"evidence": evidence, "citations": citations}))
    return kept, report
