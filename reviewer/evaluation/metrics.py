"""Metrics as pure functions over per-document records; NaN when a denominator is empty."""

from __future__ import annotations

import math
import statistics
from typing import Any, Iterable

from ..models import ALL_CATEGORIES, CORE_CATEGORIES

NAN = float("nan")


def ratio(num: float, den: float) -> float:
    """num / den, or NaN when den is 0."""
    return num / den if den else NAN


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1; each NaN where its denominator is empty."""
    return {"precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn), "f1": ratio(2 * tp, 2 * tp + fp + fn)}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two [start, end) spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def counts(records: Iterable[dict[str, Any]], category: str) -> dict[str, int]:
    """tp, fp, fn and support for one category, over documents where it is labelled."""
    c = {"tp": 0, "fp": 0, "fn": 0, "support": 0}
    for rec in records:
        if rec.get("error") or category not in rec["labelled"]:
            continue
        exp = category in rec["expected"]
        pred = category in rec["predicted"]
        c["support"] += int(exp)
        c["tp"] += int(exp and pred)
        c["fp"] += int(pred and not exp)
        c["fn"] += int(exp and not pred)
    return c


def per_category(records: list[dict[str, Any]], categories: Iterable[str] = ALL_CATEGORIES) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support for each category (document level)."""
    out = {}
    for cat in categories:
        c = counts(records, cat)
        out[cat] = {**prf(c["tp"], c["fp"], c["fn"]), **c}
    return out


def averages(per_cat: dict[str, dict[str, float]], categories: Iterable[str]) -> dict[str, float]:
    """Micro (pooled counts) and macro (mean of defined F1s) averages over `categories`."""
    cats = [c for c in categories if c in per_cat]
    tp = sum(per_cat[c]["tp"] for c in cats)
    fp = sum(per_cat[c]["fp"] for c in cats)
    fn = sum(per_cat[c]["fn"] for c in cats)
    micro = prf(int(tp), int(fp), int(fn))
    defined = [per_cat[c]["f1"] for c in cats if not math.isnan(per_cat[c]["f1"])]
    macro_p = [per_cat[c]["precision"] for c in cats if not math.isnan(per_cat[c]["precision"])]
    macro_r = [per_cat[c]["recall"] for c in cats if not math.isnan(per_cat[c]["recall"])]
    return {
        "micro_precision": micro["precision"], "micro_recall": micro["recall"], "micro_f1": micro["f1"],
        "macro_precision": statistics.fmean(macro_p) if macro_p else NAN,
        "macro_recall": statistics.fmean(macro_r) if macro_r else NAN,
        "macro_f1": statistics.fmean(defined) if defined else NAN,
    }


def evidence_located(records: list[dict[str, Any]]) -> float:
    """Share of true-positive (document, category) pairs whose predicted evidence overlaps a labelled span."""
    hit = total = 0
    for rec in records:
        if rec.get("error"):
            continue
        for cat in rec["expected"]:
            if cat not in rec["labelled"] or cat not in rec["predicted"]:
                continue
            labelled = [tuple(s) for s in rec["expected_spans"].get(cat, [])]
            if not labelled:
                continue
            total += 1
            predicted = [tuple(s) for s in rec["predicted_spans"].get(cat, [])]
            hit += int(any(overlaps(p, e) for p in predicted for e in labelled))
    return ratio(hit, total)


def citation_validity(records: list[dict[str, Any]]) -> float:
    """Share of cited guidance quotes found verbatim in their corpus passage."""
    valid = sum(r.get("citations_valid", 0) for r in records)
    total = sum(r.get("citations_total", 0) for r in records)
    return ratio(valid, total)


def citation_precision(records: list[dict[str, Any]]) -> float:
    """Share of findings whose top citation supports the category and fits the labelled jurisdiction."""
    ok = sum(r.get("top_citations_ok", 0) for r in records)
    total = sum(r.get("top_citations", 0) for r in records)
    return ratio(ok, total)


def false_reassurance(records: list[dict[str, Any]]) -> float:
    """Share of documents with a labelled core issue that get no core finding at all."""
    core = set(CORE_CATEGORIES)
    docs = [r for r in records if not r.get("error") and set(r["expected"]) & core & set(r["labelled"])]
    missed = [r for r in docs if not set(r["predicted"]) & core]
    return ratio(len(missed), len(docs))


def false_alarm(records: list[dict[str, Any]]) -> float:
    """Share of documents with no labelled issue that get any core finding (labelled core categories only)."""
    core = set(CORE_CATEGORIES)
    docs = [r for r in records if not r.get("error") and not (set(r["expected"]) & set(r["labelled"]))]
    alarmed = [r for r in docs if set(r["predicted"]) & core & set(r["labelled"])]
    return ratio(len(alarmed), len(docs))


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); NaN for no values."""
    if not values:
        return NAN
    s = sorted(values)
    k = max(0, math.ceil(q / 100 * len(s)) - 1)
    return s[k]


def compute_metrics(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Every harness metric from the per-document records."""
    per_cat = per_category(records)
    latencies = [r["latency_s"] for r in records if not r.get("error")]
    return {
        "documents": len(records),
        "errors": sum(1 for r in records if r.get("error")),
        "per_category": per_cat,
        "core": averages(per_cat, CORE_CATEGORIES),
        "all": averages(per_cat, ALL_CATEGORIES),
        "evidence_located": evidence_located(records),
        "citation_validity": citation_validity(records),
        "citation_precision": citation_precision(records),
        "false_reassurance": false_reassurance(records),
        "false_alarm": false_alarm(records),
        "latency_median_s": statistics.median(latencies) if latencies else NAN,
        "latency_p95_s": percentile(latencies, 95),
    }
