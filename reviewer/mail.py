"""Read an email (.eml) with the standard library's parser: its From, Date and Subject as context, its body (the
plain text when there is one, else the HTML through reviewer.htmltext), and the attachments reviewer can read."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import PurePath

from . import errors
from .settings import Settings

HEADERS = ("From", "Date", "Subject")
REVIEWABLE = {".pdf", ".docx", ".txt", ".text", ".md", ".markdown", ".html", ".htm"}
BY_TYPE = {"application/pdf": ".pdf", "text/plain": ".txt", "text/html": ".html", "text/markdown": ".md",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
# An email with more parts than this is not a letter but a bomb.
MAX_PARTS = 200
MAX_ATTACHMENTS = 20


@dataclass
class Attachment:
    filename: str
    suffix: str
    content_type: str
    data: bytes


@dataclass
class Mail:
    headers: list[str]
    body: str
    body_is_html: bool
    attachments: list[Attachment] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def read_mail(data: bytes, name: str, settings: Settings) -> Mail:
    """Parse the email in `data`; raise CorruptDocument, DocumentTooLarge or EmptyDocument on bad input."""
    if data.count(b"\n--") > MAX_PARTS * 4:
        raise errors.DocumentTooLarge(f"The email has too many parts (over {MAX_PARTS}): {name}", path=name)
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # noqa: BLE001 - the parser is tolerant; anything it raises is damage
        raise errors.CorruptDocument(f"The email is damaged: {name}", path=name) from exc
    if not isinstance(msg, EmailMessage) or (not msg.keys() and not msg.is_multipart()):
        raise errors.CorruptDocument(f"The file is not an email (no headers): {name}", path=name)
    parts = 0
    for _ in msg.walk():
        parts += 1
        if parts > MAX_PARTS:
            raise errors.DocumentTooLarge(f"The email has too many parts (over {MAX_PARTS}): {name}", path=name)
    headers = []
    for key in HEADERS:
        try:
            value = msg.get(key)
        except Exception:  # noqa: BLE001 - a header the policy cannot parse is left out
            value = None
        if value:
            headers.append(f"{key}: {' '.join(str(value).split())}")
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body, is_html = "", False
    if body_part is not None:
        body = _content(body_part, name, settings)
        is_html = body_part.get_content_type() == "text/html"
    out = Mail(headers, body, is_html)
    for part in msg.iter_attachments():
        filename = part.get_filename() or ""
        ctype = part.get_content_type()
        suffix = PurePath(filename).suffix.lower() if filename else BY_TYPE.get(ctype, "")
        label = filename or ctype
        if part.is_multipart() or ctype == "message/rfc822":
            out.skipped.append(f"{label} (an attached message or multipart; not opened)")
            continue
        if suffix not in REVIEWABLE:
            out.skipped.append(f"{label} ({ctype}; not a type reviewer reads)")
            continue
        if len(out.attachments) >= MAX_ATTACHMENTS:
            out.skipped.append(f"{label} (over {MAX_ATTACHMENTS} attachments)")
            continue
        payload = _payload(part, f"{name}: attachment {label}", settings)
        out.attachments.append(Attachment(label, suffix, ctype, payload))
    return out


def _payload(part: EmailMessage, name: str, settings: Settings) -> bytes:
    raw = part.get_payload(decode=False)
    if isinstance(raw, str) and len(raw) * 3 // 4 > settings.max_file_bytes:  # checked before decoding it
        raise _too_large(len(raw) * 3 // 4, name, settings)
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # noqa: BLE001
        raise errors.CorruptDocument(f"The attachment cannot be decoded: {name}", path=name) from exc
    if not isinstance(data, bytes):
        raise errors.CorruptDocument(f"The attachment cannot be decoded: {name}", path=name)
    if len(data) > settings.max_file_bytes:
        raise _too_large(len(data), name, settings)
    return data


def _content(part: EmailMessage, name: str, settings: Settings) -> str:
    data = _payload(part, name, settings)
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", errors="replace")


def _too_large(size: int, name: str, settings: Settings) -> errors.DocumentTooLarge:
    return errors.DocumentTooLarge(
        f"Attachment is {size / 1e6:.1f} MB; the limit is {settings.max_file_bytes / 1e6:.0f} MB: {name}", path=name)
