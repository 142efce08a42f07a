"""The readable terminal report, findings grouped by category."""

from __future__ import annotations

import textwrap

from ..document import Source
from ..models import Review
from . import Options, Renderer
from ._parts import CATEGORY_NAMES, grouped, header, relation, summary

SEVERITY_COLORS = {"high": "1;31", "medium": "1;33", "low": "1;36"}


def _wrap(text: str, indent: str, width: int = 100) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]


def to_text(review: Review, color: bool = False) -> str:
    """A readable terminal report, findings grouped by category."""
    def style(s: str, code: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if color else s

    v = review.decide()
    lines = [style(f"VERDICT: {v.headline}", "1")]
    lines += _wrap(v.summary, "  ")
    width = max(len(c.label) for c in v.core) + 2
    for c in v.core:
        lines += textwrap.wrap(f"{c.answer.capitalize()}. {c.reason}", width=100, initial_indent=f"  {c.label:<{width}}",
                               subsequent_indent=" " * (width + 2))
    if v.rate_text:
        lines += _wrap(v.rate_text, "  ")
    lines.append("")
    lines += header(review) + [style(summary(review), "1"), ""]
    for w in review.warnings:
        lines += _wrap(f"WARNING: {w}", "", 100)
    if review.warnings:
        lines.append("")
    for cat, group in grouped(review.findings):
        lines.append(style(f"== {CATEGORY_NAMES.get(cat, cat)} ({cat}) ==", "1"))
        for f in group:
            lines.append(f"  {style('[' + f.severity.value.upper() + ']', SEVERITY_COLORS[f.severity.value])} {f.title}"
                         f"  (confidence {f.confidence:.2f})")
            for e in f.evidence:
                lines.append(f"    Evidence, page {e.page} (chars {e.start}-{e.end}):")
                lines += _wrap(f"\u201c{e.quote}\u201d", "      ")
            if not f.evidence:
                lines.append("    Evidence: the document does not state these terms.")
            lines += _wrap(f"Why it matters: {f.explanation}", "    ")
            lines += _wrap(f"Ask for: {f.suggestion}", "    ")
            if f.trace:
                lines += _wrap("How it was decided: " + "; ".join(f.trace), "    ")
            if f.citations:
                lines.append("    Guidance:")
            for c in f.citations:
                lines += _wrap(f"[{c.passage_id}] {c.title} ({relation(c)}) - {c.source}", "      ")
                lines += _wrap(f"\u201c{c.quote}\u201d", "        ")
            lines.append("")
    s = review.stats
    lines.append(f"Checked: {s.findings} findings kept of {s.candidate_findings}; verifier dropped "
                 f"{s.dropped_evidence} evidence quotes, {s.dropped_citations} citations, {s.dropped_findings} findings.")
    lines.append("reviewer is not a lawyer; use the findings to ask questions before you sign.")
    for attachment in review.attachments:
        lines += ["", style(f"===== Attachment: {attachment.document.source} =====", "1"), ""]
        lines.append(to_text(attachment, color).rstrip("\n"))
    return "\n".join(lines) + "\n"


def render(review: Review, source: Source | None, options: Options) -> bytes:
    """The terminal report as UTF-8 bytes."""
    return to_text(review, color=options.color).encode("utf-8")


RENDERER = Renderer("text", render, "readable report for the terminal", ".txt")
