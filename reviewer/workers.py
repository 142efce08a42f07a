"""Review documents in worker processes forked from a loaded reviewer, one document at a time per worker.

The parent loads everything first (Reviewer.warm), then forks: the workers share the index, the encoder's weights and
the tagger copy-on-write and load nothing. A small pool of our own rather than multiprocessing's: the parent starts
no thread (forking a process with threads can deadlock the child), knows which document each worker holds, and when
a worker dies (killed, out of memory) records that document as an error and forks a replacement.
"""

from __future__ import annotations

import os
import pickle
import resource
import signal
import sys
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, Pipe, wait
from typing import TYPE_CHECKING

from .models import Review, ReviewError

if TYPE_CHECKING:
    from .pipeline import Input, Reviewer

_END = object()


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (a forked child's figure includes the pages it inherited)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _source_name(source: object) -> str:
    return str(getattr(source, "source", source))


class _Worker:
    """A forked process that reviews the documents sent down its pipe and sends back each result."""

    def __init__(self, reviewer: "Reviewer") -> None:
        ours, theirs = Pipe()
        sys.stdout.flush()
        sys.stderr.flush()  # nothing buffered here may be written twice
        pid = os.fork()
        if pid == 0:
            ours.close()
            code = 0
            try:
                _serve(reviewer, theirs)
            except BaseException:  # noqa: BLE001 - the parent records the document in hand as lost
                code = 70
            finally:
                os._exit(code)  # never the parent's exit handlers or buffers
        theirs.close()
        self.pid = pid
        self.conn: Connection = ours
        self.task: tuple[int, object] | None = None

    def send(self, index: int, source: object) -> None:
        self.task = (index, source)
        try:
            self.conn.send(self.task)
        except OSError:
            pass  # the worker has died: the parent reads EOF from it next and records the document as lost

    def stop(self, kill: bool) -> None:
        try:
            if kill:
                os.kill(self.pid, signal.SIGTERM)
            else:
                self.conn.send(None)
        except OSError:
            pass
        self.conn.close()
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass

    def lost(self) -> ReviewError:
        """The error record for the document this worker died on."""
        _, status = os.waitpid(self.pid, 0)
        how = (f"signal {signal.Signals(os.WTERMSIG(status)).name}" if os.WIFSIGNALED(status)
               else f"exit code {os.WEXITSTATUS(status)}")
        assert self.task is not None
        return ReviewError(source=_source_name(self.task[1]), exit_code=1, kind="WorkerDied",
                           message=f"The worker process reviewing this document ended ({how})")


def _serve(reviewer: "Reviewer", conn: Connection) -> None:
    from threadpoolctl import threadpool_limits

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threadpool_limits(1)  # BLAS and OpenMP: one thread per worker, so N workers use N cores
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, source = task
        result = reviewer.review_one(source)
        try:
            conn.send((index, result, peak_rss_mb()))
        except pickle.PicklingError as exc:
            conn.send((index, ReviewError(source=_source_name(source), exit_code=1, kind="InternalError",
                                          message=f"result could not be sent back: {exc}"), peak_rss_mb()))


def review_in_workers(reviewer: "Reviewer", sources: Iterable["Input"], workers: int, ordered: bool,
                      memory: dict[str, float] | None) -> Iterator[Review | ReviewError]:
    """Review `sources` in `workers` forked processes; see Reviewer.review_many."""
    reviewer.warm()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # the parent's tokenizer threads do not survive a fork
    todo = iter(sources)
    pool = [_Worker(reviewer) for _ in range(workers)]
    done: dict[int, Review | ReviewError] = {}
    taken = emitted = 0
    killed = True
    try:
        for w in pool:
            taken = _feed(w, todo, taken)
        while True:
            busy = {w.conn: w for w in pool if w.task is not None}
            if not busy:
                break
            for conn in wait(list(busy)):
                w = busy[conn]  # type: ignore[index]
                assert w.task is not None
                try:
                    index, result, rss = w.conn.recv()
                except (EOFError, OSError):
                    index, result, rss = w.task[0], w.lost(), None
                    w.conn.close()
                    pool[pool.index(w)] = w = _Worker(reviewer)
                if memory is not None and rss is not None:
                    memory[f"worker {w.pid}"] = max(rss, memory.get(f"worker {w.pid}", 0.0))
                w.task = None
                taken = _feed(w, todo, taken)
                if not ordered:
                    yield result
                    continue
                done[index] = result
                while emitted in done:
                    yield done.pop(emitted)
                    emitted += 1
        killed = False
    finally:
        for w in pool:
            w.stop(kill=killed)


def _feed(worker: _Worker, todo: Iterator[object], taken: int) -> int:
    """Send the next source to an idle worker; returns how many sources have been taken."""
    source = next(todo, _END)
    if source is _END:
        return taken
    worker.send(taken, source)
    return taken + 1
