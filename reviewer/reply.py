"""The reply: a short, polite email in the candidate's voice asking for the changes the findings support, and a
checklist of questions from what the document leaves out. Assembled offline from templates kept as data
(knowledge/reply.yaml); every fact in it comes from the findings.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from .knowledge import KNOWLEDGE_DIR
from .models import Finding, Review
from .verdict import best_rate, hourly, money, unstated
from .yamlio import load_yaml

# TODO(llm): with the openai backend, let the model polish the wording of `body`, then check that every request
# and figure in its text is one of those assembled here before using it.


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RequestTemplate(_Strict):
    """The words of one request, and the group it belongs to (one request per group)."""

    group: str
    text: str


class ChecklistItem(_Strict):
    """A question to ask when the document leaves something out."""

    question: str
    unstated: str | None = Field(default=None, description="Asked when the trial terms leave this unstated.")
    unrated: list[str] = Field(default_factory=list,
                               description="Asked when a finding of one of these kinds has no effective hourly rate.")


class _Requests(_Strict):
    kinds: dict[str, RequestTemplate]
    categories: dict[str, RequestTemplate]


class ReplyKnowledge(_Strict):
    """reply.yaml: the email's frame, the request per kind of finding and the checklist."""

    version: int
    subject: str
    greeting: str
    opening: str
    opening_none: str
    closing: str
    closing_none: str
    sign_off: str
    requests: _Requests
    checklist: list[ChecklistItem]


@lru_cache(maxsize=1)
def load_reply_knowledge() -> ReplyKnowledge:
    """The reply templates, validated."""
    return ReplyKnowledge.model_validate(load_yaml((KNOWLEDGE_DIR / "reply.yaml").read_text(encoding="utf-8")))


class Request(_Strict):
    """One change the reply asks for, and the findings that support it."""

    group: str
    text: str
    supported_by: list[int] = Field(description="Indexes of the findings (in review.findings) behind the request.")


class Reply(_Strict):
    """The drafted email and the checklist."""

    subject: str
    body: str
    requests: list[Request]
    checklist: list[str]

    def text(self) -> str:
        """The email, then the checklist, as plain text."""
        out = f"Subject: {self.subject}\n\n{self.body}\n"
        if self.checklist:
            out += "\nQuestions to ask before you sign\n" + "".join(f"- [ ] {q}\n" for q in self.checklist)
        return out


def draft_reply(review: Review) -> Reply:
    """The reply to send about a review: one request per group of findings, and the checklist."""
    k = load_reply_knowledge()
    fields = template_fields(review)
    requests: dict[str, Request] = {}
    for i, f in enumerate(review.findings):
        template = _template(f, k)
        if template is None:
            continue
        if template.group in requests:
            requests[template.group].supported_by.append(i)
        else:
            requests[template.group] = Request(group=template.group, text=template.text.format(**fields),
                                               supported_by=[i])
    asks = list(requests.values())
    n = len(asks)
    if asks:
        opening = k.opening.format(a_few="one" if n == 1 else "a few", s="" if n == 1 else "s")
        middle = "\n".join(f"{i}. {r.text}" for i, r in enumerate(asks, 1))
        body = f"{k.greeting}\n\n{opening}\n\n{middle}\n\n{k.closing}\n\n{k.sign_off}"
    else:
        body = f"{k.greeting}\n\n{k.opening_none} {k.closing_none}\n\n{k.sign_off}"
    return Reply(subject=k.subject, body=body, requests=asks, checklist=checklist(review, k))


def checklist(review: Review, knowledge: ReplyKnowledge | None = None) -> list[str]:
    """Questions to ask before signing, from what the document leaves out."""
    k = knowledge or load_reply_knowledge()
    missing = set(unstated(review))
    unrated = {f.rule for f in review.findings if f.rate is None}
    return [item.question for item in k.checklist
            if (item.unstated is not None and item.unstated in missing) or unrated & set(item.unrated)]


def _template(f: Finding, k: ReplyKnowledge) -> RequestTemplate | None:
    return k.requests.kinds.get(f.rule) or k.requests.categories.get(f.category.value)


def template_fields(review: Review) -> dict[str, str]:
    """The {fields} the templates of reply.yaml and redline.yaml may use, filled from the review."""
    rate = best_rate(review)
    pay_floor, rate_note = "the local minimum wage", ""
    if rate is not None and rate.minimum is not None:
        whose = f"the {rate.minimum_jurisdiction} minimum wage" if rate.minimum_jurisdiction else "the minimum wage"
        pay_floor = f"{whose} of {money(rate.minimum, rate.minimum_currency or rate.currency)} an hour"
    if rate is not None:
        compared = ", below that minimum" if rate.below_minimum and rate.minimum is not None else ""
        rate_note = f" As written, it works out at {hourly(rate)}{compared}."
    return {"pay_floor": pay_floor, "rate_note": rate_note, "unstated": ", ".join(unstated(review)) or "the terms"}
