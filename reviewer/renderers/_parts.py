"""Pieces several formats share: category names, the header lines, how a citation relates to the review, a
finding's note and how a quote is found again in the text of the file it came from."""

from __future__ import annotations

import unicodedata

from ..models import Citation, Finding, Review

CATEGORY_NAMES = {
    "unpaid_scope": "Unpaid work",
    "ip_grab": "Intellectual property grab",
    "misclassification": "Worker misclassification",
    "confidentiality_overreach": "Confidentiality overreach",
    "restrictive_covenant": "Restrictive covenant",
    "data_handling": "Data handling",
    "pressure_tactics": "Pressure tactics",
    "missing_terms": "Missing terms",
}
SKIPPED = frozenset("-\u00ad\u2010\u2011\u2012\u2013\ufffe\x02")  # hyphens the loader may have dropped or joined
AUTHOR = "reviewer"  # of the notes, comments and tracked changes written into the candidate's own file


def summary(review: Review) -> str:
    """Counts of findings by severity, or a plain 'no findings'."""
    counts = {s: sum(1 for f in review.findings if f.severity.value == s) for s in ("high", "medium", "low")}
    n = len(review.findings)
    if n == 0:
        return "No findings. That is not legal advice: read the whole document before you sign."
    parts = ", ".join(f"{v} {k}" for k, v in counts.items() if v)
    return f"{n} finding{'s' if n != 1 else ''}: {parts}"


def jurisdiction_how(review: Review) -> str:
    """How the jurisdiction was chosen, in words."""
    return {"given": "as given", "inferred": f"inferred from {review.jurisdiction_reason}",
            "default": f"default: {review.jurisdiction_reason}"}.get(review.jurisdiction_source, "")


def header(review: Review) -> list[str]:
    """Document, backend and jurisdiction lines."""
    d = review.document
    model = f" ({review.model})" if review.model else ""
    backend = f"Backend: {review.backend}{model}"
    if review.llm is not None:
        l = review.llm
        backend += (f" at {l.endpoint}; {l.requests} requests ({l.cache_hits} cached), {l.input_tokens} input and "
                    f"{l.output_tokens} output tokens{'; redacted before sending' if l.redacted else ''}")
    return [
        f"Document: {d.source} ({d.kind}, {d.pages} page{'s' if d.pages != 1 else ''}, {d.clauses} clauses)",
        backend,
        f"Jurisdiction: {review.jurisdiction} ({jurisdiction_how(review)})",
    ]


def relation(c: Citation) -> str:
    """Whose guidance a citation is, and whether it is only for comparison."""
    if c.relation == "comparison":
        return f"{c.jurisdiction}, for comparison only"
    return c.jurisdiction if c.jurisdiction != "general" else "general guidance"


def grouped(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by category, in the order they come."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.category.value, []).append(f)
    return list(groups.items())


def squeeze(text: str) -> tuple[str, list[int]]:
    """`text` without whitespace and hyphens, NFKC-normalised (ligatures split), with the index each character
    came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace() or ch in SKIPPED or unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                out.append(c)
                where.append(i)
    return "".join(out), where


def nearest(text: str, want: str, expected: int) -> int | None:
    """The occurrence of `want` in `text` nearest to position `expected`."""
    best: int | None = None
    at = text.find(want)
    while at >= 0:
        if best is None or abs(at - expected) < abs(best - expected):
            best = at
        at = text.find(want, at + 1)
    return best


def note(f: Finding) -> str:
    """A finding's note (on a PDF highlight, in a Word comment): category, severity, title and what to ask for."""
    return (f"{CATEGORY_NAMES.get(f.category.value, f.category.value)} ({f.severity.value} severity): {f.title}\n"
            f"What to ask for: {f.suggestion}")
