"""Train the fact tagger: compare model families by grouped cross-validation, ship the best, write its model card.

Reproducible: fixed seed, every setting in training/config.yaml, data read from the repo (and the CUAD clauses
in ../shared/external). Needs the training extra: pip install -e '.[train]'.

Usage: python scripts/train_tagger.py [--config training/config.yaml] [--no-embeddings]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.judge import tagger  # noqa: E402
from reviewer.knowledge import load_facts  # noqa: E402


def load_items(cfg: dict, facts: list[str]) -> tuple[list[dict], list[dict]]:
    """Training items (written sentences + weakly labelled CUAD clauses) and the frozen test items."""
    known = set(facts)

    def read(pattern: str, source: str) -> list[dict]:
        out = []
        for name in sorted(glob.glob(str(ROOT / pattern))):
            for line in Path(name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    out.append({"text": d["text"], "context": d.get("context") or "",
                                "facts": sorted(set(d["facts"]) & known), "group": d.get("pair") or d.get("doc") or d["id"],
                                "source": f"{source}:{Path(name).stem}"})
        return out

    train = read(cfg["sentences"], "written")
    test = read(cfg["test_sentences"], "test")
    cuad_path = (ROOT / cfg["cuad"]).resolve()
    if cuad_path.exists():
        rng = random.Random(cfg["seed"])
        by_type: dict[str, list[str]] = {}
        for line in cuad_path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d["clause_type"] in cfg["cuad_facts"]:
                by_type.setdefault(d["clause_type"], []).append(d["text"])
        for ctype, texts in sorted(by_type.items()):
            rng.shuffle(texts)
            for i, text in enumerate(texts[: cfg["cuad_max_per_type"]]):
                words = text.split()[: cfg["cuad_words"]]
                train.append({"text": " ".join(words), "context": "", "facts": sorted(cfg["cuad_facts"][ctype]),
                              "group": f"cuad-{ctype}-{i}", "source": "cuad"})
    return train, test


def label_matrix(items: list[dict], facts: list[str]) -> np.ndarray:
    y = np.zeros((len(items), len(facts)), dtype=np.int8)
    index = {f: j for j, f in enumerate(facts)}
    for i, it in enumerate(items):
        for f in it["facts"]:
            y[i, index[f]] = 1
    return y


class Family:
    """One model family: fit on items, give probabilities per fact."""

    def __init__(self, name: str, params: dict, embed) -> None:
        self.name, self.params, self.embed = name, params, embed

    def _tfidf(self):
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(analyzer=lambda pair: tagger.features(*pair), min_df=self.params.get("min_df", 2),
                               sublinear_tf=True, norm="l2", dtype=np.float32)

    def _matrix(self, items: list[dict], fit: bool):
        from scipy import sparse

        parts = []
        if "tfidf" in self.name:
            pairs = [(it["text"], it["context"]) for it in items]
            if fit:
                self.vec = self._tfidf()
                parts.append(self.vec.fit_transform(pairs))
            else:
                parts.append(self.vec.transform(pairs))
        if "embedding" in self.name:
            e = self.embed(items) * self.params.get("embedding_weight", 1.0)
            parts.append(sparse.csr_matrix(e))
        return sparse.hstack(parts).tocsr() if len(parts) > 1 else parts[0]

    def fit(self, items: list[dict], y: np.ndarray) -> "Family":
        from sklearn.linear_model import LogisticRegression

        x = self._matrix(items, fit=True)
        self.models = []
        for j in range(y.shape[1]):
            if y[:, j].sum() == 0:
                self.models.append(None)
                continue
            m = LogisticRegression(C=self.params["C"], class_weight="balanced", solver="liblinear", max_iter=2000)
            m.fit(x, y[:, j])
            self.models.append(m)
        return self

    def predict(self, items: list[dict]) -> np.ndarray:
        x = self._matrix(items, fit=False)
        out = np.zeros((len(items), len(self.models)), dtype=np.float32)
        for j, m in enumerate(self.models):
            if m is not None:
                out[:, j] = m.predict_proba(x)[:, 1]
        return out


def prf(y: np.ndarray, p: np.ndarray) -> tuple[float, float, float]:
    tp = int((y & p).sum())
    prec = tp / p.sum() if p.sum() else float("nan")
    rec = tp / y.sum() if y.sum() else float("nan")
    f1 = 2 * prec * rec / (prec + rec) if prec and rec and prec + rec else 0.0
    return prec, rec, f1


def fbeta(prec: float, rec: float, beta: float) -> float:
    if not prec or not rec or prec != prec or rec != rec:
        return 0.0
    return (1 + beta * beta) * prec * rec / (beta * beta * prec + rec)


def best_thresholds(y: np.ndarray, probs: np.ndarray, lo: float, hi: float, betas: list[float]) -> np.ndarray:
    """Per fact, the threshold in [lo, hi] with the best out-of-fold F-beta (0.5 where a fact has no positives).

    beta < 1 favours precision. The extended categories' facts use it: a document has many more sentences that state
    nothing than the training data does, and one false fact makes a false finding on its own. The core facts use
    beta = 1: their tests combine several facts, so a missed fact costs more than a stray one."""
    out = np.full(y.shape[1], 0.5, dtype=np.float32)
    grid = np.round(np.arange(lo, hi + 1e-9, 0.025), 3)
    for j in range(y.shape[1]):
        if y[:, j].sum() == 0:
            continue
        scores = [fbeta(*prf(y[:, j].astype(bool), probs[:, j] >= t)[:2], betas[j]) for t in grid]
        out[j] = grid[int(np.argmax(scores))]
    return out


def grouped_folds(items: list[dict], k: int, seed: int) -> list[np.ndarray]:
    groups = sorted({it["group"] for it in items})
    rng = random.Random(seed)
    rng.shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [np.array([i for i, it in enumerate(items) if fold_of[it["group"]] == f]) for f in range(k)]


def evaluate(y: np.ndarray, probs: np.ndarray, thresholds: np.ndarray, facts: list[str]) -> dict:
    per = {}
    for j, f in enumerate(facts):
        p, r, f1 = prf(y[:, j].astype(bool), probs[:, j] >= thresholds[j])
        per[f] = {"precision": p, "recall": r, "f1": f1, "support": int(y[:, j].sum())}
    supported = [v["f1"] for v in per.values() if v["support"]]
    return {"macro_f1": float(np.mean(supported)) if supported else float("nan"), "per_fact": per}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", default=str(ROOT / "training" / "config.yaml"))
    ap.add_argument("--no-embeddings", action="store_true", help="compare only the TF-IDF family (fast)")
    ap.add_argument("--ship", help="ship this family instead of the config's choice")
    ap.add_argument("--out", type=Path, default=tagger.MODEL_DIR, help="folder for the weights and model card")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text())
    np.random.seed(cfg["seed"])
    t0 = time.time()
    facts = [f.id for f in load_facts()]
    beta_of = cfg["threshold_beta"]
    betas = [beta_of.get(f.group, beta_of["default"]) for f in load_facts()]
    train, test = load_items(cfg, facts)
    y = label_matrix(train, facts)
    print(f"{len(train)} training items ({Counter(it['source'].split(':')[0] for it in train)}), {len(test)} test items")

    # Sentence embeddings are slow on two cores; keep them on disk between runs (keyed by the text itself).
    cache_file = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "reviewer" / "train-embeddings.npz"
    cache: dict[str, np.ndarray] = {}
    if cache_file.exists():
        stored = np.load(cache_file, allow_pickle=False)
        cache = dict(zip(stored["texts"].tolist(), stored["vectors"]))

    def embed(items: list[dict]) -> np.ndarray:
        from reviewer.embeddings import get_encoder

        todo = list(dict.fromkeys(it["text"] for it in items if it["text"] not in cache))
        if todo:
            for t, v in zip(todo, get_encoder().encode(todo)):
                cache[t] = v
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            np.savez(cache_file, texts=np.array(list(cache)), vectors=np.stack(list(cache.values())))
        return np.vstack([cache[it["text"]] for it in items])

    families = {n: p for n, p in cfg["models"].items() if not (args.no_embeddings and "embedding" in n)}
    folds = grouped_folds(train, cfg["folds"], cfg["seed"])
    results = {}
    for name, params in families.items():
        oof = np.zeros(y.shape, dtype=np.float32)
        for f, idx in enumerate(folds):
            rest = np.setdiff1d(np.arange(len(train)), idx)
            model = Family(name, params, embed).fit([train[i] for i in rest], y[rest])
            oof[idx] = model.predict([train[i] for i in idx])
        th = best_thresholds(y, oof, cfg["min_threshold"], cfg["max_threshold"], betas)
        results[name] = {"cv": evaluate(y, oof, th, facts), "thresholds": th}
        print(f"{name}: cross-validated macro F1 {results[name]['cv']['macro_f1']:.3f} ({time.time() - t0:.0f} s)")

    ship = args.ship or cfg["ship"]
    ship = ship if ship != "auto" else max(results, key=lambda n: results[n]["cv"]["macro_f1"])
    final = {}
    for name in results:
        model = Family(name, families[name], embed).fit(train, y)
        final[name] = model
        if test:
            yt = label_matrix(test, facts)
            results[name]["test"] = evaluate(yt, model.predict(test), results[name]["thresholds"], facts)
            print(f"{name}: frozen test macro F1 {results[name]['test']['macro_f1']:.3f}")
    model = final[ship]
    vocab = model.vec.get_feature_names_out().tolist() if hasattr(model, "vec") else []
    idf = model.vec.idf_ if hasattr(model, "vec") else np.zeros(0)
    weights = np.stack([m.coef_[0][: len(vocab)] if m is not None else np.zeros(len(vocab)) for m in model.models], axis=1)
    bias = np.array([m.intercept_[0] if m is not None else -10.0 for m in model.models])
    meta = {"family": ship, "trained_items": len(train), "test_items": len(test), "seed": cfg["seed"],
            "config": {k: v for k, v in cfg.items() if k != "cuad_facts"},
            "cv_macro_f1": {n: round(r["cv"]["macro_f1"], 4) for n, r in results.items()},
            "test_macro_f1": {n: round(r["test"]["macro_f1"], 4) for n, r in results.items() if "test" in r}}
    emb = None
    if "embedding" in ship:
        meta["embedding_weight"] = families[ship].get("embedding_weight", 1.0)
        emb = np.stack([m.coef_[0][len(vocab):] if m is not None else np.zeros(384) for m in model.models], axis=1)
    tagger.save(args.out / "tagger", facts, vocab, idf, weights, bias, results[ship]["thresholds"], meta, emb)
    write_card(args.out, results, ship, train, test, facts, time.time() - t0)
    print(f"shipped {ship}: {len(vocab)} features x {len(facts)} facts; {time.time() - t0:.0f} s in all")
    return 0


def write_card(out: Path, results: dict, ship: str, train: list[dict], test: list[dict], facts: list[str], seconds: float) -> None:
    """The model card beside the weights: data, split, per-fact figures, the comparison."""
    def fmt(x: float) -> str:
        return "-" if x != x else f"{x:.2f}"

    sources = Counter(it["source"] for it in train)
    lines = [
        "# Fact tagger: model card", "",
        "Says which legal facts (reviewer/knowledge/facts.yaml) a sentence states, read with its clause context. "
        "It supplies facts only; the legal tests in reviewer/judge/legal.py decide findings.", "",
        "## Data", "",
        f"- {len(train)} training items: " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items())) + ".",
        "- Written sentences come from several writers, each with their own brief, who did not see the judge's tests; "
        "CUAD clauses are real contract wording, weakly labelled by clause type (training/config.yaml).",
        f"- Frozen test items: {len(test)}." if test else "- No frozen sentence test set yet: figures are cross-validated.",
        "",
        "## Split", "",
        "5-fold cross-validation grouped by minimal pair (both sentences of a pair fall in the same fold); thresholds "
        "per fact are chosen on the out-of-fold predictions (F-beta, beta in training/config.yaml) and shipped with the weights.", "",
        "## Comparison (macro F1 over facts)", "",
        "| family | cross-validated | frozen test |", "|---|---|---|",
    ]
    for name, r in results.items():
        test_f1 = fmt(r["test"]["macro_f1"]) if "test" in r else "-"
        lines.append(f"| {name}{' (shipped)' if name == ship else ''} | {fmt(r['cv']['macro_f1'])} | {test_f1} |")
    lines += ["", f"## Per fact ({ship}, cross-validated)", "", "| fact | support | precision | recall | F1 | threshold |",
              "|---|---|---|---|---|---|"]
    th = results[ship]["thresholds"]
    for j, f in enumerate(facts):
        v = results[ship]["cv"]["per_fact"][f]
        lines.append(f"| {f} | {v['support']} | {fmt(v['precision'])} | {fmt(v['recall'])} | {fmt(v['f1'])} | {th[j]:.3f} |")
    lines += ["", f"Training took {seconds:.0f} s on this machine (2 cores, BLAS capped at one thread).", ""]
    extra = ROOT / "training" / "comparison.md"  # document-level figures, measured with the judge (not by this script)
    if extra.exists():
        lines += ["", extra.read_text().strip(), ""]
    (out / "MODEL_CARD.md").write_text("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
