"""The legal tests: one small function per category that combines tagged facts and parsed values into decisions.

Each test reads a `DocFacts` (every sentence with the facts the tagger found in it, the money, effort and
deadlines parsed from it, and the located jurisdiction's minimum wage) and returns `Decision`s. A decision
names the kind of finding (reviewer/knowledge/findings.yaml), the sentences that show it, and a reason trace
that says, step by step, why the test fired: that trace is the finding's explanation.

The learned tagger supplies facts only; these functions decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..clauses import Sentence
from ..lazyre import compile as lazy_re
from ..values import (EITHER_WAY, HOURS_PER_DAY, LOCAL_INTERNSHIP, NOT_HIRED, PAY_PERIODS, Deadline, Effort, Money, Rate, effective_rate,
                      hire_condition, is_a_cost, pays_by_the_piece)
from ..wages import Wage, assumed_week, floor_for_currency, rate_for

SHORT_TEST_HOURS = 3.0  # taxonomy: a short (about 2-3 hours or less) unpaid synthetic exercise is not flagged
EXPLODING_HOURS = 72.0  # taxonomy: a decision window of about 72 hours or less
LABEL_SURE = 0.6  # how sure the tagger must be that a worker status is stated before a status test relies on it
SCOPE_SURE = 0.5  # how sure a reading that an assignment reaches prior, own-time or later work must be
WORK_SURE = 0.8  # how sure a reading of real work must be where nothing states the work unpaid
# A sentence about the rights in the work (who owns it, what the company may do with it) answers the IP test's
# question; it is no evidence that the work asked is itself real business output.
RIGHTS_FACTS = ("ip_transfer", "ip_licence", "moral_rights_waiver", "scope_submission")
ABOUT = 0.25  # hours: 'about three hours' allows a quarter of an hour over
TOKEN_SHARE = 0.8  # pay under this share of the minimum wage for the hours is a token payment, not a wage
MIN_STATEMENT_WORDS = 4  # a heading ("Time limit") states nothing: a reading of open-endedness needs a sentence
# which cost an own-costs sentence shifts: an employer's statutory costs, not a uniform or a pair of scissors
# A tax that is not due shifts nothing: 'Personal income tax does not apply at this amount'.
NO_TAX_DUE = lazy_re(r"\b(?:does|do)\s*(?:not|n['’]t)\s+apply\b|\bnot\s+(?:applicable|payable|due|deducted)\b|\bexempt\b", re.I)
EMPLOYER_COSTS = lazy_re(r"\b(?:tax(?:es)?|insurance|super(?:annuation)?|national insurance|PRSI|social (?:security|"
                         r"insurance|contributions?)|contributions|withholding|PAYE|SSS|PhilHealth|Pag-IBIG|"
                         r"provident fund|workers'? comp(?:ensation)?|INSS|FGTS|NSSF|NHIF|SHIF|SSNIT|IMSS|pension|ZUS|URSSAF|"
                         r"Sozialversicherung|seguridad social)\b", re.I)


@dataclass(frozen=True)
class Unit:
    """One sentence in its clause context, with what the tagger and the value parsers found in it."""

    index: int
    sentence: Sentence
    clause_id: str
    context: str
    facts: dict[str, float]
    money: tuple[Money, ...] = ()
    effort: tuple[Effort, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    signs: dict[str, float] = field(default_factory=dict)  # how many signs of a fact the sentence's parts give

    def has(self, *facts: str) -> bool:
        """True when the sentence states any of `facts`."""
        return any(f in self.facts for f in facts)

    def p(self, fact: str) -> float:
        return self.facts.get(fact, 0.0)

    def weight(self, fact: str) -> float:
        """The signs of `fact` the sentence gives: its parts' readings added up where it has several."""
        return self.signs.get(fact, self.p(fact))

    @property
    def text(self) -> str:
        return self.sentence.text


@dataclass(frozen=True)
class DocFacts:
    """Everything the tests know about one document."""

    units: tuple[Unit, ...]
    jurisdiction: str
    wage: Wage | None
    headings: tuple[str, ...] = ()  # letterheads and titles, which the tagger does not read
    foreign: tuple[int, ...] = ()  # sentences (unit indices) not tagged because they are not in English
    titles: tuple["Unit", ...] = ()  # the headings as quotable units (no facts read), where a title names a status

    @property
    def texts(self) -> list[str]:
        """Every sentence and every heading: where what the organisation is may be stated."""
        return [u.text for u in self.units] + list(self.headings)

    def with_(self, *facts: str) -> list[Unit]:
        """Sentences that state any of `facts`, strongest first."""
        found = [u for u in self.units if u.has(*facts)]
        return sorted(found, key=lambda u: -max(u.p(f) for f in facts))

    def has(self, *facts: str) -> bool:
        return any(u.has(*facts) for u in self.units)

    def near(self, unit: Unit, *facts: str, window: int = 2) -> list[Unit]:
        """Sentences within `window` of `unit` (or in its clause) that state any of `facts`."""
        return [u for u in self.units if u.has(*facts)
                and (u.clause_id == unit.clause_id or abs(u.index - unit.index) <= window)]


@dataclass(frozen=True)
class RateCheck:
    """An effective hourly rate set against the local minimum wage."""

    rate: Rate
    minimum: Wage | None
    below: bool | None  # None when the currencies differ or no minimum is known
    sources: tuple[int, ...] = ()  # the sentences (unit indices) whose money the rate was worked out from
    monthly: float | None = None  # monthly pay set against a monthly minimum that has no legal week to divide by

    @property
    def token(self) -> bool:
        """Far below the minimum: a token sum for the hours, not a wage that falls a little short of the floor."""
        if self.monthly is not None and self.minimum is not None and self.minimum.amount:
            return bool(self.below) and self.monthly < TOKEN_SHARE * self.minimum.amount
        return bool(self.below) and self.minimum is not None and self.rate.high < TOKEN_SHARE * (self.minimum.hourly or 0.0)

    def describe(self) -> str:
        if self.minimum is None:
            return f"effective rate {self.rate.describe()}; no statutory minimum known to compare with"
        verdict = {True: "below", False: "at or above", None: "not comparable with"}[self.below]
        how = f" ({self.rate.method})" if self.rate.method else ""
        if self.monthly is not None:
            return (f"pay of {self.monthly:,.2f} {self.rate.currency} a month, {verdict} the monthly minimum wage of "
                    f"{self.minimum.describe()}; source: {self.minimum.source}")
        return (f"effective rate {self.rate.describe()}{how}, {verdict} the minimum wage of {self.minimum.describe()}; "
                f"source: {self.minimum.source}")


@dataclass(frozen=True)
class Decision:
    """A test's verdict: the kind of finding, its evidence, and why."""

    kind: str
    category: str
    evidence: tuple[Unit, ...]
    trace: tuple[str, ...]
    confidence: float
    rate: RateCheck | None = None
    detail: dict = field(default_factory=dict)


def _q(u: Unit, limit: int = 90) -> str:
    t = u.text if len(u.text) <= limit else u.text[: limit - 3] + "..."
    return f"\"{t}\""


def _conf(*units: Unit, facts: tuple[str, ...] = ()) -> float:
    ps = [max((u.p(f) for f in facts), default=0.0) if facts else max(u.facts.values(), default=0.0) for u in units]
    return round(min(0.95, 0.45 + 0.5 * (sum(ps) / max(1, len(ps)))), 2)


def _dedupe(units: list[Unit], limit: int = 3) -> tuple[Unit, ...]:
    seen, out = set(), []
    for u in units:
        if u.index not in seen:
            seen.add(u.index)
            out.append(u)
    return tuple(sorted(out[:limit], key=lambda u: u.index))


# ------------------------------------------------------------------------------------------------ pay and effort


FUTURE_JOB = lazy_re(r"\bstarting\s+(?:salary|rate|wage|pay)\b|\bstart\s+you\s+(?:at|on)\s+(?:[A-Z]{0,3}[$€£¥₹₱₦]|\d)|\bgone\s+on\s+to\b|\bgo\s+on\s+to\s+join\b|"
                     r"\b(?:employment\s+(?:agreement|contract)|permanent\s+(?:contract|role|position|job))\b(?:[^.]|\.\d){0,60}?"
                     r"\b(?:will|would|can|could)\s+(?:then\s+)?(?:start|begin|commence)\b|"
                     r"\b(?:a|the)\s+permanent\s+(?:employment|position|contract|role|job)\b|"
                     # 'Successful participants will be offered a Seafarer Employment Agreement ... at a basic wage of €1,650'
                     r"\b(?:successful|selected)\s+(?:participants|candidates|applicants|trainees|trialists)\s+(?:will|may|would)\s+be\s+"
                     r"(?:offered|given|hired|employed|taken\s+on)\b|"
                     # 'Applicants who pass are onboarded at our rate of €0.13 per new word'
                     # 'Assistants who are hired sign an employment contract ... and are paid per class hour'
                     r"\b(?:those|[a-z]+s)\s+who\s+(?:are|get)\s+(?:hired|chosen|selected|taken\s+on|appointed)\b|"
                     r"\b(?:applicants|candidates|translators|those|trainees|participants|trialists|testers)\s+who\s+(?:pass|succeed|"
                     r"qualify|are\s+(?:selected|successful|accepted))\b[^.;]{0,20}?\b(?:are|will\s+be|get)\s+(?:then\s+)?(?:onboarded|"
                     r"hired|added|taken\s+on|engaged|admitted|enrolled)\b|"
                     # 'you'd go on the rota from the week after at £12.60ph': the job's wage, once taken on
                     r"\b(?:go|get\s+you|put\s+you|be)\s+on\s+(?:the|our)\s+(?:rota|roster|payroll|schedule)\s+from\b|"
                     # 'Tryout month is unpaid, then we move you onto payroll at $16.50/hr if it's a good fit'
                     r"\bthen\s+(?:we\s+|we['’]ll\s+|we\s+will\s+)?(?:move|put|take|get)\s+you\s+on(?:to)?\s+(?:the\s+|our\s+)?"
                     r"(?:payroll|staff|books|rota|roster)\b|"
                     # 'After the 4 wks, Board votes whether to put him on payroll at $12/hr'
                     r"\b(?:after|once|if|whether)\b[^.;]{0,60}\b(?:put|get|go|be|take)\s+(?:you\s+|him\s+|her\s+|them\s+)?on\s+"
                     r"(?:the\s+|our\s+)?(?:rota|roster|payroll|books)\b|"
                     r"\bfrom\s+the\s+(?:week|wk|month|fortnight)\s+after\b|\breturn\s+offers?\b|"
                     # 'Good after 2 wks = on the books, $27.50/hr, 45 hrs'
                     r"(?:=|→|->|\bthen)\s*(?:you['’]re\s+|you\s+are\s+|you\s+go\s+)?on\s+(?:the|our)\s+(?:books|payroll|roster|rota)\b|"
                     # 'then we talk about the paid crew job, $24/h for the season': the job talked of after the stage
                     r"\b(?:talk|discuss|chat)\s+(?:about|over)\s+(?:the\s+|a\s+)?paid\s+(?:[\w-]+\s+){0,2}?(?:job|role|position|"
                     r"contract|post|place)\b|"
                     # 'Top performers get a full-time slot at ₱28k/month'
                     r"\b(?:get|gets|earn|earns|win|wins|land|lands|receive|receives|offered)\s+(?:an?\s+|the\s+)?(?:full[- ]time|"
                     r"permanent|regular|part[- ]time|paid)\s+(?:slot|seat|role|position|job|spot|contract|place|post)\b", re.I)


def rate_check(d: DocFacts, unconditional: bool = False) -> RateCheck | None:
    """The effective hourly rate of the pay stated for the work, compared with the local minimum wage.

    With `unconditional`, only pay that does not hang on an outcome counts (pay "if you join" is not pay for the
    hours of someone who does not join)."""
    # piece rates (per delivery, per article) say nothing about pay for the hours: they are not converted
    # (nor is money named in a sentence that says the work is unpaid: 'The trial is not paid, but the tour and the
    # lunch are free for you (normal value 95 EUR)')
    pay_units = [u for u in stage_pay(d) if not pays_by_the_piece(u.text) and not (u.has("unpaid") and not u.has("paid"))]
    # the pay of a job the person may get later ('Fellows have gone on to join us as Analysts (starting salary
    # £31,000)') is not the pay for this work, where the document states that too
    # (nor is the salary of the job itself, 'If you are selected, the seasonal salary is 1.450 EUR net per month')
    now = [u for u in pay_units if not FUTURE_JOB.search(u.text) and not LATER_PAY.search(u.text)
           and not (job_pay(u) and hire_condition(u.text) == "hire" and not STAGE_NOUN.search(u.text))]
    # (pay said to start later, 'After confirm you will get RM45 per hour', is never the stage's)
    pay_units = now or [u for u in pay_units if not LATER_PAY.search(u.text) and not FUTURE_JOB.search(u.text)]
    # (where the stage comes before the person is put on the payroll, 'All new crew complete 3 Orientation Shifts ...
    # before being added to the payroll', the crew's rates are the job's, and the stage's own pay is what counts)
    if any(PRE_PAYROLL.search(t) for t in d.texts):
        pay_units = [u for u in pay_units if NAMED_STAGE.search(u.text) or u.has("assessment_context")] or pay_units
    # a lump sum beside a condition is the conditional pay; an hourly rate is pay for the hours (commission on top
    # of it is extra)
    used = [(u, m) for u in pay_units for m in u.money if m.unit != "piece"
            and not (unconditional and _conditional(d, u, m)) and not _a_salary(d, m) and not _unclear_wage(u, m)]
    # (a one-off bonus beside a wage is an extra on top of it, not the pay for the hours: 'a one-time sign-on bonus of
    # $15,000' beside 'base salary of $172,000 per year')
    # (nor is a bonus by the month beside pay for the work: '₱1,000 monthly attendance bonus')
    # (nor is an extra on top of a wage set by an award or agreement, which names no figure: 'You are paid the rate for
    # your apprenticeship year ... under the ... Award 2020, plus a SkillBridge above-award payment of $1.50 per hour')
    if (any(not _extra_money(u, m) for u, m in used) or any(pays_by_the_piece(u.text) for u in stage_pay(d))
            or any(AGREED_RATE.search(u.text) for u, _ in used)):
        used = [(u, m) for u, m in used if not _extra_money(u, m) or hire_condition(u.text)]
    pays = [m for _, m in used]
    hourly = [u.index for u, m in used if m.unit == "hour"]
    sources = tuple(hourly[:1] or [u.index for u, _ in used][:1])
    efforts = [e for u in d.units for e in u.effort if u.has("effort", "assessment_context", "paid", "contingent_pay")
               and not FUTURE_JOB.search(u.text)]
    # (the hours of the job the stage leads to, 'we'd have you on the rota from the week after, fourteen or fifteen
    # hours', are not the stage's hours; where nothing else states hours, they are all there is)
    efforts = efforts or [e for u in d.units for e in u.effort if u.has("effort", "assessment_context", "paid", "contingent_pay")]
    if not pays:
        return None
    rate = effective_rate(pays, efforts)
    if rate is None:
        return None
    wage = floor_for_currency(rate.currency, d.jurisdiction)
    if wage is None and d.wage is not None and d.wage.currency == rate.currency and d.wage.unit == "month" and d.wage.amount:
        # a monthly minimum with no legal week to turn into an hourly one is compared month to month, with pay stated
        # by the month (for full-time work)
        month = [m for m in pays if m.unit == "month" and m.currency == rate.currency]
        if month:
            return RateCheck(rate, d.wage, month[0].high < d.wage.amount, sources, monthly=month[0].high)
    if (wage is None and d.wage is not None and d.wage.currency == rate.currency
            and not any(MONTHLY.search(u.text) for u, _ in used)):  # (pay by the month is compared by the month)
        wage = assumed_week(d.wage)  # (a monthly floor with no legal week, over the longest normal week: a lower bound)
    if wage is None or wage.hourly is None:
        return RateCheck(rate, d.wage if d.wage is not None and d.wage.hourly is not None else None, None, sources)
    if any(APPRENTICE.search(t) for t in d.texts):
        wage = rate_for(wage, "apprentices")  # (an apprentice's floor is the apprentice rate, where the law sets one)
    if wage.week_assumed and rate.high >= wage.hourly:
        return RateCheck(rate, None, None, sources)  # (above a lower bound of the floor is not known to be above it)
    return RateCheck(rate, wage, rate.high < wage.hourly, sources)


# Pay set by an award, a collective agreement or the statutory minimum, named without a figure.
AGREED_RATE = lazy_re(r"\b(?:paid|pay|rate|wages?)\b[^.;]{0,80}?\b(?:under|per|according\s+to|in\s+line\s+with|set\s+by|"
                      r"of)\s+(?:the\s+)?(?:[\w&,()-]+\s+){0,8}?(?:Award|collective\s+(?:labou?r\s+)?agreement|CAO|convenio|"
                      r"enterprise\s+agreement|Tarifvertrag)\b", re.I)
MONTHLY = lazy_re(r"\bmonths?\b|\bmonthly\b|/\s?mo\b|\bper\s+mensem\b", re.I)
APPRENTICE = lazy_re(r"\bapprentice(?:ship)?s?\b", re.I)


# A wage named without its period ('Your wage increases at each period you complete: 2nd period $25.50, 3rd period
# $30.00'): a rate, not a sum paid for all the hours of the work.
WAGE_WORD = lazy_re(r"\b(?:wages?|pay\s+rates?|rates?\s+of\s+pay|hourly|base\s+rate|journeyperson\s+rate)\b", re.I)
FLAT_WORD = lazy_re(r"\b(?:flat|fee|lump|one[- ]off|one[- ]time|honorarium|stipend|gift|voucher|total|in\s+all|thank)\w*", re.I)


def _unclear_wage(u: Unit, m: Money) -> bool:
    return m.unit == "flat" and not m.unit_stated and bool(WAGE_WORD.search(u.text)) and not FLAT_WORD.search(u.text)


SALARY_HOURS = 1000  # a sum with no period worth this many hours at the minimum wage is a salary, not a stage's pay


def _extra_money(u: Unit, m: Money) -> bool:
    """The amount is a bonus, commission or other extra named beside it ('a one-time sign-on bonus of $15,000', '₱1,000
    monthly attendance bonus', 'a EUR 90 monthly phone-use allowance' after a salary, 'plus a SkillBridge above-award
    payment of $1.50 per hour'), not a wage that has an extra on top ('Salary: $2,450 MXN per week + 10% bonus')."""
    around = u.text[max(0, m.start - 40):m.end + 30]
    return (bool(EXTRA_PAY.search(around) or (SIDE_EXTRA.search(around) and PAY_BEFORE.search(u.text[:m.start])))
            and not WAGE_BEFORE.search(u.text[max(0, m.start - 30):m.start]))


# An extra named after the pay in the same sentence: 'Gross annual salary of EUR 21,700 ... and a EUR 90 monthly
# phone-use allowance'; 'paid the rate ... under the ... Award 2020, plus a SkillBridge above-award payment of $1.50 per hour'.
SIDE_EXTRA = lazy_re(r"\b(?:allowance|supplement|above-award|over-award|loading|premium|differential|uplift|top-?up)\b", re.I)
PAY_BEFORE = lazy_re(r"\b(?:salary|wages?|paid|pay|rate)\b[^;]{0,200}\b(?:plus|and|with)\b", re.I)


WAGE_BEFORE = lazy_re(r"\b(?:salary|wages?|pay|rate|fee|stipend|remuneration)\b[^.;]{0,15}$", re.I)


def _a_salary(d: DocFacts, m: Money) -> bool:
    """A sum stated with no period that is worth more than half a year's full-time minimum pay ('the Mid-weight
    Designer role, £38-42k') is the salary of a job, not what a trial or a test pays."""
    if m.unit not in (None, "flat") or m.unit_stated:
        return False
    wage = floor_for_currency(m.currency, d.jurisdiction)
    return wage is not None and wage.hourly is not None and m.low >= SALARY_HOURS * wage.hourly


# Pay on top of a wage: a condition on it does not make the wage itself conditional.
EXTRA_PAY = lazy_re(r"\b(?:commissions?|bonus(?:es)?|tips?|gratuit(?:y|ies)|incentives?|equity|stock|options?|"
                    r"overtime|profit[- ]shar\w*|royalt(?:y|ies)|referral)\b", re.I)


SERVICE_SHARE = lazy_re(r"\b\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent|percent)\)?\s+of\s+(?:the\s+)?(?:net\s+|gross\s+)?(?:service|treatment|"
                        r"session|class|lesson|booking|fare|job|appointment)s?\s+(?:revenue|fees?|prices?|income|takings)\b", re.I)
SHARE_OF_REVENUE = lazy_re(r"\b\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s+(?:of|from)\b|\((?:\d{1,2})%\)\s+of\b", re.I)
# A doubtful reading of contingent pay needs words of a condition or an outcome: a plain salary is not contingent.
CONDITION_WORDS = lazy_re(r"\b(?:only|if|unless|subject\s+to|provided|conditional\w*|contingent|depend\w*|success\w*|win\w*|"
                          r"best|top|once|upon|when|after|commissions?|bonus\w*|shares?|equity|prizes?|rewards?|bount\w*|"
                          r"per\s+(?:sale|lead|booking|sign-?up|referral|placement|deal))\b", re.I)
COMPLETION_PAY = lazy_re(r"\b(?:subject\s+to|provided\s+(?:that\s+)?|only\s+if|on\s+condition\s+that|conditional\s+(?:up)?on)\s+"
                         r"(?:[\w()-]+\s+){0,4}?(?:complet\w*|finish\w*|remain\w*|stay\w*|serv\w*)\s+(?:[\w()-]+\s+){0,3}?"
                         r"(?:full|entire|whole|complete)\b|\b(?:ends?|terminat\w*|leaves?)\s+(?:\w+\s+){0,3}?(?:early|before)\b"
                         r"[^.]{0,80}\bno\s+(?:[\w-]+\s+){0,3}?(?:is|are|will\s+be)\s+(?:payable|paid|due)\b|"
                         # 'If you do not complete all three days, you forfeit pay for the entire trial', 'If you stop before
                         # the end of the week, you get nothing for the days you did', 'If you or we end the trial week
                         # early, the shifts you worked aren't paid'
                         r"\b(?:ends?|end\s+(?:it|the\s+\w+(?:\s+week)?)|stops?|quit|leaves?|(?:is|are)\s+cut\s+short|do\s+not\s+complete|"
                         r"don['’]t\s+complete|fail\s+to\s+complete)\b[^.]{0,60}?(?:\bforfeit\w*|\b(?:get|receive)\s+nothing|"
                         r"\bno\s+(?:[\w-]+\s+){0,2}?(?:pay|payment|wages?)\b|(?:hours?|shifts?|days?)\s+(?:you\s+)?(?:worked\s+|did\s+)?"
                         r"(?:are\s+not|aren['’]t|will\s+not\s+be|won['’]t\s+be)\s+paid)", re.I)
CANCELLATION = lazy_re(r"\bcancel\w*|\bkill\s+fee\b|\btermination\s+fee\b|\brejection\s+fee\b|"
                       # 'If we end the pilot early, we'll pay for all days worked': the work done is paid whatever happens
                       r"\b(?:pay|paid)\s+(?:you\s+)?(?:for\s+)?(?:all|every|each|any)\s+(?:the\s+)?(?:days?|hours?|shifts?|work)\s+"
                       r"(?:already\s+)?(?:worked|done|completed|delivered)\b", re.I)
# Ownership of the work moving to the company: 'Ownership passes to us', 'Copyright in the translation passes to the
# Agency', 'all rights vest in the Firm'.
RIGHTS_MOVE = lazy_re(r"\b(?:ownership|copyright|(?:all\s+)?rights?|title)\b[^.;]{0,40}?\b(?:pass(?:es|ed)?|transfer(?:s|red)?|"
                      r"vest(?:s|ed)?|assign(?:s|ed)?)\b", re.I)


def owed_anyway(text: str) -> bool:
    """A condition on pay that is no outcome the person may never reach: a fee for a cancelled commission, or extra
    work the payer approves first ('only if you approve first'), unless the sentence also hangs it on being hired."""
    return bool(CANCELLATION.search(text) or PRE_APPROVED.search(text) or HOURS_IF_WORKED.search(text)) and not hire_condition(text)


# The hours of work that may or may not come, paid if they do: 'If the store gets busy and you help out on the floor
# for the evening rush afterwards, we'll pay those hours at $24 an hour'. The condition is whether the work happens.
HOURS_IF_WORKED = lazy_re(r"\b(?:we['’]ll|we\s+will|we|you['’]ll\s+be|you\s+will\s+be|they['’]re|they\s+are|are|is)\s+"
                          r"(?:pay|paid)\s+(?:for\s+)?(?:those|these|that|the\s+extra|any\s+such|any\s+extra|the\s+additional)\s+"
                          r"(?:hours|time|shifts?|evenings?)\b", re.I)


# Extra work paid only once the payer agrees to it first ('extra rounds: CLP 45,000 per hour, only if you approve
# first'; 'additional hours billed only with your prior written consent') is work authorised in advance, then paid:
# the condition is the payer's go-ahead, not an outcome the person may never reach.
PRE_APPROVED = lazy_re(r"\b(?:only\s+)?(?:if|when|once|after)\s+(?:you|the\s+client|the\s+company|we)\s+(?:have\s+)?"
                       r"(?:approve|approved|agree|agreed|authori[sz]e|authori[sz]ed|request|requested|ask|asked|sign\s+off)\b"
                       r"(?:\s+(?:\w+\s+){0,3}?(?:first|beforehand|in\s+advance|in\s+writing))?"
                       r"|\b(?:with|subject\s+to)\s+(?:your|the\s+client's|the\s+company's)\s+(?:prior\s+)?(?:written\s+)?"
                       r"(?:approval|consent|agreement|authori[sz]ation)\b|\bpre-?approved\b", re.I)
# A sentence about pay names money or pay; one about who owns the work once the person is hired does not.
PAY_WORD = lazy_re(r"\b(?:pa(?:y|id|yment|ys)|fees?|stipend|wages?|salar(?:y|ies)|compensat\w*|remunerat\w*|reimburs\w*|"
                   r"bonus\w*|honorari\w*|credit\w*|rewards?|prizes?|earn\w*|money|cash|vouchers?|invoic\w*|commission\w*|"
                   r"rates?|payout)\b", re.I)


def _conditional(d: DocFacts, u: Unit, m: Money) -> bool:
    """The money hangs on an outcome (being hired, winning): the sentence says so, or the one beside it says that
    the stage's pay does. An hourly rate beside a condition on commission or a bonus is still pay for the hours."""
    if (u.p("contingent_pay") >= LABEL_SURE or hire_condition(u.text)) and not EXTRA_PAY.search(u.text):
        return True
    beside = [x for x in d.near(u, "contingent_pay", window=1) if x is not u and x.p("contingent_pay") >= LABEL_SURE]
    if m.unit == "hour" or (m.unit in PAY_PERIODS and EXTRA_PAY.search(u.text) and not hire_condition(u.text)):
        return any(not x.money and not EXTRA_PAY.search(x.text) for x in beside)
    return bool(beside) or u.has("contingent_pay")


