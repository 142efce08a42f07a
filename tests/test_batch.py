"""Batch first: review_many (in process and in forked workers), the eval harness on it, and `reviewer batch`."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer import errors
from reviewer.cli import app
from reviewer.document import load_bytes
from reviewer.models import Review, ReviewError
from reviewer.pipeline import Reviewer
from reviewer.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
OFFER = ("Working interview. You will complete an unpaid trial shift of {hours} hours at our Leeds cafe, serving "
         "customers. Everything you create belongs to the Company. Reference {n}.\n")


@pytest.fixture(scope="module")
def reviewer(cache_dir: Path) -> Reviewer:
    return Reviewer(Settings.load(cache_dir=cache_dir))  # module scope: built before the autouse fixture sets the cache


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A folder of small documents: texts in a subfolder, a PDF, a corrupt PDF, an empty file, a stray YAML."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for n in range(4):
        (folder / "sub" / f"offer-{n}.txt").write_text(OFFER.format(hours=4 + n, n=n))
    (folder / "offer.md").write_text(OFFER.format(hours=9, n="md"))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(300))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.yaml").write_text("not a document: skipped in folders\n")
    (folder / "example.pdf").write_bytes((ROOT / "examples" / "working-interview.pdf").read_bytes())
    return folder


def comparable(result: Review | ReviewError) -> dict:
    return result.model_dump(mode="json", exclude={"stats": {"elapsed_ms"}}) if isinstance(result, Review) \
        else result.model_dump(mode="json")


# --- review_many ---------------------------------------------------------------------------------

def test_review_many_yields_a_record_per_source_and_goes_on_after_errors(reviewer, docs):
    sources = [*sorted(docs.rglob("*.txt")), docs / "broken.pdf", docs / "missing.txt", docs / "example.pdf",
               load_bytes(OFFER.format(hours=3, n="loaded").encode(), name="loaded.txt", suffix=".txt")]
    serial = list(reviewer.review_many(sources, workers=1))
    assert [type(r).__name__ for r in serial] == ["ReviewError", *["Review"] * 4, "ReviewError", "ReviewError",
                                                  "Review", "Review"]
    codes = {Path(r.source).name: (r.exit_code, r.kind) for r in serial if isinstance(r, ReviewError)}
    assert codes == {"empty.txt": (errors.EmptyDocument.exit_code, "EmptyDocument"),
                     "broken.pdf": (errors.CorruptDocument.exit_code, "CorruptDocument"),
                     "missing.txt": (errors.InputNotFound.exit_code, "InputNotFound")}
    memory: dict[str, float] = {}
    parallel = list(reviewer.review_many(sources, workers=2, memory=memory))
    assert [comparable(r) for r in parallel] == [comparable(r) for r in serial]  # same results, input order
    assert len(memory) == 2 and all(0 < mb < 2000 for mb in memory.values())
    as_completed = list(reviewer.review_many(sources, workers=2, ordered=False))
    assert sorted(map(json.dumps, map(comparable, as_completed))) == sorted(map(json.dumps, map(comparable, serial)))


class _Probe(Reviewer):
    """Reports the worker's thread pools instead of reviewing; dies on a document named 'die'."""

    def review_one(self, source):
        if "die" in str(source):
            os.kill(os.getpid(), signal.SIGKILL)
        from threadpoolctl import threadpool_info

        threads = sorted({p["num_threads"] for p in threadpool_info()})
        return ReviewError(source=str(source), exit_code=0, kind="probe", message=json.dumps(threads))


def test_workers_cap_blas_at_one_thread_and_survive_a_dead_worker(reviewer):
    probe = _Probe(reviewer.settings, library=reviewer.library)
    results = list(probe.review_many(["a", "die", "b", "c"], workers=2))
    assert [r.source for r in results] == ["a", "die", "b", "c"]
    assert [r.kind for r in results] == ["probe", "WorkerDied", "probe", "probe"]
    assert "SIGKILL" in results[1].message
    assert all(json.loads(r.message) == [1] for r in results if r.kind == "probe")


def test_eval_goes_on_past_an_unreadable_document(tmp_path):
    from reviewer.evaluation.harness import run_eval

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "bad.pdf").write_bytes(b"%PDF-1.4\nnot really\n")
    (tmp_path / "a-bad.yaml").write_text("id: bad\nkind: offer_letter\ndocument: docs/bad.pdf\n")
    (tmp_path / "b-good.yaml").write_text(
        f"id: good\nkind: offer_letter\ntext: \"{OFFER.format(hours=8, n=1).strip()}\"\nfindings:\n"
        "  - category: unpaid_scope\n    evidence: [\"unpaid trial shift\"]\n")
    result = run_eval([tmp_path], keyword_baseline=False)
    bad, good = result.records
    assert bad["error_kind"] == "CorruptDocument" and "damaged" in bad["error"]
    assert "unpaid_scope" in good["predicted"] and not good.get("error")
    assert result.metrics[tmp_path.name]["errors"] == 1


