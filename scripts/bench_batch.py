"""Batch benchmark: python scripts/bench_batch.py [--docs 1000] [--runs 3] [--no-kill] [--ray]

Makes varied documents from the eval data in a temporary folder (texts, DOCX, 3-page PDFs and some corrupt files,
each made unique), then times `reviewer batch --workers 1` and `--workers 2` (medians), prints each worker's peak
RSS, checks that every document has exactly one record, every corrupt file an error record and both runs the same
records; then kills a run with SIGKILL halfway, resumes it with --resume and checks the output equals an
uninterrupted run. With --ray (needs the ray extra), also `--engine ray --workers 2` on a local Ray, whose records
must equal the process pool's. Targets (issue 11): 1,000 documents in <= 120 s with 2 workers, <= 400 MB per worker,
2 workers >= 1.8x one, Ray within 1.3x of the process pool. Other work on the machine skews every figure: the load
average is printed with each run, and the speed-up is the median of back-to-back pairs.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def eval_texts() -> list[str]:
    """The text of every labelled document in evals/data that is given inline."""
    from reviewer.evaluation.labels import load_labels

    return [label.text for label in load_labels([ROOT / "evals" / "data"]) if label.text and len(label.text) > 200]


def docx_bytes(text: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>" for p in text.split("\n"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}'
                                         "</w:body></w:document>")
    return buf.getvalue()


def make_documents(folder: Path, count: int, seed: int = 11) -> set[str]:
    """Write `count` documents: about 60% text, 15% DOCX, 20% 3-page PDF, 5% corrupt. Returns the corrupt names."""
    from reviewer.pdfgen import text_to_pdf

    rng = random.Random(seed)
    texts = eval_texts()
    corrupt: set[str] = set()
    pdf_cache: dict[int, bytes] = {}
    for i in range(count):
        text = rng.choice(texts) + f"\n\nReference BENCH-{i:05d}.\n"
        roll = rng.random()
        if roll < 0.05:
            name = f"doc-{i:05d}-corrupt" + rng.choice([".pdf", ".docx", ".txt", ".pdf"])
            kind = rng.randrange(4)
            if name.endswith(".txt"):
                data = b"\xff\xfe\x00\xd8" + os.urandom(64) if kind % 2 else b""  # not UTF-8, or empty
            elif name.endswith(".docx"):
                data = b"PK\x03\x04" + os.urandom(200)
            else:
                whole = pdf_cache.get(0) or _pdf(text_to_pdf, texts[0], folder)
                pdf_cache[0] = whole
                data = whole[: len(whole) // 3] if kind % 2 else b"%PDF-1.7\n" + os.urandom(400)
            (folder / name).write_bytes(data)
            corrupt.add(name)
        elif roll < 0.20:
            (folder / f"doc-{i:05d}.docx").write_bytes(docx_bytes(text))
        elif roll < 0.40:
            pages = "\f".join([text, rng.choice(texts), rng.choice(texts)])  # a form feed starts a new page
            (folder / f"doc-{i:05d}.pdf").write_bytes(_pdf(text_to_pdf, pages, folder))
        else:
            (folder / f"doc-{i:05d}.txt").write_text(text, encoding="utf-8")
    return corrupt


def _pdf(text_to_pdf, text: str, folder: Path) -> bytes:
    tmp = folder / ".tmp.pdf"
    text_to_pdf(text, tmp)
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def batch(args: list[str], env: dict[str, str]) -> tuple[float, str, float]:
    """Run `reviewer batch ARGS`: wall seconds, its stderr, and the peak RSS (MB) of the process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "reviewer.cli", "batch", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"reviewer batch failed: {err}")
    return wall, err, usage.ru_maxrss / 1024


def worker_memory(summary: str) -> list[float]:
    """The peak RSS of each worker, read from the summary line."""
    line = next((ln for ln in summary.splitlines() if ln.startswith("peak memory")), "")
    return [float(mb) for mb in re.findall(r"(\d+) MB", line)]


def check(out: Path, folder: Path, corrupt: set[str]) -> list[str]:
    """Problems with a results file: documents lost or doubled, corrupt files reviewed."""
    records = [json.loads(line) for line in out.read_text().splitlines()]
    names = [Path(r["source"]).name for r in records]
    expected = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    problems = []
    if sorted(names) != sorted(expected):
        problems.append(f"{len(expected - set(names))} documents lost, {len(names) - len(set(names))} doubled")
    reviewed_corrupt = [n for n, r in zip(names, records) if n in corrupt and r["status"] != "error"]
    if reviewed_corrupt:
        problems.append(f"corrupt files without an error record: {reviewed_corrupt[:5]}")
    return problems


