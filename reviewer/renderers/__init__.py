"""Stage 7, render: every output format is one module in this package, registered by name.

A renderer turns a `Review` (and, where it needs it, the `Source` the review was made from) into bytes. Each
module here defines `RENDERER = Renderer(...)`; the registry finds them, so a new format is one new module.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .. import errors
from ..document import Source
from ..models import Review


@dataclass(frozen=True)
class Options:
    """How the caller wants the output; each renderer reads what applies to it."""

    color: bool = False


@dataclass(frozen=True)
class Renderer:
    """One output format."""

    name: str
    render: Callable[[Review, Source | None, Options], bytes]
    description: str
    suffix: str
    binary: bool = False
    needs_source: bool = False


@lru_cache(maxsize=1)
def registry() -> dict[str, Renderer]:
    """Every renderer in this package, by name, in a stable order."""
    found: dict[str, Renderer] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        renderer = getattr(importlib.import_module(f"{__name__}.{info.name}"), "RENDERER", None)
        if isinstance(renderer, Renderer):
            if renderer.name in found:
                raise RuntimeError(f"two renderers are named {renderer.name!r}")
            found[renderer.name] = renderer
    order = ("text", "markdown", "json", "html", "reply", "pdf", "docx")
    return dict(sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0])))


def names() -> list[str]:
    """The registered format names."""
    return list(registry())


def get(name: str) -> Renderer:
    """The renderer called `name`; InvalidArgument if there is none."""
    try:
        return registry()[name]
    except KeyError:
        raise errors.InvalidArgument(f"Unknown output format '{name}' (choose from: {', '.join(names())})") from None


def render(review: Review, name: str, source: Source | None = None, options: Options | None = None) -> bytes:
    """The review in the format called `name`, as bytes."""
    renderer = get(name)
    if renderer.needs_source and source is None:
        raise errors.InvalidArgument(f"The {name} format needs the reviewed document")
    return renderer.render(review, source, options or Options())