# Money towards something (a training budget, "$600 a year toward continuing education") is a benefit, not pay for
# the hours.
ALLOWANCE = lazy_re(r"\btowards?\s+(?:the\s+|your\s+|any\s+)?(?:cost|costs|continuing|education|training|courses?|"
                    r"equipment|books|travel|membership|certification|licen[cs]|conference)|\b(?:training|education|"
                    r"learning|equipment|wellness|travel|home[- ]office|conference|development)\s+(?:budget|allowance|fund|"
                    r"stipend)\b", re.I)


ROLE_PAY = lazy_re(r"\b(?:salary|pay|compensation|wage)\s+(?:range|band|bracket)\b|\bposted\s+(?:salary|pay|wage)\b|"
                   r"\b(?:role|position|job|vacancy)\s+(?:pays|offers)\b|"
                   # 'Applicants for our paid Retail Assistant post (NZ$25.50 an hour, Ponsonby shop)': the post's wage
                   r"\b(?:post|role|position|job|vacancy|opening)\s*\([^()]{0,12}\d|"
                   # what the staff the stage leads to earn: 'Permanent technicians earn ₹20,000-₹28,000 per month'
                   r"\b(?:permanent|regular|full-time|qualified|our)\s+(?:[\w-]+\s+)?(?:staff|technicians|employees|installers|workers|"
                   r"members|hires|graduates|analysts|associates)\s+(?:earn|are\s+paid|receive|get|start\s+(?:at|on))\b|"
                   # a band set by experience is the job's pay: 'Pay: $26 to $32/hour depending on experience'
                   r"\b(?:depending\s+on|based\s+on|according\s+to|commensurate\s+with)\s+(?:your\s+)?(?:experience|qualifications|"
                   r"skills)\b|\bDOE\b", re.I)


MUST_DELIVER = lazy_re(r"\b(?:will|shall|must|agrees?\s+to)\s+(?:deliver|build|produce|complete|hand\s+over)\s+(?:the|a|an|its|his|her|"
                       r"their)\s+(?:[\w-]+\s+)?(?:pilot|prototype|deliverables?|module|report|design|app|system|model|study)\b", re.I)
WINS = lazy_re(r"\b(?:win|wins|won|winning|prizes?|winners?|top\s+(?:\w+\s+)?(?:teams?|entries|submissions|candidates))\b", re.I)
STAGE_WINDOW = 3  # sentences either side of a stage's description within which money is the stage's pay


def _wage_like(u: Unit) -> bool:
    """A trainee's 'training allowance of PHP 150 per day' is their pay for the days worked, not money towards
    training: an allowance paid by the hour, day or week, or for the stated length of the training, is a wage."""
    return bool(TRAINING_ALLOWANCE.search(u.text)) and (any(m.unit in ("hour", "day", "shift", "week") for m in u.money)
                                                        or bool(u.effort))  # ('P3,000 for the whole 3 wks')


TRAINING_ALLOWANCE = lazy_re(r"\b(?:training|trainee|OJT|internship|apprentice\w*)\s+(?:allowance|stipend)\b", re.I)


# Money the company pays back for what the person spent is not pay for the work: 'We reimburse travel ... at
# second-class rail fare or €0.30/km, and from further afield up to €250 on receipt'.
REIMBURSES = lazy_re(r"\breimburs\w*|\bon\s+(?:production\s+of\s+(?:a\s+)?)?receipts?\b(?!\s+of\s+(?:(?:your|the|their|his|her|our|an?)\s+)?"
                     r"(?:[\w-]+['’]s\s+)?(?:submission|work|deliverables?|invoice|task|entry|code|solution|files?))|\bper\s+(?:km|kilomet\w+|mile)\b|/\s?(?:km|mile)\b|"
                     r"\bmileage\b|\b(?:travel|out-of-pocket)\s+expenses\b|"
                     # a commute paid at its cost: 'Commuting allowance at actual cost (up to ¥50,000 per month)'
                     r"\bcommut\w*\s+(?:allowance|expenses?|costs?)\b|\bat\s+(?:the\s+)?actual\s+costs?\b|"
                     # money towards the person's costs: 'We give ₦5,000 for transport for the two weeks'
                     r"\bfor\s+(?:your\s+)?(?:transport|transportation|travel|fares?|bus\s+fares?|petrol|fuel|data|airtime)\b", re.I)
# A first look, not ownership: 'For six months after the sharing, the Artist agrees to give the Company the first
# opportunity to discuss producing the Work'.
OPTION_ONLY = lazy_re(r"\bfirst\s+(?:option|opportunity|refusal|look|right\s+to\s+(?:discuss|negotiate))\b|\bright\s+of\s+first\s+"
                      r"(?:refusal|negotiation|offer)\b", re.I)
CHOSEN_STATUS = lazy_re(r"\bif\s+you(?:['’]re|\s+are)\s+(?:already\s+)?(?:an?\s+)?(?:registered\s+)?(?:freelancer|contractor|"
                        r"self-employed|sole\s+trader)\b[^.;]{0,60}?\b(?:prefer|would\s+rather|choose|wish)\b|"
                        r"\bif\s+you\s+(?:prefer|would\s+rather|choose)\s+to\s+invoice\b", re.I)
TITLE_STATUS = lazy_re(r"\b(?:freelancer|freelance|contractor|sub-?contractor|consultant|consultancy|independent\s+contractor)\s+"
                       r"(?:[A-Za-z-]+\s+){0,2}?(?:terms|agreement|contract)\b", re.I)
# A benefit paid into a scheme, not pay for the hours: 'a monthly contribution of EUR 150 to a company pension scheme'.
# (and meal or transport vouchers beside a wage: 'vale-refeição de R$ 38,00 por dia trabalhado', 'meal allowance')
BENEFIT_MONEY = lazy_re(r"\b(?:pension|retirement|401\s?\(?k\)?|superannuation|provident\s+fund|health\s+insurance|gym|wellness|"
                        r"travel\s+pass|meal\s+(?:vouchers?|allowance|card)|vale-?(?:refei|alimenta|transporte)\w*|"
                        r"tickets?[- ]restaurants?|Essenszuschuss)\b", re.I)
PAY_FOR_WORK = lazy_re(r"\b(?:wages?|salary|fee|rate\s+of\s+pay|per\s+hour|an\s+hour|hourly|per\s+day|a\s+day|daily\s+rate|stipend)\b",
                       re.I)


def pays_back(u: Unit) -> bool:
    """Money towards the person's costs or into a benefit, not pay for the work ('We give ₦5,000 for transport')."""
    return bool(REIMBURSES.search(u.text) or BENEFIT_MONEY.search(u.text)) and not PAY_FOR_WORK.search(u.text)


# What customers pay for the goods, not pay for the work: 'Photos you take are sold to guests at the Company's standard
# price list (for example, €24.95 for an 8x10 print)'.
PRICES = lazy_re(r"\bprice\s+list\b|\b(?:is|are)\s+sold\s+(?:to\s+(?:guests|customers|clients|visitors)\s+)?at\b|"
                 r"\b(?:retail|menu|ticket|cover)\s+prices?\b", re.I)


def stage_pay(d: DocFacts) -> list[Unit]:
    """Sentences that state money paid for the work asked. In a hiring document that is the pay for the hiring
    stage (a sentence about the trial or test), not the wage of the job it leads to."""
    # money the person pays (a deduction, a deposit, kit) is a cost, not pay
    units = [u for u in d.units if u.money and u.has("paid", "contingent_pay", "unpaid")
             and not u.has("own_costs") and not is_a_cost(u.text) and not PRICES.search(u.text)
             and not (ALLOWANCE.search(u.text) and not _wage_like(u) and not WHOLE_PERIOD_PAY.search(u.text))
             and not pays_back(u)]
    if d.has("assessment_context"):
        # (a salary by the year, or the pay band of the role, is the job's pay, not the pay for a test or a trial:
        # 'the take-home for the Senior Engineer role (posted salary range $145,000-$175,000)')
        units = [u for u in units if (u.has("assessment_context", "contingent_pay", "effort") or _wage_like(u)
                                      or d.near(u, "assessment_context", "effort", window=STAGE_WINDOW))
                 and not all(m.unit == "year" for m in u.money)
                 and not ROLE_PAY.search(u.text)]
    return units


# 'Please do not spend more than 2 hours on it': a stated cap bounds the work, whatever other durations the text names.
CAP = lazy_re(r"(?:\b(?:no|not)|n['’]t)\s+(?:\w+\s+)?more\s+than\b|\bat\s+(?:the\s+)?most\b|\bmax(?:imum|\.)?\b|\bcap(?:ped)?\b|\btime\s+limit\b|"
              r"\btime-?box\w*\b", re.I)


CAP_BACK = lazy_re(r"(?:\b(?:no|not)|n['’]t)\s+(?:\w+\s+)?(?:more|longer)\s+than\s+(?:that|this|the\s+(?:stated|suggested)\s+time)\b", re.I)


def effort_hours(d: DocFacts, near: Unit | None = None, unpaid_only: bool = False) -> float:
    """The most work asked for, in hours (near one sentence when given, else anywhere in the document). In a hiring
    stage, a stated cap on the time to spend bounds it. With `unpaid_only`, the hours of paid work (the paid placement
    or job a stage leads to: 'Shortlisted youth are invited to a paid six-week placement') are left out."""
    capped = [e.high for u in d.with_("effort") if CAP.search(u.text) for e in u.effort if e.high and e.per is None]
    # (a cap that points back at the length just stated: 'The exercise is designed to take about 90 minutes. Please do
    # not spend more than that')
    capped += [e.high for u in d.units if u.index > 0 and CAP_BACK.search(u.text) and not u.effort
               for e in d.units[u.index - 1].effort if e.high and e.per is None]
    if capped and d.has("assessment_context"):
        return max(capped)
    units = d.near(near, "effort", window=3) if near is not None else d.with_("effort")
    if unpaid_only:
        # (a sentence that says work is paid without naming a sum, 'Twice a year we fund four Fellows to work on the
        # roadmap for three months', speaks of paid work; one with a sum may name the job's salary beside the ask)
        # (but a stage named before the paid work it leads to is the stage: 'complete a two-week training period
        # (about 10 hours a week) ..., then join the paid rota')
        units = [u for u in units if u.has("unpaid") or _stage_before_paid_work(u)
                 or not (PAID_WORK.search(u.text) or FUTURE_JOB.search(u.text) or (u.has("paid") and not u.money))]
    # (and with it the length of the job named in the same sentence: 'Before your 90-day probation as a field technician
    # starts, ... a two-hour unpaid skills check')
    # (nor the length of the paid work named beside the unpaid part: 'no pay for this part, the paid trial day comes
    # after if it goes well')
    hours = [e.high for u in units for e in u.effort if e.high and e.per is None
             and not (unpaid_only and (JOB_LENGTH.match(u.text[e.end:e.end + 40]) or _in_paid_work(u.text, e)))]
    if not hours and near is not None:
        return effort_hours(d, unpaid_only=unpaid_only)
    return max(hours, default=0.0)


def _by_paid_work(text: str, start: int, end: int, after: int) -> bool:
    """The span [start, end) falls in a mention of paid work ('the paid trial day') or begins within `after` characters
    of its end ('the paid trial day at $25/hr')."""
    return any(m.start() <= start <= m.end() + after or m.start() <= end <= m.end() + after for m in PAID_WORK.finditer(text))


def _in_paid_work(text: str, e: Effort) -> bool:
    """The amount of work is the paid work's own ('the paid trial day')."""
    return _by_paid_work(text, e.start, e.end, 5)


# What no work is asked for: ideas said in an interview, and work the person already has (a reel, a portfolio, samples).
NOT_ASKED = lazy_re(r"\b(?:ideas?|suggestions?|feedback|comments?|thoughts|opinions?)\b[^.;]{0,30}?\byou\s+(?:share|shared|give|gave|"
                    r"voice|voiced|raise|raised|express|expressed|offer|offered|make|made)\b|"
                    r"\b(?:your|the\s+candidate['’]s)\s+(?:show)?reels?\b|\b(?:submitting|sending)\s+(?:your|a)\s+(?:show)?reel\b|"
                    r"\b(?:your|the\s+candidate['’]s)\s+(?:existing\s+)?(?:portfolio|writing\s+samples?|work\s+samples?|"
                    r"published\s+work|back\s+catalogue)\b", re.I)


def _paid_next(d: DocFacts, u: Unit) -> bool:
    """The sentence after this one pays for the work it names, at a rate ('should that happen, you're on the clock at
    $25/hr for every hour after the first')."""
    nxt = d.units[u.index + 1] if u.index + 1 < len(d.units) else None
    return (nxt is not None and nxt.has("paid") and not nxt.has("unpaid", "contingent_pay")
            and any(m.unit in ("hour", "day", "shift") for m in nxt.money) and bool(FOR_THAT.search(nxt.text))
            and not FUTURE_JOB.search(nxt.text))  # ('then we talk about the paid crew job, $24/h for the season')


FOR_THAT = lazy_re(r"^\W*(?:should\s+(?:that|this)\s+happen|if\s+(?:so|that\s+happens|we\s+do)|in\s+that\s+case|then)\b|"
                   r"\bfor\s+(?:that|it|this|every\s+hour|each\s+hour|those\s+hours)\b", re.I)


def _later_stage_rate(u: Unit) -> bool:
    """A sentence that says this part is unpaid names the rate of a paid stage after it: 'no pay for this part, but if it
    goes good we book the paid trial day at $25/hr'."""
    # (or names it with no sum: 'we do a quick unpaid skills check before the paid trial day')
    return bool(u.has("unpaid") and PAID_WORK.search(u.text)) and all(
        _by_paid_work(u.text, m.start, m.start, 12) for m in u.money)


# The length just named is the job's: '90-day probation', '12-month contract', 'six-month fixed-term employment'.
JOB_LENGTH = lazy_re(r"\W{0,3}(?:[\w-]+\s+){0,1}?(?:probation\w*|employment|(?:fixed[- ]term\s+)?contract)\b", re.I)


def _stage_before_paid_work(u: Unit) -> bool:
    m = PAID_WORK.search(u.text)
    return bool(m) and any(e.end <= m.start() and STAGE_THEN_PAID.search(u.text[e.end:m.start()]) for e in u.effort)


STAGE_THEN_PAID = lazy_re(r"\b(?:then|before|after\s+which|followed\s+by|ahead\s+of)\b", re.I)


# Paid work named as such: 'a paid six-week placement', 'our paid rota', 'paid briefs'.
PAID_WORK = lazy_re(r"(?<!un)\bpaid\s+(?:[\w-]+\s+){0,2}?(?:placements?|internships?|roles?|jobs?|positions?|contracts?|programmes?|programs?|"
                    r"apprenticeships?|rota|roster|work|briefs?|streams?|shifts?|employment|projects?|trials?|assignments?)\b", re.I)


def stage_hours(d: DocFacts) -> float:
    """The most work a hiring stage asks for, in hours: amounts stated beside the job's pay or status (a salary 'per
    month', 'a 13th-month bonus') are the job's, not the stage's."""
    return max((e.high for u in d.with_("effort") if not u.has("paid", "employee_status")
                for e in u.effort if e.high and e.per is None), default=0.0)


# Words for a stage of work rather than the job.
STAGE_NOUN = lazy_re(r"\b(?:trials?|tasks?|tests?|exercises?|assignments?|projects?|challenges?|submissions?|shifts?|"
                     r"samples?|case\s+stud(?:y|ies)|work(?:ing)?\s+(?:day|interview|trial)s?|hours?|days?)\b", re.I)
# The wage of the job the stage leads to ('if I am offered the position, the starting rate is $24.00 per hour'): a
# condition on it is the condition of any job offer, not a condition on pay for the stage.
JOB_PAY = lazy_re(r"\bstarting\s+(?:rate|wage|salary|pay)|\bbase\s+(?:salary|pay|rate)|\bsalary\b|\bannual\b|\bper\s+annum\b|"
                  # the pay of the probation that begins the job: 'your probation is paid at $34.00 per hour'
                  r"\bprobation(?:ary\s+period)?\s+(?:is|will\s+be)\s+paid\b", re.I)


def job_pay(u: Unit) -> bool:
    """The sentence states the pay of a job rather than of a stage: a salary, or a sum a month or a year ('If hired,
    NPR 32,000/month')."""
    if any(m.unit in ("month", "year") for m in u.money):
        return True
    m = JOB_PAY.search(u.text)
    # (a sum for the stated days, with the salary named only after it, is the stage's: 'I give you 300 dirhams for the
    # two weeks and then we start the visa with Tadbeer and the real salary')
    return bool(m) and not (u.money and all(x.end <= m.start() and SPAN_PAID.match(u.text, x.end) for x in u.money))


SPAN_PAID = lazy_re(r"\s*(?:in\s+total\s+)?for\s+(?:the|those|these|your|all)\s+(?:\w+\s+)?(?:days?|weeks?|shifts?|trial|try-?out)\b", re.I)


def _wage_plus_extra(u: Unit) -> bool:
    """The sentence pays for time (an hourly rate, a monthly retainer) with commission or a bonus on top."""
    return bool(EXTRA_PAY.search(u.text)) and any(m.unit == "hour" or m.unit in PAY_PERIODS for m in u.money)


# Pay beside the wage rather than the wage: an allowance, a premium, a standby rate, a correction (and the extras of
# EXTRA_PAY: a bonus, commission, overtime).
SIDE_PAY = lazy_re(r"\b(?:allowance|premium|stand-?by|on-?call|shortfall|underpayments?|differential|"
                   r"reimburs\w*|expenses?|meals?|transport|travel|uplift|top-?up)\b", re.I)


def _the_only_pay_is_token(d: DocFacts, check: RateCheck | None) -> bool:
    """Outside a hiring stage or a non-employee status, token pay is read only from a plain statement of the pay
    that is the only pay the document states ('Pay: €600 a month' for 37.5 hours a week), never from an allowance,
    a premium or a standby rate beside a wage stated elsewhere."""
    if check is None or not check.token:
        return False
    payers = [u for u in d.units if u.index in check.sources]
    others = [u for u in d.units if u.money and u.has("paid") and u.index not in check.sources and not is_a_cost(u.text)]
    # (a training allowance said to be the pay for the whole period is its only pay: 'A consolidated training allowance
    # of ₹1,500 for the entire eight weeks')
    return bool(payers) and not others and all(
        ((u.p("paid") >= 0.9 or PAY_STATED.match(u.text)) and not SIDE_PAY.search(u.text) or WHOLE_PERIOD_PAY.search(u.text))
        and not EXTRA_PAY.search(u.text) for u in payers)


WHOLE_PERIOD_PAY = lazy_re(r"\b(?:allowance|stipend)\b[^.;]{0,40}?\bfor\s+the\s+(?:entire|whole|full)\s+"
                           r"(?:\w+\s+)?(?:weeks?|months?|period|programme|program|training|internship|placement)\b", re.I)


# A sentence that states the pay: 'Pay is CLP 20,000 for the day', 'Wage: R25 an hour'.
PAY_STATED = lazy_re(r"^\W*(?:the\s+)?(?:pay|wages?|salary|rate\s+of\s+pay|pay\s+rate)\s*(?:[:=]|is\b|will\s+be\b)", re.I)


HEADING_PAY = lazy_re(r"\bpaid\b|\bwages?\b|\bsalary\b|\bstipend\b|\bremunerat\w*|\bhonorarium\b|\bfee\b", re.I)


def fair_pay(d: DocFacts, check: RateCheck | None) -> bool:
    """Pay for the work is stated and, where it can be checked, at or above the minimum wage."""
    if not any(u.has("paid") and not hire_condition(u.text) and (not u.has("contingent_pay") or _wage_plus_extra(u))
               and not (u.money and pays_back(u))
               and not (ROLE_PAY.search(u.text) and d.has("assessment_context"))
               and not (LATER_PAY.search(u.text) and d.has("assessment_context")) and not _later_stage_rate(u)
               and not FUTURE_JOB.search(u.text)  # ('then we talk about the paid crew job, $24/h for the season')
               # (a heading that names a company, 'Savanna Pay — Interview day', states no pay)
               and not (heading_like(u) and not u.money and not HEADING_PAY.search(u.text))
               for u in d.units):
        # pay only for the hired or the winners is no pay for the others (nor is the role's pay band, nor the salary
        # that starts once the person has joined)
        return False
    return check is None or not check.token  # a wage a little under the floor is a wage, not unpaid work


# ------------------------------------------------------------------------------------------------ unpaid_scope


