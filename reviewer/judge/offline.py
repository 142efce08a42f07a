"""The offline judge: rules over clauses that encode the legal ideas of each category.

It needs no network and no model. Each rule looks at one sentence in the frame of its clause
(heading and lead-in) and of facts about the whole document (is this a trial? is the trial paid?
is the engager a non-profit?), so that negations and qualifiers change the outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clauses import Clause, Sentence
from ..document import Document
from ..models import Category, Evidence, Finding, Severity
from . import cues
from .signals import DURATION, HOURS_PER, durations_hours, hourly, money, negated_before, to_number

MIN_WAGE_FLOOR = 7.25  # US federal minimum, the lowest floor among the jurisdictions covered
SHORT_TEST_HOURS = 3.0
DEADLINE_WORDS = re.compile(r"(within|in the next|by|after|every|per|notice|deadline|submit\w*|return|respond|of receiving|"
                            r"later than|up to|for a period of|hold|valid|expires?|remain)\s*$", re.I)


@dataclass
class Facts:
    """What the judge knows about the whole document before reading clause by clause."""

    trial: bool = False
    trial_doc: bool = False
    paid_trial: bool = False
    unpaid_stated: bool = False
    pay_stated: bool = False
    nonprofit: bool = False
    education: bool = False
    real_work: list[Sentence] = field(default_factory=list)
    effort_hours: float = 0.0
    control: dict[str, list[Sentence]] = field(default_factory=dict)
    genuine: dict[str, list[Sentence]] = field(default_factory=dict)
    employee_status: bool = False
    non_employee_label: bool = False
    data_safe: bool = False
    injections: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    """One rule firing on one sentence."""

    category: str
    rule: str
    sentence: Sentence
    clause_id: str
    severity: str
    confidence: float


def _effort_hours(text: str) -> list[float]:
    """Durations that describe how long work takes, not deadlines or notice periods."""
    out = []
    for m in DURATION.finditer(text):
        before = text[max(0, m.start() - 25):m.start()]
        if DEADLINE_WORDS.search(before):
            continue
        after = text[m.end():m.end() + 25].lower()
        if re.match(r"\s*(notice|of notice|'s notice|before|after|prior|from receipt|to (respond|reply|accept|decide|submit))", after):
            continue
        out.append(to_number(m.group(1)) * HOURS_PER.get(m.group(2).lower(), 1))
    return out


def _frame(clause: Clause, sentence: Sentence) -> str:
    return f"{clause.context} {sentence.text}".strip()


def _has(pattern: re.Pattern[str], text: str, allow_negated: bool = True) -> bool:
    for m in pattern.finditer(text):
        if allow_negated or not negated_before(text, m.start()):
            return True
    return False


def _paid_sentence(text: str) -> bool:
    """A sentence that states the work is paid at a real rate."""
    if cues.UNPAID.search(text) and not cues.UNPAID_EXCLUDE.search(text):
        return False
    if not _has(cues.PAID_POSITIVE, text, allow_negated=False):
        return False
    amounts = money(text)
    if not amounts:
        return bool(re.search(r"(market|standard|regular|prevailing|hourly|daily) (rate|wage|pay)|payroll|for (all|every|each) hour", text, re.I))
    effort = sum(_effort_hours(text)) or None
    for amount, unit, _, _ in amounts:
        rate = hourly(amount, unit)
        if rate is None and effort:
            rate = amount / effort
        if rate is None:
            rate = amount if amount >= 100 else 0.0
        if rate >= MIN_WAGE_FLOOR:
            return True
    return False


def gather_facts(doc: Document, clauses: list[Clause]) -> Facts:
    """Read the document once for the facts that frame every rule."""
    f = Facts()
    text = doc.text
    head = text[:400]
    f.trial = bool(cues.TRIAL.search(text))
    f.trial_doc = (len(cues.TRIAL_DOC.findall(text)) >= 2 or bool(cues.TRIAL_DOC.search(head))
                   or len(re.findall(r"(?<!clinical )\btrial\b", text, re.I)) >= 2)
    f.nonprofit = bool(cues.NONPROFIT.search(text))
    f.education = bool(cues.EDUCATION.search(text))
    f.pay_stated = bool(cues.TERM_PAY.search(text))
    efforts: list[float] = []
    for clause in clauses:
        for s in clause.sentences:
            frame = _frame(clause, s)
            if cues.UNPAID.search(s.text) and not cues.UNPAID_EXCLUDE.search(s.text) and not _unpaid_negated(s.text):
                f.unpaid_stated = True
            if (cues.TRIAL.search(frame) or f.trial_doc) and _paid_sentence(s.text):
                f.paid_trial = True
            m = cues.REAL_WORK.search(s.text)
            if m and not cues.KEEP_WORK.search(s.text) and not negated_before(s.text, m.start(), 40):
                f.real_work.append(s)
            if cues.TRIAL.search(frame) or f.trial_doc:
                efforts.extend(_effort_hours(s.text))
            for name, pat in cues.CONTROL.items():
                m = pat.search(s.text)
                if m and not negated_before(s.text, m.start(), 30):
                    f.control.setdefault(name, []).append(s)
            for name, pat in cues.GENUINE.items():
                if pat.search(s.text):
                    f.genuine.setdefault(name, []).append(s)
            if employee_status(s.text):
                f.employee_status = True
            elif cues.STATUS_LABEL.search(s.text):
                f.non_employee_label = True
            if cues.DATA.search(s.text) and cues.DATA_SAFE.search(s.text):
                f.data_safe = True
            if cues.INJECTION.search(s.text):
                f.injections.append(s)
    if f.unpaid_stated and f.paid_trial:
        # both said: the paid statement wins only where no unpaid sentence is about the work itself
        f.paid_trial = False
    f.effort_hours = max(efforts) if efforts else 0.0
    return f


def employee_status(text: str) -> bool:
    """The sentence says the person is (not: is not) an employee."""
    return any(not negated_before(text, m.start(), 15) for m in cues.EMPLOYEE_STATUS.finditer(text))


def _unpaid_negated(text: str) -> bool:
    for m in cues.UNPAID.finditer(text):
        if not negated_before(text, m.start(), 30):
            return False
    return True


# --- rules -----------------------------------------------------------------------------------


def rules_unpaid(f: Facts, clause: Clause, s: Sentence) -> list[tuple[str, str, float]]:
    out = []
    t = s.text
    frame = _frame(clause, s)
    work_related = f.trial or f.trial_doc or re.search(
        r"\b(work|services|hours|days|tasks?|project|shift|training|intern(ship)?s?|placement|position|role)\b", t + " " + frame, re.I)
    volunteer_ok = f.nonprofit and not f.trial_doc
    trialish = f.trial or f.trial_doc or bool(cues.TRIAL.search(frame))
    if (
        cues.UNPAID.search(t) and not cues.UNPAID_EXCLUDE.search(t) and not _unpaid_negated(t) and work_related
        and (trialish or cues.UNPAID_WORK.search(t))
        and not volunteer_ok and not (f.education and not _displaces(f))
    ):
        short_ok = 0 < f.effort_hours <= SHORT_TEST_HOURS and not f.real_work and not _company_uses_work(f, t)
        if not short_ok:
            sev = "high" if f.effort_hours > 8 or f.real_work else "medium"
            out.append(("unpaid.no_pay", sev, 0.9))
    if (cues.TRIAL.search(frame) or f.trial_doc) and cues.CONTINGENT.search(t) and not re.search(r"\bbonus\b", t, re.I):
        out.append(("unpaid.contingent_pay", "high", 0.85))
    if cues.TRIAL.search(frame) or f.trial_doc:
        for amount, unit, _, _ in money(t):
            rate = hourly(amount, unit)
            effort = sum(_effort_hours(t)) or f.effort_hours
            if rate is None and effort:
                rate = amount / effort
            if rate is not None and rate < MIN_WAGE_FLOOR and effort >= 4:
                out.append(("unpaid.token_pay", "high", 0.8))
                break
        if cues.TOKEN_GOODS.search(t) and cues.TOKEN_FRAME.search(t) and not f.paid_trial:
            out.append(("unpaid.token_pay", "medium", 0.7))
        if not f.paid_trial and (f.unpaid_stated or not f.pay_stated):
            if cues.REAL_WORK.search(t) and not cues.KEEP_WORK.search(t) and not _unpaid_negated_real(t):
                out.append(("unpaid.real_work", "high", 0.75))
            if cues.OPEN_ENDED.search(t) and not cues.CONFIDENTIAL.search(t):
                out.append(("unpaid.open_ended", "medium", 0.7))
    return out


def _unpaid_negated_real(t: str) -> bool:
    m = cues.REAL_WORK.search(t)
    return bool(m and negated_before(t, m.start(), 45))


def _company_uses_work(f: Facts, t: str) -> bool:
    return bool(cues.ASSIGN.search(t) and cues.INTERVIEW_WORK.search(t))


def rules_ip(f: Facts, clause: Clause, s: Sentence) -> list[tuple[str, str, float]]:
    out = []
    t = s.text
    frame = _frame(clause, s)
    if not cues.ASSIGN.search(frame) or cues.KEEP_WORK.search(t):
        return out
    assign_here = bool(cues.ASSIGN.search(t))
    m = cues.PRIOR.search(t)
    if (m and (assign_here or cues.ASSIGN.search(clause.lead)) and not cues.PRIOR_SAFE.search(frame)
            and not negated_before(t, m.start(), 40)):
        out.append(("ip.prior_work", "high", 0.85))
    m = cues.OVERBROAD.search(t)
    if m and assign_here and not cues.CARVE_OUT.search(t) and not negated_before(t, m.start(), 25):
        out.append(("ip.overbroad_scope", "high", 0.85))
    trial_work = cues.TRIAL.search(frame) or f.trial_doc or (f.trial and f.unpaid_stated)
    if trial_work and cues.INTERVIEW_WORK.search(t) and assign_here:
        if not cues.KEEP_WORK.search(t) and not _negated_assign(t):
            if not f.paid_trial and not f.employee_status:
                out.append(("ip.interview_work", "high", 0.8))
    return out


def _negated_assign(t: str) -> bool:
    hits = list(cues.ASSIGN.finditer(t))
    return bool(hits) and all(negated_before(t, h.start(), 30) for h in hits)


def rules_status(f: Facts, clause: Clause, s: Sentence) -> list[tuple[str, str, float]]:
    t = s.text
    m = cues.STATUS_LABEL.search(t)
    if not m or employee_status(t):
        return []
    label = m.group(0).lower()
    if re.match(r"(not|no) (be )?(an |our )?employee", label) is None and negated_before(t, m.start(), 20):
        return []
    control = {k for k in f.control if k not in ("costs", "probation")}
    genuine = set(f.genuine)
    if "probation" in f.control:
        return [("status.contractor_probation", "high", 0.8)]
    volunteer = "volunteer" in label
    intern = "intern" in label
    if volunteer:
        if f.nonprofit and not f.trial_doc:
            return []
        if f.trial or control or f.real_work:
            return [("status.for_profit_volunteer", "high", 0.85)]
        return []
    if intern:
        if f.education and not _displaces(f):
            return []
        if (f.unpaid_stated or not f.pay_stated) and (len(control) >= 1 or f.real_work):
            return [("status.unpaid_intern", "high", 0.8)]
        return []
    if label.startswith("participant") and not f.trial_doc:
        return []
    if "consultant" in label and len(control) < 3:
        return []
    score = len(control) - len(genuine)
    costs = "costs" in f.control
    if len(control) >= 3 and score >= 1:
        return [("status.controlled_contractor", "high", 0.8)]
    if len(control) >= 2 and score >= 1 and (costs or f.trial_doc or f.unpaid_stated):
        return [("status.controlled_contractor", "high", 0.75)]
    if f.trial_doc and not f.paid_trial and (control or f.real_work) and not genuine:
        return [("status.unpaid_trial_not_employee", "high", 0.7)]
    return []


def _displaces(f: Facts) -> bool:
    """The person does a regular employee's job (the work complements no one: it replaces them)."""
    return bool(f.control.get("integral"))


