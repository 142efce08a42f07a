"""Read an HTML page (a job posting, an email's HTML body) into paragraphs of visible text.

The standard library's tolerant parser (html.parser) walks the tags; nothing is fetched or run. What a reader
would not see is kept out of the reviewed text: scripts, styles and templates (dropped), the page's navigation,
banner and footer (dropped, reported in one line), and elements hidden by `hidden`, `aria-hidden="true"`,
`display:none`, `visibility:hidden`, `opacity:0`, a zero size or `font-size` under 2 pt, or an off-screen position in an
inline style or in a simple rule of the page's own stylesheet (each reported as hidden text with where it was). Block elements end a paragraph; `<br>` ends a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from . import errors

# Elements whose content is never shown: dropped without a report of their text.
DROPPED = {"script", "style", "template", "noscript", "head", "title", "meta", "link", "svg", "math", "iframe",
           "object", "embed", "canvas", "select", "button"}
# The page's furniture: dropped, and reported in one line.
FURNITURE = {"nav"}
FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "menu", "menubar", "search"}
# header and footer are the page's furniture only outside an article, main or section (inside one, a header holds
# the article's own title).
SECTIONING = {"article", "main", "section"}
BLOCKS = {"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
          "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
          "thead", "tr", "ul"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
# An open element of these kinds is closed by the start of another of the same group (HTML's implied end tags).
IMPLIED = {"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr"}, "td": {"td", "th"},
           "th": {"td", "th"}, "option": {"option"}}
CLOSES_P = BLOCKS - {"body", "html", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "dd", "dt", "li"}
MAX_DEPTH = 512
# A tag per allowed character of text is more than any real page needs; an element bomb stops before parsing.
MAX_TAGS_PER_CHAR = 2

_DECL = r"\s*:\s*([^;]+)"
HIDDEN_STYLE = [
    (re.compile(r"(?:^|;)\s*display" + _DECL, re.I), lambda v: v.strip().lower().startswith("none"), "display:none"),
    (re.compile(r"(?:^|;)\s*visibility" + _DECL, re.I), lambda v: v.strip().lower().split()[0] in ("hidden", "collapse"),
     "visibility:hidden"),
    (re.compile(r"(?:^|;)\s*opacity" + _DECL, re.I), lambda v: _number(v) == 0, "opacity:0"),
    (re.compile(r"(?:^|;)\s*font-size" + _DECL, re.I), lambda v: _points(v) is not None and _points(v) < 2,
     "font size under 2 pt"),
    (re.compile(r"(?:^|;)\s*(?:left|top|right|bottom|text-indent|margin-left|margin-top)" + _DECL, re.I),
     lambda v: (_points(v) or 0) <= -500, "positioned off-screen"),
    (re.compile(r"(?:^|;)\s*(?:clip|clip-path)" + _DECL, re.I),
     lambda v: re.sub(r"\s", "", v.lower()) in ("rect(0,0,0,0)", "rect(0000)", "rect(0px,0px,0px,0px)", "inset(50%)",
                                                 "inset(100%)", "circle(0)"), "clipped to nothing"),
]
WHITE = {"#fff", "#ffffff", "white", "#fefefe", "#fdfdfd", "rgb(255,255,255)", "transparent", "rgba(0,0,0,0)"}


def _number(value: str) -> float | None:
    m = re.match(r"\s*(-?\d+(?:\.\d+)?)", value)
    return float(m.group(1)) if m else None


def _points(value: str) -> float | None:
    """A CSS length in points (px and unitless as 0.75 pt, em/rem as 12 pt, % as 12 pt per 100), or None."""
    m = re.match(r"\s*(-?\d+(?:\.\d+)?)\s*(px|pt|em|rem|%|vw|vh|cm|mm|in)?", value.lower())
    if not m:
        return None
    n, unit = float(m.group(1)), m.group(2) or "px"
    factor = {"px": 0.75, "pt": 1.0, "em": 12.0, "rem": 12.0, "%": 0.12, "vw": 10.0, "vh": 10.0, "cm": 28.35,
              "mm": 2.835, "in": 72.0}[unit]
    return n * factor


def coloured_background(attrs: dict[str, str | None]) -> bool:
    """True if the element sets a background that is not white (white text on it shows)."""
    style = attrs.get("style") or ""
    m = re.search(r"(?:^|;)\s*background(?:-color|-image)?\s*:\s*([^;]+)", style, re.I)
    value = m.group(1) if m else (attrs.get("bgcolor") or "")
    value = re.sub(r"\s", "", value.replace("!important", "").lower())
    return bool(value) and value not in WHITE and value not in ("none", "inherit", "initial", "unset")


def hidden_by(tag: str, attrs: dict[str, str | None], on_colour: bool = False) -> str | None:
    """Why an element with these attributes is hidden from a reader, or None (white text counts only when neither
    it nor, `on_colour`, an ancestor sets a coloured background)."""
    if "hidden" in attrs and tag != "input":
        return "the hidden attribute"
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return 'aria-hidden="true"'
    style = (attrs.get("style") or "").replace("!important", "")
    if style:
        for pattern, test, reason in HIDDEN_STYLE:
            for m in pattern.finditer(style):
                try:
                    if test(m.group(1)):
                        return reason
                except (IndexError, ValueError):
                    continue
        sizes = re.findall(r"(?:^|;)\s*(?:max-)?(?:width|height)\s*:\s*([^;]+)", style, re.I)
        if any(_points(v) == 0 for v in sizes) and re.search(r"overflow\s*:\s*(?:hidden|clip)", style, re.I):
            return "zero size"
        color = re.search(r"(?:^|;)\s*color\s*:\s*([^;]+)", style, re.I)
        if color and re.sub(r"\s", "", color.group(1).lower()) in WHITE and not on_colour \
                and not coloured_background(attrs):
            return "white text"
    return None


# A page's own stylesheets hide text too (`.fine-print { display: none }`). Only rules a reader's screen always
# applies are read: simple selectors (a tag, classes, an id) outside any @-block (an @media print rule hides nothing
# on screen); a selector with a combinator, a pseudo-class or an attribute test is left alone, so visible text is
# never taken out on a guess.
STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
CSS_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
SIMPLE_SELECTOR = re.compile(r"^(?P<tag>[a-z][a-z0-9]*)?(?P<rest>(?:[.#][\w-]+)*)$", re.I)


@dataclass(frozen=True)
class Rule:
    """One stylesheet rule with a simple selector: the element's tag, id and classes it needs, and its declarations."""

    tag: str | None
    id: str | None
    classes: frozenset[str]
    style: str

    def applies(self, tag: str, attrs: dict[str, str | None]) -> bool:
        classes = set((attrs.get("class") or "").split())
        return ((self.tag is None or self.tag == tag) and (self.id is None or self.id == attrs.get("id"))
                and self.classes <= classes)


