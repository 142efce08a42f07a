"""Reading YAML data files fast: libyaml's C loader where PyYAML has it (the minimum-wage table alone took about
0.3 s of a cold review with the pure-Python loader), the safe pure-Python one otherwise."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text safely (no arbitrary objects)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
