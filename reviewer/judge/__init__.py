"""Judges: the offline rule judge (default) and the pluggable seam for others."""

from __future__ import annotations

from .base import Judge, Judgement

__all__ = ["Judge", "Judgement", "get_judge"]


def get_judge(name: str, settings: object | None = None, library: object | None = None) -> Judge:
    """The judge registered under `name` ('offline' or 'openai')."""
    from .. import errors

    if name == "offline":
        from .offline import OfflineJudge

        return OfflineJudge()
    if name == "keyword":
        from .keyword import KeywordJudge

        return KeywordJudge()
    if name == "openai":
        try:
            from .llm import LLMJudge
        except ImportError as exc:
            raise errors.BackendError(f"The openai backend is not available: {exc}") from exc
        return LLMJudge(settings, library=library)  # type: ignore[arg-type]
    raise errors.BackendError(f"Unknown backend '{name}' (choose offline or openai)")
