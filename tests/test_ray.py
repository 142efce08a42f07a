"""The ray engine: the same records as the process pool, from a local Ray with 2 CPUs started by the test.

Deselected by default (marker `ray`); .ci/run installs the extra and runs it: pip install -e '.[ray]'."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer.cli import app

pytestmark = pytest.mark.ray
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def local_ray():
    # imported here, not at collection: the default run deselects these tests, and where they are selected a
    # missing extra is a failure that says what to install, not a skip
    try:
        import ray
    except ImportError:
        pytest.fail("the ray engine's tests need the extra: pip install -e '.[ray]'")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_batch_writes_the_same_records_as_the_process_pool(tmp_path, local_ray):
    docs = tmp_path / "in"
    docs.mkdir()
    for n in range(6):
        (docs / f"offer-{n}.txt").write_text(f"Working interview. You will complete an unpaid trial shift of {n + 3} hours "
                                             f"serving customers. Everything you create belongs to the Company. Ref {n}.\n")
    (docs / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (docs / "example.pdf").write_bytes((ROOT / "examples" / "working-interview.pdf").read_bytes())
    outputs = {}
    for engine in ("processes", "ray"):
        out = tmp_path / f"{engine}.jsonl"
        result = CliRunner().invoke(app, ["batch", str(docs), str(docs / "missing.txt"), "-o", str(out),
                                          "--workers", "2", "--engine", engine])
        assert result.exit_code == 0, result.output
        outputs[engine] = sorted(out.read_text().splitlines())
    assert outputs["ray"] == outputs["processes"]  # byte-identical after sorting
    records = {Path(r["source"]).name: r for r in map(json.loads, outputs["ray"])}
    assert records["broken.docx"]["error"]["exit_code"] == 8 and records["missing.txt"]["error"]["exit_code"] == 3
    assert records["example.pdf"]["review"]["findings"]


def test_a_dead_ray_actor_costs_only_its_document(local_ray):
    from reviewer.pipeline import Reviewer, Upload

    class Killer(Upload):
        def __reduce__(self):  # unpickled in the actor as a call to os._exit: the actor dies
            return (os._exit, (1,))

    sources = [Upload("a.txt", b"An unpaid trial shift of 5 hours. Reference a."), Killer("die.txt", b""),
               Upload("b.txt", b"An unpaid trial shift of 6 hours. Reference b.")]
    results = list(Reviewer().review_many(sources, workers=2, engine="ray"))
    assert [type(r).__name__ for r in results] == ["Review", "ReviewError", "Review"]
    assert results[1].kind == "WorkerDied" and results[1].source == "die.txt"