def rules_extended(f: Facts, clause: Clause, s: Sentence) -> list[tuple[str, str, str, float]]:
    out: list[tuple[str, str, str, float]] = []
    t = s.text
    frame = _frame(clause, s)
    conf = cues.CONFIDENTIAL.search(frame)
    protected = cues.PROTECTED.search(t)
    if conf and not protected:
        pm = cues.PERPETUAL.search(t)
        trade_secret_only = re.search(r"trade secrets?[^.;]{0,80}(as long as|so long as|until|remains?)", t, re.I)
        about_duty = cues.CONFIDENTIAL.search(t) or re.search(r"\b(obligations?|duty|duties|undertaking)\b", t, re.I)
        if pm and not trade_secret_only and not negated_before(t, pm.start(), 25) and about_duty \
                and not re.search(r"licen[cs]e", t, re.I):
            out.append(("confidentiality_overreach", "confidentiality.perpetual", "medium", 0.75))
        gm = cues.GENERAL_SKILLS.search(t)
        if gm and not cues.SKILLS_SAFE.search(t):
            out.append(("confidentiality_overreach", "confidentiality.general_skills", "high", 0.75))
        if cues.AUTHORITIES.search(t) and cues.GAG.search(t):
            out.append(("confidentiality_overreach", "confidentiality.no_reporting", "high", 0.8))
    if cues.PAY_TOPIC.search(t) and cues.SECRECY.search(t) and not protected and not re.search(r"\bcompany['’]s\b[^.;]{0,40}(salary|pay) (data|information) of others", t, re.I):
        if re.search(r"(salary|salaries|compensation|pay\b|wages?|remuneration|rates?|terms of (this|your) (offer|employment))", t, re.I) \
                and re.search(r"(you|employee|candidate|contractor|recipient|participant)", t, re.I):
            out.append(("confidentiality_overreach", "confidentiality.pay_secrecy", "medium", 0.7))
    dm = cues.DISPARAGE.search(t)
    # the prohibition is the gag, so a negation here is what makes the clause, not what cancels it
    if dm and not protected and re.search(r"\b(not|never|refrain|no)\b|non-?disparag", t, re.I) \
            and not re.search(r"\b(we|the company|[A-Z][A-Za-z]+) (will|shall) not (make|publish|post)[^.;]{0,40}about you", t):
        out.append(("confidentiality_overreach", "confidentiality.non_disparagement", "medium", 0.75))
    nm = cues.NONCOMPETE.search(t)
    if nm and not cues.NONCOMPETE_SAFE.search(t) and not re.search(r"\b(we|the company) (will|shall) not (solicit|hire)", t, re.I):
        out.append(("restrictive_covenant", "covenant.non_compete", "high", 0.8))
    if f.trial or f.trial_doc:
        if (cues.DATA.search(t) and cues.DATA_ACCESS.search(t) and not cues.DATA_SAFE.search(t) and not f.data_safe
                and not _negated_data(t) and not cues.CONFIDENTIAL.search(t)):
            out.append(("data_handling", "data.real_data", "high", 0.75))
        if cues.DATA_LIABILITY.search(t):
            out.append(("data_handling", "data.liability", "high", 0.75))
    if cues.OFFER_ACCEPT.search(t) and not cues.SUBMISSION.search(t):
        for m in cues.DEADLINE.finditer(t):
            if _short_deadline(m.group(0)):
                out.append(("pressure_tactics", "pressure.exploding_offer", "medium", 0.75))
                break
    if cues.WITHDRAW.search(t):
        out.append(("pressure_tactics", "pressure.withdraw", "high", 0.8))
    if cues.PENALTY.search(t):
        out.append(("pressure_tactics", "pressure.penalty", "high", 0.8))
    return out


