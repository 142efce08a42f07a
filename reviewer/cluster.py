"""Review documents on a Ray cluster: the same per-document function as the process pool, run by Ray actors.

The driver loads the guidance index and the embedding model's weights once and puts them in Ray's object store;
each actor builds a reviewer from them (no index is built and no weights are read on the nodes), warms it, caps its
BLAS and OpenMP at one thread, and reviews the documents the driver sends as bytes (the nodes need not share a
filesystem). Results stream back as each document finishes. Needs the optional extra: pip install 'reviewer[ray]'.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import errors
from .models import Review, ReviewError

if TYPE_CHECKING:
    from .pipeline import Input, Reviewer


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise errors.BackendError("The ray engine needs Ray: pip install 'reviewer[ray]'") from exc
    return ray


class _Node:
    """What an actor holds: a reviewer built from the driver's index and weights."""

    def __init__(self, settings: dict[str, Any], shared: dict[str, Any]) -> None:
        import faiss
        from threadpoolctl import threadpool_limits

        from .embeddings import MemoEncoder
        from .index import GuidanceIndex, GuidanceLibrary
        from .pipeline import Reviewer
        from .settings import Settings

        threadpool_limits(1)
        built = Settings.load(**settings)
        library = GuidanceLibrary(built)
        library._index = GuidanceIndex(shared["passages"], faiss.deserialize_index(shared["index"]), shared["key"],
                                       shared["model_id"])
        library._encoder = MemoEncoder(shared["encoder"])  # its weights are read-only views of the object store
        self.reviewer = Reviewer(built, library=library)
        self.reviewer.warm()

    def review(self, source: "Input") -> tuple[Review | ReviewError, str, float]:
        import os
        import socket

        from .workers import peak_rss_mb

        return self.reviewer.review_one(source), f"{socket.gethostname()}:{os.getpid()}", peak_rss_mb()


def _upload(source: "Input", reviewer: "Reviewer") -> "Input":
    """A path becomes its bytes, read here (the nodes need not see this filesystem); anything else goes as it is."""
    from .document import read_path
    from .pipeline import Upload

    if isinstance(source, (str, Path)):
        return Upload(str(Path(source)), read_path(Path(source), reviewer.settings))
    return source


def _name(source: "Input") -> str:
    return str(getattr(source, "name", None) or getattr(source, "source", None) or source)


def _shared(reviewer: "Reviewer") -> dict[str, Any]:
    """The index and the encoder, in a form Ray's object store holds once for every actor."""
    import faiss

    index = reviewer.index
    encoder = reviewer.encoder.encoder  # type: ignore[attr-defined]
    return {"passages": index.passages, "index": faiss.serialize_index(index.index), "key": index.key,
            "model_id": index.model_id, "encoder": encoder}


# One document in flight per actor. With two, an actor that dies takes the other document queued on it down too, and
# the batch would record a failure for a document that did nothing wrong (seen in CI); a dead actor must cost only its
# own document.
IN_FLIGHT = 1


def review_on_ray(reviewer: "Reviewer", sources: Iterable["Input"], workers: int, ordered: bool,
                  memory: dict[str, float] | None, address: str | None = None) -> Iterator[Review | ReviewError]:
    """Review `sources` with `workers` Ray actors (0: one per CPU of the cluster); see Reviewer.review_many.
    `address`: a running cluster ('auto', 'ray://HOST:PORT'); None starts a local Ray with `workers` CPUs."""
    ray = _ray()
    started = not ray.is_initialized()
    if started:
        kwargs: dict[str, Any] = {"address": address} if address else {"num_cpus": workers, "include_dashboard": False}
        ray.init(log_to_driver=False, configure_logging=False, **kwargs)
    try:
        workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        shared = ray.put(_shared(reviewer))
        settings = reviewer.settings.model_dump(exclude_unset=True)
        node = ray.remote(num_cpus=1)(_Node)
        actors = [node.remote(settings, shared) for _ in range(workers)]
        idle = [a for a in actors for _ in range(IN_FLIGHT)]
        replaced: dict[Any, Any] = {}
        todo = iter(enumerate(sources))
        pending: dict[Any, tuple[int, str, Any]] = {}
        done: dict[int, Review | ReviewError] = {}
        emitted = 0
        while True:
            while idle and (item := next(todo, None)) is not None:
                index, source = item
                try:
                    upload = _upload(source, reviewer)
                except errors.ReviewerError as exc:
                    done[index] = ReviewError(source=str(Path(source)), exit_code=exc.exit_code,  # type: ignore[arg-type]
                                              kind=type(exc).__name__, message=str(exc))
                    continue
                actor = idle.pop()
                pending[actor.review.remote(upload)] = (index, _name(upload), actor)
            if pending:
                ready, _ = ray.wait(list(pending), num_returns=1)
                index, name, actor = pending.pop(ready[0])
                try:
                    result, where, rss = ray.get(ready[0])
                    if memory is not None:
                        memory[f"ray actor {where}"] = rss
                except ray.exceptions.RayError as exc:  # the actor died: its documents are recorded, one new one starts
                    result = ReviewError(source=name, exit_code=1, kind="WorkerDied",
                                         message=f"The Ray actor reviewing this document failed ({type(exc).__name__})")
                    if actor not in replaced:
                        replaced[actor] = node.remote(settings, shared)
                    actor = replaced[actor]
                idle.append(actor)
                done[index] = result
            elif not done:
                return
            if not ordered:
                yield from done.values()
                done.clear()
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
    finally:
        if started:
            ray.shutdown()
