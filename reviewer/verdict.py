"""Decide: the bottom line of a review, worked out from its findings (the weights and words are data, verdict.yaml).

Three core questions (unpaid work? your work taken? worker status denied?) each answered yes, no or unclear; one
overall call (looks standard / ask before you sign / don't sign as is); and the effective hourly rate against the
local minimum wage where a finding computed one.
"""

from __future__ import annotations

from .knowledge import VerdictKnowledge, load_verdict_knowledge
from .models import CoreAnswer, Finding, RateInfo, Review, Verdict

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
# How the trial-terms test (judge/legal.py, missing_terms) lists in its trace what a trial document leaves unstated.
UNSTATED_PREFIX = "it does not state: "


def weight(finding: Finding, knowledge: VerdictKnowledge | None = None) -> str:
    """How a finding weighs in the call: 'blocking', 'ask' or 'standard'."""
    k = (knowledge or load_verdict_knowledge()).weights
    w = k.kinds.get(finding.rule) or k.categories.get(finding.category.value, "ask")
    if w == "blocking" and (SEVERITY_RANK[finding.severity.value] > SEVERITY_RANK[k.blocking_min_severity]
                            or finding.confidence < k.min_confidence):
        return "ask"
    return w


def unstated(review: Review) -> list[str]:
    """What a trial or task document leaves unstated ('pay', 'length', 'who owns the work'), from its findings."""
    out: list[str] = []
    for f in review.findings:
        if f.category.value != "missing_terms":
            continue
        for step in f.trace:
            if step.startswith(UNSTATED_PREFIX):
                out += [item.strip() for item in step[len(UNSTATED_PREFIX):].split(",") if item.strip()]
    return list(dict.fromkeys(out))


def decide(review: Review) -> Verdict:
    """The verdict on a review's findings."""
    k = load_verdict_knowledge()
    weights = [weight(f, k) for f in review.findings]
    blocking, to_ask, standard = (weights.count(w) for w in ("blocking", "ask", "standard"))
    call = "do_not_sign_as_is" if blocking else "ask_before_signing" if to_ask else "looks_standard"
    n = blocking if blocking else to_ask
    text = k.calls[call]
    summary = text.summary
    if call == "looks_standard" and standard:
        summary += " " + k.standard_note.format(n=standard, s=_s(standard))
    rate = best_rate(review)
    return Verdict(
        call=call, headline=text.headline.format(n=n, s=_s(n)), summary=summary, blocking=blocking, to_ask=to_ask,
        standard=standard, core=_core_answers(review, k), rate=rate,
        rate_text=rate_text(rate, k.currency_symbols) if rate else None,
    )


def _core_answers(review: Review, k: VerdictKnowledge) -> list[CoreAnswer]:
    missing = set(unstated(review))
    answers = []
    for q in k.questions:
        found = [f for f in review.findings if f.category.value == q.category]
        sure = [f for f in found if f.confidence >= k.weights.min_confidence]
        if sure:
            answer, reason = "yes", _titled(sure[0])
        elif found:
            answer, reason = "unclear", f"Possibly: {_titled(found[0])}"
        elif missing & set(q.unclear_when_missing):
            answer, reason = "unclear", q.when_unclear
        else:
            answer, reason = "no", q.when_no
        answers.append(CoreAnswer(question=q.id, category=q.category, label=q.label, answer=answer, reason=reason))
    return answers


def _titled(f: Finding) -> str:
    page = f" (page {f.evidence[0].page})" if f.evidence else ""
    return f"{f.title}{page}."


def best_rate(review: Review) -> RateInfo | None:
    """The effective hourly rate to show: one below the minimum first, from unpaid-work findings first."""
    rated = [f for f in review.findings if f.rate is not None]
    rated.sort(key=lambda f: (f.rate.below_minimum is not True, f.category.value != "unpaid_scope"))  # type: ignore[union-attr]
    return rated[0].rate if rated else None


def money(amount: float, currency: str | None, symbols: dict[str, str] | None = None) -> str:
    """An amount with its currency symbol (or code): '$12.50', 'CHF 25.00'."""
    symbols = load_verdict_knowledge().currency_symbols if symbols is None else symbols
    code = currency or ""
    sign = symbols.get(code)
    return f"{sign}{amount:,.2f}" if sign else f"{code} {amount:,.2f}".strip()


def hourly(rate: RateInfo, symbols: dict[str, str] | None = None) -> str:
    """The rate as words: '$12.50 an hour' or '$6.25 to $8.33 an hour'."""
    low = money(rate.low, rate.currency, symbols)
    if abs(rate.high - rate.low) < 0.005:
        return f"{low} an hour"
    return f"{low} to {money(rate.high, rate.currency, symbols)} an hour"


def rate_text(rate: RateInfo, symbols: dict[str, str] | None = None) -> str:
    """The effective hourly rate against the local minimum wage, in one sentence."""
    pay = f"Effective pay: {hourly(rate, symbols)}"
    if rate.minimum is None:
        return f"{pay}; no minimum wage is known here to compare it with. Worked out as: {rate.computation}."
    minimum = money(rate.minimum, rate.minimum_currency or rate.currency, symbols)
    whose = f"the {rate.minimum_jurisdiction} minimum wage" if rate.minimum_jurisdiction else "the minimum wage"
    compared = {True: "below", False: "at or above"}.get(rate.below_minimum, "not comparable with")  # type: ignore[arg-type]
    return f"{pay}, {compared} {whose} of {minimum} an hour. Worked out as: {rate.computation}."


def _s(n: int) -> str:
    return "" if n == 1 else "s"
