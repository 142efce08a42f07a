"""Review many files into one results file: a JSON line (or CSV row) per document, written as each finishes.

Every line is written with one `write` on a file opened for appending, so a run killed at any moment leaves whole
lines only (and at most a torn last line, which `--resume` drops); `--resume` skips the documents whose content
hash is already in the output. The reviewing itself is `Reviewer.review_many`.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import json
import os
import stat
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import errors
from .models import ALL_CATEGORIES, Review, ReviewError
from .output import _same_file, _stat
from .settings import Settings

SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".eml", ".txt", ".text", ".md", ".markdown")
FORMATS = ("jsonl", "csv")
CSV_COLUMNS = ["source", "sha256", "status", "exit_code", "error_kind", "message", "kind", "pages", "chars",
               "jurisdiction", "findings", *ALL_CATEGORIES, "warnings"]


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def collect(paths: list[str], skip: Path | None = None) -> list[str]:
    """Files to review from files, folders (recursive: PDF, DOCX, TXT, MD) and glob patterns, in a stable order.

    A path that is neither an existing file or folder nor a matching pattern is kept: its record says it is missing.
    `skip` (the results file) is left out of folders and patterns; named on its own, it is kept, and refused later."""
    found: list[str] = []
    for given in paths:
        pattern = glob.has_magic(given)
        for item in (sorted(glob.glob(given, recursive=True)) if pattern else []) or [given]:
            if os.path.isdir(item):
                for folder, subfolders, files in os.walk(item):
                    subfolders.sort()
                    found += [os.path.join(folder, f) for f in sorted(files)
                              if f.lower().endswith(SUFFIXES) and not _is(os.path.join(folder, f), skip)]
            elif not (pattern and _is(item, skip)):
                found.append(item)
    seen: set[str] = set()
    unique = []
    for item in found:
        key = os.path.realpath(item)
        if key not in seen:
            seen.add(key)
            unique.append(str(Path(item)))  # the name a document's review carries (Path drops './')
    return unique


def _is(path: str, other: Path | None) -> bool:
    return other is not None and _same_file(path, other)


def content_hash(path: str) -> str | None:
    """SHA-256 of a file's bytes, or None when it cannot be read (its record will say why)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return None
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def record(result: Review | ReviewError, sha256: str | None) -> dict[str, Any]:
    """The JSON record of one document: its review without timings (so runs compare byte for byte), or its error."""
    if isinstance(result, ReviewError):
        return {"source": result.source, "sha256": sha256, "status": "error",
                "error": result.model_dump(mode="json", exclude={"source"})}
    review = result.model_dump(mode="json", exclude={"stats": {"elapsed_ms"}})
    return {"source": result.document.source, "sha256": sha256, "status": "ok", "review": review}


