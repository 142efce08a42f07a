"""Stage 1 guard: what a PDF's pages would cost pdfium, measured before pdfium parses them.

pdfium inflates a page's whole content stream when it loads the page and builds per-character tables
when it extracts text, so a small file can take gigabytes and minutes. Here each page's content streams
(and the form XObjects it draws) are inflated in chunks up to a cap, and the characters they show are
counted from their string operands, so an oversized page is refused before pdfium sees it.
"""

from __future__ import annotations

import io
import logging
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field

from . import errors
from .settings import Settings

# String operands of text-showing operators: literal (...) with escapes, and hexadecimal <...>.
STRING = re.compile(rb"\((?:[^()\\]++|\\.)*+\)|<[0-9A-Fa-f\s]*+>", re.S)
# NUL is white space to pdfium (and the PDF standard), not part of a name as pypdf reads it
DRAW_FORM = re.compile(rb"/([^\s\x00/\[\]()<>{}%]+)[\s\x00]*Do\b")
NUL = "\x00"
MAX_FORM_DEPTH = 8
# Forms drawn on one page, nested draws multiplied out (pypdf allows 5,000 per page when it extracts text).
MAX_FORM_DRAWS = 10_000
# Counted string bytes over-estimate characters (two-byte fonts, spaces the layout drops), so the raw
# count may run to twice the character limit before a document is refused unread.
RAW_CHARS_FACTOR = 2


def too_many_chars(chars: int, name: str, settings: Settings) -> errors.DocumentTooLarge:
    return errors.DocumentTooLarge(
        f"Document has about {chars:,} characters; the limit is {settings.max_chars:,}: {name}", path=name)


@dataclass
class Budget:
    """What is left to spend on one document, and where to send the bill."""

    name: str
    settings: Settings
    inflated: int = 0
    form_content: dict[object, bytes] = field(default_factory=dict)  # a form drawn on every page is read once
    form_costs: dict[object, "Cost"] = field(default_factory=dict)  # on the page being checked

    def spend_inflated(self, n: int) -> None:
        self.inflated += n
        if self.inflated > self.settings.max_inflated_bytes:
            raise errors.DocumentTooLarge(
                f"The PDF's page contents inflate to over {self.settings.max_inflated_bytes / 1e6:.0f} MB "
                f"(a compression bomb?); the limit is REVIEWER_MAX_INFLATED_BYTES: {self.name}", path=self.name)


def check_pdf(data: bytes, name: str, settings: Settings, page_count: int) -> None:
    """Raise DocumentTooLarge if a page inflates or shows more than the limits allow, CorruptDocument if a form
    draws itself or the file cannot be checked as pdfium will read it.

    `page_count` is the number of pages pdfium found. A page tree read here with other pages, or not at
    all, leaves pages this check cannot see, so the PDF is refused as damaged (CorruptDocument) rather than
    handed to pdfium unchecked; pdfium reports encryption itself before this check runs."""
    from pypdf import PdfReader

    if not _xref_found(data) and (_defined_twice(data) or _raw_form_loop(data, settings)):
        raise errors.CorruptDocument(
            f"The PDF is damaged: its cross-reference table is missing, and read as pdfium repairs it, it may hold "
            f"a form that draws itself or an object defined twice; re-save it (print to PDF) and try again: {name}",
            path=name)
    budget = Budget(name, settings)
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # pypdf logs each repair it makes; the report is pdfium's to give
    try:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                reader.decrypt("")  # pdfium opened it, so it opens with no password
            pages = reader.pages
            found = len(pages)
        except Exception as exc:  # noqa: BLE001 - pypdf cannot read the page tree pdfium repaired
            raise _unchecked(name, page_count, None) from exc
        if found != page_count:
            raise _unchecked(name, page_count, found)
        total = 0
        for number in range(min(found, settings.max_pages)):
            chars = _page_chars(pages[number], budget)
            if chars > settings.max_page_chars:
                raise errors.DocumentTooLarge(
                    f"Page {number + 1} shows about {chars:,} characters; the limit is {settings.max_page_chars:,} "
                    f"per page (REVIEWER_MAX_PAGE_CHARS): {name}", path=name)
            total += chars
            if total > RAW_CHARS_FACTOR * settings.max_chars:
                raise too_many_chars(total, name, settings)
    except errors.ReviewerError:
        raise
    except Exception as exc:  # noqa: BLE001 - a page pypdf cannot read: unchecked, so refused
        raise _unchecked(name, page_count, None) from exc
    finally:
        quiet.setLevel(level)


OBJECT = re.compile(rb"(?<![\d.])(\d{1,10})[\s\x00]+(\d{1,5})[\s\x00]+obj\b")
STARTXREF = re.compile(rb"startxref[\s\x00]+(\d{1,12})")


def _xref_found(data: bytes) -> bool:
    """True when the last startxref points at a cross-reference table or stream, as an undamaged file's does."""
    found = STARTXREF.findall(data[-4096:])
    if not found:
        return False
    at = int(found[-1])
    return data[at:at + 4] == b"xref" or OBJECT.match(data, at) is not None


