"""Coverage-guided fuzzing of one target with atheris (libFuzzer), seeded from fuzz/corpus/<target>/.

    nice -n 19 python fuzz/run.py text -max_total_time=600

Extra arguments go to libFuzzer. New interesting inputs are written to fuzz/work/<target>/ (not committed);
a crash is written to fuzz/work/crash-* with the input that caused it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

with atheris.instrument_imports(include=["reviewer"]):
    import targets


def main() -> None:
    name = sys.argv[1]
    target = targets.TARGETS[name]
    work = HERE / "work" / name
    work.mkdir(parents=True, exist_ok=True)
    args = [sys.argv[0], *sys.argv[2:], f"-artifact_prefix={HERE / 'work'}/crash-{name}-", "-timeout=30",
            "-rss_limit_mb=2048", "-max_len=200000", str(work), str(HERE / "corpus" / name)]
    atheris.Setup(args, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
