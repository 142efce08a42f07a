"""Measure the performance targets and print medians: python scripts/benchmark.py [--runs N]

Figures: index build from the corpus, cached index load, cold CLI review of the 3-page example PDF
(wall time and peak RSS, with bytecode cached as after an install, and once without it), the same for a scan of it (an image-only PDF made by reviewer.pdfgen.scan, read by OCR), a warm library review (the second call in one process), a warm review of a
document not seen before per page (every sentence tagged), and the fact tagger's own throughput.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "examples" / "working-interview.pdf"


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _reset_memo(reviewer: object) -> None:
    """Forget every text the encoder embedded in this process except the retrieval queries saved with the index: what
    a new process knows before its first review."""
    library = reviewer.library  # type: ignore[attr-defined]
    if hasattr(library._encoder, "memo"):
        library._encoder.memo.clear()
        library._encoder.memo.update(library.index.queries)


def cold_cli(env: dict[str, str], path: Path = PDF) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `reviewer review` process (its child processes included)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "reviewer.cli", "review", str(path)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"review failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return wall, usage.ru_maxrss / 1024


def scan_colds(folder: Path, env: dict[str, str], runs: int) -> list[tuple[float, float]]:
    """Cold reviews of a scan of the example (3 pages at 200 dpi, turned and speckled); none without OCR."""
    from reviewer import ocr, pdfgen

    if ocr.missing(images=True):
        print(f"scanned PDF not measured: {ocr.missing(images=True)} ({ocr.INSTALL})")
        return []
    path = pdfgen.images_to_pdf(pdfgen.scan(PDF), folder / "scan.pdf")
    return [cold_cli(env, path) for _ in range(runs)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="reviewer-bench-"))
    os.environ["REVIEWER_CACHE_DIR"] = str(cache)
    # A cold process as an installed reviewer starts one: pip writes bytecode at install time, and an editable
    # install writes it on first import. Where the environment forbids writing it (PYTHONDONTWRITEBYTECODE), the
    # cold runs keep theirs under a private prefix, and the cost without any bytecode is printed apart.
    bare = dict(os.environ)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    # Cold CLI runs first, while this process is still small: a child's peak RSS counts the pages of the parent it
    # was forked from until it execs, so measuring after loading the model here would inflate the figure.
    subprocess.run([sys.executable, "-m", "reviewer.cli", "index"], env=env, stdout=subprocess.DEVNULL, check=True)
    colds = [cold_cli(env) for _ in range(args.runs)]
    bare_env = {**{k: v for k, v in bare.items() if k != "PYTHONPYCACHEPREFIX"}, "PYTHONDONTWRITEBYTECODE": "1"}
    uncached = [cold_cli(bare_env) for _ in range(max(1, min(3, args.runs)))]
    scanned = scan_colds(cache, env, args.runs)
    from reviewer.embeddings import get_encoder
    from reviewer.index import build, load_or_build
    from reviewer.settings import Settings

    settings = Settings.load()
    get_encoder()  # weights load is part of neither figure below

    def fresh_build() -> None:
        shutil.rmtree(cache, ignore_errors=True)
        build(settings)

    builds = timed(fresh_build, max(1, min(3, args.runs)))
    loads = timed(lambda: load_or_build(settings), args.runs)
    from reviewer import review

    review(PDF)
    warms = timed(lambda: review(PDF), args.runs)
    others = sorted((ROOT / "examples").glob("*.*"))
    warm_other = []
    for path in others * args.runs:
        t0 = time.perf_counter()
        review(path)
        warm_other.append(time.perf_counter() - t0)
        from reviewer.pipeline import _REVIEWERS

        for r in _REVIEWERS.values():  # as a new process starts: only the queries saved with the index are known
            _reset_memo(r)
    pages = {p: review(p).document.pages for p in others}
    per_page = []
    for path in others * args.runs:
        from reviewer.pipeline import _REVIEWERS

        for r in _REVIEWERS.values():
            _reset_memo(r)
        t0 = time.perf_counter()
        review(path)
        per_page.append((time.perf_counter() - t0) / max(1, pages[path]))
    from reviewer.clauses import split
    from reviewer.document import load
    from reviewer.judge.offline import message, units_of
    from reviewer.judge.tagger import load as load_tagger

    items = [(message(s.text), message(c)) for path in others for s, _, c in units_of(split(load(path)))]
    tagger = load_tagger()
    rate = [len(items) / t for t in timed(lambda: tagger.tag(items), args.runs)]
    n = len(load_or_build(settings).passages)
    rows = [
        ("index build (corpus -> FAISS)", statistics.median(builds), "s", "<= 30 s", f"{n} passages"),
        ("cached index load", statistics.median(loads), "s", "<= 0.5 s", ""),
        ("CLI review, cold process, 3-page PDF", statistics.median(c[0] for c in colds), "s", "<= 1.5 s", "index cached"),
        ("CLI review, cold, no bytecode cache", statistics.median(c[0] for c in uncached), "s", "(no target)",
         "reviewer compiled each run"),
        ("library review, warm (second call)", statistics.median(warms), "s", "<= 0.3 s", ""),
        ("library review, warm, unseen document", statistics.median(warm_other), "s", "(no target)", "memo reset to saved queries"),
        ("warm review per page, unseen document", statistics.median(per_page) * 1000, "ms", "<= 100 ms", "every sentence tagged"),
        ("fact tagger throughput", statistics.median(rate), "/s", "(no target)", f"sentences, {tagger.meta.get('family')}"),
        ("CLI review peak RSS", statistics.median(c[1] for c in colds), "MB", "<= 500 MB", ""),
    ]
    if scanned:
        rows += [("CLI review, cold process, 3-page scan", statistics.median(c[0] for c in scanned), "s", "<= 10 s",
                  "OCR, index cached"),
                 ("CLI review of the scan, peak RSS", statistics.median(c[1] for c in scanned), "MB", "<= 1024 MB", "")]
    print(f"reviewer benchmark: median of {args.runs} runs (index build: {len(builds)}), {os.cpu_count()} cores")
    for name, value, unit, target, note in rows:
        print(f"  {name:<40} {value:8.3f} {unit:<3} target {target:<11} {note}")
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
