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
    max_docx_xml_bytes: int = 64 * 1024 * 1024  # word/document.xml once inflated
    citations_per_finding: int = 2
    jurisdiction: str | None = None
    # LLM backend (the API key is read from OPENAI_API_KEY at call time and never stored here)
    model: str = "gpt-4o-mini"
    openai_base_url: str | None = None
    llm_mode: str = "json_schema"  # json_schema | function_calling | json_mode
    llm_timeout: float = 60.0
    llm_max_attempts: int = 4
    llm_total_timeout: float = 300.0
    llm_backoff: float = 1.0
    llm_concurrency: int = 4
    llm_window_chars: int = 12000
    llm_overlap_clauses: int = 2
    llm_cache: bool = True
    redact: bool = False

    @classmethod
    def load(cls, **overrides: object) -> "Settings":
        """Settings from explicit overrides, then REVIEWER_* variables, then defaults."""
        values: dict[str, object] = {}
        if os.environ.get("OPENAI_BASE_URL"):
            values["openai_base_url"] = os.environ["OPENAI_BASE_URL"]
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
    if name == "float":
        return float(raw)
    if name == "bool":
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if name == "Path":
        return Path(raw)
    return raw
