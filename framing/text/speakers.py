"""Who speaks: the speaker of each quotation, from the attribution around it.

A quotation's speaker is looked for, in order:

1. after it (``"...," Alvarez said``, ``"...," said Gov. Alvarez``, ``"...," Rep. Jerrold
   Nadler, D-N.Y., the former chairman, told the Post``) and before it in its sentence
   (``Alvarez said: "..."``, ``Lis Smith, a spokeswoman for the campaign, said, "..."``):
   the actor (:mod:`.actors`) that is the reporting verb's subject, an appositive between
   them allowed; else a pronoun, resolved to the person last named within the two
   sentences before when that is unambiguous (the previous quotation's speaker, or the
   only person named there); else a described source (``a Meta spokesperson``, ``people
   familiar with the talks``: a phrase whose head is a source noun);
2. a quotation with no attribution of its own that follows another one closely (the
   next sentence of a quote running over several sentences, or the next paragraph of a
   quote whose paragraph opens with a quotation mark) takes that one's speaker;
3. otherwise its speaker is unknown (``None``), never a clause fragment.

Each quotation keeps the span of the attribution that named the speaker
(:attr:`framing.types.Quote.attribution`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Quote
from .actor_words import actor_words
from .actors import ActorMention

_PRONOUNS = frozenset({"he", "she"})
_PREPOSITIONS = frozenset({"for", "of", "with", "at", "by", "from", "to", "in", "on", "about",
                           "against", "over", "under", "toward", "towards", "than", "like",
                           "and", "or", "nor"})
_ADVERBS = re.compile(r"^(?:\s*(?:also|later|then|once|again|now|has|had|have|had|was|were|"
                      r"is|will|would|recently|previously|simply|quickly|publicly|"
                      r"privately|repeatedly|reportedly|separately|often|still|even|"
                      r"further|flatly|bluntly|firmly|angrily|sharply|on \w+day|"
                      r"in (?:a|an|the) \w+(?: \w+)?|on (?:Twitter|X|Facebook)))*\s*$")
_APPOSITIVE = re.compile(r"^\s*(?:['’]s?)?\s*,[^,\"“”]{1,160}(?:,[^,\"“”]{1,60})?,\s*"
                         r"(?:(?:who|which)\s+)?$")
#: characters after a quotation searched for its attribution
_AFTER = 200
#: characters before a quotation's reporting verb searched for its subject
_BEFORE = 200


def _verb_at(text: str, lo: int, hi: int, verbs: frozenset[str]) -> re.Match[str] | None:
    """The first reporting verb in ``text[lo:hi]`` (a whole word)."""
    for m in re.finditer(r"[A-Za-z]+", text[lo:hi]):
        if m.group().lower() in verbs:
            return re.compile(re.escape(m.group())).search(text, lo + m.start())
    return None


class SpeakerFinder:
    """Finds speakers in one text, given its sentences and actor mentions."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]],
                 paragraphs: Sequence[tuple[int, int]], mentions: Sequence[ActorMention],
                 verbs: frozenset[str]) -> None:
        self.text = text
        self.sentences = list(sentences)
        self.paragraphs = list(paragraphs)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.verbs = verbs
        self.heads = actor_words().described_heads
        self._starts = [s for s, _ in self.sentences]

    # -- the pieces ------------------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def _mentions_in(self, lo: int, hi: int) -> list[ActorMention]:
        return [m for m in self.mentions if lo <= m.start and m.end <= hi]

    def _preposition_before(self, m: ActorMention) -> bool:
        before = self.text[max(0, m.start - 12):m.start].split()
        return bool(before) and before[-1].lower().strip("(") in _PREPOSITIONS

    def subject(self, lo: int, verb_start: int) -> tuple[str, str, int] | None:
        """The subject of a reporting verb at ``verb_start`` among ``text[lo:verb_start]``:
        (speaker, kind, start) with kind ``actor``, ``pronoun`` or ``described``."""
        window = self.text[lo:verb_start]
        for m in reversed(self._mentions_in(lo, verb_start)):
            between = self.text[m.end:verb_start]
            if self._preposition_before(m):
                continue
            if _ADVERBS.match(between) or _APPOSITIVE.match(between) \
                    or re.match(r"^\s*(?:['’]s?|,\s*who|\([^()]{1,30}\),?)\s*$", between):
                return m.actor, "actor", m.start
        words = re.findall(r"[\w'’-]+|[,;:—–()\"“”]", window)
        if words and words[-1].lower() in _PRONOUNS:
            return words[-1].lower(), "pronoun", verb_start - len(window.rstrip()) + \
                len(window.rstrip()) - len(words[-1])
        clause = re.split(r"[,;:—–()\"“”.]", window)[-1].strip()
        phrase = described_phrase(clause, self.heads) if clause else None
        if phrase:
            return phrase, "described", lo + window.rfind(phrase)
        return None

    def after(self, q: Quote) -> tuple[str, str, tuple[int, int]] | None:
        """``"...," Alvarez said`` / ``"...," said Alvarez`` / ``"...," the aide told``."""
        end = min(len(self.text), q.end + _AFTER)
        nl = self.text.find("\n", q.end, end)
        end = nl if nl >= 0 else end
        tail = self.text[q.end:end]
        if not re.match(r"^\s*[,.;:!?—–-]*\s*\S", tail):
            return None
        inner = self.text[q.start:q.end].rstrip("\"”“ ")
        if not (inner[-1:] in ",.!?…—–-" or re.match(r"^\s*[,:]", tail)):
            return None  # a term in quotation marks ("private API preview") ends no speech
        # stop at the next quotation or the end of the sentence after the verb
        stop = re.search(r"[\"“”]", tail)
        hi = q.end + (stop.start() if stop else len(tail))
        v = _verb_at(self.text, q.end, hi, self.verbs)
        if v is None or len(self.text[q.end:v.start()].split()) > 14:
            return None
        if re.match(r"^[\s,:]*[\"“]", self.text[v.end():v.end() + 4]) and not inner.endswith(","):
            return None  # `"..." Smith said, "..."`: the attribution of the next quotation
        if self.text[q.end:v.start()].strip(" ,.;:!?—–-\t") == "":  # said Alvarez
            # verb first: the first actor after it, or a described phrase
            rest_hi = min(hi, v.end() + 120)
            rest = self.text[v.end():rest_hi]
            for m in self._mentions_in(v.end(), rest_hi):
                if len(self.text[v.end():m.start].split()) <= 3:
                    after = re.match(r"\s*([\w-]+)", self.text[m.end:m.end + 30])
                    if after and after.group(1).lower() in self.heads:  # a Meta spokesperson
                        break
                    return m.actor, "actor", (v.start(), m.end)
            w = rest.split()
            if w and w[0].lower().strip(",.") in _PRONOUNS:
                return w[0].lower().strip(",."), "pronoun", (v.start(), v.end())
            first = re.split(r"[,;:.—(]", rest)[0]
            first = re.split(r"\b(?:of|for|at|in|on|from|who|which|that)\b", first)[0]
            phrase = described_phrase(first.strip(), self.heads) or ""
            if phrase:
                return phrase, "described", (v.start(), v.end() + rest.find(phrase)
                                             + len(phrase))
            return None
        found = self.subject(q.end, v.start())
        if found is None:
            return None
        name, kind, start = found
        return name, kind, (start, v.end())

    def before(self, q: Quote) -> tuple[str, str, tuple[int, int]] | None:
        """``Alvarez said: "..."`` / ``the aide said the plan "..."``: a reporting verb
        earlier in the sentence, and its subject."""
        para = next((p for p in self.paragraphs if p[0] <= q.start < p[1]), (0, q.start))
        lo = max(para[0], q.start - _BEFORE - 200)
        s = (lo, q.start)
        head = self.text[lo:q.start]
        best = None
        for m in re.finditer(r"[A-Za-z]+", head):
            if m.group().lower() in self.verbs:
                best = m
        if best is None:
            return self._colon(q, lo)
        v_start, v_end = lo + best.start(), lo + best.end()
        # an earlier quotation between the verb and this one: not this one's attribution
        if re.search(r"[\"“”]", self.text[v_end:q.start].rstrip(" \"“")):
            return None
        found = self.subject(max(s[0], v_start - _BEFORE), v_start)
        if found is None:
            return None
        name, kind, start = found
        return name, kind, (start, v_end)

    def _colon(self, q: Quote, lo: int) -> tuple[str, str, tuple[int, int]] | None:
        """``Biden was quick to retort: "..."``: the actor opening the clause that a colon
        ends just before the quotation."""
        head = self.text[lo:q.start].rstrip()
        if not head.endswith(":"):
            return None
        clause_lo = lo + max(head.rfind(". "), head.rfind("; "), -1) + 1
        ms = [m for m in self._mentions_in(clause_lo, q.start)
              if not self._preposition_before(m)]
        if not ms or len(self.text[clause_lo:ms[0].start].split()) > 3:
            return None
        return ms[0].actor, "actor", (ms[0].start, lo + len(head))

    def pronoun(self, q: Quote, previous: Quote | None) -> str | None:
        """The person a he/she attribution of ``q`` refers to, when unambiguous."""
        si = self.sentence_of(q.start)
        lo = self.sentences[max(0, si - 2)][0] if self.sentences else 0
        people = [m for m in self._mentions_in(lo, q.start)
                  if m.kind == "person" or (m.kind == "unknown" and " " in m.actor)]
        names = list(dict.fromkeys(m.actor for m in people))
        if previous is not None and previous.speaker in names:
            return previous.speaker
        if previous is not None and previous.speaker_kind == "actor" and not names and \
                q.start - previous.end < 600:
            return previous.speaker
        if len(names) == 1:
            return names[0]
        if people:
            last = people[-1]
            same = {m.actor for m in people if self.sentence_of(m.start)
                    == self.sentence_of(last.start)}
            if len(same) == 1:
                return last.actor
        return None

    def continues(self, q: Quote, previous: Quote | None) -> bool:
        """Whether ``q`` carries on ``previous`` (no other sentence between them, or the
        next paragraph of a quote left open)."""
        if previous is None or previous.kind != "direct" or not previous.speaker:
            return False
        gap = self.text[previous.end:q.start]
        if not gap.strip(" \t\n"):
            return True
        s_prev = self.sentence_of(max(previous.start, previous.end - 1))
        s_this = self.sentence_of(q.start)
        return s_this - s_prev <= 1 and "\n" not in gap.strip(" ")

    # -- the whole text ----------------------------------------------------------------
    def attribute(self, quotes: Sequence[Quote]) -> list[Quote]:
        """``quotes`` with speakers found as the module says (reported speech keeps the
        subject found for it, resolved to an actor when one is named in it)."""
        out: list[Quote] = []
        previous: Quote | None = None
        for q in quotes:
            if q.kind == "reported":
                q = self._reported(q, previous)
                out.append(q)
                continue
            found = self.after(q) if q.closed else None
            if found is None:
                found = self.before(q)
            if found is not None:
                name, kind, span = found
                if kind == "pronoun":
                    resolved = self.pronoun(q, previous)
                    name, kind = (resolved, "actor") if resolved else (name, "pronoun")
                verb_word = next((w.lower() for w in re.findall(r"[A-Za-z]+",
                                                                 self.text[span[0]:span[1]])
                                  if w.lower() in self.verbs), q.verb)
                q = replace(q, speaker=name if kind != "pronoun" else None,
                            speaker_kind=kind if kind != "pronoun" else "",
                            attribution=span, verb=verb_word)
            elif q.speaker and q.verb is None:  # a label above the quote (panel layout)
                q = replace(q, speaker_kind="label")
            elif q.speaker and q.verb == "put":  # "as Fortune put it"
                q = replace(q, speaker_kind="actor")
            elif self.continues(q, previous):
                assert previous is not None
                q = replace(q, speaker=previous.speaker, speaker_kind=previous.speaker_kind,
                            verb=previous.verb, attribution=previous.attribution)
            else:
                q = replace(q, speaker=None, speaker_kind="", verb=None)
            out.append(q)
            previous = q
        return out

    def _reported(self, q: Quote, previous: Quote | None) -> Quote:
        span = q.attribution
        if span is None:
            return q
        lo, hi = span
        ms = [m for m in self._mentions_in(lo, hi) if not self._preposition_before(m)]
        if ms:
            return replace(q, speaker=ms[0].actor, speaker_kind="actor")
        words = (q.speaker or "").split()
        if words and words[-1].lower() in _PRONOUNS:
            who = self.pronoun(q, previous)
            return replace(q, speaker=who, speaker_kind="actor" if who else "")
        phrase = described_phrase(q.speaker or "", self.heads)
        if phrase:
            return replace(q, speaker=phrase, speaker_kind="described")
        return replace(q, speaker=None, speaker_kind="")


_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "some",
                          "many", "several", "most", "few", "other", "one", "two", "three",
                          "four", "five", "dozens", "numerous", "senior", "top", "former"})


def described_phrase(subject: str, heads: frozenset[str]) -> str | None:
    """The described source at the end of a subject ("a practice the developer community"
    -> "the developer community"), when its head word is a source noun; else None."""
    tail = re.search(r"\s+(?:familiar|close|briefed)\s+with\b.*$", subject)
    if tail:
        subject = subject[:tail.start()]
    words = subject.split()
    while words and not re.search(r"\w", words[-1]):
        words.pop()
    if not words or words[-1].lower().strip(".,") not in heads:
        return None
    start = max((k for k, w in enumerate(words) if w.lower() in _DETERMINERS
                 and (k == 0 or words[k - 1].lower() not in _DETERMINERS)), default=-1)
    if start < 0:
        start = 0 if len(words) <= 4 else len(words) - 2
    phrase = words[start:]
    if len(phrase) > 6:
        return None
    return " ".join(phrase) + (tail.group().rstrip(" .,") if tail else "")


__all__ = ["SpeakerFinder"]
