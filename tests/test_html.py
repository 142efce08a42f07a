"""The HTML report in a real headless Chromium (Debian's package, driven by Playwright): verdict and every finding
visible at 390 and 1280 px, no network request, no console error, nothing from the document executes, keyboard and
print work. Without Chromium or Playwright these tests fail and say what to install."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from reviewer.document import read_source
from reviewer.pipeline import Reviewer
from reviewer.renderers import render

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("screenshots", ROOT / "scripts" / "screenshots.py")
screenshots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(screenshots)  # type: ignore[union-attr]

HOSTILE = """Working Interview Agreement

The working interview is a two-week trial and it is unpaid <script>window.__pwned = 1; document.title = "pwned"</script>.

The Candidate assigns to the Company all rights in any work product created during the trial, whether or not the
Candidate is hired <img src=x onerror="window.__pwned = 2"> "quoted" & <b>bold</b> </blockquote></mark>.
"""
WIDTHS = (390, 1280)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("The browser tests need Playwright's Python package: pip install -e '.[test]'", pytrace=False)
    executable = screenshots.chromium_path()
    if executable is None:
        pytest.fail(f"The browser tests need Chromium: {screenshots.INSTALL_HINT}", pytrace=False)
    with sync_playwright() as p:
        browser = screenshots.launch(p, executable)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def reports(tmp_path_factory, examples, module_env):
    """The example's review and HTML report, and a report of a document full of markup."""
    folder = tmp_path_factory.mktemp("html")
    reviewer = Reviewer()
    source = read_source(examples / "working-interview.pdf")
    review = reviewer.review_document(source.document)
    (folder / "report.html").write_bytes(render(review, "html", source))
    hostile = folder / "offer <i>x<b>.txt"
    hostile.write_text(HOSTILE)
    hostile_source = read_source(hostile)
    hostile_review = reviewer.review_document(hostile_source.document)
    (folder / "hostile.html").write_bytes(render(hostile_review, "html", hostile_source))
    return {"folder": folder, "review": review, "html": folder / "report.html", "hostile": folder / "hostile.html",
            "hostile_review": hostile_review}


def open_page(browser, path: Path, width: int, **context):
    """The report in a fresh page, with every request, console error and page error recorded."""
    ctx = browser.new_context(viewport={"width": width, "height": 900}, **context)
    page = ctx.new_page()
    seen = {"requests": [], "errors": []}
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page, seen


@pytest.mark.parametrize("width", WIDTHS)
def test_verdict_and_every_finding_are_visible_offline(browser, reports, width):
    page, seen = open_page(browser, reports["html"], width)
    verdict = reports["review"].decide()
    title = page.locator("#verdict-title")
    assert title.is_visible() and title.inner_text() == verdict.headline
    assert title.bounding_box()["y"] < 400  # the verdict is the first thing on screen
    for label in ("Unpaid work?", "Your work taken?", "Worker status denied?"):
        assert page.get_by_text(label, exact=True).is_visible()
    assert page.get_by_text("$11.11 an hour").first.is_visible()
    for i, finding in enumerate(reports["review"].findings, 1):
        heading = page.locator(f"#finding-{i} h4")
        heading.scroll_into_view_if_needed()
        assert heading.is_visible() and heading.inner_text() == finding.title
        assert page.locator(f"#finding-{i} mark").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the screen
    assert seen["requests"] == [reports["html"].resolve().as_uri()]  # the page itself, nothing else
    assert seen["errors"] == []
    page.context.close()


def test_markup_in_the_document_never_runs(browser, reports):
    # Even with the page's Content-Security-Policy switched off, escaping alone must keep the document inert.
    page, seen = open_page(browser, reports["hostile"], 1280, bypass_csp=True)
    assert reports["hostile_review"].findings  # the quotes with markup are on the page
    assert page.evaluate("window.__pwned") is None
    assert page.title() != "pwned" and "<i>x<b>" in page.title()
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    assert page.locator("mark", has_text="<script>window.__pwned = 1").count() >= 1
    assert page.evaluate("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                         ".filter(a => a.name.startsWith('on')).length") == 0
    assert seen["requests"] == [reports["hostile"].resolve().as_uri()] and seen["errors"] == []
    page.context.close()


def test_the_source_escapes_the_document_and_loads_nothing(reports):
    html = reports["hostile"].read_text()
    assert "<script" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"""\s(?:src|srcset|poster|data)\s*=|@import|url\(""", html)
    links = re.findall(r'href="([^"#][^"]*)"', reports["html"].read_text())
    assert links and all(link.startswith("https://") or link.startswith("http://") for link in links)


def test_keyboard_focus_and_heading_structure(browser, reports):
    page, _ = open_page(browser, reports["html"], 1280)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the findings"
    assert page.evaluate("getComputedStyle(document.activeElement).left") != "-999rem"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "findings"
    page.keyboard.press("Tab")
    focused = page.evaluate("(() => { const s = getComputedStyle(document.activeElement); "
                            "return [document.activeElement.tagName, s.outlineStyle, s.outlineWidth]; })()")
    assert focused[0] == "A" and focused[1] != "none" and focused[2] != "0px"
    levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))  # no level skipped
    assert page.evaluate("document.documentElement.lang") == "en"
    page.context.close()


CONTRAST = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                                 .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const bg = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                      if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
  const worst = [];
  for (const e of document.querySelectorAll('h1,h2,h3,h4,p,li,a,mark,span,strong,code,pre,footer')) {
    if (!e.offsetParent && e.tagName !== 'BODY') continue;
    const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(bg(e))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) worst.push([e.tagName, e.className, ratio.toFixed(2)]);
  }
  return worst;
}"""


def test_text_contrast_is_at_least_aa(browser, reports):
    page, _ = open_page(browser, reports["html"], 1280)
    assert page.evaluate(CONTRAST) == []
    page.context.close()


def test_print_hides_navigation_and_prints(browser, reports):
    page, _ = open_page(browser, reports["html"], 1280)
    page.emulate_media(media="print")
    assert not page.locator("nav.toc").is_visible() and page.locator("#verdict-title").is_visible()
    assert page.pdf(format="A4")[:5] == b"%PDF-"
    page.context.close()


def test_screenshot_script_writes_both_widths_and_an_annotated_page(browser, reports, tmp_path, examples):
    from PIL import Image

    shots = screenshots.shoot_report(browser, reports["html"], tmp_path)
    assert [Image.open(p).size[0] for p in shots] == list(WIDTHS)
    annotated = tmp_path / "annotated.pdf"
    annotated.write_bytes(render(reports["review"], "pdf", read_source(examples / "working-interview.pdf")))
    page = screenshots.shoot_pdf_page(annotated, tmp_path / "page.png", width=400)
    assert Image.open(page).size[0] == 400
