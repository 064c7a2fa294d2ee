"""A trained model as an extractor: ``framing.learned.v1`` adds ``loaded_learned``.

framing.models is a plug-in stage of the pipeline: framing's own distribution
advertises :class:`LearnedExtractor` under the entry-point group
``framing.extractors``, as any plugin does, and a run with a model
(:attr:`framing.engines.pipeline.PipelineConfig.model_path`, ``framing analyze --model``) asks
the registry for it by name. The pipeline imports nothing of framing.models.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from ..extractors.base import ArticleContext, Extractor
from ..types import ExtractorResult, FeatureSpec

if TYPE_CHECKING:
    from .bias_model import LearnedScorer

#: The feature it adds (:attr:`framing.models.bias_model.LearnedScorer.feature`).
FEATURE = "loaded_learned"


class LearnedExtractor(Extractor):
    """``loaded_learned``: a trained model's probability, mean over body sentences.

    Parameters
    ----------
    model : str, optional
        A model file written by :func:`framing.models.train_bias`. Without one the
        extractor declares no feature and finds nothing.
    lexicons : list of (name, version), optional
        The run's lexicons; :meth:`prepare` refuses a model trained with others
        (:func:`~framing.models.bias_model.load_model`).
    """

    name = "framing.learned.v1"
    family = "learned"
    default: ClassVar[bool] = False

    def __init__(self, *, model: str | None = None,
                 lexicons: Sequence[tuple[str, str]] | None = None) -> None:
        self.model = model
        self.lexicons = lexicons
        self.scorer_: LearnedScorer | None = None

    def prepare(self) -> None:
        """Load the model (once) and check it against the run's lexicons."""
        if self.model is not None and self.scorer_ is None:
            from .bias_model import load_model  # scikit-learn and pandas: only with a model

            self.scorer_ = load_model(self.model, lexicons=self.lexicons)

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        if self.model is None:
            return []
        return [FeatureSpec(
            FEATURE,
            "probability",
            "mean",
            "Probability of biased language from the trained model, "
            "mean over body sentences.",
            self.family,
        )]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        """See :meth:`framing.models.bias_model.LearnedScorer.extract`."""
        self.prepare()
        if self.scorer_ is None:
            return ExtractorResult()
        return self.scorer_.extract(ctx)


__all__ = ["FEATURE", "LearnedExtractor"]
