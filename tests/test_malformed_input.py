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
