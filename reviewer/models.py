"""Pydantic models for everything that crosses the file, JSON or LLM boundary."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from .reply import Reply

SCHEMA_VERSION = "1.4"  # 1.1 added `verdict`, 1.2 `attachments`, 1.3 `tracked_changes`, 1.4 `document.ocr`; a reader
# that ignores unknown fields reads 1.4


class Category(str, Enum):
    """Finding categories from the project taxonomy."""

    unpaid_scope = "unpaid_scope"
    ip_grab = "ip_grab"
    misclassification = "misclassification"
    confidentiality_overreach = "confidentiality_overreach"
    restrictive_covenant = "restrictive_covenant"
    data_handling = "data_handling"
    pressure_tactics = "pressure_tactics"
    missing_terms = "missing_terms"


CORE_CATEGORIES: tuple[str, ...] = ("unpaid_scope", "ip_grab", "misclassification")
ALL_CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)


class Severity(str, Enum):
    """How much a finding can hurt the candidate."""

    high = "high"
    medium = "medium"
    low = "low"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """A verbatim span of the reviewed document."""

    quote: str = Field(description="Verbatim text from the document.")
    page: int = Field(description="1-based page number where the quote starts.")
    start: int = Field(description="Start offset of the quote in the extracted document text.")
    end: int = Field(description="End offset (exclusive) of the quote in the extracted document text.")
    clause_id: str | None = Field(default=None, description="Id of the clause the quote comes from.")


class Citation(_Model):
    """A verbatim quote from a guidance passage in the corpus."""

    passage_id: str = Field(description="Stable passage id, 'doc-id#n'.")
    doc_id: str = Field(description="Corpus document id.")
    title: str = Field(description="Title of the corpus document.")
    source: str = Field(description="Where the corpus document comes from.")
    jurisdiction: str = Field(default="general", description="Jurisdiction of the guidance.")
    quote: str = Field(description="Verbatim text from the passage.")
    score: float = Field(default=0.0, description="Retrieval similarity, higher is closer.")
    relation: str = Field(default="applies", description="'applies' (the review's jurisdiction, a parent of it, or "
                          "general guidance) or 'comparison' (another jurisdiction's rule, shown for comparison only).")


class RateInfo(_Model):
    """The effective hourly rate of the pay a document states for the work it asks, and the minimum it is compared with."""

    low: float = Field(description="Lowest effective hourly rate the document's figures allow.")
    high: float = Field(description="Highest effective hourly rate the document's figures allow.")
    currency: str = Field(description="ISO currency code of the rate.")
    computation: str = Field(description="How the rate was worked out, e.g. '$25 flat / 6-8 h'.")
    minimum: float | None = Field(default=None, description="The hourly minimum wage it is compared with.")
    minimum_currency: str | None = None
    minimum_jurisdiction: str | None = Field(default=None, description="Whose minimum wage that is.")
    minimum_source: str | None = Field(default=None, description="Citation and as-of date of the minimum wage.")
    below_minimum: bool | None = Field(default=None, description="True when the rate is below the minimum; None when not comparable.")


class Finding(_Model):
    """One flagged problem, with proof from the document and from the guidance corpus."""

    category: Category = Field(description="Taxonomy category of the problem.")
    severity: Severity = Field(description="How much it can hurt the candidate.")
    confidence: float = Field(ge=0.0, le=1.0, description="How sure the judge is, 0..1.")
    title: str = Field(description="One-line summary of the problem.")
    evidence: list[Evidence] = Field(description="Verbatim quotes from the document that show it.")
    citations: list[Citation] = Field(default_factory=list, description="Guidance that supports it.")
    explanation: str = Field(description="Why it matters, in plain language.")
    suggestion: str = Field(description="What to ask for instead.")
    rule: str = Field(default="", description="Id of the rule or model that raised it.")
    trace: list[str] = Field(default_factory=list, description="The legal test's reasons, step by step, ending in the decision.")
    rate: RateInfo | None = Field(default=None, description="Effective hourly rate against the local minimum, where pay and effort are stated.")
    source: str = Field(default="offline", description="Judge that raised it.")


class TrackedChange(_Model):
    """A change tracked in a DOCX and not yet accepted or rejected (w:ins, w:del, w:moveFrom, w:moveTo)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["insertion", "deletion", "move_from", "move_to"] = Field(
        description="What the change does; insertions and moves to a place are judged, deletions and moves away "
                    "are not (the document is judged as it reads with every change accepted).")
    author: str = Field(description="Who made the change (w:author; empty when the file does not say).")
    date: str | None = Field(default=None, description="When, as the file gives it (w:date), if it does.")
    text: str = Field(description="The inserted, deleted or moved text.")
    paragraph: int = Field(description="1-based paragraph of word/document.xml where the change is.")


class PageInfo(_Model):
    """Where one page lies in the extracted text."""

    page: int
    start: int
    end: int


class OcrPageInfo(_Model):
    """How well OCR read one page."""

    page: int = Field(description="1-based page number.")
    words: int = Field(description="Words OCR read on the page.")
    confidence: float | None = Field(description="Mean word confidence, 0-100 (None when no word was read).")
    poor: bool = Field(description="True when the confidence is under the threshold for a poorly read page.")


