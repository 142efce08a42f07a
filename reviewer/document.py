"""Stage 1, load: read a PDF, text, Markdown, DOCX, HTML or email file into one normalised text with a page map.

Text a reader does not see (invisible, white, tiny, off-page or covered text in a PDF; hidden, white or tiny runs in a DOCX;
hidden elements of an HTML page) is kept out of the judged text and reported as a warning with where it was, flagged
as an injection attempt when it addresses an automated reviewer. Excluding it never removes a finding: every quote is
still found verbatim in the judged text, which is the visible text. A DOCX's tracked changes are read as if all were
accepted, and each is reported with its author and date."""

from __future__ import annotations

import bisect
import hashlib
import io
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from xml.parsers import expat

from . import errors, ocr
from .htmltext import HiddenText, html_text, looks_like_html
from .injection import addresses_reviewer
from .isolate import run_limited
from .models import TrackedChange
from .pdfbudget import RAW_CHARS_FACTOR, check_pdf, too_many_chars
from .settings import Settings

# Characters that render as nothing but are not whitespace or format characters (Unicode "Lo"/"So").
INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = {".pdf", ".docx", ".eml"} | HTML_SUFFIXES | TEXT_SUFFIXES | ocr.IMAGE_SUFFIXES
# Hidden passages reported one by one; the rest are counted.
MAX_HIDDEN_WARNINGS = 20
HIDDEN_QUOTE_CHARS = 300
# Each kind of tracked change: counted as, and told as.
CHANGE_WORDS = {"insertion": ("inserted", "inserted"), "deletion": ("deleted", "deleted"),
                "move_to": ("moved here", "moved here"), "move_from": ("moved away", "moved away from here")}

SOFT_HYPHENS = ("\ufffe", "\u00ad", "\x02")
# Words whose line-end hyphen is part of the word, not a typesetting break.
KEEP_HYPHEN_PREFIXES = {
    "self", "non", "well", "co", "full", "part", "long", "short", "high", "low", "third", "first",
    "second", "one", "two", "three", "four", "five", "pre", "post", "multi", "semi", "anti", "cross",
    "take", "follow", "sign", "paid", "un", "work", "time", "so", "ex", "at", "in", "out", "mid",
}
LIST_MARKER = re.compile(
    r"^\s*(?:\(?[a-z]{1,3}\)|\(?[ivxlc]+\)|\d+(?:\.\d+)*[.)]?\s|\d+(?:\.\d+)+|[A-Z][.)]\s|"
    r"(?:Section|Article|Clause|Schedule|Exhibit|Annex|Appendix|Addendum)\b|[-*\u2022\u25cf\u25aa\u2013]\s)",
)
PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[-\u2013]?\s*\d{1,4}\s*(?:(?:of|/)\s*\d{1,4})?\s*[-\u2013]?\s*$", re.I)
WORD_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)-$")
# A word then a soft hyphen inside a line; the look-behind anchors the word at its start, which keeps
# the search linear on a long run of letters.
SOFT_BREAK = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[\ufffe\u00ad\x02](?=[^\W\d_])")
# Running headers and footers are short; a longer line that repeats at the edge of pages is body text
# (a clause that starts each page of a repeated form), not furniture.
MAX_FURNITURE_CHARS = 80
TERMINAL = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")


