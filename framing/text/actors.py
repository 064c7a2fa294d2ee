"""The people and organisations named in a text, and their later short forms.

An *actor* is a person, organisation, party, government or institution named in the
text. The finder reads what the text shows, with the word lists of
``lexicons/actors/actors.toml`` (:mod:`.actor_words`):

* capitalised word sequences (``Mark Zuckerberg``, ``Meta Superintelligence Labs``),
  split at a possessive (``Meta's Muse Spark``: the actor is Meta) and at a title or role
  inside them (``Meta CEO Mark Zuckerberg``: Meta, and the person Mark Zuckerberg);
* titles before a name (``Gov.``, ``Mr.``, ``Senator``, ``CEO``) make it a person and are
  not part of the name; organisation suffixes (``Labs``, ``Party``, ``Department``) and
  group nouns after a name (``the Obama campaign``, ``Republican lawmakers``) make it an
  organisation or group;
* never an actor: a sentence-opening function word, a month or day, a country or place,
  a product, model, programme or disease (the stop-lists), a name followed by a version
  number or a product noun (``Llama 4``, ``the Muse Spark model``), an acronym the text
  does not define (``API``) unless it speaks, a one-word name seen only opening sentences.

Short forms are resolved to the one longer name they end (``Zuckerberg`` and ``Mr.
Zuckerberg`` to ``Mark Zuckerberg``; a middle initial is dropped), an acronym defined as
``Full Name (ACR)`` to the full name, and ``the company`` to the organisation last named
within the two sentences before it, when there is exactly one there.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .actor_words import ActorWords, actor_words

ActorKind = Literal["person", "organisation", "unknown"]


@dataclass(frozen=True)
class ActorMention:
    """``text[start:end]`` names ``actor`` (its canonical name in the text) in sentence
    ``sentence``; ``kind`` is what the text shows it to be."""

    start: int
    end: int
    actor: str
    sentence: int
    kind: ActorKind = "unknown"


#: a capitalised word (possibly with inner periods, hyphens, apostrophes and ampersands)
_CAP = r"[A-Z][\w'’&.-]*"
_RUN = re.compile(rf"(?<![\w'’.-]){_CAP}(?:[ \t]+(?:{_CAP}|of|for|de|van|von|al|bin|du|la)"
                  rf"(?=[ \t]+[A-Z]|[ \t]*$|[^\w])?)*")
_WORD = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}s?|(?:[A-Z]\.){2,4})$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_CONNECTORS = frozenset({"of", "for", "de", "van", "von", "al", "bin", "du", "la"})
_NEXT_WORD = re.compile(r"^[\s,]*([\w'’.-]+)")
_PRODUCT_NOUNS = frozenset([
    "model", "models", "app", "apps", "weights", "api", "chatbot", "assistant", "platform",
    "release", "benchmark", "benchmarks", "version", "versions", "series", "family", "chip",
    "chips", "device", "devices", "phone", "software", "update", "feature", "features",
    "program", "programme", "plan", "bill", "act", "law", "account", "accounts", "page",
    "post", "posts", "video", "videos", "site", "website", "license", "licence", "variant",
    "variants", "checkpoint", "tier", "subscription", "users", "deployments", "ecosystem",
    "glasses", "mode", "modes", "interface", "preview", "tool", "tools", "service"])
#: verbs after a one-word name that show it acts or speaks
_ACT_VERBS = frozenset([
    "said", "says", "told", "tells", "announced", "announces", "stated", "wrote", "added",
    "argued", "claimed", "warned", "insisted", "denied", "confirmed", "declined", "refused",
    "has", "had", "have", "is", "was", "will", "would", "did", "does", "plans", "planned",
    "launched", "launches", "released", "releases", "hired", "hires", "bought", "acquired",
    "sued", "filed", "voted", "signed", "vetoed", "ordered", "asked", "called", "accused",
    "criticized", "criticised", "praised", "rejected", "responded", "replied", "built",
    "shipped", "invested", "spent", "ended", "abandoned", "decided", "chose", "wants"])
_COMPANY_WORDS = re.compile(r"\b[Tt]he (?:company|firm|group|organi[sz]ation|tech giant)\b")
_DEFINED = re.compile(r"\(([A-Z][A-Za-z&.]{1,8})\)")


def _clean_word(w: str) -> str:
    """Trailing punctuation off; a final period too, unless the word is an abbreviation
    or initials ("Mr.", "U.S.", "Inc.")."""
    w = w.rstrip(",;:!?)\"”’'")
    if w.endswith(".") and len(w) >= 3 and w not in _KEEP_PERIOD and (
            (any(c.islower() for c in w[:-1]) and len(w) > 4) or "." not in w[:-1]):
        w = w[:-1]
    return w


_KEEP_PERIOD = frozenset(["Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "Sen.", "Rep.",
                          "Gov.", "Gen.", "Col.", "Capt.", "Sgt.", "Adm.", "Prof.", "Rev."])


def _kind_of(words: list[str], titled: bool, aw: ActorWords) -> ActorKind:
    if words[-1] in aw.org_suffixes or words[-1].lower() in aw.group_nouns:
        return "organisation"
    if titled:
        return "person"
    if _ACRONYM.match(words[-1]):
        return "organisation"
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words):
        return "person"
    return "unknown"


@dataclass
class _Found:
    start: int
    end: int
    name: str
    sentence: int
    kind: ActorKind
    opens_sentence: bool
    acts: bool


def _segments(run: str, offset: int) -> list[list[tuple[str, int, int, bool]]]:
    """The run's words as (word, start, end, possessive), split after each possessive."""
    out: list[list[tuple[str, int, int, bool]]] = [[]]
    for m in _WORD.finditer(run):
        w = _clean_word(m.group())
        poss = bool(re.search(r"['’]s$", w)) or w.endswith(("s'", "s’"))
        if poss:
            w = _POSSESSIVE.sub("", w)
        out[-1].append((w, offset + m.start(), offset + m.start() + len(w), poss))
        if poss or (m.group() != w and m.group().endswith((",", ";", ":"))):
            out.append([])
    return [s for s in out if s]


