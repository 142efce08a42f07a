"""The wheel carries everything a review needs: built, installed in a fresh venv and run from another folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ["pyproject.toml", "README.md", "reviewer", "corpus", "prompts", "docs"]


def test_every_code_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "reviewer").rglob("__init__.py")}
    assert found <= set(config["packages"])
    for package, folder in config["package-dir"].items():
        assert package in config["packages"] and (ROOT / folder).is_dir()


def test_data_path_prefers_the_packaged_copy(tmp_path, monkeypatch):
    from reviewer import settings

    assert settings.data_path("corpus") == ROOT / "corpus"  # a checkout has no reviewer/_data
    (tmp_path / "_data" / "corpus").mkdir(parents=True)
    monkeypatch.setattr(settings, "PACKAGE_ROOT", tmp_path)
    assert settings.data_path("corpus") == tmp_path / "_data" / "corpus"


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    # the installed wheel must be what runs: a PYTHONPATH pointing at a checkout would shadow it
    env = {k: v for k, v in (kw.pop("env", None) or os.environ).items() if k != "PYTHONPATH"}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, **kw)


def test_wheel_installs_and_reviews_from_another_folder(tmp_path, cache_dir):
    if not _can_build_wheels():
        if os.environ.get("CI"):
            pytest.fail("building a wheel needs setuptools>=70.1 or the wheel package (in the test extras)")
        pytest.skip("neither the wheel package nor setuptools>=70.1 is installed")
    src = tmp_path / "src"
    src.mkdir()
    for name in SHIPPED:  # a copy, so the build leaves nothing in the checkout
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(item, src / name)
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                  "-w", str(tmp_path / "dist"), str(src)])
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next((tmp_path / "dist").glob("reviewer-*.whl"))
    venv = tmp_path / "venv"
    # the venv sees this interpreter's packages (numpy, faiss, the MiniLM weights...) so nothing is downloaded
    assert _run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)]).returncode == 0
    python = venv / "bin" / "python"
    installed = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                      str(wheel)])
    assert installed.returncode == 0, installed.stdout + installed.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy2(ROOT / "examples" / "working-interview.pdf", elsewhere / "offer.pdf")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "REVIEWER_CORPUS_DIR")}
    env["REVIEWER_CACHE_DIR"] = str(cache_dir)
    where = _run([str(python), "-c", "import reviewer, reviewer.settings as s; print(reviewer.__file__); "
                  "print(s.data_path('corpus')); print(s.data_path('prompts')); print(s.data_path('docs'))"],
                 cwd=elsewhere, env=env)
    package, corpus, prompts, docs = (Path(line) for line in where.stdout.split())
    assert venv in package.parents and venv in corpus.parents and venv in prompts.parents, where.stdout + where.stderr
    assert (prompts / "judge_system.md").is_file() and (corpus / "minimum_wages.yaml").is_file()
    assert (package.parent / "judge" / "model" / "tagger.npz").is_file()

    result = _run([str(venv / "bin" / "reviewer"), "review", "offer.pdf", "--format", "json"], cwd=elsewhere, env=env)
    assert result.returncode == 0, result.stderr
    review = json.loads(result.stdout)
    assert review["findings"] and all(f["citations"] for f in review["findings"])
    schema = _run([str(venv / "bin" / "reviewer"), "schema"], cwd=elsewhere, env=env)
    assert json.loads(schema.stdout) == json.loads((docs / "review.schema.json").read_text())


def _can_build_wheels() -> bool:
    import importlib.metadata
    import importlib.util

    if importlib.util.find_spec("wheel") is not None:
        return True
    major, minor = (int(x) for x in importlib.metadata.version("setuptools").split(".")[:2])
    return (major, minor) >= (70, 1)
