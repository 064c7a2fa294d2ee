"""framing: how news outlets frame the same event.

The public API, imported lazily so that ``import framing`` stays cheap:

>>> import framing
>>> corpus = framing.load_corpus("corpus/muse-spark")        # doctest: +SKIP
>>> analysis = framing.analyze(corpus)                        # doctest: +SKIP
>>> comparison = framing.compare(analysis)                    # doctest: +SKIP
>>> framing.write_report(comparison, "reports/muse-spark")    # doctest: +SKIP
"""

from __future__ import annotations

from ._version import __version__

# not ``from typing import TYPE_CHECKING``: importing typing takes 8 ms, and until the console
# script reaches framing.cli.entry a Ctrl-C prints Python's traceback (issue 32 item 21)
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

# name -> (module, attribute)
_EXPORTS: dict[str, tuple[str, str]] = {
    # reading
    "load_corpus": ("framing.corpus", "load_corpus"),
    "iter_articles": ("framing.corpus", "iter_articles"),
    "Corpus": ("framing.corpus", "Corpus"),
    "Accounting": ("framing.corpus", "Accounting"),
    "clean_text": ("framing.corpus", "clean_text"),
    # records
    "Article": ("framing.types", "Article"),
    "Span": ("framing.types", "Span"),
    "ExtractorResult": ("framing.types", "ExtractorResult"),
    "FeatureSpec": ("framing.types", "FeatureSpec"),
    # scoring
    "analyze": ("framing.engines.analysis", "analyze"),
    "analyze_to": ("framing.engines.stream", "analyze_to"),
    "Analysis": ("framing.engines.analysis", "Analysis"),
    "Pipeline": ("framing.engines.pipeline", "Pipeline"),
    "PipelineConfig": ("framing.engines.pipeline", "PipelineConfig"),
    "parse_text": ("framing.text.doc", "parse_text"),
    "Extractor": ("framing.extractors", "Extractor"),
    "available_extractors": ("framing.extractors", "available_extractors"),
    # comparing and reporting
    "compare": ("framing.compare", "compare"),
    "Comparison": ("framing.compare", "Comparison"),
    "write_report": ("framing.report", "write_report"),
    # lexicons
    "available_lexicons": ("framing.lexicon", "available_lexicons"),
    "get_lexicon": ("framing.lexicon", "get_lexicon"),
    "load_lexicon_file": ("framing.lexicon", "load_lexicon_file"),
    "compile_lexicons": ("framing.lexicon", "compile_lexicons"),
    # validation against human labels
    "evaluate": ("framing.models", "evaluate"),
    "train": ("framing.models", "train"),
    "load_model": ("framing.models", "load_model"),
    # tone toward a person or organisation mentioned in a sentence
    "tone_toward": ("framing.models", "tone_toward"),
    "ToneToward": ("framing.models", "ToneToward"),
    # scikit-learn integration
    "FramingVectorizer": ("framing.models.vectorizer", "FramingVectorizer"),
    # errors
    "FramingError": ("framing.errors", "FramingError"),
    "InputError": ("framing.errors", "InputError"),
    "LexiconError": ("framing.errors", "LexiconError"),
    "OutputError": ("framing.errors", "OutputError"),
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    try:
        module, attr = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'framing' has no attribute {name!r}") from None
    import importlib  # here, not at the top: the console script imports this package first

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from framing.compare import Comparison, compare
    from framing.corpus import Accounting, Corpus, clean_text, iter_articles, load_corpus
    from framing.engines.analysis import Analysis, analyze
    from framing.engines.pipeline import Pipeline, PipelineConfig
    from framing.engines.stream import analyze_to
    from framing.errors import FramingError, InputError, LexiconError, OutputError
    from framing.extractors import Extractor, available_extractors
    from framing.lexicon import (
        available_lexicons,
        compile_lexicons,
        get_lexicon,
        load_lexicon_file,
    )
    from framing.models import ToneToward, tone_toward
    from framing.models.bias_model import load_model
    from framing.models.evaluation import evaluate
    from framing.models.train_bias import train
    from framing.models.vectorizer import FramingVectorizer
    from framing.report import write_report
    from framing.text.doc import parse_text
    from framing.types import Article, ExtractorResult, FeatureSpec, Span
