"""Requests per document for the LLM backend, and the share of model output the verifier drops.

Runs against the scripted OpenAI-compatible server the tests use (127.0.0.1, no network):
python scripts/measure_llm.py
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.llm_server import ScriptedServer, answer, echo_candidates  # noqa: E402


def fabricating(req):
    """Confirms the candidates but adds one invented quote and one citation of a passage that was not sent."""
    ans = echo_candidates(req)
    ans["findings"].append({"category": "ip_grab", "clause_ids": [], "evidence": ["An invented sentence."],
                            "citations": [{"passage_id": "made-up#1", "quote": "x"}], "severity": "high",
                            "confidence": 0.9, "title": "t", "explanation": "e", "suggestion": "s"})
    return ans


def main() -> None:
    from reviewer.pdfgen import text_to_pdf
    from reviewer.pipeline import Reviewer
    from reviewer.settings import Settings

    server = ScriptedServer().start()
    os.environ.update(OPENAI_BASE_URL=server.url, OPENAI_API_KEY="sk-measure-only", REVIEWER_LLM_CACHE="false")
    tmp = Path(tempfile.mkdtemp())
    src = (ROOT / "examples" / "src" / "working-interview.txt").read_text()
    long_pdf = text_to_pdf("\n\n".join([src] * 14), tmp / "long.pdf")
    reviewer = Reviewer(Settings.load(backend="openai"))
    for name, path in (("3-page example PDF", ROOT / "examples" / "working-interview.pdf"), ("long PDF", long_pdf)):
        before = len(server.requests)
        r = reviewer.review_path(path)
        print(f"{name}: {r.document.pages} pages, {r.document.chars} chars, {r.llm.windows} windows, "
              f"{len(server.requests) - before} requests")
    server.default = answer(fabricating)
    r = reviewer.review_path(ROOT / "examples" / "working-interview.pdf")
    ev_total = r.llm.llm_findings + r.llm.dropped_findings
    print(f"fabricating model: {r.llm.dropped_evidence} evidence quotes and {r.llm.dropped_citations} citations dropped; "
          f"{r.llm.dropped_findings} of {ev_total} model findings dropped ({r.llm.dropped_findings / max(1, ev_total):.0%})")
    server.stop()


if __name__ == "__main__":
    main()
