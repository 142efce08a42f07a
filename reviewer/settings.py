"""One settings object: explicit value > REVIEWER_* environment variable > default, validated in one place."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from . import errors

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent


def data_path(name: str) -> Path:
    """A folder of data that ships with reviewer (`corpus`, `prompts`, `docs`).

    In an installed wheel it is reviewer/_data/NAME (pyproject.toml maps the top-level folders there); in a source
    checkout or an editable install, the top-level folder itself."""
    packaged = PACKAGE_ROOT / "_data" / name
    return packaged if packaged.is_dir() else PROJECT_ROOT / name


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reviewer"


def _default_corpus_dir() -> Path:
    return data_path("corpus")


Positive = Field(gt=0)


class Settings(BaseSettings):
    """Run-time configuration. Build with `Settings.load(**overrides)`."""

    model_config = SettingsConfigDict(env_prefix="REVIEWER_", env_ignore_empty=True, frozen=True, extra="forbid",
                                      populate_by_name=True)

    backend: str = "offline"
    corpus_dir: Path = Field(default_factory=_default_corpus_dir)
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    max_file_bytes: int = Field(20 * 1024 * 1024, gt=0)
    max_pages: int = Field(300, gt=0)
    max_chars: int = Field(1_000_000, gt=0)
    max_page_chars: int = Field(100_000, gt=0, description="Characters one PDF page may show, counted before extraction.")
    max_page_content_bytes: int = Field(8 * 1024 * 1024, gt=0, description="One PDF page's content, inflated.")
    max_inflated_bytes: int = Field(64 * 1024 * 1024, gt=0,
                                    description="All PDF page contents, or a DOCX's word/document.xml, inflated.")
    max_load_memory_mb: int = Field(512, ge=0, description="Memory a PDF's reader may add (0: read in-process).")
    max_load_seconds: float = Field(20.0, gt=0, description="Time a PDF's reader may take.")
    max_image_pixels: int = Field(50_000_000, gt=0, description="Pixels an image (or a TIFF page) may have.")
    max_ocr_seconds: float = Field(300.0, gt=0, description="Time OCR may take for one document, all pages.")
    citations_per_finding: int = Field(2, ge=0)
    jurisdiction: Optional[str] = None
    # LLM backend (the API key is read from OPENAI_API_KEY at call time and never stored here)
    model: str = "gpt-4o-mini"
    openai_base_url: Optional[str] = Field(
        None, validation_alias=AliasChoices("REVIEWER_OPENAI_BASE_URL", "OPENAI_BASE_URL"))
    llm_mode: Literal["json_schema", "function_calling", "json_mode"] = "json_schema"
    llm_timeout: float = Field(60.0, gt=0)
    llm_max_attempts: int = Field(4, gt=0)
    llm_total_timeout: float = Field(300.0, gt=0)
    llm_backoff: float = Field(1.0, ge=0)
    llm_concurrency: int = Field(4, gt=0)
    llm_window_chars: int = Field(12000, gt=0)
    llm_overlap_clauses: int = Field(2, ge=0)
    llm_cache: bool = True
    redact: bool = False

    @field_validator("corpus_dir", "cache_dir", mode="after")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @classmethod
    def load(cls, **overrides: object) -> "Settings":
        """Settings from explicit overrides, then REVIEWER_* variables, then defaults.

        Raises InvalidArgument naming the setting (and its variable) when a value does not validate. Without
        overrides, the settings of the same environment are built once (they are frozen): validation costs a few
        milliseconds, and per-sentence code asks for defaults such as the corpus folder."""
        given = {k: v for k, v in overrides.items() if v is not None}
        if not given and cls is Settings:
            return _from_environment(_environment())
        return cls._build(**given)

    @classmethod
    def _build(cls, **given: object) -> "Settings":
        try:
            return cls(**given)
        except ValidationError as exc:
            raise _invalid(exc) from None

    def with_(self, **changes: object) -> "Settings":
        """A copy with `changes` applied and validated."""
        return type(self).load(**{**self.model_dump(), **changes})


def _environment() -> tuple[tuple[str, str], ...]:
    """The variables settings are read from (and the defaults depend on)."""
    return tuple(sorted((k, v) for k, v in os.environ.items()
                        if k.startswith("REVIEWER_") or k in ("OPENAI_BASE_URL", "XDG_CACHE_HOME", "HOME")))


@lru_cache(maxsize=8)
def _from_environment(environment: tuple[tuple[str, str], ...]) -> Settings:
    return Settings._build()


def _invalid(exc: ValidationError) -> errors.InvalidArgument:
    err = exc.errors()[0]
    name = str(err["loc"][0]) if err["loc"] else "?"
    env = name if name.isupper() else f"REVIEWER_{name.upper()}"
    shown = repr(err.get("input"))[:60]
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return errors.InvalidArgument(f"Invalid setting {name} ({env}) = {shown}: {err['msg']}{more}")
