"""framing.compare.intensity: z-scores across outlets, tone extremity and the composite index,
with values worked out by hand and on the sample corpus's sentences."""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import pandas as pd
import pytest

from framing.compare.intensity import PARTS, intensity_table, tone_extremity, zscores


def test_zscores_use_the_population_sd_even_when_it_is_below_one() -> None:
    # mean 1.25, population SD 0.25: z = (1 - 1.25) / 0.25 = -1 and +1
    assert zscores(np.array([1.0, 1.5])).tolist() == [-1.0, 1.0]
    # three outlets: SD sqrt(2/3), z = -+1.2247
    assert zscores(np.array([1.0, 2.0, 3.0])) == pytest.approx([-math.sqrt(1.5), 0.0,
                                                                 math.sqrt(1.5)])


def test_zscores_leave_nan_out_and_agreement_is_zero() -> None:
    z = zscores(np.array([1.0, np.nan, 1.5]))
    assert z[0] == -1.0 and math.isnan(z[1]) and z[2] == 1.0
    assert zscores(np.array([3.0, 3.0, 3.0])).tolist() == [0.0, 0.0, 0.0]
    assert np.isnan(zscores(np.array([np.nan, np.nan]))).all()


def test_three_outlets_index_is_the_mean_of_their_signed_z_scores() -> None:
    vals = {"a": {"loaded": 1.0, "hedging": 3.0},
            "b": {"loaded": 2.0, "hedging": 2.0},
            "c": {"loaded": 3.0, "hedging": 1.0}}
    df = intensity_table("budget", vals).set_index("outlet")
    r = math.sqrt(1.5)
    assert df["z_loaded"].tolist() == pytest.approx([-r, 0.0, r])
    assert df["z_hedging"].tolist() == pytest.approx([-r, 0.0, r])  # less hedging: more intense
    assert df["intensity"].tolist() == pytest.approx([-r, 0.0, r])
    assert df["loaded"].tolist() == [1.0, 2.0, 3.0]  # the raw values beside their z-scores
    assert df["hedging"].tolist() == [3.0, 2.0, 1.0]
    assert df["n_parts"].tolist() == [2, 2, 2]
    assert set(df["event"]) == {"budget"}


def test_a_part_one_outlet_lacks_is_left_out_of_its_mean_only() -> None:
    vals = {"a": {"loaded": 1.0, "certainty": 5.0}, "b": {"loaded": 3.0}}
    df = intensity_table("e", vals).set_index("outlet")
    assert df.loc["a", "z_certainty"] == 0.0  # one value: nothing to differ from
    assert math.isnan(df.loc["b", "z_certainty"]) and math.isnan(df.loc["b", "certainty"])
    assert df.loc["a", "intensity"] == pytest.approx((-1.0 + 0.0) / 2)
    assert df.loc["b", "intensity"] == pytest.approx(1.0)
    assert df.loc["a", "n_parts"] == 2 and df.loc["b", "n_parts"] == 1


def test_outlets_without_any_part_have_no_index_and_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "mean of empty slice" from numpy
        df = intensity_table("e", {"a": {}, "b": {"loaded": np.nan}})
    assert df["outlet"].tolist() == ["a", "b"]
    assert df["intensity"].isna().all() and df["n_parts"].tolist() == [0, 0]
    assert list(df.columns) == ["event", "outlet", "intensity", "n_parts"]


def test_an_event_without_outlets_is_an_empty_table_with_the_columns() -> None:
    df = intensity_table("e", {})
    assert df.empty and list(df.columns) == ["event", "outlet", "intensity", "n_parts"]


def test_columns_follow_the_order_of_the_parts() -> None:
    vals = {o: {p: float(i + k) for k, (p, _) in enumerate(PARTS)} for i, o in enumerate("xy")}
    df = intensity_table("e", vals)
    expected = ["event", "outlet", "intensity", "n_parts"]
    for part, _ in PARTS:
        expected += [part, f"z_{part}"]
    assert list(df.columns) == expected
    assert df["n_parts"].tolist() == [len(PARTS)] * 2


def test_tone_extremity_is_the_mean_absolute_compound_of_body_sentences(
        sample_analysis: Any) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    body = sample_analysis.sentences
    assert set(body["part"]) == {"body"}
    # the sample's headlines as headline rows, scored by VADER: they must be left out
    arts = sample_analysis.articles
    vader = SentimentIntensityAnalyzer()
    heads = pd.DataFrame({"outlet": arts["outlet"], "part": "headline",
                          "sentiment": [vader.polarity_scores(t)["compound"]
                                        for t in arts["title"]]})
    assert (heads["sentiment"].abs() > 0.3).any()
    sents = pd.concat([heads, body[["outlet", "part", "sentiment"]]], ignore_index=True)
    got = tone_extremity(sents)
    expected: dict[str, list[float]] = {}
    for row in body.itertuples():
        expected.setdefault(str(row.outlet), []).append(abs(float(row.sentiment)))
    assert sorted(got) == sorted(expected) == sorted(set(arts["outlet"]))
    for outlet, values in expected.items():
        assert got[outlet] == pytest.approx(sum(values) / len(values))
    # with the headlines the means would differ
    with_headlines = sents["sentiment"].abs().groupby(sents["outlet"]).mean()
    assert any(got[o] != pytest.approx(v) for o, v in with_headlines.items())


def test_tone_extremity_without_parts_or_without_sentiment() -> None:
    sents = pd.DataFrame({"outlet": ["a", "a", "b"], "sentiment": [0.5, -0.3, -0.9]})
    assert tone_extremity(sents) == pytest.approx({"a": 0.4, "b": 0.9})  # every sentence
    assert tone_extremity(sents.drop(columns="sentiment")) == {}
    assert tone_extremity(sents.iloc[:0]) == {}
