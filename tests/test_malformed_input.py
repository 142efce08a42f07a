"""Malformed inputs found by probing and fuzzing: each gets its documented exit code and one line on stderr,
never a traceback; the bombs are refused in bounded memory (measured in a child process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer import errors
from reviewer.cli import app

from . import malformed

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

DOCX_EXPECTED = {
    "corrupt_deflate": errors.CorruptDocument,
    "unknown_compression": errors.CorruptDocument,
    "encrypted_flag": errors.EncryptedDocument,
    "bz2_member": errors.CorruptDocument,
    "lzma_member": errors.CorruptDocument,
    "bad_zip_version": errors.CorruptDocument,
    "undecodable_name": errors.CorruptDocument,
    "negative_seek": errors.CorruptDocument,
    "truncated_central_directory": errors.CorruptDocument,
    "truncated": errors.CorruptDocument,
    "not_a_zip": errors.CorruptDocument,
    "missing_document_xml": errors.CorruptDocument,
    "bad_xml": errors.CorruptDocument,
    "billion_laughs": errors.CorruptDocument,
    "ole_encrypted": errors.EncryptedDocument,
    "ole_doc": errors.CorruptDocument,
    "zlib_garbage": errors.CorruptDocument,
}


def assert_one_line_error(result, error: type[errors.ReviewerError]) -> None:
    assert result.exit_code == error.exit_code, (result.exit_code, result.stderr)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("reviewer: error:"), result.stderr
    assert result.stdout == ""


def test_every_docx_case_has_an_expectation():
    assert set(DOCX_EXPECTED) == set(malformed.DOCX_CASES)


@pytest.mark.parametrize("case", sorted(DOCX_EXPECTED))
def test_malformed_docx(case, tmp_path):
    path = tmp_path / f"{case}.docx"
    path.write_bytes(malformed.DOCX_CASES[case]())
    assert_one_line_error(runner.invoke(app, ["review", str(path)]), DOCX_EXPECTED[case])


def _cli(*args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the real CLI in a child process (for closed descriptors and peak-memory measurements)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    cmd = " ".join(["exec", sys.executable, "-m", "reviewer.cli", *(f"'{a}'" for a in args), stdin])
    return subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, env=full_env, timeout=timeout)


def test_unreadable_path_is_one_line(tmp_path, monkeypatch):
    """Path.exists() and stat() raise PermissionError for a file inside a directory without search permission."""
    locked = tmp_path / "locked" / "offer.txt"
    real_stat = Path.stat

    def stat(self, *a, **kw):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *a, **kw)

    monkeypatch.setattr(Path, "stat", stat)
    assert_one_line_error(runner.invoke(app, ["review", str(locked)]), errors.UnreadableInput)


def test_file_that_cannot_be_opened_is_one_line(tmp_path, monkeypatch):
    path = tmp_path / "offer.txt"
    path.write_text("1. Trial. Unpaid.")

    def refuse(self, *a, **kw):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    result = runner.invoke(app, ["review", str(path)])
    assert_one_line_error(result, errors.UnreadableInput)
    assert "Permission denied" in result.stderr


def test_closed_standard_input():
    result = _cli("review", "-", stdin="0<&-")
    assert result.returncode == errors.UnreadableInput.exit_code, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Standard input is closed" in result.stderr or "Cannot read -" in result.stderr


def test_standard_input_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setenv("REVIEWER_MAX_FILE_BYTES", "1000")
    assert_one_line_error(runner.invoke(app, ["review", "-"], input="word " * 2000), errors.DocumentTooLarge)


@pytest.mark.parametrize("var,value", [
    ("REVIEWER_MAX_PAGES", "abc"), ("REVIEWER_MAX_CHARS", "-5"), ("REVIEWER_LLM_TIMEOUT", "soon"),
    ("REVIEWER_LLM_CACHE", "maybe"), ("REVIEWER_LLM_MODE", "telepathy"), ("REVIEWER_MAX_FILE_BYTES", "1e99x"),
])
def test_bad_setting_value_is_one_line(var, value, tmp_path, monkeypatch):
    path = tmp_path / "offer.txt"
    path.write_text("1. Trial. The trial shift is unpaid.")
    monkeypatch.setenv(var, value)
    result = runner.invoke(app, ["review", str(path)])
    assert_one_line_error(result, errors.InvalidArgument)
    assert var in result.stderr
