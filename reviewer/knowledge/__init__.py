"""Legal knowledge as data: the facts each legal test needs, and the texts of each kind of finding.

One YAML file per kind, validated by pydantic when it is first read.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ..yamlio import load_yaml

KNOWLEDGE_DIR = Path(__file__).resolve().parent


class Fact(BaseModel):
    """One legal element a sentence can state."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable id, used in training data and by the legal tests.")
    group: str = Field(description="Which test mainly uses it: context, unpaid, ip, status, confidentiality, ...")
    definition: str
    positives: list[str] = Field(default_factory=list, description="Sentences that state the fact.")
    negatives: list[str] = Field(default_factory=list, description="Sentences that do not.")


class _FactsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    facts: list[Fact]


class FindingText(BaseModel):
    """What a candidate reads for one kind of finding."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: str
    severity: str = "medium"
    title: str
    explanation: str
    suggestion: str


class _FindingsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    findings: dict[str, FindingText]


@lru_cache(maxsize=1)
def load_facts() -> tuple[Fact, ...]:
    """Every fact, in file order (the tagger's output columns follow this order)."""
    data = _FactsFile.model_validate(load_yaml((KNOWLEDGE_DIR / "facts.yaml").read_text(encoding="utf-8")))
    ids = [f.id for f in data.facts]
    if len(ids) != len(set(ids)):
        raise ValueError("facts.yaml: duplicate fact ids")
    return tuple(data.facts)


@lru_cache(maxsize=1)
def load_finding_texts() -> dict[str, FindingText]:
    """Title, explanation and suggestion for each kind of finding, by id ('unpaid.token_pay', ...)."""
    data = _FindingsFile.model_validate(load_yaml((KNOWLEDGE_DIR / "findings.yaml").read_text(encoding="utf-8")))
    return data.findings


class CoreQuestion(BaseModel):
    """One of the three questions a verdict answers first."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    category: str
    label: str
    when_no: str
    when_unclear: str
    unclear_when_missing: list[str] = Field(default_factory=list,
                                            description="Unstated trial terms that make the answer unclear.")


class Weights(BaseModel):
    """How each finding weighs in the overall call: blocking, ask or standard."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kinds: dict[str, str] = Field(default_factory=dict)
    categories: dict[str, str]
    blocking_min_severity: str = "high"
    min_confidence: float = 0.5


class CallText(BaseModel):
    """The words of one overall call."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    headline: str
    summary: str


class VerdictKnowledge(BaseModel):
    """verdict.yaml: the core questions, the weights and the words of each call."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    questions: list[CoreQuestion]
    weights: Weights
    calls: dict[str, CallText]
    standard_note: str
    currency_symbols: dict[str, str] = Field(default_factory=dict)


@lru_cache(maxsize=1)
def load_verdict_knowledge() -> VerdictKnowledge:
    """The verdict's questions, weights and texts, validated."""
    data = VerdictKnowledge.model_validate(load_yaml((KNOWLEDGE_DIR / "verdict.yaml").read_text(encoding="utf-8")))
    weights = set(data.weights.kinds.values()) | set(data.weights.categories.values())
    if not weights <= {"blocking", "ask", "standard"}:
        raise ValueError(f"verdict.yaml: unknown weights {sorted(weights - {'blocking', 'ask', 'standard'})}")
    if set(data.calls) != {"looks_standard", "ask_before_signing", "do_not_sign_as_is"}:
        raise ValueError("verdict.yaml: calls must be looks_standard, ask_before_signing and do_not_sign_as_is")
    return data
