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


CLEARED_VARIABLES = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REVIEWER_BACKEND", "REVIEWER_MODEL", "REVIEWER_JURISDICTION",
                     "REVIEWER_CORPUS_DIR")


def _isolate(monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> None:
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(cache_dir))
    for var in CLEARED_VARIABLES:
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> None:
    _isolate(monkeypatch, cache_dir)


@pytest.fixture(scope="module")
def module_env(cache_dir: Path):
    """The isolated environment for module-scoped fixtures, which are set up before the autouse one."""
    with pytest.MonkeyPatch.context() as mp:
        _isolate(mp, cache_dir)
        yield


@pytest.fixture(scope="session")
def offline_data_eval(cache_dir: Path):
    """One offline eval run over evals/data (about 35 s on two cores), shared by the golden-report and verdict tests."""
    from reviewer.evaluation.harness import run_eval

    with pytest.MonkeyPatch.context() as mp:  # session fixtures are set up before the autouse one
        _isolate(mp, cache_dir)
        # (two processes side by side: the development data grows every round, and the test run must stay short)
        return run_eval([ROOT / "evals" / "data"], backend="offline", keyword_baseline=False, workers=2)


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


@pytest.fixture
def requires_ocr() -> None:
    """Skip a test that needs Tesseract (and Pillow) where they are missing, except under REVIEWER_REQUIRE_OCR=1
    (CI, which installs them), where a missing OCR fails the test instead."""
    ocr_or_skip()


def ocr_or_skip() -> None:
    """Return if OCR can run here; else skip the test, or fail it under REVIEWER_REQUIRE_OCR=1."""
    from reviewer.ocr import INSTALL, missing

    lack = missing(images=True)
    if lack and os.environ.get("REVIEWER_REQUIRE_OCR") == "1":
        pytest.fail(f"REVIEWER_REQUIRE_OCR=1 but {lack}: {INSTALL}")
    if lack:
        pytest.skip(f"{lack}: {INSTALL}")