def _outside_at_blocks(css: str) -> str:
    """The stylesheet without its @-blocks (@media, @supports, @font-face...) and comments."""
    css = re.sub(r"/\*.*?\*/", " ", css, flags=re.S)
    out, depth, skipping = [], 0, 0
    i = 0
    while i < len(css):
        ch = css[i]
        if ch == "@" and depth == 0:
            brace, semi = css.find("{", i), css.find(";", i)
            if semi != -1 and (brace == -1 or semi < brace):  # '@import url(...);'
                i = semi + 1
                continue
            if brace == -1:
                break
            skipping, depth, i = 1, 1, brace + 1
            continue
        if skipping:
            depth += (ch == "{") - (ch == "}")
            if depth == 0:
                skipping = 0
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def cascade(*styles: str) -> str:
    """Declarations in order, the last of each property winning (a rule's 'display: none' undone by the element's
    own 'display: block')."""
    merged: dict[str, str] = {}
    for style in styles:
        for decl in style.split(";"):
            prop, sep, value = decl.partition(":")
            if sep and prop.strip():
                merged[prop.strip().lower()] = value.strip()
    return ";".join(f"{k}: {v}" for k, v in merged.items())


# The properties a hiding rule sets (see HIDDEN_STYLE and hidden_by): a rule that sets none of them is not kept.
HIDING_PROPERTY = re.compile(r"display|visibility|opacity|font-size|width|height|overflow|left|top|right|bottom|indent|"
                             r"margin|clip|color", re.I)


