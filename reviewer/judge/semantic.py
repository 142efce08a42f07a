"""A small sentence classifier over MiniLM embeddings: proposes sentences the cue rules did not catch.

It is trained on the dev suite only (scripts/train_classifier.py) and never decides alone: every
sentence it proposes must still pass the same legal gates as the rules (paid trial? carve-out?
non-profit? controlled work?).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "classifier.json"
CATEGORIES = ("unpaid_scope", "misclassification")
# ip_grab is left to the rules: whether an assignment is fair turns on its scope (own time, prior work, pay), which
# sentence topic does not capture; a classifier for it flagged fair assignments in most real documents.


@lru_cache(maxsize=1)
def load_classifier(path: Path = MODEL_PATH) -> dict | None:
    """Weights per category, or None when no trained classifier is shipped."""
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    return {c: (np.asarray(v["w"], dtype=np.float32), float(v["b"]), float(v["threshold"]))
            for c, v in data["categories"].items()}


# Only sentences on the topic of pay or worker status are embedded: the classifier adds recall on new wording
# of those topics, and skipping the rest keeps long documents fast.
TOPIC = re.compile(
    r"pa(y|id|yment)|wage|salar|compensat|remunerat|stipend|fee\b|free\b|reward|unpaid|money|cost|"
    r"volunteer|contractor|consultant|freelanc|self-employed|employee|staff|intern|trainee|worker|participant|collaborator|"
    r"payroll|status|classed|classified|engaged as|hire|hiring", re.I)


def probabilities(vectors: np.ndarray, weights: tuple[np.ndarray, float, float]) -> np.ndarray:
    """Logistic probabilities for each row of `vectors`."""
    w, b, _ = weights
    return 1.0 / (1.0 + np.exp(-(vectors @ w + b)))


def train_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 600, lr: float = 0.5) -> tuple[np.ndarray, float]:
    """Class-balanced L2 logistic regression by gradient descent (small data, no extra dependency)."""
    n, d = x.shape
    w = np.zeros(d, dtype=np.float64)
    b = 0.0
    pos = max(1, int(y.sum()))
    weight = np.where(y == 1, n / (2 * pos), n / (2 * max(1, n - pos)))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * weight
        w -= lr * (x.T @ g / n + l2 * w)
        b -= lr * g.mean()
    return w.astype(np.float32), float(b)
