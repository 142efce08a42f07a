"""Stage 2c, locate: text inside a document that addresses automated reviewers. It is reported, never obeyed."""

from __future__ import annotations

import re


def rx(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives into one case-insensitive pattern with word boundaries."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.I)


INJECTION = rx(
    r"ignore (all |any |the )?(previous|prior|above|earlier|preceding|other) (instructions|prompts|rules|guidance|directions)",
    r"disregard (all |any |the )?(previous|prior|above|earlier|other) (instructions|rules|guidance|findings)",
    r"report (no|zero) (issues|findings|problems|concerns|red flags)", r"(do not|don't|never) (flag|report|mention|highlight) (any|this|these|"
    r"the following|anything)", r"(ai|automated|language model|llm|machine) (reviewers?|assistants?|systems?|models?|tools?|readers?)[^.;]{0,80}"
    r"(must|should|shall|are instructed to|will)", r"system prompt", r"you are (now )?(a|an) (helpful|ai|assistant)",
    r"(this|the) (document|agreement|contract) (is|has been) (pre-?approved|certified|verified|deemed) (as )?(fair|compliant|safe|lawful)",
    r"(classify|mark|rate|treat) this (document|agreement|contract) as (fair|safe|compliant|clean)",
)
