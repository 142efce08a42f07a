"""The candidate's own PDF with a highlight over every evidence quote and a note on it (`--annotate OUT.pdf`).

Evidence offsets index the normalised document text (whitespace collapsed, hyphenation repaired, running headers
dropped). They are mapped back to the page's own characters by matching the quote, squeezed of whitespace and
hyphens, against the page's characters squeezed the same way; pdfium gives each character's box, and each line the
quote runs over gets one highlight whose quad points cover its characters. On a page read by OCR, the characters and
their boxes are the words OCR read there (each character a share of its word's box). The annotations are appended to the
original file as an incremental update, so the original bytes, page content streams included, are kept as they were.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from .. import errors
from ..document import Source
from ..models import Review
from . import Options, Renderer
from ._parts import AUTHOR, CATEGORY_NAMES, nearest, note, squeeze

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF user space
COLORS = {"high": "ff9e9e", "medium": "ffe066", "low": "9ed8ff"}  # light, so the text stays readable under them


@dataclass(frozen=True)
class Highlight:
    """One highlight: one line of an evidence quote on a page, and the finding it belongs to."""

    page: int  # 1-based
    box: Box  # the line's characters
    finding: int  # index in review.findings
    evidence: int  # index in the finding's evidence


@dataclass(frozen=True)
class Annotated:
    """The annotated PDF and how many evidence spans could not be placed on the page."""

    data: bytes
    highlights: tuple[Highlight, ...]
    missed: int


def page_chars(data: bytes, pages: list[int]) -> dict[int, list[tuple[str, Box | None]]]:
    """Each wanted page's characters (pdfium's char list) with their loose boxes (None where pdfium has none)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    out: dict[int, list[tuple[str, Box | None]]] = {}
    pdf = pdfium.PdfDocument(data)
    try:
        for number in pages:
            page = pdf[number - 1]
            textpage = page.get_textpage()
            chars: list[tuple[str, Box | None]] = []
            for i in range(textpage.count_chars()):
                code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
                ch = chr(code) if 0 < code < 0x110000 else "\ufffd"
                try:
                    box = textpage.get_charbox(i, loose=True)
                except pdfium.PdfiumError:
                    box = None
                chars.append((ch, box if box and box[2] > box[0] and box[3] > box[1] else None))
            out[number] = chars
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return out


def _lines(boxes: list[Box]) -> list[Box]:
    """Characters' boxes in reading order grouped into lines: a new line where a box leaves the current line's band
    or goes back to the left."""
    lines: list[list[Box]] = []
    for b in boxes:
        if lines:
            cur = lines[-1]
            bottom, top = min(x[1] for x in cur), max(x[3] for x in cur)
            middle = (b[1] + b[3]) / 2
            if bottom <= middle <= top and b[0] >= cur[-1][0] - 0.5 * (cur[-1][2] - cur[-1][0]) - 1:
                cur.append(b)
                continue
        lines.append([b])
    return [(min(x[0] for x in ln), min(x[1] for x in ln), max(x[2] for x in ln), max(x[3] for x in ln)) for ln in lines]


def locate(review: Review, source: Source, chars: dict[int, list[tuple[str, Box | None]]]) -> tuple[list[Highlight], int]:
    """Map every evidence span to line boxes on its pages; also count the spans that could not be found."""
    doc = source.document
    spans = doc.page_spans()
    squeezed = {p: squeeze("".join(ch for ch, _ in cs)) for p, cs in chars.items()}
    highlights: list[Highlight] = []
    missed = 0
    for n, f in enumerate(review.findings):
        for k, e in enumerate(f.evidence):
            for page, start, end in spans:
                lo, hi = max(e.start, start), min(e.end, end)
                if lo >= hi or page not in chars:
                    continue
                want, _ = squeeze(doc.text[lo:hi])
                if not want:
                    continue
                text, where = squeezed[page]
                expected = len(squeeze(doc.text[start:lo])[0])
                found = nearest(text, want, expected)
                if found is None:
                    missed += 1
                    continue
                first, last = where[found], where[found + len(want) - 1]
                boxes = [box for ch, box in chars[page][first:last + 1] if box is not None and not ch.isspace()]
                highlights += [Highlight(page, line, n, k) for line in _lines(boxes)] if boxes else []
    return highlights, missed


def annotate(review: Review, source: Source) -> Annotated:
    """A copy of the reviewed PDF with one highlight per line of every evidence quote, appended as an incremental
    update (the original bytes are kept unchanged at the start of the file)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight as PdfHighlight
    from pypdf.errors import PyPdfError
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

    from ..isolate import run_limited
    from ..settings import Settings

    if source.document.kind != "pdf":
        raise errors.InvalidArgument(f"Only a PDF can be annotated; {source.document.source} is {source.document.kind}")
    settings = Settings.load()
    pages = sorted({p for p, s, e in source.document.page_spans()
                    for f in review.findings for ev in f.evidence if ev.start < e and ev.end > s})
    read = {p.page: p for p in source.document.ocr}  # a scanned page's characters are the words OCR read on it
    texts = [p for p in pages if p not in read]
    chars = run_limited(page_chars, source.data, texts, memory_mb=settings.max_load_memory_mb,
                        seconds=settings.max_load_seconds, name=source.document.source) if texts else {}
    chars.update({p: read[p].chars() for p in pages if p in read})
    highlights, missed = locate(review, source, chars)
    try:
        writer = PdfWriter(PdfReader(io.BytesIO(source.data)), incremental=True)
        for h in highlights:
            f = review.findings[h.finding]
            left, bottom, right, top = h.box
            quads = [FloatObject(round(v, 3)) for v in (left, top, right, top, left, bottom, right, bottom)]
            rect = (round(left, 3), round(bottom, 3), round(right, 3), round(top, 3))
            annotation = PdfHighlight(rect=rect, quad_points=ArrayObject(quads), highlight_color=COLORS[f.severity.value],
                                      printing=True, title_bar=AUTHOR)
            annotation[NameObject("/Contents")] = TextStringObject(note(f))
            annotation[NameObject("/Subj")] = TextStringObject(CATEGORY_NAMES.get(f.category.value, f.category.value))
            writer.add_annotation(h.page - 1, annotation)
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise errors.CorruptDocument(f"The PDF could not be annotated ({type(exc).__name__}): "
                                     f"{source.document.source}", path=source.document.source) from exc
    return Annotated(out.getvalue(), tuple(highlights), missed)


def render(review: Review, source: Source | None, options: Options) -> bytes:
    """The annotated PDF's bytes."""
    assert source is not None  # the registry checks needs_source
    return annotate(review, source).data


RENDERER = Renderer("pdf", render, "a copy of the reviewed PDF with every quote highlighted and a note on each "
                    "(--annotate OUT.pdf)", ".pdf", binary=True, needs_source=True)
