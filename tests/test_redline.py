"""`reviewer review offer.docx --redline OUT.docx`: the candidate's own Word file back, with the suggested wording as
tracked changes by "reviewer" and a comment on every finding; read back with python-docx and by LibreOffice."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from typer.testing import CliRunner

from reviewer.clauses import title_length
from reviewer.cli import app
from reviewer.document import load
from reviewer.knowledge import load_finding_texts
from reviewer.models import Review
from reviewer.renderers.docx import load_redline_knowledge
from reviewer.reply import template_fields

from .conftest import file_digest
from .wordfiles import ALICE, BOB, GRAB, START, word_file

runner = CliRunner()
PARAGRAPHS = [
    ["Working Interview Agreement"],
    # the quote starts inside the first run and runs over a bold one
    ["1. Trial. You will complete an ", ("b", "unpaid trial shift"), " of 8 hours at our London cafe, serving real "
     "customers."],
    # the quote is someone else's pending insertion
    ["2. Ownership. ", ("ins", BOB, GRAB)],
    ["3. Confidentiality. Your obligations of confidentiality continue forever."],
    [START.replace("3.", "4.")],
]
SOFFICE_HINT = ("apt-get install -y libreoffice-writer-nogui (Debian's package), or set REVIEWER_SOFFICE to a "
                "LibreOffice binary")


@pytest.fixture(scope="module")
def redlined(tmp_path_factory, module_env):
    """The offer, its review as JSON and the redlined copy, made once through the command line."""
    folder = tmp_path_factory.mktemp("redline")
    offer = word_file(folder / "offer.docx", PARAGRAPHS, comments={4: "Which weekday?"})
    before = file_digest(offer)
    result = runner.invoke(app, ["review", str(offer), "--redline", str(folder / "out.docx"), "--format", "json",
                                 "-o", str(folder / "review.json")])
    assert result.exit_code == 0, result.output
    assert file_digest(offer) == before
    return offer, Review.model_validate_json((folder / "review.json").read_text()), folder / "out.docx"


def expected_changes(review: Review) -> tuple[list[str], list[str]]:
    """The quotes the redline should delete (without the section title they open with) and the wording it should
    insert: a finding with wording whose quote overlaps none changed before it."""
    kinds, fields = load_redline_knowledge().kinds, template_fields(review)
    changed: list[tuple[int, int]] = []
    deleted, inserted = [], []
    for f in review.findings:
        words, e = kinds.get(f.rule), f.evidence[0]
        start = e.start + title_length(e.quote)
        if words is None or any(start < b and a < e.end for a, b in changed):
            continue
        changed.append((start, e.end))
        if words.replace is not None:
            deleted.append(e.quote[start - e.start:])
        inserted.append((words.replace or words.add).format(**fields))
    return deleted, inserted


def by(element, author: str, tag: str) -> list:
    return [e for e in element.iter(qn(f"w:{tag}")) if e.get(qn("w:author")) == author]


def squeezed(s: str) -> str:
    return "".join(s.split())


def text(element) -> str:
    return " ".join("".join(t.text or "" for t in element.iter(qn("w:t"), qn("w:delText"))).split())


def test_every_finding_gets_a_comment_and_the_wording_becomes_tracked_changes(redlined):
    _, review, out = redlined
    assert len(review.findings) >= 3
    document = docx.Document(str(out))
    body = document.element.body
    deleted, inserted = expected_changes(review)
    assert deleted and inserted
    # one w:del per stretch of neighbouring runs: a quote over runs in different elements takes several
    dels = by(body, "reviewer", "del")
    assert len(dels) >= len(deleted) and squeezed(" ".join(text(d) for d in dels)) == squeezed(" ".join(deleted))
    assert [text(i).strip() for i in by(body, "reviewer", "ins")] == inserted
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", c.get(qn("w:date")))
               for c in by(body, "reviewer", "ins") + by(body, "reviewer", "del"))
    # the changes already in the file are kept, and so is its own comment
    assert [text(i) for i in by(body, BOB[0], "ins")] == [GRAB]
    comments = list(document.comments)
    assert [c.author for c in comments].count("reviewer") == len(review.findings)
    assert [c.text for c in comments if c.author == ALICE[0]] == ["Which weekday?"]
    assert len({c.comment_id for c in comments}) == len(comments)
    # each comment is anchored on its finding's quote
    ours = [c for c in comments if c.author == "reviewer"]
    for f, c in zip(review.findings, ours):
        assert f.title in c.text
        assert " ".join(f.evidence[0].quote.split()) in anchored(body, c.comment_id)


def anchored(body, comment_id: int) -> str:
    """The text (inserted or deleted) between a comment's range start and end."""
    inside, out = False, []
    for e in body.iter():
        if e.tag in (qn("w:commentRangeStart"), qn("w:commentRangeEnd")) and e.get(qn("w:id")) == str(comment_id):
            inside = e.tag == qn("w:commentRangeStart")
        elif inside and e.tag in (qn("w:t"), qn("w:delText")):
            out.append(e.text or "")
    return " ".join("".join(out).split())


