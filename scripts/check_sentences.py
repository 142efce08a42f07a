"""Check fact-labelled sentence files (training/sentences/*.jsonl) for format only.

Each line: {"id", "text", "context", "facts", "pair", "register", "jurisdiction"}; facts must be ids from
reviewer/knowledge/facts.yaml; ids unique; a pair id names a minimal pair or a small group (2-5 items, or one item that
stands alone) whose items do not all have the same facts.
Usage: python scripts/check_sentences.py training/sentences/FILE.jsonl [...]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

FACTS_FILE = Path(__file__).resolve().parent.parent / "reviewer" / "knowledge" / "facts.yaml"
MAX_GROUP = 5  # a minimal pair, or a triple that varies one point two ways
KEYS = {"id", "text", "context", "facts", "pair", "register", "jurisdiction", "doc"}


def main(argv: list[str]) -> int:
    known = {f["id"] for f in yaml.safe_load(FACTS_FILE.read_text())["facts"]}
    errors, ids, pairs, counts, n = [], set(), defaultdict(list), Counter(), 0
    for name in argv:
        for i, line in enumerate(Path(name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{i}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            n += 1
            if set(item) - KEYS or not {"id", "text", "facts"} <= set(item):
                errors.append(f"{where}: keys must be within {sorted(KEYS)} and include id, text, facts")
                continue
            if item["id"] in ids:
                errors.append(f"{where}: duplicate id {item['id']}")
            ids.add(item["id"])
            bad = [f for f in item["facts"] if f not in known]
            if bad:
                errors.append(f"{where}: unknown facts {bad}")
            if not str(item["text"]).strip():
                errors.append(f"{where}: empty text")
            counts.update(item["facts"] or ["(none)"])
            if item.get("pair"):
                pairs[item["pair"]].append((where, frozenset(item["facts"])))
    for pid, members in pairs.items():
        if len(members) > MAX_GROUP:
            errors.append(f"pair {pid}: {len(members)} items (at most {MAX_GROUP}): {[m[0] for m in members]}")
        if len(members) > 1 and len({m[1] for m in members}) < 2:
            errors.append(f"pair {pid}: all items have the same facts ({[m[0] for m in members]})")
    for e in errors:
        print("error:", e)
    print(f"{n} sentences, {len(pairs)} pairs, {len(errors)} errors")
    print("per fact:", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
