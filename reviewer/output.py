"""Writing a report to a file: atomically for a regular file, straight through for anything else."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from . import errors


def write_report(content: str | bytes, output: Path, protect: Path | None = None, force: bool = False) -> None:
    """Write `content` (text is written as UTF-8) to `output` without ever leaving it half-written.

    A regular file (or the file a symlink points to) is replaced atomically through a temporary file in
    the same folder, keeping its permissions; a read-only file is refused unless `force`. A character
    device, FIFO or socket (/dev/stdout, /dev/null, a pipe) is written to directly, never replaced. The
    reviewed document `protect` is never overwritten."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    existing = _stat(output)
    if existing is not None and protect is not None and _same_file(output, protect):
        raise errors.OutputError(f"Refusing to overwrite the reviewed document: {output}")
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise errors.OutputError(f"Output path is a directory: {output}")
    if existing is not None and not stat.S_ISREG(existing.st_mode):  # /dev/stdout may resolve to "pipe:[n]"
        _write_through(data, output)
        return
    target = Path(os.path.realpath(output))  # a symlink is kept: its target gets the report
    if existing is not None and not force and _read_only(target, existing):
        raise errors.OutputError(f"Refusing to replace the read-only file {output} (use --force to replace it)")
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    _replace_atomically(data, target, mode, output)


def _stat(output: Path) -> os.stat_result | None:
    try:
        return output.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise errors.OutputError(f"Cannot write {output}: {exc.strerror or exc}") from exc


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _read_only(target: Path, existing: os.stat_result) -> bool:
    """No write permission bit at all (which even root should respect), or no access for this user."""
    return not existing.st_mode & 0o222 or not os.access(target, os.W_OK)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_through(data: bytes, output: Path) -> None:
    try:
        with open(output, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise errors.OutputError(f"Cannot write {output}: {exc.strerror or exc}") from exc


def _replace_atomically(data: bytes, target: Path, mode: int, output: Path) -> None:
    tmp: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise errors.OutputError(f"Cannot write {output}: {exc.strerror or exc}") from exc
    finally:  # on every failure, an interrupt included, the temporary file goes
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
