"""Fuzz targets for the loaders and the clause splitter: one function per target, taking bytes.

A target returns quietly for any input or raises: a ReviewerError is the expected answer to bad input,
anything else (or a broken invariant) is a crash. Shared by the atheris runner (fuzz/run.py) and the
short hypothesis run in the default tests (tests/test_fuzz.py).
"""

from __future__ import annotations

import io
import zipfile

from reviewer import errors
from reviewer.clauses import split
from reviewer.document import Document, load_bytes, normalise
from reviewer.settings import Settings

# Small limits keep each execution fast; the limits themselves are tested in tests/test_malformed_input.py.
SETTINGS = Settings.load(max_file_bytes=2_000_000, max_chars=200_000, max_page_chars=50_000,
                         max_page_content_bytes=2_000_000, max_inflated_bytes=8_000_000, max_pages=50,
                         max_load_memory_mb=0)  # in-process, so the fuzzer sees coverage and crashes
WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def check_document(doc: Document) -> None:
    """Invariants of every loaded document: a sorted, contiguous page map and exact clause offsets."""
    starts = list(doc.page_starts)
    assert starts and starts[0] == 0 and starts == sorted(starts) and starts[-1] <= len(doc.text), starts
    spans = doc.page_spans()
    assert all(s <= e for _, s, e in spans), spans
    assert all(a[2] == b[1] for a, b in zip(spans, spans[1:])), spans
    for clause in split(doc):
        assert doc.text[clause.start:clause.end] == clause.text, clause
        assert 1 <= clause.page <= doc.page_count
        for sentence in clause.sentences:
            assert doc.text[sentence.start:sentence.end] == sentence.text, sentence


def _load(data: bytes, suffix: str) -> None:
    try:
        doc = load_bytes(data, name=f"fuzz{suffix}", suffix=suffix, settings=SETTINGS)
    except errors.ReviewerError:
        return
    check_document(doc)


def text_loader(data: bytes) -> None:
    """TXT, MD and standard input."""
    _load(data, ".txt")
    _load(data, "")


def docx_loader(data: bytes) -> None:
    """DOCX: raw archives, and anything else as the XML of word/document.xml in a valid archive."""
    if data[:2] != b"PK":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("word/document.xml", data)
        data = buf.getvalue()
    _load(data, ".docx")


def pdf_loader(data: bytes) -> None:
    """In-process (no child process: libFuzzer's handlers would report the child's expected abort as a
    crash), so pdfium's own blow-ups show as out-of-memory findings; the CLI's child limit is tested in
    tests/test_malformed_input.py."""
    _load(data, ".pdf")


def clause_splitter(data: bytes) -> None:
    """Normalise pages of any text (form feeds split pages) and split them into clauses."""
    text = data.decode("utf-8", "replace")
    pages = text.split("\f")
    for unwrapped in (False, True):
        joined, starts = normalise(pages, unwrapped=unwrapped)
        check_document(Document(text=joined, page_starts=tuple(starts), source="fuzz", kind="txt", sha256=""))


TARGETS = {"text": text_loader, "docx": docx_loader, "pdf": pdf_loader, "clauses": clause_splitter}
