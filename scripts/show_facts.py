"""Print every sentence of a document (or a labelled document) with the facts the tagger found and the values parsed.

Usage: python scripts/show_facts.py FILE [--jurisdiction CODE]   (FILE: a document or a label *.yaml)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.clauses import split
from reviewer.document import load
from reviewer.evaluation.labels import load_document, load_label
from reviewer.judge.legal import decide
from reviewer.judge.offline import doc_facts
from reviewer.jurisdiction import locate


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", type=Path)
    ap.add_argument("--jurisdiction")
    args = ap.parse_args()
    if args.file.suffix in (".yaml", ".yml"):
        label = load_label(args.file)
        doc = load_document(label)
        print(f"expected: {sorted(label.expected)}")
    else:
        doc = load(args.file)
    where = locate(doc.text, args.jurisdiction)
    print(f"jurisdiction: {where.code} ({where.reason})")
    facts = doc_facts(doc, split(doc), where.code)
    for u in facts.units:
        if u.facts or u.money or u.effort or u.deadlines:
            vals = [m.describe() for m in u.money] + [e.describe() for e in u.effort] + [f"deadline {d.describe()}" for d in u.deadlines]
            tags = " ".join(f"{k}:{v:.2f}" for k, v in sorted(u.facts.items(), key=lambda x: -x[1]))
            print(f"[{u.index}] {u.text[:150]}\n      {tags}  {'; '.join(vals)}")
    for d in decide(facts):
        print(f"=> {d.kind}: " + " | ".join(d.trace))


if __name__ == "__main__":
    main()
