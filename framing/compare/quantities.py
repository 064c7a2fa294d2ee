"""Numbers with units and named entities in a sentence: the facts an outlet reports.

Shared by :mod:`.coverage` (which facts each outlet includes) and
:mod:`.discrepancies` (numeric claims that conflict).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .stopwords import ENGLISH_STOP_WORDS

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "b": 1e9, "bn": 1e9, "trillion": 1e12, "t": 1e12, "tn": 1e12}
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_NUM = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|tn|[kKmMbBtT](?![A-Za-z]))"
QUALIFIERS = ("more than", "at least", "less than", "fewer than", "up to", "nearly", "almost",
              "about", "around", "roughly", "approximately", "some", "over", "above", "under",
              "below", "just over", "just under", "close to")
_QUAL = r"(?:(?P<qual>" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
#: currency symbols and the ISO 4217 codes they stand for
CURRENCIES = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}
PERIODS = {"year": "year", "annually": "year", "yearly": "year", "annual": "year",
           "month": "month", "monthly": "month", "week": "week", "weekly": "week", "day": "day",
           "daily": "day"}
MONEY = re.compile(_QUAL + r"(?P<cur>US\$|\$|£|€)\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
                   r"(?:\s?(?:-|–|to|and)\s?(?:US\$|\$|£|€)?(?P<num2>\d[\d,]*(?:\.\d+)?))?"
                   r"(?:\s?(?P<scale>" + _SCALE + r"))?"
                   r"(?:\s+(?:a|an|per|each|every)\s+(?P<period>year|month|week|day)\b|"
                   r"\s+(?P<period2>annually|yearly|monthly|weekly|daily)\b)?", re.IGNORECASE)
PERCENT = re.compile(_QUAL + r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)",
                     re.IGNORECASE)
#: The first letters a count can start with (of a qualifier or a number word), or a digit:
#: a lookahead that lets the regex skip every other position at once (the same matches).
_COUNT_START = "".join(sorted({q[0] for q in QUALIFIERS} | {w[0] for w in WORD_NUMBERS}))
COUNT = re.compile(r"(?=[" + _COUNT_START + _COUNT_START.upper() + r"\d])"
                   + _QUAL + r"\b(?P<num>" + _NUM + r")(?:\s+(?P<scale>thousand|million|billion|"
                   r"trillion))?\s+(?P<unit>(?:daily |monthly |active |daily active )?"
                   r"(?:people|[a-z]{3,}s))\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number as written in a sentence, with its unit and the interval it allows."""

    value: float
    unit: str
    kind: str
    low: float
    high: float
    qualifier: str
    start: int
    end: int
    surface: str

    @property
    def key(self) -> str:
        """A canonical label (``"$14.3 billion"``, ``"£2 million a year"``, ``"49%"``,
        ``"3 billion users"``)."""
        if self.kind == "money":
            currency, _, period = self.unit.partition(" per ")
            symbol = {v: k for k, v in CURRENCIES.items() if k != "US$"}.get(currency, "$")
            return symbol + fmt_number(self.value) + (f" a {period}" if period else "")
        if self.kind == "percent":
            return f"{fmt_number(self.value)}%"
        return f"{fmt_number(self.value)} {self.unit}"


def fmt_number(v: float) -> str:
    """``14300000000.0 -> '14.3 billion'``, ``1000 -> '1,000'``, ``6.5 -> '6.5'``."""
    for name, s in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(v) >= s:
            return f"{v / s:.6g} {name}"
    return f"{v:,.6g}" if abs(v) >= 1000 else f"{v:.6g}"


def parse_number(s: str) -> tuple[float, int]:
    """The value of a written number and its decimals (``"1,000" -> (1000.0, 0)``)."""
    low = s.lower()
    if low in WORD_NUMBERS:
        return float(WORD_NUMBERS[low]), 0
    clean = s.replace(",", "")
    dec = len(clean.split(".")[1]) if "." in clean else 0
    return float(clean), dec


def interval(value: float, decimals: int, scale: float, qualifier: str) -> tuple[float, float]:
    """What a written number is compatible with, given rounding and its qualifier.

    Examples
    --------
    >>> interval(9.0, 0, 1.0, "more than")
    (9.0, inf)
    >>> interval(6.5, 1, 1.0, "")
    (6.45, 6.55)
    """
    half = 0.5 * 10.0 ** (-decimals) * scale
    q = qualifier.lower()
    if q in ("more than", "over", "above", "at least", "just over"):
        return value, math.inf
    if q in ("less than", "fewer than", "under", "below", "up to", "just under"):
        return -math.inf, value
    if q in ("nearly", "almost", "close to"):
        return value * 0.9, value + half
    if q in ("about", "around", "roughly", "approximately", "some"):
        return value * 0.9 - half, value * 1.1 + half
    return round(value - half, 12), round(value + half, 12)


