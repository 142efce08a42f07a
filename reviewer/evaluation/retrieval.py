"""Retrieval check: does the expected guidance note appear in the top k for a query and jurisdiction?"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .. import errors
from ..pipeline import Reviewer
from ..retrieve import CATEGORY_QUERIES, rank
from .metrics import ratio


def load_pairs(path: Path) -> list[dict[str, Any]]:
    """(query, category, jurisdiction, expected) rows from a YAML list."""
    try:
        rows = yaml.safe_load(Path(path).read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise errors.LabelError(f"{path}: cannot read retrieval pairs: {exc}", path=str(path)) from exc
    if not isinstance(rows, list) or not rows:
        raise errors.LabelError(f"{path}: expected a non-empty list of pairs", path=str(path))
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not {"query", "expected"} <= set(row):
            raise errors.LabelError(f"{path}: pair {i + 1} needs 'query' and 'expected'", path=str(path))
    return rows


def run_retrieval_eval(path: Path, k: int = 3, reviewer: Reviewer | None = None) -> dict[str, Any]:
    """Recall@k of the expected note over the pairs in `path`, ranked as citations are."""
    reviewer = reviewer or Reviewer()
    rows = load_pairs(path)
    known = {p.doc_id for p in reviewer.index.passages}
    results = []
    for row in rows:
        if row["expected"] not in known:
            raise errors.LabelError(f"{path}: expected note '{row['expected']}' is not in the corpus", path=str(path))
        cat = row.get("category", "")
        text = f"{CATEGORY_QUERIES.get(cat, '')}. {row['query']}"
        vec = reviewer.encoder.encode([text])[0]  # type: ignore[attr-defined]
        ranked = rank(reviewer.index.search(vec, k=min(40, len(reviewer.index.passages))), cat,
                      row.get("jurisdiction", "general"))
        top: list[str] = []
        for hit, _, _ in ranked:
            if hit.passage.doc_id not in top:
                top.append(hit.passage.doc_id)
        results.append({**row, "top": top[:k], "hit": row["expected"] in top[:k]})
    return {"k": k, "pairs": len(results), f"recall_at_{k}": ratio(sum(r["hit"] for r in results), len(results)),
            "results": results}