def _defined_twice(data: bytes) -> bool:
    """Some object number is defined twice: without a cross-reference table, pypdf reads the first, pdfium the
    last, so the check could see a page other than the one drawn."""
    numbers = [m.group(1) for m in OBJECT.finditer(data)]
    return len(numbers) != len(set(numbers))


REFERENCE = re.compile(rb"/([^\s\x00/\[\]()<>{}%]+)[\s\x00]+(\d{1,10})[\s\x00]+\d{1,5}[\s\x00]+R\b")
STREAM = re.compile(rb"stream\r?\n(.*?)(?:endstream|$)", re.S)


def _raw_form_loop(data: bytes, settings: Settings) -> bool:
    """Read from the bytes alone, as a repairing reader might: could some form draw itself, or fan out past
    MAX_FORM_DRAWS? A name drawn is taken to mean every object that name refers to anywhere in the file, so
    this over-reaches, and is asked only of files whose structure is damaged."""
    refers: dict[bytes, set[bytes]] = {}
    for m in REFERENCE.finditer(data):
        refers.setdefault(m.group(1), set()).add(m.group(2))
    starts = list(OBJECT.finditer(data))
    draws: dict[bytes, Counter[bytes]] = {}
    for i, m in enumerate(starts):
        body = data[m.end():starts[i + 1].start() if i + 1 < len(starts) else len(data)]
        if b"/Form" not in body:
            continue
        stream = STREAM.search(body)
        content = stream.group(1) if stream else b""
        if b"/FlateDecode" in body:
            content = _inflate_flate(content, settings.max_page_content_bytes, Budget("", settings)) or content
        draws[m.group(1)] = Counter(t for name in DRAW_FORM.findall(content) for t in refers.get(name, ()))
    total: dict[bytes, int] = {}

    def count(form: bytes, path: tuple[bytes, ...]) -> int:  # forms drawn under `form`, or -1 for a loop
        if form in path:
            return -1
        if len(path) >= MAX_FORM_DEPTH:
            return 0
        if form not in total:
            n = 0
            for target, times in draws[form].items():
                below = count(target, (*path, form)) if target in draws else 0
                if below < 0:
                    return -1
                n = min(n + times * (1 + below), MAX_FORM_DRAWS + 1)
            total[form] = n
        return total[form]

    return any(count(form, ()) < 0 or total[form] > MAX_FORM_DRAWS for form in draws)


def _unchecked(name: str, page_count: int, found: int | None) -> errors.CorruptDocument:
    seen = "no" if found is None else found
    return errors.CorruptDocument(
        f"The PDF is damaged: its page tree cannot be checked before reading (the reader repairs it to "
        f"{page_count} page(s), the check reads {seen}); re-save it (print to PDF) and try again: {name}", path=name)


@dataclass(frozen=True)
class Cost:
    """What drawing some content costs pdfium: characters shown, content bytes parsed, forms drawn."""

    chars: int = 0
    content: int = 0
    draws: int = 0

    def plus(self, other: "Cost", times: int) -> "Cost":
        return Cost(self.chars + other.chars * times, self.content + other.content * times,
                    self.draws + (1 + other.draws) * times)

    def most(self, other: "Cost") -> "Cost":
        return Cost(max(self.chars, other.chars), max(self.content, other.content), max(self.draws, other.draws))


def _page_chars(page: object, budget: Budget) -> int:
    """Characters the page shows, after checking what its content, and every form its resources hold, cost."""
    resources = _get(page, "/Resources")
    budget.form_costs.clear()  # a form's names may resolve in the page's resources, so its cost is the page's
    # every form the page could draw, drawn once: what content this check cannot read may draw them all
    reach = _cost(_every_form(resources), resources, resources, budget, ())
    try:
        contents = _get(page, "/Contents")
        streams = list(contents) if isinstance(contents, list) else [contents] if contents is not None else []
        cost = _cost(b"".join(_inflate(s.get_object(), budget) for s in streams), resources, resources, budget, ())
    except errors.ReviewerError:
        raise
    except Exception:  # noqa: BLE001 - pypdf cannot read this content, pdfium may: it could draw every form
        cost = reach
    cost = cost.most(reach)
    if cost.content > budget.settings.max_page_content_bytes or cost.draws > MAX_FORM_DRAWS:
        raise errors.DocumentTooLarge(
            f"A page draws {cost.draws:,} forms, {cost.content / 1e6:.0f} MB of content in all; the limits are "
            f"{MAX_FORM_DRAWS:,} forms and REVIEWER_MAX_PAGE_CONTENT_BYTES: {budget.name}", path=budget.name)
    return cost.chars