def kill_and_resume(folder: Path, work: Path, env: dict[str, str], reference: Path) -> str:
    """SIGKILL a 2-worker run halfway (the whole process group), resume it, and compare with `reference`."""
    out = work / "killed.jsonl"
    total = len(reference.read_text().splitlines())
    proc = subprocess.Popen([sys.executable, "-m", "reviewer.cli", "batch", str(folder), "-o", str(out),
                             "--workers", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    while proc.poll() is None:
        time.sleep(0.2)
        if out.exists() and out.read_bytes().count(b"\n") >= total // 2:
            os.killpg(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    before = out.read_bytes().count(b"\n")
    _, err, _ = batch([str(folder), "-o", str(out), "--resume", "--workers", "2"], env)
    same = sorted(out.read_text().splitlines()) == sorted(reference.read_text().splitlines())
    skipped = re.search(r"(\d+) already in the output", err)
    return (f"killed with {before} of {total} records written; resume skipped {skipped.group(1) if skipped else '?'}; "
            f"final output {'equals' if same else 'DIFFERS FROM'} an uninterrupted run (lines sorted)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-kill", action="store_true", help="skip the kill -9 / --resume check")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--ray", action="store_true", help="also time --engine ray (a local Ray with 2 CPUs)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reviewer-bench-batch-"))
    folder = work / "docs"
    folder.mkdir()
    env = {**os.environ, "REVIEWER_CACHE_DIR": str(work / "cache"), "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    corrupt = make_documents(folder, args.docs)
    kinds = sorted({p.suffix for p in folder.iterdir()})
    print(f"made {args.docs} documents ({', '.join(f'{sum(1 for p in folder.iterdir() if p.suffix == k)} {k}' for k in kinds)}; "
          f"{len(corrupt)} corrupt) in {time.perf_counter() - t0:.1f} s; {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}")
    subprocess.run([sys.executable, "-m", "reviewer.cli", "index"], env=env, stdout=subprocess.DEVNULL, check=True)
    setups = {"1 worker": ["--workers", "1"], "2 workers": ["--workers", "2"]}
    if args.ray:
        setups["2 Ray actors"] = ["--workers", "2", "--engine", "ray"]
    walls: dict[str, list[float]] = {name: [] for name in setups}
    memory: dict[str, list[float]] = {name: [] for name in setups}
    outputs: dict[str, Path] = {}
    for run in range(args.runs):
        for name, options in setups.items():
            out = work / f"{name.replace(' ', '-')}-{run}.jsonl"
            load = os.getloadavg()[0]
            wall, summary, rss = batch([str(folder), "-o", str(out), *options], env)
            walls[name].append(wall)
            memory[name] += worker_memory(summary)
            problems = check(out, folder, corrupt)
            print(f"  run {run + 1}, {name:<12}: {wall:6.1f} s (load average before {load:.2f}), worker peak RSS "
                  f"{', '.join(f'{m:.0f}' for m in worker_memory(summary))} MB, process tree peak {rss:.0f} MB"
                  + (f"  PROBLEMS: {'; '.join(problems)}" if problems else ""))
            outputs[name] = out
    print(f"\nreviewer batch, {args.docs} documents, median of {args.runs}:")
    for name in setups:
        median = statistics.median(walls[name])
        print(f"  {name:<12} {median:7.1f} s  {args.docs / median:6.1f} documents/s   worker peak RSS max "
              f"{max(memory[name] or [0.0]):.0f} MB" + ("   target <= 120 s, <= 400 MB" if name == "2 workers" else ""))
    pairs = [a / b for a, b in zip(walls["1 worker"], walls["2 workers"])]
    print(f"  speed-up of 2 workers over 1 (median of back-to-back pairs {', '.join(f'{p:.2f}' for p in pairs)}): "
          f"{statistics.median(pairs):.2f} x   target >= 1.8 x")
    reference = sorted(outputs["1 worker"].read_text().splitlines())
    for name in list(setups)[1:]:
        same = sorted(outputs[name].read_text().splitlines()) == reference
        print(f"  records of {name} identical to 1 worker's (sorted lines): {same}")
    if args.ray:
        ratios = [a / b for a, b in zip(walls["2 Ray actors"], walls["2 workers"])]
        print(f"  Ray time over the process pool's (median of pairs): {statistics.median(ratios):.2f} x   target <= 1.3 x")
    if not args.no_kill:
        print("  kill -9 / --resume: " + kill_and_resume(folder, work, env, outputs["2 workers"]))
    if args.keep:
        print(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
