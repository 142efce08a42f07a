"""Every kind of bad input gets a one-line message, its own exit code, and the file is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer import errors
from reviewer.cli import app

from .conftest import file_digest

runner = CliRunner()


def _encrypted(path: Path, pdf_factory) -> Path:
    from pypdf import PdfReader, PdfWriter

    src = pdf_factory.text("1. Trial. The trial is unpaid.", name="plain.pdf")
    writer = PdfWriter()
    for page in PdfReader(src).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def _make(kind: str, tmp_path: Path, pdf_factory) -> Path:
    if kind == "missing":
        return tmp_path / "nope.pdf"
    if kind == "directory":
        d = tmp_path / "folder.pdf"
        d.mkdir()
        return d
    if kind == "unsupported":  # a spreadsheet (images are read by OCR: tests/test_ocr.py)
        p = tmp_path / "sheet.xlsx"
        p.write_bytes(b"PK\x03\x04" + b"\0" * 64)
        return p
    if kind == "encrypted":
        return _encrypted(tmp_path / "locked.pdf", pdf_factory)
    if kind == "scanned":
        return pdf_factory.blank("scan.pdf", pages=2)
    if kind == "corrupt":
        p = tmp_path / "broken.pdf"
        p.write_bytes(b"%PDF-1.7\n1 0 obj garbage garbage\n%%EOF")
        return p
    if kind == "empty":
        p = tmp_path / "empty.txt"
        p.write_bytes(b"")
        return p
    if kind == "blank_text":
        p = tmp_path / "blank.txt"
        p.write_text("   \n\n  \n")
        return p
    if kind == "huge":
        p = tmp_path / "huge.txt"
        p.write_bytes(b"word " * (21 * 1024 * 1024 // 5))
        return p
    if kind == "non_utf8":
        p = tmp_path / "latin1.txt"
        p.write_bytes("Caf\u00e9 trial terms: unpaid.".encode("latin-1"))
        return p
    raise AssertionError(kind)


CASES = [
    ("missing", errors.InputNotFound),
    ("directory", errors.InputIsDirectory),
    ("unsupported", errors.UnsupportedFileType),
    ("encrypted", errors.EncryptedDocument),
    ("scanned", errors.NoTextLayer),
    ("corrupt", errors.CorruptDocument),
    ("empty", errors.EmptyDocument),
    ("blank_text", errors.EmptyDocument),
    ("huge", errors.DocumentTooLarge),
    ("non_utf8", errors.EncodingError),
]


@pytest.mark.parametrize("kind,error", CASES, ids=[c[0] for c in CASES])
def test_bad_input_exit_code_and_message(kind, error, tmp_path, pdf_factory):
    path = _make(kind, tmp_path, pdf_factory)
    before = file_digest(path) if path.is_file() else None
    result = runner.invoke(app, ["review", str(path)])
    assert result.exit_code == error.exit_code, result.output
    assert result.stdout == ""
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("reviewer: error:")
    assert "Traceback" not in result.stderr
    if before is not None:
        assert file_digest(path) == before


def test_exit_codes_are_distinct():
    codes = list(errors.EXIT_CODES.values())
    assert len(codes) == len(set(codes))
    assert all(c not in (0, 1, 2) for c in codes)


def test_too_many_pages(pdf_factory, monkeypatch):
    monkeypatch.setenv("REVIEWER_MAX_PAGES", "2")
    path = pdf_factory.lines([["Page one."], ["Page two."], ["Page three."]])
    result = runner.invoke(app, ["review", str(path)])
    assert result.exit_code == errors.DocumentTooLarge.exit_code
    assert "limit is 2" in result.stderr


def test_output_never_overwrites_the_input(examples, tmp_path):
    src = tmp_path / "offer.txt"
    src.write_text((examples / "trial-shift-uk.txt").read_text())
    before = file_digest(src)
    result = runner.invoke(app, ["review", str(src), "-o", str(src)])
    assert result.exit_code == errors.OutputError.exit_code
    assert file_digest(src) == before
