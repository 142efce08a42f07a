"""The candidate's own DOCX with the suggested wording as tracked changes and a comment on every finding
(`--redline OUT.docx`).

Evidence offsets index the normalised document text. The DOCX reader gives, for every piece of that text read from a
w:t element, the element's number and the offset in it (`DocxReader.pieces`), so a quote is found among those pieces
as the annotated PDF finds it on a page: squeezed of whitespace and hyphens, nearest to where its offset says. The
runs are split at the quote's first and last characters, so a quote that starts or ends inside a run, or spans
several, covers whole runs. Then, for each finding, by "reviewer":
- a Word comment (word/comments.xml) with the finding's note, its range on the first quote;
- where knowledge/redline.yaml has wording for the finding's kind, the quote lies in one paragraph and overlaps no
  quote changed already: the wording as a tracked insertion after the quote, and the quote as a tracked deletion
  when the wording replaces it.
Only word/document.xml, word/comments.xml, the document's relationships and [Content_Types].xml are written; every
other part is copied as it was.
"""

from __future__ import annotations

import bisect
import io
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from xml.dom import minidom
from xml.parsers import expat

from pydantic import BaseModel, ConfigDict, model_validator

from .. import errors
from ..document import ZIP_ERRORS, Source, check_member, read_docx
from ..isolate import run_limited
from ..knowledge import KNOWLEDGE_DIR
from ..clauses import title_length
from ..models import Finding, Review
from ..reply import template_fields
from ..settings import Settings
from ..yamlio import load_yaml
from . import Options, Renderer
from ._parts import AUTHOR, nearest, note, squeeze

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT, COMMENTS = "word/document.xml", "word/comments.xml"
RELS, TYPES = "word/_rels/document.xml.rels", "[Content_Types].xml"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
# What a tracked deletion may hold besides the runs it deletes (so neighbouring runs share one w:del).
RUN_LEVEL = {"r", "proofErr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "permStart",
             "permEnd"}
DELETED = {"t": "delText", "instrText": "delInstrText"}


class Wording(BaseModel):
    """The contract text proposed for one kind of finding: replacing its quote, or added after it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    replace: str | None = None
    add: str | None = None

    @model_validator(mode="after")
    def _one(self) -> "Wording":
        if (self.replace is None) == (self.add is None):
            raise ValueError("give either replace or add")
        return self

    def format(self, fields: dict[str, str]) -> "Wording":
        """The wording with its {fields} filled in."""
        return Wording(**{k: v.format(**fields) for k, v in self.model_dump(exclude_none=True).items()})


class RedlineKnowledge(BaseModel):
    """redline.yaml: the wording per kind of finding."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    kinds: dict[str, Wording]


