"""The offline judge: tag each sentence's legal facts, parse its values, apply the legal tests.

A straight call: the judge receives the document, its clauses and the located jurisdiction, and returns
findings and warnings. It keeps no state between calls, so one judge can serve many threads.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..clauses import Clause, Sentence
from ..document import Document
from ..knowledge import load_finding_texts
from ..models import Category, Evidence, Finding, RateInfo, Severity
from .base import Judgement
from .legal import Decision, DocFacts, RateCheck, Unit, decide


@lru_cache(maxsize=1)
def _currency_by_code() -> dict[str, str]:
    from ..gazetteer import countries

    return {c.code: c.currency for c in countries().values() if c.currency}


def default_dollar(jurisdiction: str) -> str:
    """Which dollar a bare '$' means where the document is: the local currency when it is a dollar, else USD."""
    from ..jurisdiction import chain
    from ..values import SYMBOLS

    for code in chain(jurisdiction):
        currency = _currency_by_code().get(code)
        if currency:
            return currency if SYMBOLS.get(currency, "").endswith("$") else "USD"
    return "USD"


# Chat exports start each message with a timestamp and a speaker ("[9/3/25, 4:12 pm] Jodie - Bayside Vet:"): the
# tagger reads the message, not the header. The evidence still quotes the whole sentence.
CHAT_HEADER = re.compile(r"^\s*(?:\[[^\]]{3,40}\]|\d{1,2}[:.]\d{2}(?:\s?[ap]m)?)\s*(?:[-\u2013]\s*)?[^:\n]{1,50}:\s+", re.I)


WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 3


def is_prose(text: str) -> bool:
    """A sentence of words, not a number, a signature block, an address or a title line: only prose states facts."""
    words = WORD.findall(text)
    lower = sum(1 for w in words if w[0].islower())
    if lower >= MIN_WORDS and lower >= 0.4 * len(text.split()):
        return True
    # a short title line ("Independent Contractor Agreement") can state a status
    return 2 <= len(words) <= 8 and sum(ch.isdigit() for ch in text) <= 4


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
    from ..values import parse_deadline, parse_effort, parse_money
    from ..wages import minimum_wage
    from .tagger import load

    raw = units_of(clauses)
    texts = [(message(s.text), message(ctx)) for s, _, ctx in raw]
    # A number, a signature line or a lone word states nothing: only sentences of a few words are read.
    readable = [i for i, (t, _) in enumerate(texts) if is_prose(t)]
    tagged = tag_with_parts(load(), [texts[i] for i in readable]) if readable else []
    tags: list[tuple[dict[str, float], dict[str, float]]] = [({}, {}) for _ in raw]
    for i, t in zip(readable, tagged):
        tags[i] = t
    dollar = default_dollar(jurisdiction)
    units = []
    for i, ((s, cid, ctx), (facts, signs)) in enumerate(zip(raw, tags)):
        text = s.text
        has_number = any(ch.isdigit() for ch in text) or any(w in text.lower() for w in _NUMBER_WORDS)
        units.append(Unit(
            index=i, sentence=s, clause_id=cid, context=ctx, facts=facts, signs=signs,
            money=tuple(parse_money(text, default_dollar=dollar)) if has_number else (),
            effort=tuple(parse_effort(text)) if has_number else (),
            deadlines=tuple(parse_deadline(text)) if has_number or "tomorrow" in text.lower() or "today" in text.lower() else (),
        ))
    units = _benefit_only(_stated_pay(_stated_licence(_stated_transfer(_denied_work(units)))))
    return DocFacts(units=tuple(_stated_effort(_defined_status(_kept_work(units)))),
                    jurisdiction=jurisdiction,
                    wage=minimum_wage(jurisdiction))


# A contract that names its worker by a non-employee status ('Jordan Lee ("Contractor")') states that status as
# plainly as a sentence saying so, though the definition is a parenthesis the tagger may not read. A company named
# so ('Acme Ltd ("Consultant")') is a business-to-business engagement, not a person's status.
DEFINED_STATUS = re.compile(r"\(\s*(?:hereinafter\s+|the\s+)?(?:referred\s+to\s+as\s+)?(?:the\s+)?[\"“'‘](?:independent\s+)?"
                            r"(?:contractor|sub-?contractor|consultant|freelancer|service\s+provider|volunteer|"
                            r"(?:trial\s+)?participant|self-employed\s+\w+)[\"”'’]\s*\)", re.I)
BUSINESS_NAME = re.compile(r"\b(?:LLC|L\.L\.C\.|Ltd|Limited|Inc|Incorporated|Corp|Corporation|GmbH|plc|Pty|LLP|S\.?A\.?|"
                           r"B\.?V\.?|S\.?L\.?|S\.?r\.?l\.?|AG|Co)\b\.?[,\s]*$")


# The same status named as the subject of the work ('The contractor will work...', 'Freelancer shall...'), as the
# basis of the engagement ('on a consultancy basis') or as the kind of contract ('Independent Contractor Agreement').
# "Consultant" only capitalised: a recruitment consultant is not the worker.
NAMED_STATUS = re.compile(
    r"\b(?:the\s+|a\s+|an\s+)?(?:independent\s+)?(?:(?i:contractor|sub-?contractor|freelancer)|Consultant)\s+(?:will|shall|must|"
    r"agrees|is\s+(?:required|expected|responsible)|works?|performs?|provides?)\b"
    r"|\b(?i:volunteers?)\s+(?:are|is|will\s+be)\s+(?:only\s+)?(?:expected|required|asked)\s+to\b"
    r"|\b(?i:volunteers?)\s+(?:will\s+|must\s+|shall\s+)?(?:work|staff|teach|serve|go|run|cover|sell|deliver|answer|clean|"
    r"cook|process|handle|moderate|write|design|build|code|test|pick|pack)\b"
    r"|\bon\s+an?\s+(?i:freelance|consultancy|self-employed|independent[- ]contractor|contractor)\s+basis\b"
    r"|\b(?i:independent\s+contractor|contractor|freelance|freelancer|consultancy|consulting|volunteer|services?)\s+"
    r"(?i:agreement|contract)\b")


# "You are not an independent contractor for the trial" denies the status it names.
DENIED_STATUS = re.compile(r"\b(?:are|is|will|shall)\s+not\s+(?:be\s+)?(?:engaged\s+as\s+|treated\s+as\s+)?(?:an?\s+)?"
                           r"(?:independent\s+)?(?:contractor|sub-?contractor|freelancer|consultant|volunteer|self-employed)\b", re.I)


def _defined_status(units: list[Unit]) -> list[Unit]:
    out = []
    for u in units:
        if u.has("non_employee_label") and DENIED_STATUS.search(u.text):
            u = replace(u, facts={k: v for k, v in u.facts.items() if k != "non_employee_label"})
        m = DEFINED_STATUS.search(u.text)
        named = (m and not BUSINESS_NAME.search(u.text[max(0, m.start() - 40):m.start()])) or NAMED_STATUS.search(u.text)
        if named and u.p("non_employee_label") < VALUE_SURE and not u.has("employee_status"):
            u = replace(u, facts={**u.facts, "non_employee_label": VALUE_SURE})
        out.append(u)
    return out


# "Your drafts will not be filed or sent to clients" says the work is NOT real output; a reading of real or core work
# in a sentence that denies it, or that the tagger reads more surely as a made-up exercise, is dropped.
NEGATED_WORK = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:be\s+)?(?:\w+\s+){0,2}?(?:filed|sent|used|shipped|published|released|"
                          r"delivered|billed|record\w*|replac\w*|displac\w*|cover\w*|serv\w*|sold|deployed|merged|"
                          r"given\s+to|shown\s+to)\b", re.I)
WORK_FACTS = ("core_work", "real_work_output")
WORK_SURE = 0.8


# "The intern will replace our departing reporter": taking over a member of staff's job is the business's own work.
REPLACES_STAFF = re.compile(r"\b(?:replac\w*|takes?\s+over|taking\s+over|fill\w*\s+in\s+for|stand\w*\s+in\s+for|cover\w*\s+for|"
                            r"do(?:es)?\s+the\s+(?:job|work)\s+of)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:\w+\s+){0,4}?(?:staff|employees?|"
                            r"workers?|position|role|post|vacanc\w*|workload|duties|reporter|manager|colleagues?|person|technician|"
                            r"assistant|receptionist|accountant|team\s+member|hire)\b", re.I)


# "supervised by the head chef", "under the charge nurse": work done under someone's direction.
SUPERVISED = re.compile(r"\b(?:supervised|directed|overseen)\s+by\b|\bunder\s+the\s+(?:supervision|direction|instructions?|charge)\s+"
                        r"of\b|\bunder\s+(?:the|our)\s+(?:charge\s+nurse|supervisor|manager|head\s+\w+|shift\s+\w+)\b", re.I)


def _denied_before(text: str, at: int) -> bool:
    """A denial governs the words at `at`: 'you won't be rostered to run operations or cover for staff'. The clause
    is read back to a semicolon, a colon or a 'but'."""
    before = re.split(r"[;:]|\bbut\b|\bhowever\b", text[max(0, at - 100):at])[-1]
    return bool(DENIAL.search(before))


def _denied_work(units: list[Unit]) -> list[Unit]:
    out = []
    for u in units:
        drop = [f for f in WORK_FACTS if u.has(f) and (u.p("synthetic_task") > u.p(f)
                                                        or (u.p(f) < WORK_SURE and NEGATED_WORK.search(u.text)))]
        if drop:
            u = replace(u, facts={k: v for k, v in u.facts.items() if k not in drop})
        if SUPERVISED.search(u.text) and not u.has("control") and not _denied_before(u.text, SUPERVISED.search(u.text).start()):
            u = replace(u, facts={**u.facts, "control": VALUE_SURE})
        m = REPLACES_STAFF.search(u.text)
        if m and not u.has("core_work") and not _denied_before(u.text, m.start()):
            u = replace(u, facts={**u.facts, "core_work": VALUE_SURE})
        out.append(u)
    return out


# "The Company doesn't own it" leaves the work with the person; so does the sentence that goes on "This is true
# regardless of the computer you use". A transfer reading of either, with no verb that transfers, is turned around.
NOT_OWNED = re.compile(r"\b(?:does\s*n[o'’]t|do\s*n[o'’]t|will\s+not|won[’']t|shall\s+not|never)\s+(?:own|acquire|claim|take)\b|"
                       r"\bno\s+(?:rights?|claim|ownership)\s+(?:in|to|over)\b|\bremains?\s+(?:yours|your\s+(?:sole\s+|exclusive\s+)?"
                       r"property)\b|\bstays?\s+(?:yours|with\s+you)\b", re.I)
TRANSFERS = re.compile(r"\bassign\w*|\btransfer\w*|\bhereby\b|\bvest\w*|\bbecomes?\s+(?:the\s+)?(?:sole\s+)?property|"
                       r"\bbelongs?\s+to\s+(?:the|us|our)\b|\b(?:shall|will)\s+be\s+owned\b|\bwaive\w*", re.I)
# "Nothing you submit becomes the property of the Company", "Copyright does not pass to us": a transfer denied.
NEGATED_TRANSFER = re.compile(r"^\W*(?:nothing|none|no\s+(?:part|rights?|ownership|copyright|title|IP))\b[^.;]{0,80}?\b(?:becomes?|"
                              r"pass(?:es|ed)?|transfer(?:s|red)?|vest(?:s|ed)?|belongs?|(?:is|are)\s+assigned)\b|\b(?:does|do|will|shall)\s*(?:not|n['’]t)\s+"
                              r"(?:become|pass|transfer|vest|belong|be\s+assigned|assign)\b|\bwon['’]t\s+(?:become|pass|transfer|vest|belong)\b|"
                              r"(?:\bnot|\bnever|n['’]t)\s+(?:be\s+)?(?:ask\w*|requir\w*|expect\w*)\s+(?:\w+\s+)?to\s+(?:assign|transfer|"
                              r"sign\s+over|give\s+up|hand\s+over)\b|^\W*(?:there\s+is\s+)?no\s+(?:assignment|transfer)\b", re.I)
SAME_AS_BEFORE = re.compile(r"^\W*(?:this|that|the\s+same)\s+(?:is\s+(?:also\s+)?true|applies|holds)\b", re.I)


# "Copyright in the descriptions you submit will vest in Fenwick & Lowe Ltd": ownership of work passes by a verb of
# transfer, whatever wording the tagger has seen. Not where it is denied or passes to the person.
IP_OBJECT = re.compile(r"\b(?:(?i:copyright|intellectual\s+property|rights?\s+(?:in|to)|ownership|title|work\s+product|"
                       r"inventions?)|IP)\b")
PASSES = re.compile(r"\b(?:becomes?\s+(?:[\w&.-]+\s+){1,4}?[\w&.-]+['’]s\s+(?:sole\s+|exclusive\s+)?property|vest(?:s|ed)?\s+in|(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?assigned\s+to|transfer(?:s|red)?\s+to|"
                    r"pass(?:es)?\s+to|becomes?\s+(?:the\s+)?(?:sole\s+|exclusive\s+)?property\s+of|belongs?\s+to|"
                    r"(?:shall|will)\s+be\s+owned\s+by|(?:shall|will)\s+become\s+ours|(?:the\s+)?(?:company|employer|client|"
                    r"firm|studio|agency|we)\s+(?:will|shall)\s+(?:solely\s+|exclusively\s+)?own)\b", re.I)
TO_THE_PERSON = re.compile(r"^\s*(?:you|the\s+(?:candidate|applicant|contributor|author|student|employee|consultant|contractor))\b",
                           re.I)
DENIAL = re.compile(r"\b(?:not|never|no|nothing|none|neither|nor|without)\b|n['’]t\b", re.I)


# Double negatives that take the work: "None of the rights in your draft are retained by you", "It is not the case
# that you keep the copyright".
NO_RETENTION = re.compile(r"^\W*(?:none\s+of\s+the\s+rights|no\s+rights?)\b[^.;]{0,60}\b(?:are|is|will\s+be)\s+(?:retained|kept)\s+"
                          r"by\s+you\b|\bnot\s+the\s+case\s+that\s+you\s+(?:keep|retain|own)\b", re.I)
RIGHT_TO_USE = re.compile(r"\bnothing\b[^.;]{0,40}\blimits\s+our\s+right\s+to\s+use\b|\bnot\s+(?:be\s+)?(?:restricted|limited)\s+in\s+"
                          r"how\s+we\s+(?:use|exploit)\b", re.I)


# "...also when we do not hire you", "whatever the outcome": the term holds whether or not the person is hired.
EITHER_WAY = re.compile(r"\b(?:also|even)\s+(?:when|if)\s+(?:we\s+)?(?:do\s+not|don['’]t|decide\s+not\s+to)\s+(?:hire|employ|select)|"
                        r"\b(?:also|even)\s+(?:when|if)\s+you\s+(?:are\s+not|aren['’]t)\s+(?:hired|selected|employed)|"
                        r"\bwhether\s+or\s+not\s+(?:you\s+are|we)\s+(?:hired|hire|selected|select)|\bregardless\s+of\s+(?:whether|the\s+"
                        r"outcome)|\bwhatever\s+(?:happens|the\s+outcome)", re.I)


def _stated_transfer(units: list[Unit]) -> list[Unit]:
    out = []
    for u in units:
        if NO_RETENTION.search(u.text):
            facts = {k: v for k, v in u.facts.items() if k not in ("keeps_rights", "carve_out")}
            u = replace(u, facts={**facts, "ip_transfer": max(u.p("ip_transfer"), VALUE_SURE)})
        elif RIGHT_TO_USE.search(u.text) and not u.has("ip_licence"):
            facts = {k: v for k, v in u.facts.items() if k not in ("keeps_rights", "evaluation_only")}
            u = replace(u, facts={**facts, "ip_licence": VALUE_SURE})
        m = PASSES.search(u.text)
        owns = bool(m) and m.group(0).lower().endswith("own")  # 'the Company will own X': what it owns follows
        if (m and not u.has("ip_transfer") and (owns or IP_OBJECT.search(u.text[:m.start()]))
                and not DENIAL.search(u.text[max(0, m.start() - 40):m.start()]) and not TO_THE_PERSON.match(u.text[m.end():])):
            u = replace(u, facts={**u.facts, "ip_transfer": VALUE_SURE})
        if EITHER_WAY.search(u.text) and u.has("ip_transfer", "ip_licence") and not u.has("regardless_of_hire"):
            u = replace(u, facts={**u.facts, "regardless_of_hire": VALUE_SURE})
        out.append(u)
    return out


# "Coastline Media may broadcast, modify and otherwise exploit the edit in perpetuity": a right to use work, for ever
# or for any purpose, is a licence however it is worded.
MAY_USE = re.compile(r"\b(?:may|can|is\s+free\s+to|will\s+be\s+(?:free|entitled)\s+to|reserves?\s+the\s+right\s+to|"
                     r"(?:has|have)\s+the\s+right\s+to)\s+(?:\w+,?\s+){0,4}?(?:use|publish|broadcast|stream|exploit|reproduce|"
                     r"modify|adapt|sell|distribute|incorporate|ship|run|display|license)\b", re.I)
LASTING = re.compile(r"\bin\s+perpetuity\b|\bperpetual\w*|\birrevocabl\w*|\bforever\b|\bindefinitely\b|\bany\s+(?:purpose|use|"
                     r"campaign|media|medium|way)\b|\bwithout\s+(?:further\s+|any\s+)?(?:payment|compensation|royalt\w*|fee|"
                     r"credit)|\bcommercial(?:ly)?\b", re.I)


def _stated_licence(units: list[Unit]) -> list[Unit]:
    out = []
    for u in units:
        m = MAY_USE.search(u.text)
        if (m and not u.has("ip_licence", "ip_transfer") and LASTING.search(u.text)
                and not DENIAL.search(u.text[max(0, m.start() - 30):m.end()])):
            u = replace(u, facts={**u.facts, "ip_licence": VALUE_SURE})
        out.append(u)
    return out


def _kept_work(units: list[Unit]) -> list[Unit]:
    out: list[Unit] = []
    for u in units:
        denies = (NOT_OWNED.search(u.text) and not TRANSFERS.search(u.text)) or NEGATED_TRANSFER.search(u.text)
        continues = bool(out) and SAME_AS_BEFORE.search(u.text) and out[-1].has("keeps_rights") and not TRANSFERS.search(u.text)
        if (denies or continues) and u.has("ip_transfer"):
            facts = {k: v for k, v in u.facts.items() if k not in ("ip_transfer", "regardless_of_hire")}
            u = replace(u, facts={**facts, "keeps_rights": max(u.p("keeps_rights"), VALUE_SURE)})
        out.append(u)
    return out


# "...for a fixed fee of $18,000, working remotely on its own schedule": money named as what the company pays states
# that the work is paid, however long the sentence that buries it.
PAYS = re.compile(r"\b(?:for|at)\s+an?\s+(?:fixed\s+|flat\s+|total\s+|agreed\s+)?(?:fee|rate|price|sum)\s+of\b|\bsalary\b|"
                  r"\bwages?\b|\bstipend\b|\bhonorarium\b|\bremuneration\b|\bretainer\b|\b(?:we|the\s+company)\s+"
                  r"(?:will\s+)?pays?\b|\b(?:is|are|will\s+be)\s+paid\b", re.I)
WINNERS = re.compile(r"\b(?:win\w*|prizes?|top\s+\w+|best\s+\w+|first\s+place|runners?[- ]up|chosen|selected)\b", re.I)
UNPAID_WORDS = re.compile(r"\bunpaid\b|\bnot\s+(?:be\s+)?paid\b|\bno\s+(?:pay|fee|salary|wage)|\bwithout\s+(?:pay|payment)|"
                          r"\bfree\s+of\s+charge\b|\bonly\s+if\b", re.I)


# "No benefits during the trial", "as PJ there is no 13th, no FGTS and no paid vacations", "travel time is not paid":
# what is withheld is a benefit or an extra, not the pay for the work itself.
BENEFITS = re.compile(r"\b(?:holiday|vacations?|annual\s+leave|sick|PTO|paid\s+(?:time\s+off|leave)|benefits?|13th|FGTS|pensions?|"
                      r"super(?:annuation)?|insurance|overtime|travel\s+time|bonus(?:es)?|expenses?|obligation|allowances?|"
                      r"commute|parking|meals?)\b", re.I)
UNPAID_WORK = re.compile(r"\b(?:trial|shifts?|work|task|exercise|internship|placement|role|position|hours?|days?|weeks?|"
                         r"programme|program|assessment|test|project)\s+(?:is|are|will\s+be)\s+(?:entirely\s+|completely\s+)?"
                         r"(?:unpaid|not\s+paid|voluntary|without\s+pay)|\bunpaid\s+(?:trial|shifts?|work|task|exercise|"
                         r"internship|placement|role|position|volunteer)|\b(?:no|without)\s+(?:pay|wages?|salary|payment|"
                         r"compensation|remuneration)\b|\bn(?:o|')t\s+(?:receive|get|earn|be\s+given)\s+(?:any\s+|a\s+)?(?:salary|pay|"
                         r"wages?|payment|compensation|remuneration|stipend)\b|\breceive\s+no\s+(?:salary|pay|wages?|payment)\b", re.I)


WONT_PAY = re.compile(r"\b(?:can(?:no|['’])t|do(?:es)?\s*n(?:o|['’])t|won['’]t|will\s+not|are\s+not\s+able\s+to)\s+pay\b", re.I)
UNPAID_NOT_BENEFIT = re.compile(r"\bunpaid\b(?!\s+(?:leave|holidays?|breaks?|lunch|meal|time\s+off|vacation|overtime|sick))", re.I)
IS_UNPAID = re.compile(r"\b(?:is|are|will\s+be)\s+(?:entirely\s+|completely\s+)?(?:unpaid|not\s+paid)\b", re.I)


def _withholds_pay(text: str) -> bool:
    """The sentence says the work itself is unpaid, not only a benefit: 'the trial is unpaid', 'volunteers are not
    paid', 'no wages', but not 'travel time is not paid' or 'no holiday pay'."""
    if UNPAID_WORK.search(text) or WONT_PAY.search(text) or UNPAID_NOT_BENEFIT.search(text):
        return True
    return any(not BENEFITS.search(text[max(0, m.start() - 30):m.start()]) for m in IS_UNPAID.finditer(text))