def _negated_data(t: str) -> bool:
    m = cues.DATA.search(t)
    return bool(m and negated_before(t, m.start(), 40))


def _short_deadline(phrase: str) -> bool:
    p = phrase.lower()
    if re.search(r"end of|today|tonight|on the spot|tomorrow|midnight|noon|immediately|same day", p):
        return True
    hours = sum(durations_hours(p.replace("business ", "").replace("working ", "").replace("calendar ", "")))
    m = re.search(r"(24|48|72|twenty-four|forty-eight|seventy-two)[- ]hours?", p)
    if m and not hours:
        return True
    if not hours:
        return False
    # durations_hours counts a day as 8 working hours; a deadline counts calendar time
    if "day" in p:
        days = hours / 8
        return days <= 3
    return hours <= 72


# --- findings ----------------------------------------------------------------------------------

TEXTS: dict[str, tuple[str, str, str]] = {
    "unpaid.semantic": (
        "This reads like unpaid work",
        "The sentence resembles terms that ask for work without fair pay (found by the trained sentence classifier, not by "
        "a fixed phrase). Work that benefits a business is generally paid time, at least at the minimum wage.",
        "Ask whether the work is paid, at what rate, for how many hours, and get it in writing.",
    ),
    "ip.semantic": (
        "This reads like a claim on your work or ideas",
        "The sentence resembles terms that take rights in a candidate's work beyond what a paid job needs (found by the "
        "trained sentence classifier). Without pay or a written paid assignment, your work and earlier creations are yours.",
        "Ask that you keep your earlier work and anything made unpaid, and that any assignment is limited to paid work for the job.",
    ),
    "misclassification.semantic": (
        "This reads like a non-employee label on controlled work",
        "The sentence resembles terms that deny employee status to someone whose work is controlled like an employee's "
        "(found by the trained sentence classifier). Status follows the facts, not the label.",
        "Ask to be engaged as an employee (temporary if need be), or for the controls to be removed.",
    ),
    "unpaid.no_pay": (
        "Work you are asked to do is unpaid",
        "The document asks for work without pay. In the US, UK, Canada and Australia, time spent doing work that benefits a "
        "business is generally paid time, at least at the minimum wage, whatever it is called (trial, working interview, training).",
        "Ask for the trial to be paid at an hourly or daily rate for every hour, with a fixed maximum length, or limit the "
        "unpaid part to a short exercise (about 2 hours) on a made-up task.",
    ),
    "unpaid.contingent_pay": (
        "Pay depends on being hired or on the 'opportunity'",
        "Pay that is owed only if you are hired, or that is replaced by experience or exposure, means the work is unpaid for "
        "anyone the company does not hire. Minimum-wage rules do not allow pay for hours worked to hang on a later hiring decision.",
        "Ask to be paid for the trial hours whatever the outcome, at a stated rate, on a stated date.",
    ),
    "unpaid.token_pay": (
        "A token payment far below the minimum wage",
        "The amount offered works out far below the minimum wage for the hours asked. A token fee or a gift does not "
        "make a day or more of work a paid trial.",
        "Ask for at least the local minimum wage (better, the role's market rate) for every hour, or a shorter exercise.",
    ),
    "unpaid.real_work": (
        "Unpaid work on the company's real business",
        "The trial puts you on real customers, production systems or work the company can use. Unpaid work that produces "
        "value for a business is the clearest sign that the time is employment and must be paid.",
        "Ask for a simulated or self-contained task, or for the trial to be paid as employment at a stated rate.",
    ),
    "unpaid.open_ended": (
        "Unpaid work with no fixed end",
        "The length or amount of work is open-ended or can be extended at the company's discretion, so there is no limit on "
        "how much unpaid work can be asked of you.",
        "Ask for a fixed maximum number of hours or days in writing, with any extension paid.",
    ),
    "ip.prior_work": (
        "Claims your earlier work or inventions",
        "The document takes rights in work you made before this engagement (prior inventions, existing code, portfolio or side "
        "projects). A company has no claim on what you owned before you arrived.",
        "Strike prior work from the assignment and attach a schedule of prior inventions that stay yours; at most grant a "
        "licence limited to what is incorporated into the paid deliverable.",
    ),
    "ip.overbroad_scope": (
        "Claims inventions made on your own time or after you leave",
        "The assignment reaches work made on your own time, without company resources, unrelated to the business, or after the "
        "engagement ends. California Labor Code 2870 and similar laws in other states make such clauses unenforceable.",
        "Limit the assignment to work done for the company within the engagement, and add a carve-out for inventions made "
        "entirely on your own time without company equipment or confidential information (Labor Code 2870 style).",
    ),
    "ip.interview_work": (
        "Takes rights in your interview or trial work",
        "The company takes ownership of, or a broad licence to, what you produce during an unpaid interview, take-home or trial, "
        "even if you are not hired. Without pay or a written paid assignment, the work and its copyright are yours.",
        "Ask that you keep all rights in your submission, that it is used only to evaluate you, and that it is deleted "
        "afterwards; if the company wants to use it, it should pay for it under a written assignment.",
    ),
    "status.controlled_contractor": (
        "Called a contractor but controlled like an employee",
        "The document labels you a contractor (or non-employee) while setting your hours, place, supervision, tools or core "
        "duties. Worker status depends on these facts, not the label; misclassification strips minimum wage, overtime, tax "
        "withholding and insurance protections.",
        "Ask to be engaged as a (temporary) employee on payroll, or remove the controls so the engagement is genuinely independent.",
    ),
    "status.contractor_probation": (
        "A probation or trial period as a contractor before employment",
        "A trial run as a contractor or volunteer before becoming an employee is employment in disguise: the work and control "
        "are the same as the job.",
        "Ask to start as an employee from day one, with any probation handled under the employment contract.",
    ),
    "status.for_profit_volunteer": (
        "A for-profit business calls you a volunteer",
        "Private, for-profit businesses cannot take volunteers for their ordinary work; the label does not remove the duty to pay.",
        "Ask for the work to be paid as employment, or decline unpaid 'volunteer' work for a commercial business.",
    ),
    "status.unpaid_intern": (
        "An unpaid internship doing a regular job",
        "An intern who does productive work under supervision, without a link to an education programme, fails the "
        "primary-beneficiary test and is an employee owed wages.",
        "Ask for the internship to be paid, or tied to academic credit with training as the main purpose.",
    ),
    "status.unpaid_trial_not_employee": (
        "An unpaid trial that denies you are an employee",
        "The trial has you doing controlled, productive work while saying you are not an employee. Status follows the facts: "
        "if you work under direction for the company's benefit, you are likely an employee or worker owed at least the minimum wage.",
        "Ask to be engaged as a paid temporary employee for the trial.",
    ),
    "confidentiality.perpetual": (
        "Confidentiality that never ends",
        "Ordinary business information stops being sensitive; a duty that lasts forever is out of proportion, especially for "
        "a candidate who saw little.",
        "Ask for a fixed term (for example 1-3 years) for ordinary confidential information, with only trade secrets protected longer.",
    ),
    "confidentiality.general_skills": (
        "Confidentiality covers your general skills and knowledge",
        "Treating your general skills, knowledge and experience as the company's secret can stop you working in your own field.",
        "Add an express exclusion for general skills, knowledge and experience, and for information that is public or already yours.",
    ),
    "confidentiality.no_reporting": (
        "Forbids reports to authorities or lawyers",
        "Confidentiality terms cannot stop you reporting possible violations of law to government agencies, regulators or courts "
        "(for example the DTSA immunity notice and SEC Rule 21F-17 in the US).",
        "Add a carve-out: nothing prevents you from reporting to, or cooperating with, any government agency, regulator or court, "
        "or speaking with a lawyer.",
    ),
    "confidentiality.pay_secrecy": (
        "Forbids talking about your pay or terms",
        "Workers generally have a protected right to discuss pay and working conditions (for example NLRA section 7 in the US; "
        "pay-secrecy terms have no effect in Australia).",
        "Remove pay and working conditions from what is confidential.",
    ),
    "confidentiality.non_disparagement": (
        "A non-disparagement gag",
        "A ban on saying anything negative can silence honest reviews and reports of mistreatment; several laws limit it.",
        "Remove it, or make it mutual and carve out truthful statements, legal rights and reports of unlawful conduct.",
    ),
    "covenant.non_compete": (
        "A non-compete or non-solicit tied to this engagement",
        "Restrictions on working for others or soliciting clients after an interview, trial or offer limit your future work; "
        "non-competes are void in California, Minnesota, Oklahoma, North Dakota and Ontario and restricted elsewhere.",
        "Ask to remove the restriction, or narrow it to not using confidential information, for a short period, with pay.",
    ),
    "data.real_data": (
        "Trial work on real personal data or production systems",
        "Giving a candidate access to real customer data or production systems during a trial exposes customers and you, "
        "without the protections an employee would have.",
        "Ask for anonymised or synthetic data and a sandbox, or for the same safeguards and indemnity staff get.",
    ),
    "data.liability": (
        "You carry the liability for data during the trial",
        "Making a candidate liable for data loss or breaches during a trial shifts the company's risk onto you.",
        "Ask that the company keeps responsibility for its data and systems, and indemnifies you for good-faith work.",
    ),
    "pressure.exploding_offer": (
        "An exploding deadline",
        "A decision window of a few days or less leaves no time to read the terms or take advice; career-services standards "
        "recommend about two weeks.",
        "Ask for at least a week (ideally two) to review, in writing.",
    ),
    "pressure.withdraw": (
        "Demands that you drop other opportunities",
        "Being told to withdraw from other processes before you have a firm, signed offer removes your leverage and safety net.",
        "Decline to withdraw from other processes until you have signed a final offer.",
    ),
    "pressure.penalty": (
        "A penalty for declining or withdrawing",
        "Charging a candidate for changing their mind turns an offer into a trap.",
        "Ask to delete any fee, repayment or penalty for declining.",
    ),
}