def unpaid_scope(d: DocFacts) -> list[Decision]:
    """Productive work without fair pay: unpaid, token-paid or contingently paid work that is long, real or open-ended."""
    from .readers import EXTRA_TIME, IN_KIND, MAKING, PAID_BACK, STATED_UNPAID, YOU_DO

    assess = d.with_("assessment_context")
    labels = d.with_("non_employee_label")
    check = rate_check(d)
    # (pay far below the floor for the hours stated is token pay in any setting, a job's first months included: 'Three
    # months, 37.5 hours a week ... employed on a fixed-term contract ... Pay: €600 a month')
    staged_token = stage_token_pay(d) if not (check is not None and check.token) else None
    if not (assess or labels or d.has("unpaid", "contingent_pay") or _the_only_pay_is_token(d, check) or staged_token):
        return []
    charity = is_charity(d)
    academic = is_placement(d)
    observing = observes_only(d)  # (a visit in which the person only watches; read once, used by both branches below)
    out: list[Decision] = []
    context = [(f"the document is about a hiring stage: {_q(assess[0])}" if assess
                else "the document is about unpaid or non-employee work" if labels or d.has("unpaid", "contingent_pay")
                else "the document asks for hours of work at a stated pay")]

    # pay for the stage that hangs on being hired or on winning, whether the tagger or the condition parser reads it
    # (a fee for cancelling a paid commission is what the person is owed if the work stops, not pay that hangs on
    # being hired or winning)
    # (the salary of the job on offer, 'if you are hired, you will be paid a base salary of S$8,200 a month', is the
    # job's pay, not pay for a stage of work that hangs on being hired)
    # (a share of the price of each service the person performs is pay by the piece for work done, not pay that may
    # never come: 'The Studio will pay the Stylist 42% of net service revenue for services the Stylist performs')
    contingent = [u for u in d.with_("contingent_pay") if not is_a_cost(u.text) and (u.money or PAY_WORD.search(u.text))
                  and (u.p("contingent_pay") >= 0.9 or CONDITION_WORDS.search(u.text)) and not SERVICE_SHARE.search(u.text)
                  and not owed_anyway(u.text)
                  # (a price for the rights in the work, paid if the person is hired, buys the rights; it is not the
                  # stage's pay: 'Ownership passes to us only if you accept an offer, in which case we pay a SEK 2,000
                  # fee for it')
                  and not (u.has("ip_transfer", "ip_licence") or RIGHTS_MOVE.search(u.text))
                  and not (job_pay(u) and hire_condition(u.text) == "hire" and not STAGE_NOUN.search(u.text)
                           and not PAID_BACK.search(u.text))
                  # (the pay of a later paid stage, beside the words that this part is unpaid: 'no pay for this part, but
                  # if it goes good we book the paid trial day at $25/hr')
                  and not _later_stage_rate(u)]
    staged = stage_pay(d)
    # pay kept back until the whole term is served ('paid as a lump sum on the last day, subject to completing the
    # full six-month term'; 'if it ends early for any reason, no allowance is payable') is pay for nothing to anyone
    # who leaves or is let go early
    # (a fair rate does not answer it: 'at $34 per hour ... If you do not complete all three days, you forfeit pay for
    # the entire trial')
    forfeit = [u for u in d.units if (u.money or PAY_WORD.search(u.text)) and u.has("paid") and u not in contingent
               and not is_a_cost(u.text)
               and any(COMPLETION_PAY.search(x.text) for x in d.units[u.index:u.index + 3])
               and not EXTRA_PAY.search(u.text)]
    contingent += forfeit
    contingent += [u for u in d.units if u.money and u not in contingent and u.has("paid") and not is_a_cost(u.text)
                   and (hire_condition(u.text) == "win" or (u in staged and hire_condition(u.text) and not job_pay(u)
                                                              and not FUTURE_JOB.search(u.text)))
                   and not EXTRA_PAY.search(u.text)]
    # Commission or a bonus on top of a fair wage is not unpaid work; pay that hangs on being hired or on winning is,
    # for anyone who is not hired or does not win.
    firm = rate_check(d, unconditional=True)
    # commission, a bonus or an incentive on top of a fixed pay (a retainer, a wage) is an extra, unless it is the
    # hire or the win it hangs on
    # (so is a commission beside other pay stated for the work itself, in money or as a share of what the work brings
    # in: 'Salon shall pay Stylist 45% of net service revenue' and 'retail sales earn a 10% commission')
    # (not the prices customers pay, nor the wage of the job that follows: 'Successful participants will be offered a
    # Seafarer Employment Agreement ... at a basic wage of €1,650 a month')
    paid_otherwise = [x for x in d.units if x.p("paid") >= 0.9 and not x.has("contingent_pay") and not hire_condition(x.text)
                      and (x.money or SHARE_OF_REVENUE.search(x.text)) and not PRICES.search(x.text)
                      and not FUTURE_JOB.search(x.text)]
    contingent = [u for u in contingent if not ((firm is not None or _wage_plus_extra(u) or any(x is not u for x in paid_otherwise))
                                                and EXTRA_PAY.search(u.text) and not hire_condition(u.text))]
    employed = states_employee(d)
    # In an employment offer a bonus or equity is an extra on top of the wage, not the pay for a stage of work.
    # (unless the hours worked themselves are paid only on an outcome: 'ONB hours are held over and paid after you pass
    # your probation review')
    stage = not (employed and not assess) or any(u.has("contingent_pay") and STAGE_NOUN.search(u.text)
                                                 and not EXTRA_PAY.search(u.text) for u in contingent)
    # (pay that hangs on an outcome is pay for a stage of work only where work is asked: a hiring stage, a
    # non-employee's work or work of stated length; an award scheme in a handbook is not)
    # (nor is an open bounty for anyone who chooses whether, when and how to take part, with nothing assigned and no
    # hiring stage: 'You choose whether, when and how to test; there are no quotas, deadlines or assigned targets')
    # (but a deliverable the person must hand over is asked: 'The Consultant will deliver the pilot within three weeks')
    free = (any(u.p("independence") >= WORK_SURE for u in d.units) and not d.has("control")
            and not any(MUST_DELIVER.search(u.text) for u in d.units))
    asks = bool(assess or (labels and not free) or d.has("effort")
                or any(_strong(u, "real_work_output") for u in d.with_("real_work_output")))
    # (prizes for the best entries of a short made-up exercise pay nothing anyone was owed: 'a two-hour evening sprint
    # ... around a fictional problem statement ... The top three teams win book vouchers')
    # (nor do prizes in an open ideas competition on a made-up site whose entrants keep their rights)
    # (the hours of the prize itself, 'a paid six-month internship' for the winners, are not the entry's)
    entry_hours = max((e.high for u in d.with_("effort") if not u.has("paid", "employee_status", "contingent_pay")
                       for e in u.effort if e.high and e.per is None), default=0.0)
    short_exercise = (d.has("synthetic_task") and (0 < entry_hours <= SHORT_TEST_HOURS
                                                   or (entry_hours == 0 and d.has("keeps_rights")))
                      and not any(_strong(u, "real_work_output") for u in d.with_("real_work_output"))
                      and all(hire_condition(u.text) == "win" or WINS.search(u.text) for u in contingent if u.money))
    if (contingent and stage and asks and not charity and not (firm is not None and firm.below is False and not forfeit)
            and not short_exercise):
        u = contingent[0]
        out.append(Decision("unpaid.contingent_pay", "unpaid_scope", _dedupe([u] + d.near(u, "effort", "real_work_output")),
                            tuple(context + [f"pay depends on an outcome (hire, winning, later salary): {_q(u)}",
                                             "-> unpaid_scope (contingent pay)"]),
                            _conf(u, facts=("contingent_pay",)), check))

    if check is not None and check.token and d.has("paid") and not charity and not academic:
        payers = [u for u in d.units if u.index in check.sources]
        effort_units = [u for u in d.with_("effort") if u.effort]
        ev = _dedupe(payers[:1] + effort_units[:1])
        out.append(Decision("unpaid.token_pay", "unpaid_scope", ev,
                            tuple(context + [f"pay stated: {_q(payers[0])}" if payers else "pay stated",
                                             f"work asked: {effort_units[0].effort[0].describe()}" if effort_units and effort_units[0].effort else "work asked",
                                             check.describe(), "-> unpaid_scope (token pay)"]),
                            0.85, check))

    # a named stage paid its own lump sum far below the floor for its own hours, beside a fair wage for the rest of
    # the work: 'Orientation Week runs Monday through Wednesday, approximately 8:30 a.m. to 4:30 p.m.' and 'a one-time
    # Orientation Stipend of $75.00'
    if staged_token is not None and not charity and not academic:
        (payer, hours_unit), stage_check = staged_token
        out.append(Decision("unpaid.token_pay", "unpaid_scope", _dedupe([payer, hours_unit]),
                            tuple(context + [f"the stage is paid apart from the rest of the work: {_q(payer)}",
                                             f"its hours: {_q(hours_unit)}", stage_check.describe(),
                                             "-> unpaid_scope (token pay)"]),
                            0.8, stage_check))

    unpaid = [u for u in unpaid_statements(d) if u.p("unpaid") >= LABEL_SURE and not _fair_rate_sentence(u, check)]
    # Pay at or above the minimum for the work outweighs a stray mention of unpaid time (a lunch break, "we never
    # expect unpaid hours"); only a sure statement that a part of the work is unpaid still counts.
    # (a fair wage paid only once hired is the later job's, and outweighs nothing: 'a two-hour unpaid skills check ...
    # If we move forward after the check, your probation is paid at $34.00 per hour')
    later_only = check is not None and bool(check.sources) and all(
        hire_condition(d.units[i].text) == "hire" or LATER_PAY.search(d.units[i].text) or FUTURE_JOB.search(d.units[i].text)
        or _later_stage_rate(d.units[i]) for i in check.sources)
    if check is not None and check.below is False and not later_only:
        # (unless the pay beside the statement is the later job's: 'Tryout month is unpaid, then we move you onto
        # payroll at $16.50/hr if it's a good fit')
        unpaid = [u for u in unpaid if (u.p("unpaid") >= 0.9 and not u.has("paid"))
                  or (STATED_UNPAID.search(u.text) and (FUTURE_JOB.search(u.text) or LATER_PAY.search(u.text)))]
    # a business's 'volunteers' are unpaid by the word itself, unless the document pays them (the status test reads
    # the same: a volunteer gives time to a cause, not to a company's trade)
    volunteers = [u for u in labels if u.p("non_employee_label") >= LABEL_SURE
                  and _status_kind(u.text) == "status.for_profit_volunteer" and "volunteer" in u.text.lower()]
    # (the trade's own pay is not the volunteers': 'It's for the paid weddings I shoot through my business')
    for_profit_volunteers = bool(volunteers) and not charity and not any(
        u.has("paid") and not SERVES_TRADE.search(u.text) for u in d.units) and not d.has("employee_status") and (
        is_business(d) or d.has("real_work_output", "core_work"))
    if not unpaid and for_profit_volunteers:
        unpaid = volunteers[:1]
    if unpaid and not charity and not academic and not fair_pay_only(d, unpaid, check):
        u = unpaid[0]
        hours = effort_hours(d, u, unpaid_only=True)
        # (a title states nothing: 'TRIAL NOTE - Cupping Assistant take-home' is no core work)
        real, core, work = ([x for x in d.with_("real_work_output") if not heading_like(x)],
                            [x for x in d.with_("core_work") if not heading_like(x)], d.with_("control", "effort"))
        # (not where the unpaid sentence says the pay begins later: 'Shadow shifts ... are unpaid; your paid employment
        # begins on your first rostered shift')
        stage_paid = _pays_the_stage(d, check) and not PAY_BEGINS_LATER.search(u.text)
        if stage_paid:
            # where the work is paid at a fair rate, what is unpaid is the part the unpaid sentence speaks of: its
            # length and its work are read beside it ('no compensation for the interviews' does not make the paid
            # work day unpaid)
            local = d.units[max(0, u.index - 1):u.index + 2]
            # (not the paid work named beside it: 'that's a paid two-day project at KRW 400,000 per day')
            hours = max((e.high for x in local if x.has("effort") and (x is u or not PAID_WORK.search(x.text))
                         for e in x.effort if e.high and e.per is None and not _in_paid_work(x.text, e)), default=0.0)
            real, core, work = ([x for x in local if x.has(*facts)]
                                for facts in (("real_work_output",), ("core_work",), ("control", "effort")))
            # (time asked outside the paid hours and left unpaid is work asked, whatever the tagger read of the tasks:
            # 'Before the first patient please arrive at 8 am to set up ... Set-up and notes time isn't paid')
            if not work and EXTRA_TIME.search(u.text):
                work = [u]
        # (a company that may use the unpaid work, 'The logo you design in this unpaid test may be used by the company',
        # 'a perpetual, worldwide, royalty-free commercial licence to the work', keeps a deliverable: the exception
        # for a short exercise is for work it will not use)
        used = [x for x in d.units if uses_the_work(d, x)][:1] if assess else []
        # (and so does a licence it takes to put the work to use in its business, 'You allow us to use it in our
        # advertising and online courses, forever', though a bare transfer with no use named is the IP test's alone)
        used = used or ([x for x in d.units if puts_work_to_use(d, x)][:1] if assess else [])
        taken = stage_work_taken(d) if assess and not used else None
        if taken is not None:
            # (a transfer that names the use, 'If we decide to put your recette on the menu, there's no extra payment;
            # the recipe simply becomes the bakery's', is a use too)
            used = [x for x in taken.units if not x.has("evaluation_only") and (own_use(x.text) or (
                x.has("ip_licence") and (USE_OF_WORK.search(x.text) or ANY_PURPOSE.search(x.text)
                                         or LICENSED_USE.search(x.text))))][:1]
        # (nor is a use of what was said in an interview, or of work the person already had: 'All ideas and suggestions
        # you share are assigned to the Company, which may use them freely', 'Submitting your reel gives Northshore a
        # perpetual, irrevocable right to use any part of it': no work is asked for them, which is the IP test's question)
        used = [x for x in used if not NOT_ASKED.search(x.text)]
        # (what may happen to the work once the person is hired is not what the unpaid stage yields: 'If you're hired
        # and we later want it on the menu, we'll agree a fee with you first')
        real = [x for x in real if hire_condition(x.text) != "hire"]
        # (a visit to observe is no work, except what the person is told to do in it: 'You will observe and talk with
        # the joiners; you will not carry out any work', 'sit beside an agent with a listen-only headset and observe calls')
        # (a sentence that also puts the person to work is no visit: 'you will help with washing and dressing residents ...
        # and you will observe the evening medication round')
        if observing:
            real, core = ([x for x in xs if YOU_DO.search(x.text) and MAKING.search(x.text) and not OBSERVE_ONLY.search(x.text)]
                          for xs in (real, core))
        # (nor is work the company pays for at a rate of its own: 'should we ask you to colour extra pages of our
        # current series after Part 1, we pay ₩20,000 per hour for that work')
        # (nor work whose pay the next sentence states: 'we may ask you to stay on and assist our engineer on the afternoon
        # client session. should that happen, you're on the clock at $25/hr')
        # (nor a later use the company buys apart: 'If any line later works for a real cliente, we buy it from you at
        # freelance rates (ARS 250.000 per line) under a separate acuerdo')
        real = [x for x in real if not (x.money and x.has("paid") and not x.has("unpaid", "contingent_pay"))
                and not _paid_next(d, x) and not BOUGHT_APART.search(x.text)]
        # ('The memo serves only to assess your drafting and will not be used in any client matter'; 'Priya will taste it
        # with the family; it won't be served to guests on the day')
        if output_denied(d) or any(WORK_NOT_USED.search(x.text) for x in d.units):
            real, core = [x for x in real if live_work(x)], [x for x in core if live_work(x)]
        no_work = observing and not real and not core  # (a visit in which the person does no work)
        open_ended = [x for x in d.with_("open_ended") if len(x.text.split()) >= MIN_STATEMENT_WORDS and not heading_like(x)]
        synthetic = d.has("synthetic_task")
        reasons, kind, extra = [], None, []
        # (a made-up exercise outweighs a doubtful reading of real work only where it is read at least as surely:
        # 'Partial tests will not be assessed' is no answer to 'a 6,200-word policy wording from one of our
        # insurance clients')
        # (a signature line or title is no exercise, whatever the tagger read: '— Sofía, encargada, Panadería Santa Fe')
        synthetic_p = max((x.p("synthetic_task") for x in d.with_("synthetic_task") if not heading_like(x)), default=0.0)
        if real and not (synthetic and not _strong(real[0], "real_work_output") and synthetic_p >= real[0].p("real_work_output")):
            kind, extra = "unpaid.real_work", real[:1]
            reasons.append(f"the work is real business output: {_q(real[0])}")
        elif core and not (synthetic and synthetic_p >= core[0].p("core_work") and not _strong(core[0], "core_work")):
            kind, extra = "unpaid.real_work", core[:1]
            reasons.append(f"the person does the business's own work: {_q(core[0])}")
        elif used:
            kind, extra = "unpaid.real_work", used[:1]
            reasons.append(f"the company may use the work in its business: {_q(used[0])}")
        # (a day made of interviews and a short case is an interview day, not hours of work: 'The Assessment Day ...
        # comprises a group discussion, a 60-minute case study and two individual interviews with Partners')
        # (nor is a day the document itself names an assessment centre, whose programme of an overview, a short case, a
        # group discussion and interviews gives its hours, within a day: 'Please read these instructions before the Assessment
        # Centre')
        interview_day = not kind and (any(INTERVIEW_DAY.search(x.text) for x in d.with_("effort") if x.effort)
                                      or (hours <= HOURS_PER_DAY and any(ASSESSMENT_CENTRE.search(x.text) for x in d.units)))
        # (nor is the length of a visit in which the person does no work: 'you will not do any work for the company')
        if hours > SHORT_TEST_HOURS and not interview_day and not no_work:
            kind = kind or "unpaid.no_pay"
            reasons.append(f"it asks for about {hours:.0f} hours, more than a short test (about {SHORT_TEST_HOURS:g} hours)")
            extra += d.near(u, "effort", window=3)[:1] or d.with_("effort")[:1]
        if open_ended and not no_work:
            kind = kind or "unpaid.open_ended"
            reasons.append(f"the length or scope is open-ended: {_q(open_ended[0])}")
            extra += open_ended[:1]
        local_hours = hours
        if stage_paid:
            hours = hours or effort_hours(d, u)  # (the length of the unpaid part, read anywhere, still bounds it)
        # (unpaid tasks beside a paid stage with no length of their own: 'come in at 11am for opening tasks ... and stay
        # after close ... That extra time is off the clock')
        if (kind is None and assess and work and (hours == 0 or (stage_paid and local_hours == 0)) and not synthetic
                and not observing):
            # shifts or mornings of work whose length is not stated in hours: nothing limits it to a short test
            kind = "unpaid.no_pay"
            reasons.append(f"it asks for a stint of work that is not limited to a short test: {_q(work[0])}")
            extra += work[:1]
        trade = [x for x in d.units if FOR_PROFIT.search(x.text) or SERVES_TRADE.search(x.text)]
        if kind is None and for_profit_volunteers and trade:
            kind = "unpaid.real_work"
            reasons.append(f"the volunteers give their time to a business's paid trade: {_q(trade[0])}")
            extra += trade[:1]
        # (a short made-up qualification task before a contract is a short test, whoever takes it: 'an unpaid
        # qualification task of at most two hours ... a practice set of 200 invented track titles')
        if kind is None and labels and not assess and (d.has("control") or d.has("effort")) and not (
                synthetic and 0 < hours <= SHORT_TEST_HOURS):
            kind = "unpaid.no_pay"
            reasons.append(f"unpaid work in a non-employee role under the company's direction: {_q(labels[0])}")
            extra += d.with_("control")[:1]
        if kind is not None:
            out.append(Decision(kind, "unpaid_scope", _dedupe([u] + extra),
                                tuple(context + [(f"the person is called a volunteer and nothing pays them: {_q(u)}"
                                                  if u in volunteers and not u.has("unpaid") else
                                                  f"the only pay is in goods, not money: {_q(u)}" if IN_KIND.search(u.text) else
                                                  f"the work is stated to be unpaid: {_q(u)}")] + reasons
                                      + [f"-> unpaid_scope ({kind.split('.')[1].replace('_', ' ')})"]),
                                _conf(u, facts=("unpaid",)), check))
    # (what the company may do with the work once it has the rights is the IP test's question: a sentence about rights
    # is no evidence that the work asked is itself real business output)
    # (nor, with no statement that the work is unpaid, is a doubtful reading of it)
    real = [u for u in d.with_("real_work_output") if u.p("real_work_output") >= WORK_SURE and not u.has(*RIGHTS_FACTS)]
    if output_denied(d):  # 'we only use your drafts to evaluate you; nothing will be posted' outweighs the topic
        real = [u for u in real if live_work(u)]
    synthetic = d.has("synthetic_task") and not any(u.p("real_work_output") >= 0.8 for u in real)
    asks_work = d.has("effort") or any(u.has("control") for u in assess)
    # (a probation is the first period of a job, paid as the job is: 'start with a three-month probation')
    employment = d.has("employee_status") or any(PROBATION.search(u.text) for u in assess)
    if (not out and assess and asks_work and not charity and not academic and not fair_pay(d, check) and not contingent
            and not employment
            and not any(u.p("unpaid") >= LABEL_SURE for u in d.with_("unpaid"))
            and not any(u.has("paid") and SERVICE_SHARE.search(u.text) for u in d.units)  # (pay by the service is pay)
            and not (synthetic and stage_hours(d) <= SHORT_TEST_HOURS)  # (a long made-up exercise is long work)
            # (but a day of interviews and made-up exercises is an interview day: 'a half-day assessment centre ... a
            # fictional client')
            and not (synthetic and any(INTERVIEW_DAY.search(x.text) for x in d.units))
            # (nor a visit to watch in which the person does no work: 'Candidate only looks at QC work and listens to
            # explanation; candidate does not do work')
            and not (observing and not any(YOU_DO.search(x.text) and MAKING.search(x.text) and not OBSERVE_ONLY.search(x.text)
                                                  for x in d.with_("real_work_output", "core_work")))):
        hours = effort_hours(d)
        # (nor is a sentence about rights, unless it lets the company put the work to use in its business: 'We might
        # use your schedule for a real route day if it's good')
        # (a transfer of what is said in an interview, 'All ideas expressed by candidates during the discussion become
        # the property of the Company', is the IP test's question, not work asked)
        real = real or [u for u in d.units if u.has("real_work_output") and u.has("ip_licence") and not u.has("ip_transfer")
                        and uses_the_work(d, u) and not NOT_ASKED.search(u.text)][:1]
        # (with no word that the stage is unpaid, a schedule of about three hours, '09:00 - 12:15', is a short one)
        if real or hours > SHORT_TEST_HOURS + ABOUT:
            ev = (real or d.with_("effort"))[:1]
            why = (f"the work is real business output: {_q(real[0])}" if real
                   else f"it asks for about {hours:.0f} hours, more than a short test")
            out.append(Decision("unpaid.real_work" if real else "unpaid.no_pay", "unpaid_scope", _dedupe(ev + assess[:1]),
                                tuple(context + [why, "no pay is offered for it anywhere in the document",
                                                 "-> unpaid_scope (no pay offered)"]), 0.6, check))
    return _one_per_kind(out)


# The company may use the work: 'may be used by the company', 'We may use your submission for any purpose', 'kept and
# may be used in our work'.
USE_OF_WORK = lazy_re(r"(?<!\byou\s)(?<!\bcandidates\s)(?<!\bcandidate\s)\b(?:may|might|can|could|will|shall|(?:is|are|['’]re)\s+(?:still\s+)?free\s+to|"
                      r"reserves?\s+the\s+right\s+to)\s+"
                      r"(?:also\s+)?(?:be\s+)?(?:(?!not\b|never\b)\w+\s+){0,2}?"
                      r"(?:use|used|reuse|reused|re-use|publish|published|ship|shipped|incorporate|incorporated|exploit|exploited|"
                      r"sell|sold|run|adapt|adapted|put|feature|featured|serve|served|print|printed|post|posted|add|added)\b|"
                      # 'If we would like to use your program in the clinic, we may do so without further payment to you'
                      r"\buse\b[^.;]{0,80}?\b(?:may|can|will|shall)\s+do\s+so\b", re.I)


# The French verbs of putting a work to use ('le droit de le réaliser et de le vendre').
FRENCH_USE = r"(?:utiliser|réaliser|vendre|publier|reproduire|exploiter|imprimer|diffuser)"
# A licence whose stated purpose is the business's own use: 'a perpetual, royalty-free right to deploy the rules in our
# commercial monitoring service for clients'.
LICENSED_USE = lazy_re(r"\bright\s+to\s+(?:use|deploy|publish|sell|print|run|ship|incorporate|exploit|reproduce|broadcast|air|"
                       r"serve|feature)\b[^.;]{0,60}?\b(?:commercial\w*|clients?|customers?|products?|services?|campaigns?|"
                       r"marketing|advertising|menus?|shops?|stores?|websites?)\b|"
                       # 'le droit de le réaliser et de le vendre en boutique'
                       r"\bdroit\s+d(?:e\s+|['’])(?:le\s+|la\s+|les\s+|l['’])?" + FRENCH_USE + r"\b[^.;]{0,60}?\b(?:boutique|clients?|"
                       r"vente|vendre|commerc\w*|site|menu|carte|magasin)\b", re.I)


# The company may put the candidate's own work to use: 'may adopt your checklist for use by our crews', 'Your idea could
# go on our menu', 'Your programme might be run at the hotel'.
_WORK_NOUN = (r"(?:ideas?|programmes?|programs?|checklists?|designs?|recipes?|dish(?:es)?|code|work|submission|answers?|copy|"
              r"text|photos?|videos?|drawings?|pieces?|translations?|decks?|"
              r"proposals?|concepts?|scripts?|tracks?|mix(?:es)?|playlists?|sketch(?:es)?|layouts?|logos?|slogans?|"
              r"write-?ups?|notes|essays?|articles?|solutions?|protocols?|lesson\s+plans?|lessons?|samples?|footage|"
              r"images?|illustrations?|strategy|campaign|drafts?|rules?|reports?|analys[ie]s|models?|dashboards?|queries|"
              r"plans?|templates?|precedents?|posters?|flyers?|artwork|graphics?|banners?|bids?|estimates?|takeoffs?)")
YOUR_WORK_USED = lazy_re(r"\b(?:your|the\s+candidate['’]s)\s+(?:[\w-]+\s+){0,2}?" + _WORK_NOUN + r"\s+(?:[^.;]{0,30}?\s)?"
                         r"(?:may|might|could|can|will)\s+(?:also\s+)?(?:well\s+)?(?:be\s+)?(?:used|run|served|published|shipped|"
                         r"sold|featured|printed|posted|added|adopted|go\s+(?:on|in|into|live))\b|"
                         r"(?<!\byou\s)(?<!\bYou\s)\b(?:may|might|could|can|will|reserves?\s+the\s+right\s+to)\s+(?:also\s+)?"
                         r"(?:adopt|use|run|serve|publish|ship|sell|feature|print|post|put)\s+(?:(?:or|and)\s+(?:adopt|use|run|serve|publish|ship|"
                         r"sell|feature|print|post|put)\s+)?(?:your|the\s+candidate['’]s)\s+(?:[\w-]+\s+){0,2}?" + _WORK_NOUN + r"\b|"
                         # 'The company reserves the right to publish the text in its real client newsletter'
                         r"\breserves?\s+the\s+right\s+to\s+(?:adopt|use|run|serve|publish|ship|sell|feature|print|post|reuse)\s+(?:the|this|that|"
                         r"any)\s+(?:[\w-]+\s+){0,2}?" + _WORK_NOUN + r"\b|"
                         # a permission in plain words: "you're giving us the OK to print it and hand it to all our crews"
                         r"\b(?:give|gives|giving|grant|grants|granting)\s+us\s+(?:the\s+)?(?:ok|okay|go-?ahead|green\s+light|permission|"
                         r"right|licen[cs]e)\s+to\s+(?:print|use|publish|sell|post|run|share|deploy|distribute|reuse|hand\s+out|adopt|"
                         r"serve|air|make)\s+(?:it|them|your)\b|"
                         # kept, then put to use: 'We will retain your write-up permanently and may add it to our field
                         # troubleshooting manual', 'We will keep it and may give it to our therapists'
                         r"\b(?:keeps?|retains?|stores?|hang\s+on(?:\s+to|to)|hold\s+on(?:\s+to|to))\s+(?:your\s+(?:[\w-]+\s+){0,2}?" + _WORK_NOUN + r"|it|them|the\s+(?:[\w-]+\s+)?"
                         + _WORK_NOUN + r")\b[^.;]{0,60}?\b(?:may|might|could|can|will)\s+(?:also\s+)?(?:add|use|give|show|put|include|"
                         r"publish|share|reuse|run|sell)\s+(?:it|them)\b|"
                         # 'we can print it on our bottles and sell it in the boutique, no fee'
                         # ('We'll hang onto them and may use them on our online menu')
                         r"(?<!\byou\s)\b(?:we|the\s+(?:company|studio|farm|school|hotel|spa|firm|agency))\b(?:['’]ll|[^.;]{0,40}?)\s*\b"
                         r"(?:may|might|could|can|will)\s+(?:also\s+)?(?:print|sell|publish|use|reuse|serve|run|post|feature|ship)\s+"
                         r"(?:(?:bits|parts|some|pieces|elements|lines)\s+of\s+)?(?:it|them)\s+(?:on|in|at|with|to)\s+(?:our|its|the)\b|"
                         # 'we'll just use them, no extra pay'
                         r"\bwe(?:['’]ll|\s+will|\s+may|\s+can)?\s+(?:just\s+|simply\s+)?use\s+(?:it|them)\b[^.;]{0,30}?\bno\s+(?:extra\s+|"
                         r"further\s+|additional\s+)?(?:pay|payment|fee)\b|"
                         # kept where the company works from it: "we're keeping your recipe card in our production binder"
                         r"\b(?:keep|keeping|retain|retaining|add|adding|file|filing|put|putting|store|storing)\s+your\s+(?:[\w-]+\s+){0,2}?"
                         + _WORK_NOUN + r"(?:\s+cards?)?\s+(?:in|into|to)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:production|recipe|precedent|analytics|template|"
                         r"design|code|content|asset|knowledge|training|menu)\s+(?:binder|library|bank|base|database|catalogue|repository|"
                         r"folder|collection|book|files)\b|"
                         # in Spanish: 'Lo que escribas puede usarse en campañas de clientes'
                         r"\blo\s+que\s+(?:escribas|hagas|dise[ñn]es|entregues|produzcas|crees)\s+(?:puede|podr[aá]|podemos|podr[ií]amos)\s+"
                         r"(?:usar(?:se|lo)?|publicar(?:se|lo)?|utilizar(?:se|lo)?)\b|"
                         # the candidate named after the work, as translations put it: 'Company can use the checklist of
                         # candidate in production'
                         r"\b(?:may|might|can|could|will)\s+(?:also\s+)?(?:use|adopt|publish|run|sell)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                         + _WORK_NOUN + r"\s+(?:of|from|by)\s+(?:the\s+)?(?:candidates?|applicants?)\b|"
                         # 'Transcripts are retained by Kola Data, which may reuse them in its training datasets'
                         r"\b(?:are|is)\s+(?:kept|retained|stored)\s+by\b[^.;]{0,40}?\b(?:may|might|could|can|will)\s+(?:also\s+)?(?:add|"
                         r"use|reuse|publish|share|sell|include)\s+(?:it|them)\b|"
                         # what the person makes, named by the making: 'The JSA you draft may be adopted for use on our
                         # client sites'; good pieces put to use: 'good rules will be deployed to that customer's SOC'
                         r"\b(?:the|any|each)\s+(?:[\w-]+\s+){0,2}?you\s+(?:draft|write|design|make|create|build|submit|produce|"
                         r"prepare|develop|record|shoot|translate|code|take)\s+(?:[^.;]{0,30}?\s)?(?:may|might|could|can|will)\s+(?:also\s+)?"
                         r"(?:well\s+)?(?:be\s+)?(?:used|adopted|deployed|run|published|shipped|sold|featured|printed|posted|added|merged|"
                         r"released|go\s+(?:on|in|into))\b|"
                         r"\b(?:good|strong|the\s+best|usable|successful|accepted)\s+(?:[\w-]+\s+)?" + _WORK_NOUN + r"\s+(?:may|might|could|"
                         r"can|will)\s+(?:also\s+)?(?:be\s+)?(?:used|adopted|deployed|run|published|shipped|sold|merged|released|"
                         r"incorporated)\b|"
                         # kept to be reused: 'Your draft will be kept in the firm's precedent bank for associates to adapt'
                         r"\b(?:your|the\s+candidate['’]s)\s+(?:[\w-]+\s+){0,2}?" + _WORK_NOUN + r"\s+(?:(?:will|may|might|could|can)\s+"
                         r"(?:also\s+)?be|is|are)\s+(?:kept|stored|retained|filed|saved)\s+(?:in|on|with)\b[^.;]{0,60}?\bto\s+(?:adapt|use|"
                         r"reuse|re-use|draw\s+on|build\s+on)\b|"
                         # handed to a client as the company's own: 'which the supervising partner will review and send to the
                         # client as the firm's work'
                         r"\b(?:send|deliver|give|submit|hand|pass|present)\w*\s+(?:it\s+|them\s+)?to\s+(?:the|our|its|a)\s+(?:[\w-]+\s+)?"
                         r"clients?\s+as\s+(?:the\s+(?:firm|company|studio|agency)['’]s|our|its)\s+(?:own\s+)?work\b", re.I)


# A visit to watch, not to work: 'You will observe and talk with the joiners; you will not carry out any work', 'sit
# beside an agent with a listen-only headset and observe calls'.
OBSERVE_ONLY = lazy_re(r"\byou(?:\s+will|['’]ll)\s+(?:only\s+)?(?:observe|watch)\b|"
                       # 'You observe the crew and ask questions; you do not perform any work', 'You'll just tag along and
                       # watch the crew, no work for you', 'Candidate only looks at QC work', 'You will sit in on meetings'
                       # (not 'you watch how pickups work' on an open-ended ride-along: the words must say only or just)
                       r"\b(?:you|candidates?|the\s+candidate)\s+(?:will\s+|['’]ll\s+)?(?:only|just)\s+(?:observe|observes|watch|watches|"
                       r"looks?\s+at|tag\s+along|sit\s+in\s+on|sits\s+in\s+on)\b|"
                       r"\byou\s+(?:will\s+)?do\s+no\s+work\b|"  # 'you observe a team stand-up and a tool demo; you do no work for us'
                       r"\b(?:you|candidates?|the\s+candidate)\s+(?:do|does|will|shall)\s*(?:not|n['’]t)\s+(?:be\s+asked\s+to\s+)?"
                       r"(?:do|perform|carry\s+out|undertake)\s+(?:any\s+)?work\b|\bno\s+work\s+for\s+(?:you|u|candidates?)\b|\bobservation\s+only\b|\byou\s+(?:will\s+not|won['’]t)\s+(?:carry\s+out|do|perform|"
                       r"handle|take\s+on)\s+any\s+(?:work|tasks?|jobs?|calls?|treatments?)\b|\blisten-only\b|\band\s+observe\s+"
                       r"(?:calls|the\s+team|our\s+team|how)\b", re.I)


