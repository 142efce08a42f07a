"""Recall and precision of `--redact` on labelled documents (evals/pii/*.yaml).

A record is written per labelled item first; metrics are pure functions over the records.

- An item is caught when every occurrence of its text is covered by redacted spans (at least 90% of its
  non-space characters: a title or a comma left in clear does not count as a leak).
- Precision is the share of redacted non-space characters that fall inside a labelled item, measured over the
  identity kinds (amounts are replaced on purpose and labelled too).
- A `keep` phrase survives when it reaches the model unchanged.

Run: python -m reviewer.evaluation.pii evals/pii/dev.yaml evals/pii/heldout.yaml
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..yamlio import load_yaml

COVERED = 0.9


@dataclass(frozen=True)
class ItemRecord:
    doc: str
    kind: str
    text: str
    caught: bool


@dataclass(frozen=True)
class DocRecord:
    doc: str
    items: list[ItemRecord]
    redacted_chars: int
    redacted_in_items: int
    keep_total: int
    keep_survived: int
    lost: list[str]  # keep phrases that did not survive


def load_documents(paths: list[Path]) -> list[dict]:
    docs: list[dict] = []
    for path in paths:
        docs += load_yaml(Path(path).read_text(encoding="utf-8"))
    return docs


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    left = r"(?<!\w)" if needle[0].isalnum() else ""
    right = r"(?!\w)" if needle[-1].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(left + re.escape(needle) + right, text)]


def _mask(length: int, spans: list[tuple[int, int, str]]) -> list[bool]:
    mask = [False] * length
    for s, e, _ in spans:
        for i in range(s, e):
            mask[i] = True
    return mask


def evaluate_document(doc: dict) -> DocRecord:
    """Redact one labelled document and record what was caught, what was over-redacted and what survived."""
    from ..redact import Redactor

    text = doc["text"]
    redactor = Redactor(text)
    spans = redactor.spans(text)
    mask = _mask(len(text), spans)
    items = []
    labelled = [False] * len(text)
    for kind, item in doc["items"]:
        occ = _occurrences(text, item)
        caught = bool(occ)
        for s, e in occ:
            chars = [i for i in range(s, e) if not text[i].isspace()]
            for i in range(s, e):
                labelled[i] = True
            if sum(mask[i] for i in chars) < COVERED * len(chars):
                caught = False
        items.append(ItemRecord(doc["id"], kind, item, caught))
    identity = [(s, e, k) for s, e, k in spans if k != "MONEY"]
    red = [i for s, e, _ in identity for i in range(s, e) if not text[i].isspace()]
    out = redactor.redact(text)
    lost = [k for k in doc.get("keep", []) if k not in out]
    return DocRecord(doc["id"], items, len(red), sum(labelled[i] for i in red), len(doc.get("keep", [])),
                     len(doc.get("keep", [])) - len(lost), lost)


def recall_by_kind(records: list[DocRecord]) -> dict[str, tuple[int, int, float]]:
    """{kind: (caught, total, recall)}, NaN where a kind has no items."""
    out: dict[str, list[int]] = {}
    for r in records:
        for it in r.items:
            c = out.setdefault(it.kind, [0, 0])
            c[0] += it.caught
            c[1] += 1
    return {k: (c, n, c / n if n else math.nan) for k, (c, n) in sorted(out.items())}


def precision(records: list[DocRecord]) -> float:
    """Share of redacted characters (identity kinds) that were personal."""
    total = sum(r.redacted_chars for r in records)
    return sum(r.redacted_in_items for r in records) / total if total else math.nan


def keep_rate(records: list[DocRecord]) -> float:
    total = sum(r.keep_total for r in records)
    return sum(r.keep_survived for r in records) / total if total else math.nan


def report(records: list[DocRecord]) -> str:
    """A Markdown table: recall per kind, then precision and the keep rate."""
    lines = ["| kind | caught | items | recall |", "| --- | ---: | ---: | ---: |"]
    for kind, (c, n, rec) in recall_by_kind(records).items():
        lines.append(f"| {kind} | {c} | {n} | {rec:.2f} |")
    items = [i for r in records for i in r.items]
    caught = sum(i.caught for i in items)
    lines.append(f"| all | {caught} | {len(items)} | {caught / len(items):.2f} |")
    lines.append("")
    lines.append(f"Precision (redacted characters that were personal): {precision(records):.2f}; "
                 f"non-personal phrases kept: {keep_rate(records):.2f}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    records = [evaluate_document(d) for d in load_documents([Path(a) for a in argv])]
    print(report(records))
    missed = [i for r in records for i in r.items if not i.caught]
    for i in missed:
        print(f"missed {i.kind:8} {i.doc}: {i.text}")
    for r in records:
        for k in r.lost:
            print(f"lost   {r.doc}: {k}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