class OfflineJudge:
    """Rule-based judge that needs no network; the default backend and the quality floor."""

    name = "offline"

    def judge(self, doc: Document, clauses: list[Clause]) -> list[Finding]:
        """Apply every rule to every sentence and group the hits into findings."""
        facts = gather_facts(doc, clauses)
        hits: list[Hit] = []
        for clause in clauses:
            if clause.is_heading:
                continue
            for s in clause.sentences:
                for rule, sev, conf in rules_unpaid(facts, clause, s):
                    hits.append(Hit("unpaid_scope", rule, s, clause.id, sev, conf))
                for rule, sev, conf in rules_ip(facts, clause, s):
                    hits.append(Hit("ip_grab", rule, s, clause.id, sev, conf))
                for rule, sev, conf in rules_status(facts, clause, s):
                    hits.append(Hit("misclassification", rule, s, clause.id, sev, conf))
                for cat, rule, sev, conf in rules_extended(facts, clause, s):
                    hits.append(Hit(cat, rule, s, clause.id, sev, conf))
        hits += semantic_hits(doc, clauses, facts, {h.category for h in hits})
        findings = _group(doc, hits, facts)
        missing = missing_terms(doc, clauses, facts)
        if missing:
            findings.append(missing)
        return findings


def semantic_hits(doc: Document, clauses: list[Clause], f: Facts, flagged: set[str]) -> list[Hit]:
    """Sentences the trained classifier proposes for core categories the rules missed, kept only if they pass the legal gates."""
    from .semantic import CATEGORIES, load_classifier, probabilities

    model = load_classifier()
    todo = [c for c in CATEGORIES if c not in flagged]
    if model is None or not todo:
        return []
    from .semantic import TOPIC

    pairs = [(c, s) for c in clauses if not c.is_heading for s in c.sentences if TOPIC.search(s.text)]
    if not pairs:
        return []
    from ..embeddings import get_encoder

    vectors = get_encoder().encode([s.text for _, s in pairs])
    out: list[Hit] = []
    short_ok = 0 < f.effort_hours <= SHORT_TEST_HOURS and not f.real_work
    doc_carve_out = bool(cues.CARVE_OUT.search(doc.text))
    control = {k for k in f.control if k not in ("costs", "probation")}
    for cat in todo:
        probs = probabilities(vectors, model[cat])
        threshold = model[cat][2]
        for (clause, s), p in sorted(zip(pairs, probs), key=lambda x: -x[1]):
            if p < threshold:
                break
            t = s.text
            if cat == "unpaid_scope":
                ok = (not f.paid_trial and not short_ok and not (f.nonprofit and not f.trial_doc)
                      and not (f.education and not _displaces(f)) and not _paid_sentence(t) and not _has(cues.PAID_POSITIVE, t, False)
                      and not cues.UNPAID_EXCLUDE.search(t) and not (cues.UNPAID.search(t) and _unpaid_negated(t))
                      and not cues.KEEP_WORK.search(t))
            elif cat == "ip_grab":
                ok = (not f.paid_trial and not cues.KEEP_WORK.search(t) and not cues.CARVE_OUT.search(t)
                      and not cues.PRIOR_SAFE.search(t) and not (cues.ASSIGN.search(t) and _negated_assign(t))
                      and not (f.employee_status and doc_carve_out))
            else:
                # misclassification needs a non-employee status somewhere in the document: silence is not enough
                ok = (f.non_employee_label and not employee_status(t) and not (f.nonprofit and not f.trial_doc) and not f.education
                      and (len(control) >= 2 and len(control) > len(f.genuine) or (f.unpaid_stated and control)))
            if ok:
                out.append(Hit(cat, f"{cat.split('_')[0]}.semantic", s, clause.id, "medium", round(float(min(0.7, p)), 2)))
                break
    return out