# A permission to go on with something, not an exclusion from the transfer: 'You may continue open-source contributions
# that do not use Company code'.
MAY_CONTINUE = lazy_re(r"^\W*(?:you|the\s+(?:employee|contractor|consultant))\s+(?:may|can|are\s+free\s+to)\s+(?:continue|keep\s+"
                       r"(?:on|up)|carry\s+on)\b", re.I)


def observes_only(d: DocFacts) -> bool:
    """A sentence says the person only watches ('You observe the crew and ask questions; you do not perform any work'),
    and it puts them to no work itself."""
    return any(OBSERVE_ONLY.search(x.text) and max(x.p("real_work_output"), x.p("core_work")) < WORK_SURE
               and not HELPS_WITH.search(x.text) for x in d.units)


HELPS_WITH = lazy_re(r"\b(?:help|helps|helping)\s+(?:out\s+)?with\b|\bpick(?:ing)?\s+(?:live\s+)?(?:customer\s+)?orders\b|"
                     r"\bspend\s+the\s+rest\s+of\s+the\s+(?:shift|day)\b", re.I)


# A use to judge the person, not to put the work to use: 'We will use your answers to decide whether to invite you'.
EVAL_PURPOSE = lazy_re(r"\bto\s+(?:decide|assess|evaluate|judge|score|grade|see\s+how|understand\s+how|check|compare)\b|"
                       r"\bfor\s+(?:the|your|this|our)\s+(?:assessment|evaluation|interview|selection|application|review)\b", re.I)


def puts_work_to_use(d: DocFacts, u: Unit) -> bool:
    """The sentence says, in plain words, that the company may put the candidate's own stage work to use in its
    business, whatever happens to the person, and nothing in the document denies it."""
    return bool(YOUR_WORK_USED.search(u.text)) and hire_condition(u.text) != "hire" and not (
        (u.has("evaluation_only", "keeps_rights") and not COMPANY_KEEPS.search(u.text))
        or PERSON_MAY_USE.search(u.text) or EVAL_PURPOSE.search(u.text)
        or output_denied(d) or any(WORK_NOT_USED.search(x.text) for x in d.units))


# The company is the one that keeps the work, not the person: 'your submission is kept in our analytics library',
# "we're hanging on to it".
COMPANY_KEEPS = lazy_re(r"\b(?:is|are|will\s+be)\s+(?:kept|retained|stored)\s+(?:in|on|by|with)\s+(?:our|the\s+(?:company|firm|studio|"
                        r"agency))\b|\bwe(?:['’]re|\s+are|\s+will|['’]ll)?\s+(?:keeping|keep|retain\w*|hang\w*\s+on(?:\s+to|to)|"
                        r"hold\w*\s+on(?:\s+to|to))\b", re.I)


# The company says it will not use the work: '(a synthetic task we will not use)', 'we won't publish it'.
WONT_USE = lazy_re(r"\b(?:we|the\s+(?:company|studio|agency|firm|client))\s+(?:will|shall|do|does|would)\s*(?:not|n['’]t)\s+(?:ever\s+)?"
                   r"(?:use|publish|ship|run|sell|exploit|reuse|re-use)\b|\bwon['’]t\s+(?:ever\s+)?(?:be\s+)?(?:use|used|publish|"
                   r"published)\b|\b(?:is|are|will\s+be)\s+(?:never|not)\s+(?:be\s+)?(?:used|published|shipped)\b", re.I)


def uses_the_work(d: DocFacts, u: Unit) -> bool:
    """The sentence lets the company use the candidate's stage work in its business, by a licence beyond evaluation or
    in words, and nothing in the document says the work is only evaluated and not used."""
    if u.has("evaluation_only") or hire_condition(u.text) == "hire" or output_denied(d) or any(
            WONT_USE.search(x.text) for x in d.units):
        return False
    # (a use granted over what someone not hired made is a use of the stage's work: 'If you are not hired, the company
    # may still use the deck')
    about_work = u.has("scope_submission") or bool(d.near(u, "scope_submission", window=1)) or (
        u.has("regardless_of_hire") and d.has("assessment_context"))
    m = USE_OF_WORK.search(u.text)
    granted = (u.has("ip_licence") and (_broad(u) or bool(m))) or bool(m and about_work and u.has("ip_licence", "ip_transfer"))
    return about_work and granted and not (m and denied_past_condition(u.text, m.start()))


PROBATION = lazy_re(r"\bprobation\w*", re.I)


def output_denied(d: DocFacts) -> bool:
    """The document says the work is only evaluated and not used ('we only use your drafts to evaluate you; nothing
    will be posted'): a topic that sounds like the business's own work ('for our spring range') is then an exercise."""
    from .readers import NEGATED_WORK, PRACTICE

    return any(u.p("evaluation_only") >= 0.9 and (NEGATED_WORK.search(u.text) or PRACTICE.search(u.text)) for u in d.units)


# The work asked is plainly not used: 'Priya will taste it with the family; it won't be served to guests on the day'.
# ('Defect reports are never entered into the development team's bug tracker'; 'The migrated records are in no case
# loaded into a client's production database')
WORK_NOT_USED = lazy_re(r"\b(?:it|they|these|those|nothing|none\s+of\s+it|(?:your|the)\s+(?:dish|dishes|work|piece|pieces|designs?|code|"
                        r"copy|drafts?|submission|edits|photos?|(?:defect\s+|bug\s+|test\s+)?reports?|(?:migrated\s+)?records|results|"
                        r"findings|answers|outputs?|translations?|recipes?|cakes?|gâteaux?)|(?:defect|bug|test)\s+reports)\s+(?:will\s+not|won['’]t|"
                        r"isn['’]t|is\s+not|aren['’]t|are\s+not|will\s+never|(?:is|are|will\s+be)\s+(?:never|in\s+no\s+case))\s+"
                        r"(?:be\s+)?(?:served|used|published|shipped|sold|sent|shown|run|printed|released|posted|aired|entered|loaded|"
                        r"logged|imported|filed|merged|deployed|added|go\s+(?:into|onto|on|in|to))\b|"
                        # 'Nothing goes into the vitrine, nothing is sold'
                        r"\bnothing\s+(?:goes|will\s+go|gets|is|will\s+be)\s+(?:into|onto|on\s+(?:the|our)|in\s+(?:the|our)|"
                        r"sold|served|used|published|shipped|posted|printed|released)\b|"
                        # the company, by any name, will not put it to use: 'Bayou Ridge will not adopt your checklist or use
                        # it in our operations'
                        r"(?<!\byou\s)(?<!\bYou\s)\b(?:will|shall|would|does|do)\s*(?:not|never|n['’]t)\s+(?:ever\s+)?(?:adopt|use|publish|"
                        r"ship|sell|exploit|reuse|re-use|serve|print|post|deploy|implement)\s+(?:your|it|them|any\s+of)\b", re.I)


def live_work(u: Unit) -> bool:
    """The sentence names work on the business's live matters ('detail a customer's car', 'a current client file')."""
    from .readers import LIVE_WORK

    return bool(LIVE_WORK.search(u.text))


CHARITY_WORD = lazy_re(r"\b(?:charit\w*|non-?profit|not[- ]for[- ]profit|NGO|NPO|foundation|trust|association|society|"
                       r"church|parish|mosque|temple|synagogue|community\s+(?:group|centre|center|organi[sz]ation|association|kitchen|garden|radio|station|project|health|interest\s+company)|registered|501\s?\(?c\)?|CIC|cause|mission|"
                       r"volunteer-run|relief|shelter|rescue|food\s+bank|hospice|museum|library|club)\b", re.I)


# A charity's registration or legal form, often in a letterhead the tagger does not read.
REGISTERED_CHARITY = lazy_re(r"\bregistered\s+charit(?:y|able)|,\s+(?:an?|the)\s+(?:local\s+|national\s+)?(?:charity|non-?profit|not[- ]for[- ]profit)\b|\bcharity\s+(?:no|number|reg\w*)\b|\b501\s?\(c\)\s?\(3\)|"
                             r"\b(?:non-?profit|not[- ]for[- ]profit)\s+(?:organi[sz]ation|corporation|society|association)|"
                             r"\bcharitable\s+(?:incorporated\s+)?(?:[\w-]+\s+)?(?:organi[sz]ation|trust|foundation|company|association|society|"
                             r"club|group)|\bgemeinnützig\w*|\be\.\s?V\.(?!\w)|\bincorporated\s+trustees\b|"
                             # 'una asociación sin fines de lucro', 'sem fins lucrativos', 'sans but lucratif'
                             r"\bsin\s+(?:fines|[aá]nimo)\s+de\s+lucro\b|\bsem\s+fins\s+lucrativos\b|\bsans\s+but\s+lucratif\b|"
                             r"\b(?:NPO|PBO)\s+(?:(?:no|number|reg\w*)\b|\d)|\bCHY\s?\d{3,}|"
                             # a letterhead: 'Incorporated under the Associations Act 2003 (NT) · Not-for-profit'
                             r"\b(?:incorporated|registered)\s+under\s+the\s+(?:[\w-]+\s+){0,3}?(?:Associations?|Charities|Societies|"
                             r"Non-?profit|Not-for-profit)\s+(?:Incorporation\s+)?Act\b|"
                             r"[·|•]\s*(?i:not[- ]for[- ]profit|non-?profit)\s*(?:[·|•]|$)|"
                             # 'Registered with the NGO Affairs Bureau', 'registered as an NGO', the charity regulators
                             r"\bregistered\s+(?:as\s+an?\s+|with\s+(?:the\s+)?)?(?:NGO|NPO|charit\w*|non-?profit)\b|"
                             r"\b(?:NGO\s+Affairs\s+Bureau|Charity\s+Commission|Charities\s+(?:Commission|Regulator|Services)|"
                             r"ACNC|OSCR)\b", re.I)


# A business says what it is: 'a for-profit social app', a company's legal form ('Saksham Edtech Pvt Ltd').
FOR_PROFIT = lazy_re(r"(?<![Nn]ot[- ])(?<![Nn]on[- ])\b(?i:for[- ]profit|profit-making)\b")
COMPANY_FORM = lazy_re(r"\b(?:Pvt\.?\s+Ltd|Pty\.?\s+Ltd|Inc|LLC|L\.L\.C|GmbH|plc|Ltd|Limited|Corp|S\.A|S\.L|B\.V|S\.r\.l|"
                       # (a Swedish 'AB', not Alberta's before a postcode: 'Calgary, AB T2P 1J9')
                       r"(?<=[a-z] )AB(?!\s+[A-Z]\d[A-Z])|ApS|A/S|Oy|Sdn\.?\s+Bhd|Pte\.?\s+Ltd|SARL|S\.p\.A|Srl|K\.K|Co\.,?\s+Ltd)\b\.?")


def states_for_profit(d: DocFacts) -> bool:
    """The document says the organisation is a business ('a for-profit social app')."""
    return any(FOR_PROFIT.search(t) for t in d.texts)


# The organisation's paid trade: 'the paid weddings I shoot through my business', 'paying customers of its product'.
SERVES_TRADE = lazy_re(r"\b(?:paid|paying)\s+(?:weddings?|customers?|clients?|guests?|jobs?|events?|shoots?|bookings?|listeners|"
                       r"subscribers|members|users|readers|viewers)\b|\bsubscription\s+(?:catalogue|service|product|app|platform)\b|"
                       # 'all takings to the shop'
                       r"\b(?:takings|proceeds|sales|profits?|tips)\s+(?:go\s+|goes\s+)?to\s+(?:the|our|my)\s+(?:shop|business|company|"
                       r"store|bakery|caf[eé]|restaurant|bar|salon|studio|farm)\b", re.I)
MY_BUSINESS = lazy_re(r"\b(?:my|our)\s+(?:own\s+)?(?:business|company|firm|shop|studio|store|agency|restaurant|salon|"
                      r"(?:processing\s+|manufacturing\s+|bottling\s+)?plant|factory|mill|mine|warehouse|depot|hotel|bar|pub|caf[eé]|bakery|gym|"
                      r"garage|workshop|vineyard|winery|brewery|dealership|showroom)\b", re.I)


def is_business(d: DocFacts) -> bool:
    """A business by its words or its legal form, and not a charity."""
    return not is_charity(d) and (states_for_profit(d) or any(COMPANY_FORM.search(t) or MY_BUSINESS.search(t)
                                                              or SERVES_TRADE.search(t) for t in d.texts))


def is_charity(d: DocFacts) -> bool:
    """The organisation is a charity or non-profit taking volunteers, not hiring into a paid job."""
    if states_for_profit(d):
        return False
    hiring = sum(1 for u in d.units if u.p("assessment_context") >= 0.9) >= 2 and d.has("employee_status")
    # the sentence must say what the organisation is: "This is a volunteer appointment" says what the person is
    charity = any(CHARITY_WORD.search(u.text) for u in d.with_("non_profit")) or any(
        REGISTERED_CHARITY.search(t) for t in d.texts)
    return charity and not hiring and not displaces_staff(d)


def displaces_staff(d: DocFacts) -> bool:
    """The volunteers fill a paid post on set hours under direction ('Volunteers work the cook's rostered shifts, 40
    hours a week, supervised by the kitchen manager, in place of paid kitchen staff'): a charity's work, done as a
    job, not volunteering."""
    # (the sentence that gives the volunteers their place, not a question or a list of what they are never asked)
    replaced = any((m := (REPLACES_STAFF.search(u.text) or PAID_POST.search(u.text))) and not denied_before(u.text, m.start())
                   and not u.text.rstrip().endswith("?") and u.has("non_employee_label", "control") for u in d.units)
    control = sum(u.weight("control") for u in d.with_("control"))
    # (or they staff it full time under direction: 'staff the foundation's office help desk Monday to Friday, 9 to 5,
    # on its computers, reporting to the executive director')
    full_time = any(FULL_TIME.search(u.text) for u in d.with_("control", "non_employee_label"))
    return (replaced or full_time) and control >= LABEL_SURE


FULL_TIME = lazy_re(r"\bfull[- ]time\b|\b(?:3[5-9]|4\d)\s*(?:hours|hrs|h)\s*(?:a|per|/|each)\s*week\b|"
                    r"\bMon(?:day)?\.?\s*(?:-|–|to|through|thru)\s*Fri(?:day)?\b", re.I)


# "The intern will replace our departing reporter": taking over a member of staff's job is the business's own work.
REPLACES_STAFF = lazy_re(r"\bfill\w*\s+(?:an?|the|our)\s+(?:[\w-]+['’]s\s+)?(?:vacant|empty|open|unfilled)\s+(?:[\w-]+\s+)?"
                         r"(?:position|post|role|seat|job|vacancy)\b|"  # 'fill an analyst's vacant position'
                         # 'does the same curation work as our paid contractors'
                         r"\bthe\s+same\s+(?:[\w-]+\s+)?(?:work|job|duties|tasks)\s+as\s+(?:our|the|its)\s+(?:paid\s+|regular\s+|"
                         r"permanent\s+)?(?:[\w-]+\s+)?(?:staff|employees|contractors|workers|team|colleagues)\b|"
                         # 'you run the evaporator alone so Luc can go to his kid's hockey game'
                         r"\b(?:alone|by\s+yourself|on\s+your\s+own)\b[^.;]{0,40}?\bso\s+(?:that\s+)?(?:[A-Z][a-z]+|our\s+[\w-]+|the\s+[\w-]+)\s+"
                         r"can\s+(?:go|take|have|leave|be\s+off|rest)\b|"
                         # assigned work done without the staff member: 'completes assigned installation work independently
                         # once signed off'
                         r"\b(?:completes?|carr(?:y|ies)\s+out|performs?|handles?|does)\s+(?:the\s+)?(?:assigned\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:work|jobs?|tasks?|installations?|repairs?|treatments?)\s+(?:independently|on\s+(?:his|her|their|your)\s+own|"
                         r"alone|unsupervised|without\s+supervision)\b|"
                         # 'You take the place of our grader, who is off that day'
                         # 'you do the morning production in her place'; 'Tu remplaces notre commis en congé'
                         r"\b(?:do|does|doing|run|runs|running|work|works|working|handle|handles|cover|covers)\b[^.;]{0,60}?\bin\s+(?:his|"
                         r"her|their)\s+place\b|\brempla\w*\s+(?:notre|nos|votre|le|la|l['’])\s*\w+|"
                         # in Spanish and Portuguese: 'vas a cubrir el turno de una pastelera', 'sustituir a nuestro cocinero'
                         r"\b(?:cubr\w+|sustitu\w+|reemplaz\w+|substitu\w+)\s+(?:el\s+turno\s+de\s+|o\s+turno\s+d[eoa]\s+|a\s+)?"
                         r"(?:una?|nuestr[oa]|la|el|o|a|um|uma|noss[oa])\s+\w+|"
                         r"\b(?:tak(?:e|es|ing)\s+the\s+place\s+of|in\s+place\s+of|replac\w*|stand\w*\s+in\s+for|cover\w*\s+for)\s+(?:our|the)\s+"
                         r"(?:[\w-]+\s+)?[a-z]+(?:er|or|ist|ian|ess)\b(?!\s+(?:training|course|programme|program|test))|"
                         r"\b(?:replac\w*|takes?\s+over|taking\s+over|fill\w*\s+in\s+for|stand\w*\s+in\s+for|cover\w*\s+for|"
                         r"instead\s+of|in\s+place\s+of|"
                         r"do(?:es)?\s+the\s+(?:job|work)\s+of)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:\w+\s+){0,4}?(?:staff|employees?|"
                         r"workers?|position|role|post|vacanc\w*|workload|duties|reporter|manager|colleagues?|person|technician|"
                         r"assistant|receptionist|accountant|team\s+member|hire|designer|developer|engineer|editor|writer|chef|"
                         r"cook|nurse|teacher|cashier|barista|clerk|analyst|stylist|mechanic|electrician|executive|officer|"
                         r"coordinator|administrator|agent|associate|producer|planner|specialist)\b|"
                         # 'covering for an account executive on leave'
                         r"\bcover\w*\s+for\s+(?:an?\s+|our\s+|the\s+)?(?:[\w-]+\s+){1,3}?(?:on\s+(?:\w+\s+)?leave|who\s+is\s+"
                         r"(?:away|off|on\s+leave)|while\s+(?:she|he|they)\s+(?:is|are|['’]s|['’]re)\s+(?:away|off|on\s+leave))\b|"
                         # 'covering the post we normally pay someone for'
                         r"\b(?:cover\w*|fill\w*|tak\w*\s+over|do\w*)\s+(?:the|a|our)\s+(?:[\w-]+\s+)?(?:post|role|position|job|shift|work)\s+"
                         r"(?:that\s+)?(?:we|the\s+(?:company|firm|studio|shop))\s+(?:normally|usually|would\s+(?:otherwise|normally)|"
                         r"otherwise)\s+(?:pay|hire|employ)\w*\b|"
                         # 'the weekly dashboards that our former analyst used to prepare'
                         r"\b(?:that|which)\s+(?:our|the)\s+(?:former|previous|last|departed|departing|old)\s+(?:[\w-]+\s+){0,2}?"
                         r"[a-z]+\s+used\s+to\s+[a-z]+\b|"
                         # 'you run a register on weekend shifts like the rest of the budtenders'
                         r"\blike\s+the\s+rest\s+of\s+(?:our|the)\s+(?:paid\s+)?(?:[\w-]+\s+)?(?:staff|team|crew|[a-z]+(?:ers|ors|ists|ians))\b|"
                         # 'which used to be our paid junior producer's job'
                         r"\b(?:used\s+to\s+be|was\s+(?:previously|formerly|until\s+now))\s+(?:done\s+by\s+)?(?:our|the|a)\s+(?:paid\s+)?"
                         r"(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+(?:job|role|work|duties)\b", re.I)
# A paid post the volunteers fill: 'in place of paid kitchen staff', 'the job formerly done by its paid warehouse
# supervisor', 'in the post we used to fund'.
PAID_POST = lazy_re(r"\bin\s+place\s+of\s+(?:the\s+|our\s+|its\s+)?(?:paid|salaried|employed)\b|"
                    # 'in place of our departing junior architect until the position is refilled'
                    r"\bin\s+place\s+of\s+(?:the|our|its|a|an)\s+(?:departing|departed|former|outgoing|absent|previous|"
                    r"regular|usual)\b|\buntil\s+(?:the|that|this|a)\s+(?:position|post|role|vacancy|job)\s+(?:is|has\s+been)\s+"
                    r"(?:re-?)?filled\b|"
                    r"\b(?:formerly|previously|once|used\s+to\s+be)\s+(?:done|held|filled|covered)\s+by\s+(?:a\s+|an\s+|the\s+|its\s+|"
                    r"our\s+)?(?:paid|salaried|employed|staff)\b|\b(?:post|role|job|position)\s+(?:we|it|they)\s+(?:used\s+to|"
                    r"previously|once)\s+(?:fund|pay\s+for|employ)\b|"
                    # 'the work our paid lab assistant position used to do'; 'Volunteers fill our shelter's overnight
                    # staff shifts'
                    r"\bwork\s+(?:our|the|a|its)\s+(?:paid\s+)?(?:[\w-]+\s+){0,3}(?:position|post|role|staff|employees?|assistants?|"
                    r"technicians?)\s+used\s+to\s+do\b|\bfill\w*\s+(?:our|the|its)\s+(?:[\w'’-]+\s+){0,3}staff\s+(?:shifts?|rotas?|"
                    r"rosters?|posts?|roles?|positions?)\b|"
                    # 'filling the laborer spot we'd otherwise be hiring for'; 'counted in the team's staffing'
                    r"\b(?:spot|slot|position|post|role|seat|vacancy|job|place)\s+(?:that\s+)?(?:we|we['’]d|we\s+would|the\s+\w+\s+would)\s+"
                    r"(?:otherwise|normally|usually)\s+(?:be\s+)?(?:hir\w*|pay\w*|employ\w*|fill\w*|recruit\w*)|"
                    r"\bcounted\s+(?:in|towards?|as\s+part\s+of)\s+(?:the|our)\s+(?:[\w'’-]+\s+)?(?:staffing|headcount|staff\s+numbers|"
                    r"rota|roster)\b", re.I)


DENIAL = lazy_re(r"\b(?:not|never|no|nothing|none|neither|nor|without|nobody|no\s+one|rather\s+than|instead\s+of)\b|n['’]t\b",
                 re.I)


def denied_past_condition(text: str, at: int) -> bool:
    """Whether the words before `at` deny what follows, leaving out the 'not' of a condition on not being hired ('if we
    don't hire you, we may still use it' grants the use)."""
    cut = max((e.end() for pattern in (EITHER_WAY, NOT_HIRED) for e in pattern.finditer(text) if e.end() <= at), default=0)
    return denied_before(text[cut:], at - cut)


def denied_before(text: str, at: int) -> bool:
    """A denial governs the words at `at`: 'you won't be rostered to run operations or cover for staff'. The clause
    is read back to a semicolon, a colon, a 'but' or an 'and' that starts a new clause."""
    # (an aside in brackets, 'ownership of the pitch deck (for a fictional client, not used by us) passes to us', and
    # 'whether or not you are hired' deny nothing of what follows them)
    before = re.sub(r"\([^()]*\)", " ", text[max(0, at - 100):at])
    # (nor does a denial in a clause of its own: 'you're not on the books and you won't be paid')
    if re.search(r"\band\s*$", before) and re.match(r"(?:you|we|they)\b", text[at:], re.I):
        return False
    before = EITHER_OR_NOT.sub(" ", re.split(r"[;:]|\bbut\b|\bhowever\b|\band\s+(?=(?:you|we|they)\b)", before)[-1])
    return bool(DENIAL.search(before))


EITHER_OR_NOT = lazy_re(r"\bwhether\b[^,;:]{0,60}?\bor\s+not\b|\b(?:or|and)\s+not\s+(?:hired|selected)\b", re.I)


# "You are not counted in the unit's staffing numbers", "students are supernumerary"; and a replacement of staff that
# the sentence denies ("must not be asked to work as a replacement for staff", "we do not use interns to replace an
# employee position"): the placement says in so many words that the student does not do staff's work.
NOT_COUNTED_AS_STAFF = lazy_re(r"\bnot\s+(?:be\s+)?counted\s+(?:in|towards?|as)\b[^.;]{0,40}?\b(?:staff\w*|headcount|rosters?|"
                               r"ratios?)\b|\bsupernumerary\b", re.I)


def denies_staff_work(text: str) -> bool:
    """The sentence says the person is not counted as staff, or denies that they replace staff."""
    m = REPLACES_STAFF.search(text)
    return (bool(NOT_COUNTED_AS_STAFF.search(text) or SHADOWS.search(text))
            or (m is not None and denied_before(text, m.start())))


# 'shadowing rather than replacing negotiators', 'you won't be rostered on to cover staff'
SHADOWS = lazy_re(r"\b(?:shadow\w*|observ\w*|learn\w*)\s+(?:\w+\s+){0,3}?(?:rather\s+than|instead\s+of|not)\s+(?:replac\w*|"
                  r"cover\w*|doing)\b|\b(?:won['’]t|will\s+not|never|not)\s+(?:be\s+)?(?:rostered|scheduled|used|asked)\s+"
                  r"(?:on\s+)?to\s+(?:cover|replace|fill\s+in\s+for|stand\s+in\s+for)\b|"
                  # 'It is an orientation, and you will not be doing productive work for our customers'
                  r"\b(?:not|never|n['’]t)\s+(?:be\s+)?(?:doing|do|carry(?:ing)?\s+out|perform(?:ing)?)\s+(?:any\s+)?"
                  r"(?:productive|billable)\s+work\b|\bno\s+productive\s+work\b", re.I)


# A placement said not to belong to any course: 'The internship does not form part of a course of study', 'undertaken
# after the completion of your degree'.
NOT_ACADEMIC = lazy_re(r"\b(?:does|do|will|shall)\s+not\s+(?:form\s+(?:a\s+)?part\s+of|count\s+towards?|belong\s+to|"
                       r"relate\s+to)\s+(?:a|any|your|the)\s+(?:course|degree|programme|program|studies|study|curriculum|"
                       r"qualification)|\bnot\s+(?:a\s+)?(?:part\s+of|linked\s+to|tied\s+to|connected\s+(?:to|with))\s+(?:a|any|your)\s+"
                       r"(?:course|degree|programme|program|studies|university|college|school)|\b(?:after|following)\s+(?:the\s+)?"
                       r"(?:completion\s+of\s+)?(?:your|their|the|his|her)\s+(?:degree|studies|diploma|graduation)|"
                       r"\bno\s+(?:university|academic|school|college|faculty)\s+(?:supervision|credit|link|involvement)\b", re.I)


