"""Redaction before anything leaves the machine: names, emails, phones, addresses and money become placeholders."""

from __future__ import annotations

import re

from .values import parse_money

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(r"(?<![\w$£€])\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{2,4}\)?){2,4}\d(?![\w])")
STREET = re.compile(r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){0,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Ln\.?|"
                    r"Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Broadway|Parkway|Quay|Row|Terrace|Close)\b")
ZIP_LINE = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
SALUTATION = re.compile(r"\b(?:Dear|Hi|Hello|Hey|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Attn:?)\s+((?:[A-Z][a-z'\u2019-]+)(?:\s+[A-Z][a-z'\u2019-]+){0,2})")
SIGNATURE = re.compile(r"^\s*([A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2})\s*(?:,.*)?$", re.M)
NOT_NAMES = {"Dear", "Offer", "Agreement", "Company", "Candidate", "Working", "Interview", "Trial", "Kind", "Best", "Regards",
             "Sincerely", "Thank", "Thanks", "Head", "Chef", "Office", "Manager", "Signed", "Date", "Schedule", "Section",
             "The", "This", "Please", "Warm", "Cheers", "Great", "Our", "Your", "Position", "Start", "Acceptance", "Inventions"}


class Redactor:
    """Replaces personal details with numbered placeholders and restores them afterwards."""

    def __init__(self, source_text: str) -> None:
        self.forward: dict[str, str] = {}
        self.back: dict[str, str] = {}
        self._learn(source_text)

    def _add(self, kind: str, value: str) -> None:
        value = value.strip()
        if len(value) < 3 or value in self.forward:
            return
        n = sum(1 for k in self.back if k.startswith(f"[{kind}_")) + 1
        placeholder = f"[{kind}_{n}]"
        self.forward[value] = placeholder
        self.back[placeholder] = value

    def _learn(self, text: str) -> None:
        for m in EMAIL.finditer(text):
            self._add("EMAIL", m.group(0))
        for m in parse_money(text):
            self._add("MONEY", text[m.start:m.end])
        for pattern in (STREET, ZIP_LINE, UK_POSTCODE):
            for m in pattern.finditer(text):
                self._add("ADDRESS", m.group(0))
        for m in PHONE.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            if 9 <= len(digits) <= 15:
                self._add("PHONE", m.group(0))
        for pattern in (SALUTATION, SIGNATURE):
            for m in pattern.finditer(text):
                words = m.group(1).split()
                if words and not any(w in NOT_NAMES for w in words):
                    self._add("NAME", m.group(1))

    def redact(self, text: str) -> str:
        """Text with every learnt value replaced by its placeholder (longest values first)."""
        for value in sorted(self.forward, key=len, reverse=True):
            text = text.replace(value, self.forward[value])
        return text

    def restore(self, text: str) -> str:
        """Placeholders put back to the original values."""
        return re.sub(r"\[(?:EMAIL|MONEY|ADDRESS|PHONE|NAME)_\d+\]", lambda m: self.back.get(m.group(0), m.group(0)), text)
