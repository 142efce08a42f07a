"""Stage 2, split: cut the document text into clauses and sentences with exact offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document, is_title

SECTION = re.compile(r"^\s*(?:(?:Section|Article|Clause)\s+)?(\d+(?:\.\d+)*|[A-Z]|[IVX]+)[.)]?\s+(?=\S)")
SUBCLAUSE = re.compile(r"(?:(?<=[\s:;,])|^)\(([a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?=\S)")
ABBREVIATIONS = {
    "u.s", "inc", "no", "sec", "e.g", "i.e", "mr", "ms", "mrs", "dr", "st", "v", "vs", "co", "corp", "ltd",
    "llc", "jr", "sr", "art", "para", "cf", "et al", "approx", "etc", "u.k", "n.a", "p.m", "a.m", "ca", "cal",
    "lab", "stat", "sched", "ex",
}
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018\[]?[A-Z0-9(])")
# Chat and text messages often start sentences in lower case ("it's unpaid. heads up: the design is ours"): in a
# text that does so (it starts in lower case, or a "!" or "?" is followed by a lower-case word), a sentence also
# ends before a lower-case word.
CASUAL_END = re.compile(r"(?<=[a-z\d)])[.!?]+\s+(?=[a-z]{2})")
CASUAL = re.compile(r"^\W*[a-z]|[a-z][!?]+\s+[a-z]{2}")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and its offsets in the document text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Clause:
    """A numbered section, sub-clause, paragraph or heading, with its sentences and context."""

    id: str
    text: str
    start: int
    end: int
    page: int
    heading: str
    is_heading: bool
    sentences: tuple[Sentence, ...]
    lead: str = ""

    @property
    def context(self) -> str:
        """Heading and lead-in text that frame the clause."""
        return " ".join(x for x in (self.heading, self.lead) if x)


def split(doc: Document) -> list[Clause]:
    """Split a document into clauses (paragraph or sub-clause level) with sentences."""
    clauses: list[Clause] = []
    heading = ""
    pos = 0
    text = doc.text
    for para in text.split("\n"):
        start = pos
        pos += len(para) + 1
        stripped = para.strip()
        if not stripped:
            continue
        lead_ws = len(para) - len(para.lstrip())
        start += lead_ws
        para = stripped
        if is_title(para) or (para.startswith("#") and len(para) < 100):
            heading = para.lstrip("# ").strip()
            clauses.append(_clause(doc, len(clauses), para, start, heading, True))
            continue
        section_title = _section_title(para)
        if section_title:
            heading = section_title
        for sub_text, sub_start, lead in _subclauses(para, start):
            clauses.append(_clause(doc, len(clauses), sub_text, sub_start, heading, False, lead))
    return clauses


def _clause(doc: Document, n: int, text: str, start: int, heading: str, is_heading: bool, lead: str = "") -> Clause:
    return Clause(
        id=f"c{n + 1}",
        text=text,
        start=start,
        end=start + len(text),
        page=doc.page_of(start),
        heading=heading,
        is_heading=is_heading,
        sentences=tuple(_merge_titles(sentences(text, start), doc.text)),
        lead=lead,
    )


def _section_title(para: str) -> str:
    """'3. Payment. The company...' -> '3. Payment'."""
    m = SECTION.match(para)
    if not m:
        return ""
    rest = para[m.end():]
    t = re.match(r"([A-Z][A-Za-z ,&/'\u2019-]{1,60}?)[.:]\s", rest)
    return (para[: m.end()] + t.group(1)).strip() if t else ""


def _subclauses(para: str, start: int) -> list[tuple[str, int, str]]:
    """Split '... : (a) x; (b) y' into sub-clauses; the text before (a) is the lead."""
    marks = [m for m in SUBCLAUSE.finditer(para) if m.group(1) in ("a", "i", "1")]
    if not marks or len(para) < 200:
        return [(para, start, "")]
    first = marks[0].start()
    all_marks = [m for m in SUBCLAUSE.finditer(para) if m.start() >= first]
    if len(all_marks) < 2:
        return [(para, start, "")]
    out: list[tuple[str, int, str]] = []
    lead = para[:first].strip()
    if lead:
        out.append((lead, start, ""))
    bounds = [m.start() for m in all_marks] + [len(para)]
    for a, b in zip(bounds, bounds[1:]):
        piece = para[a:b]
        trimmed = piece.rstrip()
        if trimmed:
            out.append((trimmed, start + a, lead))
    return out


TITLE_SENTENCE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][\w ,&/'\u2019-]{0,50}[.:]$")


def _titled(s: str) -> bool:
    if re.match(r"^\s*\d+(\.\d+)*\.?\s", s):
        return True
    small = {"a", "an", "and", "of", "the", "to", "for", "in", "on", "or", "with", "by"}
    return all(w[0].isupper() or w.lower() in small for w in re.findall(r"[A-Za-z][\w'-]*", s))


def _is_title(s: str) -> bool:
    return bool(TITLE_SENTENCE.match(s)) and len(s.split()) <= 6 and _titled(s)


def title_length(text: str) -> int:
    """The length of the section title ('1.2 Location.') that opens `text` before a sentence, or 0."""
    sents = sentences(text)
    return sents[1].start if len(sents) > 1 and _is_title(sents[0].text) else 0


def _merge_titles(sents: list[Sentence], text: str) -> list[Sentence]:
    """Join a section title such as '1.2 Location.' to the sentence that follows it."""
    out: list[Sentence] = []
    i = 0
    while i < len(sents):
        s = sents[i]
        if i + 1 < len(sents) and _is_title(s.text):
            nxt = sents[i + 1]
            out.append(Sentence(text[s.start:nxt.end], s.start, nxt.end))
            i += 2
            continue
        out.append(s)
        i += 1
    return out


def sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split text into sentences, keeping exact offsets (shifted by `offset`)."""
    out: list[Sentence] = []
    begin = 0
    ends = list(SENTENCE_END.finditer(text))
    if CASUAL.search(text):
        ends = sorted(ends + list(CASUAL_END.finditer(text)), key=lambda m: m.start())
    for m in ends:
        if m.start() < begin:
            continue
        word = re.search(r"([A-Za-z.]+)$", text[begin:m.start()])
        if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
            continue
        if word and re.fullmatch(r"[A-Z]", word.group(1)):
            continue  # an initial such as "J. Smith"
        seg = text[begin:m.end()].rstrip()
        if seg.strip():
            out.append(Sentence(seg, offset + begin, offset + begin + len(seg)))
        begin = m.end()
    tail = text[begin:].rstrip()
    if tail.strip():
        out.append(Sentence(tail, offset + begin, offset + begin + len(tail)))
    return out