def _benefit_only(units: list[Unit]) -> list[Unit]:
    out = []
    for u in units:
        if u.has("unpaid") and BENEFITS.search(u.text) and not _withholds_pay(u.text):
            u = replace(u, facts={k: v for k, v in u.facts.items() if k != "unpaid"})
        out.append(u)
    return out


def _stated_pay(units: list[Unit]) -> list[Unit]:
    from ..values import hire_condition, is_a_cost

    out = []
    for u in units:
        if (u.money and not u.has("paid", "unpaid", "contingent_pay") and PAYS.search(u.text)
                and not UNPAID_WORDS.search(u.text) and not is_a_cost(u.text) and not hire_condition(u.text)
                and not WINNERS.search(u.text)):
            u = replace(u, facts={**u.facts, "paid": VALUE_SURE})
        out.append(u)
    return out


STAGE_FACTS = ("assessment_context", "unpaid", "paid", "contingent_pay", "non_employee_label")
VALUE_SURE = 0.9  # how sure a fact read from a parsed value is


def _stated_effort(units: list[Unit]) -> list[Unit]:
    """A sentence of a hiring stage or of unpaid or non-employee work that states an amount of work ('Expected
    time: 3 days') states the effort fact, whether or not the tagger read it: the value parser found the amount and
    told it apart from a deadline."""
    out = []
    for u in units:
        stage = any(v.has(*STAGE_FACTS) for v in units[max(0, u.index - 1):u.index + 2])
        if u.effort and not u.has("effort") and stage and any(e.high and e.per is None for e in u.effort):
            u = replace(u, facts={**u.facts, "effort": VALUE_SURE})
        out.append(u)
    return out


_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
                 "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "a day", "a week", "an hour",
                 "afternoon", "morning", "weekend", "couple", "few", "full day", "shift", "month", "year")


def rate_info(check: RateCheck | None) -> RateInfo | None:
    """The JSON form of a rate check."""
    if check is None:
        return None
    w = check.minimum
    return RateInfo(
        low=round(check.rate.low, 2), high=round(check.rate.high, 2), currency=check.rate.currency,
        computation=f"{check.rate.describe()} ({check.rate.method})" if check.rate.method else check.rate.describe(),
        minimum=w.hourly if w else None, minimum_currency=w.currency if w else None,
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
        return Judgement(findings=[to_finding(doc, d) for d in decide(facts)])
