"""Run one loading step in a child process with a memory and a time limit.

pdfium aborts the whole process when an allocation fails, so a limit set in the reviewing process would
kill it without a message. The PDF step runs in a forked child instead: the child gets the address-space
limit and a deadline; whatever goes wrong there comes back as one ReviewerError.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
from typing import Callable, TypeVar

from . import errors

T = TypeVar("T")


def run_limited(fn: Callable[..., T], *args: object, memory_mb: int, seconds: float, name: str,
                time_limit: str = "REVIEWER_MAX_LOAD_SECONDS") -> T:
    """`fn(*args)` in a forked child allowed `memory_mb` more address space and `seconds` of time (the setting
    `time_limit`, named when it runs out).

    Runs in this process where fork or /proc is missing, or when `memory_mb` is 0."""
    current = _address_space()
    if memory_mb <= 0 or current is None or not hasattr(os, "fork"):
        return fn(*args)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: limit itself, run, send back the result or the error, and leave at once
        os.close(read_end)
        code = 0
        try:
            import faulthandler
            import resource

            faulthandler.disable()  # an abort here is an outcome the parent reports, not a crash to dump
            limit = current + memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            try:
                outcome: tuple[str, object] = ("ok", fn(*args))
            except errors.ReviewerError as exc:
                outcome = ("error", exc)
            except MemoryError:
                outcome = ("memory", None)
            except Exception as exc:  # noqa: BLE001 - a bug, not bad input: the parent raises it as one
                outcome = ("bug", f"{type(exc).__name__}: {exc}")
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(outcome, out)
        except BaseException:  # noqa: BLE001 - anything else is reported by the parent as damage
            code = 70
        finally:
            os._exit(code)
    os.close(write_end)
    payload, timed_out = _read_until(read_end, time.monotonic() + seconds)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if timed_out:
        raise errors.DocumentTooLarge(
            f"Reading the document took over {seconds:.0f} s; the limit is {time_limit}: {name}", path=name)
    try:
        kind, value = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - no result: the child died (pdfium aborts when memory runs out)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGABRT, signal.SIGKILL, signal.SIGSEGV):
            kind, value = "memory", None
        else:
            kind, value = "damaged", None
    if kind == "ok":
        return value  # type: ignore[return-value]
    if kind == "error":
        raise value  # type: ignore[misc]
    if kind == "bug":
        raise RuntimeError(f"reading {name} failed: {value}")
    if kind == "memory":
        raise errors.DocumentTooLarge(
            f"Reading the document needs more than {memory_mb} MB; the limit is REVIEWER_MAX_LOAD_MEMORY_MB: {name}",
            path=name)
    raise errors.CorruptDocument(f"The document is damaged (its reader failed): {name}", path=name)


def _address_space() -> int | None:
    """This process's virtual size in bytes (the base the child's limit is added to), or None off Linux."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _read_until(fd: int, deadline: float) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return b"".join(chunks), True
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)
    finally:
        os.close(fd)