@dataclass(frozen=True)
class Document:
    """Normalised document text with the page each character came from."""

    text: str
    page_starts: tuple[int, ...]
    source: str
    kind: str
    sha256: str
    warnings: tuple[str, ...] = ()
    attachments: tuple["Document", ...] = ()
    hidden: tuple[HiddenText, ...] = ()
    changes: tuple[TrackedChange, ...] = ()
    ocr: tuple[ocr.OcrPage, ...] = ()  # the pages read by OCR, with their words' boxes and confidence

    @property
    def page_count(self) -> int:
        return len(self.page_starts)

    def page_of(self, offset: int) -> int:
        """1-based page number of the character at `offset`."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def page_spans(self) -> list[tuple[int, int, int]]:
        """(page, start, end) for every page."""
        ends = list(self.page_starts[1:]) + [len(self.text)]
        return [(i + 1, s, e) for i, (s, e) in enumerate(zip(self.page_starts, ends))]


@dataclass(frozen=True)
class Source:
    """What was reviewed: the loaded document and the bytes it was read from (an annotated copy starts from them)."""

    document: Document
    data: bytes
    path: Path | None = None


def load(path: str | Path, settings: Settings | None = None) -> Document:
    """Read the file at `path` into a Document; raise a ReviewerError on bad input."""
    settings = settings or Settings.load()
    p = Path(path)
    return load_bytes(read_path(p, settings), name=str(p), suffix=p.suffix.lower(), settings=settings)


def read_source(path: str | Path, settings: Settings | None = None, stdin: object = None) -> Source:
    """Read a file (or, for '-', the `stdin` stream) into a Source: its Document and its bytes."""
    settings = settings or Settings.load()
    if str(path) == "-":
        data = read_limited(stdin, settings, "-")
        return Source(load_bytes(data, name="-", settings=settings), data)
    p = Path(path)
    data = read_path(p, settings)
    return Source(load_bytes(data, name=str(p), suffix=p.suffix.lower(), settings=settings), data, p)


def read_path(p: Path, settings: Settings) -> bytes:
    """The bytes of the file at `p`, checked first (exists, not a folder, not empty, within the size limit)."""
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise errors.InputNotFound(f"File not found: {p}", path=str(p)) from exc
    except OSError as exc:
        raise errors.UnreadableInput(f"Cannot read {p}: {exc.strerror or exc}", path=str(p)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise errors.InputIsDirectory(f"Expected a file but got a directory: {p}", path=str(p))
    if stat.S_ISREG(st.st_mode) and st.st_size == 0:
        raise errors.EmptyDocument(f"The file is empty: {p}", path=str(p))
    if st.st_size > settings.max_file_bytes:
        raise _too_large_file(st.st_size, str(p), settings)
    try:
        with p.open("rb") as fh:
            data = read_limited(fh, settings, str(p))
    except OSError as exc:
        raise errors.UnreadableInput(f"Cannot read {p}: {exc.strerror or exc}", path=str(p)) from exc
    return data


def read_limited(stream: object, settings: Settings, name: str = "-") -> bytes:
    """Read a file object (or a text stream's buffer) up to the size limit plus one byte, so an endless or
    huge input (standard input, a FIFO) is refused without holding more than the limit."""
    if stream is None:
        raise errors.UnreadableInput(f"Standard input is closed: {name}", path=name)
    buffer = getattr(stream, "buffer", stream)
    try:
        data = buffer.read(settings.max_file_bytes + 1)  # type: ignore[attr-defined]
    except (OSError, ValueError) as exc:  # a closed descriptor, or a file object closed already
        raise errors.UnreadableInput(f"Cannot read {name}: {getattr(exc, 'strerror', None) or exc}", path=name) from exc
    if len(data) > settings.max_file_bytes:
        raise _too_large_file(len(data), name, settings, at_least=True)
    return data


def _too_large_file(size: int, name: str, settings: Settings, at_least: bool = False) -> errors.DocumentTooLarge:
    over = "over " if at_least else ""
    return errors.DocumentTooLarge(
        f"Input is {over}{size / 1e6:.1f} MB; the limit is {settings.max_file_bytes / 1e6:.0f} MB: {name}", path=name)


def load_bytes(data: bytes, name: str = "-", suffix: str = "", settings: Settings | None = None) -> Document:
    """Read a document from bytes (a file's content or standard input)."""
    settings = settings or Settings.load()
    if len(data) > settings.max_file_bytes:
        raise _too_large_file(len(data), name, settings)
    digest = hashlib.sha256(data).hexdigest()
    is_pdf_bytes = data.lstrip()[:5] == b"%PDF-"
    hidden: list[HiddenText] = []
    notes: list[str] = []
    attachments: list[Document] = []
    scanned: tuple[ocr.OcrPage, ...] = ()
    changes: list[TrackedChange] = []
    if suffix == ".pdf" or (is_pdf_bytes and suffix not in (".docx", ".eml", ".html", ".htm")):
        _import_pdf_readers()
        pages, hidden, scans = run_limited(_pdf_pages, data, name, settings, memory_mb=settings.max_load_memory_mb,
                                           seconds=settings.max_load_seconds, name=name)
        scanned, hidden, notes = _read_scans(data, name, pages, scans, hidden, settings)
        kind = "pdf"
        unwrapped = False
    elif suffix in ocr.IMAGE_SUFFIXES or (suffix in TEXT_SUFFIXES and ocr.is_image(data)):
        lack = ocr.missing(images=True)
        if lack:
            raise ocr.unavailable("An image", lack, name)
        scanned = tuple(_ocr(ocr.read_image, name, settings, data))
        pages, kind, unwrapped = [p.text for p in scanned], "image", False
        notes = ocr.notes(scanned)
    elif suffix == ".docx":
        reader = read_docx(data, name, settings)
        pages, kind, hidden, changes = [reader.text()], "docx", reader.hidden, reader.changes
        unwrapped = True
    elif suffix in HTML_SUFFIXES or (suffix == "" and looks_like_html(data)):
        page = html_text(_decode(data, name), name, settings.max_chars)
        pages, kind, unwrapped, hidden = [page.text], "html", True, page.hidden
        notes += _removed_notes(page)
    elif suffix == ".eml":
        pages, hidden, notes, attachments, unwrapped = _email(data, name, settings)
        kind = "eml"
    elif suffix in TEXT_SUFFIXES:
        text = _decode(data, name)
        pages = text.split("\f")
        kind = "stdin" if name == "-" else ("md" if suffix in (".md", ".markdown") else "txt")
        unwrapped = any(len(line) > 120 for line in text.splitlines())
    else:
        raise errors.UnsupportedFileType(
            f"Unsupported file type '{suffix}': {name} (use PDF, DOCX, HTML, EML, TXT, MD, or a PNG, JPEG, WebP or "
            f"TIFF image)", path=name)
    raw_chars = sum(len(page) for page in pages)
    if raw_chars > RAW_CHARS_FACTOR * settings.max_chars:  # refused before normalising, which costs time per line
        raise too_many_chars(raw_chars, name, settings)
    if not any(_visible(page) for page in pages):
        if kind == "image":
            raise errors.EmptyDocument(f"OCR found no text in the image: {name}", path=name)
        if hidden:
            raise errors.EmptyDocument(f"The document has no visible text to review, only hidden text: {name}",
                                       path=name)
        raise errors.EmptyDocument(f"The document has no text to review: {name}", path=name)
    text, starts = normalise(pages, unwrapped=unwrapped)
    if not _visible(text):
        raise errors.EmptyDocument(f"The document has no text to review: {name}", path=name)
    if len(text) > settings.max_chars:
        raise errors.DocumentTooLarge(
            f"Document has {len(text):,} characters; the limit is {settings.max_chars:,}: {name}", path=name
        )
    warnings = notes + hidden_warnings(hidden) + change_warnings(changes)
    return Document(text=text, page_starts=tuple(starts), source=name, kind=kind, sha256=digest,
                    warnings=tuple(warnings), attachments=tuple(attachments), hidden=tuple(hidden),
                    changes=tuple(changes), ocr=scanned)


def _read_scans(data: bytes, name: str, pages: list[str], scans: list[int], hidden: list[HiddenText],
                settings: Settings) -> tuple[tuple[ocr.OcrPage, ...], list[HiddenText], list[str]]:
    """OCR the PDF's scanned pages (`scans`, 0-based) into `pages`; the pages read, the hidden passages left once a
    scanner's own OCR layer is set aside, and the warnings about them.

    Raises NoTextLayer when no page has text: OCR is missing (the message says what to install) or found none."""
    lack = ocr.missing() if scans else None
    read: tuple[ocr.OcrPage, ...] = ()
    layers: list[int] = []
    if scans and lack is None:
        read = tuple(_ocr(ocr.read_pdf_pages, name, settings, data, scans))
        for page in read:
            pages[page.page - 1] = page.text
        hidden, layers = _without_ocr_layers(hidden, read)
    if sum(len(p.strip()) for p in pages) < 20:
        if hidden:
            raise errors.EmptyDocument(f"The PDF has no visible text to review, only hidden text: {name}", path=name)
        if lack:
            raise ocr.unavailable("The PDF has no text layer (a scan?) and", lack, name)
        raise errors.NoTextLayer(f"The PDF has no text layer and OCR found no text on its pages: {name}", path=name)
    empty = _ranges([i + 1 for i, page in enumerate(pages) if not page.strip()])
    if lack:
        return read, hidden, [f"Pages without a text layer were skipped (reading them needs OCR: {lack}; install it "
                              f"with {ocr.INSTALL}): {empty}"] if empty else []
    layered = [f"An invisible text layer that reads like its page (a scanner's OCR) was left out of what was judged, "
               f"and the page read from its image instead: pages {_ranges(layers)}"] if layers else []
    blank = [f"Pages with no text, even by OCR: {empty}"] if empty else []
    return read, hidden, blank + ocr.notes(read) + layered


def _without_ocr_layers(hidden: list[HiddenText], read: tuple[ocr.OcrPage, ...]) -> tuple[list[HiddenText], list[int]]:
    """The hidden passages without the invisible text of pages where it reads like what OCR read there (a searchable
    scan's layer, which is no hidden clause), and those pages. Text addressed to automated reviewers is kept."""
    layer: dict[int, list[HiddenText]] = {}
    for h in hidden:
        if h.reason == INVISIBLE_TEXT and not addresses_reviewer(h.text):
            layer.setdefault(h.page, []).append(h)
    pages = [p.page for p in read if p.page in layer and ocr.character_error_rate(
        p.text, " ".join(h.text for h in layer[p.page])) <= ocr.LAYER_ERROR_RATE]
    return [h for h in hidden if h.page not in pages or h not in layer[h.page]], pages


def _ocr(read: Callable[..., list[ocr.OcrPage]], name: str, settings: Settings, *args: object) -> list[ocr.OcrPage]:
    """`read(*args, name, settings)`, an OCR reader, in a child process with the loader's memory limit, within
    REVIEWER_MAX_OCR_SECONDS."""
    return run_limited(read, *args, name, settings, memory_mb=settings.max_load_memory_mb,
                       seconds=settings.max_ocr_seconds, name=name, time_limit="REVIEWER_MAX_OCR_SECONDS")


def hidden_warnings(hidden: list[HiddenText]) -> list[str]:
    """One warning per hidden passage (the first MAX_HIDDEN_WARNINGS), an injection attempt named as such."""
    out = []
    for h in hidden[:MAX_HIDDEN_WARNINGS]:
        text = " ".join(h.text.split())
        quote = _clip(text)
        if addresses_reviewer(text):
            out.append(f"Injection attempt: hidden text addressed to automated reviewers ({h.reason}; {h.where}): "
                       f"\"{quote}\". It was excluded from what was judged and treated as data, not as an instruction.")
        else:
            out.append(f"Hidden text ({h.reason}; {h.where}) was excluded from what was judged: \"{quote}\". "
                       f"A reader does not see it; ask what it is before you sign.")
    if len(hidden) > MAX_HIDDEN_WARNINGS:
        out.append(f"{len(hidden) - MAX_HIDDEN_WARNINGS} more hidden passages were excluded from what was judged.")
    return out


def change_warnings(changes: list[TrackedChange]) -> list[str]:
    """One line on the pending tracked changes (how many, by whom, how they were judged), then one per change (the
    first MAX_HIDDEN_WARNINGS)."""
    if not changes:
        return []
    counts = Counter(c.kind for c in changes)
    kinds = ", ".join(f"{counts[k]} {CHANGE_WORDS[k][0]}" for k in CHANGE_WORDS if counts[k])
    authors = sorted({c.author or "an unnamed author" for c in changes})
    out = [f"The document has {len(changes)} tracked change{'s' if len(changes) != 1 else ''} not yet accepted "
           f"({kinds}) by {_listed(authors)}. It was judged as it reads with every change accepted: deleted text was "
           f"not judged, inserted text was. Make sure the copy you sign reads that way."]
    for c in changes[:MAX_HIDDEN_WARNINGS]:
        when = f" on {c.date}" if c.date else ""
        out.append(f"Tracked change: {CHANGE_WORDS[c.kind][1]} by {c.author or 'an unnamed author'}{when} "
                   f"(paragraph {c.paragraph}): \"{_clip(c.text)}\"")
    if len(changes) > MAX_HIDDEN_WARNINGS:
        out.append(f"{len(changes) - MAX_HIDDEN_WARNINGS} more tracked changes are listed in the JSON output.")
    return out


def _clip(text: str) -> str:
    return text if len(text) <= HIDDEN_QUOTE_CHARS else text[:HIDDEN_QUOTE_CHARS - 3] + "..."


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _removed_notes(page: object) -> list[str]:
    """One line on the page furniture and the scripts and styles left out of an HTML page's reviewed text."""
    notes = []
    furniture = getattr(page, "furniture", [])
    if furniture:
        shown = "; ".join(furniture)
        shown = shown if len(shown) <= 200 else shown[:197] + "..."
        notes.append(f"Navigation, banner and footer were left out of what was judged: \"{shown}\"")
    dropped = getattr(page, "dropped", {})
    if dropped:
        counts = ", ".join(f"{n} {tag}" for tag, n in sorted(dropped.items()))
        notes.append(f"Markup that is not text was left out of what was judged ({counts} elements).")
    return notes


def _email(data: bytes, name: str,
           settings: Settings) -> tuple[list[str], list[HiddenText], list[str], list[Document], bool]:
    """An email's pages (its From, Date and Subject lines, then its body), hidden text, notes, attachments, and
    whether its lines are paragraphs already (an HTML body, or a plain one with long lines) or wrapped."""
    from .mail import read_mail

    mail = read_mail(data, name, settings)
    hidden: list[HiddenText] = []
    notes: list[str] = []
    body = mail.body
    if mail.body_is_html:
        page = html_text(body, name, settings.max_chars)
        body, hidden = page.text, page.hidden
        notes += _removed_notes(page)
    if not _visible(body):
        notes.append("The email has no body text; only its headers and attachments were reviewed.")
    attachments = []
    for att in mail.attachments:
        att_name = f"{name}: attachment {att.filename}"
        try:
            attachments.append(load_bytes(att.data, name=att_name, suffix=att.suffix, settings=settings))
        except errors.EmptyDocument:
            notes.append(f"Attachment not reviewed: {att.filename} (it holds no text)")
    notes += [f"Attachment not reviewed: {s}" for s in mail.skipped]
    if attachments:
        notes.append(f"Attachments reviewed as separate documents: {', '.join(a.source for a in attachments)}")
    unwrapped = mail.body_is_html or any(len(line) > 120 for line in body.splitlines())
    head = "\n\n".join(mail.headers)  # a blank line between them: each header stays a line of its own
    return [head + ("\n\n" if head else "") + body], hidden, notes, attachments, unwrapped


def _visible(text: str) -> bool:
    """True if `text` holds a character that shows: not whitespace, a control or format character
    (zero-width spaces, joiners, byte-order marks) or a blank filler."""
    return any(not ch.isspace() and ch not in INVISIBLE and unicodedata.category(ch) not in ("Cc", "Cf")
               for ch in text)


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise errors.EncodingError(
            f"Text is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8: {name}", path=name
        ) from exc
    if "\x00" in text:
        raise errors.CorruptDocument(f"File looks binary, not text: {name}", path=name)
    return text


def _import_pdf_readers() -> None:
    """Import the PDF libraries in this process before a child reads the PDF: imported once here, they are inherited
    by every child, rather than imported again in each (about 0.2 s a document in a warm process)."""
    import pypdf  # noqa: F401
    import pypdfium2  # noqa: F401
    import pypdfium2.raw  # noqa: F401


def _pdf_pages(data: bytes, name: str, settings: Settings) -> tuple[list[str], list[HiddenText], list[int]]:
    """Each page's visible text, the hidden passages, and the pages (0-based) that are scans: no visible text, or
    mostly one image with a few characters on it."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            raise errors.EncryptedDocument(
                f"The PDF is password-protected; save an unlocked copy and review that: {name}", path=name
            ) from exc
        raise errors.CorruptDocument(f"The PDF is damaged or not a PDF: {name}", path=name) from exc
    hidden: list[HiddenText] = []
    try:
        count = len(pdf)
        if count == 0:
            raise errors.EmptyDocument(f"The PDF has no pages: {name}", path=name)
        if count > settings.max_pages:
            raise errors.DocumentTooLarge(
                f"The PDF has {count} pages; the limit is {settings.max_pages}: {name}", path=name
            )
        check_pdf(data, name, settings, count)
        pages = []
        scans = []
        extracted = 0
        for i in range(count):
            page = pdf[i]
            textpage = page.get_textpage()
            hiding = _hidden_objects(page)
            if hiding:
                text, found = _visible_chars(textpage, hiding, i + 1)
                pages.append(text)
                hidden += found
            else:
                pages.append(textpage.get_text_range())
            shown = len(pages[-1].strip())
            if not shown or (shown < ocr.SCAN_PAGE_CHARS and ocr.image_share(page)[0] >= ocr.SCAN_IMAGE_SHARE):
                scans.append(i)
            textpage.close()
            page.close()
            extracted += len(pages[-1])
            if extracted > RAW_CHARS_FACTOR * settings.max_chars:
                raise too_many_chars(extracted, name, settings)
    except pdfium.PdfiumError as exc:
        raise errors.CorruptDocument(f"The PDF is damaged: {name}", path=name) from exc
    finally:
        pdf.close()
    return pages, hidden, scans


INVISIBLE_TEXT = "invisible text (render mode 3)"
# A fill this close to white (each of red, green, blue at or above it, of 255) does not show on a white page.
NEAR_WHITE = 240
TINY_POINTS = 2.0
MAX_BACKGROUNDS = 2000
COVERED_TEXT = "text covered by a shape drawn over it"
COVER_SHARE = 0.9  # a filled shape over this share of the page is a page-sized layer, not a cover over some text
COVER_SLACK = 0.5  # points by which a cover may miss the edge of the text it hides


def _hidden_objects(page: object) -> dict[int, tuple[str, tuple[float, float]]]:
    """The page's text objects a reader does not see: their address -> (why, where on the page).

    Invisible (render mode 3), white or near-white fill (or fully transparent), under 2 pt, wholly outside the
    page's visible box (its crop box within its media box), or covered by an opaque filled shape drawn after it."""
    import ctypes

    import pypdfium2.raw as raw

    box = raw.FS_RECTF()
    if not raw.FPDF_GetPageBoundingBox(page.raw, box):  # type: ignore[attr-defined]
        return {}
    left, right = min(box.left, box.right), max(box.left, box.right)
    bottom, top = min(box.bottom, box.top), max(box.bottom, box.top)
    out: dict[int, tuple[str, tuple[float, float]]] = {}
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    size = ctypes.c_float()
    lo, bo, ro, to = (ctypes.c_float() for _ in range(4))
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    # Filled shapes and images drawn before a text, on which white text shows (a dark banner, a coloured box).
    backgrounds: list[tuple[float, float, float, float]] = []
    # Text drawn so far that shows, which an opaque filled shape drawn later may cover: address -> bounds.
    shown: dict[int, tuple[float, float, float, float]] = {}
    page_area = (right - left) * (top - bottom)
    kinds = (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING)
    for obj in page.get_objects(filter=kinds):  # type: ignore[attr-defined]
        handle = obj.raw
        if obj.type != raw.FPDF_PAGEOBJ_TEXT:
            if len(backgrounds) < MAX_BACKGROUNDS and raw.FPDFPageObj_GetBounds(handle, lo, bo, ro, to):
                filled = obj.type == raw.FPDF_PAGEOBJ_PATH and raw.FPDFPath_GetDrawMode(handle, fill_mode, stroke) \
                    and fill_mode.value != 0 and raw.FPDFPageObj_GetFillColor(handle, r, g, b, a)
                coloured = obj.type != raw.FPDF_PAGEOBJ_PATH or (
                    filled and a.value > 0 and min(r.value, g.value, b.value) < NEAR_WHITE)
                if coloured:
                    backgrounds.append((lo.value, bo.value, ro.value, to.value))
                # an opaque filled shape (of any colour, white too) drawn over text that shows hides it; not a
                # shape the size of the page, nor an image (it may be a transparent watermark)
                width, height = ro.value - lo.value, to.value - bo.value
                # (a rule or a border thinner than a line of text covers none: it is not checked against every text)
                if filled and a.value == 255 and min(width, height) >= TINY_POINTS and width * height < COVER_SHARE * page_area:
                    for address, (tl, tb, tr, tt) in list(shown.items()):
                        if lo.value - COVER_SLACK <= tl and tr <= ro.value + COVER_SLACK and \
                                bo.value - COVER_SLACK <= tb and tt <= to.value + COVER_SLACK:
                            out[address] = (COVERED_TEXT, (tl, tb))
                            del shown[address]
            continue
        reason = None
        mode = raw.FPDFTextObj_GetTextRenderMode(handle)
        if mode == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
            reason = INVISIBLE_TEXT
        else:
            stroke_only = mode in (raw.FPDF_TEXTRENDERMODE_STROKE, raw.FPDF_TEXTRENDERMODE_STROKE_CLIP)
            colour = raw.FPDFPageObj_GetStrokeColor if stroke_only else raw.FPDFPageObj_GetFillColor
            if colour(handle, r, g, b, a):
                if a.value == 0:
                    reason = "transparent text"
                elif min(r.value, g.value, b.value) >= NEAR_WHITE:
                    reason = "white text"
        have_bounds = raw.FPDFPageObj_GetBounds(handle, lo, bo, ro, to)
        if reason == "white text" and have_bounds:
            x, y = (lo.value + ro.value) / 2, (bo.value + to.value) / 2
            if any(bl <= x <= br and bb <= y <= bt for bl, bb, br, bt in backgrounds):
                reason = None
        if reason is None and raw.FPDFTextObj_GetFontSize(handle, size):
            matrix = obj.get_matrix()
            scale = max(abs(matrix.a * matrix.d - matrix.b * matrix.c), 0.0) ** 0.5
            height = abs(to.value - bo.value) if have_bounds else TINY_POINTS
            if size.value * scale < TINY_POINTS or (0 < height < TINY_POINTS * 0.75):
                reason = "text under 2 pt"
        if reason is None and have_bounds and obj.level == 0 and (
                ro.value <= left or lo.value >= right or to.value <= bottom or bo.value >= top):
            reason = "text outside the page's visible area"
        address = ctypes.cast(handle, ctypes.c_void_p).value or 0
        if reason is not None:
            out[address] = (reason, (lo.value, bo.value) if have_bounds else (0.0, 0.0))
        elif have_bounds and obj.level == 0 and len(shown) < MAX_BACKGROUNDS:
            shown[address] = (lo.value, bo.value, ro.value, to.value)
    return out


def _visible_chars(textpage: object, hiding: dict[int, tuple[str, tuple[float, float]]],
                   page_no: int) -> tuple[str, list[HiddenText]]:
    """The page's text without the characters of hidden objects, and those characters as hidden passages."""
    import ctypes

    import pypdfium2.raw as raw

    tp = textpage.raw  # type: ignore[attr-defined]
    count = raw.FPDFText_CountChars(tp)
    whole = textpage.get_text_range()  # type: ignore[attr-defined]
    same = len(whole) == count
    kept: list[str] = []
    hidden: list[HiddenText] = []
    run: list[str] = []
    run_reason: tuple[str, tuple[float, float]] | None = None

    def flush() -> None:
        nonlocal run, run_reason
        text = " ".join("".join(run).split())
        if text and run_reason is not None:
            reason, (x, y) = run_reason
            hidden.append(HiddenText(text, reason, f"page {page_no}, at x {x:.0f} pt, y {y:.0f} pt", page_no))
        run, run_reason = [], None

    for i in range(count):
        ch = whole[i] if same else chr(raw.FPDFText_GetUnicode(tp, i) or 0xFFFD)
        obj = raw.FPDFText_GetTextObject(tp, i)
        address = ctypes.cast(obj, ctypes.c_void_p).value if obj else None
        why = hiding.get(address) if address else None
        if address is None and run_reason is not None:  # a generated space or line break inside a hidden run
            run.append(" ")
            continue
        if why is not None:
            if run_reason is not None and why[0] != run_reason[0]:
                flush()
            if run_reason is None:
                run_reason = why
            run.append(ch)
            continue
        if run_reason is not None:
            flush()
            kept.append("\n")
        kept.append(ch)
    flush()
    return "".join(kept), hidden


# What zipfile and zlib raise on a damaged archive: bad headers or central directory, unknown compression
# or zip version, corrupt deflate data, undecodable names, seeks before the start, truncated members.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, NotImplementedError, RuntimeError, EOFError,
              OSError, ValueError, OverflowError, IndexError, struct.error, zlib.error)
WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word writes about a dozen tags per run of text, and runs are rarely shorter than a word; two tags per
# allowed character leaves room for a heavily formatted document
# and stops an element bomb (millions of empty elements) before expat spends seconds on it.
MAX_TAGS_PER_CHAR = 2
# Tracked changes, by element: what accepting them does to their text.
TRACKED = {"ins": "insertion", "del": "deletion", "moveTo": "move_to", "moveFrom": "move_from"}
DELETED_T = 2  # in_t inside a w:delText
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_docx(data: bytes, name: str, settings: Settings) -> DocxReader:
    """The paragraphs of word/document.xml (with its hidden text and tracked changes), read as a stream: sizes are
    checked before and while inflating and no element tree is built, so a zip bomb or an element bomb is refused in
    bounded memory."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise errors.EncryptedDocument(
                f"The DOCX is password-protected; save an unlocked copy and review that: {name}", path=name)
        raise errors.CorruptDocument(f"This is an old Word .doc file, not a DOCX; save it as .docx: {name}", path=name)
    reader = DocxReader(name, settings.max_chars)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
            check_member(info, name, settings)
            with zf.open(info) as member:
                inflated = tags = 0
                while chunk := member.read(1 << 16):
                    inflated += len(chunk)
                    tags += chunk.count(b"<")  # counted in C before expat calls back into Python per tag
                    if inflated > settings.max_inflated_bytes:
                        raise _too_large_xml(name, settings)
                    if tags > MAX_TAGS_PER_CHAR * settings.max_chars:
                        raise errors.DocumentTooLarge(
                            f"The DOCX holds over {tags:,} XML tags (an element bomb?); the limit is "
                            f"{MAX_TAGS_PER_CHAR} per allowed character: {name}", path=name)
                    reader.feed(chunk)
        reader.close()
    except ZIP_ERRORS as exc:
        raise errors.CorruptDocument(f"The DOCX file is damaged: {name}", path=name) from exc
    except expat.ExpatError as exc:
        raise errors.CorruptDocument(f"The DOCX file is damaged (bad XML): {name}", path=name) from exc
    return reader


def check_member(info: zipfile.ZipInfo, name: str, settings: Settings) -> None:
    """Refuse an encrypted, oddly compressed or oversized member before inflating any of it."""
    if info.flag_bits & 0x1:
        raise errors.EncryptedDocument(
            f"The DOCX is password-protected; save an unlocked copy and review that: {name}", path=name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise errors.CorruptDocument(f"The DOCX uses a compression Word never writes: {name}", path=name)
    if info.file_size > settings.max_inflated_bytes:
        raise _too_large_xml(name, settings)


def _too_large_xml(name: str, settings: Settings) -> errors.DocumentTooLarge:
    return errors.DocumentTooLarge(
        f"The DOCX text inflates to over {settings.max_inflated_bytes / 1e6:.0f} MB; the limit is "
        f"REVIEWER_MAX_INFLATED_BYTES: {name}", path=name)


def _on(attrs: dict[str, str]) -> bool:
    """A Word toggle property (w:vanish, w:b, ...) is on unless its w:val says false."""
    return attrs.get(WORD_NS + "val", "true").lower() not in ("0", "false", "off", "none")


def _coloured(value: str) -> bool:
    """A Word shading, highlight or background value that is set and not white."""
    return bool(value) and value.lower() not in ("auto", "none", "clear") and not _near_white(value)


def _near_white(value: str) -> bool:
    value = value.strip().lower()
    if value == "white":
        return True
    if len(value) != 6 or any(c not in "0123456789abcdef" for c in value):
        return False
    return min(int(value[i:i + 2], 16) for i in (0, 2, 4)) >= NEAR_WHITE


class DocxReader:
    """Collects the text of w:t runs per w:p paragraph from expat events (tabs become spaces, breaks
    newlines). Refuses a DTD, so no entity can expand, and stops once the text exceeds `max_chars`.

    A run a reader does not see (w:vanish, a white or near-white w:color on no dark w:shd or w:highlight, w:sz
    under 4 half-points) goes to `hidden` with its paragraph's number instead of into the text.

    Tracked changes are read as if all were accepted: text inside w:ins or w:moveTo is text, text inside w:del or
    w:moveFrom (w:delText, or w:t) is not, and a deleted paragraph mark joins its paragraph to the next. Each
    change goes to `changes`. `pieces` holds (w:t number, offset in it, text) for every piece of the text that
    came from a w:t, so a writer can find a span of the text in the XML (renderers/docx.py)."""

    def __init__(self, name: str, max_chars: int) -> None:
        self.name, self.max_chars = name, max_chars
        self.parts: list[str] = []
        self.chars = 0
        self.depth_p = 0
        self.in_t = 0
        self.paragraph = 0
        self.in_rpr = 0
        self.run: dict[str, str] = {}
        self.hidden: list[HiddenText] = []
        self.pending: list[str] = []
        self.pending_reason: str | None = None
        self.pending_paragraph = 0
        self.para_shd = self.cell_shd = self.page_colour = ""
        self.in_tc_pr = False
        self.tracked: list[tuple[str, str, str | None]] = []  # the open w:ins, w:del...: (kind, author, date)
        self.mark_deleted = False
        self.changes: list[TrackedChange] = []
        self.change_key: tuple[int, str, str, str | None] | None = None
        self.change_parts: list[str] = []
        self.t_number = -1
        self.t_offset = 0
        self.pieces: list[tuple[int, int, str]] = []
        self.parser = expat.ParserCreate(namespace_separator="}")
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.data
        self.parser.StartDoctypeDeclHandler = self.doctype

    def feed(self, chunk: bytes) -> None:
        self.parser.Parse(chunk, False)

    def close(self) -> None:
        self.parser.Parse(b"", True)
        self.flush_hidden()
        self.flush_change()

    def text(self) -> str:
        return "".join(self.parts).rstrip("\n")

    def doctype(self, *_: object) -> None:
        raise errors.CorruptDocument(f"The DOCX file is damaged (it declares a DTD): {self.name}", path=self.name)

    def count(self, text: str) -> None:
        self.chars += len(text)
        if self.chars > self.max_chars:
            raise errors.over_char_limit(self.max_chars, self.name)

    def add(self, text: str) -> None:
        self.count(text)
        if self.pending_reason is not None:
            if not text.strip():
                self.pending.append(" ")
            else:
                self.flush_hidden()
        self.parts.append(text)

    def hide(self, text: str, reason: str) -> None:
        self.count(text)
        if self.pending_reason not in (None, reason):
            self.flush_hidden()
        if self.pending_reason is None:
            self.pending_paragraph = self.paragraph
        self.pending_reason = reason
        self.pending.append(text)

    def emit(self, text: str) -> None:
        """Text met in the body: kept out if deleted, recorded if part of a change, hidden or added."""
        kind = self.tracked[-1][0] if self.tracked else None
        if self.in_t == DELETED_T and kind not in ("deletion", "move_from"):
            kind = "deletion"
        if kind is not None:
            self.track(text)
        if kind in ("deletion", "move_from"):
            self.count(text)
            return
        if kind is None:
            self.flush_change()
        reason = self.run_hidden() if self.in_t else None
        if reason is not None:
            self.hide(text, reason)
            return
        if self.in_t:
            self.pieces.append((self.t_number, self.t_offset, text))
        self.add(text)

    def track(self, text: str) -> None:
        """Add `text` to the change being read, starting a new one where the change element or paragraph differs."""
        kind, author, date = self.tracked[-1] if self.tracked else ("deletion", "", None)
        key = (self.paragraph, kind, author, date)
        if key != self.change_key:
            self.flush_change()
            self.change_key = key
        self.change_parts.append(text)

    def flush_change(self) -> None:
        text = " ".join("".join(self.change_parts).split())
        if text and self.change_key is not None:
            paragraph, kind, author, date = self.change_key
            self.changes.append(TrackedChange(kind=kind, author=author, date=date, text=text, paragraph=paragraph))
        self.change_parts, self.change_key = [], None

    def flush_hidden(self) -> None:
        text = " ".join("".join(self.pending).split())
        if text and self.pending_reason:
            self.hidden.append(HiddenText(text, self.pending_reason, f"paragraph {self.pending_paragraph}"))
        self.pending, self.pending_reason = [], None

    def run_hidden(self) -> str | None:
        run = self.run
        if "vanish" in run or "specVanish" in run or "webHidden" in run:
            return "hidden text (w:vanish)"
        size = run.get("sz", "")
        if size.isdigit() and int(size) < 4:
            return "text under 2 pt"
        colour = run.get("color", "")
        if colour and _near_white(colour):
            backs = (run.get("shd", ""), run.get("highlight", ""), self.para_shd, self.cell_shd, self.page_colour)
            if not any(_coloured(back) for back in backs):
                return "white text"
        return None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = tag[len(WORD_NS):] if tag.startswith(WORD_NS) else None
        if local in TRACKED and self.in_rpr:  # on a paragraph mark: a deleted one joins the paragraph to the next
            self.mark_deleted = self.mark_deleted or TRACKED[local] in ("deletion", "move_from")
        elif local in TRACKED:
            self.tracked.append((TRACKED[local], attrs.get(WORD_NS + "author", ""), attrs.get(WORD_NS + "date")))
        elif local == "p":
            if not self.depth_p:
                self.paragraph += 1
                self.para_shd = ""
            self.depth_p += 1
        elif local == "r":
            self.run = {}
        elif local == "rPr":
            self.in_rpr += 1
        elif local == "shd" and not self.in_rpr:  # a paragraph's or a table cell's shading
            if self.in_tc_pr:
                self.cell_shd = attrs.get(WORD_NS + "fill", "")
            elif self.depth_p:
                self.para_shd = attrs.get(WORD_NS + "fill", "")
        elif local == "tcPr":
            self.in_tc_pr = True
        elif local == "tc":
            self.cell_shd = ""
        elif local == "background":
            self.page_colour = attrs.get(WORD_NS + "color", "")
        elif self.in_rpr and local in ("vanish", "specVanish", "webHidden"):
            if _on(attrs):
                self.run[local] = "1"
        elif self.in_rpr and local in ("sz", "color", "highlight"):
            self.run[local] = attrs.get(WORD_NS + "val", "")
        elif self.in_rpr and local == "shd":
            self.run["shd"] = attrs.get(WORD_NS + "fill", "")
        elif local == "t":
            self.t_number += 1
            self.t_offset = 0
            self.in_t = 1 if self.depth_p else 0
        elif self.depth_p and local == "delText":
            self.in_t = DELETED_T
        elif self.depth_p and local == "tab":
            self.emit(" ")
        elif self.depth_p and local in ("br", "cr"):
            self.emit("\n")

    def end(self, tag: str) -> None:
        local = tag[len(WORD_NS):] if tag.startswith(WORD_NS) else None
        if local in TRACKED and not self.in_rpr and self.tracked:
            self.tracked.pop()
        elif local == "p" and self.depth_p:
            self.depth_p -= 1
            self.flush_change()
            if not self.mark_deleted:
                self.add("\n")
            self.mark_deleted = False
        elif local == "rPr" and self.in_rpr:
            self.in_rpr -= 1
        elif local == "tcPr":
            self.in_tc_pr = False
        elif local == "tc":
            self.cell_shd = ""
        elif local == "r":
            self.run = {}
        elif local in ("t", "delText"):
            self.in_t = 0

    def data(self, text: str) -> None:
        if self.in_t:
            self.emit(text)
            self.t_offset += len(text)


def _ranges(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + (" ..." if len(numbers) > 10 else "")


# --- normalisation -------------------------------------------------------------------------------


def _split_lines(page: str) -> list[str]:
    return [line.rstrip() for line in re.split(r"\r\n|\r|\n", page)]


def _furniture(pages: list[list[str]]) -> set[str]:
    """Keys of lines that repeat at the top or bottom of most pages (running headers, footers)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        body = [ln for ln in lines if ln.strip()]
        edge = {_furniture_key(ln) for ln in body[:2] + body[-2:] if len(ln.strip()) <= MAX_FURNITURE_CHARS}
        counts.update(edge)
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= need and key}


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _strip_furniture(lines: list[str], furniture: set[str]) -> list[str]:
    body_idx = [i for i, ln in enumerate(lines) if ln.strip()]
    edges = set(body_idx[:2] + body_idx[-2:])
    out = []
    for i, ln in enumerate(lines):
        if i in edges and (_furniture_key(ln) in furniture or PAGE_NUMBER.match(ln)):
            continue
        out.append(ln)
    return out


