"""One settings object: explicit value > REVIEWER_* environment variable > default."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reviewer"


def _default_corpus_dir() -> Path:
    return PROJECT_ROOT / "corpus"


@dataclass(frozen=True)
class Settings:
    """Run-time configuration. Build with `Settings.load(**overrides)`."""

    backend: str = "offline"
    corpus_dir: Path = field(default_factory=_default_corpus_dir)
    cache_dir: Path = field(default_factory=_default_cache_dir)
    max_file_bytes: int = 20 * 1024 * 1024
    max_pages: int = 300
    max_chars: int = 1_000_000
    citations_per_finding: int = 2
    jurisdiction: str | None = None

    @classmethod
    def load(cls, **overrides: object) -> "Settings":
        """Settings from explicit overrides, then REVIEWER_* variables, then defaults."""
        values: dict[str, object] = {}
        for f in fields(cls):
            env = os.environ.get(f"REVIEWER_{f.name.upper()}")
            if env is not None and env != "":
                values[f.name] = _coerce(f.type, env)
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("corpus_dir", "cache_dir"):
            if key in values:
                values[key] = Path(str(values[key])).expanduser()
        return replace(cls(), **values)


def _coerce(type_name: object, raw: str) -> object:
    name = str(type_name)
    if name == "int":
        return int(raw)
    if name == "Path":
        return Path(raw)
    return raw
