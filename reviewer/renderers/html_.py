"""The review as one self-contained HTML page: verdict first, each quote in its paragraph, guidance, jurisdiction,
checklist and reply. Built with Jinja2 with autoescaping on, so nothing taken from the document is ever markup; the
CSS is inline and a Content-Security-Policy forbids scripts and every external load."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..document import Source
from ..models import Evidence, Finding, Review
from ..verdict import weight
from . import Options, Renderer
from ._parts import CATEGORY_NAMES, grouped, jurisdiction_how, relation

TEMPLATES = Path(__file__).resolve().parent / "templates"
CONTEXT_CHARS = 360  # at most this much of the paragraph on each side of a quote
WEIGHT_LABELS = {"blocking": "Blocking problem", "ask": "Point to raise", "standard": "Common clause, worth a read"}
URL = re.compile(r"<(https?://[^\s<>\"]+)>")


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=False, lstrip_blocks=False)


def to_html(review: Review, source: Source | None = None) -> str:
    """The HTML report."""
    from .. import __version__

    text = source.document.text if source is not None else None
    findings = [_finding(i, f, text) for i, f in enumerate(review.findings, 1)]
    by_id = {id(f): view for f, view in zip(review.findings, findings)}
    groups = [{"name": CATEGORY_NAMES.get(cat, cat), "findings": [by_id[id(f)] for f in group]}
              for cat, group in grouped(review.findings)]
    reply = review.reply()
    return _environment().get_template("report.html.j2").render(
        version=__version__, name=_name(review.document.source), doc=review.document,
        verdict=review.decide(), warnings=review.warnings, findings=findings, groups=groups,
        jurisdiction={"code": review.jurisdiction, "how": jurisdiction_how(review),
                      "file": review.document.source if review.document.source not in ("-", "<text>") else "FILE"},
        checklist=reply.checklist, reply=reply, stats=review.stats, backend=review.backend,
    )


def _name(source: str) -> str:
    return {"-": "standard input", "<text>": "pasted text"}.get(source) or Path(source).name or source


def _finding(i: int, f: Finding, text: str | None) -> dict:
    w = weight(f)
    return {
        "id": f"finding-{i}", "title": f.title, "severity": f.severity.value, "weight": w,
        "weight_label": WEIGHT_LABELS[w], "explanation": f.explanation, "suggestion": f.suggestion,
        "quotes": [_in_context(e, text) for e in f.evidence],
        "reasons": [step for step in f.trace if not step.startswith("->")],  # the last step names an internal category
        "citations": [{"title": c.title, "relation": relation(c), "quote": c.quote,
                       "reference": URL.sub("", c.source).strip().rstrip(";,"), "links": URL.findall(c.source)}
                      for c in f.citations],
    }


def _in_context(e: Evidence, text: str | None) -> dict:
    """The quote with the rest of its paragraph around it (cut to CONTEXT_CHARS a side)."""
    if text is None or text[e.start:e.end] != e.quote:
        return {"page": e.page, "before": "", "quote": e.quote, "after": "", "lead": False, "trail": False}
    para_start = text.rfind("\n", 0, e.start) + 1
    para_end = text.find("\n", e.end)
    para_end = len(text) if para_end < 0 else para_end
    start = max(para_start, e.start - CONTEXT_CHARS)
    end = min(para_end, e.end + CONTEXT_CHARS)
    if start > para_start:
        start = text.find(" ", start, e.start) + 1 or start  # cut at a word
    if end < para_end:
        cut = text.rfind(" ", e.end, end)
        end = cut if cut > 0 else end
    return {"page": e.page, "before": text[start:e.start], "quote": e.quote, "after": text[e.end:end],
            "lead": start > para_start, "trail": end < para_end}


def render(review: Review, source: Source | None, options: Options) -> bytes:
    """The HTML report as UTF-8 bytes."""
    return to_html(review, source).encode("utf-8")


RENDERER = Renderer("html", render, "one self-contained HTML page (open it in a browser, print it)", ".html")
