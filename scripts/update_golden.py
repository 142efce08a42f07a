"""Regenerate the committed golden report of the offline eval: python scripts/update_golden.py

Run it deliberately after a change to the judge or the data, read the diff, and commit it with
the change that caused it. tests/test_eval.py fails while the golden report is out of date.
"""

import json
from pathlib import Path

from reviewer.evaluation.harness import golden_view, run_eval

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "evals" / "golden" / "offline-data.json"

if __name__ == "__main__":
    result = run_eval([ROOT / "evals" / "data"], backend="offline", keyword_baseline=False)
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(golden_view(result), indent=2, sort_keys=True) + "\n")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")
