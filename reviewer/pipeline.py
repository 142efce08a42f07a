"""The reviewer chain: load -> split -> judge -> retrieve -> verify -> decide, with one seam for the judge."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from . import clauses as clause_stage
from . import errors
from . import document as document_stage
from .document import Document
from .index import GuidanceIndex, GuidanceLibrary
from .judge import Judge, get_judge
from .injection import addresses_reviewer
from .jurisdiction import locate
from .models import ALL_CATEGORIES, DocumentInfo, OcrPageInfo, PageInfo, Review, ReviewError, Stats
from .retrieve import cite
from .settings import Settings
from .verdict import decide
from .verify import verify

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

@dataclass(frozen=True)
class Upload:
    """A file's name and bytes, read elsewhere (a Ray node reviews what the driver read)."""

    name: str
    data: bytes


Input = Union[str, Path, Document, Upload]
"""What `review_many` takes: a file path, a document already loaded, or a file's bytes with its name."""

WARM_UP_TEXT = (
    "Working interview agreement. You will complete an unpaid trial shift of 8 hours at our London office, serving "
    "real customers. Everything you create during the trial belongs to the Company, whether or not you are hired. "
    "You are an independent contractor. Please sign and return this offer within 24 hours."
)


class Reviewer:
    """Holds the guidance index and encoder so repeated reviews in one process are fast."""

    def __init__(self, settings: Settings | None = None, judge: Judge | None = None,
                 progress: Callable[[str], None] | None = None, library: GuidanceLibrary | None = None) -> None:
        self.settings = settings or Settings.load()
        self.progress = progress
        self.library = library or GuidanceLibrary(self.settings, progress)
        self.judge = judge or get_judge(self.settings.backend, self.settings, self.library)
        self._warm = False

    @property
    def index(self) -> GuidanceIndex:
        return self.library.index

    @property
    def encoder(self) -> object:
        return self.library.encoder

    def with_judge(self, judge: Judge) -> "Reviewer":
        """A reviewer with another judge that shares this one's loaded index and encoder."""
        return Reviewer(self.settings, judge, self.progress, self.library)

    def review_document(self, doc: Document) -> Review:
        """Run split, judge, retrieve and verify on a loaded document."""
        t0 = time.perf_counter()
        clauses = clause_stage.split(doc)
        located = locate(doc.text, self.settings.jurisdiction)
        jurisdiction = located.code
        judgement = self.judge.judge(doc, clauses, jurisdiction)
        candidates = judgement.findings
        warnings = list(doc.warnings) + list(judgement.warnings)
        injected = [s for c in clauses for s in c.sentences if addresses_reviewer(s.text)]
        if injected:
            quote = injected[0].text if len(injected[0].text) <= 160 else injected[0].text[:157] + "..."
            warnings.append(
                f"The document contains text addressed to automated reviewers (page {doc.page_of(injected[0].start)}): "
                f"\"{quote}\". It was treated as data, not as an instruction."
            )
        cited = cite(candidates, self.index, self.encoder, self.settings.citations_per_finding, jurisdiction) if candidates else []
        findings, report = verify(doc, cited, self.index)
        findings.sort(key=lambda f: (ALL_CATEGORIES.index(f.category.value), SEVERITY_ORDER[f.severity.value], -f.confidence))
        stats = Stats(
            candidate_findings=len(candidates), findings=len(findings), dropped_evidence=report.dropped_evidence,
            dropped_citations=report.dropped_citations, dropped_findings=report.dropped_findings,
            elapsed_ms=round((time.perf_counter() - t0) * 1000, 1),
        )
        llm = judgement.usage
        if llm is not None:
            warnings += [f"Disagreement: {d}" for d in llm.disagreements]
        review = Review(
            llm=llm,
            document=DocumentInfo(source=doc.source, kind=doc.kind, sha256=doc.sha256, pages=doc.page_count,
                                  chars=len(doc.text), clauses=len(clauses), ocr=[
                                      OcrPageInfo(page=p.page, words=len(p.words), confidence=p.confidence,
                                                  poor=p.poor) for p in doc.ocr]),
            backend=self.judge.name, model=getattr(self.judge, "model", None), jurisdiction=jurisdiction,
            jurisdiction_source=located.source, jurisdiction_reason=located.reason,
            findings=findings, warnings=warnings, stats=stats,
            page_map=[PageInfo(page=p, start=s, end=e) for p, s, e in doc.page_spans()],
            tracked_changes=list(doc.changes),
        )
        review.verdict = decide(review)
        review.attachments = [self.review_document(attachment) for attachment in doc.attachments]
        return review

    def review_path(self, path: str | Path) -> Review:
        """Load a file and review it."""
        return self.review_document(document_stage.load(path, self.settings))

    def review_stream(self, stream: object, name: str = "-") -> Review:
        """Review what a file object (for example sys.stdin) holds, read only up to the size limit."""
        return self.review_bytes(document_stage.read_limited(stream, self.settings, name), name=name)

    def review_bytes(self, data: bytes, name: str = "-", suffix: str = "") -> Review:
        """Review a document given as bytes (for example standard input)."""
        return self.review_document(document_stage.load_bytes(data, name=name, suffix=suffix, settings=self.settings))

    def review_one(self, source: Input) -> Review | ReviewError:
        """Review one file or loaded document; a failure comes back as an error record, never as an exception."""
        name = source.source if isinstance(source, Document) else source.name if isinstance(source, Upload) \
            else str(source)
        try:
            if isinstance(source, Document):
                return self.review_document(source)
            if isinstance(source, Upload):
                return self.review_bytes(source.data, name=source.name, suffix=Path(source.name).suffix.lower())
            return self.review_path(source)
        except errors.ReviewerError as exc:
            return ReviewError(source=name, exit_code=exc.exit_code, kind=type(exc).__name__, message=str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug on one document must not end the batch
            return ReviewError(source=name, exit_code=1, kind="InternalError", message=f"{type(exc).__name__}: {exc}")

    def review_many(self, sources: Iterable[Input], workers: int = 1, ordered: bool = True,
                    memory: dict[str, float] | None = None, engine: str = "processes",
                    address: str | None = None) -> Iterator[Review | ReviewError]:
        """Review many documents: one `Review`, or a `ReviewError` record, per source; a failure never stops the rest.

        Args:
            sources: file paths or loaded `Document`s, read lazily.
            workers: processes; above 1, workers are forked from this process after everything is loaded (index,
                encoder, tagger, the embeddings of every known retrieval query), so they share it and load nothing.
                Each worker's BLAS and OpenMP are capped at one thread.
            ordered: results in input order; otherwise as each document completes.
            memory: if given, filled with each worker's peak RSS in MB.
            engine: 'processes' (forked workers on this machine) or 'ray' (Ray actors running the same
                `review_one`, with the index and weights in Ray's object store; needs `reviewer[ray]`).
            address: with the ray engine, a running cluster ('auto', 'ray://HOST:PORT'); None starts a local Ray.

        Yields:
            A `Review` or a `ReviewError` per source.
        """
        if engine == "ray":
            from .cluster import review_on_ray

            yield from review_on_ray(self, sources, workers, ordered, memory, address)
            return
        if engine != "processes":
            raise errors.InvalidArgument(f"Unknown engine '{engine}' (choose processes or ray)")
        if workers > 1:
            from .workers import review_in_workers

            yield from review_in_workers(self, sources, workers, ordered, memory)
            return
        from threadpoolctl import ThreadpoolController

        one_thread = ThreadpoolController()
        for n, source in enumerate(sources):
            if n == 0:
                self.warm()
            with one_thread.limit(limits=1):
                result = self.review_one(source)
            if memory is not None:
                from .workers import peak_rss_mb

                memory["main"] = peak_rss_mb()
            yield result

    def warm(self) -> None:
        """Load now what a review loads on first use, and embed every known retrieval query in one batch."""
        if self._warm:
            return
        from .judge.offline import OfflineJudge
        from .pdfgen import minimal_pdf
        from .retrieve import known_queries

        self.library.encoder.encode(known_queries())  # type: ignore[attr-defined]
        # A PDF of our own, read in this process (it is trusted), so the PDF libraries are imported and initialised
        # once here rather than in the child process that reads each document.
        pdf = minimal_pdf([WARM_UP_TEXT[i:i + 90] for i in range(0, len(WARM_UP_TEXT), 90)])
        doc = document_stage.load_bytes(pdf, name="<warm-up>.pdf", suffix=".pdf",
                                        settings=self.settings.with_(max_load_memory_mb=0))
        offline = self if isinstance(self.judge, OfflineJudge) else self.with_judge(OfflineJudge())  # never the LLM
        offline.review_document(doc)
        self._warm = True


_REVIEWERS: dict[tuple, Reviewer] = {}


def get_reviewer(settings: Settings) -> Reviewer:
    """A cached Reviewer for these settings (the index and model load once per process)."""
    key = (settings.backend, str(settings.corpus_dir), str(settings.cache_dir), settings.jurisdiction,
           settings.citations_per_finding, settings.max_file_bytes, settings.max_pages, settings.max_chars)
    if key not in _REVIEWERS:
        _REVIEWERS[key] = Reviewer(settings)
    return _REVIEWERS[key]


def review(
    path: str | Path | None = None,
    *,
    text: str | None = None,
    backend: str | None = None,
    jurisdiction: str | None = None,
    settings: Settings | None = None,
    judge: Judge | None = None,
) -> Review:
    """Review a document and return its findings.

    Args:
        path: a PDF, DOCX, HTML, EML, TXT or MD file (an email's attachments are in the review's `attachments`).
        text: the document as a string, instead of `path`.
        backend: 'offline' (default) or 'openai'.
        jurisdiction: e.g. 'US-CA'; otherwise 'general'.
        settings: full settings; explicit arguments override it.
        judge: a Judge to use instead of the backend's.

    Returns:
        A `Review` with findings, each carrying verified evidence and citations.
    """
    if (path is None) == (text is None):
        raise ValueError("review() needs exactly one of path or text")
    base = settings or Settings.load()
    overrides = {k: v for k, v in {"backend": backend, "jurisdiction": jurisdiction}.items() if v is not None}
    if overrides:
        base = base.with_(**overrides)
    reviewer = Reviewer(base, judge) if judge is not None else get_reviewer(base)
    if text is not None:
        return reviewer.review_bytes(text.encode("utf-8"), name="<text>", suffix=".txt")
    return reviewer.review_path(path)  # type: ignore[arg-type]

