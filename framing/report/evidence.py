"""Evidence rows of one outlet turned into highlighted sentences and summaries."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from .common import fmt_tone, is_num, records
from .highlight import KINDS, Mark, highlight_html, highlight_markdown, marks_for
from .people import actor_anchor

#: Evidence sentences listed per section before "and N more" (fewer in a report of many
#: events: :data:`MANY_EVENTS_SENTENCES`).
MAX_SENTENCES = 25
MANY_EVENTS_SENTENCES = 8
#: Sentences listed per actor on a source page of a report of many events, besides the
#: example (the rest are counted).
MANY_EVENTS_ACTOR_SENTENCES = 3

Key = tuple[str, str, int]  # article_id, part, sentence


@dataclass
class Sentences:
    """Sentence text and start offset per (article_id, part, sentence), with article order."""

    text: dict[Key, str]
    start: dict[Key, int]
    order: dict[str, int]
    titles: dict[str, str]

    @classmethod
    def build(cls, sentences: pd.DataFrame, evidence: pd.DataFrame,
              articles: pd.DataFrame) -> Sentences:
        text: dict[Key, str] = {}
        start: dict[Key, int] = {}
        for r in records(_only(sentences, ("article_id", "part", "sentence", "text", "start"))):
            k = (str(r["article_id"]), str(r["part"]), int(r["sentence"]))
            text[k] = str(r["text"])
            start[k] = int(r["start"])
        for r in records(_only(evidence, ("article_id", "part", "sentence", "sentence_text"))):
            k = (str(r["article_id"]), str(r["part"]), _int(r["sentence"]))
            if k not in text and isinstance(r.get("sentence_text"), str):
                text[k] = r["sentence_text"]
        ids = [str(i) for i in articles.get("id", pd.Series(dtype=str))]
        heads = [str(t) for t in articles.get("title", pd.Series(dtype=str))]
        titles = dict(zip(ids, heads, strict=False))
        return cls(text, start, {a: i for i, a in enumerate(ids)}, titles)

    def sort_key(self, k: Key) -> tuple[int, int, int]:
        return (self.order.get(k[0], 1 << 30), 0 if k[1] == "headline" else 1, k[2])


def _only(df: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """The columns of ``df`` among ``columns`` (the records of the others are not read;
    ``to_dict`` converts each column's values on their own, so theirs are unchanged)."""
    return df[[c for c in df.columns if c in columns]]


def _int(v: Any) -> int:
    return int(v) if is_num(v) else -1


def _not_counted(r: dict[str, Any]) -> bool:
    """An evidence row shown as negated and not counted: negated, of weight 0."""
    w: Any = r.get("weight")
    return r.get("negated") in (True,) and is_num(w) and float(w) == 0.0


def _filled(v: Any) -> Any:
    """``v`` as ``fillna("")`` leaves it: a missing value becomes ""."""
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
        return ""
    return v


class OutletEvidence:
    """Highlighted evidence sentences of one outlet, grouped by section."""

    def __init__(self, evidence: pd.DataFrame, sents: Sentences,
                 limit: int = MAX_SENTENCES) -> None:
        self.limit = limit  # sentences listed per section
        self.ev = evidence
        self.sents = sents
        self._examples: dict[Any, list[dict[str, Any]]] = {}
        self.by_sentence: dict[Key, list[tuple[str, str, int, int, str]]] = defaultdict(list)
        # the rows as dicts once, and the rows of each feature (in table order), so that a
        # section takes its rows without filtering the outlet's evidence again
        self._records = records(evidence)
        self._of_feature: dict[Any, list[int]] | None = None
        if "feature" in evidence.columns:
            self._of_feature = defaultdict(list)
            for i, r in enumerate(self._records):
                self._of_feature[r["feature"]].append(i)
        for r in self._records:
            if r["feature"] in KINDS:
                k = (str(r["article_id"]), str(r["part"]), _int(r["sentence"]))
                kind = str(r["feature"])
                if _not_counted(r) and f"{kind}_negated" in KINDS:
                    kind = f"{kind}_negated"
                self.by_sentence[k].append((kind, str(r.get("term") or ""),
                                            _int(r["start"]), _int(r["end"]),
                                            str(r.get("surface") or "")))

    def sentence(self, k: Key, extra: list[Mark] | None = None) -> dict[str, Any]:
        """One sentence with all its marks, as HTML and Markdown."""
        text = self.sents.text.get(k, "")
        start = self.sents.start.get(k, 0)
        marks = marks_for(text, start, self.by_sentence.get(k, [])) + (extra or [])
        return {"html": highlight_html(text, marks), "md": highlight_markdown(text, marks),
                "article": self.sents.titles.get(k[0], k[0]), "article_id": k[0],
                "part": k[1]}

    def rows(self, features: tuple[str, ...], **equal: Any) -> pd.DataFrame:
        df = self.ev[self.ev["feature"].isin(features)]
        for col, val in equal.items():
            df = df[df[col] == val]
        return df

    def _rows(self, features: tuple[str, ...], **equal: Any) -> list[dict[str, Any]]:
        """``records(self.rows(features, **equal))``, from the rows of each feature."""
        if self._of_feature is None or any(c not in self.ev.columns for c in equal):
            return records(self.rows(features, **equal))
        found = [i for f in dict.fromkeys(features) for i in self._of_feature.get(f, ())]
        out = [self._records[i] for i in sorted(found)]
        for col, val in equal.items():
            out = [r for r in out if r[col] == val]
        return out

    def section(self, features: tuple[str, ...], **equal: Any) -> dict[str, Any]:
        """Term counts and highlighted sentences for evidence of ``features``.

        Evidence that is negated and weighs nothing (a negated booster) is listed and
        highlighted as negated, after the counted terms, and is not in the total.
        """
        rs = self._rows(features, **equal)
        counted = [r for r in rs if not _not_counted(r)]
        terms = Counter(str(_filled(r["term"])) for r in counted)
        negated = Counter(f"{_filled(r['term'])}, negated" for r in rs if _not_counted(r))
        keys = sorted({(str(r["article_id"]), str(r["part"]), _int(r["sentence"]))
                       for r in rs}, key=self.sents.sort_key)
        return {"terms": sorted(terms.items(), key=lambda kv: (-kv[1], kv[0])) +
                sorted(negated.items(), key=lambda kv: (-kv[1], kv[0])),
                "total": len(counted),
                "sentences": [self.sentence(k) for k in keys[:self.limit]],
                "more": max(0, len(keys) - self.limit)}

    def example(self, features: tuple[str, ...], limit: int = 3,
                mark_term: str | None = None, **equal: Any) -> list[dict[str, Any]]:
        """A few sentences where these features fire (whole-sentence evidence)."""
        key = (features, limit, mark_term, tuple(sorted(equal.items())))
        try:
            return self._examples[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable value: not kept
            return self._example(features, limit, mark_term, **equal)
        found = self._examples[key] = self._example(features, limit, mark_term, **equal)
        return found

    def _example(self, features: tuple[str, ...], limit: int, mark_term: str | None,
                 **equal: Any) -> list[dict[str, Any]]:
        keys = sorted({(str(r["article_id"]), str(r["part"]), _int(r["sentence"]))
                       for r in self._rows(features, **equal)}, key=self.sents.sort_key)
        out = []
        for k in keys[:limit]:
            extra = term_marks(self.sents.text.get(k, ""), mark_term) if mark_term else None
            out.append(self.sentence(k, extra))
        return out

    def actor_tone(self, limit: int = 5, *, compact: bool = False) -> list[dict[str, Any]]:
        """Mean own-voice tone toward each actor over the outlet's articles (the tone
        model's score per mention outside quotations), with the example read most
        strongly and the first ``limit`` sentences behind it (the actor marked).

        ``compact`` (a report of many events): the actor's marks carry no label (the row
        names it) and the sentences listed leave out the example shown beside them."""
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in self._rows(("actor_tone",)):
            if not r.get("attributed"):
                groups[str(r["category"])].append(r)
        out: list[dict[str, Any]] = []
        for actor, rs in groups.items():
            ws = [float(r["weight"]) for r in rs if is_num(r["weight"])]
            mean = sum(ws) / len(ws) if ws else float("nan")
            # the example: the mention whose score is furthest from neutral
            r0 = max(rs, key=lambda r: (abs(float(r["weight"])) if is_num(r["weight"])
                                        else 0.0, -self.sents.order.get(str(r["article_id"]),
                                                                        0)))
            k = (str(r0["article_id"]), str(r0["part"]), _int(r0["sentence"]))
            keys = sorted({(str(r["article_id"]), str(r["part"]), _int(r["sentence"]))
                           for r in rs}, key=self.sents.sort_key)
            if compact:
                keys = [x for x in keys if x != k]
            out.append({"actor": actor, "tone": fmt_tone(mean), "n": len(rs),
                        "anchor": actor_anchor(actor),
                        "sign": "pos" if mean > 0.05 else "neg" if mean < -0.05 else "zero",
                        "example": self.sentence(k, self._actor_marks(k, actor, compact)),
                        "sentences": [self.sentence(x, self._actor_marks(x, actor, compact))
                                      for x in keys[:limit]],
                        "more": max(0, len(keys) - limit)})
        out.sort(key=lambda r: (-r["n"], r["actor"]))
        return out

    def _actor_marks(self, k: Key, actor: str, compact: bool) -> list[Mark]:
        marks = term_marks(self.sents.text.get(k, ""), actor)
        return [replace(m, label="") for m in marks] if compact else marks

    def speakers(self) -> list[dict[str, Any]]:
        """Whom the outlet quotes: direct quotes and reported speech per speaker."""
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in self._rows(("quote", "reported_speech")):
            sp = r.get("speaker")
            groups[str(sp) if isinstance(sp, str) and sp else "unknown"].append(r)
        out: list[dict[str, Any]] = []
        for speaker, rs in groups.items():
            r0 = rs[0]
            k = (str(r0["article_id"]), str(r0["part"]), _int(r0["sentence"]))
            out.append({"speaker": speaker,
                        "direct": sum(1 for r in rs if r["feature"] == "quote"),
                        "reported": sum(1 for r in rs if r["feature"] == "reported_speech"),
                        "example": self.sentence(k, term_marks(self.sents.text.get(k, ""),
                                                               speaker))})
        out.sort(key=lambda r: (-(r["direct"] + r["reported"]), r["speaker"]))
        return out


def term_marks(text: str, term: str | None, classes: str = "term") -> list[Mark]:
    """A mark on the first whole-word occurrence of ``term`` in ``text`` (case-insensitive):
    the speaker "He" is not marked inside "the"."""
    if not term or not text:
        return []
    m = re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, flags=re.IGNORECASE)
    return [Mark(m.start(), m.end(), classes, term)] if m else []


def plain(text: str, term: str | None = None) -> dict[str, Any]:
    """A sentence that is not from the evidence table, with ``term`` marked."""
    marks = term_marks(text, term)
    return {"html": highlight_html(text, marks), "md": highlight_markdown(text, marks)}


__all__ = ["OutletEvidence", "Sentences", "plain", "term_marks"]
