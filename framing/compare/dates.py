"""Dates, deadlines and durations in a sentence, normalised with python-dateutil.

Only spans that hold a date's own parts are candidates, so a month name alone is never a
date: "May" needs a day ("May 5", "5th of May") or a year ("May 2026") beside it, with a
capital letter ("they march 30 miles" is no date), which leaves "Theresa May said" and
"March" as a verb alone. The month and weekday names are dateutil's own
(``dateutil.parser.parserinfo``); dateutil turns each candidate into a date, with the
article's publication date supplying a missing year and anchoring "yesterday", "tomorrow"
and "next Friday". A date is an interval of days: "June 30" one day, "June 2026" the month,
"by 2030" the year, so "June 30", "June 30th" and "30 June" compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil import parser as date_parser
from dateutil import relativedelta as rd

_INFO = date_parser.parserinfo()
_MONTH = "|".join(sorted((n for names in _INFO.MONTHS for n in names), key=len, reverse=True))
_WEEKDAYS = [names[-1] for names in _INFO.WEEKDAYS]  # Monday ... Sunday
#: month and weekday names, lowercased (dateutil's)
CALENDAR_WORDS = frozenset(n.lower() for names in (*_INFO.MONTHS, *_INFO.WEEKDAYS)
                           for n in names)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# month names are matched case-sensitively: a capitalised name followed or preceded by a day
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH})\.?\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})\b\.?(?:,?\s+{_YEAR}\b)?")
_MONTH_YEAR = re.compile(rf"\b(?:in\s+|by\s+|until\s+)?(?P<month>{_MONTH})\.?,?\s+{_YEAR}\b")
_ISO = re.compile(rf"\b{_YEAR}-(?P<mon>[01]\d)-(?P<dd>[0-3]\d)\b")
_YEAR_ONLY = re.compile(rf"\b(?P<prep>by|until|before|through|in|from|since)\s+"
                        rf"(?:the\s+end\s+of\s+)?{_YEAR}\b(?!\s*(?:-|–)?\s*(?:{_MONTH}))",
                        re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?P<word>today|tomorrow|yesterday)\b|\b(?P<rel>next|last|this)\s+"
                       rf"(?P<wd>{'|'.join(_WEEKDAYS)})\b", re.IGNORECASE)
#: "next month", "last year", "this week": a calendar period relative to the article's day.
#: Not after "the" ("in the last year", "over the next month" are lengths of time).
_RELATIVE_PERIOD = re.compile(r"(?<!the\s)\b(?P<rel>next|last|this)\s+(?P<unit>week|month|year)\b",
                              re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|until|before|through|no later than|deadline(?: of| is)?)\s+"
                       r"(?:the\s+end\s+of\s+)?$", re.IGNORECASE)

DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25, "decade": 3652.5}
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
              "fifteen": 15, "twenty": 20, "thirty": 30}
_DUR_NUM = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + ")"
_DUR_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
DURATION = re.compile(rf"\b(?P<prep>for|over)\s+(?:the\s+(?:next|past|last)\s+)?{_DUR_NUM}\s+"
                      rf"{_DUR_UNIT}\b", re.IGNORECASE)
#: nouns that a length of time is the length of ("a 10-year lease"); precision over recall:
#: "a 20-year high", "two years ago", "a 31-year veteran" are no such length
TERM_NOUNS = ("lease", "contract", "term", "ban", "plan", "loan", "deal", "sentence",
              "shutdown", "closure", "moratorium", "freeze", "agreement", "program", "programme",
              "extension", "suspension", "mandate", "lockdown", "pause", "delay", "strike",
              "truce", "ceasefire", "waiting period", "phase-out", "phaseout")
DURATION_ADJ = re.compile(rf"\b(?P<num>\d+|{'|'.join(sorted(_NUM_WORDS, key=len, reverse=True))})"
                          rf"[- ]{_DUR_UNIT}[- ](?:long\s+)?(?P<noun>{'|'.join(TERM_NOUNS)})s?\b",
                          re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date as written: the days it allows (``low``..``high`` as ``date.toordinal()``),
    its span in the sentence, whether it is a deadline ("by June 30"), and how it reads."""

    low: int
    high: int
    start: int
    end: int
    surface: str
    deadline: bool
    shown: str


@dataclass(frozen=True)
class Duration:
    """A length of time as written, in days, with its span."""

    days: float
    start: int
    end: int
    surface: str
    noun: str  # "lease" in "a 10-year lease"; empty for "for three years"
    shown: str