# Work left open to whatever staff hand out: 'any other duties the ward manager assigns', 'any additional tasks Rydo
# requests' (also a reading of open-ended scope).
ANY_DUTIES = lazy_re(r"\bany\s+(?:other|additional|further|extra)\s+(?:duties|tasks|work|jobs|errands)\s+(?:that\s+)?(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:assigns?|requests?|asks?\s+(?:for|of\s+you)|needs?|sets?|gives?)\b", re.I)


def is_placement(d: DocFacts) -> bool:
    """A placement tied to a course, where the person learns beside staff rather than replacing them (as the
    document shows by the work it describes, or says outright)."""
    # (a doubtful reading of core work does not outweigh a course placement the document sets out plainly)
    from .readers import ACADEMIC_HINTS

    plain = any(u.p("academic_programme") >= 0.8 for u in d.with_("academic_programme"))
    core = d.with_("core_work")
    # (a doubtful reading with no word of a course is none: 'Te escribe Sofía de Panadería Santa Fe, Polanco')
    if not d.has("academic_programme") or not (plain or any(w in u.text.lower() for u in d.with_("academic_programme")
                                                          for w in ACADEMIC_HINTS)):
        return False
    # (a placement the document says belongs to no course is no course placement, whatever doubtful reading the
    # tagger made; a plain one stands, as beside 'Voluntary internships that are not part of a degree are advertised
    # separately')
    if not plain and any(NOT_ACADEMIC.search(u.text) for u in d.units):
        return False
    # (a student who takes over a paid post's work is doing staff's work, whatever the tagger read of it: 'Interns take
    # over the lab's routine genotyping and media prep, the work our paid lab assistant position used to do')
    replaces = any((m := (REPLACES_STAFF.search(u.text) or PAID_POST.search(u.text))) and not denied_before(u.text, m.start())
                   for u in d.units)
    if replaces:
        return False
    # (nor is one in which the student does whatever staff hand out: 'After induction you will also carry out any other
    # duties the ward manager assigns to you during your placement' leaves the placement's work open to anything)
    if any(u.p("open_ended") >= WORK_SURE and ANY_DUTIES.search(u.text) for u in d.with_("open_ended")):
        return False
    if not core or any(denies_staff_work(u.text) for u in d.units):
        return True
    return plain and not any(u.p("core_work") >= 0.7 for u in core)


def _strong(u: Unit, fact: str) -> bool:
    return u.p(fact) >= 0.8


PRE_PAYROLL = lazy_re(r"\bbefore\s+(?:being|you\s+are|you['’]re|they\s+are)\s+(?:added|put|placed|entered)\s+(?:to|on|onto)\s+"
                      r"(?:the\s+|our\s+)?payroll\b|\bbefore\s+(?:your\s+)?(?:paid\s+)?employment\s+(?:begins|starts)\b", re.I)
# A stage of the work named by its kind: 'Orientation Week', 'the induction', 'training days'.
LUMP_WORD = lazy_re(r"\b(?:stipend|allowance|one[- ]time|one[- ]off|lump[- ]sum|flat\s+(?:fee|sum|payment|rate)|honorarium|"
                    r"token)\b", re.I)
NAMED_STAGE = lazy_re(r"\b(?P<stage>orientation|induction|onboarding|training|trial|probation|bootcamp|nesting)\b", re.I)


def _stage_lumps(d: DocFacts, units: tuple[str, ...]):
    """The named stages paid a lump of their own (a stipend, an allowance, a flat fee): each sentence, the stage it
    names, and its sums in `units`."""
    for u in d.units:
        m = NAMED_STAGE.search(u.text)
        sums = [x for x in u.money if x.unit in units and x.high]
        if m and sums and u.has("paid") and LUMP_WORD.search(u.text) and not is_a_cost(u.text) and not EXTRA_PAY.search(u.text):
            yield u, m.group("stage").lower(), sums


def _token_check(d: DocFacts, rate: Rate | None, u: Unit) -> RateCheck | None:
    """The rate compared with the local floor, where it is a token sum for the hours."""
    wage = floor_for_currency(rate.currency, d.jurisdiction) if rate is not None else None
    if rate is None or wage is None or wage.hourly is None:
        return None
    check = RateCheck(rate, wage, rate.high < wage.hourly, (u.index,))
    return check if check.token else None


def stage_token_pay(d: DocFacts) -> tuple[tuple[Unit, Unit], RateCheck] | None:
    """A named stage paid a lump of its own that is a token sum for its hours: a flat sum for the hours another sentence
    gives that same stage, or an allowance by the week or month ('During the Induction Period, the Worker shall receive
    a Training Allowance of €120.00 per week in lieu of the Hourly Rate') for the weekly hours the document states, where
    another sentence puts the person to work in that stage ('will work on the production line at the Line Speed set by
    the Client')."""
    for u, stage, flat in _stage_lumps(d, ("flat",)):
        for x in d.units:
            if x is u or stage not in x.text.lower():
                continue
            hours = [e for e in x.effort if e.high and e.per is None and not e.open_ended]
            if hours and (check := _token_check(d, effective_rate(flat[:1], hours[:1]), u)):
                return (u, x), check
    weekly = [e for x in d.units for e in x.effort if e.per == "week" and e.high and not e.open_ended]
    for u, stage, periodic in _stage_lumps(d, ("week", "month")) if weekly else ():
        work = [x for x in d.units if stage in x.text.lower() and x.has("real_work_output", "core_work")
                and not heading_like(x) and hire_condition(x.text) != "hire"]
        if work and (check := _token_check(d, effective_rate(periodic[:1], weekly[:1]), u)):
            return (u, work[0]), check
    return None


def _fair_rate_sentence(u: Unit, check: RateCheck | None) -> bool:
    """A sentence that states pay for the work that is not a token sum is not evidence that the work is unpaid."""
    # (not pay for later: 'Tryout month is unpaid, then we move you onto payroll at $16.50/hr if it's a good fit')
    return (bool(u.money) and u.has("paid") and check is not None and check.below is not None and not check.token
            and not (FUTURE_JOB.search(u.text) or LATER_PAY.search(u.text) or hire_condition(u.text) == "hire"
                     or _later_stage_rate(u)))


# Pay that starts later is the job's: '₱35,000/month + HMO after regularization', 'once hired', 'upon joining'.
LATER_PAY = lazy_re(r"\b(?:after|upon|on|following)\s+(?:your\s+)?(?:regulari[sz]ation|probation|hir(?:e|ing)|joining|confirm\w*|"
                    r"conversion|onboarding|appointment)\b|\bonce\s+(?:you\s+are\s+)?(?:hired|regulari[sz]ed|you\s+join)\b|"
                    # 'Once you are on the roster, our standard rate ... is R$0.28 per source word'
                    r"\bonce\s+you(?:['’]re|\s+are)\s+on\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:roster|panel|books|payroll|team)\b|"
                    # 'salary once you're an associate is ₱24,000 per month'
                    r"\bonce\s+you(?:['’]re|\s+are|\s+become)\s+(?:an?|our|one\s+of\s+our)\s+(?:[\w-]+\s+){0,2}?(?:associates?|employees?|"
                    r"staff|members?|hires?|agents?|moderators?|technicians?|analysts?)\b|"
                    # 'Once you pass, your rate will be agreed in your Vendor Agreement'
                    r"\b(?:once|after|when)\s+you\s+(?:have\s+)?pass(?:ed)?\b|\b(?:after|upon|on)\s+passing\b",
                    re.I)


def unpaid_for_the_hours(d: DocFacts, firm: RateCheck | None) -> bool:
    """The work is stated unpaid, paid a token sum for its hours ('₦30,000 a month' against a ₦70,000 monthly
    minimum), or paid only on an outcome with no fair pay that does not hang on one (`firm`: the rate of the pay that
    does not). A commission the platform charges the worker is a cost, not pay that hangs on an outcome."""
    contingent = any(not is_a_cost(u.text) and not owed_anyway(u.text) for u in d.with_("contingent_pay"))
    fair = firm is not None and firm.below is False
    if unpaid_statements(d) or (firm is not None and firm.token) or (contingent and not fair):
        return True
    # (a token sum is token whatever it hangs on: 'Stipend: INR 2,000 per month, paid at the end of the internship upon
    # successful completion')
    check = rate_check(d) if firm is None else None
    return check is not None and check.token


def nothing_pays_the_stage(d: DocFacts) -> bool:
    """A hiring stage longer than a short test for whose hours the document states no pay at all: only expenses, or the
    pay of the job that follows ('a flat ₱500 Shadow Week allowance for transport and meals' beside 'salary once you're
    an associate is ₱24,000 per month')."""
    if not d.has("assessment_context") or d.has("contingent_pay") or stage_hours(d) <= SHORT_TEST_HOURS:
        return False
    return not any(u.has("paid") and not is_a_cost(u.text) and not LATER_PAY.search(u.text) and not FUTURE_JOB.search(u.text)
                   and hire_condition(u.text) != "hire" and not ROLE_PAY.search(u.text) for u in d.units)


# Pay by the piece that hangs on an outcome: a fee for a sale that completes, for the successful or the winners (and
# the extras of EXTRA_PAY: a referral fee, commission, a bonus).
OUTCOME_PAY = lazy_re(r"\b(?:only\s+if|success\w*|win\w*|reach\w*\s+completion|"
                      r"(?:that|which)\s+(?:complete|completes|close|closes|convert|converts))\b", re.I)


def unpaid_statements(d: DocFacts) -> list[Unit]:
    """The sentences that state work unpaid. Where the work is paid by the piece ('EUR 0.11 per new word'), a sentence
    that leaves something else unpaid ('Shamrock does not pay for tests') counts only where that thing is asked in
    hours beside it."""
    unpaid = d.with_("unpaid")
    if unpaid and any(u.p("paid") >= 0.9 and pays_by_the_piece(u.text) and not u.has("contingent_pay")
                      and not OUTCOME_PAY.search(u.text) and not EXTRA_PAY.search(u.text) and not hire_condition(u.text)
                      and not FUTURE_JOB.search(u.text)
                      and not LATER_PAY.search(u.text) for u in d.units):
        unpaid = [u for u in unpaid if u.effort or d.near(u, "effort", window=1)]
    return unpaid


INTERVIEW_DAY = lazy_re(r"\b(?:comprises|consists\s+of|includes|made\s+up\s+of|involves)\b[^.;]{0,80}\binterviews?\b|"
                        r"\binterviews?\b[^.;]{0,80}\b(?:and|plus)\s+(?:an?\s+)?(?:group\s+discussion|case\s+study|presentation)\b|"
                        # a visit is time spent meeting people, not hours of work: 'Finalists attend a one-day site visit'
                        r"\bday[- ](?:(?:site|office|campus|studio|plant|mine|farm|lab)\s+)?visits?\b|\bvisit\s+day\b|"
                        # an assessment centre is a format of interviews and group exercises, not a shift of work
                        r"\bassessment\s+(?:centre|center)\b", re.I)
BOUGHT_APART = lazy_re(r"\b(?:we|the\s+(?:company|studio|agency|firm))\s+(?:will\s+|would\s+|shall\s+)?(?:buy|purchase|license|"
                       r"licence|pay\s+for)\s+(?:it|them|the\s+\w+)\s+(?:from\s+you\s+)?(?:at|for|under)\b|\bseparate\s+(?:paid\s+)?"
                       r"(?:licen[cs]e|agreement|acuerdo|deal|contract|fee)\b", re.I)
ASSESSMENT_CENTRE = lazy_re(r"\bassessment\s+(?:centre|center)s?\b", re.I)
PAY_BEGINS_LATER = lazy_re(r"\b(?:paid\s+employment|pay|payment|wages?|salary|retainer|paid\s+work)\s+(?:only\s+)?(?:begins|starts|"
                           r"commences|kicks\s+in)\b", re.I)


# A heading over the job on offer, not the stage: 'About the role', 'The position', 'Salary and benefits', 'What we offer'.
ROLE_SECTION = lazy_re(r"^\W*(?:about\s+(?:the|this|our)\s+(?:role|job|position|vacancy|post)|(?:the\s+)?(?:role|job|position|"
                       r"vacancy|post)(?:\s+(?:itself|details|on\s+offer))?|(?:salary|compensation|pay|remuneration)\s+(?:and|&)\s+"
                       r"benefits|(?:salary|compensation|pay)\s+for\s+the\s+(?:role|job|position)|what\s+we\s+offer)\W*$", re.I)


def _pays_the_stage(d: DocFacts, check: RateCheck | None) -> bool:
    """The fair rate found is the pay for the stage of work itself ('$700 flat, paid whether or not we make you an
    offer'), not the wage of the job it leads to or of regular work later."""
    if check is None or check.below is not False:
        return False
    payers = [u for u in stage_pay(d) if u.index in check.sources or u.has("paid")]
    # (nor the pay set out under the role's own heading: 'About the role' ... 'Employment contract (umowa o pracę):
    # 24 000–29 000 PLN gross per month, or B2B: 180–220 PLN net per hour')
    return any(not JOB_PAY.search(u.text) and not LATER_PAY.search(u.text) and not u.has("contingent_pay")
               and not (ROLE_SECTION.match(u.context)
                        or any(ROLE_SECTION.match(x.text) for x in d.units[max(0, u.index - 2):u.index]))
               and hire_condition(u.text) not in ("hire", "win") and not _later_stage_rate(u)
               and (u.has("assessment_context", "regardless_of_hire")
                                               or any(x.has("effort") for x in d.units[max(0, u.index - 1):u.index + 2]))
               for u in payers)


def unfloored_wage(d: DocFacts, check: RateCheck) -> bool:
    """No minimum wage is known for the place, and the pay is stated per unit of time (an hour, a day, a week, a
    month) for the work itself, not only for the hired or the winners."""
    if check.minimum is not None and check.minimum.amount:
        return False
    return any(m.unit in ("hour", "day", "week", "month") and u.has("paid") and not hire_condition(u.text)
               and not u.has("contingent_pay") for u in d.units for m in u.money)


def fair_pay_only(d: DocFacts, unpaid: list[Unit], check: RateCheck | None) -> bool:
    """Every 'unpaid' sentence is outweighed: the work is paid at a fair rate and nothing says a part of it is unpaid."""
    return fair_pay(d, check) and all(u.p("unpaid") < u.p("paid") for u in unpaid)


def _one_per_kind(decisions: list[Decision]) -> list[Decision]:
    seen, out = set(), []
    for dec in decisions:
        if dec.kind not in seen:
            seen.add(dec.kind)
            out.append(dec)
    return out


# ------------------------------------------------------------------------------------------------ ip_grab


ON_PAYMENT = lazy_re(r"\b(?:on|upon|after|following|subject\s+to|against)\s+(?:receipt\s+of\s+)?(?:full\s+)?payment(?:\s+in\s+full)?\b|"
                     r"\bonce\s+(?:(?:we|the\s+company)\s+(?:have|has)\s+)?paid\b|\bonce\s+(?:full\s+)?payment\b|"
                     r"\bwhen\s+(?:the\s+)?(?:fee|invoice)\s+(?:is|has\s+been)\s+paid\b", re.I)
PERSON_MAY_USE = lazy_re(r"^\W*(?:[\d.]+\s*)?(?:the\s+)?(?:photographer|artist|author|contractor|consultant|designer|freelancer|writer|"
                         r"illustrator|creator|you|he|she|they)\s+(?:may|can|is\s+free\s+to|are\s+free\s+to|remains?\s+free\s+to)\s+"
                         r"(?:use|show|display|reproduce|publish|include)\b", re.I)
# Words that take a limit away again: 'to use it for any purpose whatsoever, not limited to the Deliverables'.
UNLIMITED_USE = lazy_re(r"\bnot\s+(?:limited|restricted|confined)\s+to\s+(?:the\s+|its\s+use\s+(?:in|with)\s+(?:the\s+)?)?(?:deliverables?|"
                        r"work\s+product|services|project|software|product)\b|\bfor\s+any\s+(?:purpose|use)\s+whatsoever\b", re.I)
# The limit that makes a licence of pre-existing material fair: only what using the deliverable needs.
NON_EXCLUSIVE = lazy_re(r"\bnon-?\s?exclusive\b", re.I)
LIMITED_USE = lazy_re(r"\b(?:solely|only|exclusively)\s+(?:to|for|as|in)\b|\bto\s+the\s+extent\s+(?:necessary|needed|"
                      r"required)|\bas\s+(?:necessary|needed|required)\b|\b(?:necessary|needed|required)\s+(?:to|for)\s+"
                      r"(?:use|operate|run|exploit|maintain)|\b(?:incorporated|included|embedded)\s+(?:in|into)\s+(?:the|any|a)\s+"
                      r"(?:deliverables?|work\s+results?|work\s+product|results|software|app|application|product|website|site)\b"
                      r"|\bas\s+part\s+of\s+(?:the|a|any|that|such|this)\s+(?:deliverables?|products?|process(?:es)?|services?|"
                      r"work\s+product|inventions?)\b"
                      r"|\bincorporat\w*\s+(?:\w+\s+){0,8}?(?:in|into)\s+(?:the|any|a|such)\s+(?:deliverables?|inventions?|"
                      r"work\s+product|products?|services?|company\s+products?)\b"
                      r"|\bas\s+part\s+of\s+or\s+in\s+connection\s+with\s+(?:the|such|any)\b"
                      # 'as part of those labels', 'where they appear in the final files': the licence goes with the
                      # thing made, whatever it is called (not 'as part of our business')
                      r"|\bas\s+(?:part|parts)\s+of\s+(?:the|those|these|that|such|this|each)\s+(?:final\s+|finished\s+|"
                      r"delivered\s+)?(?!business|operations|activities|brand|marketing|company)\w+"
                      r"|\bwhere\s+(?:they|it|any\s+of\s+(?:them|these|those))\s+(?:appears?|(?:is|are)\s+(?:used|included|"
                      r"incorporated))\s+in\s+(?:the|those|these|that|such|any)\b", re.I)


# Work made on the person's own time, with their own means, or outside the business (Labor Code 2870's scope).
# 'Anything you create for Asigurio during the assignment': what is made for the company, not on one's own time.
MADE_FOR_THEM = lazy_re(r"\b(?:creat|mak|produc|develop|writ|prepar|design|build|buil)\w*\s+(?:\w+\s+){0,2}?(?:for|on\s+behalf\s+of)\s+"
                        r"(?:us\b|(?:the\s+)?(?:[Cc]ompany|[Cc]lient|[Ee]mployer|[Hh]irer|[Bb]usiness|[Ff]irm|[Ss]tudio)\b|"
                        r"[A-Z][\w&.-]+)|"
                        # limited to what relates to the business: 'any device you develop while employed here that relates
                        # to our practice'
                        r"\b(?:that|which)\s+relates?\s+to\s+(?:our|the\s+(?:[Cc]ompany|[Pp]ractice|[Ff]irm|[Ee]mployer|[Ss]tudio)['’]s|its)\s+"
                        r"(?:[\w-]+\s+)?(?:business|practice|products?|services?|work|games?|research)\b")


# Made in doing the work engaged for: 'creates in performing the Services', 'in the course of the engagement'.
IN_ENGAGEMENT = lazy_re(r"\b(?:in|while|when)\s+(?:performing|providing|delivering|carrying\s+out|doing)\s+(?:the|its|their|your|his|her)\s+"
                        r"(?:services|work|duties|engagement|assignment|project)\b|\bin\s+the\s+course\s+of\s+(?:the|this|its|your|"
                        r"his|her|their)\s+(?:engagement|services|employment|work|duties|assignment|project)\b", re.I)


def made_for_them(text: str) -> bool:
    """The sentence limits what it takes to what is made for the company ('anything you create for Asigurio'), not
    'whether or not they were created for GlobalVox'."""
    m = MADE_FOR_THEM.search(text)
    return m is not None and not re.search(r"\b(?:whether\s+or\s+not|regardless\s+of\s+whether|not|never)\b[^.;]{0,30}$|n['’]t\s+[^.;]{0,30}$",
                                           text[max(0, m.start() - 60):m.start()], re.I)


OWN_TIME = lazy_re(r"\b(?:own|personal|spare|free|private)\s+time\b|\bown\s+(?:equipment|resources|hardware|"
                   r"devices?|materials)\b|\boutside\s+(?:of\s+)?(?:(?:working|work|office|business|school|shop|clinic|"
                   r"contracted|normal|regular)\s+)?hours\b|\b(?:rest|off|free)\s+days\b|\bdays\s+off\b|\bpersonal\s+"
                   r"(?:use|projects?)\b|\b(?:for|with)\s+other\s+clients\b|\bat\s+home\b|\boff[- ]duty\b|"
                   r"\bunrelated\s+to\b|\bnot\s+relat(?:ed|ing)\s+to\b|\bside[- ]projects?\b|\bevenings?\s+and\s+weekends?\b|"
                   # 'anything you invent off the clock in your own garage with your own stuff, even if it has nothing
                   # to do with HVAC'
                   r"\boff\s+the\s+clock\b|\bown\s+(?:stuff|gear|kit|tools|garage|kitchen|workshop|studio|laptop|computer)\b|"
                   r"\b(?:has|have|had)\s+nothing\s+to\s+do\s+with\b|"
                   r"\bwithout\s+(?:using\s+)?(?:the\s+)?(?:company|employer|firm|studio)(?:'s)?\s+"
                   r"(?:equipment|resources|facilities|time|trade\s+secrets)", re.I)
# 'whether or not the invention is made during working hours, with Company resources, or relates to the Company's
# business': own-time work brought in
REGARDLESS_OWN_TIME = lazy_re(r"\b(?:whether\s+or\s+not|regardless\s+of\s+whether)\b[^.;]{0,60}\b(?:during\s+working\s+hours|"
                              r"with\s+(?:the\s+)?company(?:['’]s)?\s+resources|relates?\s+to\s+the\s+company['’]s\s+business)",
                              re.I)
# ('So does anything you build in your own shed on your days off': the sentence goes on with the transfer before it)
_TURN_IN = lazy_re(r"^\W*(?:and\s+)?so\s+(?:does|do|will|is|are)\b|\b(?:that|this|the\s+same)\s+(?:goes|applies)\s+(?:for|to)\b|"
                   r"\b(?:no|without)\s+(?:exception|exclusion|carve[- ]out)|\bincluding\b|\bincludes?\b|\beven\b|"
                   r"\balso\b|\bwhether\b|\bregardless\b|\bas\s+well\s+as\b|\bcovers\b|\bextends\s+to\b|"
                   r"\bapplies\s+(?:equally\s+|also\s+)?to\b|\breaches\b|(?:\bnot|n['’]t)\s+exclud\w*", re.I)
_TURN_OUT = lazy_re(r"\bexclud\w*|\bexcept\w*|\bother\s+than\b|\bdoes\s+not\s+apply|\bdo(?:es)?n[o']t\s+apply|"
                    r"\bshall\s+not\s+(?:apply|include|extend)|\bunless\b|\bsave\s+for\b|\bbut\s+(?:not|no|none\s+of)\b|\bnor\b|\bnot\s+(?:to\s+)?"
                    r"(?:include|cover|extend\s+to)|\bremains?\s+(?:yours|your\s+property)|\bbelongs?\s+to\s+you\b|"
                    # 'Nothing in this Clause 8 applies to any work the Consultant created before the Term'
                    r"\b(?:nothing|no\s+(?:part|provision|term))\s+(?:in|of)\s+(?:this|these|the)\s+[\w ]{0,30}?\b(?:applies|"
                    r"shall\s+apply|will\s+apply)\s+to\b", re.I)


# Work made before the engagement.
_EARLIER_THINGS = (r"(?:portfolio|works?|code|designs?|materials?|tools?|characters?|librar\w+|programs?|content|templates?|"
                   r"scripts?|components?|kits?|assets?|images|photos|photographs|footage|artwork|prints|recipes|handouts|archives?|"
                   r"(?:[\w-]+\s+)?(?:engines?|platforms?|codebases?|frameworks?))\b")
