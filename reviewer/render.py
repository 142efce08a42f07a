"""Stage 6, render: the review as terminal text, Markdown or JSON."""

from __future__ import annotations

import json
import textwrap

from .models import Finding, Review

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


def to_json(review: Review) -> str:
    """The review as JSON (schema: `reviewer schema`)."""
    return review.model_dump_json(indent=2) + "\n"


def json_schema() -> str:
    """The JSON schema of the review output."""
    return json.dumps(Review.model_json_schema(), indent=2, sort_keys=True) + "\n"


def _summary(review: Review) -> str:
    counts = {s: sum(1 for f in review.findings if f.severity.value == s) for s in ("high", "medium", "low")}
    n = len(review.findings)
    if n == 0:
        return "No findings. That is not legal advice: read the whole document before you sign."
    parts = ", ".join(f"{v} {k}" for k, v in counts.items() if v)
    return f"{n} finding{'s' if n != 1 else ''}: {parts}"


def _header(review: Review) -> list[str]:
    d = review.document
    model = f" ({review.model})" if review.model else ""
    how = {"given": "as given", "inferred": f"inferred from {review.jurisdiction_reason}",
           "default": f"default: {review.jurisdiction_reason}"}.get(review.jurisdiction_source, "")
    backend = f"Backend: {review.backend}{model}"
    if review.llm is not None:
        l = review.llm
        backend += (f" at {l.endpoint}; {l.requests} requests ({l.cache_hits} cached), {l.input_tokens} input and "
                    f"{l.output_tokens} output tokens{'; redacted before sending' if l.redacted else ''}")
    return [
        f"Document: {d.source} ({d.kind}, {d.pages} page{'s' if d.pages != 1 else ''}, {d.clauses} clauses)",
        backend,
        f"Jurisdiction: {review.jurisdiction} ({how})",
    ]


def _wrap(text: str, indent: str, width: int = 100) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]


def to_text(review: Review, color: bool = False) -> str:
    """A readable terminal report, findings grouped by category."""
    def style(s: str, code: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if color else s

    sev_code = {"high": "1;31", "medium": "1;33", "low": "1;36"}
    lines = _header(review) + [style(_summary(review), "1"), ""]
    for w in review.warnings:
        lines += _wrap(f"WARNING: {w}", "", 100)
    if review.warnings:
        lines.append("")
    for cat, group in _grouped(review.findings):
        lines.append(style(f"== {CATEGORY_NAMES.get(cat, cat)} ({cat}) ==", "1"))
        for f in group:
            lines.append(f"  {style('[' + f.severity.value.upper() + ']', sev_code[f.severity.value])} {f.title}"
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
                lines += _wrap(f"[{c.passage_id}] {c.title} ({_relation(c)}) - {c.source}", "      ")
                lines += _wrap(f"\u201c{c.quote}\u201d", "        ")
            lines.append("")
    s = review.stats
    lines.append(f"Checked: {s.findings} findings kept of {s.candidate_findings}; verifier dropped "
                 f"{s.dropped_evidence} evidence quotes, {s.dropped_citations} citations, {s.dropped_findings} findings.")
    lines.append("reviewer is not a lawyer; use the findings to ask questions before you sign.")
    return "\n".join(lines) + "\n"


def to_markdown(review: Review) -> str:
    """The review as a Markdown document."""
    d = review.document
    out = [f"# Review of `{d.source}`", "", *[f"- {h}" for h in _header(review)], f"- {_summary(review)}", ""]
    for w in review.warnings:
        out.append(f"> **Warning:** {w}")
        out.append("")
    for cat, group in _grouped(review.findings):
        out += [f"## {CATEGORY_NAMES.get(cat, cat)} (`{cat}`)", ""]
        for f in group:
            out += [f"### {f.severity.value.upper()}: {f.title}", "", f"Confidence {f.confidence:.2f}, rule `{f.rule}`.", ""]
            for e in f.evidence:
                out += [f"> {_md_quote(e.quote)}", ">", f"> page {e.page}, characters {e.start}-{e.end}", ""]
            out += [f"**Why it matters.** {f.explanation}", "", f"**Ask for.** {f.suggestion}", ""]
            if f.trace:
                out += ["**How it was decided.**", ""] + [f"1. {step}" for step in f.trace] + [""]
            if f.citations:
                out += ["**Guidance.**", ""]
            for c in f.citations:
                out.append(f"- `{c.passage_id}` *{c.title}* ({_relation(c)}; {c.source}): \u201c{_md_quote(c.quote)}\u201d")
            out.append("")
    s = review.stats
    out.append(f"_Verifier: kept {s.findings} of {s.candidate_findings} findings; dropped {s.dropped_evidence} evidence "
               f"quotes and {s.dropped_citations} citations. reviewer is not a lawyer._")
    return "\n".join(out) + "\n"


def _relation(c) -> str:
    if c.relation == "comparison":
        return f"{c.jurisdiction}, for comparison only"
    return c.jurisdiction if c.jurisdiction != "general" else "general guidance"


def _md_quote(s: str) -> str:
    return " ".join(s.split()).replace("|", "\\|")


def _grouped(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.category.value, []).append(f)
    return list(groups.items())
