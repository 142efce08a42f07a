"""Stage 2c, locate: text inside a document that addresses automated reviewers. It is reported, never obeyed.

Text is matched after it is folded to plain Latin letters (NFKC, zero-width and other format characters
removed, common Cyrillic and Greek look-alikes mapped), so hiding an instruction in look-alike letters or
between invisible characters does not hide it from the warning. An instruction is recognised by what it
does, not by one phrase: a chat-template marker, a known override phrase, or a sentence that addresses an
automated reader and tells it what the review should say.
"""

from __future__ import annotations

import re
import unicodedata


def rx(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives into one case-insensitive pattern with word boundaries."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.I)


# Cyrillic and Greek letters drawn like Latin ones (a subset of Unicode's confusables.txt).
CONFUSABLES = str.maketrans({
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x",
    "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0501": "d", "\u04bb": "h", "\u0475": "v", "\u0461": "w",
    "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M", "\u041d": "H", "\u041e": "O",
    "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u0406": "I", "\u0408": "J", "\u0405": "S",
    "\u03bf": "o", "\u03b1": "a", "\u03b5": "e", "\u03b9": "i", "\u03ba": "k", "\u03bd": "v", "\u03c1": "p",
    "\u03c4": "t", "\u03c5": "u", "\u03c7": "x", "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z",
    "\u0397": "H", "\u0399": "I", "\u039a": "K", "\u039c": "M", "\u039d": "N", "\u039f": "O", "\u03a1": "P",
    "\u03a4": "T", "\u03a5": "Y", "\u03a7": "X",
})

INJECTION = rx(
    r"ignore (all |any |the )?(previous|prior|above|earlier|preceding|other) (instructions|prompts|rules|guidance|directions)",
    r"disregard (all |any |the )?(previous|prior|above|earlier|other) (instructions|rules|guidance|findings)",
    r"report (no|zero) (issues|findings|problems|concerns|red flags)", r"(do not|don't|never) (flag|report|mention|highlight) (any|this|these|"
    r"the following|anything)", r"system prompt", r"you are (now )?(a|an) (helpful|ai|assistant)",
    r"(this|the) (document|agreement|contract) (is|has been) (pre-?approved|certified|verified|deemed) (as )?(fair|compliant|safe|lawful)",
    r"(classify|mark|rate|treat) this (document|agreement|contract) as (fair|safe|compliant|clean)",
)

# "AI tools must ..." is matched below only with a verdict, so "you may use AI tools but must list them" is not.

# Markers of a chat or instruction template: never part of an honest job document.
CHAT_MARKERS = re.compile(
    r"\[/?INST\]|<</?SYS>>|<\|im_(?:start|end)\|>|<\|(?:system|user|assistant|endoftext)\|>|"
    r"(?:^|\n)\s*#{2,}\s*(?:instruction|system|response)\b",
    re.I,
)

# Who an injected instruction talks to: an automated reader of the document.
ADDRESSEE = (
    r"(?:ai|system|a\.i\.|artificial intelligence|assistants?|chat ?bots?|chat ?gpt|gpt[- ]?\d*|claude|gemini|copilot|llms?|"
    r"(?:large )?language models?|bots?|(?:automated|automatic|machine|ai|llm|ml|software)[- ](?:reviewers?|review(?:ing)? "
    r"tools?|tools?|systems?|readers?|screeners?|parsers?|checkers?|assistants?|models?|analy[sz]ers?))"
)
ADDRESSED = re.compile(
    rf"\b(?:(?:note|message|instructions?|attention|reminder|directive|memo)\s+(?:for|to)\s+(?:any\s+|all\s+|the\s+)?{ADDRESSEE}"
    rf"|(?:^|[\n.!?]\s*)(?:dear\s+|hey\s+|hi\s+)?{ADDRESSEE}\s*[:,]"
    rf"|if you are (?:an?\s+)?{ADDRESSEE}|{ADDRESSEE}\s+(?:reading|reviewing|processing|analy[sz]ing|summari[sz]ing) this"
    rf"|{ADDRESSEE}\s+(?:must|should|shall|will|may only|need to|are (?:instructed|asked|required) to))",
    re.I,
)
# What it tells that reader about the outcome of the review.
VERDICT = rx(
    r"(?:no|zero|not any|nothing to) (?:findings?|issues?|problems?|concerns?|red flags?|flags?|risks?|warnings?)",
    r"nothing (?:to|worth) (?:flag|report|note|mention|worry)", r"(?:is|as|be) (?:entirely |completely |fully )?"
    r"(?:fair|compliant|safe|standard|approved|lawful|legal|clean|low[- ]risk|acceptable|unproblematic)",
    r"(?:respond|reply|answer|output|return|say|state|print|write|conclude|summari[sz]e)\b[^.;]{0,40}\b(?:only|no|that|nothing)",
    r"(?:ignore|disregard|forget|override|skip|omit)\b", r"(?:do not|don't|never|must not) (?:flag|report|mention|highlight|raise|note)",
    r"(?:approve|accept|pass)\b",
)


def fold(text: str) -> str:
    """Text as plain letters for matching: NFKC, no format characters, Cyrillic/Greek look-alikes as Latin."""
    if text.isascii():  # nothing to fold: the common case, kept fast
        return " ".join(text.split())
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.translate(CONFUSABLES).split())


def addresses_reviewer(text: str) -> bool:
    """True if `text` holds an instruction to an automated reviewer (reported as a warning, never obeyed)."""
    folded = fold(text)
    if CHAT_MARKERS.search(text) or CHAT_MARKERS.search(folded) or INJECTION.search(folded):
        return True
    return bool(ADDRESSED.search(folded) and VERDICT.search(folded))