def _is_heading(text: str) -> bool:
    """A title-case line ("What Comes Next for Meta"): its capitals are style, not names."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    if len(words) < 3 or text.rstrip()[-1:] in ".!\"”":
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)


def _names_in(text: str, s_start: int, s_end: int, index: int,
              aw: ActorWords, acronyms: dict[str, str]) -> list[_Found]:
    found: list[_Found] = []
    if _is_heading(text[s_start:s_end]):
        return found
    for m in _RUN.finditer(text, s_start, s_end):
        for seg in _segments(m.group(), m.start()):
            found.extend(_name_of_segment(text, seg, s_start, s_end, index, aw, acronyms))
    return found


def _role_before(text: str, start: int, aw: ActorWords) -> bool:
    """Whether a role word ("officer", "CEO") or title stands just before ``start``."""
    before = text[max(0, start - 24):start].split()
    return bool(before) and (before[-1].rstrip(",") in aw.roles
                             or before[-1] in aw.titles)


def _name_of_segment(text: str, seg: list[tuple[str, int, int, bool]], s_start: int,
                     s_end: int, index: int, aw: ActorWords,
                     acronyms: dict[str, str]) -> list[_Found]:
    words = list(seg)
    before = text[max(s_start, words[0][1] - 3):words[0][1]].rstrip(" \t")
    opens = words[0][1] <= s_start + 1 or not before or before[-1] in "\"“‘'([—–-:•*·|>"
    while words and (words[0][0] in aw.function_words or words[0][0].lower() in _CONNECTORS):
        words.pop(0)
        opens = False if not words else opens
    titled = False
    # a title or role inside the run: what precedes it is another actor ("Meta CEO Mark
    # Zuckerberg"), what follows is a person
    out: list[_Found] = []
    cut = max((k for k, w in enumerate(words[:-1]) if w[0] in aw.titles), default=-1)
    if cut >= 0:
        head = words[:cut]
        while head and head[-1][0] in aw.titles:
            head.pop()
        if head:
            for f in _name_of_segment(text, head, s_start, s_end, index, aw, acronyms):
                f.acts = True  # it holds the role: "Meta CEO ..."
                out.append(f)
        words = words[cut + 1:]
        titled = True
        opens = False
    while words and words[0][0].lower() in _CONNECTORS:
        words.pop(0)
    while words and words[-1][0].lower() in _CONNECTORS:
        words.pop()
    if not words:
        return out
    while len(words) > 1 and (words[0][0] in aw.not_names
                              or words[0][0].lower() in _CONNECTORS):
        words.pop(0)  # "Chinese AI companies", "Iowa Gov. ...": the place is no part
    names = [w[0] for w in words]
    if len(names) > 2:
        names = [names[0]] + [w for w in names[1:-1] if not _INITIAL.match(w)] + [names[-1]]
    name = " ".join(names)
    start, end = words[0][1], words[-1][2]
    if (name in aw.not_names or names[0] in aw.products or len(name) < 2 or name in aw.titles
            or names[-1] in aw.thing_suffixes or len(names[-1]) > 20):
        return out
    if any(ch.isdigit() for ch in name):
        return out
    nxt = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    nxt_word = nxt.group(1) if nxt and not words[-1][3] else ""
    if nxt_word[:1].isdigit() or nxt_word.lower() in _PRODUCT_NOUNS:
        return out
    acts = nxt_word.lower() in _ACT_VERBS or words[-1][3]  # speaks, acts or owns
    if nxt_word.lower() in aw.group_nouns and not words[-1][3]:
        name = f"{name} {nxt_word.lower()}"
        end = nxt.end(1) if nxt else end
        kind: ActorKind = "organisation"
    else:
        if _ACRONYM.match(name):
            full = acronyms.get(name.rstrip("s"))
            if full is None and not acts:
                return out
            name = full or name
        titled = titled or _role_before(text, start, aw)
        kind = _kind_of(name.split(), titled, aw)
    out.append(_Found(start, end, name, index, kind, opens and not titled, acts))
    return out


def _defined_acronyms(text: str, aw: ActorWords) -> dict[str, str]:
    """``Full Name (ACR)``: the acronym -> the name before it whose initials it spells."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acr = m.group(1).replace(".", "")
        before = re.findall(r"[A-Z][\w'’&-]*|of|for|and|the|on", text[max(0, m.start() - 90):
                                                                        m.start()])
        caps = [w for w in before]
        for k in range(len(caps) - 1, -1, -1):
            words = caps[k:]
            initials = "".join(w[0] for w in words if w[0].isupper())
            if initials == acr.upper() and words[0][0].isupper():
                full = " ".join(words)
                if full not in aw.not_names:
                    out[acr] = full
                break
    return out