class DocumentInfo(_Model):
    """What was reviewed."""

    source: str = Field(description="Path or '-' for standard input.")
    kind: str = Field(description="File type that was read: pdf, txt, md, docx, html, eml, image or stdin.")
    sha256: str = Field(description="Hash of the input bytes.")
    pages: int
    chars: int
    clauses: int
    ocr: list[OcrPageInfo] = Field(default_factory=list, description="The pages read by OCR (a scanned PDF's, an "
                                   "image's), with the confidence of each (added in schema 1.4).")


class Stats(_Model):
    """Counts the verifier and pipeline record."""

    candidate_findings: int = 0
    findings: int = 0
    dropped_evidence: int = 0
    dropped_citations: int = 0
    dropped_findings: int = 0
    elapsed_ms: float = 0.0


class LLMInfo(_Model):
    """What the LLM backend did: where it went, what it cost, what the verifier removed."""

    model: str
    endpoint: str = Field(description="Base URL of the OpenAI-compatible API (never the key).")
    requests: int = 0
    cache_hits: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    windows: int = 0
    reasks: int = 0
    llm_findings: int = Field(default=0, description="Model findings that passed verification.")
    dropped_evidence: int = 0
    dropped_citations: int = 0
    dropped_findings: int = 0
    disagreements: list[str] = Field(default_factory=list)
    redacted: bool = False
    fell_back: bool = Field(default=False, description="True when the model failed and only offline findings are shown.")


class CoreAnswer(_Model):
    """The answer to one of the three core questions."""

    question: Literal["unpaid_work", "ip_taken", "worker_status"] = Field(description="Which core question.")
    category: Category = Field(description="The taxonomy category the question is about.")
    label: str = Field(description="The question as a candidate reads it, e.g. 'Unpaid work?'.")
    answer: Literal["yes", "no", "unclear"] = Field(description="'yes' means the document does it.")
    reason: str = Field(description="One line saying why, in plain language (after the answer: 'Yes. <reason>').")


class Verdict(_Model):
    """The bottom line: the three core questions, the overall call, and the effective hourly rate where known."""

    call: Literal["looks_standard", "ask_before_signing", "do_not_sign_as_is"] = Field(description="The overall call.")
    headline: str = Field(description="The call in words, e.g. \"Don't sign as is: 2 blocking problems\".")
    summary: str = Field(description="One or two plain sentences under the headline.")
    blocking: int = Field(description="Findings that are reasons not to sign as is (core categories, high severity).")
    to_ask: int = Field(description="Findings that are points to raise before signing.")
    standard: int = Field(description="Findings about clauses common in ordinary contracts.")
    core: list[CoreAnswer] = Field(description="Unpaid work, IP taken, worker status: each yes, no or unclear.")
    rate: RateInfo | None = Field(default=None, description="The effective hourly rate a finding computed, if any.")
    rate_text: str | None = Field(default=None, description="The rate against the local minimum wage, in words.")


class Review(_Model):
    """The result of one review; the JSON output is this model."""

    schema_version: str = SCHEMA_VERSION
    document: DocumentInfo
    backend: str
    model: str | None = None
    jurisdiction: str = "general"
    jurisdiction_source: str = Field(default="default", description="'given', 'inferred' or 'default'.")
    jurisdiction_reason: str = Field(default="", description="What the jurisdiction was inferred from.")
    findings: list[Finding]
    warnings: list[str] = Field(default_factory=list)
    stats: Stats = Field(default_factory=Stats)
    llm: LLMInfo | None = None
    page_map: list[PageInfo] = Field(default_factory=list)
    verdict: Verdict | None = Field(default=None, description="The bottom line, worked out from the findings "
                                    "(added in schema 1.1).")
    attachments: list["Review"] = Field(default_factory=list, description="An email's reviewable attachments, each "
                                        "reviewed as a document of its own (added in schema 1.2).")
    tracked_changes: list[TrackedChange] = Field(default_factory=list, description="A DOCX's tracked changes not "
                                                 "yet accepted, in document order; the findings judge the text as it "
                                                 "reads with all of them accepted (added in schema 1.3).")

    def categories(self) -> set[str]:
        """Categories flagged at least once."""
        return {f.category.value for f in self.findings}

    def decide(self) -> Verdict:
        """The verdict: the stored one, or one worked out from the findings now."""
        from .verdict import decide

        return self.verdict or decide(self)

    def reply(self) -> "Reply":
        """A short, polite email to the employer asking for the changes the findings support, and a checklist."""
        from .reply import draft_reply

        return draft_reply(self)


Review.model_rebuild()


class ReviewError(_Model):
    """A document that could not be reviewed: in a batch, its record instead of a `Review`."""

    source: str = Field(description="Path of the document, as given.")
    exit_code: int = Field(description="The exit code `reviewer review` gives for this error (see the README).")
    kind: str = Field(description="Error class: InputNotFound, CorruptDocument, ..., InternalError or WorkerDied.")
    message: str = Field(description="One-line message.")