def _cost(content: bytes, resources: object, page_resources: object, budget: Budget,
          drawing: tuple[object, ...]) -> Cost:
    """The cost of `content`, with each form XObject it draws counted once per time it is drawn.

    A form's name is looked up in `resources`, then, as pdfium does, in the page's. `drawing` holds the forms
    being drawn around this content: a form inside itself is a loop pdfium follows, doubling at each turn, so it
    is refused."""
    cost = Cost(chars=sum((len(m) - 2) // 2 if m[:1] == b"<" else len(m) - 2 for m in STRING.findall(content)),
                content=len(content))
    if len(drawing) >= MAX_FORM_DEPTH or b"Do" not in content:
        return cost
    for form_name, times in Counter(DRAW_FORM.findall(content)).items():
        form = _xobject(resources, page_resources, "/" + form_name.decode("latin-1"), budget)
        if form is None or _get(form, "/Subtype") != "/Form":
            continue
        key = getattr(form, "indirect_reference", None) or id(form)
        key = (key.idnum, key.generation) if hasattr(key, "idnum") else key
        if key in drawing:
            raise errors.CorruptDocument(f"The PDF is damaged: a form draws itself: {budget.name}", path=budget.name)
        if key not in budget.form_content:  # a form pypdf reads with no stream may draw any form pdfium sees
            budget.form_content[key] = _inflate(form, budget) if hasattr(form, "get_data") else \
                _every_form(_get(form, "/Resources")) + b" " + _every_form(page_resources)
        if key not in budget.form_costs:
            budget.form_costs[key] = _cost(budget.form_content[key], _get(form, "/Resources") or resources,
                                           page_resources, budget, (*drawing, key))
        cost = cost.plus(budget.form_costs[key], times)
        if cost.chars > budget.settings.max_page_chars or cost.draws > MAX_FORM_DRAWS:
            break
    return cost


def _xobject(resources: object, page_resources: object, name: str, budget: Budget) -> object:
    """The XObject `name` names in `resources`, or else, as pdfium does, in the page's; refused as damage when
    it names an object the check cannot read (pdfium's repairs may find one there and draw it)."""
    for where in (resources, page_resources):
        xobjects = _get(where, "/XObject")
        entry = _raw(xobjects, name)
        if entry is not None:
            form = _get(xobjects, name)
            if form is None:
                raise errors.CorruptDocument(
                    f"The PDF is damaged: a page draws an object that cannot be read: {budget.name}", path=budget.name)
            return form
    return None


def _every_form(resources: object) -> bytes:
    """Content that draws each XObject in `resources` once."""
    xobjects = _get(resources, "/XObject")
    names = list(xobjects.keys()) if hasattr(xobjects, "keys") else []  # type: ignore[union-attr]
    return b" ".join(str(name).strip(NUL).encode("latin-1", "replace") + b" Do" for name in names)


def _inflate(stream: object, budget: Budget) -> bytes:
    """A content stream's decoded bytes, inflated in chunks so a bomb stops at the page cap."""
    cap = budget.settings.max_page_content_bytes
    filters = _get(stream, "/Filter")
    filters = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)] if filters else []
    raw = getattr(stream, "_data", b"") or b""
    if not filters:
        out = bytes(raw)
    elif filters == ["/FlateDecode"] and _get(stream, "/DecodeParms") is None:
        out = _inflate_flate(raw, cap, budget)
    else:
        out = stream.get_data()  # type: ignore[attr-defined]  - rare filters; pypdf applies its own limits
    if len(out) > cap:
        raise errors.DocumentTooLarge(
            f"A page's content inflates to over {cap / 1e6:.0f} MB; the limit is REVIEWER_MAX_PAGE_CONTENT_BYTES: "
            f"{budget.name}", path=budget.name)
    budget.spend_inflated(len(out))
    return out


def _inflate_flate(raw: bytes, cap: int, budget: Budget) -> bytes:
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = bytes(raw)
    try:
        while pending and len(out) <= cap:
            out += inflater.decompress(pending, min(1 << 20, cap + 1 - len(out)) or 1)
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # a damaged stream: keep what inflated, as pdfium does
    return bytes(out)


def _raw(obj: object, key: str) -> object:
    """`obj[key]` unresolved; a key pypdf read with trailing NULs ("/Contents\\0\\0") counts, as it does for pdfium."""
    try:
        obj = obj.get_object() if hasattr(obj, "get_object") else obj  # type: ignore[union-attr]
        value = obj.get(key) if hasattr(obj, "get") else None  # type: ignore[union-attr]
        if value is None and hasattr(obj, "items"):
            value = next((v for k, v in obj.items() if str(k).rstrip(NUL) == key), None)  # type: ignore[union-attr]
        return value
    except Exception:  # noqa: BLE001 - a broken reference is no content
        return None


def _get(obj: object, key: str) -> object:
    """`obj[key]` resolved (None where it cannot be)."""
    try:
        value = _raw(obj, key)
        return value.get_object() if hasattr(value, "get_object") else value
    except Exception:  # noqa: BLE001 - a broken reference is no content
        return None