# --- reviewer batch ------------------------------------------------------------------------------

def _batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args])


def _lines(path: Path) -> list[str]:
    return sorted(path.read_text().splitlines())


def test_batch_writes_a_record_per_document_and_a_summary(docs, tmp_path):
    out = tmp_path / "results.jsonl"
    result = _batch(str(docs), str(docs / "missing.pdf"), "-o", str(out), "--workers", "2")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    by_name = {Path(r["source"]).name: r for r in records}
    assert set(by_name) == {"offer-0.txt", "offer-1.txt", "offer-2.txt", "offer-3.txt", "offer.md", "broken.pdf",
                            "empty.txt", "example.pdf", "missing.pdf"}  # not notes.yaml: folders hold documents only
    assert by_name["broken.pdf"]["error"]["exit_code"] == 8 and by_name["missing.pdf"]["sha256"] is None
    assert by_name["example.pdf"]["review"]["findings"] and "elapsed_ms" not in by_name["example.pdf"]["review"]["stats"]
    assert "9 documents: 6 reviewed, 3 errors" in result.stderr and "CorruptDocument (exit 8)" in result.stderr
    assert "unpaid_scope" in result.stderr

    one = tmp_path / "one.jsonl"
    assert _batch(str(docs / "sub" / "*.txt"), str(docs / "*.md"), str(docs / "*.pdf"), str(docs / "empty.txt"),
                  str(docs / "missing.pdf"), "-o", str(one), "--workers", "1").exit_code == 0
    assert _lines(one) == _lines(out)  # same records, whatever the workers and the way the files were named


def test_batch_resume_after_a_torn_run_equals_an_uninterrupted_one(docs, tmp_path):
    full = tmp_path / "full.jsonl"
    assert _batch(str(docs), "-o", str(full), "--workers", "1").exit_code == 0
    lines = full.read_text().splitlines(keepends=True)
    cut = tmp_path / "cut.jsonl"
    cut.write_text("".join(lines[:3]) + lines[3][:40])  # three whole lines and one torn by a kill
    result = _batch(str(docs), "-o", str(cut), "--resume", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "3 already in the output" in result.stderr
    assert _lines(cut) == _lines(full)


def test_batch_csv_has_one_row_per_document(docs, tmp_path):
    import csv

    out = tmp_path / "results.csv"
    assert _batch(str(docs / "sub"), str(docs / "broken.pdf"), "-o", str(out), "-f", "csv", "--workers", "1").exit_code == 0
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 5 and {r["status"] for r in rows} == {"ok", "error"}
    ok = next(r for r in rows if r["status"] == "ok")
    assert int(ok["unpaid_scope"]) >= 1 and int(ok["findings"]) >= int(ok["unpaid_scope"])
    again = _batch(str(docs / "sub"), str(docs / "broken.pdf"), "-o", str(out), "-f", "csv", "--resume")
    assert again.exit_code == 0 and "5 already in the output" in again.stderr
    assert len(list(csv.DictReader(out.open()))) == 5


@pytest.mark.parametrize("args,code,needle", [
    (["{docs}/offer.md", "-o", "{docs}/offer.md"], 16, "over an input document"),
    (["{docs}/offer.md", "-o", "{existing}"], 16, "add --resume"),
    (["{docs}/offer.md", "--resume"], 17, "needs the results file"),
    (["{docs}/offer.md", "-o", "{docs}"], 16, "is a directory"),
    (["{tmp}/nothing-here/*.pdf", "-o", "{tmp}/r.jsonl", "--workers", "0"], 2, "workers"),
])
def test_batch_refuses_bad_requests_with_one_line(docs, tmp_path, args, code, needle):
    existing = tmp_path / "existing.jsonl"
    existing.write_text("{}\n")
    before = (docs / "offer.md").read_bytes()
    filled = [a.format(docs=docs, existing=existing, tmp=tmp_path) for a in args]
    result = _batch(*filled)
    assert result.exit_code == code, result.output
    assert needle in result.output and "Traceback" not in result.output
    assert (docs / "offer.md").read_bytes() == before and existing.read_text() == "{}\n"
