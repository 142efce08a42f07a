"""The reply email to the employer, with the questions to ask before signing (`--reply`)."""

from __future__ import annotations

from ..document import Source
from ..models import Review
from . import Options, Renderer


def render(review: Review, source: Source | None, options: Options) -> bytes:
    """The drafted email and checklist as UTF-8 text."""
    return review.reply().text().encode("utf-8")


RENDERER = Renderer("reply", render, "a reply email asking for the changes the findings support", ".txt")
