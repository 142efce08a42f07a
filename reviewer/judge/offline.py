"""The offline judge: tag each sentence's legal facts, parse its values, apply the legal tests.

A straight call: the judge receives the document, its clauses and the located jurisdiction, and returns
findings and warnings. It keeps no state between calls, so one judge can serve many threads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import Clause, Sentence
from ..document import Document
from ..knowledge import load_finding_texts
from ..models import Category, Evidence, Finding, RateInfo, Severity
from .base import Judgement
from .legal import Decision, DocFacts, RateCheck, Unit, decide
from .readers import read_words


@lru_cache(maxsize=1)
def _currency_by_code() -> dict[str, str]:
    from ..gazetteer import countries

    return {c.code: c.currency for c in countries().values() if c.currency}


def local_currency(jurisdiction: str) -> str | None:
    """The currency where the document is (the nearest place in its chain that has one)."""
    from ..jurisdiction import chain

    return next((c for c in (_currency_by_code().get(code) for code in chain(jurisdiction)) if c), None)


def default_dollar(jurisdiction: str) -> str:
    """Which dollar a bare '$' means where the document is: the local currency when it is a dollar, else USD."""
    from ..values import SYMBOLS

    currency = local_currency(jurisdiction)
    return currency if currency and SYMBOLS.get(currency, "").endswith("$") else "USD"


# Chat exports start each message with a timestamp and a speaker ("[9/3/25, 4:12 pm] Jodie - Bayside Vet:"): the
# tagger reads the message, not the header. The evidence still quotes the whole sentence.
CHAT_HEADER = re.compile(r"^\s*(?:\[[^\]]{3,40}\]|\d{1,2}[:.]\d{2}(?:\s?[ap]m)?)\s*(?:[-\u2013]\s*)?[^:\n]{1,50}:\s+", re.I)


WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 3


# A chat export's speaker line ("rift_mika [Community Manager] · Today at 2:14 PM", "Jess (HR) — Yesterday at 09:12")
# names who speaks and when; it states nothing.
SPEAKER_LINE = re.compile(r"(?:[·•\u2014\u2013\])]\s*)(?:Today|Yesterday|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*|\d{1,2}/\d{1,2}/\d{2,4})"
                          r"\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*$")


def is_prose(text: str) -> bool:
    """A sentence of words, not a number, a signature block, an address or a title line: only prose states facts."""
    if SPEAKER_LINE.search(text) and len(text) < 90:
        return False
    words = WORD.findall(text)
    lower = sum(1 for w in words if w[0].islower())
    if lower >= MIN_WORDS and lower >= 0.4 * len(text.split()):
        return True
    # a legal sentence full of Defined Terms ("The Employee, a salaried Systems Engineer, assigns all Employee IP to
    # the Company.") is prose too: it ends as a sentence does and has the small words of one
    if lower >= MIN_WORDS and re.search(r"[.;!?]\W*$", text) and sum(w in ENGLISH_WORDS for w in words) >= 2:
        return True
    # a short title line ("Independent Contractor Agreement") can state a status
    return 2 <= len(words) <= 8 and sum(ch.isdigit() for ch in text) <= 4


# The tagger learned English. A sentence of several words with none of English's commonest words is in another
# language: its readings would be noise ('Trae tu filipina si tienes' read as unpaid work), so it is not tagged, and a
# document mostly in another language carries a warning that the review may miss what it says.
ENGLISH_WORDS = frozenset("the and to of you we is are for will your with this that our it be by or not at if any all "
                          "from have on an as can do must may shall would should they their us".split())
FOREIGN_MIN_WORDS = 4
FOREIGN_SHARE = 0.5  # the share of a document's sentences in another language that earns the warning
KNOWN_SHARE = 0.8  # the share of a sentence's lower-case words the tagger must know for it to read as English


def is_english(text: str, vocab: dict[str, int] | None = None) -> bool:
    """The sentence has one of English's commonest words, or most of its words are in the tagger's vocabulary
    ('Trial compensation: CAD 22 per hour.'), or it is too short to tell."""
    found = WORD.findall(text)
    if len(found) < FOREIGN_MIN_WORDS or any(w.lower() in ENGLISH_WORDS for w in found):
        return True
    # names of places and people are in no vocabulary: only the words in lower case are counted
    common = [w for w in found if w[0].islower()]
    return vocab is not None and (len(common) < FOREIGN_MIN_WORDS or sum(w in vocab for w in common) >= KNOWN_SHARE * len(common))


def message(text: str) -> str:
    """The text the tagger reads: a sentence without a chat export's timestamp and speaker."""
    return CHAT_HEADER.sub("", text, count=1)