PRIOR = lazy_re(r"\bprior\s+(?:inventions?|works?|ip|intellectual|code|materials?)|\bpre-?existing\b|"
                # 'any others in your toolkit', 'your university thesis and all your academic papers', 'your own
                # Lightroom presets and editing profiles'
                r"\bin\s+your\s+(?:existing\s+)?(?:toolkit|tool\s*kit|archive|back\s+catalogue)\b|"
                r"\byour\s+(?:university\s+|undergraduate\s+|master['’]?s\s+|doctoral\s+|phd\s+)?(?:thesis|dissertation|academic\s+papers|"
                r"school\s+projects|coursework)\b|\byour\s+(?:own\s+)?(?:[\w-]+\s+)?(?:presets?|editing\s+profiles|brushes|LUTs|plugins|"
                r"toolkits?|templates|macros|scripts|libraries|design\s+tools)\b|"
                # the person's own materials and what they already owned: 'The locum's own client-education handouts',
                # 'Your own translation memories and term bases', 'Any music or footage you already owned'
                r"\b(?:[\w-]+['’]s|your|his|her|their|its)\s+own\s+(?:[\w-]+\s+){0,2}?(?:handouts|materials?|templates|notes|tools|code|"
                r"repositor(?:y|ies)|repos|"
                r"librar(?:y|ies)|translation\s+memor(?:y|ies)|term\s+bases|glossar(?:y|ies)|footage|music|photos?|images|presets|"
                r"scripts|slides|resources|recipes|patterns|samples|stock)\b|"
                r"\b(?:you|he|she|they)\s+(?:already|previously)\s+(?:owned|own|had|made|created|wrote|shot|recorded)\b|"
                # 'content that you have made, whether before or during your time with FixIt Fast'
                r"\bwhether\s+(?:made\s+|created\s+|developed\s+)?(?:before|prior\s+to)\s+or\s+(?:during|after)\b|"
                # 'Prints and artwork you bring from before', 'anything you made before you joined'
                r"\b(?:bring|brought|have|had|made|created)\s+(?:with\s+you\s+)?from\s+before\b|"
                # 'your existing photo archive from before you joined'
                r"\bfrom\s+before\s+(?:you|he|she|they)\s+(?:joined|started|signed|came)\b|"
                # 'stock images from Photographer's archive', 'the kit you've been reusing across clients'
                r"\bfrom\s+(?:the\s+)?(?:[\w-]+['’]s\s+|your\s+|his\s+|her\s+|their\s+)(?:own\s+)?(?:archive|back[- ]?catalogue|"
                r"stock\s+library|library)\b|\b(?:you['’]ve|you\s+have|(?:he|she|they)\s+(?:has|have))\s+been\s+(?:re)?using\s+"
                r"(?:across|for|with)\s+(?:other\s+|your\s+|his\s+|her\s+|their\s+)?clients\b|\breus\w*\s+across\s+clients\b|"
                r"\b[A-Z][\w-]*['’]s\s+existing\s+" + _EARLIER_THINGS + r"|"
                r"\b(?:made|created|developed|written|designed)\s+(?:in|at|for|during)\s+(?:your\s+|a\s+|any\s+)?(?:previous|"
                r"earlier|prior|past|former)\s+(?:settings?|jobs?|roles?|employers?|employment|positions?|workplaces?|clients?|"
                r"customers?|companies|projects?)\b|"
                r"\bbackground\s+"
                r"(?:ip|intellectual|technology|materials?)|\b(?:made|created|developed|conceived|written|invented|built|designed|wrote|produced|"
                r"recorded|filmed|shot|drew|drawn|painted|composed)\s+(?:\w+\s+)?(?:before|prior\s+to)\b|"
                # 'Music and footage Ayanda made earlier and uses in it'
                r"\b(?:made|created|developed|written|designed|recorded|filmed|shot|drawn|painted|composed|produced|built)\s+"
                r"(?:\w+\s+)?(?:earlier|previously|beforehand|already)\b|"
                # 'annotation work they did before', 'the furniture you made at college'
                r"\b(?:you|they|he|she)\s+(?:did|drew|took|filmed|shot|made|built|wrote)\s+(?:\w+\s+)?(?:before|earlier|previously)\b|"
                # 'drone footage you shot last year'
                r"\b(?:you|they|he|she)\s+(?:shot|made|filmed|took|wrote|created|recorded|drew|built|did)\s+(?:\w+\s+)?(?:last\s+(?:year|month|"
                r"summer|season|spring|autumn|winter)|(?:a\s+few\s+|\w+\s+)?(?:years?|months?)\s+ago)\b|"
                r"\b(?:you|they|he|she)\s+(?:made|built|designed|drew|wrote|filmed|shot|created)\s+(?:at|during|in)\s+(?:college|school|"
                r"university|uni|your\s+(?:course|studies|degree|apprenticeship))\b|"
                r"\b(?:existing|earlier|previous)\s+" + _EARLIER_THINGS + r"|\b(?:her|his|their|your)\s+(?:existing|earlier|"
                r"previous)\s+[\w-]+\s+" + _EARLIER_THINGS + r"|"
                r"\b(?:works?|pieces|designs?|images|photographs)\s+(?:contained\s+)?in\s+(?:the\s+|your\s+|"
                r"his\s+|her\s+|their\s+)?(?:\w+['’]s\s+)?(?:existing\s+)?portfolio\b|\bat\s+the\s+date\s+of\s+this\s+(?:contract|agreement)\b|"
                r"\b(?:before|prior\s+to)\s+(?:or\s+(?:during|after)\s+)?(?:(?:the|your|his|her|their)\s+)?(?:employment|"
                r"engagement|appointment|joining|start(?:\s+date)?|commencement|signature|signing|effective\s+date|term\b|"
                r"this\s+(?:agreement|contract|offer|job|role|position)|joining\s+us|you\s+joined)\b|\byou\s+(?:already\s+)?(?:have\s+)?(?:authored|written|created|"
                r"developed|built)\s+(?:before|previously|already)\b|"
                # 'case studies from past work'
                r"\bfrom\s+(?:your\s+|their\s+|his\s+|her\s+)?(?:own\s+)?(?:past|previous|earlier|prior|former)\s+(?:work|jobs?|roles?|"
                r"projects?|employers?|clients?|shoots?|teaching|practice|sessions?|commissions?|productions?|positions?)\b|"
                # 'all your other personal projects'
                r"\b(?:your|their|his|her)\s+(?:other\s+)?(?:personal|side)\s+projects\b|"
                # 'all your personal styling photos and Instagram content', 'including your wider library'
                r"\b(?:your|their|his|her)\s+(?:own\s+)?personal\s+(?:[\w-]+\s+){0,2}?(?:photos?|images|content|work|"
                r"portfolio|videos?|designs?|recipes|writing|posts)\b|\b(?:your|their|his|her)\s+(?:wider|whole|entire|broader|"
                r"full|general)\s+(?:[\w-]+\s+)?(?:library|archive|catalogue|catalog|portfolio|body\s+of\s+work)\b|"
                r"\b(?:existing|earlier|previous)\s+(?:training\s+)?(?:exercises|videos|lesson\s+plans|models|textures)\b",
                re.I)
# A sentence that goes on about the things the one before it named: 'These lesson plans are licensed to us'.
GOES_ON = lazy_re(r"^\W*(?:these|those|such|the\s+said)\b", re.I)
# ... or names the same things again: 'ownership of those videos will transfer to the practice'
REFERS_BACK = lazy_re(r"\b(?:those|these|that|this|the\s+said)\s+(?:[\w-]+\s+){0,2}?(?:videos?|works?|designs?|materials?|files?|code|photos?|"
                      r"photographs?|images?|recipes?|tools?|scripts?|inventions?|pieces?|drawings?|songs?|tracks?|templates?|"
                      r"illustrations?|articles?|apps?|projects?|repositor(?:y|ies)|repos|samples?|reels?|showreels?|films?|"
                      r"portfolios?)\b|"
                      # 'you hand over ownership of them to the company'
                      r"\b(?:ownership|rights?|title|copyright)\s+(?:of|in|to)\s+(?:them|it)\b", re.I)


# The things a sentence names as made earlier, named again in the next: 'samples of annotation work they did before'.
EARLIER_NAMED = lazy_re(r"\b(samples|photographs|photos|illustrations|drawings|footage|recordings|datasets|designs|sketches|"
                        r"portfolio|reels?|videos|scripts|templates)\b", re.I)


def names_prior(d: DocFacts, u: Unit) -> bool:
    """The sentence names earlier work, or goes on about earlier work the sentence before it named, by a word that
    points back or by naming the same thing again ('... build on its existing booking engine. We own the booking
    engine along with the app')."""
    if PRIOR.search(u.text):
        return True
    if u.index == 0:
        return False
    before = PRIOR.search(d.units[u.index - 1].text)
    if not before:
        return False
    if GOES_ON.match(u.text) or REFERS_BACK.search(u.text):
        return True
    thing = " ".join(before.group(0).split()[-2:])
    if len(thing) > 6 and re.search(r"\b(?:the|that|this|its|your)\s+" + re.escape(thing) + r"\b", u.text, re.I):
        return True
    # (or by its head noun: 'your own CAD detail library, built over ten years before joining ... you assign the
    # library and all rights in it')
    head = before.group(0).split()[-1]
    if re.fullmatch(_EARLIER_THINGS, head, re.I) and re.search(r"\b(?:the|that|this|its|your)\s+" + re.escape(head) + r"\b",
                                                              u.text, re.I):
        return True
    # (or by the thing the sentence before said was made earlier: 'Applicants may submit samples of annotation work
    # they did before ... Kola Data may use samples in its commercial datasets')
    named = EARLIER_NAMED.search(d.units[u.index - 1].text)
    return named is not None and re.search(r"\b" + named.group(1).rstrip("s") + r"s?\b", u.text, re.I) is not None


# What is made ('inventions conceived', 'works created'): a reach after the engagement is a reach of what is made
# then, not of help given then ('for your help after you leave, we will pay you').
CREATION = lazy_re(r"\b(?:conceiv\w*|invent\w*|creat\w*|develop\w*|made|make|author\w*|reduced\s+to\s+practice|design\w*|"
                   r"writ\w*|produc\w*|work\s+product|ideas?|concepts?|come\s+up\s+with|dream\s+up)\b", re.I)


DEFINITION = lazy_re(r"^\W*(?:\d[\d.]*\s*)?[\"“'‘](?P<term>[^\"”'’]{1,60})[\"”'’]\s+(?:means|shall\s+mean|includes?|refers\s+to)\b", re.I)


def defined_in(d: DocFacts, u: Unit, fact: str) -> list[Unit]:
    """The sentences stating `fact` that use the term `u` defines: a definition reaches as far as the clauses that
    use its term ('"Consultant Materials" means ... whether before or during the Term' and, twenty sentences on,
    'the Consultant hereby assigns to the Clinic ... all rights in the Consultant Materials')."""
    m = DEFINITION.match(u.text)
    if not m or len(m.group("term")) < 3:
        return []
    term = m.group("term")
    return [x for x in d.with_(fact) if x is not u and term in x.text]


# Unpaid work done to get the job, named in a contract's own IP clause ('the unpaid writing sample submitted with the
# Employee's application', 'any unpaid test assignment completed during recruitment').
STAGE_WORK = lazy_re(r"\bunpaid\s+(?:\w+\s+){0,2}?(?:sample|test|assignment|exercise|task|layout|work|trial|project|case\s+study)s?\b|"
                     r"\b(?:submitted|produced|completed|done|created|made)\s+(?:with\s+(?:your|the\s+\w+['’]s|his|her|their)\s+"
                     r"application|(?:during|for|in\s+the\s+course\s+of)\s+(?:the\s+)?(?:selection|recruitment|interview|hiring|"
                     r"application)(?:\s+process)?)\b|"
                     # 'Any ideas, suggestions or feedback the Consultant shared during those interviews'
                     # ('ideas you shared with us in your interviews', 'the ideas you told me about in the interview')
                     r"\b(?:ideas?|suggestions?|feedback|pitch(?:es)?|proposals?|concepts?)\b[^.;]{0,60}?\b(?:shared|voiced|given|gave|made|"
                     r"offered|raised|discussed|presented|put\s+forward|told|proposed|suggested|mentioned|pitched|floated)\s+"
                     r"(?:(?:with|to)\s+(?:us|me|the\s+\w+)\s+|(?:us|me)\s+(?:about\s+)?|about\s+)?(?:during|in|at)\s+"
                     r"(?:the|those|these|your|any|our|all)\s+"
                     r"(?:[\w-]+\s+)?(?:interviews?|selection|assessments?|recruitment|hiring\s+process|pitch\s+meetings?)\b", re.I)


# The stage's work left with the person: 'are not covered by this assignment', 'are excluded', 'remain the candidate's'.
STAGE_WORK_LEFT_OUT = lazy_re(r"\b(?:(?:is|are)\s+not|isn['’]t|aren['’]t)\s+(?:covered|included|caught|assigned|ours)\b|"
                              r"\b(?:is|are)\s+excluded\b|\b(?:remains?|stays?)\s+(?:the\s+)?(?:candidate|applicant|person)['’]s\b|"
                              r"\b(?:remains?|stays?|will\s+(?:remain|stay))\s+(?:entirely\s+)?(?:yours|your\s+own|with\s+you)\b|"
                              r"\bexcept\b|\bexcluding\b", re.I)


def turn(text: str, scope: re.Pattern[str]) -> str | None:
    """Which way the words just before the first mention of `scope` (own-time work, prior work) turn it: 'included'
    when they bring it in ('including', 'even', 'with no exception for'), 'excluded' when they leave it out
    ('excluding', 'except', 'does not apply to'), None when the sentence does not mention it or does not say."""
    # (what the sentence leaves with the person is left out, whatever it lists: 'Anything you create outside your
    # internship tasks, including your own films and scripts, remains entirely yours')
    if scope.search(text) and STAYS_YOURS.search(text):
        return "excluded"
    for m in scope.finditer(text):
        # (a heading that names the scope says nothing either way: 'Side projects (...): games you make on your own
        # time ... are ours' is turned at its second mention)
        way = _turn_at(text, m)
        if way is not None or not HEADING_AFTER.match(text, m.end()):
            return way
    return None


# What a sentence says is outside the clause: 'Concepts the employee creates after the contract ends are not covered',
# '... anything you come up with afterwards is yours'.
LEFT_OUT = lazy_re(r"\b(?:(?:is|are)\s+not|isn['’]t|aren['’]t)\s+(?:covered|included|caught|affected|ours)\b|"
                   r"^\W*nothing\b[^.;]{0,80}\b(?:is|are|will\s+be)\s+(?:covered|included|caught|assigned)\b|"
                   r"\b(?:is|are)\s+(?:all\s+)?(?:yours|your\s+own)\b", re.I)
STAYS_YOURS = lazy_re(r"\b(?:remains?|stays?|will\s+(?:remain|stay)|belongs?|continues?\s+to\s+belong)\s+(?:entirely\s+|solely\s+|wholly\s+|"
                      r"fully\s+)?(?:yours|your\s+own|your\s+property|with\s+you|to\s+you)\b", re.I)
HEADING_AFTER = lazy_re(r"\s*(?:\([^()]*\))?\s*:")


def _turn_at(text: str, m: re.Match[str]) -> str | None:
    # the last cue wins; of two that end together the longer does ("no exception" over "exception", "not include"
    # over "include"); the words close before it first, then the whole sentence before it ('This applies equally to
    # an invention for which no Company equipment ... was used, which was developed entirely on Employee's own time')
    if _AFTER_EXCLUDE.match(text[m.end():m.end() + 60]):  # 'prior inventions you want to exclude'
        return "excluded"
    for before in (text[max(0, m.start() - 90):m.start()], text[:m.start()]):
        last_in = max(((x.end(), x.end() - x.start()) for x in _TURN_IN.finditer(before)), default=None)
        last_out = max(((x.end(), x.end() - x.start()) for x in _TURN_OUT.finditer(before)), default=None)
        if last_in or last_out:
            break
    if last_in is None and last_out is None:
        # the cue may follow what it turns: 'pre-existing code is not excluded from this assignment'
        after = re.split(r"[;:]|\bbut\b", text[m.end():m.end() + 120])[0]
        if _AFTER_OUT.search(after):
            return "excluded"
        if _AFTER_IN.search(after):
            return "included"
        return None
    return "included" if last_out is None or (last_in is not None and last_in > last_out) else "excluded"


_AFTER_IN = lazy_re(r"\b(?:is|are)\s+(?:also\s+|likewise\s+|equally\s+)?(?:not\s+excluded|included|covered|assigned|caught|transferred)\b|\beven\s+(?:if|when|though)\b|"
                    # '... inventions made in your own time ... also belong to us', '... games you make on your own time ... are ours'
                    r"\b(?:also\s+)?belongs?\s+to\s+(?:us|the\s+(?:company|employer|studio|firm|business))\b|"
                    # '... also belong to Bayou Ridge', '... even unrelated to the riad, become the riad's'
                    r"\b(?:also\s+)?belongs?\s+to\s+(?-i:[A-Z])[\w&'’.-]*|\b(?:also\s+)?becomes?\s+(?:the\s+property\s+of\s+)?"
                    r"(?:us|ours|the\s+[\w-]+['’]s|the\s+(?:company|employer|studio|firm|business)|(?-i:[A-Z])[\w&'’.-]*['’]s)(?!\w)|"
                    r"\b(?:is|are)\s+(?:also\s+)?(?:ours|owned\s+by\s+(?:us|the\s+(?:company|employer|studio|firm)))\b", re.I)
_AFTER_EXCLUDE = lazy_re(r"[^.;]{0,25}?\b(?:(?:want|wish|would\s+like|choose)\s+to\s+exclude|to\s+be\s+excluded|that\s+are\s+excluded)\b",
                         re.I)
_AFTER_OUT = lazy_re(r"\b(?:is|are)\s+(?:excluded|not\s+(?:covered|included|assigned|affected))\b|\b(?:remains?|stays?)\s+"
                     r"(?:yours|with\s+you|your\s+property)|\bfalls?\s+outside\b|\b(?:remains?|stays?)\s+(?:the\s+property\s+of|"
                     r"with)\s+(?!(?:the\s+)?(?:company|employer|client)\b|us\b)", re.I)


# What lies beyond the paid deliverable: drafts and concepts not used, working material, know-how, other code, and
# work for anyone else.
# What the person publishes themselves: 'the blogs and social-media posts you publish on technology topics'
PUBLISHED_OWN = (r"\b(?:blogs?|blog\s+posts|social[- ]media\s+posts|posts|articles|videos|podcasts?|newsletters?)\s+(?:that\s+)?you\s+"
                 r"(?:publish|post|share|upload)\w*\b(?!\s+(?:in\s+the\s+course|as\s+part|for\s+(?:us|the\s+(?:company|firm|paper))))")
BEYOND = lazy_re(r"\b(?:rejected|unused|discarded|unselected|unchosen)\s+(?:[\w-]+\s+)?(?:concepts?|drafts?|"
                 r"designs?|ideas?|options?|versions?|melod\w+|sketches|takes|mixes|layouts?)\b|"
                 # (working material is named beyond the deliverable where a second grant takes it 'also')
                 r"\balso\b[^.;]{0,120}\b(?:(?:alternative|preliminary)\s+(?:[\w-]+\s+)?(?:concepts?|drafts?|designs?|versions?|"
                 r"melod\w+|sketches)|sketches|working\s+files|research\s+notes|interview\s+transcripts|every\s+demo|demos?\s*,\s*stems?)\b|"
                 r"\b(?:all|any)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+['’]s|his|her|their|your|its)\s+other\s+(?:code|tools|work|works|software|designs?|"
                 r"artwork|materials?|content)|\bwhether\s+or\s+not\s+used\s+in\b|"
                 r"\b(?:for|of)\s+(?:any|another|an?\s+other)\s+clients?\b|\bfor\s+anyone\b|"
                 # 'including for other clients and on personal projects', 'work for other agencies or your own clients'
                 r"\b(?:for|of)\s+(?:other|its\s+other|their\s+other|your\s+own|his\s+own|her\s+own|their\s+own)\s+(?:clients|agencies|"
                 r"customers|companies|employers|publications)\b|\bon\s+(?:personal|private|side|their\s+own|your\s+own|his\s+own|"
                 r"her\s+own)\s+projects?\b|\b(?:his|her|their|its|the\s+[\w-]+['’]s|your)\s+other\s+clients\b|"
                 r"\bany\s+other\s+(?:artwork|work|works|designs?)\s+in\b|" + PUBLISHED_OWN + r"|"
                 # 'any other software the Contractor creates ..., including for itself or other clients and outside
                 # the Client's field'
                 r"\bfor\s+(?:itself|himself|herself|themselves|yourself)\s+or\s+(?:for\s+)?(?:its\s+|your\s+|their\s+)?other\s+clients\b|"
                 r"\bany\s+other\s+(?:software|code|works?|designs?|content)\s+(?:that\s+)?(?:the\s+\w+|you)\s+(?:creates?|makes?|writes?|"
                 r"develops?|produces?)\b|"
                 # the person's other work, made apart from the engagement: 'the video plus all the clips on your
                 # YouTube channel', 'anything on your personal blog', 'materials you have authored, including those
                 # prepared elsewhere'
                 r"\b(?:all|any|anything|everything|every)\b[^.;]{0,50}?\b(?:on|in|from|at)\s+(?:your|his|her|their)\s+"
                 r"(?:own\s+|personal\s+|private\s+)?(?:[\w-]+\s+)?(?:channels?|blogs?|websites?|sites?|portfolio|accounts?|archive|"
                 r"library|feeds?|pages?|profiles?|repositor(?:y|ies)|catalogue)\b|"
                 # 'any episode of your own podcast'
                 r"\b(?:of|from|on|in)\s+your\s+own\s+(?:[\w-]+\s+)?(?:podcasts?|channels?|blogs?|shows?|websites?|portfolio|accounts?|"
                 r"feeds?|newsletters?|projects?|business|practice)\b|"
                 r"\b(?:prepared|made|created|written|produced|authored)\s+elsewhere\b|\bouttakes\b|"
                 # a second grant that adds working material or the person's other work: 'plus all of the youth's raw
                 # recordings, drafts and personal creative work', 'and to your research notes, drafts and any other
                 # writing', 'plus all your other food photos from your camera roll and socials'
                 r"\b(?:plus|as\s+well\s+as|and\s+(?:also\s+)?(?:to|in)|together\s+with|including)\s+(?:all\s+|any\s+|every\s+)?(?:of\s+)?"
                 r"(?:the\s+)?(?:[\w-]+['’]s\s+|your\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:personal|private|own|other|raw|"
                 r"research|working|spare)\s+(?:[\w-]+\s+)?(?:work|works|photos?|photographs?|images|recordings?|notes|files|footage|"
                 r"writing|projects?|materials?|creative|content|designs?|code)\b|"
                 r"\b(?:your|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:camera\s+roll|socials|social\s+media)\b|"
                 # work the company does not pay for: 'any proposal or draft you send us that we don't commission or
                 # pay for', 'exploratory prototypes we decline to fund', 'even if we cancel the contract before paying'
                 r"\b(?:don['’]t|do\s+not|does\s+not|doesn['’]t|never|decline\s+to|choose\s+not\s+to)\s+(?:\w+\s+)?(?:commission|pay\s+for|"
                 r"fund|buy|purchase)\b|\bbefore\s+(?:paying|payment|we\s+pay|it\s+is\s+paid)\b|\b(?:whether|even\s+if)\s+(?:or\s+not\s+)?"
                 r"(?:we|it|the\s+company)\s+(?:pays?|paid|has\s+paid)\b(?!\s+(?:you\s+)?(?:for\s+)?(?:all|every|each))|"
                 # 'all other materials ... whether or not created for this engagement'
                 r"\bwhether\s+or\s+not\s+(?:they\s+were\s+|it\s+was\s+)?(?:created|made|developed|produced|written)\s+(?:for|under|in)\b|"
                 # 'any other materials you have developed in your practice'
                 r"\b(?:any|all)\s+(?:of\s+)?(?:the\s+|your\s+)?other\s+(?:[\w-]+\s+)?(?:materials?|work|works|writing|content|designs?|"
                 r"code|tools)\s+(?:that\s+)?(?:you|the\s+\w+|he|she|they)\s+(?:has\s+|have\s+|had\s+)?(?:developed|created|made|written|"
                 r"produced|authored|hold|holds|own|owns)\b", re.I)
PERMITTED = lazy_re(r"\b(?:you|the\s+(?:contractor|consultant|photographer|artist|author|freelancer))\s+(?:may|can|are\s+free\s+to|"
                    r"are\s+welcome\s+to|remain\s+free\s+to|retain\s+the\s+right\s+to)\s+(?:[\w-]+\s+){0,10}?$", re.I)
# Beyond the job itself, whoever the person is: their personal or other work, work for others, what they post.
PERSONAL_BEYOND = lazy_re(r"\b(?:personal|private|own-time|spare-time)\s+(?:[\w-]+\s+)?(?:work|works|photos?|projects?|writing|"
                          r"content|creative|recordings?)\b|\bcamera\s+roll\b|\bsocials\b|\bother\s+clients?\b|"
                          r"\byour\s+own\s+(?:[\w-]+\s+)?(?:podcasts?|channels?|blogs?|shows?|websites?|projects?|business|practice)\b|"
                          r"\b(?:on|in)\s+your\s+(?:social|personal)\s+(?:channels?|accounts?|media|feeds?)\b|"
                          r"\b(?:made|created|written|produced)\s+elsewhere\b|" + PUBLISHED_OWN + r"", re.I)
EXCLUSIVE_GRANT = lazy_re(r"(?<!non-)(?<!non\s)\bexclusive(?:ly)?\b(?!\s+of\b)", re.I)


ANY_PURPOSE = lazy_re(r"\bany\s+(?:purpose|use)|\bwithout\s+(?:limitation|restriction)|\bfor\s+all\s+(?:purposes|uses)|"
                      r"\bunlimited\b|\bunrestricted\b|\bin\s+perpetuity\b|\bfor\s*ever\b|\bindefinitely\b|\bwithout\s+time\s+limit\b|\bfor\s+as\s+long\s+as\s+(?:we|it|the\s+"
                      r"company)\s+(?:like|likes|wish|wishes|want|wants|choose|chooses)\b|\b(?:in\s+any\s+way|however)\s+(?:we|it)\s+"
                      r"(?:like|wish|want|choose|see\s+fit)|\bnot\s+(?:be\s+)?(?:restricted|limited)\s+in\s+how\b|"
                      r"\bnothing\b[^.;]{0,40}\blimits\s+our\s+right", re.I)


@dataclass(frozen=True)
class Taken:
    """The company takes rights in work done in a hiring stage, or in unpaid or non-employee work."""

    units: tuple[Unit, ...]  # the sentences that take it, strongest first
    why: str
    regardless: bool  # the rights pass whether or not the person is hired


def _broad(x: Unit) -> bool:
    """A licence in perpetuity or for any purpose, not limited to evaluation or to using a deliverable."""
    return ((x.has("perpetual_irrevocable") or bool(ANY_PURPOSE.search(x.text))) and not LIMITED_USE.search(x.text)
            and not x.has("evaluation_only"))


# A use of the work in the company's own business: 'in its own pitches and campaigns', 'in our own productions and
# promos', 'in its commercial products'.
OWN_COMMERCIAL_USE = lazy_re(r"\bcommercial(?:ly)?\b|\bin\s+(?:its|our|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:productions?|products?|"
                             r"pitches|campaigns|promos?|marketing|advertising|client\s+work|publications?|releases?)\b|"
                             # 'may reuse the text on our website and in our training notes'
                             r"\bon\s+(?:our|its|their|the)\s+(?:own\s+)?(?:website|site|blog|channels?|socials|feeds?|menus?|app)\b|"
                             r"\bin\s+(?:our|its|their)\s+(?:own\s+)?(?:[\w-]+\s+and\s+)?(?:training|marketing|sales)\s+(?:notes|materials?|decks?|"
                             r"courses?)\b|"
                             # 'to use it in our advertising and online courses', 'use them in ads'
                             r"\bin\s+(?:our\s+|its\s+|their\s+)?(?:own\s+)?(?:advertising|ads|adverts|advertisements|promotions?|"
                             r"(?:online\s+)?courses|brochures?|catalogues?|social\s+media|newsletters?)\b|"
                             # 'to print on our sales brochures and to sell with our coffee'
                             # (not a licence to use earlier work with the deliverable: 'a license to use it with our app')
                             r"\b(?:print|sell|publish|serve|feature)\s+(?:it\s+|them\s+)?(?:on|in|with|at)\s+(?:our|its|the)\s+(?:[\w-]+\s+)?"
                             r"(?:brochures?|bottles?|labels?|packaging|products?|coffee|menus?|boutique|shop|store|website|"
                             r"catalogues?|ads|advertising|playlists?|courses?|classes)\b",
                             re.I)


def heading_like(u: Unit) -> bool:
    """A short line with no sentence's end, a title or a clause heading: 'TRIAL NOTE - Cupping Assistant take-home',
    'Clause 2.6 (Licence to test submissions)'."""
    t = u.text.strip()
    return len(t.split()) <= 8 and not SENTENCE_END.search(t)


SENTENCE_END = lazy_re(r"[.!?;]['’\"]?$")


def own_use(text: str) -> bool:
    """A use of the work in the company's own business, not named only to deny it ('they will never be used in
    advertising')."""
    return any(not denied_before(text, m.start()) for m in OWN_COMMERCIAL_USE.finditer(text))


