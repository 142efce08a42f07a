"""Rebuild the example PDFs from their text sources: python scripts/make_examples.py"""

from pathlib import Path

from reviewer.pdfgen import text_to_pdf

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    src = ROOT / "examples" / "src" / "working-interview.txt"
    out = text_to_pdf(src.read_text(), ROOT / "examples" / "working-interview.pdf",
                      header="Brightwave Labs, Inc. - Working Interview Agreement - Confidential", font_size=12)
    print(f"wrote {out.relative_to(ROOT)}")
