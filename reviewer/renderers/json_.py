"""The review as JSON: the `Review` model itself (schema: `reviewer schema`, docs/review.schema.json)."""

from __future__ import annotations

import json

from ..document import Source
from ..models import Review
from . import Options, Renderer


def to_json(review: Review) -> str:
    """The review as JSON (schema: `reviewer schema`), with its verdict."""
    if review.verdict is None:
        review = review.model_copy(update={"verdict": review.decide()})
    return review.model_dump_json(indent=2) + "\n"


def json_schema() -> str:
    """The JSON schema of the review output."""
    return json.dumps(Review.model_json_schema(), indent=2, sort_keys=True) + "\n"


def render(review: Review, source: Source | None, options: Options) -> bytes:
    """The JSON report as UTF-8 bytes."""
    return to_json(review).encode("utf-8")


RENDERER = Renderer("json", render, "stable, versioned JSON", ".json")