def csv_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One spreadsheet row: counts per category instead of the findings themselves."""
    row: dict[str, Any] = {"source": rec["source"], "sha256": rec["sha256"] or "", "status": rec["status"]}
    if rec["status"] == "error":
        row.update(exit_code=rec["error"]["exit_code"], error_kind=rec["error"]["kind"], message=rec["error"]["message"])
        return row
    review = rec["review"]
    counts = Counter(f["category"] for f in review["findings"])
    row.update(exit_code=0, kind=review["document"]["kind"], pages=review["document"]["pages"],
               chars=review["document"]["chars"], jurisdiction=review["jurisdiction"],
               findings=len(review["findings"]), warnings=len(review["warnings"]), **{c: counts[c] for c in ALL_CATEGORIES})
    return row


class ResultsFile:
    """Appends one record at a time, each with a single write; reads back what an earlier run wrote."""

    def __init__(self, path: Path | None, fmt: str) -> None:
        self.path = path
        self.fmt = fmt
        self.fd = -1  # standard output when path is None

    def open(self, resume: bool, force: bool) -> Counter[str]:
        """Open for appending; returns the resume keys already written (empty unless `resume`)."""
        if self.path is None:
            if self.fmt == "csv":
                self._write(self._csv_line(dict(zip(CSV_COLUMNS, CSV_COLUMNS))))
            return Counter()
        existing = _stat(self.path)
        if existing is not None and stat.S_ISDIR(existing.st_mode):
            raise errors.OutputError(f"Output path is a directory: {self.path}")
        regular = existing is not None and stat.S_ISREG(existing.st_mode)
        if regular and existing.st_size and not (resume or force):
            raise errors.OutputError(f"{self.path} already exists: add --resume to continue it, or --force to start over")
        done = self._read_done() if regular and resume else Counter()
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        if regular and not resume:
            flags |= os.O_TRUNC
        try:
            self.fd = os.open(self.path, flags, 0o666)
        except OSError as exc:
            raise errors.OutputError(f"Cannot write {self.path}: {exc.strerror or exc}") from exc
        if self.fmt == "csv" and (not regular or not resume or not existing.st_size):
            self._write(self._csv_line(dict(zip(CSV_COLUMNS, CSV_COLUMNS))))
        return done

    def _read_done(self) -> Counter[str]:
        assert self.path is not None
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise errors.OutputError(f"Cannot read {self.path} to resume: {exc.strerror or exc}") from exc
        whole = data[:data.rfind(b"\n") + 1]
        if len(whole) < len(data):  # a line torn by a killed run: its document is reviewed again
            try:
                os.truncate(self.path, len(whole))
            except OSError as exc:
                raise errors.OutputError(f"Cannot repair {self.path} to resume: {exc.strerror or exc}") from exc
        text = whole.decode("utf-8", errors="replace")
        try:
            if self.fmt == "csv":
                rows = list(csv.DictReader(io.StringIO(text)))
                if rows and "sha256" not in rows[0]:
                    raise ValueError("no sha256 column")
            else:
                rows = [json.loads(line) for line in text.splitlines() if line.strip()]
            return Counter(resume_key(r["source"], r["sha256"] or None) for r in rows)
        except (ValueError, KeyError, TypeError) as exc:
            raise errors.OutputError(f"Cannot resume: {self.path} is not a {self.fmt} results file ({exc})") from exc

    def append(self, rec: dict[str, Any]) -> None:
        """Write one record as one line."""
        if self.fmt == "csv":
            self._write(self._csv_line(csv_row(rec)))
        else:
            self._write((json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))

    def _csv_line(self, row: dict[str, Any]) -> bytes:
        buf = io.StringIO()
        csv.DictWriter(buf, CSV_COLUMNS, lineterminator="\n").writerow(row)
        return buf.getvalue().encode("utf-8")

    def _write(self, data: bytes) -> None:
        if self.path is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self.fd, view):]
        except OSError as exc:
            raise errors.OutputError(f"Cannot write {self.path or 'standard output'}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        if self.path is not None and self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def resume_key(source: str, sha256: str | None) -> str:
    """What identifies a document already done: its content hash, or its path when it could not be read."""
    return sha256 or f"path:{source}"


@dataclass
class BatchSummary:
    """What a batch did: documents, findings per category, errors by kind, time and memory."""

    documents: int = 0
    reviewed: int = 0
    skipped: int = 0
    with_findings: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    memory_mb: dict[str, float] = field(default_factory=dict)

    def add(self, result: Review | ReviewError) -> None:
        if isinstance(result, ReviewError):
            self.errors[f"{result.kind} (exit {result.exit_code})"] += 1
            return
        self.reviewed += 1
        self.with_findings += bool(result.findings)
        self.findings.update(f.category.value for f in result.findings)

    def render(self) -> str:
        """A few lines for the terminal."""
        done = self.reviewed + sum(self.errors.values())
        rate = done / self.seconds if self.seconds else 0.0
        lines = [f"{self.documents} documents: {self.reviewed} reviewed, {sum(self.errors.values())} errors, "
                 f"{self.skipped} already in the output; {self.seconds:.1f} s ({rate:.1f} documents/s)",
                 f"findings: {sum(self.findings.values())} in {self.with_findings} documents"
                 + "".join(f"\n  {c:<27}{self.findings[c]:>6}" for c in ALL_CATEGORIES if self.findings[c])]
        if self.errors:
            lines.append("errors:" + "".join(f"\n  {k:<34}{n:>6}" for k, n in sorted(self.errors.items())))
        if self.memory_mb:
            lines.append("peak memory (RSS): " + ", ".join(f"{k} {v:.0f} MB" for k, v in sorted(self.memory_mb.items())))
        return "\n".join(lines) + "\n"


def run_batch(paths: list[str], output: Path | None = None, fmt: str = "jsonl", workers: int | None = None,
              resume: bool = False, force: bool = False, settings: Settings | None = None,
              progress: bool = False, engine: str = "processes", address: str | None = None) -> BatchSummary:
    """Review every document under `paths` into `output` (standard output if None), one record per document.

    Args:
        paths: files, folders (searched recursively) and glob patterns.
        output: the results file; never one of the inputs.
        fmt: 'jsonl' (a JSON record per line) or 'csv' (a row per document).
        workers: processes or Ray actors (default: the cores; on a Ray cluster, its CPUs).
        resume: skip documents whose content hash is already in `output`, and append.
        force: start `output` over if it exists.
        progress: show a progress bar on standard error if it is a terminal.
        engine: 'processes' on this machine, or 'ray'.
        address: with the ray engine, the cluster to join ('auto', 'ray://HOST:PORT'); None starts a local Ray.
    """
    from .pipeline import Reviewer

    if fmt not in FORMATS:
        raise errors.InvalidArgument(f"Unknown format '{fmt}' (choose {' or '.join(FORMATS)})")
    if resume and output is None:
        raise errors.InvalidArgument("--resume needs the results file (-o FILE) to continue")
    t0 = time.perf_counter()
    sources = collect(paths, skip=output)
    if output is not None and any(_same_file(s, output) for s in sources):
        raise errors.OutputError(f"Refusing to write results over an input document: {output}")
    if not sources:
        raise errors.InputNotFound(f"No documents to review in: {' '.join(paths)}")
    results = ResultsFile(output, fmt)
    done = results.open(resume, force)
    summary = BatchSummary(documents=len(sources))
    todo: list[tuple[str, str | None]] = []
    for source in sources:
        sha = content_hash(source)
        key = resume_key(source, sha)
        if done[key] > 0:
            done[key] -= 1
            summary.skipped += 1
        else:
            todo.append((source, sha))
    hashes = dict(todo)
    reviewer = Reviewer(settings or Settings.load())
    if workers is None and engine == "ray" and address:
        workers = 0  # every CPU of the cluster
    elif workers is None:
        workers = default_workers()
    workers = min(workers, len(todo)) if workers else workers
    stream = reviewer.review_many([s for s, _ in todo], workers=workers, ordered=False, memory=summary.memory_mb,
                                  engine=engine, address=address) if todo else iter(())
    try:
        for result in _progress(stream, len(todo), progress):
            source = result.source if isinstance(result, ReviewError) else result.document.source
            results.append(record(result, hashes.get(source)))
            summary.add(result)
    finally:
        results.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _progress(stream: Iterator[Review | ReviewError], total: int, show: bool) -> Iterator[Review | ReviewError]:
    """A progress bar with rate and time left, on standard error and only on a terminal; refreshed per document (no
    thread, so the workers are forked from a process with none)."""
    from rich.console import Console

    console = Console(stderr=True)
    if not show or not console.is_terminal:
        yield from stream
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed:.1f} doc/s" if task.speed else "- doc/s")

    with Progress(TextColumn("reviewing"), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn(),
                  console=console, auto_refresh=False, transient=True) as bar:
        task = bar.add_task("batch", total=total)
        for result in stream:
            bar.update(task, advance=1, refresh=True)
            yield result


