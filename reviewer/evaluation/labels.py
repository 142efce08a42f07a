"""Label files (one YAML per document, the format of the project taxonomy) and their checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import errors
from ..document import Document, load, load_bytes
from ..models import ALL_CATEGORIES
from ..settings import Settings
from ..verify import locate

KINDS = {"offer_letter", "nda", "working_interview", "take_home", "internship", "contractor_agreement",
         "employment_agreement", "email", "other"}
KEYS = {"id", "kind", "document", "text", "jurisdiction", "labelled", "findings", "notes"}


@dataclass(frozen=True)
class ExpectedFinding:
    """A labelled finding: a category and the verbatim quotes that show it."""

    category: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Label:
    """One labelled document."""

    id: str
    kind: str
    path: Path
    suite: str
    labelled: tuple[str, ...]
    findings: tuple[ExpectedFinding, ...]
    document: Path | None = None
    text: str | None = None
    jurisdiction: str | None = None
    notes: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def expected(self) -> set[str]:
        """Categories expected to be flagged (within the labelled ones)."""
        return {f.category for f in self.findings if f.category in self.labelled}


def _fail(path: Path, msg: str) -> errors.LabelError:
    return errors.LabelError(f"{path}: {msg}", path=str(path))


def load_label(path: Path, suite: str = "") -> Label:
    """Parse and check one label file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _fail(path, "label file not found") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise _fail(path, f"invalid YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(data, dict):
        raise _fail(path, "expected a mapping at the top level")
    unknown = set(data) - KEYS
    if unknown:
        raise _fail(path, f"unknown keys: {', '.join(sorted(unknown))}")
    for key in ("id", "kind"):
        if not data.get(key):
            raise _fail(path, f"missing '{key}'")
    if data["kind"] not in KINDS:
        raise _fail(path, f"unknown kind '{data['kind']}'")
    if ("document" in data) == ("text" in data):
        raise _fail(path, "needs exactly one of 'document' or 'text'")
    labelled = tuple(data.get("labelled") or ALL_CATEGORIES)
    for cat in labelled:
        if cat not in ALL_CATEGORIES:
            raise _fail(path, f"unknown category '{cat}' in labelled")
    findings = []
    for i, f in enumerate(data.get("findings") or []):
        if not isinstance(f, dict) or "category" not in f:
            raise _fail(path, f"finding {i + 1} has no category")
        if f["category"] not in ALL_CATEGORIES:
            raise _fail(path, f"unknown category '{f['category']}'")
        ev = f.get("evidence") or []
        if isinstance(ev, str):
            ev = [ev]
        if not ev and f["category"] != "missing_terms":
            raise _fail(path, f"finding {i + 1} ({f['category']}) has no evidence")
        findings.append(ExpectedFinding(f["category"], tuple(str(q) for q in ev)))
    doc_path = (path.parent / data["document"]) if "document" in data else None
    if doc_path is not None and not doc_path.exists():
        raise _fail(path, f"document not found: {data['document']}")
    return Label(
        id=str(data["id"]), kind=data["kind"], path=path, suite=suite, labelled=labelled, findings=tuple(findings),
        document=doc_path, text=data.get("text"), jurisdiction=data.get("jurisdiction"), notes=str(data.get("notes") or ""),
    )


def load_labels(paths: list[Path]) -> list[Label]:
    """Every label file under the given files or folders; duplicate ids are an error."""
    labels: list[Label] = []
    for root in paths:
        root = Path(root)
        if root.is_file():
            labels.append(load_label(root, suite=root.parent.name))
            continue
        if not root.is_dir():
            raise errors.LabelError(f"{root}: no such file or folder", path=str(root))
        files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and "docs" not in p.relative_to(root).parts)
        if not files:
            raise errors.LabelError(f"{root}: no label files (*.yaml) found", path=str(root))
        for f in files:
            rel = f.relative_to(root)
            suite = rel.parts[0] if len(rel.parts) > 1 else root.name
            labels.append(load_label(f, suite=suite))
    seen: dict[str, Path] = {}
    for label in labels:
        if label.id in seen:
            raise _fail(label.path, f"duplicate id '{label.id}' (also in {seen[label.id]})")
        seen[label.id] = label.path
    return labels


def load_document(label: Label, settings: Settings | None = None) -> Document:
    """The labelled document, read the same way `reviewer review` reads it."""
    if label.document is not None:
        return load(label.document, settings)
    return load_bytes((label.text or "").encode("utf-8"), name=f"{label.id}.txt", suffix=".txt", settings=settings)


def expected_spans(label: Label, doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Offsets of every labelled quote; a quote missing from the text is a LabelError naming the file."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for f in label.findings:
        for quote in f.evidence:
            span = locate(doc.text, quote)
            if span is None:
                raise _fail(label.path, f"evidence quote not found in the document text: \"{quote[:80]}\"")
            spans.setdefault(f.category, []).append(span)
        spans.setdefault(f.category, [])
    return spans
