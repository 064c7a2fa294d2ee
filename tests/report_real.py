"""Real comparisons of small real corpora, for the report tests.

:func:`real_comparison` writes a JSON Lines corpus (outlets on one or two
events, one outlet with a hostile name and markup in its text), runs the real
pipeline on it (:func:`framing.analyze`, :func:`framing.compare`) and returns
the :class:`~framing.compare.Comparison`. Each distinct corpus is analysed once
per test session; callers get a deep copy they may change.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import tempfile
from pathlib import Path
from typing import Any

EVIL = '"><img src=x onerror=alert(1)>'
HOSTILE = "<script>alert(1)</script>"

#: (title, body) per outlet on the Muse Spark launch; every body is long enough to be scored
TEXTS = {
    "Daily Planet": (
        "Meta stock jumps as Muse Spark launches",
        "Meta launched Muse Spark on Wednesday, its first closed model. Critics called it a "
        '"betrayal" of open source, and one researcher said the move was a stunning reversal. '
        "The stock rose more than 9% in a stunning rally. Analysts said the model may help "
        "the company win back developers who had drifted to rival labs.",
    ),
    "The Ledger": (
        "Meta unveils Muse Spark",
        "Meta unveiled Muse Spark, a closed model, on Wednesday. Shares rose 6.5% by the close. "
        "It will probably matter for the industry, and it is clearly a shift in strategy for a "
        "company that long praised open weights. Wang, 29, leads the lab that built it.",
    ),
    HOSTILE: (
        "<script>alert('x')</script> headline",
        "A body with <script>alert(2)</script> inside and " + EVIL + " too, written about the "
        "Meta launch. Wang, 27, was hired last year to lead the new lab. Critics called it a "
        "disgraceful sham, a betrayal of everything the company promised developers.",
    ),
}

#: a second event, so the report has more than one
BUDGET = {
    "Daily Planet": (
        "Council passes reckless budget",
        "The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours. Critics said the plan was reckless and would hurt families, while supporters "
        "called it a careful compromise that protects local jobs and keeps libraries open.",
    ),
    "The Ledger": (
        "Council approves budget after long session",
        "The council approved next year's budget on Wednesday by seven votes to four after a "
        "fourteen-hour session. The plan keeps the libraries open and raises parking fees, and "
        "officials said it would probably balance the books by the spring.",
    ),
}


#: one distinct lead per generic outlet, so that no two of them are near-duplicates
_LEADS = (
    "Investors cheered as the shares climbed in early trading on the news.",
    "Researchers in Paris questioned whether the benchmark results would hold up.",
    "A small startup in Lagos said it had planned its whole product around open models.",
    "Regulators in Brussels asked for the model's safety evaluations by the end of May.",
    "Teachers who use the old models in class wondered what the licence change means.",
    "Engineers at rival labs said the closed release had been expected for months.",
)


def _generic(name: str, i: int) -> tuple[str, str]:
    lead = _LEADS[i % len(_LEADS)]
    return (f"{name} reports on the Muse Spark launch",
            f"{lead} {name} reported that Meta launched Muse Spark on Wednesday, a closed model "
            "that critics said would hurt developers who relied on open weights. Wang, 27, spoke "
            "at the launch and said the company would publish a technical report within weeks.")


def write_corpus(directory: Path, outlets: tuple[str, ...], two_events: bool) -> Path:
    """A JSON Lines corpus of ``outlets`` in ``directory``; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "news.jsonl"
    lines = []
    for i, name in enumerate(outlets):
        title, body = TEXTS.get(name) or _generic(name, i)
        lines.append({"outlet": name, "event": "muse-spark", "title": title, "text": body,
                      "published": "2026-04-08", "url": f"https://example.com/{i}?q=<b>"})
        if i == 1:  # the second outlet's article again, as a second record: a duplicate
            lines.append({**lines[-1], "url": "https://example.com/copy"})
        if two_events and name in BUDGET:
            title, body = BUDGET[name]
            lines.append({"outlet": name, "event": "council-budget", "title": title,
                          "text": body, "published": "2026-04-09",
                          "url": f"https://example.com/b{i}"})
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    return path


@functools.cache
def _cached(outlets: tuple[str, ...], two_events: bool) -> Any:
    import framing
    from framing.compare import compare

    directory = Path(tempfile.mkdtemp(prefix="framing-report-real-"))
    path = write_corpus(directory, outlets, two_events)
    return compare(framing.analyze(path, jobs=1), n_boot=30, seed=0)


def real_comparison(outlets: list[str] | None = None, two_events: bool = True) -> Any:
    """The comparison of a small real corpus (a fresh copy each call).

    The default corpus: three outlets (one with a hostile name) on the Muse Spark
    launch, two of them also on a council budget.
    """
    key = tuple(outlets or TEXTS)
    if os.environ.get("MUTANT_UNDER_TEST"):  # a mutation check: each test runs the code
        return _cached.__wrapped__(key, two_events)
    return copy.deepcopy(_cached(key, two_events))
