"""Screenshots of what a candidate opens: the HTML report at 390 px (a phone) and 1280 px (a laptop), and a page of
the annotated PDF. Used for the README and by the browser tests; nothing is downloaded.

    python scripts/screenshots.py                          # the bundled example, into docs/images/
    python scripts/screenshots.py offer.pdf -o /tmp/shots  # any PDF

Needs Debian's chromium (apt-get install -y chromium; or REVIEWER_CHROMIUM=/path/to/chromium) and the test extras
(pip install -e '.[test]': Playwright's Python package drives the browser, Pillow writes the page image).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = {390: 844, 1280: 800}  # viewport width -> height
# No network, no first-run, update or sync traffic: the report must work offline and the test must see no request.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
INSTALL_HINT = "apt-get install -y chromium (Debian's package), or set REVIEWER_CHROMIUM to a Chromium binary"


def chromium_path() -> str | None:
    """The Chromium binary to drive: REVIEWER_CHROMIUM, else Debian's /usr/bin/chromium; None if neither exists."""
    for candidate in (os.environ.get("REVIEWER_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def launch(playwright, executable: str | None = None):
    """A headless Chromium browser (Playwright's sync API), started from the system's binary."""
    executable = executable or chromium_path()
    if executable is None:
        raise SystemExit(f"Chromium is not installed: {INSTALL_HINT}")
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


def shoot_report(browser, html: Path, out_dir: Path, prefix: str = "report") -> list[Path]:
    """PNG screenshots of the top of the HTML report at each width in WIDTHS."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for width, height in WIDTHS.items():
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(html.resolve().as_uri())
        path = out_dir / f"{prefix}-{width}.png"
        path.write_bytes(_small_png(page.screenshot()))
        page.close()
        written.append(path)
    return written


def shoot_pdf_page(pdf: Path, out: Path, page: int = 1, width: int = 800) -> Path:
    """A PNG of one page of a PDF with its annotations drawn, `width` pixels wide (rendered by pdfium)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        p = doc[page - 1]
        image = p.render(scale=width / p.get_width(), draw_annots=True).to_pil()
    finally:
        doc.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(_small_png(buffer.getvalue()))
    return out


def _small_png(data: bytes) -> bytes:
    """The PNG with its colours quantised to a palette, which keeps committed images small."""
    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def make_outputs(pdf: Path, work: Path) -> tuple[Path, Path]:
    """Review `pdf` and write its HTML report and annotated copy into `work`."""
    from reviewer.document import read_source
    from reviewer.pipeline import Reviewer
    from reviewer.renderers import render

    source = read_source(pdf)
    review = Reviewer().review_document(source.document)
    html, annotated = work / "report.html", work / "annotated.pdf"
    html.write_bytes(render(review, "html", source))
    annotated.write_bytes(render(review, "pdf", source))
    return html, annotated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=ROOT / "examples" / "working-interview.pdf")
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        html, annotated = make_outputs(args.pdf, Path(tmp))
        with sync_playwright() as p:
            browser = launch(p)
            try:
                written = shoot_report(browser, html, args.out)
            finally:
                browser.close()
        written.append(shoot_pdf_page(annotated, args.out / "annotated-page.png"))
    for path in written:
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