def find_actors(text: str, sentences: Sequence[tuple[int, int]],
                words: ActorWords | None = None) -> list[ActorMention]:
    """The actor mentions of ``text`` (``sentences``: the (start, end) of each sentence),
    in text order, with short forms resolved to their canonical name.

    Examples
    --------
    >>> text = ("Meta CEO Mark Zuckerberg launched Llama 4 in April. "
    ...         "Zuckerberg said the company would keep Llama open.")
    >>> [m.actor for m in find_actors(text, [(0, 51), (52, len(text))])]
    ['Meta', 'Mark Zuckerberg', 'Mark Zuckerberg', 'Meta']
    """
    aw = words or actor_words()
    acronyms = _defined_acronyms(text, aw)
    found: list[_Found] = []
    for i, (s, e) in enumerate(sentences):
        found.extend(_names_in(text, s, e, i, aw, acronyms))
    # a one-word name that never acts, speaks or owns is an actor only when it comes back
    # and is seen at least once inside a sentence ("Instead", "Costs", "Nine" are not)
    seen: dict[str, int] = defaultdict(int)
    for f in found:
        seen[f.name] += 1
    canon = _canonical({f.name: f.kind for f in found})
    inside = {f.name for f in found
              if f.acts or f.kind != "unknown" or " " in f.name or canon[f.name] != f.name
              or (seen[f.name] > 1 and not f.opens_sentence)}
    found = [f for f in found if f.name in inside]
    kinds: dict[str, ActorKind] = {}
    for f in found:
        c = canon[f.name]
        if kinds.get(c, "unknown") == "unknown":
            kinds[c] = f.kind
    out = [ActorMention(f.start, f.end, canon[f.name], f.sentence, kinds[canon[f.name]])
           for f in found]
    out += _company_mentions(text, sentences, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _canonical(names: dict[str, ActorKind]) -> dict[str, str]:
    """Each name -> the one longer name it ends (its surname or short form), else itself."""
    ending: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name, kind in names.items():
        ws = tuple(name.split())
        # a surname is the short form of a person's name; an organisation's shorter
        # name of two words or more of a longer one ("Superintelligence Labs"), but
        # "Meta" is no short form of "Ray-Ban Meta"
        for k in range(1 if kind == "person" else 2, len(ws)):
            ending[ws[-k:]].append(name)
    out: dict[str, str] = {}
    for name in names:
        longer = ending.get(tuple(name.split()), [])
        out[name] = longer[0] if len(longer) == 1 else name
    # a chain ("Ryan" -> "Paul Ryan" -> ...) ends at the longest name
    for name in names:
        seen = {name}
        while out[out[name]] != out[name] and out[name] not in seen:
            seen.add(out[name])
            out[name] = out[out[name]]
    return out


def _company_mentions(text: str, sentences: Sequence[tuple[int, int]],
                      mentions: list[ActorMention]) -> list[ActorMention]:
    """``the company`` -> the one organisation named in it or the two sentences before."""
    out: list[ActorMention] = []
    by_sentence: dict[int, list[ActorMention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    starts = [s for s, _ in sentences]
    for cm in _COMPANY_WORDS.finditer(text):
        si = max(0, bisect.bisect_right(starts, cm.start()) - 1)
        near = {a.actor for k in range(max(0, si - 2), si + 1) for a in by_sentence[k]
                if a.kind != "person" and (k < si or a.end <= cm.start())}
        if len(near) == 1:
            (name,) = near
            out.append(ActorMention(cm.start(), cm.end(), name, si, "organisation"))
    return out


def actor_names(mentions: Sequence[ActorMention]) -> dict[str, int]:
    """Canonical name -> number of mentions, most mentioned first."""
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.actor] += 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


__all__ = ["ActorKind", "ActorMention", "actor_names", "find_actors"]