def units_of(clauses: list[Clause]) -> list[tuple[Sentence, str, str]]:
    """(sentence, clause id, context) for every sentence outside headings, in document order."""
    out = []
    for clause in clauses:
        if clause.is_heading:
            continue
        previous = ""
        for s in clause.sentences:
            context = clause.context or previous
            out.append((s, clause.id, context))
            previous = s.text
    return out


# Facts that a phrase states on its own, whatever the rest of the sentence says: a status label, a sign of control,
# the kind of work. A long sentence that names several of them dilutes each one for a bag-of-n-grams model, so
# the parts of a sentence between strong breaks are read too, and the surer reading counts. Facts whose sense
# hangs on the whole sentence (pay and its conditions, who keeps what) are read from the whole sentence only.
MIN_PART_WORDS = 1
LOCAL_FACTS = frozenset({"non_employee_label", "control", "core_work", "real_work_output", "assessment_context",
                         "effort", "independence", "own_costs", "scope_prior", "scope_own_time", "scope_after_end"})
PART_BREAK = re.compile(r"\s*(?:;|:\s|\s[-\u2013\u2014]\s|\(|\)|,\s(?=(?:and\s|but\s)?(?:you|we|they|the|he|she|it|"
                        r"volunteers?|contractors?|interns?|must|is|are|will|shall|uses?|works?|wears?|follows?|all|any)\b))"
                        r"|\s(?:together\s+with|as\s+well\s+as)\s\s*", re.I)


def parts(text: str) -> list[str]:
    """The pieces of a sentence between strong breaks (semicolons, colons, dashes, brackets, a comma before a new
    clause), each of at least three words; none when the sentence does not break."""
    pieces = [p.strip(" ,.") for p in PART_BREAK.split(text)]
    pieces = [p for p in pieces if len(p.split()) >= MIN_PART_WORDS]
    return pieces if len(pieces) > 1 else []


# Facts whose signs add up: "fixed shifts set by the manager; our uniform; our procedures" is three signs of control
# in one sentence, and a test that weighs control against independence counts each.
SIGN_FACTS = ("control", "independence")


def tag_with_parts(model, items: list[tuple[str, str]]) -> list[tuple[dict[str, float], dict[str, float]]]:
    """Tag sentences; for LOCAL_FACTS, a part of the sentence that states the fact more surely counts. Returns, per
    sentence, its facts and, for SIGN_FACTS, how many signs its parts give (the sum of the parts' readings)."""
    import numpy as np

    flat, owner = list(items), list(range(len(items)))
    for i, (text, ctx) in enumerate(items):
        for p in parts(text):
            flat.append((p, ctx))
            owner.append(i)
    probs = model.probabilities(flat)
    local = np.array([f in LOCAL_FACTS for f in model.facts])
    best = probs[: len(items)].copy()
    sign_cols = [model.facts.index(f) for f in SIGN_FACTS if f in model.facts]
    added = np.zeros((len(items), len(sign_cols)))
    for row, i in enumerate(owner[len(items):], start=len(items)):
        best[i, local] = np.maximum(best[i, local], probs[row, local])
        for k, j in enumerate(sign_cols):
            if probs[row, j] >= model.thresholds[j]:
                added[i, k] += probs[row, j]
    hits = best >= model.thresholds
    out = []
    for i in range(len(items)):
        facts = {model.facts[j]: round(float(best[i, j]), 3) for j in np.flatnonzero(hits[i])}
        signs = {model.facts[j]: round(float(max(best[i, j], added[i, k])), 3)
                 for k, j in enumerate(sign_cols) if model.facts[j] in facts}
        out.append((facts, signs))
    return out


