"""Quotation spans, their speakers, and reported speech.

Direct quotations: straight (``"``) and curly (``“ ”``, ``« »``) double quotes,
paired within a paragraph. A quotation may run across sentence boundaries; an
unbalanced opening quote runs to the end of its paragraph (``closed=False``);
a stray closing quote is ignored. Single quotes are not treated as quotation
marks (they are mostly apostrophes, or quotes nested in a double quote).

Speakers come from a reporting verb next to the quote (``"...," the minister
said`` / ``said the minister`` / ``Meta said it "hopes to..."``), or, for a
quote that fills a whole paragraph, from a short label paragraph just above it
(the "Panel Takes" layout: ``The Builder`` / ``Developer Perspective`` / quote).

Reported speech: a clause after a reporting verb whose subject is not the
writer (``Open-source AI advocates called it a betrayal``), and sentences that
open with ``according to``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..types import Quote
from .speakers import SpeakerFinder

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .actors import ActorMention
    from .tokens import Tokens

_BASE_VERBS = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "state": ("states", "stated", "stating"),
    "write": ("writes", "wrote", "written", "writing"),
    "add": ("adds", "added", "adding"),
    "note": ("notes", "noted", "noting"),
    "claim": ("claims", "claimed", "claiming"),
    "argue": ("argues", "argued", "arguing"),
    "call": ("calls", "called", "calling"),
    "insist": ("insists", "insisted", "insisting"),
    "admit": ("admits", "admitted", "admitting"),
    "warn": ("warns", "warned", "warning"),
    "accuse": ("accuses", "accused", "accusing"),
    "describe": ("describes", "described", "describing"),
    "allege": ("alleges", "alleged", "alleging"),
    "deny": ("denies", "denied", "denying"),
    "slam": ("slams", "slammed", "slamming"),
    "blast": ("blasts", "blasted", "blasting"),
    "criticize": ("criticizes", "criticized", "criticizing"),
    "criticise": ("criticises", "criticised", "criticising"),
    "announce": ("announces", "announced", "announcing"),
    "acknowledge": ("acknowledges", "acknowledged", "acknowledging"),
    "concede": ("concedes", "conceded", "conceding"),
    "explain": ("explains", "explained", "explaining"),
    "complain": ("complains", "complained", "complaining"),
    "declare": ("declares", "declared", "declaring"),
    "contend": ("contends", "contended", "contending"),
    "assert": ("asserts", "asserted", "asserting"),
    "report": ("reports", "reported", "reporting"),
    "reply": ("replies", "replied", "replying"),
    "ask": ("asks", "asked", "asking"),
    "predict": ("predicts", "predicted", "predicting"),
    "boast": ("boasts", "boasted", "boasting"),
    "confirm": ("confirms", "confirmed", "confirming"),
    "reveal": ("reveals", "revealed", "revealing"),
    "summarize": ("summarizes", "summarized", "summarizing"),
    "quip": ("quips", "quipped", "quipping"),
    "respond": ("responds", "responded", "responding"),
    "retort": ("retorts", "retorted", "retorting"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "post": ("posts", "posted", "posting"),
    "testify": ("testifies", "testified", "testifying"),
    "recall": ("recalls", "recalled", "recalling"),
    "stress": ("stresses", "stressed", "stressing"),
    "emphasize": ("emphasizes", "emphasized", "emphasizing"),
    "urge": ("urges", "urged", "urging"),
    "joke": ("jokes", "joked", "joking"),
    "caution": ("cautions", "cautioned", "cautioning"),
    "counter": ("counters", "countered", "countering"),
    "vow": ("vows", "vowed", "vowing"),
    "pledge": ("pledges", "pledged", "pledging"),
    "promise": ("promises", "promised", "promising"),
    "demand": ("demands", "demanded", "demanding"),
    "suggest": ("suggests", "suggested", "suggesting"),
    "observe": ("observes", "observed", "observing"),
    "remark": ("remarks", "remarked", "remarking"),
    "exclaim": ("exclaims", "exclaimed", "exclaiming"),
    "continue": ("continues", "continued", "continuing"),
}

#: Default reporting-verb forms (lowercase). The analysis passes the forms from
#: the active reporting lexicon instead, when it has one.
REPORTING_VERBS: frozenset[str] = frozenset(
    [base for base in _BASE_VERBS] + [f for forms in _BASE_VERBS.values() for f in forms]
)

#: Verbs that introduce reported speech without quotation marks (a subset:
#: "added", "asked" or "explains" too often introduce no speech at all).
_REPORTED_BASES = [
    "say",
    "tell",
    "claim",
    "argue",
    "call",
    "insist",
    "admit",
    "warn",
    "accuse",
    "describe",
    "allege",
    "deny",
    "slam",
    "blast",
    "criticize",
    "criticise",
    "concede",
    "contend",
    "assert",
    "declare",
    "complain",
    "predict",
    "acknowledge",
    "announce",
    "write",
]
REPORTED_SPEECH_VERBS: frozenset[str] = frozenset(
    [b for b in _REPORTED_BASES] + [f for b in _REPORTED_BASES for f in _BASE_VERBS[b]]
)
_NOT_SUBJECT_END = {
    "by",
    "of",
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "with",
    "for",
    "to",
    "in",
    "on",
    "and",
    "or",
    "that",
    "which",
    "not",
    "no",
    "frequently",
}

_AUX = {
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "also",
    "then",
    "now",
    "later",
    "once",
    "still",
    "even",
    "again",
    "too",
    "recently",
    "previously",
}
_OPEN = {"“", "«", "„"}
_CLOSE = {"”", "»"}
_STRAIGHT = '"'
_QUOTE_CHARS = re.compile("[" + "".join(sorted(_OPEN | _CLOSE)) + _STRAIGHT + "]")
_BE = {"is", "was", "are", "were", "be", "been", "being", "so-called", "also"}
_WRITER = {"i", "we"}
_NAME_RE = re.compile(
    r"((?:[A-Z][\w'’.-]*|the|The|a|an|its|his|her|their)(?:\s+(?:[A-Z][\w'’.&-]*|of|the))*"
    r"|he|she|they|it|He|She|They|It)\s*$"
)
_AFTER_RE = re.compile(r"^[\s,.;:—–-]*(?P<rest>.{0,80})", re.S)
_SPEAKER_WORDS = re.compile(r"^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Z][\w'’.&-]*\s*){1,5}")


def _pair_quotes(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Pair quotation marks in ``text[start:end]``; returns (start, end, closed)."""
    out: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for qm in _QUOTE_CHARS.finditer(text, start, end):  # only the quotation marks
        i = qm.start()
        ch = text[i]
        if ch in _OPEN:
            if open_at is None:
                open_at = i
        elif ch in _CLOSE:
            if open_at is not None:
                out.append((open_at, i + 1, True))
                open_at = None
        elif ch == _STRAIGHT:
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < end else " "
            looks_open = (prev.isspace() or prev in "([{—–-:") and not nxt.isspace()
            if open_at is None:
                if looks_open or i == start:
                    open_at = i
            else:
                out.append((open_at, i + 1, True))
                open_at = None
    if open_at is not None and end - open_at > 1:
        out.append((open_at, end, False))
    return out