class Stylesheet:
    """The page's simple rules, indexed by the id, class or tag each needs, so that an element is checked only
    against the rules that could match it (a page may carry thousands of rules and elements)."""

    def __init__(self, rules: list[Rule]) -> None:
        self.by_key: dict[tuple[str, str], list[tuple[int, Rule]]] = {}
        for n, r in enumerate(rules):
            key = ("#", r.id) if r.id else (".", min(r.classes)) if r.classes else ("", r.tag or "*")
            self.by_key.setdefault(key, []).append((n, r))

    def style(self, tag: str, attrs: dict[str, str | None]) -> list[str]:
        """The declarations of the rules that match, in stylesheet order."""
        keys = [("", "*"), ("", tag)] + [(".", c) for c in (attrs.get("class") or "").split()]
        if attrs.get("id"):
            keys.append(("#", attrs["id"] or ""))
        hits = sorted((n, r) for k in dict.fromkeys(keys) for n, r in self.by_key.get(k, ()) if r.applies(tag, attrs))
        return [r.style for _, r in hits]


def stylesheet_rules(data: str) -> list[Rule]:
    """The simple rules of the page's <style> blocks that could hide text."""
    rules = []
    for block in STYLE_BLOCK.findall(data):
        for selectors, style in CSS_RULE.findall(_outside_at_blocks(block)):
            if not HIDING_PROPERTY.search(style):
                continue
            for selector in selectors.split(","):
                m = SIMPLE_SELECTOR.match(selector.strip())
                if not m or not selector.strip():
                    continue
                parts = re.findall(r"([.#])([\w-]+)", m.group("rest"))
                ids = [v for k, v in parts if k == "#"]
                rules.append(Rule((m.group("tag") or "").lower() or None, ids[0] if ids else None,
                                  frozenset(v for k, v in parts if k == "."), style.strip()))
    return rules


@dataclass(frozen=True)
class HiddenText:
    """Text a reader does not see: why, and where it was."""

    text: str
    reason: str
    where: str
    page: int = 0  # 1-based, in a PDF


@dataclass
class PageText:
    """The visible paragraphs of a page and what was kept out of them."""

    text: str
    hidden: list[HiddenText] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)


