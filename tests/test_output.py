"""`-o`: regular files are replaced atomically with their mode kept; devices, FIFOs and symlinks are written
through, never replaced; read-only files are refused unless forced; no temporary file survives a failure."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer import errors
from reviewer.cli import app
from reviewer.output import write_report

REPORT = "No findings.\n"


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_new_file_gets_the_umask_mode(tmp_path):
    out = tmp_path / "sub" / "report.txt"
    old = os.umask(0o022)
    try:
        write_report(REPORT, out)
    finally:
        os.umask(old)
    assert out.read_text() == REPORT and stat.S_IMODE(out.stat().st_mode) == 0o644


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o600])
def test_existing_file_keeps_its_mode(tmp_path, mode):
    out = tmp_path / "report.txt"
    out.write_text("old")
    out.chmod(mode)
    write_report(REPORT, out)
    assert out.read_text() == REPORT and stat.S_IMODE(out.stat().st_mode) == mode


def test_read_only_file_is_refused_unless_forced(tmp_path):
    out = tmp_path / "report.txt"
    out.write_text("old")
    out.chmod(0o444)
    with pytest.raises(errors.OutputError, match="read-only"):
        write_report(REPORT, out)
    assert out.read_text() == "old"
    write_report(REPORT, out, force=True)
    assert out.read_text() == REPORT and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_symlink_is_kept_and_its_target_written(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_report(REPORT, link)
    assert link.is_symlink() and real.read_text() == REPORT


def test_symlink_to_a_character_device_is_written_through(tmp_path):
    link = tmp_path / "null"
    link.symlink_to(os.devnull)
    write_report(REPORT, link)
    assert link.is_symlink() and stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    assert leftovers(tmp_path) == []


def test_fifo_is_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_report(REPORT, fifo)
    reader.join(10)
    assert received == [REPORT] and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    out = tmp_path / "report.txt"
    out.write_text("old")

    def full_disk(*_a, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(errors.OutputError, match="No space left"):
        write_report(REPORT, out)
    assert out.read_text() == "old" and leftovers(tmp_path) == []


def test_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    out = tmp_path / "report.txt"

    def interrupted(*_a, **_kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fchmod", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_report(REPORT, out)
    assert leftovers(tmp_path) == [] and not out.exists()


def test_directory_is_refused(tmp_path):
    with pytest.raises(errors.OutputError, match="directory"):
        write_report(REPORT, tmp_path)


def test_cli_refuses_a_read_only_output_and_force_replaces_it(examples, tmp_path):
    out = tmp_path / "report.md"
    out.write_text("old")
    out.chmod(0o444)
    src = str(examples / "trial-shift-uk.txt")
    result = CliRunner().invoke(app, ["review", src, "-f", "markdown", "-o", str(out)])
    assert result.exit_code == errors.OutputError.exit_code and "--force" in result.stderr
    assert out.read_text() == "old"
    result = CliRunner().invoke(app, ["review", src, "-f", "markdown", "-o", str(out), "--force"])
    assert result.exit_code == 0, result.stderr
    assert out.read_text() != "old" and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_dev_stdout_on_a_pipe_is_written_through(tmp_path):
    """/dev/stdout, /proc/self/fd/N: the link resolves to 'pipe:[n]', which is no path to replace."""
    read_end, write_end = os.pipe()
    try:
        write_report(REPORT, Path(f"/proc/self/fd/{write_end}"))
        os.close(write_end)
        write_end = -1
        assert os.read(read_end, 1000).decode() == REPORT
    finally:
        os.close(read_end)
        if write_end != -1:
            os.close(write_end)
