"""Train the sentence classifier of the offline judge on the dev suite only.

Positives are sentences that overlap a labelled evidence quote of the category; every other sentence
of the dev documents is a negative. The decision threshold of each category is chosen by 5-fold
cross-validation over documents (never on a held-out suite). Writes reviewer/judge/classifier.json:
python scripts/train_classifier.py
"""

import json
from pathlib import Path

import numpy as np

from reviewer.clauses import split
from reviewer.embeddings import MODEL_ID, get_encoder
from reviewer.evaluation.labels import expected_spans, load_document, load_labels
from reviewer.judge.semantic import CATEGORIES, MODEL_PATH, train_logistic

ROOT = Path(__file__).resolve().parent.parent
FOLDS = 5


def dataset():
    enc = get_encoder()
    rows = []
    for i, label in enumerate(load_labels([ROOT / "evals" / "data" / "dev"])):
        doc = load_document(label)
        spans = expected_spans(label, doc)
        sents = [s for c in split(doc) for s in c.sentences]
        vecs = enc.encode([s.text for s in sents])
        for s, v in zip(sents, vecs):
            ys = {c: int(c in label.labelled and any(s.start < e and a < s.end for a, e in spans.get(c, []))) for c in CATEGORIES}
            rows.append((i, v, ys))
    return rows


def best_threshold(probs: np.ndarray, y: np.ndarray) -> float:
    best, best_f1 = 0.9, -1.0
    for t in np.arange(0.5, 0.99, 0.02):
        pred = probs >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        # prefer the higher threshold on ties: precision matters more than recall for a proposer
        if f1 >= best_f1:
            best, best_f1 = float(t), f1
    return best


if __name__ == "__main__":
    rows = dataset()
    docs = np.array([r[0] for r in rows])
    x = np.vstack([r[1] for r in rows]).astype(np.float64)
    out = {"model_id": MODEL_ID, "trained_on": "evals/data/dev", "documents": int(docs.max() + 1), "sentences": len(rows),
           "categories": {}}
    for cat in CATEGORIES:
        y = np.array([r[2][cat] for r in rows])
        probs = np.zeros(len(y))
        for k in range(FOLDS):
            test = docs % FOLDS == k
            w, b = train_logistic(x[~test], y[~test])
            probs[test] = 1 / (1 + np.exp(-(x[test] @ w + b)))
        threshold = best_threshold(probs, y)
        w, b = train_logistic(x, y)
        out["categories"][cat] = {"w": [round(float(v), 6) for v in w], "b": round(b, 6), "threshold": round(threshold, 3),
                                  "positives": int(y.sum())}
        print(f"{cat:<18} positives {int(y.sum()):3d} of {len(y)} sentences, cross-validated threshold {threshold:.2f}")
    MODEL_PATH.write_text(json.dumps(out) + "\n")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