@lru_cache(maxsize=1)
def load_redline_knowledge() -> RedlineKnowledge:
    """The proposed wording, validated."""
    return RedlineKnowledge.model_validate(load_yaml((KNOWLEDGE_DIR / "redline.yaml").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Redlined:
    """The redlined DOCX and what went into it."""

    data: bytes
    comments: int
    insertions: int  # findings whose wording was proposed
    deletions: int  # findings whose quote was proposed for deletion
    missed: int  # findings whose quote was not found in the file: their comment is at the document's start


@dataclass(frozen=True)
class Span:
    """Where a quote lies among the w:t elements: first and last character as (element number, offset), and its
    extent in the squeezed text (to tell overlapping quotes apart)."""

    first: tuple[int, int]
    last: tuple[int, int]
    squeezed: tuple[int, int]


@dataclass(frozen=True)
class Stream:
    """The judged text and the text of the document's w:t elements, both squeezed, to find a quote's characters."""

    judged: str  # the judged text, squeezed
    before: list[int]  # the offset in the judged text of each of its squeezed characters
    squeezed: str  # the w:t elements' text, squeezed
    where: list[int]  # the index in the pieces' joined text of each of its squeezed characters
    starts: list[int]  # where each piece starts in the joined text
    pieces: list[tuple[int, int, str]]

    @classmethod
    def of(cls, judged: str, pieces: list[tuple[int, int, str]]) -> "Stream":
        starts, at = [], 0
        for _, _, piece in pieces:
            starts.append(at)
            at += len(piece)
        return cls(*squeeze(judged), *squeeze("".join(piece for _, _, piece in pieces)), starts, pieces)

    def locate(self, start: int, end: int) -> Span | None:
        """Where the judged text from `start` to `end` lies among the w:t elements, or None if it is not there."""
        lo, hi = bisect.bisect_left(self.before, start), bisect.bisect_left(self.before, end)
        found = nearest(self.squeezed, self.judged[lo:hi], lo) if hi > lo else None
        if found is None:
            return None
        last = found + hi - lo - 1
        return Span(self._owner(self.where[found]), self._owner(self.where[last]), (found, last))

    def _owner(self, i: int) -> tuple[int, int]:
        """The w:t element and the offset in it of character `i` of the pieces' joined text."""
        k = bisect.bisect_right(self.starts, i) - 1
        number, offset, _ = self.pieces[k]
        return number, offset + i - self.starts[k]


class _Xml:
    """A parsed part and the qualified names of its WordprocessingML elements (the prefix the file uses)."""

    def __init__(self, data: bytes, prefix: str | None = None) -> None:
        if b"<!DOCTYPE" in data:
            raise expat.ExpatError("a DTD")
        self.dom = minidom.parseString(data)
        root = self.dom.documentElement
        self.prefix = prefix if prefix is not None else (root.prefix or "")

    def el(self, local: str, **attrs: str) -> minidom.Element:
        node = self.dom.createElementNS(W, self.q(local))
        for name, value in attrs.items():
            node.setAttributeNS(W, self.q(name), value)
        return node

    def q(self, local: str) -> str:
        return f"{self.prefix}:{local}" if self.prefix else local

    def text(self, local: str, value: str) -> minidom.Element:
        node = self.el(local)
        node.setAttribute("xml:space", "preserve")
        node.appendChild(self.dom.createTextNode(value))
        return node

    def serialised(self) -> bytes:
        return self.dom.toxml(encoding="UTF-8", standalone=True)


def redline(review: Review, source: Source, when: datetime | None = None) -> Redlined:
    """A copy of the reviewed DOCX with a comment on every finding and, where the finding's kind has wording in
    knowledge/redline.yaml, that wording proposed as tracked changes. The input bytes are not changed."""

    doc = source.document
    if doc.kind != "docx":
        raise errors.InvalidArgument(f"Only a DOCX can be redlined; {doc.source} is {doc.kind}")
    settings = Settings.load()
    # An element tree of the document costs far more memory than reading it as a stream: it is built in a child
    # process with the loader's memory and time limits.
    return run_limited(_redline, review, source, when or datetime.now(timezone.utc), settings,
                       memory_mb=settings.max_load_memory_mb, seconds=settings.max_load_seconds, name=doc.source)


def _redline(review: Review, source: Source, when: datetime, settings: Settings) -> Redlined:
    doc = source.document
    reader = read_docx(source.data, doc.source, settings)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as zin:
            infos = zin.infolist()
            if sum(info.file_size for info in infos) > settings.max_inflated_bytes + settings.max_file_bytes:
                raise errors.DocumentTooLarge(f"The DOCX inflates to over the limit (REVIEWER_MAX_INFLATED_BYTES) and "
                                              f"cannot be redlined: {doc.source}", path=doc.source)
            for info in infos:
                check_member(info, doc.source, settings)
            parts = {info.filename: zin.read(info) for info in infos}
            document = _Xml(parts[DOCUMENT])
            comments_part, parts = _comments_part(parts)
            comments = _Xml(parts[comments_part]) if comments_part in parts else _new_comments(document.prefix)
            counts = _mark(review, source, reader.pieces, document, comments, stamp)
            parts[DOCUMENT], parts[comments_part] = document.serialised(), comments.serialised()
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
                for info in infos:
                    zout.writestr(info, parts.pop(info.filename))
                for name, data in parts.items():  # the comments part, when the file had none
                    zout.writestr(zipfile.ZipInfo(name, when.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)
    except ZIP_ERRORS as exc:
        raise errors.CorruptDocument(f"The DOCX could not be redlined (it is damaged): {doc.source}",
                                     path=doc.source) from exc
    except expat.ExpatError as exc:
        raise errors.CorruptDocument(f"The DOCX could not be redlined (bad XML): {doc.source}",
                                     path=doc.source) from exc
    return Redlined(out.getvalue(), *counts)


def _comments_part(parts: dict[str, bytes]) -> tuple[str, dict[str, bytes]]:
    """The comments part's name, with the document's relationship to it and its content type added where missing."""
    rels = _Xml(parts[RELS]) if RELS in parts else _Xml(f'<Relationships xmlns="{RELS_NS}"/>'.encode())
    root = rels.dom.documentElement
    found = [r for r in root.getElementsByTagName("Relationship") if r.getAttribute("Type") == COMMENTS_REL]
    if found:
        target = found[0].getAttribute("Target")
        name = target.lstrip("/") if target.startswith("/") else "word/" + target
    else:
        used = {r.getAttribute("Id") for r in root.getElementsByTagName("Relationship")}
        rel = rels.dom.createElementNS(root.namespaceURI, "Relationship")
        rel.setAttribute("Id", next(f"rId{n}" for n in range(1, len(used) + 2) if f"rId{n}" not in used))
        rel.setAttribute("Type", COMMENTS_REL)
        rel.setAttribute("Target", "comments.xml")
        root.appendChild(rel)
        name = COMMENTS
    types = _Xml(parts.get(TYPES, f'<Types xmlns="{TYPES_NS}"/>'.encode()))
    troot = types.dom.documentElement
    if not any(o.getAttribute("PartName") == "/" + name for o in troot.getElementsByTagName("Override")):
        override = types.dom.createElementNS(troot.namespaceURI, "Override")
        override.setAttribute("PartName", "/" + name)
        override.setAttribute("ContentType", COMMENTS_TYPE)
        troot.appendChild(override)
    return name, {**parts, RELS: rels.serialised(), TYPES: types.serialised()}


def _new_comments(prefix: str) -> _Xml:
    declaration = f"xmlns:{prefix}" if prefix else "xmlns"
    return _Xml(f'<{prefix + ":" if prefix else ""}comments {declaration}="{W}"/>'.encode(), prefix)


def _mark(review: Review, source: Source, pieces: list[tuple[int, int, str]], document: _Xml, comments: _Xml,
          stamp: str) -> tuple[int, int, int, int]:
    """Add the comments and tracked changes to the parsed parts; return the counts for `Redlined`."""
    texts = document.dom.getElementsByTagNameNS(W, "t")
    stream = Stream.of(source.document.text, pieces)
    wording = load_redline_knowledge().kinds
    anchors = [stream.locate(f.evidence[0].start, f.evidence[0].end) if f.evidence else None for f in review.findings]
    targets = [_target(f, stream) if f.rule in wording else None for f in review.findings]
    runs = _split_runs(texts, [s for s in anchors + targets if s is not None])
    fields = template_fields(review)
    ids = _ids(document, comments)
    proposed: list[Wording] = []
    changed: list[tuple[int, int]] = []
    missed = 0
    for f, anchor, target in zip(review.findings, anchors, targets):
        comment = next(ids)
        _comment(comments, comment, note(f), stamp)
        if anchor is None:
            missed += 1
            _anchor_at_start(document, comment)
            continue
        first, end = _run_of(runs, anchor.first), _top(_run_of(runs, anchor.last))
        if target is not None and _changeable(target, runs, changed):
            changed.append(target.squeezed)
            proposed.append(wording[f.rule])
            end = _propose(document, runs, target, wording[f.rule].format(fields), ids, stamp)
        _top(first).parentNode.insertBefore(document.el("commentRangeStart", id=str(comment)), _top(first))
        _after(end, document.el("commentRangeEnd", id=str(comment)))
        _after(end.nextSibling, _reference(document, comment))
    return len(review.findings), len(proposed), sum(w.replace is not None for w in proposed), missed


def _changeable(target: Span, runs: dict[int, dict[int, minidom.Element]], changed: list[tuple[int, int]]) -> bool:
    """A quote can be changed when it lies in one paragraph and overlaps no quote changed already."""
    a, b = target.squeezed
    return (_paragraph(_run_of(runs, target.first)) is _paragraph(_run_of(runs, target.last))
            and not any(a <= end and start <= b for start, end in changed))


def _propose(xml: _Xml, runs: dict[int, dict[int, minidom.Element]], target: Span, words: Wording, ids,
             stamp: str) -> minidom.Element:
    """The wording as a tracked insertion after the quote, and the quote as a tracked deletion where the wording
    replaces it; return the insertion."""
    first, last = _run_of(runs, target.first), _run_of(runs, target.last)
    if words.replace is not None:
        _delete(xml, _runs_between(first, last), ids, stamp)
    return _insert_after(xml, _top(last), last, words.replace or " " + (words.add or ""), next(ids), stamp)


def _target(f: Finding, stream: Stream) -> Span | None:
    """The part of a finding's first quote that its wording replaces or follows: the quote without the section title
    it opens with ('2. Ownership.'), which stays."""
    e = f.evidence[0] if f.evidence else None
    return stream.locate(e.start + title_length(e.quote), e.end) if e is not None else None


def _split_runs(texts: minidom.NodeList, spans: list[Span]) -> dict[int, dict[int, minidom.Element]]:
    """Split runs so that every quote starts and ends at a run's edge; per w:t number, the run holding each part of
    its text, by the offset where that part starts."""
    cuts: dict[int, set[int]] = {}
    for s in spans:
        cuts.setdefault(s.first[0], set()).add(s.first[1])
        cuts.setdefault(s.last[0], set()).add(s.last[1] + 1)
    runs: dict[int, dict[int, minidom.Element]] = {}
    for number, offsets in cuts.items():
        t = texts[number]
        length = len(_text_of(t))
        parts: dict[int, minidom.Element] = {}
        for k in sorted(offsets, reverse=True):
            new = _split(t, k)
            if new is not None and k < length:
                parts[k] = new
        parts.setdefault(0, t.parentNode)
        runs[number] = parts
    return runs


def _run_of(runs: dict[int, dict[int, minidom.Element]], at: tuple[int, int]) -> minidom.Element:
    number, offset = at
    return runs[number][max(k for k in runs[number] if k <= offset)]


def _split(t: minidom.Element, k: int) -> minidom.Element | None:
    """Split t's run so that a new run holds t's text from offset k and all that follows t in the run; return it,
    or None where nothing would move (k is the start of the run's content, or the end of it)."""
    run = t.parentNode
    text = _text_of(t)
    after = []
    node = t.nextSibling
    while node is not None:
        after.append(node)
        node = node.nextSibling
    if k == 0:
        if all(_local(n) in ("rPr", None) for n in run.childNodes[:run.childNodes.index(t)]):
            return None
        moving = [t] + after
    elif k >= len(text):
        if not after:
            return None
        moving = after
    else:
        tail = t.cloneNode(False)
        _set_text(tail, text[k:])
        _set_text(t, text[:k])
        moving = [tail] + after
    new = run.cloneNode(False)
    for n in run.childNodes:
        if _local(n) == "rPr":
            new.appendChild(n.cloneNode(True))
    for n in moving:
        new.appendChild(n)
    run.parentNode.insertBefore(new, run.nextSibling)
    return new


def _text_of(t: minidom.Element) -> str:
    return "".join(n.data for n in t.childNodes if n.nodeType in (n.TEXT_NODE, n.CDATA_SECTION_NODE))


def _set_text(t: minidom.Element, value: str) -> None:
    for n in list(t.childNodes):
        t.removeChild(n)
    t.setAttribute("xml:space", "preserve")
    t.appendChild(t.ownerDocument.createTextNode(value))


def _local(node: minidom.Node) -> str | None:
    """The local name of a WordprocessingML element, else None."""
    return node.localName if node.nodeType == node.ELEMENT_NODE and node.namespaceURI == W else None


def _paragraph(node: minidom.Node) -> minidom.Element:
    while _local(node) != "p":
        node = node.parentNode
    return node


def _top(node: minidom.Node) -> minidom.Node:
    """The ancestor of `node` (or itself) that is a child of its paragraph."""
    while _local(node.parentNode) != "p":
        node = node.parentNode
    return node


def _after(node: minidom.Node, new: minidom.Node) -> None:
    node.parentNode.insertBefore(new, node.nextSibling)


def _runs_between(first: minidom.Element, last: minidom.Element) -> list[minidom.Element]:
    """The runs of a paragraph from `first` to `last`, leaving out those deleted already."""
    p = _paragraph(first)
    runs = [r for r in p.getElementsByTagNameNS(W, "r") if _paragraph(r) is p and not _in_deletion(r, p)]
    return runs[runs.index(first):runs.index(last) + 1]


def _in_deletion(node: minidom.Node, p: minidom.Element) -> bool:
    while node is not p:
        if _local(node) in ("del", "moveFrom"):
            return True
        node = node.parentNode
    return False


def _delete(xml: _Xml, runs: list[minidom.Element], ids, stamp: str) -> None:
    """Wrap the runs in tracked deletions, one w:del per stretch of neighbouring runs."""
    groups: list[list[minidom.Element]] = []
    for r in runs:
        last = groups[-1][-1] if groups else None
        if last is not None and r.parentNode is last.parentNode and _only_run_level(last, r):
            groups[-1].append(r)
        else:
            groups.append([r])
    for group in groups:
        wrapper = xml.el("del", id=str(next(ids)), author=AUTHOR, date=stamp)
        group[0].parentNode.insertBefore(wrapper, group[0])
        node = wrapper.nextSibling
        while True:
            following = node.nextSibling
            wrapper.appendChild(node)
            if node is group[-1]:
                break
            node = following
        for local, deleted in DELETED.items():
            for t in list(wrapper.getElementsByTagNameNS(W, local)):
                xml.dom.renameNode(t, W, xml.q(deleted))


def _only_run_level(a: minidom.Node, b: minidom.Node) -> bool:
    node = a.nextSibling
    while node is not None and node is not b:
        if node.nodeType == node.ELEMENT_NODE and _local(node) not in RUN_LEVEL:
            return False
        node = node.nextSibling
    return node is b


def _insert_after(xml: _Xml, end: minidom.Node, like: minidom.Element, text: str, change: int,
                  stamp: str) -> minidom.Element:
    """A tracked insertion of `text` after `end`, formatted as the run `like`; return it."""
    ins = xml.el("ins", id=str(change), author=AUTHOR, date=stamp)
    run = xml.el("r")
    for n in like.childNodes:
        if _local(n) == "rPr":
            props = n.cloneNode(True)
            for c in [c for c in props.childNodes if _local(c) == "rPrChange"]:
                props.removeChild(c)
            run.appendChild(props)
    run.appendChild(xml.text("t", text))
    ins.appendChild(run)
    _after(end, ins)
    return ins


def _comment(comments: _Xml, comment: int, text: str, stamp: str) -> None:
    node = comments.el("comment", id=str(comment), author=AUTHOR, date=stamp, initials="R")
    for line in text.split("\n"):
        p = comments.el("p")
        run = comments.el("r")
        run.appendChild(comments.text("t", line))
        p.appendChild(run)
        node.appendChild(p)
    comments.dom.documentElement.appendChild(node)


def _reference(xml: _Xml, comment: int) -> minidom.Element:
    run = xml.el("r")
    run.appendChild(xml.el("commentReference", id=str(comment)))
    return run


def _anchor_at_start(xml: _Xml, comment: int) -> None:
    """A comment whose quote was not found: its reference at the start of the first paragraph."""
    p = xml.dom.getElementsByTagNameNS(W, "p")[0]
    first = next((n for n in p.childNodes if _local(n) not in ("pPr", None)), None)
    p.insertBefore(_reference(xml, comment), first)


def _ids(document: _Xml, comments: _Xml):
    """New ids for comments and changes, above every id either part uses."""
    used = [int(v) for xml in (document, comments) for node in xml.dom.getElementsByTagName("*")
            if (v := node.getAttributeNS(W, "id")).isdigit()]
    n = max(used, default=0)
    while True:
        n += 1
        yield n


def render(review: Review, source: Source | None, options: Options) -> bytes:
    """The redlined DOCX's bytes."""
    assert source is not None  # the registry checks needs_source
    return redline(review, source).data


RENDERER = Renderer("docx", render, "a copy of the reviewed DOCX with the suggested wording as tracked changes and a "
                    "comment on every finding (--redline OUT.docx)", ".docx", binary=True, needs_source=True)