def _verb_form(word: str, verbs: frozenset[str]) -> bool:
    return word.lower() in verbs


def _speaker_after(doc: Tokens, q_end: int, verbs: frozenset[str]) -> tuple[str, str] | None:
    """``"...," the minister said`` or ``"...," said the minister`` or ``..." Meta stated``."""
    tail = doc.text[q_end : q_end + 90].split("\n", 1)[0]
    m = _AFTER_RE.match(tail)
    if not m:
        return None
    words = m.group("rest").split()
    if not words:
        return None
    first = words[0].strip(",.;:")
    if first.lower() == "as" and len(words) > 3:
        put = re.match(r"as\s+((?:[A-Z][\w'’.&-]*\s*){1,4})put it", m.group("rest"))
        if put:
            return put.group(1).strip(), "put"
    if _verb_form(first, verbs) and len(words) > 1:
        sp = _SPEAKER_WORDS.match(" ".join(words[1:]))
        if sp:
            return sp.group(0).strip(" ,."), first.lower()
    for k in range(1, min(6, len(words))):
        w = words[k].strip(",.;:")
        if _verb_form(w, verbs):
            name = " ".join(words[:k]).strip(" ,")
            if name and (
                name[0].isupper() or name.split()[0].lower() in {"the", "he", "she", "they", "it"}
            ):
                return name, w.lower()
            return None
    return None


#: characters before a quote searched for its reporting verb
_LOOKBACK = 600


def _speaker_before(doc: Tokens, q_start: int, verbs: frozenset[str]) -> tuple[str, str] | None:
    """``Meta said it "hopes to..."`` or ``Wang said: "..."``: a reporting verb before."""
    s = doc.sentences[doc.sentence_at(q_start)] if doc.sentences else None
    if s is None or s.start >= q_start:
        return None
    # look back at most _LOOKBACK characters: a sentence holding thousands of quotes made
    # this quadratic (each quote re-read the whole sentence before it)
    start = max(s.start, q_start - _LOOKBACK)
    head = doc.text[start:q_start]
    words = head.split()
    if start > s.start:
        words = words[1:]  # the first may be cut
    for k in range(len(words) - 1, -1, -1):
        w = words[k].strip(",.;:—")
        if _verb_form(w, verbs):
            before = " ".join(words[:k])
            m = _NAME_RE.search(before)
            if m and m.group(1).strip() and m.group(1).strip().lower() not in _WRITER:
                name = m.group(1).strip()
                return name, w.lower()
            return None
    if start == s.start and head.rstrip().endswith(":"):
        sp = _SPEAKER_WORDS.match(head.strip())
        if sp:
            return sp.group(0).strip(" ,."), "said"
    return None


