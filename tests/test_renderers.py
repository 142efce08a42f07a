"""The output seam: every registered format turns a Review (and the document read) into bytes, opens with the verdict
where it is read by a person, and never shows an internal rule id."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from reviewer import errors
from reviewer.cli import app
from reviewer.document import read_source
from reviewer.knowledge import load_finding_texts
from reviewer.pipeline import Reviewer
from reviewer.renderers import get, names, render

from .wordfiles import word_file

runner = CliRunner()
RULE_IDS = sorted(load_finding_texts())


@pytest.fixture(scope="module")
def reviewed(examples, module_env):
    source = read_source(examples / "working-interview.pdf")
    return Reviewer().review_document(source.document), source


def test_the_registry_holds_every_format():
    assert names() == ["text", "markdown", "json", "html", "reply", "pdf", "docx"]
    assert get("pdf").binary and get("pdf").needs_source and not get("html").binary
    assert get("docx").binary and get("docx").needs_source
    with pytest.raises(errors.InvalidArgument, match="Unknown output format 'nope'"):
        get("nope")


@pytest.fixture(scope="module")
def reviewed_docx(reviewed, tmp_path_factory):
    """The example as a Word file, for the format that writes one back."""
    _, pdf = reviewed
    path = word_file(tmp_path_factory.mktemp("docx") / "working-interview.docx",
                     [[line] for line in pdf.document.text.split("\n")])
    source = read_source(path)
    return Reviewer().review_document(source.document), source


@pytest.mark.parametrize("name", names())
def test_every_format_renders_bytes(reviewed, reviewed_docx, name):
    review, source = reviewed_docx if name == "docx" else reviewed
    out = render(review, name, source)
    assert isinstance(out, bytes) and out
    if get(name).binary:
        assert out.startswith(b"PK\x03\x04" if name == "docx" else b"%PDF-")
        return
    text = out.decode("utf-8")
    if name in ("text", "markdown", "html"):
        assert "Don&#39;t sign as is: 5 blocking problems" in text or "Don't sign as is: 5 blocking problems" in text
    if name != "json":  # JSON is for programs: it carries each finding's rule on purpose
        assert not [rule for rule in RULE_IDS if rule in text]


def test_a_format_that_needs_the_document_says_so(reviewed):
    review, _ = reviewed
    with pytest.raises(errors.InvalidArgument, match="needs the reviewed document"):
        render(review, "pdf")


def test_cli_offers_every_registered_format(examples):
    result = runner.invoke(app, ["review", str(examples / "paid-trial-fair.txt"), "-f", "nope"])
    assert result.exit_code == 2
    html = runner.invoke(app, ["review", str(examples / "paid-trial-fair.txt"), "-f", "html"])
    assert html.exit_code == 0 and html.stdout.startswith("<!DOCTYPE html>") and "Looks standard" in html.stdout
