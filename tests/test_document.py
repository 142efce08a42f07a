"""Loading: PDF normalisation (headers, hyphens, page breaks), text formats and the page map."""

from __future__ import annotations

import io
import zipfile

import pytest

from reviewer.clauses import split
from reviewer.document import load, load_bytes, normalise

CLAUSES = [
    "1. Scope. The candidate will build a small dashboard for the hiring team to review.",
    "2. Pay. The company pays USD 50 per hour for up to ten hours of work on the dashboard.",
    "3. Ownership. The candidate keeps all rights in the dashboard and any code written for it.",
]


def test_multipage_pdf_drops_running_header_and_page_numbers(pdf_factory):
    body = "\n\n".join(CLAUSES * 12)
    path = pdf_factory.text(body, header="ACME Corp - Trial Terms - Confidential")
    doc = load(path)
    assert doc.page_count >= 2
    assert "ACME Corp - Trial Terms" not in doc.text
    assert "Page 1 of" not in doc.text
    assert doc.text.count("1. Scope.") == 12


def test_page_map_gives_every_offset_a_page(pdf_factory):
    path = pdf_factory.lines([["1. First page clause.", "Ends here."], ["2. Second page clause.", "Also ends."]])
    doc = load(path)
    second = doc.text.index("2. Second")
    assert doc.page_of(0) == 1
    assert doc.page_of(second) == 2
    assert [p for p, _, _ in doc.page_spans()] == [1, 2]


def test_clause_split_across_page_break_is_one_clause(pdf_factory):
    path = pdf_factory.lines([
        ["1. Trial. The candidate will work for five full days on", "the live product and the trial"],
        ["is unpaid for the whole of that time.", "2. Status. The candidate is an employee."],
    ])
    doc = load(path)
    clauses = split(doc)
    trial = next(c for c in clauses if c.text.startswith("1. Trial"))
    assert "the trial is unpaid for the whole of that time." in trial.text
    assert trial.page == 1
    assert doc.page_of(trial.end - 1) == 2


def test_line_end_hyphenation_is_repaired(pdf_factory):
    path = pdf_factory.lines([["The company will assign an inter-", "esting task, a well-", "known test of skill."]])
    text = load(path).text
    assert "interesting task" in text
    assert "well-known test" in text


def test_wrapped_lines_are_joined_into_paragraphs(pdf_factory):
    path = pdf_factory.lines([["1. Duties. You will write code", "for the trial project and attend", "the daily stand-up.",
                               "2. Pay. You will be paid hourly."]])
    text = load(path).text
    assert "1. Duties. You will write code for the trial project and attend the daily stand-up." in text
    assert "\n2. Pay." in text


def test_text_markdown_docx_and_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("Offer\nYou will be paid $40 per hour.\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Offer\n\nYou will be paid $40 per hour.\n", encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{ns}"><w:body><w:p><w:r><w:t>Offer</w:t></w:r></w:p>'
                                         f'<w:p><w:r><w:t>You will be paid $40 per hour.</w:t></w:r></w:p></w:body></w:document>')
    (tmp_path / "a.docx").write_bytes(buf.getvalue())
    for name, kind in (("a.txt", "txt"), ("a.md", "md"), ("a.docx", "docx")):
        doc = load(tmp_path / name)
        assert doc.kind == kind
        assert "You will be paid $40 per hour." in doc.text
    doc = load_bytes(b"You will be paid $40 per hour.", name="-")
    assert doc.kind == "stdin"


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Caf\u00e9 trial terms.".encode("utf-16"))
    assert "Caf\u00e9" in load(path).text


@pytest.mark.parametrize("text,expected", [
    ("Le caf\u00e9-\nbased offer.", "Le caf\u00e9based offer."),
    ("\u0440\u0430\u0431\u043e-\n\u0442\u0430 \u0438 \u0442\u0430\u043a.", "\u0440\u0430\u0431\u043e\u0442\u0430 \u0438 \u0442\u0430\u043a."),
    ("a well-\nknown test", "a well- known test"),
    ("a 12-\nmonth term", "a 12-\nmonth term"),
    ("\u00fcber-\nall gut", "\u00fcberall gut"),
])
def test_line_end_hyphen_after_any_letter(text, expected):
    doc = load_bytes(text.encode(), name="x.txt", suffix=".txt")
    assert doc.text == expected


@pytest.mark.parametrize("pages", [
    ["Some text inter-", "", "esting stuff here."],
    ["Some text inter-", "  \n ", "", "esting stuff here."],
    ["", "First page.", ""],
    ["Ends with a soft\u00ad", ""],
])
def test_page_map_is_contiguous_and_sorted(pages):
    text, starts = normalise(pages)
    assert len(starts) == len(pages) and starts[0] == 0
    assert starts == sorted(starts) and starts[-1] <= len(text)


@pytest.mark.parametrize("text", ["\u200b\ufeff\u200d\u2060\n", "\ufeff \u200c\n\u3164\u2800", "\u200e\u200f\u00ad"])
def test_only_invisible_characters_is_an_empty_document(text):
    from reviewer import errors

    with pytest.raises(errors.EmptyDocument):
        load_bytes(text.encode(), name="x.txt", suffix=".txt")


def test_identical_long_clauses_on_every_page_are_not_furniture():
    clause = "1. Trial. The candidate will work a full five-day trial shift serving customers, and the trial is unpaid."
    doc = load_bytes(f"{clause}\f{clause}".encode(), name="x.txt", suffix=".txt")
    assert doc.text.count("1. Trial.") == 2 and doc.page_count == 2
