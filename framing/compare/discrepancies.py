"""Factual discrepancies: numeric claims about the same thing that differ between outlets.

A *claim* is ``(subject key, value interval, unit)``. Keys come from narrow,
documented patterns (precision over recall):

* ``stock change of <Org>``: a percentage in a sentence about a stock / shares
  with a verb of change (rose, jumped, increased: +; fell, dropped: -).
* ``age of <Person>``: ``Name, 29,`` / ``aged 29`` / ``at age 29`` /
  ``29-year-old`` / ``At 29, he ...``; the person is the nearest two-word name
  ending in that surname in the sentence or the two before it. An age tied to a
  founding ("built Scale AI at age 19") gets its own key.
* money by what it measures: ``investment``, ``savings``, ``budget``,
  ``cost``, ``revenue of <Org>``, ``valuation``, ``fine``, ``funding``: a
  money amount with the measure word within four words of it; its unit is the
  currency and period ("USD per year").
* ``ownership stake``: ``49% stake`` / ``owning 49% of``; ``user count``:
  ``3 billion users/people``.
* ``date the <thing> closes`` (opens, ends, starts, ...): a date
  (:mod:`.dates`) in the clause of an event verb, the thing being the verb's
  object or the noun before it; ``length of the lease`` ("a 10-year lease");
  ``how long the <thing> stays closed`` ("closes for three years").

Two outlets conflict on a key when none of one outlet's claims is compatible
(same unit, overlapping intervals) with any of the other's; a claim's
interval allows rounding at its written precision ("14" covers 14.3) and its
qualifier ("more than 9%" covers 9.3%).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from .comparison import Claim, Discrepancy
from .dates import CALENDAR_WORDS as _CALENDAR
from .dates import find_dates, find_durations
from .event_verbs import event_sets, form_pattern
from .quantities import Quantity, find_quantities

_UP = r"rose|rise|rises|risen|jumped|jump|jumps|increased|increase|gained|gain|climbed|" \
      r"surged|soared|spiked|rallied|up"
_DOWN = r"fell|fall|falls|dropped|drop|drops|declined|decline|slid|slipped|sank|tumbled|" \
        r"plunged|lost|down"
STOCK = re.compile(r"\b(?:stock|stocks|shares|share price)\b", re.I)
STOCK_MOVE = re.compile(rf"\b(?P<up>{_UP})\b|\b(?P<down>{_DOWN})\b", re.I)
MONEY_KEYS: tuple[tuple[str, str], ...] = (
    ("investment", r"invest\w*"), ("savings", r"sav(?:e|es|ed|ing|ings)"),
    ("budget", r"budget\w*"), ("cost", r"cost(?:s|ing)?"), ("revenue", r"revenues?"),
    ("valuation", r"valu(?:ed|ation)"), ("fine", r"fined?"), ("funding", r"fund(?:ing|ed)"))
_PERSON = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_AGE_PATTERNS = (
    re.compile(r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?P<age>\d{2}),"),
    re.compile(r"\baged? (?P<age>\d{2})\b"),
    re.compile(r"\b(?P<age>\d{2})-year-old\b"),
)
_AT_AGE = re.compile(r"\b[Aa]t (?P<age>\d{2})(?=,| when\b| he\b| she\b)")
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
_FOUNDING = re.compile(r"\b(?:built|founded|co-?founded|started|created|launched|dropped out)\b",
                       re.I)


@dataclass(frozen=True)
class Sent:
    """A sentence with where it comes from (``index`` orders an article's sentences;
    ``published``: the article's ISO date, which dates without a year or relative to the
    article's day are read against)."""

    outlet: str
    article_id: str
    index: int
    text: str
    published: str = ""


#: what a date or duration is the date of: (label, pattern of the verb forms), the label read
#: as "date the <noun> <label>"; the sets of verbs of the same meaning are data
#: (``lexicons/claims/event_verbs.toml``, :mod:`.event_verbs`): "shut", "shutter" and
#: "close" are one event
EVENT_VERBS: tuple[tuple[str, str], ...] = tuple(
    (label, form_pattern(forms)) for label, forms in event_sets())
_EVENT = re.compile("|".join(rf"\b(?P<v{i}>{rx})\b" for i, (_, rx) in enumerate(EVENT_VERBS)),
                    re.IGNORECASE)
#: words between a noun and its verb that say nothing about what happens
_AUX = frozenset(re.findall(r"\S+", """
will would to is was be been being are were has have had shall could may might must can set
scheduled expected planned slated due going finally officially permanently temporarily
not also now then soon set to its their his her 's ’s doors remain remains
remained stay stays stayed quietly formally publicly abruptly suddenly quickly already
eventually effectively initially originally previously reportedly"""))
_STOP = frozenset(re.findall(r"\S+", """
the a an this that these those it they he she we you i which who what there here and or but
of in on at for by with from as since first last next ago after before during until when
while once hard"""))


def _noun_before(text: str, pos: int) -> str:
    """The head noun just before ``pos`` (auxiliaries skipped; possessive dropped):
    "The Elm Street branch will" -> "branch", "the library's" -> "library"."""
    clause = re.split(r"[;:,—(]|\.\s", text[:pos])[-1]
    for word in reversed(clause.split()):
        w = re.sub(r"['’]s$", "", word.lower()).strip("'’\".")
        if not w or w in _AUX:
            continue
        return w if w.isalpha() and w not in _STOP and w not in _CALENDAR else ""
    return ""


def _object_after(text: str, pos: int) -> str:
    """The head noun of a verb's object ("launched Muse Spark on ..." -> "spark"), empty when
    the verb has none ("closes its doors on June 1", "closes on June 30")."""
    chunk = re.split(r"[;:,—(.]|\b(?:on|in|by|at|until|from|for|after|before|since|with|as|"
                     r"and|but|when|while|this|next|last|that|which|today|tomorrow|"
                     r"yesterday)\b", text[pos:], maxsplit=1)[0]
    words = [re.sub(r"['’]s$", "", w.lower()).strip("'’\"") for w in chunk.split()]
    words = [w for w in words if w and w not in _AUX and w not in _STOP
             and w not in _CALENDAR and not w[0].isdigit()]
    return next((w for w in reversed(words) if w.isalpha()), "")


def _event_near(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(noun, label) of the event verb nearest a date at ``text[start:end]`` in its clause."""
    best: tuple[int, str, str] | None = None
    for m in _EVENT.finditer(text):
        between = text[m.end():start] if m.end() <= start else text[end:m.start()]
        if re.search(r"[;—]|\.\s", between) or len(between) > 80:
            continue
        label = EVENT_VERBS[int(next(k for k, v in m.groupdict().items() if v)[1:])][0]
        # what the event happens to: the verb's object if it has one ("Meta launched Muse
        # Spark": the spark starts), else its subject ("the branch closes")
        noun = _object_after(text, m.end()) or _noun_before(text, m.start())
        if noun:
            dist = len(between)
            if best is None or dist < best[0]:
                best = (dist, noun, label)
    return (best[1], best[2]) if best else None


def date_claims(s: Sent) -> list[Claim]:
    """Dates and deadlines tied to what happens on them: "the branch closes on June 30"."""
    out = []
    for d in find_dates(s.text, s.published or None):
        event = _event_near(s.text, d.start, d.end)
        if event is None:
            continue
        noun, label = event
        low = -math.inf if d.deadline else float(d.low)
        out.append(Claim(outlet=s.outlet, value=float(d.high), unit="", sentence=s.text,
                         article_id=s.article_id, low=low, high=float(d.high),
                         subject=f"date the {noun} {label}",
                         qualifier="by" if d.deadline else "", surface=d.surface,
                         shown=d.shown, start=d.start, end=d.end))
    return out


def duration_claims(s: Sent) -> list[Claim]:
    """Lengths of time: "a 10-year lease", "closes for three years"."""
    out = []
    for d in find_durations(s.text):
        if d.noun:
            subject = f"length of the {d.noun}"
        else:
            event = _event_near(s.text, d.start, d.end)
            if event is None:
                continue
            subject = f"how long the {event[0]} {event[1].replace('closes', 'stays closed')}"
        out.append(Claim(outlet=s.outlet, value=d.days, unit="", sentence=s.text,
                         article_id=s.article_id, low=d.days * 0.999, high=d.days * 1.001,
                         subject=subject, surface=d.surface, shown=d.shown, start=d.start,
                         end=d.end))
    return out


def _clause_words(text: str, start: int, end: int, window: int = 4) -> list[str]:
    """Words of the clause around ``text[start:end]``, nearest first (alternating sides)."""
    before = re.split(r"[;:—.]", text[:start])[-1].split()[-window:][::-1]
    after = re.split(r"[;:—]|\.\s", text[end:])[0].split()[:window]
    out: list[str] = []
    for i in range(window):
        out.extend(side[i] for side in (before, after) if i < len(side))
    return out


def stock_claims(s: Sent) -> list[Claim]:
    """Percentage moves of a stock."""
    if not STOCK.search(s.text):
        return []
    move = STOCK_MOVE.search(s.text)
    if not move:
        return []
    sign = -1.0 if move.group("down") else 1.0
    m = STOCK.search(s.text)
    assert m is not None
    before = s.text[: m.start()].split()
    org = ""
    if before:
        cand = re.sub(r"['’]s$", "", before[-1])
        org = cand if cand[:1].isupper() else ""
    out = []
    for q in find_quantities(s.text):
        if q.kind != "percent" or q.start < move.start() - 60:
            continue
        lo, hi = (q.low, q.high) if sign > 0 else (-q.high, -q.low)
        subject = f"stock change of {org}" if org else "stock change"
        out.append(_claim(s, subject, sign * q.value, "%", lo, hi, q))
    return out[:1]


def _claim(s: Sent, subject: str, value: float, unit: str, lo: float, hi: float,
           q: Quantity | None = None, surface: str = "") -> Claim:
    return Claim(outlet=s.outlet, value=value, unit=unit, sentence=s.text,
                 article_id=s.article_id, low=lo, high=hi, subject=subject,
                 qualifier=q.qualifier if q else "", surface=q.surface if q else surface,
                 start=q.start if q else -1, end=q.end if q else -1)


def _person_before(texts: list[str], surnames: dict[str, str]) -> str | None:
    """The last known person mentioned in ``texts`` (latest text first)."""
    for t in texts:
        hits = [(m.start(), w) for w in surnames for m in re.finditer(rf"\b{w}\b", t)]
        if hits:
            return surnames[max(hits)[1]]
    return None


def _age_anchor(text: str, m: re.Match[str]) -> str:
    """The words that say *when* the age applies.

    ``At 27 when he was recruited, he had already built ...`` is anchored by its
    ``when`` clause; otherwise the 60 characters before the age and the rest of
    its sentence (``Wang built Scale AI at age 19``, ``At 27, he founded it``).
    """
    after = text[m.end("age"):]
    when = re.match(r"\s*when\b([^,;]*)", after)
    if when:
        return when.group(1)
    return text[max(0, m.start() - 60): m.start()] + " " + after


def age_claims(s: Sent, previous: list[str], surnames: dict[str, str]) -> list[Claim]:
    """Ages of named people."""
    out = []
    found: list[tuple[re.Match[str], str | None]] = []
    for rx in _AGE_PATTERNS:
        for m in rx.finditer(s.text):
            name = m.groupdict().get("name")
            found.append((m, name))
    if _PRONOUN.search(s.text):
        found.extend((m, None) for m in _AT_AGE.finditer(s.text))
    seen: set[int] = set()
    for m, name in sorted(found, key=lambda x: x[0].start("age")):
        if m.start("age") in seen:
            continue
        seen.add(m.start("age"))
        age = int(m.group("age"))
        if not 10 <= age <= 99:
            continue
        person = None
        if name:
            last = name.split()[-1]
            person = surnames.get(last)
        if person is None:
            person = _person_before([s.text[: m.start()], *previous], surnames)
        if person is None:
            continue
        founding = _FOUNDING.search(_age_anchor(s.text, m))
        subject = f"age of {person}" + (" at founding" if founding else "")
        out.append(_claim(s, subject, float(age), "years", age - 0.5, age + 0.5,
                          surface=m.group(0)))
    return out


def _money_subject(s: Sent, q: Quantity) -> str | None:
    """What a dollar amount measures: the nearest measure word within its clause."""
    near = _clause_words(s.text, q.start, q.end)
    key = next((k for w in near for k, rx in MONEY_KEYS if re.fullmatch(rf"{rx}\W*", w, re.I)),
               None)
    if key != "revenue":
        return key
    before = s.text[: q.start]
    names = [" ".join(n) for n in _PERSON.findall(before)] or re.findall(
        r"\b([A-Z][A-Za-z]+)\b(?= is| has| had| made| earned| reported)", before)
    return f"revenue of {names[-1]}" if names else None


def money_claims(s: Sent) -> list[Claim]:
    """Dollar amounts tied to what they measure, ownership stakes and user counts."""
    out = []
    for q in find_quantities(s.text):
        if q.kind == "money":
            subject = _money_subject(s, q)
            if subject:  # unit: currency and period ("USD per year"), compared as well
                out.append(_claim(s, subject, q.value, q.unit, q.low, q.high, q))
        elif q.kind == "percent" and re.search(
                r"\b(?:stake|owning|owns|own)\b",
                " ".join(_clause_words(s.text, q.start, q.end, 3)), re.I):
            out.append(_claim(s, "ownership stake", q.value, "%", q.low, q.high, q))
        elif q.kind == "count" and q.unit.split()[-1] in ("users", "people") and q.value >= 1e6:
            out.append(_claim(s, "user count", q.value, "people", q.low, q.high, q))
    return out


def known_people(texts: list[str]) -> dict[str, str]:
    """``surname -> "First Surname"`` for two-word names seen on the event.

    A surname that ends two different names is left out (ambiguous).
    """
    by_last: dict[str, set[str]] = defaultdict(set)
    for t in texts:
        for first, last in _PERSON.findall(t):
            if first.lower() in _NOT_FIRST or last.lower() in _NOT_FIRST:
                continue
            by_last[last].add(f"{first} {last}")
    return {last: sorted(n)[0] for last, n in by_last.items() if len(n) == 1}


_NOT_FIRST = frozenset(re.findall(r"\S+", """
the a an this that these those it its in on at for from with by as if when while but and
or so yes no not what why how who where which there here every each even just still now
then over after before since until also more most some many few our your their his her we
you they he she i let instead meanwhile however being going whether neither both any one
two three first second new open big frontier muse spark"""))


def extract_claims(sentences: list[Sent]) -> list[Claim]:
    """Every claim in an event's sentences (in article order)."""
    people = known_people([s.text for s in sentences])
    by_article: dict[str, list[Sent]] = defaultdict(list)
    for s in sentences:
        by_article[s.article_id].append(s)
    out: list[Claim] = []
    for aid in sorted(by_article):
        sents = sorted(by_article[aid], key=lambda s: s.index)
        for i, s in enumerate(sents):
            prev = [p.text for p in reversed(sents[max(0, i - 2): i])]
            out.extend(stock_claims(s))
            out.extend(age_claims(s, prev, people))
            out.extend(money_claims(s))
            out.extend(date_claims(s))
            out.extend(duration_claims(s))
    return out


def compatible(a: Claim, b: Claim) -> bool:
    """True when both claims can be true of the same quantity: the same unit (currency and
    period: "$2 million a year" is not "$2 million") and overlapping intervals."""
    return a.unit == b.unit and a.low <= b.high and b.low <= a.high


def find_discrepancies(event: str, sentences: list[Sent]) -> list[Discrepancy]:
    """Subjects on which two outlets make claims that cannot both hold."""
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for c in extract_claims(sentences):
        by_subject[c.subject].append(c)
    out = []
    for subject in sorted(by_subject):
        claims = by_subject[subject]
        outlets = sorted({c.outlet for c in claims})
        conflicting: set[str] = set()
        for i, o1 in enumerate(outlets):
            for o2 in outlets[i + 1:]:
                c1 = [c for c in claims if c.outlet == o1]
                c2 = [c for c in claims if c.outlet == o2]
                if not any(compatible(x, y) for x in c1 for y in c2):
                    conflicting.update((o1, o2))
        if conflicting:
            keep = [c for c in claims if c.outlet in conflicting]
            out.append(Discrepancy(event=event, subject=subject,
                                   claims=sorted(keep, key=lambda c: (c.outlet, c.article_id,
                                                                      c.value))))
    return out


__all__ = ["EVENT_VERBS", "Sent", "compatible", "date_claims", "duration_claims",
           "extract_claims", "find_discrepancies"]
