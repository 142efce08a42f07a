"""Stage 3a, index: embed corpus passages and keep them in a FAISS index cached on disk."""

from __future__ import annotations

from typing import Callable

import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from . import errors
from .corpus import Passage, chunk, corpus_hash, load_corpus
from .settings import Settings

INDEX_VERSION = "1"


@dataclass(frozen=True)
class Hit:
    """A passage found for a query."""

    passage: Passage
    score: float


class GuidanceIndex:
    """Passages and their FAISS inner-product index (vectors are unit length, so scores are cosines)."""

    def __init__(self, passages: list[Passage], index: object, key: str, model_id: str,
                 queries: dict[str, np.ndarray] | None = None) -> None:
        self.passages = passages
        self.index = index
        self.key = key
        self.model_id = model_id
        self.queries = queries or {}  # the known retrieval queries, embedded when the index was built
        self.by_id = {p.id: p for p in passages}

    def search(self, vector: np.ndarray, k: int = 5) -> list[Hit]:
        """The k passages closest to one query vector."""
        k = min(k, len(self.passages))
        scores, ids = self.index.search(vector.reshape(1, -1).astype(np.float32), k)  # type: ignore[attr-defined]
        return [Hit(self.passages[i], float(s)) for s, i in zip(scores[0], ids[0]) if i >= 0]


def cache_key(corpus_dir: Path, model_id: str) -> str:
    """Key of the cached index: corpus content, chunker and model."""
    return hashlib.sha256(f"{INDEX_VERSION}|{model_id}|{corpus_hash(corpus_dir)}".encode()).hexdigest()[:20]


def build(settings: Settings, encoder: object | None = None) -> GuidanceIndex:
    """Chunk and embed the corpus, write the index to the cache, and return it."""
    import faiss

    from .embeddings import get_encoder

    enc = encoder or get_encoder()
    key = cache_key(settings.corpus_dir, enc.model_id)  # type: ignore[attr-defined]
    passages = [p for doc in load_corpus(settings.corpus_dir) for p in chunk(doc)]
    vectors = enc.encode([f"{p.title}. {p.text}" for p in passages])  # type: ignore[attr-defined]
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    from .retrieve import known_queries

    texts = known_queries()
    queries = dict(zip(texts, enc.encode(texts)))  # type: ignore[attr-defined]
    _save(settings.cache_dir / f"index-{key}", index, passages, enc.model_id, queries)  # type: ignore[attr-defined]
    return GuidanceIndex(passages, index, key, enc.model_id, queries)  # type: ignore[attr-defined]


def _save(folder: Path, index: object, passages: list[Passage], model_id: str, queries: dict[str, np.ndarray]) -> None:
    """Write the index, its passages and the embedded known queries (so a new process need not load the model to
    ask them) to `folder`, atomically."""
    import faiss

    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".tmp-index-"))
    faiss.write_index(index, str(tmp / "index.faiss"))
    np.save(tmp / "queries.npy", np.vstack(list(queries.values())).astype(np.float32))
    meta = {"model_id": model_id, "built": time.time(), "passages": [asdict(p) for p in passages],
            "queries": list(queries)}
    (tmp / "passages.json").write_text(json.dumps(meta))
    if folder.exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    try:
        os.replace(tmp, folder)
    except OSError:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)  # another process won the race; its copy is identical


def load_or_build(settings: Settings, model_id: str | None = None) -> GuidanceIndex:
    """The cached index for the current corpus and model, built if missing or stale."""
    import faiss

    from .embeddings import MODEL_ID

    model_id = model_id or MODEL_ID
    key = cache_key(settings.corpus_dir, model_id)
    folder = settings.cache_dir / f"index-{key}"
    try:
        meta = json.loads((folder / "passages.json").read_text())
        index = faiss.read_index(str(folder / "index.faiss"))
    except (OSError, ValueError, RuntimeError):
        return build(settings)
    passages = [Passage(**{**p, "categories": tuple(p["categories"])}) for p in meta["passages"]]
    if index.ntotal != len(passages):
        return build(settings)
    return GuidanceIndex(passages, index, key, model_id, _saved_queries(folder, meta.get("queries") or []))


def _saved_queries(folder: Path, texts: list[str]) -> dict[str, np.ndarray]:
    """The query embeddings saved beside the index, or none when they are missing or do not match their texts (an
    index written before they were saved): a query not found here is embedded when it is asked."""
    try:
        vectors = np.load(folder / "queries.npy", allow_pickle=False)
    except (OSError, ValueError):
        return {}
    if vectors.ndim != 2 or len(vectors) != len(texts):
        return {}
    return dict(zip(texts, vectors))


def index_is_cached(settings: Settings) -> bool:
    """True when an index for the current corpus and model is already on disk."""
    from .embeddings import MODEL_ID

    try:
        return (settings.cache_dir / f"index-{cache_key(settings.corpus_dir, MODEL_ID)}" / "index.faiss").exists()
    except errors.ReviewerError:
        return False


def check_index(settings: Settings) -> GuidanceIndex:
    """Load the index, turning low-level failures into a CorpusError."""
    try:
        return load_or_build(settings)
    except errors.ReviewerError:
        raise
    except Exception as exc:  # noqa: BLE001 - faiss and numpy raise many types
        raise errors.CorpusError(f"Could not build the guidance index: {exc}") from exc


class GuidanceLibrary:
    """The guidance index and the encoder that queries it, loaded on first use and shared by every stage that cites.

    The reviewer and the LLM judge both receive one; neither needs a reference to the other.
    """

    def __init__(self, settings: Settings, progress: Callable[[str], None] | None = None) -> None:
        self.settings = settings
        self.progress = progress
        self._index: GuidanceIndex | None = None
        self._encoder: object | None = None

    @property
    def index(self) -> GuidanceIndex:
        if self._index is None:
            if self.progress is not None and not index_is_cached(self.settings):
                self.progress("building the guidance index (first run only)...")
            self._index = check_index(self.settings)
        return self._index

    @property
    def encoder(self) -> object:
        """An encoder that remembers what it embedded. It starts with the queries embedded when the index was built,
        and loads the model weights only for a text it has not seen."""
        if self._encoder is None:
            from .embeddings import MODEL_ID, MemoEncoder, get_encoder

            memo = MemoEncoder(get_encoder, model_id=MODEL_ID)
            if self.index.model_id == MODEL_ID:
                memo.memo.update(self.index.queries)
            self._encoder = memo
        return self._encoder
