"""The guidance corpus: documents with front matter, cut into passages with stable ids."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import errors
from .yamlio import load_yaml

CHUNKER_VERSION = "2"
TARGET_CHARS = 700
MAX_CHARS = 1100
CORPUS_SUFFIXES = (".md", ".txt")


@dataclass(frozen=True)
class CorpusDoc:
    """One guidance document and its front matter."""

    id: str
    title: str
    source: str
    kind: str
    jurisdiction: str
    categories: tuple[str, ...]
    body: str
    meta: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Passage:
    """A chunk of a corpus document, the unit that is indexed and cited."""

    id: str
    doc_id: str
    title: str
    source: str
    jurisdiction: str
    categories: tuple[str, ...]
    text: str


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Corpus files in a stable order."""
    if not corpus_dir.is_dir():
        raise errors.CorpusError(f"Corpus folder not found: {corpus_dir}")
    files = sorted(p for p in corpus_dir.rglob("*") if p.suffix in CORPUS_SUFFIXES and p.name != "README.md")
    if not files:
        raise errors.CorpusError(f"Corpus folder has no documents: {corpus_dir}")
    return files


def corpus_hash(corpus_dir: Path) -> str:
    """Hash of every corpus file's name and content, plus the chunker version."""
    h = hashlib.sha256(CHUNKER_VERSION.encode())
    for p in corpus_files(corpus_dir):
        h.update(p.relative_to(corpus_dir).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def read_doc(path: Path) -> CorpusDoc:
    """Parse one corpus file: YAML front matter between '---' lines, then the body."""
    raw = path.read_text(encoding="utf-8")
    meta: dict = {}
    body = raw
    m = re.match(r"^---\n(.*?)\n---\n", raw, re.S)
    if m:
        try:
            meta = load_yaml(m.group(1)) or {}
        except yaml.YAMLError as exc:
            raise errors.CorpusError(f"Bad front matter in {path}: {exc}") from exc
        body = raw[m.end():]
    if "title" not in meta:
        raise errors.CorpusError(f"Corpus document has no title in its front matter: {path}")
    sources = meta.get("sources") or []
    first = next((s for s in sources if isinstance(s, dict)), {})
    source = meta.get("source") or (str(first.get("citation", "")) + (f" <{first['url']}>" if first.get("url") else ""))
    return CorpusDoc(
        id=path.stem,
        title=str(meta["title"]),
        source=str(source or "unknown"),
        kind=str(meta.get("kind", "note")),
        jurisdiction=str(meta.get("jurisdiction", "general")),
        categories=tuple(meta.get("categories") or ()),
        body=clean(body),
        meta=meta,
    )


def load_corpus(corpus_dir: Path) -> list[CorpusDoc]:
    """Every document in the corpus folder."""
    return [read_doc(p) for p in corpus_files(corpus_dir)]


def clean(text: str) -> str:
    """Strip web markup that is not guidance: HTML tags, timestamps, link targets, wiki brackets."""
    text = re.sub(r"<a [^>]*>\[[0-9:]+\]</a>,?\s*", "", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\[\[([^|\]]*\|\s*)?([^\]]+)\]\]", r"\2", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([.,;])", r"\1", text)
    return "\n".join(line.strip() for line in text.splitlines())


def chunk(doc: CorpusDoc) -> list[Passage]:
    """Cut a document into passages of whole paragraphs (long ones by sentence)."""
    from .clauses import sentences

    units: list[str] = []
    for para in re.split(r"\n\s*\n|\n(?=[#*\-\u2022] )", doc.body):
        para = " ".join(para.split())
        if len(para) < 25:
            continue
        if len(para) <= MAX_CHARS:
            units.append(para)
            continue
        buf = ""
        for s in sentences(para):
            if buf and len(buf) + len(s.text) > TARGET_CHARS:
                units.append(buf)
                buf = ""
            buf = f"{buf} {s.text}".strip()
        if buf:
            units.append(buf)
    passages: list[str] = []
    buf = ""
    for unit in units:
        if buf and len(buf) + len(unit) > TARGET_CHARS:
            passages.append(buf)
            buf = ""
        buf = f"{buf}\n{unit}".strip()
    if buf:
        passages.append(buf)
    return [
        Passage(
            id=f"{doc.id}#{i + 1}",
            doc_id=doc.id,
            title=doc.title,
            source=doc.source,
            jurisdiction=doc.jurisdiction,
            categories=doc.categories,
            text=text,
        )
        for i, text in enumerate(passages)
    ]


NEAR_DUPLICATE = 0.5  # Jaccard similarity of word 5-gram shingles


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def check_corpus(corpus_dir: Path) -> list[str]:
    """Problems with the corpus: notes without sources or categories, unknown codes, near-duplicate text."""
    from .jurisdiction import KNOWN
    from .models import ALL_CATEGORIES

    problems: list[str] = []
    docs: list[CorpusDoc] = []
    for path in corpus_files(corpus_dir):
        try:
            doc = read_doc(path)
        except errors.CorpusError as exc:
            problems.append(str(exc))
            continue
        docs.append(doc)
        where = path.relative_to(corpus_dir)
        sources = doc.meta.get("sources")
        if doc.kind == "note" or "sources" in doc.meta:
            if not sources or not isinstance(sources, list):
                problems.append(f"{where}: no sources")
            else:
                for i, src in enumerate(sources):
                    missing = [k for k in ("citation", "url", "as_of", "primary") if not isinstance(src, dict) or k not in src]
                    if missing:
                        problems.append(f"{where}: source {i + 1} lacks {', '.join(missing)}")
        elif not doc.meta.get("source"):
            problems.append(f"{where}: no source")
        if not doc.categories:
            problems.append(f"{where}: no categories")
        for cat in doc.categories:
            if cat not in ALL_CATEGORIES:
                problems.append(f"{where}: unknown category '{cat}'")
        if doc.jurisdiction not in KNOWN:
            problems.append(f"{where}: unknown jurisdiction '{doc.jurisdiction}'")
    shingles = {d.id: _shingles(d.body) for d in docs}
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            sa, sb = shingles[a.id], shingles[b.id]
            if sa and sb:
                jac = len(sa & sb) / len(sa | sb)
                if jac >= NEAR_DUPLICATE:
                    problems.append(f"{a.id} and {b.id}: near-duplicate text (similarity {jac:.2f})")
    return problems
