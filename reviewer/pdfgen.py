"""Build PDFs from text for examples, eval data and tests (needs the `fpdf2` test extra).

Kept in the package so the examples, the labelled eval PDFs and the test fixtures are all
made the same way, reproducibly, from sources in the repository.
"""

from __future__ import annotations

from pathlib import Path


def _fpdf():
    try:
        from fpdf import FPDF
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit("fpdf2 is needed to build PDFs: pip install -e '.[test]'") from exc
    return FPDF


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing `lines` in Helvetica, written out by hand (no fpdf2): reviewer warms its PDF reader on it."""
    ops = b"BT /F1 10 Tf 12 TL 36 756 Td " + b" ".join(
        b"(" + _latin1(line).encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        + b") Tj T*" for line in lines) + b" ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _latin1(text: str) -> str:
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "...",
             "\u00a0": " ", "\u2022": "-"}
    return "".join(table.get(ch, ch) for ch in text).encode("latin-1", "replace").decode("latin-1")


def _fixed_date(pdf):
    """Same input, same bytes: pin the creation date."""
    from datetime import datetime, timezone

    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
    return pdf


def text_to_pdf(text: str, path: str | Path, header: str | None = None, page_numbers: bool = True,
                font_size: int = 11) -> Path:
    """Typeset `text` (paragraphs separated by blank lines) onto as many pages as it needs.

    A line starting with '# ' is set as a bold heading; a form feed forces a new page.
    """
    FPDF = _fpdf()

    class Doc(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 8, _latin1(header), align="C")
                self.ln(10)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = _fixed_date(Doc(format="Letter"))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in text.split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        if block == "\f":
            pdf.add_page()
            continue
        if block.startswith("# "):
            pdf.set_font("Helvetica", "B", font_size + 2)
            pdf.multi_cell(0, 7, _latin1(block[2:].strip()))
        else:
            pdf.set_font("Helvetica", "", font_size)
            pdf.multi_cell(0, font_size * 0.5, _latin1(" ".join(block.split())))
        pdf.ln(3)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def lines_to_pdf(pages: list[list[str]], path: str | Path) -> Path:
    """Place exact lines on exact pages (for tests of hyphenation, headers and page breaks)."""
    FPDF = _fpdf()
    pdf = _fixed_date(FPDF(format="Letter"))
    pdf.set_auto_page_break(False)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        for line in lines:
            pdf.cell(0, 6, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def blank_pdf(path: str | Path, pages: int = 1, draw: bool = True) -> Path:
    """A PDF with pages but no text layer, like a scan (a drawn shape stands in for the image)."""
    FPDF = _fpdf()
    pdf = _fixed_date(FPDF(format="Letter"))
    for _ in range(pages):
        pdf.add_page()
        if draw:
            pdf.rect(20, 20, 150, 200, style="F")
    out = Path(path)
    pdf.output(str(out))
    return out


def scan(pdf: str | Path, dpi: int = 200, angle: float = 0.8, noise: float = 12.0, seed: int = 0) -> list:
    """Each page of `pdf` as a scanner would give it back: rendered to greyscale at `dpi`, turned by `angle`
    degrees, with Gaussian noise of `noise` grey levels and a few specks (needs Pillow, numpy and pypdfium2)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    out = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            image = image.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=255)
            pixels = np.asarray(image, dtype=np.float32) + rng.normal(0.0, noise, (image.height, image.width))
            specks = rng.random((image.height, image.width)) < 0.0005
            pixels[specks] = 0
            out.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L"))
    finally:
        doc.close()
    return out


def images_to_pdf(images: list, path: str | Path, dpi: int = 200) -> Path:
    """An image-only PDF, one page per image, as a scanner writes it (no text layer)."""
    out = Path(path)
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out