FIELD_WITH_FIGURES = re.compile(r"^[A-Za-z][A-Za-z ]{0,20}:\s+(?=.*\d)\S")


def is_title(line: str) -> bool:
    """A line that titles what follows. A short line laid out like a heading may instead be a field and its value
    ('Dates: Monday 7 December to Friday 11 December'): that is content, though it ends its line as a title does."""
    return _is_heading(line) and not FIELD_WITH_FIGURES.match(line.strip())


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 70 or TERMINAL.search(s) or s.endswith(","):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", s)
    if not words:
        return False
    if s.isupper() or s.startswith("#"):
        return True
    small = {"a", "an", "and", "of", "the", "to", "for", "in", "on", "or", "with", "by", "at"}
    return all(w[0].isupper() or w.lower() in small for w in words) and len(words) <= 10


def _join_kind(prev: str, line: str, width: int, page_break: bool, unwrapped: bool) -> str:
    """How `line` continues `prev`: '' (glue), ' ' (same paragraph) or '\\n' (new paragraph)."""
    p, s = prev.rstrip(), line.lstrip()
    if p.endswith(SOFT_HYPHENS):
        return ""
    if p.endswith("-") and s[:1].islower() and _word_before_hyphen(p) not in ("", *KEEP_HYPHEN_PREFIXES):
        return "" if not unwrapped else "\n"
    if unwrapped and not page_break:
        return "\n"
    if LIST_MARKER.match(s) or s.startswith("#") or _is_heading(p):
        return "\n"
    if TERMINAL.search(p):
        if page_break:
            return "\n"
        wrapped = len(p) >= 0.8 * width and (s[:1].islower() or not _is_heading(s))
        return " " if wrapped else "\n"
    if _is_heading(s) and not page_break:
        return "\n"
    if p.endswith(",") and len(p) < 0.5 * width and s[:1].isupper() and not page_break:
        return "\n"
    return " "


