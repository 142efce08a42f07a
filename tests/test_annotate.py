"""--annotate: the candidate's PDF gets one highlight per line of every quote, over the quote's own characters, and
nothing else changes."""

from __future__ import annotations

import hashlib
import io
import re

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from reviewer import pdfgen, review
from reviewer.cli import app
from reviewer.document import read_source
from reviewer.models import Evidence, Finding
from reviewer.renderers.pdf import annotate, note

runner = CliRunner()
PAGES = [
    ["Working Interview Agreement",
     "",
     "1. The working interview runs for three full days on the company's live",
     "production systems, serving real customers under the supervision of our team.",
     "2. The working interview is unpaid and no fees or wages are paid for the time",
     "spent on it.",
     "3. The Candidate participates as an independent contractor and is not an",
     "employee of the Company for any purpose."],
    ["4. The Candidate hereby assigns to the Company all right, title and interest in",
     "any work product created during the working interview, whether or not the Candi-",
     "date is offered employment.",
     "5. This Agreement is governed by the laws of the State of California."],
]
SKIP = r"[\s\-\u00ad\ufffe\x02]*"  # what may stand between two characters of a quote on the page


@pytest.fixture(scope="module")
def annotated(tmp_path_factory, module_env):
    """A two-page PDF, its review (plus one quote across the page break) and the annotated copy."""
    pdf = pdfgen.lines_to_pdf(PAGES, tmp_path_factory.mktemp("annotate") / "trial.pdf")
    before = hashlib.sha256(pdf.read_bytes()).hexdigest()
    source = read_source(pdf)
    result = review(pdf)
    text = source.document.text
    start, end = text.index("3. The Candidate participates"), text.index(" all right, title")
    across = Finding(category="misclassification", severity="high", confidence=0.9, title="Across the page break",
                     evidence=[Evidence(quote=text[start:end], page=1, start=start, end=end)], explanation="e",
                     suggestion="s", rule="test")
    result = result.model_copy(update={"findings": result.findings + [across]})
    out = annotate(result, source)
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == before
    return pdf, source, result, out


def page_boxes(data: bytes, page: int) -> tuple[str, list[tuple[float, float, float, float]]]:
    """The page's text and every character's tight box, as pypdfium2 gives them."""
    pdf = pdfium.PdfDocument(data)
    textpage = pdf[page - 1].get_textpage()
    text = textpage.get_text_range()
    assert len(text) == textpage.count_chars()  # one text character per pdfium character in these PDFs
    return text, [textpage.get_charbox(i) for i in range(len(text))]


def on_page(doc, e: Evidence, page: int) -> str:
    """The part of an evidence quote that lies on `page`."""
    _, start, end = doc.page_spans()[page - 1]
    lo, hi = max(e.start, start), min(e.end, end)
    return doc.text[lo:hi] if lo < hi else ""


def test_findings_on_two_pages_and_quotes_across_lines(annotated):
    _, _, result, out = annotated
    assert {e.page for f in result.findings for e in f.evidence} == {1, 2}
    assert out.missed == 0
    per_quote = {}
    for h in out.highlights:
        per_quote.setdefault((h.finding, h.evidence), set()).add((h.page, h.box))
    assert len(per_quote) == sum(len(f.evidence) for f in result.findings)
    assert max(len(lines) for lines in per_quote.values()) >= 3
    assert {page for lines in per_quote.values() for page, _ in lines if len({p for p, _ in lines}) == 2} == {1, 2}


def test_quad_points_cover_the_characters_of_each_quote(annotated):
    pdf, source, result, out = annotated
    reader = PdfReader(io.BytesIO(out.data))
    for page in (1, 2):
        annots = [a.get_object() for a in reader.pages[page - 1].get("/Annots", [])]
        assert annots and all(a["/Subtype"] == "/Highlight" for a in annots)
        text, boxes = page_boxes(pdf.read_bytes(), page)
        for f in result.findings:
            quads = [[float(v) for v in a["/QuadPoints"]] for a in annots if a["/Contents"] == note(f)]
            assert all(len(q) == 8 for q in quads)  # one line per highlight
            for e in f.evidence:
                part = on_page(source.document, e, page)
                if not part.strip():
                    continue
                pattern = SKIP.join(re.escape(ch) for ch in "".join(part.split()).replace("-", ""))
                match = re.search(pattern, text)
                assert match, (page, part)
                for i in range(match.start(), match.end()):
                    if text[i].isspace() or text[i] in "-\u00ad\ufffe\x02":
                        continue
                    left, bottom, right, top = boxes[i]
                    assert any(q[0] - 0.5 <= left and right <= q[2] + 0.5 and q[5] - 0.5 <= bottom and top <= q[1] + 0.5
                               for q in quads), (page, text[i], part)


def test_notes_say_category_severity_and_what_to_ask(annotated):
    _, _, result, out = annotated
    contents = {a.get_object()["/Contents"] for p in PdfReader(io.BytesIO(out.data)).pages for a in p["/Annots"]}
    f = result.findings[0]
    assert note(f) in contents
    assert "Unpaid work (high severity)" in note(f) and f"What to ask for: {f.suggestion}" in note(f)


def test_the_original_is_kept_byte_for_byte(annotated):
    pdf, _, _, out = annotated
    original = pdf.read_bytes()
    assert out.data.startswith(original) and len(out.data) > len(original)  # an incremental update
    before, after = PdfReader(io.BytesIO(original)), PdfReader(io.BytesIO(out.data))
    for a, b in zip(before.pages, after.pages, strict=True):
        assert a.get_contents().get_data() == b.get_contents().get_data()
        assert a["/Contents"].get_object()._data == b["/Contents"].get_object()._data


def test_cli_annotate_writes_a_copy_and_never_the_input(annotated, tmp_path, examples):
    pdf, *_ = annotated
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    out = tmp_path / "annotated.pdf"
    result = runner.invoke(app, ["review", str(pdf), "--annotate", str(out), "-o", str(tmp_path / "r.txt")])
    assert result.exit_code == 0, result.output
    assert PdfReader(out).pages[0]["/Annots"]
    same = runner.invoke(app, ["review", str(pdf), "--annotate", str(pdf)])
    assert same.exit_code == 16 and "Refusing to overwrite the reviewed document" in same.stderr
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == digest
    text = runner.invoke(app, ["review", str(examples / "trial-shift-uk.txt"), "--annotate", str(tmp_path / "x.pdf")])
    assert text.exit_code == 17 and "needs a PDF" in text.stderr and "Traceback" not in text.output
    assert not (tmp_path / "x.pdf").exists()
