"""The review as a Markdown document."""

from __future__ import annotations

from ..document import Source
from ..models import Review
from . import Options, Renderer
from ._parts import CATEGORY_NAMES, grouped, header, relation, summary


def _md_quote(s: str) -> str:
    return " ".join(s.split()).replace("|", "\\|")


def to_markdown(review: Review) -> str:
    """The review as a Markdown document."""
    d = review.document
    v = review.decide()
    out = [f"# Review of `{d.source}`", "", f"## Verdict: {v.headline}", "", v.summary, ""]
    out += [f"- **{c.label}** {c.answer.capitalize()}. {c.reason}" for c in v.core]
    out += ([f"- {v.rate_text}"] if v.rate_text else []) + [""]
    out += ["## The document", "", *[f"- {h}" for h in header(review)], f"- {summary(review)}", ""]
    for w in review.warnings:
        out.append(f"> **Warning:** {w}")
        out.append("")
    for cat, group in grouped(review.findings):
        out += [f"## {CATEGORY_NAMES.get(cat, cat)} (`{cat}`)", ""]
        for f in group:
            out += [f"### {f.severity.value.upper()}: {f.title}", "", f"Confidence {f.confidence:.2f}.", ""]
            for e in f.evidence:
                out += [f"> {_md_quote(e.quote)}", ">", f"> page {e.page}, characters {e.start}-{e.end}", ""]
            out += [f"**Why it matters.** {f.explanation}", "", f"**Ask for.** {f.suggestion}", ""]
            if f.trace:
                out += ["**How it was decided.**", ""] + [f"1. {step}" for step in f.trace] + [""]
            if f.citations:
                out += ["**Guidance.**", ""]
            for c in f.citations:
                out.append(f"- `{c.passage_id}` *{c.title}* ({relation(c)}; {c.source}): \u201c{_md_quote(c.quote)}\u201d")
            out.append("")
    s = review.stats
    out.append(f"_Verifier: kept {s.findings} of {s.candidate_findings} findings; dropped {s.dropped_evidence} evidence "
               f"quotes and {s.dropped_citations} citations. reviewer is not a lawyer._")
    for attachment in review.attachments:
        out += ["", "---", "", to_markdown(attachment).rstrip("\n").replace("# Review of", "# Attachment: review of", 1)]
    return "\n".join(out) + "\n"


def render(review: Review, source: Source | None, options: Options) -> bytes:
    """The Markdown report as UTF-8 bytes."""
    return to_markdown(review).encode("utf-8")


RENDERER = Renderer("markdown", render, "Markdown document", ".md")