def _reference(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date_parser.isoparse(published[:10]).date()
    except (ValueError, OverflowError):
        return None


def _parse(text: str, ref: date | None) -> date | None:
    default = datetime(ref.year if ref else 2000, 1, 1)
    try:
        return date_parser.parse(text, default=default).date()
    except (ValueError, OverflowError):
        return None


def _month_bounds(d: date) -> tuple[date, date]:
    first = d.replace(day=1)
    return first, first + rd.relativedelta(months=1) - timedelta(days=1)


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """The dates in ``text`` (``published``: the article's ISO date, for missing years and
    relative words).

    Examples
    --------
    >>> text = "It closes June 30th; the other branch on 30 June."
    >>> [m.shown for m in find_dates(text, "2026-05-02")]
    ['30 June 2026', '30 June 2026']
    >>> [m.shown for m in find_dates("Theresa May said they would march on.")]
    []
    >>> [(m.shown, m.deadline) for m in find_dates("Emissions fall to zero by 2030.")]
    [('2030', True)]
    >>> [m.shown for m in find_dates("The vote is tomorrow.", "2026-03-09")]
    ['10 March 2026']
    >>> [m.shown for m in find_dates("It opened last year and shuts next month.", "2026-03-09")]
    ['2025', 'April 2026']
    """
    ref = _reference(published)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], low: date, high: date, shown: str) -> None:
        s, e = m.span()
        if any(s < b and a < e for a, b in taken):
            return
        taken.append((s, e))
        deadline = bool(_DEADLINE.search(text[max(0, s - 30):s])) or bool(
            re.match(r"(?:by|until|before|through)\b", m.group(0), re.I))
        out.append(DateMention(low.toordinal(), high.toordinal(), s, e, m.group(0), deadline,
                               shown))

    for rx in (_MONTH_DAY, _DAY_MONTH):
        for m in rx.finditer(text):
            year = m.group("year")
            d = _parse(f"{m.group('day')} {m.group('month')} {year or ''}".strip(), ref)
            if d is None:
                continue
            shown = f"{d.day} {d:%B}" + (f" {d.year}" if year or ref else "")
            add(m, d, d, shown)
    for m in _ISO.finditer(text):
        d = _parse(m.group(0), ref)
        if d is not None:
            add(m, d, d, f"{d.day} {d:%B %Y}")
    for m in _MONTH_YEAR.finditer(text):
        d = _parse(f"1 {m.group('month')} {m.group('year')}", ref)
        if d is not None:
            lo, hi = _month_bounds(d)
            add(m, lo, hi, f"{d:%B %Y}")
    for m in _YEAR_ONLY.finditer(text):
        y = int(m.group("year"))
        add(m, date(y, 1, 1), date(y, 12, 31), str(y))
    if ref is not None:
        for m in _RELATIVE.finditer(text):
            word = (m.group("word") or "").lower()
            if word:
                d = ref + timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[word])
            else:
                wd = getattr(rd, m.group("wd")[:2].upper())
                rel = m.group("rel").lower()
                d = ref + (rd.relativedelta(days=+1, weekday=wd(+1)) if rel == "next" else
                           rd.relativedelta(days=-1, weekday=wd(-1)) if rel == "last" else
                           rd.relativedelta(weekday=wd(+1)))
            add(m, d, d, f"{d.day} {d:%B %Y}")
        for m in _RELATIVE_PERIOD.finditer(text):
            step = {"next": 1, "last": -1, "this": 0}[m.group("rel").lower()]
            unit = m.group("unit").lower()
            if unit == "year":
                y = ref.year + step
                add(m, date(y, 1, 1), date(y, 12, 31), str(y))
            elif unit == "month":
                lo, hi = _month_bounds(ref + rd.relativedelta(months=step))
                add(m, lo, hi, f"{lo:%B %Y}")
            else:  # a week runs Monday to Sunday
                lo = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
                add(m, lo, lo + timedelta(days=6), f"the week of {lo.day} {lo:%B %Y}")
    return sorted(out, key=lambda m: m.start)


def find_durations(text: str) -> list[Duration]:
    """Lengths of time: "for three years", "over the next 18 months", "a 10-year lease".

    Examples
    --------
    >>> [(d.shown, d.noun) for d in find_durations("It will close for three years.")]
    [('3 years', '')]
    >>> [(d.shown, d.noun) for d in find_durations("They signed a 10-year lease.")]
    [('10 years', 'lease')]
    """
    out: list[Duration] = []
    for rx in (DURATION, DURATION_ADJ):
        for m in rx.finditer(text):
            raw = m.group("num").lower()
            n = float(_NUM_WORDS[raw]) if raw in _NUM_WORDS else float(raw)
            unit = m.group("unit").lower()
            noun = (m.groupdict().get("noun") or "").lower()
            shown = f"{n:g} {unit}{'s' if n != 1 else ''}"
            out.append(Duration(n * DAYS[unit], m.start(), m.end(), m.group(0), noun, shown))
    return sorted(out, key=lambda d: d.start)


__all__ = ["CALENDAR_WORDS", "DAYS", "TERM_NOUNS", "DateMention", "Duration", "find_dates",
           "find_durations"]
