"""Stage 4, retrieve: find guidance passages for each finding and pick a verbatim quote from each."""

from __future__ import annotations

import re

import numpy as np

from .clauses import sentences
from .corpus import Passage
from .index import GuidanceIndex, Hit
from .models import Citation, Finding

CATEGORY_QUERIES = {
    "unpaid_scope": "unpaid working interview or trial: productive work must be paid at least minimum wage; hours worked",
    "ip_grab": "invention assignment and ownership of work product, prior inventions, own-time inventions, candidate keeps copyright",
    "misclassification": "worker status: employee or independent contractor, volunteer or intern; control, economic reality test",
    "confidentiality_overreach": "overbroad confidentiality: whistleblower reports to government, pay discussion, non-disparagement",
    "restrictive_covenant": "non-compete and non-solicit clauses void or restricted for workers",
    "data_handling": "candidate access to real customer personal data and production systems during a trial; data protection",
    "pressure_tactics": "exploding offer deadline, time to review an offer, pressure to decide",
    "missing_terms": "a fair working-interview agreement states pay, length, scope and ownership of work",
}
CATEGORY_WORDS = {
    "unpaid_scope": "paid pay unpaid minimum wage work hours trial interview compensation suffer permit productive",
    "ip_grab": "invention inventions assign assignment own owns copyright work made hire employer time equipment prior intellectual property",
    "misclassification": "employee contractor independent status control volunteer intern label worker test factors",
    "confidentiality_overreach": "confidential confidentiality report disclose agency pay discuss non-disparagement agreement",
    "restrictive_covenant": "non-compete non-competes void non-solicit restraint employees",
    "data_handling": "data personal customer production privacy candidates",
    "pressure_tactics": "offer offers deadline weeks days review pressure exploding",
    "missing_terms": "pay length scope ownership agreement states fixed maximum",
}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def best_quote(passage: Passage, category: str, query: str) -> str:
    """The passage sentence that best matches the category and the finding, verbatim."""
    target = _words(CATEGORY_WORDS.get(category, "")) | _words(query)
    best, best_score = "", -1.0
    for s in sentences(passage.text):
        text = s.text.strip()
        if len(text) < 40:
            continue
        w = _words(text)
        score = len(w & target) / (1 + 0.15 * len(w)) ** 0.5
        if score > best_score:
            best, best_score = text, score
    if not best:
        best = passage.text.strip()[:300]
    return best


def query_text(finding: Finding) -> str:
    """The retrieval query for a finding: category intent and title.

    The title names the kind of finding the legal test decided (token pay, prior work, controlled contractor...), so
    the query is the same for every finding of a kind: its embedding is computed once per process, not once per
    document, and the same kind of finding gets the same guidance (ranked for the document's jurisdiction)."""
    return f"{CATEGORY_QUERIES.get(finding.category.value, '')}. {finding.title}."


def known_queries() -> list[str]:
    """Every retrieval query the judges are known to ask (one per kind of finding, and per category), so a batch can
    embed them all at once, before any document."""
    from .knowledge import load_finding_texts

    kinds = [f"{CATEGORY_QUERIES.get(t.category, '')}. {t.title}." for t in load_finding_texts().values()]
    return list(dict.fromkeys([*kinds, *CATEGORY_QUERIES.values()]))


def rank(hits: list[Hit], category: str, jurisdiction: str = "general") -> list[tuple[Hit, float, str]]:
    """Order hits for a finding: its jurisdiction, then the parent, then general guidance, then other places.

    Guidance written for the finding's category is preferred. Returns (hit, score, relation) where relation
    is 'applies' or 'comparison' (a rule of another jurisdiction, never presented as applying).
    """
    from .jurisdiction import chain

    order = chain(jurisdiction)
    ranked = []
    for h in hits:
        s = h.score
        s += 0.15 if category in h.passage.categories else -0.3
        if h.passage.jurisdiction in order:
            s += (0.35, 0.15, 0.1)[min(order.index(h.passage.jurisdiction), 2)] if h.passage.jurisdiction != "general" else 0.05
            relation = "applies"
        else:
            relation = "comparison"
        ranked.append((h, s, relation))
    ranked.sort(key=lambda x: (x[2] != "applies", -x[1]))
    return ranked


def cite(findings: list[Finding], index: GuidanceIndex, encoder: object, per_finding: int = 2,
         jurisdiction: str = "general") -> list[Finding]:
    """Attach up to `per_finding` citations from distinct corpus documents to each finding.

    Citations that apply come first; if fewer than `per_finding` apply, one comparison from another
    jurisdiction may follow, marked as such. A finding whose top citation is a place-specific rule
    says so in its explanation.
    """
    from .jurisdiction import name

    if not findings:
        return findings
    queries = [query_text(f) for f in findings]
    vectors: np.ndarray = encoder.encode(queries)  # type: ignore[attr-defined]
    out = []
    for finding, query, vec in zip(findings, queries, vectors):
        cat = finding.category.value
        ranked = rank(index.search(vec, k=min(40, len(index.passages))), cat, jurisdiction)
        citations: list[Citation] = list(finding.citations)[:per_finding]
        docs: set[str] = {c.doc_id for c in citations}
        on_topic = [r for r in ranked if cat in r[0].passage.categories]
        # guidance written for another category is cited only when nothing on the topic was found
        for h, score, relation in on_topic or ranked[:1]:
            if len(citations) >= per_finding:
                break
            if h.passage.doc_id in docs:
                continue
            if relation == "comparison" and (any(c.relation == "comparison" for c in citations)
                                              or cat not in h.passage.categories):
                continue
            docs.add(h.passage.doc_id)
            citations.append(Citation(
                passage_id=h.passage.id, doc_id=h.passage.doc_id, title=h.passage.title, source=h.passage.source,
                jurisdiction=h.passage.jurisdiction, quote=best_quote(h.passage, cat, query),
                score=round(float(score), 4), relation=relation,
            ))
            if len(citations) >= per_finding:
                break
        update: dict = {"citations": citations}
        top = citations[0] if citations else None
        if top is not None and top.relation == "applies" and top.jurisdiction not in ("general",):
            update["explanation"] = f"{finding.explanation} For {name(top.jurisdiction)}, see \u201c{top.title}\u201d."
        out.append(finding.model_copy(update=update))
    return out