class _Reader(HTMLParser):
    def __init__(self, name: str, max_chars: int, sheet: Stylesheet | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.name, self.max_chars = name, max_chars
        self.sheet = sheet or Stylesheet([])
        self.stack: list[tuple[str, str | None]] = []  # (tag, what it removes: None, 'drop', 'nav' or a reason)
        self.coloured: list[bool] = []  # per open element: it or an ancestor sets a coloured background
        self.parts: list[str] = []
        self.chars = 0
        self.removed: list[str] | None = None  # text of the current hidden or furniture element
        self.removed_kind: str | None = None
        self.removed_depth = 0
        self.out = PageText("")
        self.paragraphs = 0
        self.line_open = False

    # --- structure ----------------------------------------------------------------------------------
    def _label(self, tag: str, attrs: dict[str, str | None]) -> str:
        label = tag
        if attrs.get("id"):
            label += f"#{attrs['id']}"
        if attrs.get("class"):
            label += "." + ".".join((attrs["class"] or "").split()[:2])
        return label

    def _removes(self, tag: str, attrs: dict[str, str | None]) -> str | None:
        if tag in DROPPED:
            return "drop"
        role = (attrs.get("role") or "").strip().lower()
        if tag in FURNITURE or role in FURNITURE_ROLES:
            return "nav"
        if tag in ("header", "footer") and not any(t in SECTIONING for t, _ in self.stack):
            return "nav"
        # the page's stylesheet rules that match, then the element's own style, as a browser cascades them
        sheet = self.sheet.style(tag, attrs)
        if sheet:
            attrs = {**attrs, "style": cascade(*sheet, attrs.get("style") or "")}
        return hidden_by(tag, attrs, bool(self.coloured and self.coloured[-1]))

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): v for k, v in attrs_list}
        if tag in ("script", "style"):
            self.out.dropped[tag] = self.out.dropped.get(tag, 0) + 1
        for open_tag in IMPLIED.get(tag, ()):
            self._close_implied(open_tag)
        if tag in CLOSES_P:
            self._close_implied("p")
        if tag in BLOCKS or tag == "br":
            self._break("\n")
        if tag in VOID:
            return
        if len(self.stack) >= MAX_DEPTH:
            raise errors.CorruptDocument(
                f"The HTML nests elements over {MAX_DEPTH} deep (tags that never close?): {self.name}", path=self.name)
        removes = None if self.removed is not None else self._removes(tag, attrs)
        self.stack.append((tag, removes))
        self.coloured.append(bool(self.coloured and self.coloured[-1]) or coloured_background(attrs))
        if removes is not None:
            self.removed, self.removed_kind, self.removed_depth = [], removes, len(self.stack)
            self.removed_tag, self.removed_label = tag, self._label(tag, attrs)

    def handle_startendtag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs_list)
        if tag not in VOID:
            self.handle_endtag(tag)

    def _close_implied(self, tag: str) -> None:
        """Close an open `tag` that this start tag ends implicitly (only up to the nearest block container)."""
        for i in range(len(self.stack) - 1, -1, -1):
            open_tag = self.stack[i][0]
            if open_tag == tag:
                self._pop_to(i)
                return
            if open_tag in ("div", "ul", "ol", "dl", "table", "td", "th", "li", "section", "article", "main", "body"):
                if open_tag != tag:
                    return

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                self._pop_to(i)
                break
        if tag in BLOCKS or tag == "br":
            self._break("\n")

    def _pop_to(self, i: int) -> None:
        while len(self.stack) > i:
            if self.removed is not None and len(self.stack) == self.removed_depth:
                self._finish_removed()
            tag, _ = self.stack.pop()
            self.coloured.pop()
            if tag in BLOCKS:
                self._break("\n")

    def _finish_removed(self) -> None:
        text = " ".join("".join(self.removed or []).split())
        kind = self.removed_kind
        self.removed, self.removed_kind = None, None
        if kind == "drop":
            pass
        elif kind == "nav":
            if text:
                self.out.furniture.append(text)
        elif text:
            before = " ".join("".join(self.parts[-40:]).split())
            if len(before) > 60:
                before = "..." + before[-60:].split(" ", 1)[-1]
            where = f"<{self.removed_label}>, paragraph {self.paragraphs + 1}"
            if before:
                where += f", after \u201c{before}\u201d"
            self.out.hidden.append(HiddenText(text, kind or "hidden", where))

    # --- text ---------------------------------------------------------------------------------------
    def _add(self, text: str) -> None:
        self.chars += len(text)
        if self.chars > self.max_chars:
            raise errors.over_char_limit(self.max_chars, self.name)
        self.parts.append(text)

    def _break(self, sep: str) -> None:
        if self.removed is not None:
            self.removed.append(" ")
            return
        if self.line_open:
            self._add(sep)
            self.line_open = False
            self.paragraphs += 1

    def handle_data(self, data: str) -> None:
        if self.removed is not None:
            if self.removed_kind != "drop":
                self.removed.append(data)
            return
        in_pre = any(t == "pre" for t, _ in self.stack)
        text = data if in_pre else re.sub(r"\s+", " ", data)
        if not self.line_open:
            text = text.lstrip()
        if text:
            self._add(text)
            self.line_open = True

    def finish(self) -> PageText:
        self.close()
        if self.removed is not None:  # an element that never closed: what it held is still removed
            self.removed_depth = len(self.stack)
            self._finish_removed()
        lines = [" ".join(line.split()) for line in "".join(self.parts).split("\n")]
        self.out.text = "\n".join(line for line in lines if line)
        return self.out


# A "<" that opens a tag, a comment or a declaration but has no ">" before the next "<" (or the end): html.parser
# rescans the rest of the page from each one, which is quadratic ("<a<a<a..."), and a browser shows it as text.
# A "<" that opens nothing is text as well; escaped, it is unescaped with the rest rather than read one by one.
UNCLOSED_TAG = re.compile(r"<(?:(?![!?/A-Za-z])|(?=[^<>]*(?:<|$)))")


def html_text(data: str, name: str, max_chars: int) -> PageText:
    """The visible paragraphs of `data` and what was hidden, furniture or dropped."""
    data = UNCLOSED_TAG.sub("&lt;", data)
    tags = data.count("<")
    if tags > MAX_TAGS_PER_CHAR * max_chars:
        raise errors.DocumentTooLarge(
            f"The HTML holds over {tags:,} tags (an element bomb?); the limit is {MAX_TAGS_PER_CHAR} per allowed "
            f"character: {name}", path=name)
    reader = _Reader(name, max_chars, Stylesheet(stylesheet_rules(data)))
    try:
        reader.feed(data)
        return reader.finish()
    except (AssertionError, ValueError, IndexError) as exc:  # html.parser's own complaints on broken markup
        raise errors.CorruptDocument(f"The HTML is damaged: {name}", path=name) from exc


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))
