"""Regular expressions compiled on first use rather than at import.

The judge's readers and legal tests define several hundred large patterns at module level. Compiling them all
takes about a third of a second, paid by every cold `reviewer review` although a given document reaches only
some of them. A pattern made here keeps its source (`.pattern`, which other patterns are built from) and compiles
itself the first time it is searched; after that its methods are the compiled pattern's own.
"""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "flags", "groups",
            "groupindex")


class LazyPattern:
    """A `re.Pattern` compiled when one of its methods is first looked up."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # (called only for names not yet set: the first use, or a rarely used attribute of the compiled pattern)
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
            for attr in _METHODS:
                setattr(self, attr, getattr(self._compiled, attr))
        return getattr(self._compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}...)"


def compile(pattern: str, flags: int = 0) -> Any:  # noqa: A001 - the name re.compile has
    """A pattern like `re.compile(pattern, flags)`, compiled on first use."""
    return LazyPattern(pattern, flags)
