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
from .conftest import file_digest

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


PDF_EXPECTED = {"self_drawing_form": errors.CorruptDocument, "form_fan_out": errors.DocumentTooLarge}


@pytest.mark.parametrize("case", sorted(PDF_EXPECTED))
def test_malformed_pdf(case, tmp_path):
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(malformed.PDF_CASES[case]())
    assert_one_line_error(runner.invoke(app, ["review", str(path)]), PDF_EXPECTED[case])


@pytest.mark.parametrize("crash", ["crash-oom-self-drawing-form", "crash-oom-self-drawing-form-damaged-page",
                                   "crash-oom-self-drawing-form-nul-in-key", "crash-oom-self-drawing-form-no-stream",
                                   "crash-oom-self-drawing-form-unreadable-object",
                                   "crash-oom-self-drawing-form-object-defined-twice",
                                   "crash-oom-self-drawing-form-broken-page-dict"])
def test_fuzz_crash_self_drawing_form_is_refused_before_pdfium(crash):
    """Found by fuzzing (runs 2, 3, 6, 7 and 8): pdfium took over 2 GB following a form that draws itself twice,
    also when the page's own content is too damaged for pypdf to read, hidden from it behind a key with NULs
    ("/Contents\\0\\0 4 0 R": white space to pdfium, part of the name to pypdf), in a form pypdf reads with no
    stream and whose own resources lack the form's name (pdfium then looks in the page's), or in an object only
    pdfium's repairs find ("6 0\\xff\\xff obj"), or behind a page object defined twice in a file without a
    cross-reference table (pypdf reads the first, pdfium the last), or in a page dictionary pypdf stops reading
    early. A file without a usable cross-reference table is also read from its bytes alone, as pdfium's repair
    reads it, for a form that could draw itself."""
    from reviewer.pdfbudget import check_pdf
    from reviewer.settings import Settings

    data = (ROOT / "fuzz" / "corpus" / "pdf" / crash).read_bytes()
    with pytest.raises(errors.CorruptDocument):
        check_pdf(data, "crash.pdf", Settings.load(), 1)


IMAGE_EXPECTED = {
    "corrupt_png": errors.CorruptDocument, "not_an_image": errors.CorruptDocument,
    "truncated_png": errors.CorruptDocument, "wrong_format": errors.CorruptDocument,
    "bomb_huge_dimensions": errors.DocumentTooLarge, "bomb_over_the_pixel_cap": errors.DocumentTooLarge,
}


def test_every_image_case_has_an_expectation():
    assert set(IMAGE_EXPECTED) == set(malformed.IMAGE_CASES)


@pytest.mark.parametrize("case", sorted(IMAGE_EXPECTED))
def test_malformed_image(case, tmp_path, requires_ocr):
    suffix, build = malformed.IMAGE_CASES[case]
    path = tmp_path / f"{case}{suffix}"
    path.write_bytes(build())
    before = file_digest(path)
    assert_one_line_error(runner.invoke(app, ["review", str(path)]), IMAGE_EXPECTED[case])
    assert file_digest(path) == before


def test_image_bomb_is_refused_in_bounded_memory(tmp_path, requires_ocr):
    """8000 x 8000 pixels of real image data (64 MB decoded), over the 50-million-pixel cap: refused unread."""
    path = tmp_path / "bomb.png"
    path.write_bytes(malformed.IMAGE_CASES["bomb_over_the_pixel_cap"][1]())
    code, peak_mb, stderr = run_measured(["review", str(path)], tmp_path)
    assert code == errors.DocumentTooLarge.exit_code and "REVIEWER_MAX_IMAGE_PIXELS" in stderr, stderr
    assert peak_mb <= PEAK_RSS_MB
    print(f"image bomb: peak RSS {peak_mb:.0f} MB")


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


PEAK_RSS_MB = 600
MAX_SECONDS = 30


# The child reports its own high-water mark: VmHWM belongs to the process image started by exec, while
# its ru_maxrss would also count the memory of this test process that it was forked from. The processes
# it forks itself (the PDF reader) count too: their ru_maxrss, taken at exit.
MEASURE = """
import atexit, resource, runpy, sys
report_to = sys.argv[1]
def report():
    with open("/proc/self/status") as fh:
        kb = next((int(line.split()[1]) for line in fh if line.startswith("VmHWM")), 0)
    kb = max(kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    with open(report_to, "w") as out:
        out.write(str(kb))
atexit.register(report)
sys.argv = ["reviewer", *sys.argv[2:]]
runpy.run_module("reviewer.cli", run_name="__main__")
"""


