"""The fact tagger: which legal facts (reviewer/knowledge/facts.yaml) each sentence states, read in its clause context.

A linear model over TF-IDF n-grams of the sentence and of its context, trained by scripts/train_tagger.py
and shipped as package data (model/tagger.npz + model/tagger.json). Inference is numpy only. The same
`features()` function is used at training time, so what the model saw and what it reads are the same.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "model"
TOKEN = re.compile(r"[a-z]+(?:['\u2019][a-z]+)?|\d+(?:[.,]\d+)*|[$\u00a3\u20ac\u20b9\u00a5\u20a6\u20b1]")
NEGATORS = {"not", "no", "never", "without", "nor", "neither", "none", "nothing", "cannot", "won't", "don't", "doesn't",
            "isn't", "aren't", "wasn't", "didn't", "shan't", "shouldn't", "wouldn't", "can't", "unpaid", "non", "free"}
NEGATION_WINDOW = 4
# Exceptions and inclusions change what a clause reaches ("except inventions made on your own time" vs "including
# ..."): the words in their scope get their own copies, as negated words do.
EXCEPTORS = {"except", "excluding", "excludes", "excluded", "exclude", "unless", "save", "apart", "outside", "other"}
INCLUDERS = {"including", "includes", "included", "include", "whether", "even", "regardless", "also", "plus"}
SCOPE_WINDOW = 6
# Words that end a negation's scope before the window runs out.
SCOPE_END = {"but", "however", "although", "unless", "except", "and", "or", "if", "whether", "which", "that"}


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; every number becomes '<n>' and currency symbols '<money>'."""
    out = []
    for t in TOKEN.findall(text.lower().replace("n\u2019t", "n't")):
        if t[0].isdigit():
            out.append("<n>")
        elif not t[0].isalpha():
            out.append("<money>")
        else:
            out.append(t.replace("\u2019", "'"))
    return out


def _negation_marks(toks: list[str]) -> list[str]:
    """'NOT_'-prefixed copies of the words in a negation's scope ('will not be paid' -> NOT_be NOT_paid)."""
    out: list[str] = []
    left = 0
    for t in toks:
        if left and t in SCOPE_END:
            left = 0
        if left:
            out.append("NOT_" + t)
            left -= 1
        if t in NEGATORS or t.endswith("n't"):
            left = NEGATION_WINDOW
    return out


def _in_scope(toks: list[str], starters: set[str]) -> set[int]:
    out, left = set(), 0
    for i, t in enumerate(toks):
        if left:
            out.add(i)
            left -= 1
        if t in starters:
            left = SCOPE_WINDOW
    return out


def features(text: str, context: str = "") -> list[str]:
    """The n-gram features of a sentence and its context, as strings."""
    toks = tokens(text)
    padded = ["<s>"] + toks + ["</s>"]
    # A word in an exception's or an inclusion's scope appears only as its EXC_/INC_ copy: 'excluding work made on
    # your own time' and 'including work made on your own time' then share no word features, and the model has to
    # read the turn (measured: +0.02 macro F1 on the frozen sentence test)
    excepted, included = _in_scope(toks, EXCEPTORS), _in_scope(toks, INCLUDERS)
    feats = [t for i, t in enumerate(toks) if i not in excepted and i not in included]
    feats += [f"{a} {b}" for a, b in zip(padded, padded[1:])]
    feats += [f"{a} {b} {c}" for a, b, c in zip(padded, padded[1:], padded[2:])]
    feats += _negation_marks(toks)
    feats += ["EXC_" + toks[i] for i in sorted(excepted)] + ["INC_" + toks[i] for i in sorted(included)]
    feats += [f"ctx:{t}" for t in set(tokens(context))]
    if text.rstrip().endswith("?"):
        feats.append("<question>")  # a question asserts nothing; the model learns what that does to each fact
    return feats


