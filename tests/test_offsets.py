"""Property tests for offsets: every evidence quote equals the text at its offsets and sits on its page;
the page map is contiguous and sorted, whatever the page breaks, hyphens and invisible characters."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reviewer.document import load_bytes
from reviewer.errors import EmptyDocument

CLAUSES = [
    "1. Trial. The candidate will work a full five-day trial shift serving customers, and the trial is unpaid.",
    "2. Ownership. All work product created during the trial is assigned to the Company, including prior inventions.",
    "3. Status. You are an independent contractor and will use your own equipment at your own cost.",
    "4. Confidentiality. You must keep all information confidential forever, including your pay.",
    "5. Decision. You must accept this offer within 24 hours or it is withdrawn.",
    "The company will assign an inter-\nesting task to the candi-\ndate.",
    "Le caf\u00e9-\nbased role pays nothing for the first week.",
]
BREAKS = st.sampled_from(["\n", "\n\n", "\f", "\f\f", "\n\f\n", "\u200b\n", " \u00ad\n"])


@st.composite
def documents(draw) -> str:
    parts = draw(st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=6))
    out = parts[0]
    for part in parts[1:]:
        out += draw(BREAKS) + part
    return out


@pytest.fixture(scope="module")
def reviewer():
    from reviewer.pipeline import Reviewer
    from reviewer.settings import Settings

    return Reviewer(Settings.load())


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents())
def test_evidence_offsets_pages_and_page_map(reviewer, text):
    try:
        doc = load_bytes(text.encode(), name="x.txt", suffix=".txt")
    except EmptyDocument:  # every line repeated at the edge of every page: all running headers
        assume(False)
    review = reviewer.review_document(doc)
    spans = [(p.page, p.start, p.end) for p in review.page_map]
    assert spans[0][1] == 0 and spans[-1][2] == len(doc.text)
    assert all(s <= e for _, s, e in spans) and all(a[2] == b[1] for a, b in zip(spans, spans[1:]))
    for finding in review.findings:
        for ev in finding.evidence:
            assert doc.text[ev.start:ev.end] == ev.quote
            assert ev.page == doc.page_of(ev.start)
            assert any(s <= ev.start < max(e, s + 1) for p, s, e in spans if p == ev.page)
