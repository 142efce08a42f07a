"""OCR quality on scans made from the example agreement: python scripts/ocr_quality.py

1. Engines: the time per page and the character error rate of Tesseract (as reviewer runs it) and, where the
   rapidocr_onnxruntime package is installed, of RapidOCR, on the 3-page example scanned at 200 dpi (turned 0.8
   degrees, speckled), as PNG and as JPEG.
2. Confidence: Tesseract's mean word confidence and the character error rate of scans of falling quality, which is
   what reviewer.ocr.POOR_CONFIDENCE rests on.
"""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
from PIL import ImageFilter

from reviewer import ocr, pdfgen
from reviewer.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "examples" / "src" / "working-interview.txt"
HEADER = "Brightwave Labs, Inc. - Working Interview Agreement - Confidential"
QUALITIES = [(200, 12, 0.0), (150, 30, 0.0), (100, 60, 1.0), (75, 50, 1.2), (72, 70, 1.5)]  # dpi, noise, blur


def tesseract(data: bytes) -> str:
    return "\n".join(p.text for p in ocr.read_image(data, "page", Settings.load()))


def rapidocr():
    """RapidOCR's reader (its models ship in its wheel), or None where it is not installed."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        return None
    engine = RapidOCR()
    return lambda data: "\n".join(line[1] for line in (engine(data)[0] or []))


def encoded(image, fmt: str) -> bytes:
    buf = io.BytesIO()
    image.copy().save(buf, fmt, **({"quality": 75} if fmt == "JPEG" else {}))
    return buf.getvalue()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="reviewer-ocr-"))
    text = pdfgen.text_to_pdf(SOURCE.read_text(), folder / "text.pdf", header=HEADER, font_size=12)
    reference = [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(str(text))]
    images = pdfgen.scan(text)
    engines = {"tesseract": tesseract, "rapidocr": rapidocr()}
    print(f"engines on the 3-page example scanned at 200 dpi ({os.cpu_count()} cores, one page at a time)")
    for name, read in engines.items():
        if read is None:
            print(f"  {name:<10} not installed")
            continue
        for fmt in ("PNG", "JPEG"):
            times, got = [], []
            for image in images:
                data = encoded(image, fmt)
                start = time.perf_counter()
                got.append(read(data))
                times.append(time.perf_counter() - start)
            rate = ocr.character_error_rate("\n".join(reference), "\n".join(got))
            print(f"  {name:<10} {fmt:<5} {statistics.median(times):6.2f} s/page (median)   CER {rate:6.2%}")
    print("Tesseract's mean word confidence against the character error rate (pages 1 and 2)")
    for dpi, noise, blur in QUALITIES:
        for number, image in enumerate(pdfgen.scan(text, dpi=dpi, noise=noise)[:2]):
            page = ocr.read_image(encoded(image.filter(ImageFilter.GaussianBlur(blur)) if blur else image, "PNG"),
                                  "page", Settings.load())[0]
            rate = ocr.character_error_rate(reference[number], page.text)
            print(f"  {dpi:3d} dpi, noise {noise:2d}, blur {blur:.1f}, page {number + 1}: "
                  f"confidence {page.confidence if page.confidence is not None else 0:5.1f}   CER {rate:6.2%}")


if __name__ == "__main__":
    main()