def stage_work_taken(d: DocFacts) -> Taken | None:
    """The rights the company takes in hiring-stage work: a transfer, or a licence in perpetuity, for any purpose or
    of the submission, that reaches what the candidate submits, whether or not they are hired, or from a stage that is
    not fairly paid and says nothing of the work staying the candidate's. A licence limited to evaluation, or a
    sentence that leaves the work with the candidate, takes nothing; "you keep the copyright but grant us a perpetual
    licence for any purpose" takes what the copyright is worth; a transfer only if the person is hired takes nothing
    from those who are not. An employee's assignment of what they make in the job is the paid work the taxonomy
    leaves alone."""
    assess = d.with_("assessment_context")
    # (a placement for course credit is no hiring stage, and the records the student helps keep there are the host's:
    # 'Clinical records and images the student helps prepare belong to the clinic')
    if not assess and is_placement(d):
        return None
    # a sentence that transfers is not undone by a weaker reading that the person keeps something
    # (a licence to use the work of those not hired is taken from them, however it is worded: the taxonomy's "or a
    # licence to use them, when the person is not hired")
    takes = [u for u in d.with_("ip_transfer") if u.p("keeps_rights") < u.p("ip_transfer")] + [
        x for x in d.with_("ip_licence") if (x.has("perpetual_irrevocable", "scope_submission", "regardless_of_hire")
                                             or ANY_PURPOSE.search(x.text) or own_use(x.text))
        and not x.has("ip_transfer") and (_broad(x) or not x.has("keeps_rights", "evaluation_only"))
        # (a non-exclusive licence for a stated purpose, for no longer than that, takes nothing lasting: 'a non-exclusive
        # licence to use your comments and the session notes to improve the product tested')
        and not (NON_EXCLUSIVE.search(x.text) and not x.has("perpetual_irrevocable") and not ANY_PURPOSE.search(x.text)
                 and not x.has("regardless_of_hire"))]
    takes = [u for u in takes if (hire_condition(u.text) != "hire" or u.has("regardless_of_hire")) and not heading_like(u)]
    # the hiring-stage work must be what is taken: a submission named in or next to the taking sentence
    submission = [u for u in takes if u.has("scope_submission") or d.near(u, "scope_submission", window=1)]
    if not submission and assess and not d.has("employee_status"):
        # a hiring-stage document whose ownership clause does not say it is limited to later paid work
        submission = [u for u in takes if d.near(u, "assessment_context", window=4)]
    if not submission:
        # rights that pass even from those not hired, or from unpaid non-employees ('all content you create as an
        # ambassador is licensed to us in perpetuity')
        unpaid_outsider = d.has("non_employee_label") and not states_employee(d) and d.has("unpaid") and not fair_pay(d, rate_check(d))
        submission = [u for u in takes if u.p("regardless_of_hire") >= 0.8] or (
            [u for u in takes if u.has("ip_licence") and _broad(u)] if unpaid_outsider else [])
    if not submission:
        return None
    regardless = any(d.near(u, "regardless_of_hire", window=2) for u in submission[:3])
    salaried = any(m.unit in ("year", "month") for u in d.units for m in u.money)
    # (in an employment offer a bonus or share options are extras on the salary, not pay that hangs on an outcome)
    staged = bool(assess) or d.has("unpaid") or (d.has("contingent_pay") and not states_employee(d)) or (
        not salaried and any(u.p("scope_submission") >= 0.8 for u in submission)) or (
        d.has("non_employee_label") and not states_employee(d))
    check = rate_check(d)
    paid_stage = fair_pay(d, check) and not d.has("unpaid", "contingent_pay")
    keeps = [u for u in d.with_("keeps_rights") if not (u.has("ip_licence") and _broad(u))
             and u.p("keeps_rights") >= u.p("ip_transfer")]
    # keeping the copyright does not undo a licence in perpetuity or for any purpose granted beside it
    broad = any(u.has("ip_licence") and _broad(u) for u in submission)
    # (work paid for at a fair rate is the company's to take, as a paid contractor's deliverable is, whether or not
    # the person is then hired; a licence beyond it, in perpetuity or for any purpose, still reaches further)
    # (where the law sets no minimum wage, as in Denmark or Sweden, pay stated as a wage for the time worked, 'DKK 450
    # per hour', is pay for the work: there is no floor to be token against)
    fairly_paid = paid_stage and check is not None and (check.below is False or (check.below is None and unfloored_wage(d, check)))
    if not (staged and ((regardless and not (fairly_paid and not broad)) or (not paid_stage and (broad or not keeps)))):
        return None
    why = ("the rights pass whether or not the person is hired" if regardless
           else "the hiring stage is not paid at a fair rate" if assess or d.has("unpaid") else "nothing is paid for it")
    return Taken(tuple(submission), why, regardless)


def ip_grab(d: DocFacts) -> list[Decision]:
    """Overbroad taking of IP: prior or own-time or post-engagement work, or the work of an unpaid hiring stage."""
    transfers = d.with_("ip_transfer")
    licences = d.with_("ip_licence")
    # (a use of the work named in plain words counts only in a hiring stage, so only there is every sentence searched)
    if not transfers and not licences and not d.has("moral_rights_waiver") and not (
            d.has("assessment_context") and any(YOUR_WORK_USED.search(t) for t in d.texts)):
        return []
    out: list[Decision] = []
    carve = d.with_("carve_out")
    check = rate_check(d)
    assess = d.with_("assessment_context")
    paid_stage = fair_pay(d, check) and not d.has("unpaid", "contingent_pay")

    # a scope sentence extends the transfer it belongs to: the transfer is in it, or in its clause, or close by
    def with_transfer(u: Unit) -> list[Unit]:
        return [u] if u.has("ip_transfer") else (d.near(u, "ip_transfer", window=3) or defined_in(d, u, "ip_transfer"))

    def kept(u: Unit) -> bool:
        """The sentence, or the one beside it that it continues, leaves the work with the person. A sentence that
        itself transfers is not undone by a carve-out beside it (a transfer of prior inventions next to a 2870 notice)."""
        if u.has("keeps_rights", "carve_out"):
            return True
        # (a heading or a definition beside it states no carve-out, whatever the tagger read)
        beside = [x for x in d.near(u, "keeps_rights", "carve_out", window=1)
                  if len(x.text.split()) >= 5 and not DEFINITION.match(x.text)]
        return not u.has("ip_transfer") and bool(beside)

    # a sentence that assigns 'all prior inventions' is not a carve-out because it also names what the person owns;
    # one that turns prior work out ('excluding pre-existing code') is
    # which way each sentence turns prior work, read once
    prior_turns = {u.index: turn(u.text, PRIOR) for u in d.units}

    def plain_transfer(u: Unit) -> bool:
        return (u.has("ip_transfer") and not u.has("keeps_rights", "ip_licence") and prior_turns[u.index] != "excluded"
                and u.p("carve_out") < u.p("scope_prior"))

    # a transfer reaches prior work where the tagger reads it so or the words bring it in ('whether made before or
    # during your employment', 'including work realised before the signature of this contract')
    # ... or a sentence that transfers names earlier work without turning it out ('copyright in all works created in
    # the course of employment and in all works in the Employee's portfolio at the date of this contract')
    # (what is made in performing the engagement, with no word of earlier work, is not earlier work, whatever the tagger
    # read: 'All firmware ... that Consultant creates in performing the Services are works made for hire')
    reach = [u for u in d.units if (u.p("scope_prior") >= SCOPE_SURE and (PRIOR.search(u.text) or u.p("scope_prior") >= 0.8)
                                    and prior_turns[u.index] != "excluded"
                                    and (PRIOR.search(u.text) or not (made_for_them(u.text) or IN_ENGAGEMENT.search(u.text))))
             or prior_turns[u.index] == "included"
             or (u.p("ip_transfer") > max(u.p("keeps_rights"), u.p("carve_out"), u.p("ip_licence")) and names_prior(d, u)
                 and prior_turns[u.index] is None)]
    prior = [u for u in reach if with_transfer(u)
             and (plain_transfer(u) or prior_turns[u.index] == "included"
                  or (not kept(u) and not u.has("ip_licence", "carve_out", "keeps_rights")))]
    if prior:
        u = prior[0]
        t = with_transfer(u)[0]
        out.append(Decision("ip.prior_work", "ip_grab", _dedupe([u, t]),
                            (f"ownership passes to the company: {_q(t)}",
                             f"and it reaches work made before the engagement: {_q(u)}", "-> ip_grab (prior work)"),
                            _conf(u, facts=("scope_prior",))))
    else:
        # a licence of earlier work is fair only when it is limited to what using the deliverable needs
        # (the licence must name earlier work, in words the reader knows or by a sure reading of the tagger)
        # (a carve-out beside a licence does not keep what the licence itself gives: 'The Contractor retains all
        # Background IP ... grants the Company a perpetual, irrevocable licence to use it for any purpose whatsoever')
        def limited(u: Unit) -> bool:
            return bool(LIMITED_USE.search(u.text)) and not UNLIMITED_USE.search(u.text)

        # (a permission left to the person is no licence taken: 'The Photographer may use the Final Images in her
        # portfolio')
        lent = [u for u in d.units if not PERSON_MAY_USE.search(u.text)
                and (u.p("scope_prior") >= SCOPE_SURE or (names_prior(d, u) and prior_turns[u.index] is None))
                and (not kept(u) or (u.has("ip_licence") and UNLIMITED_USE.search(u.text)))
                and (names_prior(d, u) or u.p("scope_prior") >= 0.8)
                and not u.has("carve_out", "keeps_rights") and (u.has("ip_licence") or d.near(u, "ip_licence", window=1))
                and ((u.has("perpetual_irrevocable") or ANY_PURPOSE.search(u.text)) and not limited(u)
                     or EXCLUSIVE_GRANT.search(u.text)  # (an exclusive grant of earlier work takes it from the person)
                     # (a use in the company's own business, the licence's own words or its neighbour's: 'You authorise the
                     # agency to reuse, adapt and present any portfolio piece in its own pitches and campaigns')
                     or any(own_use(g.text) and not limited(g) and not g.has("evaluation_only")
                            for g in ([u] if u.has("ip_licence") else d.near(u, "ip_licence", window=1)))
                     # (and in an application there is no deliverable for a licence of earlier work to serve: 'Hanseatic
                     # Insights may reuse your case studies ... in its own client work without payment')
                     # (the licence is the sentence's own or its neighbour's: 'you allow the firm to read and share the
                     # sample internally solely to evaluate your application' is limited to the evaluation)
                     or (d.has("assessment_context") and not d.has("employee_status") and any(
                         not g.has("evaluation_only") and not limited(g)
                         for g in ([u] if u.has("ip_licence") else d.near(u, "ip_licence", window=1)))))]
        if lent:
            u = lent[0]
            out.append(Decision("ip.prior_work", "ip_grab", _dedupe([u] + d.near(u, "ip_licence", window=1)),
                                (f"the company takes a licence to work made before the engagement: {_q(u)}",
                                 "the licence is not limited to what using the deliverable needs", "-> ip_grab (prior work)"),
                                _conf(u, facts=("scope_prior",))))

    # which way a sentence turns own-time work: 'excluding inventions made on your own time' is a carve-out,
    # 'including inventions made entirely on your own time' reaches them, whatever the tagger read
    turns = {u.index: turn(u.text, OWN_TIME) for u in d.units}
    carve = [u for u in carve if turns[u.index] != "included"] + [
        u for u in d.units if turns[u.index] == "excluded" and u not in carve and u.has("ip_transfer", "carve_out", "scope_own_time")]
    # (a sentence whose words bring own-time work in is not a carve-out, whatever the tagger read)
    own = [u for u in d.units if ((u.p("scope_own_time") >= SCOPE_SURE and not (made_for_them(u.text) and not OWN_TIME.search(u.text)))
                                  or turns[u.index] == "included"
                                  or REGARDLESS_OWN_TIME.search(u.text))
           and turns[u.index] != "excluded" and (turns[u.index] == "included" or not kept(u)) and with_transfer(u)]
    # (a carve-out of something else does not keep own-time work that a sentence takes outright: 'You may continue
    # open-source contributions that do not use Company code' beside 'Inventions you make outside working hours,
    # without Company resources, in any field whatsoever, also belong to the Company')
    outright = [u for u in own if u.p("ip_transfer") >= WORK_SURE and u.p("scope_own_time") >= WORK_SURE
                and turns[u.index] != "excluded" and not u.has("carve_out", "keeps_rights")]
    carve_own = [c for c in carve if not MAY_CONTINUE.match(c.text)]
    if own and (not carve or (outright and not carve_own)):
        u = (outright or own)[0]
        t = with_transfer(u)[0]
        out.append(Decision("ip.own_time", "ip_grab", _dedupe([u, t]),
                            (f"ownership passes to the company: {_q(t)}",
                             f"and it reaches work made on the person's own time or unrelated to the business: {_q(u)}",
                             "no carve-out for such work (Labor Code 2870 style) is stated", "-> ip_grab (own-time work)"),
                            _conf(u, facts=("scope_own_time",))))

    # a period after the engagement in a non-compete or non-solicit is a covenant's length, not a reach of ownership
    # (the creation may be named in the sentence the period extends: 'Processes you develop for us while you're
    # employed are ours. That runs for two years after you finish up too')
    from .readers import AFTER_END

    after = [u for u in d.with_("scope_after_end") if u.p("scope_after_end") >= SCOPE_SURE and with_transfer(u)
             and not u.has("non_compete", "non_solicit") and not OPTION_ONLY.search(u.text)
             and turn(u.text, AFTER_END) != "excluded" and not LEFT_OUT.search(u.text)
             and (CREATION.search(u.text) or (u.index > 0 and CREATION.search(d.units[u.index - 1].text)
                                              and d.units[u.index - 1].has("ip_transfer")))]
    if after:
        u = after[0]
        out.append(Decision("ip.after_end", "ip_grab", _dedupe([u]),
                            (f"it reaches work conceived after the engagement ends: {_q(u)}", "-> ip_grab (post-engagement work)"),
                            _conf(u, facts=("scope_after_end",))))

    # rights in what lies beyond the deliverable: drafts and rejected concepts, notes, know-how, or work for other
    # clients ('all intellectual property the Consultant creates during the term, including work for other clients')
    granted = [u for u in d.units if u.has("ip_transfer", "ip_licence", "moral_rights_waiver")]
    # (not where the words are a permission left to the person: 'you may show up to 20 of them in your own portfolio')
    beyond = [u for u in granted if any(not PERMITTED.search(u.text[max(0, m.start() - 80):m.start()]) for m in BEYOND.finditer(u.text))
              and turn(u.text, BEYOND) in ("included", None)]
    beyond = [u for u in beyond if not kept(u) and not u.has("keeps_rights", "carve_out")
              and ((u.has("ip_transfer") and u.p("ip_transfer") > u.p("ip_licence")) or u.has("moral_rights_waiver")
                   or (u.has("ip_licence") and (u.has("perpetual_irrevocable") or ANY_PURPOSE.search(u.text)
                                                or EXCLUSIVE_GRANT.search(u.text))))]
    # (an employee's work made in the course of employment is the employer's: the test is for paid engagements)
    # (but the person's personal work, work for others or what they post is outside any job)
    if states_employee(d):
        beyond = [u for u in beyond if PERSONAL_BEYOND.search(u.text)]
    if beyond and not {"ip.prior_work", "ip.own_time"} & {x.kind for x in out}:
        u = beyond[0]
        out.append(Decision("ip.beyond_deliverable", "ip_grab", _dedupe([u]),
                            (f"the company takes rights in more than the work it pays for: {_q(u)}",
                             "-> ip_grab (beyond the deliverable)"), _conf(u, facts=("ip_transfer", "ip_licence"))))

    taken = stage_work_taken(d)
    if taken is not None and not is_charity(d):  # (a charity's volunteers are in no hiring stage)
        u, why = taken.units[0], taken.why
        ev = [u] + d.near(u, "regardless_of_hire", "scope_submission", window=2)
        out.append(Decision("ip.interview_work", "ip_grab", _dedupe(ev),
                            (f"the company takes rights in the candidate's hiring-stage work: {_q(u)}", why,
                             "-> ip_grab (interview work)"), _conf(u, facts=("ip_transfer", "ip_licence"))))

    # a use of the unpaid stage's work the company keeps for itself, in plain words and whatever happens to the
    # person, is a licence taken for nothing: 'Bayou Ridge may adopt your checklist for use by our crews', 'Your idea
    # could go on our menu', 'Your programme might be run at the hotel, whether or not we hire you'
    if "ip.interview_work" not in {x.kind for x in out} and assess and not paid_stage and not is_charity(d):
        used = [u for u in d.units if puts_work_to_use(d, u)]
        if used:
            u = used[0]
            out.append(Decision("ip.interview_work", "ip_grab", _dedupe([u]),
                                (f"the company may use the candidate's unpaid hiring-stage work in its business: {_q(u)}",
                                 "a use of the work is a licence taken for nothing", "-> ip_grab (interview work)"), 0.7))

    # an employment contract whose transfer or waiver also reaches the unpaid test or sample done to get the job
    if "ip.interview_work" not in {x.kind for x in out}:
        # (or the sentence after a transfer that extends it: 'So do any ideas you discussed in your interviews', 'The
        # assignment also covers suggestions you made during your earlier interviews'; but not one that leaves them
        # out: 'Ideas you discussed in your interviews are excluded')
        reach = [u for u in d.units if STAGE_WORK.search(u.text) and not u.has("keeps_rights") and hire_condition(u.text) != "hire"
                 and (u.has("moral_rights_waiver", "ip_transfer") or any(x.has("ip_transfer") for x in d.units[max(0, u.index - 2):u.index]))
                 and not STAGE_WORK_LEFT_OUT.search(u.text)]
        if reach:
            u = reach[0]
            out.append(Decision("ip.interview_work", "ip_grab", _dedupe([u]),
                                (f"the rights taken reach the unpaid work done to get the job: {_q(u)}",
                                 "-> ip_grab (interview work)"), _conf(u, facts=("moral_rights_waiver", "ip_transfer"))))
    # work done unpaid (or for commission only) under a non-employee label, taken outright or for good: a for-profit's
    # 'volunteers' and 'ambassadors' whose content is licensed to it perpetually and irrevocably
    if not {"ip.interview_work", "ip.prior_work"} & {x.kind for x in out} and not is_charity(d):
        unpaid_status = [u for u in d.with_("non_employee_label") if u.p("non_employee_label") >= LABEL_SURE]
        firm = rate_check(d, unconditional=True)
        unpaid_work = unpaid_for_the_hours(d, firm)
        # (a non-exclusive licence from someone who keeps the copyright, as an open-source contributor licence is,
        # leaves them free to use their work as they like: 'You retain all right, title and interest in Your
        # Contributions. This CLA is a licence, not an assignment.')
        licence_only = (any(u.p("keeps_rights") >= WORK_SURE and not u.has("ip_transfer") for u in d.units)
                        and any(NON_EXCLUSIVE.search(x.text) for x in licences)
                        and not any(EXCLUSIVE_GRANT.search(x.text) for x in d.units))
        # (an outright transfer counts where nothing at all is paid for the work: the volunteers' content)
        # (nor a transfer that waits for the pay: 'Title to the pilot deliverable passes to the Company on payment in full')
        outright = [u for u in d.with_("ip_transfer") if not u.has("keeps_rights", "ip_licence", "carve_out")
                    and not d.has("paid") and not (licence_only and u.p("ip_transfer") < WORK_SURE)
                    and not ON_PAYMENT.search(u.text)]
        lasting = [u for u in d.units if (u in outright or (u.has("ip_licence") and u.has("perpetual_irrevocable")
                                                            and not licence_only))
                   and not kept(u) and not u.has("keeps_rights", "evaluation_only")]
        if unpaid_status and unpaid_work and lasting and not (firm is not None and firm.below is False):
            u = lasting[0]
            out.append(Decision("ip.unpaid_work", "ip_grab", _dedupe([u, unpaid_status[0]]),
                                (f"the company takes lasting rights in the person's work: {_q(u)}",
                                 f"work done under a non-employee status and not paid for its hours: {_q(unpaid_status[0])}",
                                 "-> ip_grab (unpaid work)"), _conf(u, facts=("ip_transfer", "ip_licence"))))
    # ('you keep all rights in the sketch, including the right to be credited' keeps the moral rights it names)
    waiver = [u for u in d.with_("moral_rights_waiver") if u.p("keeps_rights") < u.p("moral_rights_waiver")]
    if waiver and (assess or d.has("unpaid")) and not paid_stage and "ip.interview_work" not in {x.kind for x in out}:
        u = waiver[0]
        out.append(Decision("ip.moral_rights_unpaid", "ip_grab", _dedupe([u]),
                            (f"moral rights are waived: {_q(u)}", "for work done in an unpaid hiring stage",
                             "-> ip_grab (moral rights in unpaid work)"), _conf(u, facts=("moral_rights_waiver",))))
    return out


# ------------------------------------------------------------------------------------------------ misclassification


def misclassification(d: DocFacts) -> list[Decision]:
    """A non-employee label on work controlled like employment, or unpaid 'volunteer'/'intern' work for a business."""
    # the status must be stated clearly: a test that strips protections should not rest on a doubtful reading
    # (a status offered for later, 'if the day goes well, we would offer you a place in our team of freelance seconds',
    # is not the status of the work asked now)
    # (a status the person may choose is not one put on them: 'If you're a freelancer with a KvK registration and you
    # prefer to invoice us, that's fine too, at the same day rate')
    labels = [u for u in d.with_("non_employee_label") if u.p("non_employee_label") >= LABEL_SURE and not CHOSEN_STATUS.search(u.text)
              and u.p("employee_status") < u.p("non_employee_label")
              and (hire_condition(u.text) != "hire" or (FIRST_PERIOD.search(u.text) and LATER_EMPLOYMENT.search(u.text)))
              and not LATER_STATUS.search(u.text)]
    # Making the worker carry the employer's taxes, social contributions or insurance states a non-employee status
    # as plainly as a label does (the taxonomy's "shifts the employer's obligations onto them").
    labels += [u for u in d.with_("own_costs") if u.p("own_costs") >= LABEL_SURE and EMPLOYER_COSTS.search(u.text)
               and not NO_TAX_DUE.search(u.text) and not u.has("employee_status") and u not in labels]
    # an unpaid placement tied to a course gives the person a student's status, not a worker's: where the student
    # does staff's work (see is_placement), that status is the one the test weighs
    if d.has("unpaid") and d.has("core_work"):
        labels += [u for u in d.with_("academic_programme") if u.p("academic_programme") >= LABEL_SURE
                   and not u.has("employee_status") and u not in labels]
    # (where the document states the person is an employee, a reading of a status in a sentence with no word of one,
    # 'we'd like you to join Brickyard Builders as a site labourer', is not a label)
    employee = states_employee(d)
    if labels and employee:
        from .readers import STATUS_NOUN, STATUS_WORDS

        # ('workers' accident insurance applies' names a scheme, not the person's status)
        def words(t: str) -> str:
            return re.sub(r"\bworkers['’]?\s+(?:accident|comp\w*)\b", " ", t, flags=re.I)

        labels = [u for u in labels if STATUS_NOUN.search(words(u.text)) or STATUS_WORDS.search(words(u.text))]
    # (terms titled for the status, 'Table Mountain Research - Freelancer Terms', name it where no sentence does)
    if not labels and not employee:
        labels = [replace(t, facts={"non_employee_label": LABEL_SURE}) for t in d.titles if TITLE_STATUS.search(t.text)
                  and not re.search(r"\bemploy", t.text, re.I)][:1]
        # (so does a title naming an internship the document leaves unpaid: 'Savanna Pay — Internship' and 'Pay: none;
        # no stipend is paid')
        # (not the internship a hiring stage leads to: 'FIELD-SALES INTERNSHIP: SELECTION STEP')
        labels = labels or [replace(t, facts={"non_employee_label": LABEL_SURE}) for t in d.titles
                            if INTERNSHIP_TITLE.search(t.text) and not re.search(r"\bemploy", t.text, re.I)
                            and not d.has("assessment_context") and effort_hours(d) > SHORT_TEST_HOURS
                            and any(u.p("unpaid") >= LABEL_SURE for u in d.with_("unpaid"))][:1]
    if not labels:
        return []
    # (a status named outright, 'You'll be on a B2B contract as a self-employed contractor', outweighs an employee
    # reading that rests only on words of working time, 'full-time on our product, 9 to 17')
    if employee and not states_employee(d, strong=True) and any(
            u.p("non_employee_label") >= 0.9 and OUTRIGHT_STATUS.search(u.text) for u in labels):
        employee = False
    if is_charity(d):
        return []
    control = d.with_("control")
    indep = d.with_("independence")
    core = d.with_("core_work")
    costs = d.with_("own_costs")
    firm = rate_check(d, unconditional=True)
    unpaid = unpaid_for_the_hours(d, firm)
    later = any(LATER_EMPLOYMENT.search(u.text) for u in d.with_("employee_status"))
    label = labels[0]
    # (a trainee or participant whose stage of work nothing pays but expenses is unpaid; a freelancer's unpaid test is
    # unpaid_scope's question, and their status fails only by control)
    unpaid = unpaid or (nothing_pays_the_stage(d) and not CONTRACTOR_WORD.search(label.text))
    # (a status stated with its pay, 'Paid internship, $18 an hour', is paid work: an unpaid test to get it is
    # unpaid_scope's question, not the status's)
    if unpaid and any((x.p("paid") >= 0.8 or PAID_WORK.search(x.text)) and not x.has("unpaid", "contingent_pay")
                      and not hire_condition(x.text) for x in labels) and not (
            firm is not None and firm.token):
        unpaid = False
    out: list[Decision] = []
    kind = _status_kind(label.text)
    # (a course placement's student status is a trainee's, however the document words it: 'Your stage: three weeks,
    # unpaid, credited by your school')
    if kind == "status.controlled_contractor" and label.p("academic_programme") >= LABEL_SURE and not CONTRACTOR_WORD.search(label.text):
        kind = "status.unpaid_intern"
    # primary-beneficiary test: a link to a course excuses unpaid work only while the person does not do staff's work
    school = is_placement(d)
    work = [x for x in (core or d.with_("real_work_output")) if not heading_like(x)]  # (a heading states no work)
    c_score = sum(u.weight("control") for u in control)  # each sign counts by how sure the tagger is
    # invoicing and a negotiated rate are the paperwork of independence, not its substance (own hours, own tools,
    # other clients, a substitute): a sign of independence in a sentence about the money counts half; the word
    # "independent" in the status label itself is the label, not a sign
    i_score = sum(u.weight("independence") * _independence_share(u, labels) for u in indep)
    if school:
        return []
    volunteer = kind == "status.for_profit_volunteer"
    # a volunteer is unpaid by definition unless the document pays them
    unpaid = unpaid or (volunteer and not d.has("paid"))
    # a business's 'volunteers' who give it hours of their time, on any schedule, work for it
    # (a company that says it is run for profit has no volunteers, whatever their hours: 'The helpers volunteer for
    # Ledgerly Labs Inc., the for-profit company that runs the exchange and earns its trading fees')
    business_volunteer = volunteer and is_business(d) and (d.has("effort", "control") or states_for_profit(d)
                                                           or any(SERVES_TRADE.search(t) for t in d.texts))
    # a contractor status for a hiring stage (probation, a contract-to-hire period) before employment: the employee
    # status stated is the later one, and does not cover the stage
    probation = (later and not employee) or (
        employee and any(u.has("assessment_context") or d.near(u, "assessment_context", window=1) for u in labels))
    # a status for a first period before employment ('for the first three months we'll engage you on a
    # self-employed basis; once you pass, you'll move onto our employment contract')
    first_period = (employee or later or any(LATER_EMPLOYMENT.search(u.text) for u in labels)) and any(
        FIRST_PERIOD.search(u.text) for u in labels)
    probation = probation or first_period
    if probation and kind == "status.controlled_contractor":
        kind = "status.contractor_probation"
    # a volunteer is someone giving time to a cause; the label fails when the time goes into a business's own work
    # an employee on a payroll at a fair rate is not made a non-employee by a stray mention of unpaid work
    # (nor is one whose employment is stated in its own words, on a payroll or a contract of service, at a token wage:
    # the wage is unpaid_scope's question, the status is right)
    # (and where no label outweighs it: 'the apprentice is a program participant and is not an employee')
    paid_employee = employee and (fair_pay(d, rate_check(d)) or (
        states_employee(d, strong=True) and not any(NOT_EMPLOYEE_WORDS.search(u.text) for u in labels)
        and max(u.p("employee_status") for u in d.with_("employee_status")) > max(u.p("non_employee_label") for u in labels)))
    # (a short unpaid test is not work under a status: the stint must be more than a short test, or real work, or directed)
    # (a freelancer or contractor tested for a panel is judged by how the work is done, not by an unpaid test: in a
    # hiring stage the status itself fails only where the work is directed, by more than one doubtful sign)
    # (nor is a freelancer whose pitches go unpaid: unpaid work is unpaid_scope; a contractor's status fails by control)
    # ('the Contractor completes a trial sprint': a contractor on trial is judged as a contractor)
    trial_contractor = (kind == "status.unpaid_trial_not_employee" and CONTRACTOR_WORD.search(label.text) is not None
                        and not NOT_EMPLOYEE_WORDS.search(label.text))
    tested_freelancer = (kind == "status.controlled_contractor" or trial_contractor) and not probation and (
        d.has("assessment_context") or CONTRACTOR_WORD.search(label.text) is not None)
    # (a short practice session before the work starts is a short test, however closely it is supervised: 'one unpaid
    # two-hour video session ... the Contractor practises on test tracks under the curator's supervision')
    # (nor is a short demonstration with no work in it, whatever the person is told to wear or bring: 'a 30-min mock sale
    # with me, fake product ... wear black')
    # (a business's 'volunteers' work for it however short their shift)
    short_practice = not work and 0 < effort_hours(d) <= SHORT_TEST_HOURS and (
        d.has("synthetic_task") or kind not in ("status.for_profit_volunteer", "status.controlled_contractor"))
    if unpaid and not paid_employee and not short_practice and (c_score >= 0.9 if tested_freelancer else
                                         (work or control or business_volunteer
                                          or (not volunteer and effort_hours(d) > SHORT_TEST_HOURS))):
        w = (work or control or d.with_("effort") or [u for u in d.units if FOR_PROFIT.search(u.text)] or [label])[0]
        out.append(Decision(kind if kind != "status.controlled_contractor" else "status.unpaid_trial_not_employee",
                            "misclassification", _dedupe([label, w]),
                            (f"the person is given a non-employee status: {_q(label)}",
                             "the work is unpaid and the organisation is not a charity, nor is this a course placement",
                             f"yet the person does directed or productive work: {_q(w)}", "-> misclassification"),
                            _conf(label, facts=("non_employee_label",))))
    elif kind == "status.unpaid_trial_not_employee" and not employee and not short_practice and (
            work or c_score >= 0.5 or effort_hours(d) > SHORT_TEST_HOURS) and not (
            trial_contractor and not work and i_score > c_score):  # (a contractor on trial who works independently)
        # "a trial participant, not an employee" doing the job's work: paid or not, the label has no independence
        # behind it, and the work is the employee's
        w = (work or control or d.with_("effort"))[0]
        out.append(Decision(kind, "misclassification", _dedupe([label, w]),
                            (f"the person is given a non-employee status for a hiring stage: {_q(label)}",
                             f"yet does the job's work or works under direction: {_q(w)}", "-> misclassification"),
                            _conf(label, facts=("non_employee_label",))))
    elif ((not employee or probation) and not all(_status_kind(u.text) == "status.unpaid_intern" for u in labels)
          and not (short_practice and d.has("assessment_context"))):
        # (an intern or trainee is supervised by the nature of the role: what decides their status is whether they
        # are paid and whether they do staff's work, the test above, not how closely they are directed)
        strong = c_score >= 1.5 and c_score > 1.5 * i_score
        mixed = c_score >= 0.8 and bool(core or costs) and i_score < 0.8 * c_score
        plain = c_score >= 0.9 and i_score == 0
        # (three kinds of control named in words, when, where and how the work is done, are the substance of employment
        # however much the person may also work elsewhere: 'You work our 11 am to 8 pm shift six days a week, and our
        # supervisor checks your work every day' beside 'you may also work for other spas')
        directed = c_score >= 2.5 and c_score > i_score
        # the employer's taxes or insurance shifted onto someone whose work is directed, with nothing independent
        shifted = c_score >= 0.5 and i_score < 0.5 * c_score and any(EMPLOYER_COSTS.search(u.text) for u in costs)
        # probation as a contractor: the job's own work, directed, under a non-employee status until it is confirmed
        # (the taxonomy's "probation as a contractor": the probation of a job that becomes employment is a trial of
        # that job, so a non-employee status for it fails unless the person is truly independent)
        trial_status = first_period and kind != "status.for_profit_volunteer" and (
            (c_score >= 0.5 and i_score < c_score) or i_score < 0.5)
        # 'volunteers' paid a day rate to do the business's own work are its workers under another name
        # (the volunteers must be the person, not others the business works with: 'a series recorded by our volunteers')
        paid_volunteer = (volunteer and is_business(d) and bool(work or control) and i_score < c_score
                          and re.search(r"\byou\b|\bjoin\w*\s+(?:us\s+)?as\b", label.text, re.I) is not None and any(
                              x.has("paid") and any(m.unit in ("hour", "day", "shift", "week") for m in x.money) for x in d.units))
        if strong or mixed or plain or directed or shifted or trial_status or paid_volunteer:
            ev = [label] + control[:2] + (core[:1] or costs[:1])
            out.append(Decision(kind if probation or paid_volunteer else "status.controlled_contractor", "misclassification", _dedupe(ev),
                                (f"the person is given a non-employee status: {_q(label)}",
                                 (f"the company controls the work ({len(control)} signs, e.g. {_q(control[0])})" if control
                                  else "the status is for the probation of a job that then becomes employment"),
                                 f"signs of independence: {len(indep)}"
                                 + (f"; core work: {_q(core[0])}" if core else "") + (f"; own costs: {_q(costs[0])}" if costs else ""),
                                 "-> misclassification"),
                                _conf(label, *control[:2], facts=("non_employee_label", "control"))))
    return out


