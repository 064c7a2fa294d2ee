"""Groups.records gives what DataFrame.to_dict("records") of the selected rows gives."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import pytest

from framing.compare.groups import Groups, _records


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and bool(a == b)


def _check(df: pd.DataFrame, **equal: Any) -> None:
    g = Groups(df)
    got, want = g.records(**equal), _records(g.select(**equal))
    assert len(got) == len(want)
    for r, w in zip(got, want, strict=True):
        assert list(r) == list(w)
        for k in w:
            assert _same(r[k], w[k]), (k, r[k], w[k])


MIXED = pd.DataFrame({
    "event": ["a", "b", "a", None, "a"], "outlet": ["x", "x", "y", "y", "x"],
    "v": [1.5, np.nan, -0.0, 2.0, 3.0], "n": [1, 2, 3, 4, 5],
    "flag": [True, False, True, True, False],
    "tied": [["y"], [], ["x", "z"], [], ["q"]],
    "obj": [np.float64(1.0), np.int64(2), "s", None, np.bool_(True)],
})


@pytest.mark.parametrize("equal", [{}, {"event": "a"}, {"event": "a", "outlet": "x"},
                                   {"event": "zzz"}, {"missing": 1, "outlet": "y"},
                                   {"event": None}])
def test_mixed_table(equal: dict[str, Any]) -> None:
    _check(MIXED, **equal)


def test_text_only_and_fallbacks() -> None:
    _check(MIXED[["event", "outlet", "obj"]], event="a")
    _check(MIXED[["event", "outlet"]], outlet="y")
    cat = MIXED.assign(c=pd.Categorical(["p", "q", "p", "q", "p"]))
    _check(cat, event="a")
    dates = MIXED.assign(d=pd.to_datetime(["2026-01-01"] * 5))
    _check(dates, outlet="x")
    _check(MIXED.iloc[0:0], event="a")
    _check(pd.DataFrame(index=range(3)))


def test_stop_words_are_scikit_learns() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from framing.compare.stopwords import ENGLISH_STOP_WORDS as ours

    assert ours == ENGLISH_STOP_WORDS and isinstance(ours, frozenset)


def test_fields_are_the_records_columns() -> None:
    for df in (MIXED, MIXED[["event", "outlet", "obj"]],
               MIXED.assign(c=pd.Categorical(["p", "q", "p", "q", "p"]))):
        g = Groups(df)
        for equal in ({}, {"event": "a"}, {"event": "a", "outlet": "x"}, {"event": "zzz"}):
            want = [{k: r[k] for k in ("v", "obj", "zz") if k in r} for r in g.records(**equal)]
            got = g.fields(("v", "obj", "zz"), **equal)
            assert len(got) == len(want)
            for r, w in zip(got, want, strict=True):
                assert list(r) == list(w) and all(_same(r[k], w[k]) for k in w)
