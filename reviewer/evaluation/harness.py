"""Run the public review API over labelled documents and write one record per document."""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import errors
from ..jurisdiction import chain
from ..document import Document
from ..models import ALL_CATEGORIES, CORE_CATEGORIES, Review, ReviewError
from ..pipeline import Reviewer
from ..settings import Settings
from .labels import Label, expected_spans, load_document, load_labels
from .metrics import compute_metrics


@dataclass
class EvalResult:
    """Records and metrics of one eval run, per suite and overall."""

    backend: str
    records: list[dict[str, Any]]
    metrics: dict[str, dict[str, Any]]
    wall_s: float
    baseline: dict[str, dict[str, Any]] | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready report (NaN becomes null)."""
        return _clean({"backend": self.backend, "wall_s": round(self.wall_s, 3), "metrics": self.metrics,
                       "keyword_baseline": self.baseline, "meta": self.meta, "records": self.records})


def _clean(obj: Any) -> Any:
    if isinstance(obj, float):
        return None if math.isnan(obj) else round(obj, 4)
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    return obj


def record_for(label: Label, loaded: Document | errors.ReviewerError, result: Review | ReviewError | None,
               reviewer: Reviewer) -> dict[str, Any]:
    """Compare one labelled document's review (or the error that stopped it) with its labels."""
    rec: dict[str, Any] = {
        "id": label.id, "suite": label.suite, "label_file": str(label.path), "kind": label.kind,
        "jurisdiction": label.jurisdiction, "labelled": list(label.labelled), "expected": sorted(label.expected),
    }
    if isinstance(loaded, Document):
        spans = expected_spans(label, loaded)
        rec["expected_spans"] = {c: [list(s) for s in v] for c, v in spans.items()}
    else:
        rec["expected_spans"] = {}
        result = ReviewError(source=str(label.document or label.id), exit_code=loaded.exit_code,
                             kind=type(loaded).__name__, message=str(loaded))
    if not isinstance(result, Review):
        assert result is not None
        rec.update(error=result.message, error_kind=result.kind, predicted=[], predicted_spans={}, findings=[],
                   latency_s=0.0, citations_total=0, citations_valid=0)
        return rec
    review = result
    rec["latency_s"] = round(review.stats.elapsed_ms / 1000, 4)
    predicted_spans: dict[str, list[list[int]]] = {}
    findings = []
    total = valid = top_checked = top_ok = 0
    by_id = reviewer.index.by_id
    allowed = chain(label.jurisdiction) if label.jurisdiction else None
    for f in review.findings:
        cat = f.category.value
        predicted_spans.setdefault(cat, []).extend([e.start, e.end] for e in f.evidence)
        if f.citations:
            top = by_id.get(f.citations[0].passage_id)
            top_checked += 1
            top_ok += int(top is not None and cat in top.categories
                          and (allowed is None or top.jurisdiction in allowed))
        for c in f.citations:
            total += 1
            passage = by_id.get(c.passage_id)
            valid += int(passage is not None and bool(c.quote) and c.quote in passage.text)
        findings.append({"category": cat, "rule": f.rule, "severity": f.severity.value, "confidence": f.confidence,
                         "evidence": [{"quote": e.quote, "page": e.page, "start": e.start, "end": e.end} for e in f.evidence],
                         "citations": [c.passage_id for c in f.citations],
                         "rate": f.rate.model_dump() if f.rate is not None else None})
    predicted = sorted({f["category"] for f in findings})
    labelled = set(label.labelled)
    rec.update(
        predicted=predicted, predicted_spans=predicted_spans, findings=findings, citations_total=total,
        citations_valid=valid, top_citations=top_checked, top_citations_ok=top_ok, warnings=review.warnings,
        jurisdiction_inferred=review.jurisdiction,
        verdict={"call": review.decide().call, **{a.category.value: a.answer for a in review.decide().core}},
        misses=sorted(set(rec["expected"]) - set(predicted)),
        false_alarms=sorted((set(predicted) - set(rec["expected"])) & labelled),
    )
    return rec


