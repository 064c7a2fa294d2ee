"""The line rules of :mod:`framing.corpus.clean`: patterns for the shapes of boilerplate.

Each rule looks at one stripped line (or, for house ads, one paragraph) and
names the kind of boilerplate it is, or nothing. :mod:`~framing.corpus.clean`
adds the rules that need context (table neighbours, the promo tail, tags under
a byline, repeated lines).
"""

from __future__ import annotations

import re

#: a paragraph of at least this many words is "long" (article prose)
LONG_WORDS = 15
#: lines of fewer words than this may be boilerplate labels, promos or tags
SHORT_WORDS = 15

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DATE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})"
    rf"|(?P<am>{_MONTHS})\.?\s+(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ay>\d{{4}})"
    rf"|(?P<bd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<bm>{_MONTHS})\.?,?\s+(?P<by>\d{{4}}))(?!\d)",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

_MARKER_RE = re.compile(
    r"^(?:(?:top|bottom|end|start) of (?:the )?(?:page|article|content|post)"
    r"|(?:back|scroll|return|go) to (?:the )?top|skip to (?:main )?(?:content|navigation|menu))"
    r"[.!]?$",
    re.IGNORECASE,
)
#: whole-line labels of site navigation (compared case-folded, punctuation stripped)
NAV_LABELS = frozenset({
    "related", "related stories", "related articles", "related posts", "related news",
    "related reading", "featured", "featured news", "featured stories", "featured posts",
    "top stories", "latest news", "latest stories", "more news", "more stories",
    "more from this author", "read more", "read next", "read also", "see also",
    "you may also like", "you might also like", "recommended", "recommended for you",
    "recommended stories", "trending", "trending now", "most read", "most popular",
    "popular posts", "share", "share this", "share this article", "share this story",
    "share this post", "share on facebook", "share on twitter", "share on linkedin",
    "comments", "leave a comment", "leave a reply", "original source", "view original",
    "home", "menu", "search", "previous", "next", "previous post", "next post",
    "previous article", "next article", "tags", "categories", "filed under", "follow us",
    "print", "copy link", "listen to this article", "table of contents", "breadcrumb",
    "all news", "news", "blog", "back to news", "back to blog",
})
_ARROWS = "←→«»‹›⟵⟶↩◀▶⬅➡"
_ARROW_START_RE = re.compile(rf"^[{_ARROWS}<]\s*")
# (?<!\s): try the trailing run of spaces once, not from each of its spaces (quadratic)
_ARROW_END_RE = re.compile(rf"(?<!\s)\s*[{_ARROWS}>]$")
_GLUED_LABEL_RE = re.compile(
    "^(" + "|".join(sorted((re.escape(x) for x in NAV_LABELS if " " in x), key=len,
                           reverse=True)) + r")(?=[A-Z0-9“\"‘'])",
    re.IGNORECASE,
)
_PROMO_RE = re.compile(
    r"no credit card|\b\d{1,3}\s?%\s+(?:free|off)\b|\bsave\s+(?:up\s+to\s+)?\$?\d+(?:\.\d+)?\s?%"
    r"|\bget started\b|\bstart (?:your )?free\b|\bfor free\b|\bfree (?:trial|guides?|download"
    r"|account|forever|plan)\b|\bsign up\b|\bsubscribe (?:now|today|to (?:our|the))\b"
    r"|\bdownload (?:the|our) app\b|\b(?:buy|shop|order|join|try it) (?:now|today)\b"
    r"|\blimited[- ]time\b|\bpromo code\b|\bcoupon\b|^advertisement$|^sponsored(?: content)?$"
    r"|\bbook a demo\b|\bstart (?:your )?trial\b",
    re.IGNORECASE,
)
#: phrases of a sales pitch inside a long paragraph (a house ad)
_PITCH_RES = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:tools?|apps?|platforms?|solutions?|assistants?|software)\s+(?:that|which)\s+"
    r"(?:can\s+)?(?:helps?|lets?|allows?|enables?)\s+you\b",
    r"\bsecond brain\b",
    r"\bmakes? (?:all )?the difference\b",
    r"\byour (?:team|business|company|organi[sz]ation)\b[^.]{0,40}\bstruggles?\b",
    r"\b(?:sign up|get started|free trial|try (?:it|us|our \w+) (?:free|today|now)|book a demo)\b",
    r"\bour (?:app|product|platform|tool|assistant)\b",
    r"\b(?:boost|supercharge|streamline) (?:your|team) (?:productivity|workflow)\b",
))
_YOU_RE = re.compile(r"\byou(?:r|rs|'re|’re)?\b", re.IGNORECASE)
_BYLINE_NAME = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z&][\w.'’&-]*|and|de|van|von|of))*"
_BYLINE_RE = re.compile(
    rf"^(?:(?P<date>.+?)\s+[|·•—–-]?\s*)?(?i:by)\s+(?P<name>{_BYLINE_NAME})"
    rf"(?:\s*[|·•,—–-]\s*(?P<date2>.+))?$"
)
_DATE_WORDS = frozenset({
    "published", "updated", "posted", "on", "at", "last", "modified", "date", "first",
    "am", "pm", "utc", "gmt", "et", "est", "edt", "pst", "pdt", "cet", "cest",
})
_DINGBAT_RE = re.compile(r"[✦✧★☆✪✱✲❖◆◇●○■□▪|·•/]")
_GLUED_TOKEN_RE = re.compile(r"[A-Za-z][a-z-]{19,}")
BULLET_RE = re.compile(r"^[•·▪◦‣∙●]\s*")
LIST_RE = re.compile(r"^(?:[•·▪◦‣∙●*–-]|\d{1,2}[.)])\s")

# glue points of flattened table cells, with weights
_TABLE_GLUE = (
    (re.compile(r"[a-z][A-Z][a-z]"), 1),  # wordWord (also camel-case names: low weight)
    (re.compile(r"\d[A-Z][a-z]|\d[A-Z]{2}"), 2),  # 4.6GPT, 2.0Multimodal
    (re.compile(r"\)[A-Za-z0-9]"), 2),  # (healthcare)42.8
    (re.compile(r"%\d"), 2),  # 89.5%92.7%
    (re.compile(r"[a-z]\d"), 1),  # Mistral119B
    (re.compile(r"[A-Z]\d{2,}"), 1),  # AI744B
)
TABLE_SCORE = 4
TABLE_NEIGHBOUR_SCORE = 2


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None.

    Examples
    --------
    >>> parse_date("April 8, 2026✦ Featured")
    '2026-04-08'
    >>> parse_date("2026-04-13 by AICC")
    '2026-04-13'
    >>> parse_date("3 March 2025") , parse_date("no date") is None
    ('2025-03-03', True)
    """
    m = DATE_RE.search(text)
    if m is None:
        return None
    if m["iy"]:
        y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        month = m["am"] or m["bm"]
        y = int(m["ay"] or m["by"])
        d = int(m["ad"] or m["bd"])
        mo = _MONTH_NUMBERS[month[:3].lower()]
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


#: typographic quotes and dashes and the plain characters :func:`norm` compares them as
_PLAIN = (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))


def norm(text: str) -> str:
    """``text`` case-folded, its typographic quotes and dashes made plain, its spaces
    collapsed (the form lines are compared in).

    Examples
    --------
    >>> print(norm("  Meta’s “Muse”  —  Spark "))
    meta's "muse" - spark
    """
    for typographic, plain in _PLAIN:  # one C scan each: faster than str.translate
        if typographic in text:
            text = text.replace(typographic, plain)
    return " ".join(text.casefold().split())


def _label(text: str) -> str:
    text = _ARROW_END_RE.sub("", _ARROW_START_RE.sub("", text))
    return " ".join(re.sub(r"[^\w\s&'-]", " ", text).casefold().split())


#: what may close a sentence after its final mark
_CLOSERS = "\"”’')]"


def is_sentence(text: str) -> bool:
    r"""The text ends like a sentence: ``.!?…:;``, then closing quotes or brackets (the
    regular expression ``[.!?…:;]["”’')\]]*$``, read from the end instead of searched for
    from every character).

    Examples
    --------
    >>> is_sentence('He said "no."'), is_sentence("Key takeaways:"), is_sentence("Title")
    (True, True, False)
    """
    if text.endswith("\n"):  # ``$`` also matches before a final newline
        text = text[:-1]
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".!?…:;"


def table_score(text: str) -> int:
    """How strongly a line looks like table cells glued together (0 = not at all).

    Examples
    --------
    >>> table_score("GPQA Diamond (PhD reasoning)89.5%92.7%92.8%94.3%") >= TABLE_SCORE
    True
    >>> table_score("OpenAI and DeepSeek race to ship WhatsApp bots")
    2
    """
    return sum(weight * len(rx.findall(text)) for rx, weight in _TABLE_GLUE)


def byline_of(text: str) -> tuple[str, str | None] | None:
    """(name, date) when ``text`` is a byline, else None."""
    if len(text.split()) > 10 or (is_sentence(text) and not text.endswith(".")):
        return None
    text = " ".join(text.split())  # long runs of spaces made _BYLINE_RE backtrack for ever
    m = _BYLINE_RE.match(text.rstrip("."))
    if m is None:
        return None
    date = None
    for part in (m["date"], m["date2"]):
        if part:
            date = parse_date(part)
            if date is None:  # words before "by" that are not a date: not a byline
                return None
    name = m["name"]
    if m["date"] is None and not re.match(r"by\s", text, re.IGNORECASE):
        return None
    return name, date


def _dateline(text: str) -> str | None:
    """``"dateline"`` or ``"tags"`` for a short line that is a date plus metadata."""
    if len(text.split()) > 10 or text.endswith("."):  # before the search: cheaper
        return None
    m = DATE_RE.search(text)
    if m is None:
        return None
    rest = (text[: m.start()] + " " + text[m.end():]).strip()
    tagged = bool(_GLUED_TOKEN_RE.search(rest) or _DINGBAT_RE.search(rest))
    rest_words = re.findall(r"[\w']+", rest.casefold())
    if tagged:
        return "tags"
    if all(w in _DATE_WORDS or w.isdigit() or re.fullmatch(r"\d{1,2}:\d{2}", w)
           for w in rest_words):
        return "dateline"
    return None


def line_rule(text: str) -> tuple[str | None, int]:
    """Reason to remove a stripped line, and for a glued prefix its length (else 0)."""
    n_words = len(text.split())
    if _MARKER_RE.match(text):
        return "marker", 0
    if n_words <= 6 and _label(text) in NAV_LABELS:  # a paragraph is never a label
        return "navigation", 0
    if n_words <= 6 and (_ARROW_START_RE.match(text) or _ARROW_END_RE.search(text)):
        return "navigation", 0
    glued = _GLUED_LABEL_RE.match(text)
    if glued and len(text[glued.end():].split()) >= 6:
        return "navigation", glued.end()
    if n_words < SHORT_WORDS and not text.endswith((".", "!", "?")) and _PROMO_RE.search(text):
        return "promo", 0
    if byline_of(text) is not None:
        return "byline", 0
    dated = _dateline(text)
    if dated:
        return dated, 0
    if (n_words <= 8 and not is_sentence(text) and _GLUED_TOKEN_RE.search(text)
            and not re.search(r"https?://|www\.", text)):
        return "tags", 0
    if n_words < 25 and not is_sentence(text) and table_score(text) >= TABLE_SCORE:
        return "table", 0
    return None, 0


def is_pitch(text: str) -> bool:
    """True for a long paragraph that sells a product to the reader (a house ad): two of
    the pitch phrases, and the reader addressed twice.

    The address is checked first, since prose rarely has it: a paragraph whose lowered
    text holds "you" fewer than twice cannot match ``_YOU_RE`` twice (no character but
    ``Y``, ``O`` and ``U`` folds to ``y``, ``o`` and ``u``).

    Examples
    --------
    >>> is_pitch("Our app is the tool that helps you plan. Sign up to see what your "
    ...          "team can do and how it makes the difference for you.")
    True
    >>> is_pitch("The council voted on Tuesday; critics said the plan helps you little.")
    False
    """
    if text.lower().count("you") < 2 or len(_YOU_RE.findall(text)) < 2:
        return False
    hits = 0
    for rx in _PITCH_RES:
        if rx.search(text):
            hits += 1
            if hits == 2:
                return True
    return False


__all__ = [
    "DATE_RE",
    "LONG_WORDS",
    "NAV_LABELS",
    "TABLE_SCORE",
    "byline_of",
    "is_pitch",
    "line_rule",
    "parse_date",
    "table_score",
]
