"""The text, Markdown and JSON renderers under their former names; every format now lives in `reviewer.renderers`."""

from __future__ import annotations

from .renderers._parts import CATEGORY_NAMES
from .renderers.json_ import json_schema, to_json
from .renderers.markdown import to_markdown
from .renderers.text import to_text

__all__ = ["CATEGORY_NAMES", "json_schema", "to_json", "to_markdown", "to_text"]