def records_for(labels: list[Label], reviewer: Reviewer, settings: Settings, workers: int = 1) -> list[dict[str, Any]]:
    """One record per label, the documents reviewed by `review_many`; one that cannot be read is an error record."""
    loaded: list[Document | errors.ReviewerError] = []
    for label in labels:
        try:
            loaded.append(load_document(label, settings))
        except errors.ReviewerError as exc:
            loaded.append(exc)
    results = reviewer.review_many([d for d in loaded if isinstance(d, Document)], workers=workers)
    return [record_for(label, doc, next(results) if isinstance(doc, Document) else None, reviewer)
            for label, doc in zip(labels, loaded)]


def _by_suite(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    suites = sorted({r["suite"] for r in records})
    out = {s: compute_metrics([r for r in records if r["suite"] == s]) for s in suites}
    if len(suites) > 1:
        out["all"] = compute_metrics(records)
    return out


def run_eval(
    paths: list[Path | str],
    backend: str = "offline",
    settings: Settings | None = None,
    keyword_baseline: bool = True,
    judge: object | None = None,
    workers: int = 1,
) -> EvalResult:
    """Review every labelled document under `paths` and compute metrics.

    Args:
        paths: label files or folders (searched recursively; a first-level subfolder is a suite).
        backend: judge backend used through the public review API.
        settings: settings for the reviewer.
        keyword_baseline: also run the keyword baseline judge and report its metrics.
        judge: a judge object to use instead of the backend's (tests).
        workers: processes reviewing documents side by side (Reviewer.review_many).
    """
    settings = (settings or Settings.load()).with_(backend=backend)
    labels = load_labels([Path(p) for p in paths])
    reviewer = Reviewer(settings, judge)  # type: ignore[arg-type]
    t0 = time.perf_counter()
    records = records_for(labels, reviewer, settings, workers)
    wall = time.perf_counter() - t0
    baseline = None
    if keyword_baseline:
        from ..judge.keyword import KeywordJudge

        kw = reviewer.with_judge(KeywordJudge())
        baseline = _by_suite(records_for(labels, kw, settings, workers))
    return EvalResult(backend=reviewer.judge.name, records=records, metrics=_by_suite(records), wall_s=wall,
                      baseline=baseline, meta={"paths": [str(p) for p in paths], "documents": len(labels)})


# --- reports -------------------------------------------------------------------------------------

def _f(x: Any) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "  n/a"
    if isinstance(x, float):
        return f"{x:5.2f}"
    return f"{x:5d}" if isinstance(x, int) else str(x)


def summary_rows(m: dict[str, Any]) -> list[tuple[str, Any]]:
    """The headline metrics of one suite."""
    return [
        ("core micro F1", m["core"]["micro_f1"]), ("core macro F1", m["core"]["macro_f1"]),
        ("all micro F1", m["all"]["micro_f1"]), ("all macro F1", m["all"]["macro_f1"]),
        ("evidence located", m["evidence_located"]), ("citation validity", m["citation_validity"]),
        ("citation precision", m["citation_precision"]),
        ("false reassurance", m["false_reassurance"]), ("false alarm", m["false_alarm"]),
        ("latency median (s)", m["latency_median_s"]), ("latency p95 (s)", m["latency_p95_s"]),
    ]


def render_table(result: EvalResult, previous: dict[str, Any] | None = None) -> str:
    """Plain-text tables: per category, headline metrics, misses and false alarms."""
    lines = [f"reviewer eval - backend {result.backend} - {len(result.records)} documents in {result.wall_s:.1f} s"]
    for suite, m in result.metrics.items():
        lines += ["", f"== suite: {suite} ({m['documents']} documents, {m['errors']} errors) ==",
                  f"{'category':<27}{'P':>6}{'R':>6}{'F1':>6}{'supp':>6}{'tp':>5}{'fp':>5}{'fn':>5}"]
        for cat in ALL_CATEGORIES:
            c = m["per_category"][cat]
            mark = "*" if cat in CORE_CATEGORIES else " "
            lines.append(f"{mark}{cat:<26}{_f(c['precision']):>6}{_f(c['recall']):>6}{_f(c['f1']):>6}"
                         f"{c['support']:>6}{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}")
        base = (result.baseline or {}).get(suite)
        prev = ((previous or {}).get("metrics") or {}).get(suite)
        head = f"{'metric':<22}{'value':>8}" + (f"{'keyword':>9}" if base else "") + (f"{'delta':>8}" if prev else "")
        lines += ["", head]
        prev_rows = dict(summary_rows(_nan(prev))) if prev else {}
        base_rows = dict(summary_rows(base)) if base else {}
        for name, value in summary_rows(m):
            row = f"{name:<22}{_f(value):>8}"
            if base:
                row += f"{_f(base_rows[name]):>9}"
            if prev:
                row += f"{_delta(value, prev_rows.get(name)):>8}"
            lines.append(row)
    bad = [r for r in result.records if r.get("misses") or r.get("false_alarms") or r.get("error")]
    lines += ["", f"Misses and false alarms ({len(bad)} documents):"]
    for r in bad:
        parts = []
        if r.get("error"):
            parts.append(f"error: {r['error']}")
        if r.get("misses"):
            parts.append("missed " + ", ".join(r["misses"]))
        if r.get("false_alarms"):
            parts.append("false alarm " + ", ".join(r["false_alarms"]))
        lines.append(f"  [{r['suite']}] {r['id']}: " + "; ".join(parts))
    return "\n".join(lines) + "\n"


def _nan(m: dict[str, Any]) -> dict[str, Any]:
    """Restore NaN for nulls read back from a JSON report."""
    if isinstance(m, dict):
        return {k: _nan(v) for k, v in m.items()}
    return float("nan") if m is None else m


def _delta(now: Any, before: Any) -> str:
    if before is None or now is None or any(isinstance(x, float) and math.isnan(x) for x in (now, before)):
        return "n/a"
    d = now - before
    return "0" if abs(d) < 5e-5 else f"{d:+.3f}"


def render_markdown(result: EvalResult) -> str:
    """The same report as Markdown tables."""
    out = [f"# reviewer eval: backend `{result.backend}`", "", f"{len(result.records)} documents, {result.wall_s:.1f} s.", ""]
    for suite, m in result.metrics.items():
        out += [f"## Suite `{suite}` ({m['documents']} documents)", "", "| category | P | R | F1 | support |", "|---|---|---|---|---|"]
        for cat in ALL_CATEGORIES:
            c = m["per_category"][cat]
            out.append(f"| {cat} | {_f(c['precision']).strip()} | {_f(c['recall']).strip()} | {_f(c['f1']).strip()} | {c['support']} |")
        base = (result.baseline or {}).get(suite)
        base_rows = dict(summary_rows(base)) if base else {}
        out += ["", "| metric | value | keyword baseline |", "|---|---|---|"]
        for name, value in summary_rows(m):
            out.append(f"| {name} | {_f(value).strip()} | {_f(base_rows.get(name)).strip() if base else ''} |")
        out.append("")
    return "\n".join(out) + "\n"


def write_outputs(result: EvalResult, out_dir: Path) -> list[Path]:
    """records.jsonl, report.json and report.md in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = result.to_json()
    paths = [out_dir / "records.jsonl", out_dir / "report.json", out_dir / "report.md"]
    paths[0].write_text("".join(json.dumps(r) + "\n" for r in data["records"]))
    paths[1].write_text(json.dumps({k: v for k, v in data.items() if k != "records"}, indent=2) + "\n")
    paths[2].write_text(render_markdown(result))
    return paths


def golden_view(result: EvalResult) -> dict[str, Any]:
    """What the committed golden report pins: metrics without timings, and each document's categories and rules."""
    def strip(m: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in m.items() if not k.startswith("latency")}

    data = _clean({
        "backend": result.backend,
        "metrics": {s: strip(m) for s, m in result.metrics.items()},
        "documents": {r["id"]: {"predicted": r["predicted"], "rules": sorted({f["rule"] for f in r["findings"]})}
                      for r in result.records},
    })
    return data
