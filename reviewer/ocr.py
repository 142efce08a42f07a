"""Stage 1, load (scans): the text of page images, read offline by Tesseract, with each word's box and confidence.

A PDF page without a text layer (or one that is a single image) is rendered by pdfium; an image file (PNG, JPEG, WebP,
TIFF) is decoded by Pillow. The greyscale pixels go to Debian's `tesseract` program on its standard input, one process
per page, and its TSV output gives the words, their boxes and their confidence. The page's text is rebuilt from it
(words joined by spaces, lines by line breaks, paragraphs by blank lines), so the loader normalises it like a PDF
page's text; the boxes, in PDF points, let the annotated PDF place highlights on a scanned page. Both steps run in the
loader's child process with its memory limit, and within REVIEWER_MAX_OCR_SECONDS for the whole document.
"""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import time
import warnings
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from . import errors
from .settings import Settings

INSTALL = "apt-get install tesseract-ocr tesseract-ocr-eng && pip install 'reviewer[ocr]'"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff"}
IMAGE_FORMATS = ("PNG", "JPEG", "WEBP", "TIFF")  # Pillow decodes these and no other kind
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
# A page whose mean word confidence is under this is reported as poorly read. Measured on the scans of
# scripts/ocr_quality.py: pages at 94-96 had a character error rate of 0-0.4%, pages at 77-83 of 6-8%, at 42 of 30%.
POOR_CONFIDENCE = 85.0
# Pages are rendered at the resolution of the scan they hold, between these (300 dpi where no image covers half).
MIN_DPI, MAX_DPI = 150, 300
# Larger pages and images are scaled down to this many pixels before OCR: a Letter page at 370 dpi.
OCR_PIXELS = 12_000_000
# A page that shows fewer characters than this and is mostly one image is a scan (with a stamp or a page number on it).
SCAN_PAGE_CHARS = 100
SCAN_IMAGE_SHARE = 0.5
# A scanned page's invisible text that differs from what OCR read there by at most this share of characters is the
# scanner's own OCR layer, not a hidden clause (two OCR engines' readings of one clean page differ by a few percent).
LAYER_ERROR_RATE = 0.3
TESSERACT_ARGS = ("-l", "eng", "--psm", "3", "-c", "tessedit_do_invert=0")

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points
ToPoints = Callable[[float, float], tuple[float, float]]


@dataclass(frozen=True)
class OcrWord:
    """One word Tesseract read: where it is in its page's text, its box, and how sure Tesseract is (0-100)."""

    start: int
    end: int
    box: Box
    confidence: float


@dataclass(frozen=True)
class OcrPage:
    """A page read by OCR: its text and its words. An image's boxes are in points of a page of the image's size
    at its stated resolution (72 dpi when it states none)."""

    page: int  # 1-based
    text: str
    words: tuple[OcrWord, ...]

    @property
    def confidence(self) -> float | None:
        """Mean word confidence, 0-100 (None when no word was read)."""
        return round(sum(w.confidence for w in self.words) / len(self.words), 1) if self.words else None

    @property
    def poor(self) -> bool:
        """True when the page was read with a mean word confidence under POOR_CONFIDENCE."""
        return self.confidence is not None and self.confidence < POOR_CONFIDENCE

    def chars(self) -> list[tuple[str, Box | None]]:
        """Each character of the text with a box: its share of its word's box (None between words)."""
        boxes: list[Box | None] = [None] * len(self.text)
        for w in self.words:
            left, bottom, right, top = w.box
            step = (right - left) / (w.end - w.start)
            for k in range(w.end - w.start):
                boxes[w.start + k] = (left + k * step, bottom, left + (k + 1) * step, top)
        return list(zip(self.text, boxes))


@dataclass(frozen=True)
class Scan:
    """One page's pixels on their way to Tesseract: greyscale PGM bytes, the resolution if known, and how a pixel
    maps to the page's points."""

    page: int
    pgm: bytes
    dpi: int | None
    to_points: ToPoints


def missing(images: bool = False) -> str | None:
    """What OCR lacks here, in words (None when it can run): the tesseract program, its English data, Pillow."""
    found = _languages(os.environ.get("PATH", os.defpath))
    if found is None:
        return "Tesseract is not installed"
    if "eng" not in found:
        return "Tesseract's English data is not installed"
    if images:
        try:
            import PIL  # noqa: F401
        except ImportError:
            return "Pillow is not installed"
    return None


def unavailable(what: str, lack: str, name: str) -> errors.NoTextLayer:
    """The one-line error for a scan that cannot be read here (`lack`: what `missing` said), saying what to install."""
    return errors.NoTextLayer(f"{what} needs OCR ({lack}); install it with {INSTALL}: {name}", path=name)


@lru_cache(maxsize=4)
def _languages(path: str) -> frozenset[str] | None:
    """The languages the tesseract program on `path` reads, or None when there is no such program."""
    program = shutil.which("tesseract", path=path)
    if program is None:
        return None
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(line.strip() for line in listed.splitlines()[1:])


