"""Real Word files for the tests, written by python-docx (its default template: styles, settings, relationships and
content types as Word expects them), with tracked changes put into paragraphs as Word writes them."""

from __future__ import annotations

import html
import itertools
from pathlib import Path

# Clauses of a working-interview agreement: the second is unfair, the third its fair counterpart.
UNPAID = "You will complete an unpaid trial shift of 8 hours at our London cafe, serving real customers."
GRAB = "Everything you create during the trial belongs to the Company, whether or not you are hired."
KEEP = "You keep the rights in everything you create during the trial."
START = "3. Start. The trial takes place on a weekday agreed with the manager."
ALICE = ("Alice Martin", "2026-03-02T09:15:00Z")
BOB = ("Bob Okafor", "2026-03-03T16:40:00Z")
# What each kind of change is written as, and the element its text is in.
CHANGE_TAGS = {"ins": "t", "del": "delText", "moveFrom": "t", "moveTo": "t"}


def word_file(path: Path, paragraphs: list[list[str | tuple]], comments: dict[int, str] | None = None) -> Path:
    """A DOCX whose paragraphs are made of pieces: a string is a run, ("b", text) a bold run, and
    (kind, (author, date), text) a tracked change of that kind (ins, del, moveFrom, moveTo) holding one run;
    `comments` puts a Word comment on the first run of the paragraphs it names (by index)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ids = itertools.count(100)
    document = docx.Document()
    for pieces in paragraphs:
        p = document.add_paragraph()._p
        for piece in pieces:
            p.append(parse_xml(_piece(piece, nsdecls("w"), ids)))
    for index, text in (comments or {}).items():
        document.add_comment(document.paragraphs[index].runs[0], text, author=ALICE[0], initials="AM")
    document.save(path)
    return path


def _piece(piece: str | tuple, ns: str, ids: itertools.count) -> str:
    if isinstance(piece, str):
        return f'<w:r {ns}><w:t xml:space="preserve">{html.escape(piece)}</w:t></w:r>'
    if piece[0] == "b":
        return f'<w:r {ns}><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{html.escape(piece[1])}</w:t></w:r>'
    kind, (author, date), text = piece
    t = CHANGE_TAGS[kind]
    return (f'<w:{kind} {ns} w:id="{next(ids)}" w:author="{author}" w:date="{date}"><w:r>'
            f'<w:{t} xml:space="preserve">{html.escape(text)}</w:{t}></w:r></w:{kind}>')
