"""Check label files for format only: keys, kinds, categories, and that every evidence quote is in the text.

It never runs the judge, so data writers can use it without seeing what the reviewer predicts.
Usage: python scripts/check_labels.py evals/data/SUITE [more folders or files]
"""

from __future__ import annotations

import sys
from pathlib import Path

from reviewer import errors
from reviewer.evaluation.labels import expected_spans, load_document, load_labels


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    try:
        labels = load_labels([Path(a) for a in argv])
    except errors.ReviewerError as exc:
        print(f"error: {exc}")
        return 1
    bad = 0
    for label in labels:
        try:
            expected_spans(label, load_document(label))
        except errors.ReviewerError as exc:
            bad += 1
            print(f"error: {exc}")
    print(f"{len(labels)} label files, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