def is_image(data: bytes) -> bool:
    """True if `data` starts like a PNG, JPEG, TIFF or WebP file."""
    return data.startswith(IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def image_share(page: object) -> tuple[float, float | None]:
    """The share of the page the largest image covers, and that image's resolution in dpi (None without one)."""
    import pypdfium2.raw as raw

    width, height = page.get_size()  # type: ignore[attr-defined]
    best, dpi = 0.0, None
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]):  # type: ignore[attr-defined]
        left, bottom, right, top = obj.get_bounds()
        share = (right - left) * (top - bottom) / max(width * height, 1.0)
        if share > best and right > left:
            best, dpi = share, obj.get_px_size()[0] / ((right - left) / 72)
    return min(best, 1.0), dpi


def read_pdf_pages(data: bytes, numbers: list[int], name: str, settings: Settings) -> list[OcrPage]:
    """OCR the PDF's pages `numbers` (0-based): render each with pdfium, read it with Tesseract."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return _read_all(_rendered(pdf, numbers), name, settings)
    except pdfium.PdfiumError as exc:
        raise errors.CorruptDocument(f"The PDF is damaged: {name}", path=name) from exc
    finally:
        pdf.close()


def _rendered(pdf: object, numbers: list[int]) -> Iterator[Scan]:
    import pypdfium2.raw as raw

    for number in numbers:
        page = pdf[number]  # type: ignore[index]
        width, height = page.get_size()
        share, native = image_share(page)
        dpi = min(max(native, MIN_DPI), MAX_DPI) if native and share >= SCAN_IMAGE_SHARE else MAX_DPI
        scale = min(dpi / 72, math.sqrt(OCR_PIXELS / max(width * height, 1.0)))
        bitmap = page.render(scale=scale, grayscale=True)
        w, h = bitmap.width, bitmap.height
        pixels = bitmap.to_numpy()
        corners = []
        for x, y in ((0, 0), (w, 0), (0, h)):  # pdfium maps pixels to points, page rotation and crop box included
            px, py = raw.c_double(), raw.c_double()
            raw.FPDF_DeviceToPage(page.raw, 0, 0, w, h, 0, x, y, px, py)
            corners.append((px.value, py.value))
        page.close()
        yield Scan(number + 1, _pgm(w, h, pixels.tobytes()), round(scale * 72), _affine(corners, w, h))


def _affine(corners: list[tuple[float, float]], w: int, h: int) -> ToPoints:
    (ox, oy), (xx, xy), (yx, yy) = corners
    return lambda x, y: (ox + (xx - ox) * x / w + (yx - ox) * y / h, oy + (xy - oy) * x / w + (yy - oy) * y / h)


def _pgm(width: int, height: int, pixels: bytes) -> bytes:
    return b"P5\n%d %d\n255\n" % (width, height) + pixels


def read_image(data: bytes, name: str, settings: Settings) -> list[OcrPage]:
    """OCR an image file, every frame of a multi-page TIFF a page; refuse a damaged image or one over the pixel cap."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels  # Pillow's bomb guard, made an error below
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _read_all(_decoded(data, name, settings), name, settings)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_many_pixels(name, settings) from exc
        except errors.ReviewerError:
            raise
        except Exception as exc:  # noqa: BLE001 - Pillow's decoders raise many kinds on damaged data
            raise errors.CorruptDocument(f"The image is damaged or not a PNG, JPEG, WebP or TIFF image "
                                         f"({type(exc).__name__}): {name}", path=name) from exc


def _decoded(data: bytes, name: str, settings: Settings) -> Iterator[Scan]:
    from PIL import Image, ImageOps, ImageSequence

    image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
    for number, frame in enumerate(ImageSequence.Iterator(image), 1):
        if number > settings.max_pages:
            raise errors.DocumentTooLarge(f"The image has over {settings.max_pages} pages; the limit is "
                                          f"{settings.max_pages}: {name}", path=name)
        if frame.width * frame.height > settings.max_image_pixels:
            raise _too_many_pixels(name, settings)
        stated = frame.info.get("dpi", (0, 0))[0]
        dpi = float(stated) if 50 <= float(stated or 0) <= 2400 else None
        grey = _on_white(ImageOps.exif_transpose(frame))
        shrink = min(1.0, math.sqrt(OCR_PIXELS / (grey.width * grey.height)))
        if shrink < 1.0:
            grey = grey.resize((max(1, int(grey.width * shrink)), max(1, int(grey.height * shrink))), Image.LANCZOS)
        scale, height = 1 / ((dpi or 72) / 72 * shrink), grey.height
        yield Scan(number, _pgm(grey.width, grey.height, grey.tobytes()), round(dpi * shrink) if dpi else None,
                   lambda x, y, s=scale, h=height: (x * s, (h - y) * s))


def _on_white(image: object) -> object:
    """The image in greyscale, laid on white where it is transparent (a transparent pixel's colour is often black)."""
    from PIL import Image

    if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:  # type: ignore[attr-defined]
        return image.convert("L")  # type: ignore[attr-defined]
    page = Image.new("RGBA", image.size, "white")  # type: ignore[attr-defined]
    page.alpha_composite(image.convert("RGBA"))  # type: ignore[attr-defined]
    return page.convert("L")


