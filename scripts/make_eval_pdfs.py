"""Rebuild the labelled eval PDFs from their sources: python scripts/make_eval_pdfs.py

`docs/NAME.txt` is typeset with reviewer.pdfgen.text_to_pdf (a running header and page numbers);
`docs/NAME.lines` places exact lines, with '===PAGE===' starting a new page.
"""

from pathlib import Path

from reviewer.pdfgen import lines_to_pdf, text_to_pdf

ROOT = Path(__file__).resolve().parent.parent


def build(data_dir: Path = ROOT / "evals" / "data") -> list[Path]:
    out = []
    for src in sorted(data_dir.glob("*/docs/*")):
        pdf = src.with_suffix(".pdf")
        if src.suffix == ".txt":
            title = src.read_text().splitlines()[0].lstrip("# ").strip()
            out.append(text_to_pdf(src.read_text(), pdf, header=f"{title} - Confidential"))
        elif src.suffix == ".lines":
            pages = [[ln for ln in page.splitlines() if ln.strip()] for page in src.read_text().split("===PAGE===")]
            out.append(lines_to_pdf(pages, pdf))
    return out


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