# A first period of the job ('for the first three months', 'your first 6 months are a trial period', 'for the first 90
# days ... if it works out').
FIRST_PERIOD = lazy_re(r"\b(?:first|initial|opening)\s+(?:\w+\s+){0,2}(?:months?|weeks?|days?|period|season|year|term)\b|\bprobation\w*|"
                       # 'Les deux premiers mois', 'los primeros tres meses'
                       r"\bpremi[eè]re?s?\s+(?:mois|semaines?|p[ée]riode|jours)\b|\b(?:deux|trois|quatre|six|\d+)\s+premiers\s+mois\b|"
                       r"\b(?:los|las)\s+(?:primeros|primeras)\s+(?:\w+\s+)?(?:meses|semanas|d[ií]as)\b|"
                       # 'Every engineer starts on a 6-month contractor agreement before moving to an employment contract'
                       r"\bstarts?\s+(?:on|with)\s+an?\s+\d+[- ](?:months?|weeks?)\b|"
                       r"\btrial\s+period\b|\bonce\s+you\s+pass\b|\bafter\s+which\b|\bif\s+it\s+works\s+out\b", re.I)


# A status offered for later ('we would offer you a place in our team of freelance seconds for the season').
# ('we will engage you as a freelance animator' is the engagement now: "will" is later only after a condition)
LATER_STATUS = lazy_re(r"\b(?:would|may|might|could)\s+(?:then\s+)?(?:offer|invite|engage|add|welcome)\s+you\b|"
                       # 'Selected applicants receive internship offers afterwards'
                       r"\b(?:receive|get|are\s+offered|be\s+offered)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:internship|traineeship|placement|job|"
                       r"role|position|contract)s?(?:\s+offers?)?\s+(?:afterwards|later|then|at\s+the\s+end)\b|"
                       r"\b(?:if|once|when|after|should)\b[^.;]{0,80}\bwill\s+(?:then\s+)?(?:offer|invite|engage|add|welcome)\s+you\b",
                       re.I)


# Employment promised for later ('may offer you employment as a full-time employee', 'after conversion') is not the
# person's status now.
LATER_EMPLOYMENT = lazy_re(
    r"(?:\b(?:may|might|will|would|could|shall|intends?\s+to|plans?\s+to)|['’]ll)\s+(?:then\s+)?(?:be\s+)?(?:offer|convert|hire|transition|move|"
    r"bring|employ|make|take\s+you\s+on)\w*\b[^.;]{0,80}?\b(?:employ\w*|W-?2|payroll|permanent|staff|fixed[- ]term|collective\s+agreement)\b|"
    r"\b(?:after|upon|on|following|from)\s+"
    r"(?:your\s+|the\s+)?conversion\b|\bconvert\w*\s+(?:you\s+)?to\s+(?:an?\s+)?(?:(?:full-time|permanent|W-?2)\s+){0,3}employee|"
    r"\bonce\s+you\s+(?:become|are)\s+(?:an?\s+)?employee|\bonce\s+you\s+(?:convert|are\s+converted)\b|\bbecom\w*\s+(?:an?\s+)?(?:full-time\s+|permanent\s+)?employee|"
    # 'Participants who perform well will receive a return offer for a full-time Robotics Technician position'
    r"\breturn\s+offers?\b|"
    # 'you're on recibos verdes; the employment contract comes after'
    r"\b(?:the\s+|an?\s+|your\s+)?(?:employment\s+(?:contract|agreement)|umow[aęy]\s+o\s+prac[ęe]|CDI|Arbeitsvertrag|contrato\s+de\s+trabajo)\s+"
    r"(?:only\s+)?(?:comes|follows|starts|begins|vient|viendra|suit|commence)\s+(?:after|later|afterwards|après|ensuite|plus\s+tard)(?!\w)|"
    # 'as a 1099 contractor, then W-2 if you make it'
    r"\bthen\s+(?:an?\s+)?(?:W-?2|PAYE|payroll|employment|staff|umow[aęy]\s+o\s+prac[ęe]|CDI)\b|"
    # 'as a probation period, before we sign an employment contract'
    r"\bbefore\s+(?:we\s+|you\s+)?(?:sign|offer|give|move\s+you\s+(?:on)?to|moving\s+(?:on)?to|get)\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+)?"
    r"(?:permanent\s+|proper\s+|formal\s+)?employment\s+(?:contract|agreement)\b|"
    # 'If it's a thumbs up, you'll get a töölepingu with the same salary'
    r"\b(?:if|once|when|after)\b[^.;]{0,60}\byou['’]ll\s+(?:get|receive|sign|be\s+offered|move\s+(?:on)?to)\s+(?:an?\s+|the\s+)?"
    r"(?:employment\s+(?:contract|agreement)|permanent\s+contract|contract\s+of\s+employment|töölepingu|CDI|umowę\s+o\s+pracę)\b|"
    # 'Successful graduates will receive a regular job offer with a basic pay of PHP 22,000/month'
    r"\b(?:successful|selected|qualifying)\s+(?:graduates|candidates|trainees|participants|interns|applicants)\s+(?:will|may|would)\s+"
    r"(?:receive|get|be\s+given|be\s+made)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:job|employment)\s+offers?\b|"
    # 'First 6 months are probation as a contractor, you'll invoice us, then we make you staff'
    r"\bthen\s+(?:we\s+|we['’]ll\s+|we\s+will\s+)?(?:make|take|put|bring|hire|employ)\s+you\s+(?:on\s+)?(?:as\s+)?(?:our\s+)?"
    r"(?:staff|an?\s+employee|permanent|payroll)\b|"
    # 'on a 1099 contract, switching to W-2 if it works out', 'moving onto payroll after that'
    r"\b(?:switch|mov|transition|convert|go)\w*\s+(?:on\s*)?(?:to|onto|into)\s+(?:a\s+|the\s+|our\s+)?(?:W-?2|payroll|PAYE|"
    r"(?:an?\s+)?employee|employment|staff)\b|"
    # 'after which the Company will decide whether to offer Consultant a position as a W-2 employee'; 'after that we'll
    # consider taking you on as staff'
    r"\bconsider\w*\s+(?:taking|bringing|hiring|employing|making|offering|putting)\b[^.;]{0,60}?\b(?:employ\w*|staff|payroll|"
    r"permanent|position|role)\b|"
    r"\b(?:decide|decides|consider|considers|determine|determines|assess|assesses|review|reviews)\s+whether\s+(?:or\s+not\s+)?to\s+"
    r"(?:offer|hire|convert|employ|make|take)\b[^.;]{0,80}?\b(?:employ\w*|W-?2|payroll|permanent|staff|position|role)\b|"
    # 'you move onto payroll as an employee if you pass', 'before putting them on payroll', 'then we move you to an
    # employment contract', 'you join our rolls once confirmed'
    r"\b(?:move|moves|moving|moved|put|puts|putting|take|takes|taking|bring|brings|bringing|transfer|transfers|transferring)\s+"
    r"(?:you|them|him|her|the\s+\w+)?\s*(?:on|onto|to|into)\s+(?:our\s+|the\s+|an?\s+|your\s+)?(?:payroll|rolls|books|"
    r"(?:permanent\s+|regular\s+|standard\s+)?(?:employment|staff)(?:\s+(?:contract|agreement))?)\b|"
    r"\b(?:join|joins|joining)\s+(?:our|the)\s+(?:rolls|payroll)\b", re.I)


# The words an employee's status is stated in: 'a position' or 'a role' alone states no status.
STRONG_EMPLOYEE_WORDS = lazy_re(r"\bemploy(?!\w*\s+(?:contractors?|freelancers?))\w*|\bW-?2\b|\bpayroll\b|\bPAYE\b|\bpermanent\b|"
                                r"\bsalar\w*|\bpension\b|\bsocial\s+security\b|\bnational\s+insurance\b|\bsuperannuation\b|"
                                r"\bsick\s+(?:pay|leave)\b|\b(?:annual|paid)\s+leave\b|\bprobation\w*", re.I)
# A status named outright, of the person: 'as a self-employed contractor', 'on a B2B contract', 'as an independent
# contractor'.
OUTRIGHT_STATUS = lazy_re(r"\b(?:as|is|are|be|being)\s+(?:an?\s+)?(?:self-employed|independent|freelance|B2B)\b|\bB2B\s+contract\b|"
                          r"\bself-employed\s+contractor\b|\bnot\s+(?:an?\s+)?employees?\b", re.I)
EMPLOYEE_WORDS = lazy_re(r"\bemploy\w*|\bW-?2\b|\bpayroll\b|\bPAYE\b|\bpermanent\b|\bstaff\b|\bsalar\w*|\bbenefits?\b|"
                         r"\bprobation\w*|\bfull[- ]time\b|\bpart[- ]time\b|\bcasual\b|\btemporary\b|\bfixed[- ]term\b|"
                         r"\bworkers?\b|\bhir(?:e|ed|ing)\b|\bjoin\w*|\bteam\s+member\b|\bpension\b|\bsocial\s+security\b|"
                         r"\bnational\s+insurance\b|\bsuperannuation\b|\bsick\s+(?:pay|leave)\b|\b(?:annual|paid)\s+leave\b",
                         re.I)


NEGATED_STATUS = lazy_re(r"(?:\b(?:not|never|no\s+longer|rather\s+than|instead\s+of)|n['’]t)\s+(?:\w+\s+){0,3}?$", re.I)


def states_employee(d: DocFacts, strong: bool = False) -> bool:
    """The document gives the person an employee's status now: a sure reading in the words of employment, not
    outweighed in its sentence by a non-employee label, and not a promise of employment later. `strong`: in words
    that name employment itself, not only its working time ('full-time', 'casual')."""
    from .readers import NO_EMPLOYMENT_YET, NOT_AN_EMPLOYEE

    words = STRONG_EMPLOYEE_WORDS if strong else EMPLOYEE_WORDS
    return any(u.p("employee_status") >= LABEL_SURE
               and not NO_EMPLOYMENT_YET.search(u.text) and not NOT_AN_EMPLOYEE.search(u.text) and u.p("employee_status") > u.p("non_employee_label")
               # (in words of employment that are not denied: 'Because you are not on our payroll, holiday pay and
               # occupational pension do not apply' states no employment)
               and any(not NEGATED_STATUS.search(u.text[max(0, m.start() - 30):m.start()]) for m in words.finditer(u.text))
               and not LATER_EMPLOYMENT.search(u.text) and not u.text.rstrip().endswith("?")  # a question states nothing
               and hire_condition(u.text) != "hire"  # ('after a successful internship ... a permanent employment')
               for u in d.with_("employee_status"))


# What independence is made of: the person's own schedule, methods, tools, clients, substitutes, the right to refuse.
INDEPENDENCE_SUBSTANCE = lazy_re(r"\b(?:own|manner|means|method\w*|schedul\w*|(?<!for\s)(?<!their\s)(?<!your\s)(?<!the\s)hours|tools?|equipment|clients|customers|"
                                 r"substitut\w*|subcontract(?!ors?\b)\w*|delegat\w*|decid\w*|determin\w*|choos\w*|free\s+to|"
                                 r"discretion|control\s+over|refuse|decline|wherever|whenever)\b", re.I)


INVOICING_VEHICLE = lazy_re(r"\b(?:through|via|from|under|using|with)\s+(?:your|their|his|her|the\s+person['’]s)\s+own\s+"
                            r"(?:limited\s+)?(?:company|business|firm|entity|ltd|llc|CNPJ|MEI|umbrella\s+company|ABN)\b|"
                            # 'you invoice us from an enkeltpersonforetak', 'as a contractor under your own ABN'
                            r"\b(?:through|via|from|under|using|with)\s+(?:an?\s+|your\s+)?(?:enkeltpersonforetak|sole\s+proprietorship|"
                            r"auto-?entreprise|micro-?entreprise|einzelunternehmen)\b", re.I)


def _independence_share(u: Unit, labels: list[Unit]) -> float:
    """How much a sentence's reading of independence counts. In a sentence that states the status ('Contractor is an
    independent contractor', 'Contractor will invoice monthly'), only the substance of independence (own hours,
    tools, methods, clients, a substitute, the right to refuse) counts, not the label's words; invoicing and a price
    in a sentence about the money are the paperwork of independence and count half."""
    # (a company of one's own used only to invoice through is the label's paperwork: 'You will be engaged as a PJ
    # and issue a monthly nota fiscal through your own company')
    if u in labels and not INDEPENDENCE_SUBSTANCE.search(INVOICING_VEHICLE.sub(" ", u.text)):
        return 0.0
    # (a sentence read more surely as control, with no word of independence in it, shows none: 'testing in the QA room,
    # weekdays 10:00 to 19:00, following the QA lead's instructions and using Company devices')
    if u.p("control") > u.p("independence") and not INDEPENDENCE_SUBSTANCE.search(u.text):
        return 0.0
    # (in a sentence that puts the employer's costs on the person, 'own' is of the costs: 'You're responsible for your
    # own tax and ACC levies, and you buy your own snips and harness' shifts costs, it shows no independence)
    if u.has("own_costs") and EMPLOYER_COSTS.search(u.text) and not INDEPENDENCE_SUBSTANCE.search(
            re.sub(r"\bown\s+(?:[\w-]+\s+){0,4}?(?:tax\w*|insurance|coverage|cover|levies|contributions|kit|equipment|tools?|snips|harness|"
                   r"camera\s+kit|uniform|vehicle|Mac|laptop|computer|(?:test\s+)?devices?|phone|software(?:\s+licen[cs]es)?|"
                   r"licen[cs]es|car|van|bike|scooter|PPE|boots|protective\s+(?:gear|equipment|clothing)|safety\s+(?:gear|boots))\b|"
                   r"\b(?:pension|insurance)\s+yourself\b", " ", u.text, flags=re.I)):
        return 0.0
    return 0.5 if u.money else 1.0


CONTRACTOR_WORD = lazy_re(r"\b(?:independent\s+)?(?:contractors?|sub-?contractors?|freelanc\w*|consultants?|self-employed|"
                          r"sole\s+traders?|1099|zzp\S*|aut[oó]nom[oa]s?|B2B|monotributistas?)\b", re.I)


INTERN_WORD = lazy_re(r"\bintern(?:s|ship|ships)?\b|\btrainee|\bapprentic|\bplacement|\bwork\s+experience|\bstagiaire|"
                      r"\bestagi[aá]ri|\bpraktikant|\bbecari[oa]|\b" + LOCAL_INTERNSHIP, re.I)
# A trial in English or the local word: prueba, essai, Probetag, prova, proefdag, próba.
TRIAL_WORD = lazy_re(r"trial|\bprueba|\bessai|\bprobe(?:tag|zeit|arbeit)|\bprova\b|\bproef|\bpróba", re.I)
INTERNSHIP_TITLE = lazy_re(r"\bintern(?:ship)?s?\b|\b" + LOCAL_INTERNSHIP + r"\b", re.I)
NOT_EMPLOYEE_WORDS = lazy_re(r"\b(?:not|n['’]t)\s+(?:an?\s+)?(?:employee|employed|staff)|"
                             r"\b(?:pas|non)\s+(?:comme\s+|en\s+tant\s+que\s+)?salari[ée]e?s?\b", re.I)


def _status_kind(text: str) -> str:
    """Which explanation fits the label the document uses (presentation only, not the decision)."""
    t = text.lower()
    if "freelanc" in t and "volunteer" not in t:  # 'freelance contributors' are freelancers
        return "status.controlled_contractor"
    if "volunteer" in t or "ambassador" in t or "contributor" in t or re.search(r"\bvolunt[aá]ri[oa]s?\b|\bb[ée]n[ée]vole", t):
        return "status.for_profit_volunteer"
    if (TRIAL_WORD.search(t) or "participant" in t) and NOT_EMPLOYEE_WORDS.search(t):
        return "status.unpaid_trial_not_employee"  # 'not an employee for this period; a "trainee on trial"'
    # (a contractor named beside a later apprenticeship is a contractor: 'Before your apprenticeship starts ... summer work
    # as a self-employed subcontractor')
    if INTERN_WORD.search(t) and not CONTRACTOR_WORD.search(t):  # (not 'the Client's internal time-tracking tool')
        return "status.unpaid_intern"
    if "probation" in t:
        return "status.contractor_probation"
    if "trial" in t or "participant" in t or "candidate" in t:
        return "status.unpaid_trial_not_employee"
    return "status.controlled_contractor"


# ------------------------------------------------------------------------------------------------ extended categories


def confidentiality_overreach(d: DocFacts) -> list[Decision]:
    """Perpetual confidentiality, general skills, pay secrecy, reporting bans, non-disparagement gags."""
    out = []
    for fact, kind, why in (("confidentiality_perpetual", "confidentiality.perpetual", "confidentiality never ends"),
                            ("general_skills", "confidentiality.general_skills", "it covers general skills and knowledge"),
                            ("pay_secrecy", "confidentiality.pay_secrecy", "it forbids discussing pay or conditions"),
                            ("no_reporting", "confidentiality.no_reporting", "it restricts reports to authorities"),
                            ("non_disparagement", "confidentiality.non_disparagement", "it gags criticism")):
        units = d.with_(fact)
        if not units or (fact == "no_reporting" and d.has("whistleblower_carveout")):
            continue
        out.append(Decision(kind, "confidentiality_overreach", _dedupe(units[:1]),
                            (f"{why}: {_q(units[0])}", "-> confidentiality_overreach"), _conf(units[0], facts=(fact,))))
    return out


def restrictive_covenant(d: DocFacts) -> list[Decision]:
    """Non-compete or non-solicit obligations."""
    units = d.with_("non_compete", "non_solicit")
    if not units:
        return []
    return [Decision("covenant.non_compete", "restrictive_covenant", _dedupe(units[:2]),
                     (f"it restricts later work or clients: {_q(units[0])}", "-> restrictive_covenant"),
                     _conf(units[0], facts=("non_compete", "non_solicit")))]


def data_handling(d: DocFacts) -> list[Decision]:
    """Real personal data or production access in trial or unpaid work, without safeguards."""
    units = d.with_("real_personal_data")
    if not units or d.has("data_safeguards") or not (d.has("assessment_context", "unpaid") or d.has("non_employee_label")):
        return []
    return [Decision("data.real_data", "data_handling", _dedupe(units[:1]),
                     (f"trial or unpaid work touches real personal data or production: {_q(units[0])}",
                      "no safeguards are stated", "-> data_handling"), _conf(units[0], facts=("real_personal_data",)))]


def pressure_tactics(d: DocFacts) -> list[Decision]:
    """Exploding offers, demands to withdraw from other processes, penalties for declining."""
    out = []
    for u in d.with_("decision_deadline"):
        hours = [x.hours for x in u.deadlines]
        if hours and min(hours) <= EXPLODING_HOURS:
            out.append(Decision("pressure.exploding_offer", "pressure_tactics", (u,),
                                (f"the decision window is about {min(hours):g} hours: {_q(u)}",
                                 f"{EXPLODING_HOURS:g} hours or less leaves no time to take advice", "-> pressure_tactics"),
                                _conf(u, facts=("decision_deadline",))))
            break
    for fact, kind, why in (("withdraw_other", "pressure.withdraw", "it demands withdrawal from other processes"),
                            ("decline_penalty", "pressure.penalty", "it penalises declining or leaving")):
        units = d.with_(fact)
        if units:
            out.append(Decision(kind, "pressure_tactics", (units[0],), (f"{why}: {_q(units[0])}", "-> pressure_tactics"),
                                _conf(units[0], facts=(fact,))))
    return out


def missing_terms(d: DocFacts) -> list[Decision]:
    """A trial, working-interview or take-home document that leaves pay, length or ownership unstated."""
    assess = d.with_("assessment_context")
    if len(assess) < 2 and not (assess and len(d.units) <= 6):
        return []
    missing = []
    if not d.has("paid", "unpaid", "contingent_pay"):
        missing.append("pay")
    if not d.has("effort", "open_ended"):
        missing.append("length")
    if not d.has("ip_transfer", "ip_licence", "keeps_rights", "evaluation_only"):
        missing.append("who owns the work")
    if not missing:
        return []
    return [Decision("missing.trial_terms", "missing_terms", (assess[0],),
                     (f"the document sets up a hiring stage: {_q(assess[0])}", f"it does not state: {', '.join(missing)}",
                      "-> missing_terms"), 0.6, detail={"missing": missing})]


TESTS = (unpaid_scope, ip_grab, misclassification, confidentiality_overreach, restrictive_covenant, data_handling,
         pressure_tactics, missing_terms)


def _states_fair_rate(d: DocFacts, u: Unit) -> bool:
    """The sentence states an hourly rate at or above the local minimum (and no condition on it)."""
    if u.has("contingent_pay", "unpaid") or hire_condition(u.text):
        return False
    for m in u.money:
        if m.unit != "hour":
            continue
        wage = floor_for_currency(m.currency, d.jurisdiction)
        if wage is not None and wage.hourly is not None and m.low >= wage.hourly:
            return True
    return False


def _sound(d: DocFacts, dec: Decision) -> Decision | None:
    """A decision keeps only evidence that supports it: a fair hourly rate is never evidence of unpaid work, and an
    employee statement never evidence of misclassification. With no evidence left, there is no finding."""
    if dec.category == "unpaid_scope":
        kept = tuple(u for u in dec.evidence if not _states_fair_rate(d, u))
    elif dec.category == "misclassification":
        kept = tuple(u for u in dec.evidence if not (u.has("employee_status") and not u.has("non_employee_label")))
    else:
        return dec
    if not kept:
        return None
    return dec if kept == dec.evidence else replace(dec, evidence=kept)


def decide(d: DocFacts) -> list[Decision]:
    """Every test's decisions for one document, each with evidence that supports it."""
    out = []
    for test in TESTS:
        for dec in test(d):
            sound = _sound(d, dec)
            if sound is not None:
                out.append(sound)
    return out
