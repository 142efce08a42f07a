"""A few seconds of the fuzz targets in the default suite (hypothesis); the long runs are fuzz/run_all.sh."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))

import targets  # noqa: E402

settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile("ci")


def seeds(target: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted((ROOT / "fuzz" / "corpus" / target).iterdir())]


@st.composite
def mutated(draw, target: str) -> bytes:
    """A seed with a few bytes overwritten, cut short or spliced with random bytes."""
    data = bytearray(draw(st.sampled_from(seeds(target))))
    for _ in range(draw(st.integers(0, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(max_size=64))
    return bytes(data)


ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=400).map(str.encode)


@pytest.mark.parametrize("target", sorted(targets.TARGETS))
def test_fuzz_target_short(target):
    @given(st.one_of(mutated(target), st.binary(max_size=300), ANY_TEXT))
    def run(data: bytes) -> None:
        targets.TARGETS[target](data)

    run()