def run_measured(args: list[str], tmp: Path, stdin_path: Path | None = None,
                 env: dict[str, str] | None = None) -> tuple[int, float, str]:
    """Run the CLI in a child; return its exit code, its peak RSS in MB and its stderr."""
    import time

    if not Path("/proc/self/status").exists():
        pytest.skip("peak RSS is read from /proc")
    err_path, rss_path = tmp / "child.err", tmp / "child.rss"
    with open(err_path, "wb") as err, open(stdin_path or os.devnull, "rb") as stdin:
        started = time.monotonic()
        code = subprocess.call([sys.executable, "-c", MEASURE, str(rss_path), *args], stdin=stdin,
                               stdout=subprocess.DEVNULL, stderr=err,
                               env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=120)
        elapsed = time.monotonic() - started
    assert elapsed < MAX_SECONDS, f"{args} took {elapsed:.1f} s"
    return code, int(rss_path.read_text()) / 1024, err_path.read_text()


BOMBS = [  # (case, builder, suffix, expected error, measured in a child by default)
    ("docx_zip_bomb", lambda: malformed.zip_bomb(80 * 1024 * 1024), ".docx", errors.DocumentTooLarge, True),
    ("docx_element_bomb", lambda: malformed.element_bomb(12 * 1024 * 1024), ".docx", errors.DocumentTooLarge, False),
    ("docx_tag_bomb", lambda: malformed.tag_bomb(10 * 1024 * 1024), ".docx", errors.DocumentTooLarge, False),
    ("pdf_chars_bomb", malformed.PDF_CASES["chars_bomb"], ".pdf", errors.DocumentTooLarge, True),
    ("pdf_flate_bomb", malformed.PDF_CASES["flate_bomb"], ".pdf", errors.DocumentTooLarge, True),
    ("pdf_path_bomb", malformed.PDF_CASES["path_bomb"], ".pdf", errors.DocumentTooLarge, False),
    ("pdf_form_bomb", malformed.PDF_CASES["form_bomb"], ".pdf", errors.DocumentTooLarge, False),
    ("pdf_many_full_pages", malformed.PDF_CASES["many_full_pages"], ".pdf", errors.DocumentTooLarge, False),
]


@pytest.mark.parametrize("case,build,suffix,error", [b[:4] for b in BOMBS], ids=[b[0] for b in BOMBS])
def test_bomb_is_refused(case, build, suffix, error):
    from reviewer.document import load_bytes

    with pytest.raises(error):
        load_bytes(build(), name=f"{case}{suffix}", suffix=suffix)


@pytest.mark.parametrize("case,build,suffix,error", [
    pytest.param(*b[:4], marks=() if b[4] else pytest.mark.slow, id=b[0]) for b in BOMBS])
def test_bomb_is_refused_in_bounded_memory(case, build, suffix, error, tmp_path):
    path = tmp_path / f"{case}{suffix}"
    path.write_bytes(build())
    code, peak_mb, stderr = run_measured(["review", str(path)], tmp_path)
    assert code == error.exit_code, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert peak_mb <= PEAK_RSS_MB, f"{case}: peak RSS {peak_mb:.0f} MB"
    print(f"{case}: peak RSS {peak_mb:.0f} MB")


def test_huge_standard_input_is_refused_in_bounded_memory(tmp_path):
    """Standard input is read only up to the limit plus one byte (here 1 MB of a 200 MB stream)."""
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB of NULs without writing them
    code, peak_mb, stderr = run_measured(["review", "-"], tmp_path, stdin_path=big,
                                         env={"REVIEWER_MAX_FILE_BYTES": "1000000"})
    assert code == errors.DocumentTooLarge.exit_code, stderr
    assert peak_mb <= 150, f"peak RSS {peak_mb:.0f} MB"
    print(f"stdin 200 MB: peak RSS {peak_mb:.0f} MB")


def _returns(x):
    return x * 2