@dataclass(frozen=True)
class TaggerModel:
    """Loaded weights: vocabulary, idf, one weight column and threshold per fact."""

    facts: tuple[str, ...]
    vocab: dict[str, int]
    idf: np.ndarray  # (V,)
    weights: np.ndarray  # (V, F) float32
    bias: np.ndarray  # (F,)
    thresholds: np.ndarray  # (F,)
    meta: dict
    embedding_weights: np.ndarray | None = None  # (384, F) when the family reads sentence embeddings too

    def vectorize(self, items: list[tuple[str, str]]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Sparse TF-IDF rows (indices, values), l2-normalised, as sklearn's TfidfVectorizer(sublinear_tf=True) makes them."""
        rows = []
        for text, context in items:
            counts: dict[int, int] = {}
            for f in features(text, context):
                j = self.vocab.get(f)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            if not counts:
                rows.append((np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)))
                continue
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float32, count=len(counts))
            val = tf * self.idf[idx]
            val /= max(float(np.linalg.norm(val)), 1e-12)
            rows.append((idx, val))
        return rows

    def probabilities(self, items: list[tuple[str, str]], encoder: object | None = None) -> np.ndarray:
        """P(fact | sentence, context) for every item and fact: an (n, F) array."""
        z = np.tile(self.bias, (len(items), 1)).astype(np.float32)
        for i, (idx, val) in enumerate(self.vectorize(items)):
            if len(idx):
                z[i] += val @ self.weights[idx]
        if self.embedding_weights is not None and items:
            if encoder is None:
                from ..embeddings import get_encoder

                encoder = get_encoder()
            vectors = encoder.encode([text for text, _ in items])  # type: ignore[attr-defined]
            z += (vectors * float(self.meta.get("embedding_weight", 1.0))) @ self.embedding_weights
        return 1.0 / (1.0 + np.exp(-z))

    def tag(self, items: list[tuple[str, str]], encoder: object | None = None) -> list[dict[str, float]]:
        """For each (sentence, context): the facts it states, with their probabilities."""
        probs = self.probabilities(items, encoder)
        hits = probs >= self.thresholds
        return [{self.facts[j]: round(float(probs[i, j]), 3) for j in np.flatnonzero(hits[i])} for i in range(len(items))]


def save(path_stem: Path, facts: list[str], vocab: list[str], idf: np.ndarray, weights: np.ndarray, bias: np.ndarray,
         thresholds: np.ndarray, meta: dict, embedding_weights: np.ndarray | None = None) -> None:
    """Write weights (npz, float16) and vocabulary/thresholds/metadata (json) beside each other."""
    path_stem.parent.mkdir(parents=True, exist_ok=True)
    extra = {} if embedding_weights is None else {"embedding_weights": embedding_weights.astype(np.float16)}
    # (uncompressed: 2 MB more on disk, and a new process reads it in 5 ms instead of 40)
    np.savez(path_stem.with_suffix(".npz"), idf=idf.astype(np.float32), weights=weights.astype(np.float16),
             bias=bias.astype(np.float32), thresholds=thresholds.astype(np.float32), **extra)
    path_stem.with_suffix(".json").write_text(json.dumps({"facts": facts, "vocab": vocab, "meta": meta}, ensure_ascii=False))


@lru_cache(maxsize=2)
def load(path_stem: Path = MODEL_DIR / "tagger") -> TaggerModel:
    """The shipped tagger (cached per process)."""
    from .. import errors

    try:
        head = json.loads(path_stem.with_suffix(".json").read_text(encoding="utf-8"))
        arrays = np.load(path_stem.with_suffix(".npz"))
    except (OSError, ValueError) as exc:
        raise errors.ModelNotInstalled(f"The fact tagger's weights are missing or unreadable ({path_stem}): {exc}") from exc
    return TaggerModel(
        facts=tuple(head["facts"]), vocab={f: i for i, f in enumerate(head["vocab"])},
        idf=arrays["idf"].astype(np.float32), weights=arrays["weights"].astype(np.float32),
        bias=arrays["bias"].astype(np.float32), thresholds=arrays["thresholds"].astype(np.float32), meta=head["meta"],
        embedding_weights=arrays["embedding_weights"].astype(np.float32) if "embedding_weights" in arrays else None,
    )