def _label_above(doc: Tokens, q_start: int, q_end: int) -> str | None:
    """Speaker label for a quote that fills a whole paragraph (panel layout)."""
    for p_index, (ps, pe) in enumerate(doc.paragraphs):
        if ps <= q_start < pe:
            if q_start - ps > 1 or pe - q_end > 1:
                return None
            labels: list[str] = []
            j = p_index - 1
            while j >= 0 and len(labels) < 2:
                ls, le = doc.paragraphs[j]
                label = doc.text[ls:le].strip()
                if len(label.split()) > 5 or label[-1:] in '.!?”"':
                    break
                labels.append(label)
                j -= 1
            return labels[-1] if labels else None
    return None


def _reported(doc: Tokens, verbs: frozenset[str], direct: list[Quote]) -> list[Quote]:
    """Attributed clauses without quotation marks."""
    out: list[Quote] = []
    toks = doc.tok_lower
    for sent in doc.sentences:
        words = _sentence_tokens(doc, sent.index)
        if not words:
            continue
        first_low = toks[words[0]]
        if first_low == "according" and len(words) > 1 and toks[words[1]] == "to":
            named = words[2:6]
            span = (doc.tok_start[named[0]], doc.tok_end[named[-1]]) if named else None
            out.append(Quote(sent.start, sent.end, "reported", _name_from(doc, named),
                             "according to", attribution=span))
            continue
        for pos, i in enumerate(words):
            if toks[i] not in verbs or toks[i] not in REPORTED_SPEECH_VERBS or pos == 0:
                continue
            start = doc.tok_start[i]
            if any(q.start <= start < q.end for q in direct):
                continue
            prev = toks[words[pos - 1]]
            if prev in _BE or prev in _WRITER or prev in _NOT_SUBJECT_END:
                continue
            # the subject: up to 8 tokens back to the sentence start or a comma
            subj = []
            for j in range(pos - 1, max(-1, pos - 9), -1):
                t = doc.token_text(words[j])
                if t in {",", ";", ":", "—", "–", '"', "“", "”", "(", ")"}:
                    break
                subj.append(words[j])
            subj.reverse()
            if not subj:
                continue
            while subj and toks[subj[0]] in {"and", "but", "or", "so", "while"}:
                subj = subj[1:]
            if not subj:
                continue
            while len(subj) > 1 and (toks[subj[-1]] in _AUX or toks[subj[-1]].endswith("ly")):
                subj = subj[:-1]
            subj_text = " ".join(doc.token_text(j) for j in subj)
            if subj_text.lower() in _WRITER:
                continue
            end = sent.end
            if end - doc.tok_end[i] < 3:
                continue
            out.append(Quote(doc.tok_end[i], end, "reported", subj_text, toks[i],
                             attribution=(doc.tok_start[subj[0]], doc.tok_end[i])))
            break
    return out


def _sentence_tokens(doc: Tokens, index: int) -> list[int]:
    s = doc.sentences[index]
    lo = bisect.bisect_left(doc.tok_start, s.start)
    hi = bisect.bisect_left(doc.tok_start, s.end)
    return list(range(lo, hi))


def _name_from(doc: Tokens, toks: list[int]) -> str | None:
    words = [doc.token_text(i) for i in toks if doc.token_text(i) not in {",", "."}]
    return " ".join(words) or None


def find_quotes(doc: Tokens, *, reporting_verbs: frozenset[str] | None = None,
                actors: Sequence[ActorMention] | None = None) -> list[Quote]:
    """Find direct quotations and reported speech in a parsed doc; with ``actors`` (the
    doc's actor mentions), their speakers are resolved by :mod:`framing.text.speakers`.

    Examples
    --------
    >>> from framing.text.doc import parse_text
    >>> d = parse_text('"We rebuilt the stack," Alexandr Wang said. Critics called it a dud.')
    >>> [(q.kind, q.speaker, q.verb) for q in d.quotes]
    [('direct', 'Alexandr Wang', 'said'), ('reported', 'Critics', 'called')]
    """
    verbs = reporting_verbs if reporting_verbs is not None else REPORTING_VERBS
    direct: list[Quote] = []
    for ps, pe in doc.paragraphs:
        for qs, qe, closed in _pair_quotes(doc.text, ps, pe):
            found = _speaker_after(doc, qe, verbs) if closed else None
            if found is None:
                found = _speaker_before(doc, qs, verbs)
            speaker, verb = found if found else (None, None)
            if speaker is None:
                speaker = _label_above(doc, qs, qe)
            direct.append(Quote(qs, qe, "direct", speaker, verb, closed))
    reported = _reported(doc, verbs, direct)
    for k, q in enumerate(direct):
        if q.speaker is None:
            outer = next((r for r in reported if r.start <= q.start and q.end <= r.end), None)
            if outer is not None:
                direct[k] = Quote(q.start, q.end, "direct", outer.speaker, outer.verb, q.closed)
    quotes = sorted(direct + reported, key=lambda q: (q.start, q.end))
    if actors is None:
        return quotes
    finder = SpeakerFinder(doc.text, [(s.start, s.end) for s in doc.sentences],
                           doc.paragraphs, actors, verbs)
    return finder.attribute(quotes)