def _group(doc: Document, hits: list[Hit], facts: Facts) -> list[Finding]:
    by_rule: dict[tuple[str, str], list[Hit]] = {}
    for h in hits:
        by_rule.setdefault((h.category, h.rule), []).append(h)
    findings = []
    for (cat, rule), group in by_rule.items():
        seen: set[int] = set()
        evidence = []
        for h in group:
            if h.sentence.start in seen:
                continue
            seen.add(h.sentence.start)
            evidence.append(_evidence(doc, h.sentence, h.clause_id))
        if cat == "misclassification":
            evidence.extend(_control_evidence(doc, facts, seen))
        title, why, ask = TEXTS[rule]
        sev = "high" if any(h.severity == "high" for h in group) else group[0].severity
        conf = min(0.95, max(h.confidence for h in group) + 0.03 * (len(group) - 1))
        findings.append(Finding(
            category=Category(cat), severity=Severity(sev), confidence=round(conf, 2), title=title,
            evidence=evidence[:4], explanation=why, suggestion=ask, rule=rule, source="offline",
        ))
    return findings


def _control_evidence(doc: Document, facts: Facts, seen: set[int]) -> list[Evidence]:
    out = []
    for name in ("hours", "supervision", "place", "tools", "integral", "exclusivity", "costs"):
        for s in facts.control.get(name, [])[:1]:
            if s.start not in seen:
                seen.add(s.start)
                out.append(_evidence(doc, s, None))
    return out[:2]