def test_the_redline_accepted_reads_as_proposed(redlined):
    _, review, out = redlined
    doc = load(out)
    deleted, inserted = expected_changes(review)
    for quote in deleted:
        assert quote not in doc.text
    for wording in inserted:
        assert wording in doc.text
    assert {c.author for c in doc.changes if c.kind == "insertion"} == {"reviewer"}  # Bob's, deleted by reviewer
    assert [c.text for c in doc.changes if c.author == "reviewer" and c.kind == "deletion"][1] == GRAB
    assert "1. Trial." in doc.text and "4. Start." in doc.text  # what no quote covers stays


def test_libreoffice_opens_the_redline(redlined, tmp_path):
    """One conversion (LibreOffice is slow to start): the file opens without repair and shows its text."""
    import pypdfium2 as pdfium

    _, review, out = redlined
    soffice = os.environ.get("REVIEWER_SOFFICE") or shutil.which("soffice")
    if not soffice:
        pytest.fail(f"The redline test needs LibreOffice: {SOFFICE_HINT}", pytrace=False)
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"  # its own, so no running instance is shared
    done = subprocess.run([soffice, profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
                           str(tmp_path), str(out)], capture_output=True, text=True, timeout=180,
                          env={**os.environ, "HOME": str(tmp_path)})
    pdf = tmp_path / "out.pdf"
    assert done.returncode == 0 and pdf.is_file(), done.stdout + done.stderr
    shown = " ".join("".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf)).split())
    _, inserted = expected_changes(review)
    # the proposed wording and the quote it replaces are both shown: LibreOffice read them as tracked changes
    for line in ("Working Interview Agreement", "4. Start. The trial takes place", inserted[0][:40],
                 "whether or not you are hired"):
        assert line in shown.replace("\ufffe", "-"), shown


@pytest.mark.parametrize("words", load_redline_knowledge().kinds.items(), ids=lambda kw: kw[0])
def test_redline_wording_is_for_a_known_kind_and_fills_in(words):
    kind, wording = words
    assert kind in load_finding_texts()
    filled = (wording.replace or wording.add).format(pay_floor="the local minimum wage")
    assert "{" not in filled and filled.endswith(".")


def test_redline_refuses_other_inputs_and_its_own_input(tmp_path, pdf_factory):
    offer = word_file(tmp_path / "offer.docx", PARAGRAPHS[:2])
    before = file_digest(offer)
    cases = [
        (["review", str(pdf_factory.text("The trial is unpaid.")), "--redline", str(tmp_path / "a.docx")], 17,
         "--redline needs a DOCX"),
        (["review", str(offer), "--redline", str(offer)], 16, "Refusing to overwrite the reviewed document"),
        (["review", str(offer), "--redline", str(tmp_path / "b.docx"), "-o", str(tmp_path / "b.docx")], 17,
         "name the same file"),
    ]
    for args, code, message in cases:
        result = runner.invoke(app, args)
        assert result.exit_code == code, result.output
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert file_digest(offer) == before and not (tmp_path / "a.docx").exists()


def test_redline_of_a_bare_package_adds_the_comments_part(tmp_path):
    """A DOCX with only its document part still gets comments, their relationship and their content type."""
    from reviewer.document import read_source
    from reviewer.pipeline import Reviewer
    from reviewer.renderers.docx import redline

    from . import malformed

    (tmp_path / "bare.docx").write_bytes(malformed.docx(malformed.GOOD_XML))
    source = read_source(tmp_path / "bare.docx")
    review = Reviewer().review_document(source.document)
    result = redline(review, source)
    assert result.comments == len(review.findings) >= 1 and result.missed == 0
    with zipfile.ZipFile(io.BytesIO(result.data)) as zf:
        assert zf.read("word/comments.xml").count(b"<w:comment ") == len(review.findings)
        assert b"relationships/comments" in zf.read("word/_rels/document.xml.rels")
        assert b"/word/comments.xml" in zf.read("[Content_Types].xml")