def find_quantities(text: str) -> list[Quantity]:
    """Money amounts, percentages and counts of things in ``text``.

    Examples
    --------
    >>> [q.key for q in find_quantities("Meta invested $14.3 billion and owns 49% of it.")]
    ['$14.3 billion', '49%']
    >>> [q.key for q in find_quantities("It serves over three billion users.")]
    ['3 billion users']
    >>> [(q.key, q.unit) for q in find_quantities("It costs £2 million a year, not €2m.")]
    [('£2 million a year', 'GBP per year'), ('€2 million', 'EUR')]
    """
    return list(_quantities(text))


def _may_hold(kind: str, text: str) -> bool:
    """False when ``text`` cannot hold a quantity of ``kind``: no currency sign for money,
    no ``%`` or "percent" / "per cent" for a percentage."""
    if kind == "money":
        return "$" in text or "£" in text or "€" in text
    if kind == "percent":
        low = text.lower()
        return "%" in text or "percent" in low or "per cent" in low
    return True


@lru_cache(maxsize=4096)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """:func:`find_quantities`, kept for the sentences read again (coverage, then claims)."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in (("money", MONEY), ("percent", PERCENT), ("count", COUNT)):
        if not _may_hold(kind, text):
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            num = m.group("num")
            if kind == "count" and (
                _is_year(num, m) or num.lower() == "one" or _is_version(text, m.start("num"))
            ):
                continue
            value, dec = parse_number(num)
            scale_word = (m.groupdict().get("scale") or "").lower()
            scale = SCALES.get(scale_word, 1.0)
            qual = (m.group("qual") or "").lower()
            unit = {"money": "USD", "percent": "%"}.get(kind, (m.groupdict().get("unit") or "")
                                                          .lower())
            if kind == "money":  # the currency, and the period it is paid over, if any
                unit = CURRENCIES[m.group("cur").upper()]
                period = (m.group("period") or m.group("period2") or "").lower()
                if period:
                    unit += f" per {PERIODS[period]}"
            lo, hi = interval(value * scale, dec, scale, qual)
            if kind == "money" and m.group("num2"):
                v2, _ = parse_number(m.group("num2"))
                hi = max(hi, v2 * scale)
            taken.append((s, e))
            out.append(Quantity(value * scale, unit, kind, lo, hi, qual, s, e, text[s:e]))
    return tuple(sorted(out, key=lambda q: q.start))


_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z]*\s$")


def _is_version(text: str, num_start: int) -> bool:
    """A number right after a capitalised name is a version or model number, not a count:
    "Llama 4 weights", "Muse 2 ships"."""
    return bool(_NAME_BEFORE.search(text[max(0, num_start - 30):num_start]))


def _is_year(num: str, m: re.Match[str]) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", num)) and not m.group("scale")


_CAP = re.compile(r"\b[A-Z][A-Za-z0-9&'’.-]*(?:\s+(?:[A-Z][A-Za-z0-9&'’.-]*|\d+(?:\.\d+)?)){0,4}")
MONTHS = frozenset(re.findall(r"\S+", """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday"""))
_LEAD_DROP = ENGLISH_STOP_WORDS | MONTHS | frozenset({"yes", "no", "but", "and", "meanwhile",
                                                     "however", "still", "just", "even"})


_CONTRACTION = re.compile(r"n['’]t$|['’](?:re|ve|ll|d|m)$", re.IGNORECASE)


def _bare(word: str) -> str:
    """``"Here’s"`` -> ``"here"``: the word a stop list knows."""
    return re.sub(r"['’]s$", "", word.lower()).strip("'’.")


def find_entities(text: str, common: frozenset[str] = frozenset()) -> list[tuple[str, int, bool]]:
    """Capitalised name sequences: ``(name, start, sentence_initial)``.

    Leading stop words and months are dropped, a possessive splits a sequence
    (``"Zuckerberg's Meta"`` gives two names), and a sentence-initial word that
    the caller has seen in lowercase elsewhere (``common``) is not a name.

    Examples
    --------
    >>> [n for n, _, _ in find_entities("Yesterday Mark Zuckerberg's Meta met the FDA.",
    ...                                  frozenset({"yesterday"}))]
    ['Mark Zuckerberg', 'Meta', 'FDA']
    """
    out: list[tuple[str, int, bool]] = []
    first = len(text) - len(text.lstrip(" \"'“‘(—-"))
    for m in _CAP.finditer(text):
        pos = m.start()
        for piece in re.split(r"(?<=['’]s)\s+|(?<=['’])\s+", m.group(0)):
            start = pos
            pos += len(piece) + 1
            words = piece.split()
            while words and (_bare(words[0]) in _LEAD_DROP or _CONTRACTION.search(words[0])
                             or (start == first and words[0].lower() in common)):
                start += len(words[0]) + 1
                words = words[1:]
            while words and (_bare(words[-1]) in _LEAD_DROP or _CONTRACTION.search(words[-1])
                             or not words[-1][0].isalpha()):
                words = words[:-1]
            name = re.sub(r"(?:['’]s|['’])$", "", " ".join(words)).rstrip(".-")
            if len(name) >= 3:
                out.append((name, start, start == first))
    return out