def _raises():
    raise errors.CorruptDocument("bad")


def _aborts():
    os.abort()


def _bug():
    return {}["missing"]


def _sleeps():
    import time

    time.sleep(30)


@pytest.mark.parametrize("fn,args,error", [
    (_returns, (21,), None), (_raises, (), errors.CorruptDocument), (_aborts, (), errors.DocumentTooLarge),
    (_sleeps, (), errors.DocumentTooLarge), (_bug, (), RuntimeError),
])
def test_isolated_step_reports_every_outcome(fn, args, error):
    from reviewer.isolate import run_limited

    if error is None:
        assert run_limited(fn, *args, memory_mb=64, seconds=5, name="x") == 42
    else:
        with pytest.raises(error):
            run_limited(fn, *args, memory_mb=64, seconds=1, name="x")


NO_PRECHECK = {"REVIEWER_MAX_PAGE_CONTENT_BYTES": "1000000000", "REVIEWER_MAX_INFLATED_BYTES": "1000000000",
               "REVIEWER_MAX_PAGE_CHARS": "100000000", "REVIEWER_MAX_CHARS": "100000000"}


def test_resource_limit_catches_what_the_precheck_lets_through(tmp_path):
    """With the early checks disabled, the PDF reader's child process hits its memory limit instead."""
    path = tmp_path / "paths.pdf"
    path.write_bytes(malformed.PDF_CASES["path_bomb"]())  # pdfium needs about 350 MB for it
    code, peak_mb, stderr = run_measured(["review", str(path)], tmp_path,
                                         env={**NO_PRECHECK, "REVIEWER_MAX_LOAD_MEMORY_MB": "128"})
    assert code == errors.DocumentTooLarge.exit_code and "REVIEWER_MAX_LOAD_MEMORY_MB" in stderr, stderr
    assert peak_mb <= PEAK_RSS_MB
    print(f"path bomb past the pre-check: peak RSS {peak_mb:.0f} MB")


def test_a_form_drawn_on_every_page_is_inflated_once():
    """A letterhead form on each of 60 pages counts once against the inflated-size budget."""
    from reviewer.pdfbudget import check_pdf
    from reviewer.settings import Settings

    logo = b"0 0 m 1 1 l S\n" * 20_000 + malformed.text_ops(b"ACME Corp letterhead")
    data = malformed.pdf(b"/X1 Do " + malformed.text_ops(b"1. Trial. The trial shift is unpaid."), pages=60,
                         forms={"X1": logo})
    check_pdf(data, "letterhead.pdf", Settings.load(max_inflated_bytes=2_000_000), 60)  # 60 x 280 KB if read per page


def test_fuzz_crash_behind_a_damaged_page_tree_is_refused_before_pdfium(tmp_path):
    """Found by fuzzing (run 4): pypdf reads no page in a page tree pdfium repairs, so the budget check
    could not see the self-drawing form, and pdfium, reading in-process, took over 2 GB. A page tree the
    check cannot read the way pdfium does is refused as damage, in small memory, with no memory limit."""
    path = tmp_path / "crash.pdf"
    path.write_bytes((ROOT / "fuzz" / "corpus" / "pdf" / "crash-oom-self-drawing-form-damaged-page-tree").read_bytes())
    code, peak_mb, stderr = run_measured(["review", str(path)], tmp_path, env={"REVIEWER_MAX_LOAD_MEMORY_MB": "0"})
    assert code == errors.CorruptDocument.exit_code and len(stderr.strip().splitlines()) == 1, stderr
    assert peak_mb <= 200, f"peak RSS {peak_mb:.0f} MB"
    print(f"damaged page tree, read in-process: peak RSS {peak_mb:.0f} MB")


def test_a_page_tree_read_otherwise_than_pdfium_reads_it_is_refused():
    """pdfium's page count is passed in: a page tree the check reads with other pages leaves pages unchecked."""
    from reviewer.pdfbudget import check_pdf
    from reviewer.settings import Settings

    data = malformed.pdf(malformed.text_ops(b"1. Trial. The trial shift is unpaid."))
    check_pdf(data, "one.pdf", Settings.load(), 1)
    with pytest.raises(errors.CorruptDocument, match="page tree"):
        check_pdf(data, "one.pdf", Settings.load(), 2)