def doc_facts(doc: Document, clauses: list[Clause], jurisdiction: str) -> DocFacts:
    """Tag every sentence and parse its values: everything the legal tests need."""
    from ..values import LOCAL_TIME_UNIT, parse_deadline, parse_effort, parse_money
    from ..wages import minimum_wage
    from .tagger import load

    raw = units_of(clauses)
    texts = [(message(s.text), message(ctx)) for s, _, ctx in raw]
    # A number, a signature line or a lone word states nothing: only sentences of a few words are read.
    model = load()
    prose = [i for i, (t, _) in enumerate(texts) if is_prose(t)]
    foreign = tuple(i for i in prose if not is_english(texts[i][0], model.vocab))
    readable = [i for i in prose if i not in set(foreign)]
    tagged = tag_with_parts(model, [texts[i] for i in readable]) if readable else []
    tags: list[tuple[dict[str, float], dict[str, float]]] = [({}, {}) for _ in raw]
    for i, t in zip(readable, tagged):
        tags[i] = t
    dollar, local = default_dollar(jurisdiction), local_currency(jurisdiction)
    units = []
    for i, ((s, cid, ctx), (facts, signs)) in enumerate(zip(raw, tags)):
        text = s.text
        has_number = (any(ch.isdigit() for ch in text) or any(w in text.lower() for w in _NUMBER_WORDS)
                      or bool(LOCAL_TIME_UNIT.search(text)))  # ('tres jornadas completas')
        units.append(Unit(
            index=i, sentence=s, clause_id=cid, context=ctx, facts=facts, signs=signs,
            money=tuple(parse_money(text, default_dollar=dollar, local=local)) if has_number else (),
            effort=tuple(parse_effort(text)) if has_number else (),
            deadlines=tuple(parse_deadline(text)) if has_number or "tomorrow" in text.lower() or "today" in text.lower() else (),
        ))
    # (headings as units that quote where they are, for a title that names a status; nothing is read in them)
    ids = [cid for _, cid, _ in raw]
    titles = tuple(Unit(index=next((i for i, cid in enumerate(ids) if int(cid[1:]) > int(c.id[1:])), len(ids)),
                        sentence=c.sentences[0] if c.sentences else Sentence(c.text, c.start, c.end),
                        clause_id=c.id, context="", facts={}) for c in clauses if c.is_heading)
    return DocFacts(units=tuple(read_words(units)), jurisdiction=jurisdiction, wage=minimum_wage(jurisdiction),
                    headings=tuple(c.text for c in clauses if c.is_heading), foreign=foreign, titles=titles)


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
                 "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "a day", "a week", "an hour",
                 "afternoon", "morning", "weekend", "couple", "few", "full day", "shift", "month", "year", "week",
                 " day", "days", "several")


def language_warning(facts: DocFacts) -> list[str]:
    """A warning where most of the document's sentences are not in English."""
    prose = [u for u in facts.units if len(WORD.findall(u.text)) >= FOREIGN_MIN_WORDS]
    foreign = [u for u in prose if u.index in facts.foreign]
    if prose and len(foreign) >= FOREIGN_SHARE * len(prose):
        return [f"{len(foreign)} of {len(prose)} sentences appear not to be in English; the offline judge reads English "
                "only, so it may miss problems in them (an LLM backend reads other languages)"]
    return []


def rate_info(check: RateCheck | None) -> RateInfo | None:
    """The JSON form of a rate check."""
    if check is None:
        return None
    w = check.minimum
    computation = f"{check.rate.describe()} ({check.rate.method})" if check.rate.method else check.rate.describe()
    minimum = w.hourly if w else None
    if w is not None and w.amount and check.monthly:
        # a monthly minimum with no legal week, compared month to month: shown per hour over the same hours as the pay
        minimum = round(check.rate.high * w.amount / check.monthly, 2)
        computation += f"; the monthly minimum of {w.amount:,.2f} {w.currency} over the same hours is {minimum:,.2f} an hour"
    return RateInfo(
        low=round(check.rate.low, 2), high=round(check.rate.high, 2), currency=check.rate.currency,
        computation=computation, minimum=minimum, minimum_currency=w.currency if w else None,
        minimum_jurisdiction=w.code if w else None,
        minimum_source=f"{w.source}, {w.url} (as of {w.as_of.isoformat()})" if w else None,
        below_minimum=check.below,
    )


def to_finding(doc: Document, dec: Decision) -> Finding:
    """A decision in the form a candidate reads: the kind's texts, the evidence, the trace."""
    text = load_finding_texts()[dec.kind]
    evidence = [Evidence(quote=u.sentence.text, page=doc.page_of(u.sentence.start), start=u.sentence.start,
                         end=u.sentence.end, clause_id=u.clause_id) for u in dec.evidence]
    explanation = text.explanation
    if dec.rate is not None and dec.category == Category.unpaid_scope.value:
        explanation += f" Here: {dec.rate.describe()}."
    title = text.title
    if dec.kind == "missing.trial_terms":
        title = f"The trial terms do not state: {', '.join(dec.detail['missing'])}"
    return Finding(
        category=Category(dec.category), severity=Severity(text.severity), confidence=dec.confidence, title=title,
        evidence=evidence, explanation=explanation, suggestion=text.suggestion, rule=dec.kind, source="offline",
        trace=list(dec.trace), rate=rate_info(dec.rate) if dec.category == Category.unpaid_scope.value else None,
    )


class OfflineJudge:
    """The default offline judge: learned facts, explicit legal tests."""

    name = "offline"

    def judge(self, doc: Document, clauses: list[Clause], jurisdiction: str = "general") -> Judgement:
        """Findings for one document, located in `jurisdiction`."""
        facts = doc_facts(doc, clauses, jurisdiction)
        return Judgement(findings=[to_finding(doc, d) for d in decide(facts)], warnings=language_warning(facts))