def _word_before_hyphen(line: str) -> str:
    """The lower-cased word (letters of any script) that a line-end hyphen follows, or ''."""
    m = WORD_BEFORE_HYPHEN.search(line)
    return m.group(1).lower() if m else ""


def normalise(pages: list[str], unwrapped: bool = False) -> tuple[str, list[int]]:
    """Join pages into one text: drop furniture, repair hyphenation, unwrap lines.

    Returns the text and the offset where each page starts.
    """
    page_lines = [_split_lines(p) for p in pages]
    furniture = _furniture(page_lines) if not unwrapped else set()
    out: list[str] = []
    length = 0
    starts: list[int] = []
    prev: str | None = None
    blank_since_prev = False
    for lines in page_lines:
        lines = _strip_furniture(lines, furniture) if len(page_lines) > 1 else lines
        lengths = sorted(len(ln.strip()) for ln in lines if ln.strip())
        width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
        page_break = prev is not None
        page_started = False
        for raw in lines:
            line = " ".join(raw.split())
            if line.endswith(SOFT_HYPHENS):
                line = _drop_soft(line[:-1]) + line[-1]
            else:
                line = _drop_soft(line)
            if not line:
                blank_since_prev = True
                continue
            if prev is None:
                sep = ""
            elif blank_since_prev and not page_break:
                sep = "\n"
            elif blank_since_prev and page_break and TERMINAL.search(prev):
                sep = "\n"
            else:
                sep = _join_kind(prev, line, width, page_break, unwrapped)
            if sep == "" and prev is not None:
                # drop the hyphen (soft or typeset) that ended the previous line
                out[-1] = out[-1][:-1]
                length -= 1
            out.append(sep)
            length += len(sep)
            if not page_started:
                starts.append(length)
                page_started = True
            out.append(line)
            length += len(line)
            prev = line
            blank_since_prev = False
            page_break = False
        if not page_started:
            starts.append(length)
    text = "".join(out)
    if text.endswith(SOFT_HYPHENS):
        text = text[:-1]
    return text, _contiguous(starts, len(text))


def _contiguous(starts: list[int], end: int) -> list[int]:
    """Page starts sorted and within the text: a page left empty by a hyphen join (or a dropped final
    hyphen) starts where the next page starts, so no page ends before it begins."""
    out: list[int] = []
    limit = end
    for start in reversed(starts):
        limit = min(start, limit)
        out.append(limit)
    return out[::-1]


def _drop_soft(s: str) -> str:
    """Remove in-line hyphenation marks; PDFium also uses U+FFFE for a typeset hyphen it joined, so keep
    the hyphen after prefixes that are normally hyphenated (self-, non-, well-...)."""
    def repl(m: re.Match[str]) -> str:
        word = m.group(1)
        return word + "-" if word.lower() in KEEP_HYPHEN_PREFIXES else word

    if not any(ch in s for ch in SOFT_HYPHENS):
        return s
    s = SOFT_BREAK.sub(repl, s)
    for ch in SOFT_HYPHENS:
        s = s.replace(ch, "")
    return s
