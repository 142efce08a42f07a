"""Shared fixtures: caches under a temporary folder, no API key, PDFs built from text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for the whole session: building the real index once keeps the suite fast."""
    return tmp_path_factory.mktemp("reviewer-cache")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> None:
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(cache_dir))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REVIEWER_BACKEND", "REVIEWER_MODEL", "REVIEWER_JURISDICTION",
                "REVIEWER_CORPUS_DIR"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def examples() -> Path:
    return ROOT / "examples"


@pytest.fixture
def pdf_factory(tmp_path: Path):
    """Build PDFs in the test's temporary folder."""
    from reviewer import pdfgen

    class Factory:
        def text(self, text: str, name: str = "doc.pdf", **kw) -> Path:
            return pdfgen.text_to_pdf(text, tmp_path / name, **kw)

        def lines(self, pages: list[list[str]], name: str = "lines.pdf") -> Path:
            return pdfgen.lines_to_pdf(pages, tmp_path / name)

        def blank(self, name: str = "scan.pdf", pages: int = 1) -> Path:
            return pdfgen.blank_pdf(tmp_path / name, pages)

    return Factory()


def file_digest(path: Path) -> tuple[int, str]:
    import hashlib

    data = path.read_bytes()
    return os.stat(path).st_mtime_ns, hashlib.sha256(data).hexdigest()
