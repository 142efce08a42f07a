"""Prompt files in prompts/ with named placeholders, loaded by one function that fails on a missing variable."""

from __future__ import annotations

import hashlib
import string
from pathlib import Path

from . import errors
from .settings import data_path


def placeholders(template: str) -> set[str]:
    """Names of the {placeholders} in a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def load_prompt(name: str, directory: Path | None = None, **variables: object) -> str:
    """Fill prompts/NAME.md; raise BackendError if a placeholder has no value or a value is not used."""
    path = (directory or data_path("prompts")) / f"{name}.md"
    try:
        template = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise errors.BackendError(f"Prompt file not found: {path}") from exc
    needed = placeholders(template)
    missing = needed - set(variables)
    if missing:
        raise errors.BackendError(f"Prompt {name} is missing variables: {', '.join(sorted(missing))}")
    extra = set(variables) - needed
    if extra:
        raise errors.BackendError(f"Prompt {name} does not use variables: {', '.join(sorted(extra))}")
    return template.format(**variables)


def prompts_version(directory: Path | None = None) -> str:
    """A short hash of every prompt file: part of the LLM cache key."""
    h = hashlib.sha256()
    for p in sorted((directory or data_path("prompts")).glob("*.md")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]