def _too_many_pixels(name: str, settings: Settings) -> errors.DocumentTooLarge:
    return errors.DocumentTooLarge(f"The image has over {settings.max_image_pixels / 1e6:.0f} million pixels "
                                   f"(an image bomb?); the limit is REVIEWER_MAX_IMAGE_PIXELS: {name}", path=name)


def _read_all(scans: Iterator[Scan], name: str, settings: Settings) -> list[OcrPage]:
    """Read every scan with Tesseract, one process per core at a time, holding at most one page more than that."""
    deadline = time.monotonic() + 0.9 * settings.max_ocr_seconds  # ahead of the parent's: Tesseract is stopped, not left
    workers = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    program = shutil.which("tesseract") or "tesseract"
    pages: list[OcrPage] = []
    running: deque[tuple[Scan, Future[str]]] = deque()

    def collect() -> None:
        scan, future = running.popleft()
        pages.append(parse_tsv(future.result(), scan.page, scan.to_points))

    with ThreadPoolExecutor(workers) as pool:
        for scan in scans:
            running.append((scan, pool.submit(_tesseract, program, scan, deadline, name, settings)))
            if len(running) > workers:
                collect()
        while running:
            collect()
    return pages


def _tesseract(program: str, scan: Scan, deadline: float, name: str, settings: Settings) -> str:
    """Tesseract's TSV for one page, within what is left of the time budget."""
    dpi = ("--dpi", str(scan.dpi)) if scan.dpi else ()
    # One thread per process: Tesseract's OpenMP threads slow it down 2-3 times on a busy 2-core machine.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run([program, "stdin", "stdout", *TESSERACT_ARGS, *dpi, "tsv"], input=scan.pgm,
                              capture_output=True, env=env, timeout=max(0.1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired as exc:
        raise errors.DocumentTooLarge(f"OCR took over {settings.max_ocr_seconds:.0f} s; the limit is "
                                      f"REVIEWER_MAX_OCR_SECONDS: {name}", path=name) from exc
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise errors.CorruptDocument(f"OCR failed on page {scan.page} ({said[-1] if said else done.returncode}): "
                                     f"{name}", path=name)
    return done.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str, page: int, to_points: ToPoints) -> OcrPage:
    """A page's text and words from Tesseract's TSV: words joined by spaces, lines by a line break, paragraphs and
    blocks by a blank line."""
    parts: list[str] = []
    words: list[OcrWord] = []
    at = 0
    last: tuple[str, ...] | None = None
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) != 12 or f[0] != "5" or not f[11].strip():
            continue
        line = (f[2], f[3], f[4])
        if last is not None:
            sep = " " if line == last else "\n" if line[:2] == last[:2] else "\n\n"
            parts.append(sep)
            at += len(sep)
        text = f[11].strip()
        left, top, width, height = (int(v) for v in f[6:10])
        x0, y0 = to_points(left, top + height)
        x1, y1 = to_points(left + width, top)
        words.append(OcrWord(at, at + len(text), (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)),
                             max(0.0, float(f[10]))))
        parts.append(text)
        at += len(text)
        last = line
    return OcrPage(page, "".join(parts), tuple(words))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between `a` and `b`: one numpy pass per character of `a` (insertions resolved by a
    running minimum), so a page of OCR text against its source takes milliseconds."""
    import numpy as np

    b_codes = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    index = np.arange(len(b) + 1)
    row = index.copy()
    for i, ch in enumerate(a, 1):
        best = np.empty_like(row)
        best[0] = i
        best[1:] = np.minimum(row[:-1] + (b_codes != ord(ch)), row[1:] + 1)
        row = np.minimum.accumulate(best - index) + index
    return int(row[-1])


def character_error_rate(reference: str, read: str) -> float:
    """Edits to turn `read` into `reference` per reference character, whitespace runs counted as one space."""
    reference, read = " ".join(reference.split()), " ".join(read.split())
    return edit_distance(reference, read) / len(reference) if reference else float("nan")


def notes(pages: tuple[OcrPage, ...]) -> list[str]:
    """The warnings for pages read by OCR: which, how sure, and each poorly read page on its own."""
    if not pages:
        return []
    shown = ", ".join(f"{p.page} ({p.confidence:.0f})" if p.confidence is not None else f"{p.page} (no words)"
                      for p in pages[:20])
    out = [f"Pages read by OCR (mean word confidence, of 100): {shown}{' ...' if len(pages) > 20 else ''}. "
           f"Their quotes are OCR text: check them against the page."]
    for p in pages:
        if p.poor:
            out.append(f"Page {p.page} was read poorly by OCR (mean word confidence {p.confidence:.0f} of 100, under "
                       f"{POOR_CONFIDENCE:.0f}): words on it may be misread or missing, so a finding may be missed; "
                       f"a sharper scan (300 dpi, straight) reads better.")
    return out
