"""Frames: generic news frames, policy frames and moral foundations.

All three are lexicon-driven (lexicon kinds ``frame_generic``, ``frame_policy``
and ``moral``), so a plugin can add or swap frame lexicons. A sentence carries a
frame when it contains at least one cue of that frame.

* ``frame_<name>``: share of body sentences carrying the generic frame
  (Semetko and Valkenburg 2000); ``frame_<name>_quoted``: share of body
  sentences whose cues for it all lie inside quotations or attributed speech.
* ``policy_<name>``: the same for the Policy Frames Codebook dimensions
  (Boydstun et al. 2014).
* ``moral_<foundation>_<side>``: moral-foundation cue weight per 1,000 words in
  the outlet's own voice; ``..._attributed``: inside quotations or attributed
  speech (an outlet that quotes residents calling a vote "a betrayal" is not
  itself invoking betrayal).

Per article (``ExtractorResult.details``): ``dominant_frame`` / ``dominant_policy``, the
frame carried by the largest share of body sentences (ties go to the larger share in the
outlet's own voice, then alphabetically); ``lead_frame`` / ``rest_frame``, the frame of
the most sentences in the lead (the headline, counted twice as the most prominent
sentence, and the first paragraph) and in the rest of the body; ``top_moral``, the moral
category with the highest own-voice weight.
"""

from __future__ import annotations

from typing import Any

from ..frames import HEADLINE_WEIGHT, SHARE_KINDS, argmax
from ..types import ExtractorResult, FeatureSpec, Span
from .base import ArticleContext, Extractor, per_thousand, sentence_sums, span_from_match


def _categories(ctx_categories: dict[str, dict[str, dict[str, Any]]], kind: str) -> list[str]:
    return sorted(ctx_categories.get(kind, {}))


class FramesExtractor(Extractor):
    """Generic news frames, policy frames and moral foundations per article."""

    name = "framing.frames.v1"
    family = "frames"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        specs: list[FeatureSpec] = []
        for kind, prefix in SHARE_KINDS:
            for cat in _categories(ctx_categories, kind):
                desc = str(ctx_categories[kind][cat].get("description", cat))
                specs.append(
                    FeatureSpec(
                        f"{prefix}_{cat}",
                        "share of sentences",
                        "share",
                        f"Sentences carrying the {cat} frame: {desc}",
                        self.family,
                    )
                )
                specs.append(
                    FeatureSpec(
                        f"{prefix}_{cat}_quoted",
                        "share of sentences",
                        "share",
                        f"Sentences whose {cat} cues are all in quoted or attributed speech.",
                        self.family,
                    )
                )
        for cat in _categories(ctx_categories, "moral"):
            desc = str(ctx_categories["moral"][cat].get("description", cat))
            specs.append(
                FeatureSpec(
                    f"moral_{cat}",
                    "weight per 1,000 words",
                    "rate",
                    f"Own-voice cues of {cat}: {desc}",
                    self.family,
                )
            )
            specs.append(
                FeatureSpec(
                    f"moral_{cat}_attributed",
                    "weight per 1,000 words",
                    "rate",
                    f"Cues of {cat} inside quotations or attributed speech.",
                    self.family,
                )
            )
        return specs

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        res = ExtractorResult()
        body = ctx.body
        n = len(body.sentences)
        first_par = {s.index for s in body.sentences if s.paragraph == 0}
        for kind, prefix in SHARE_KINDS:
            cats = _categories(ctx.lexicon_categories, kind)
            shares: dict[str, float] = {}
            own_shares: dict[str, float] = {}
            lead: dict[str, float] = {c: 0.0 for c in cats}
            rest: dict[str, float] = {c: 0.0 for c in cats}
            by_cat: dict[str, list[Span]] = {c: [] for c in cats}
            for m in ctx.of_kind(kind):
                if m.category in by_cat:
                    by_cat[m.category].append(span_from_match(m, prefix, ctx))
            head_cats = {m.category for m in ctx.of_kind(kind, "headline")}
            for m in ctx.of_kind(kind, "headline"):
                res.evidence.append(span_from_match(m, prefix, ctx, "headline"))
            for cat in cats:
                spans = by_cat[cat]
                sents = {s.sentence for s in spans}
                own_sents = {s.sentence for s in spans if not s.attributed}
                flags = [0.0] * n
                quoted = [0.0] * n
                for i in sents:
                    if 0 <= i < n:
                        flags[i] = 1.0
                        if i not in own_sents:
                            quoted[i] = 1.0
                res.per_sentence[f"{prefix}_{cat}"] = flags
                res.per_sentence[f"{prefix}_{cat}_quoted"] = quoted
                shares[cat] = sum(flags) / n if n else float("nan")
                res.features[f"{prefix}_{cat}"] = shares[cat]
                res.features[f"{prefix}_{cat}_quoted"] = sum(quoted) / n if n else float("nan")
                own_shares[cat] = len(own_sents) / n if n else float("nan")
                lead[cat] = len(sents & first_par) + (HEADLINE_WEIGHT if cat in head_cats else 0.0)
                rest[cat] = len(sents - first_par)
                res.evidence.extend(spans)
            res.details[f"dominant_{prefix}"] = argmax(shares, own_shares)
            res.details[f"lead_{prefix}"] = argmax(lead)
            res.details[f"rest_{prefix}"] = argmax(rest)
        words = ctx.body_words()
        moral_own: dict[str, float] = {}
        for cat in _categories(ctx.lexicon_categories, "moral"):
            spans = [
                span_from_match(m, "moral", ctx) for m in ctx.of_kind("moral") if m.category == cat
            ]
            own = [s for s in spans if not s.attributed]
            att = [s for s in spans if s.attributed]
            for feature, chosen in ((f"moral_{cat}", own), (f"moral_{cat}_attributed", att)):
                per = sentence_sums(body, chosen)
                res.per_sentence[feature] = per
                res.features[feature] = per_thousand(sum(per), words)
            moral_own[cat] = res.features[f"moral_{cat}"]
            res.evidence.extend(spans)
        res.details["top_moral"] = argmax(moral_own)
        return res