def _evidence(doc: Document, s: Sentence, clause_id: str | None) -> Evidence:
    return Evidence(quote=s.text, page=doc.page_of(s.start), start=s.start, end=s.end, clause_id=clause_id)


def missing_terms(doc: Document, clauses: list[Clause], facts: Facts) -> Finding | None:
    """For a trial, working-interview or take-home document: which of pay, length, scope, IP it leaves unstated."""
    if not facts.trial_doc:
        return None
    text = doc.text
    missing = []
    if not cues.TERM_PAY.search(text):
        missing.append("pay")
    if not cues.TERM_DURATION.search(text) and not DURATION.search(text):
        missing.append("duration")
    if not cues.TERM_SCOPE.search(text):
        missing.append("scope")
    if not cues.TERM_IP.search(text) and not cues.ASSIGN.search(text):
        missing.append("ownership of your work (IP)")
    if not missing:
        return None
    trialish = re.compile(cues.TRIAL_DOC.pattern + r"|\btrial\b|take-?home|assessment|exercise|challenge", re.I)
    headings = [c for c in clauses if c.is_heading]
    anchor = (
        next((c for c in headings if trialish.search(c.text)), None)
        or (headings[0] if headings and headings[0].start < 200 else None)
        or next((c for c in clauses if trialish.search(c.text)), clauses[0] if clauses else None)
    )
    if anchor is None:
        return None
    s = anchor.sentences[0] if anchor.sentences else None
    if s is None:
        return None
    names = ", ".join(missing)
    return Finding(
        category=Category.missing_terms, severity=Severity.medium if len(missing) > 1 else Severity.low,
        confidence=0.7, title=f"The trial terms do not state: {names}",
        evidence=[_evidence(doc, s, anchor.id)],
        explanation=f"This document sets up a trial, working interview or take-home but never says {names}. "
                    "What is not written down is what gets disputed later: unpaid hours, work that keeps growing, "
                    "or the company keeping what you built.",
        suggestion=f"Ask for the missing terms in writing before you start: {names}.", rule="missing.trial_terms",
        source="offline",
    )
