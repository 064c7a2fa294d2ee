"""The pure parts of framing.compare: log-odds, ranks, bootstrap, intensity, quantities."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from framing.compare.distinctive import distinctive_terms, log_odds_dirichlet, terms_of
from framing.compare.intensity import intensity_table, zscores
from framing.compare.profiles import (
    OutletData,
    bootstrap_values,
    event_profiles,
    pooled,
    rank_desc,
    tie_interval,
    tied_names,
)
from framing.compare.quantities import find_entities, find_quantities, interval


# -- log-odds with an informative Dirichlet prior ------------------------------------------
def test_log_odds_matches_hand_computation() -> None:
    # outlet i: "cut" 3 times, "vote" 1 time; others: "cut" 1, "vote" 3; prior 1 + 1.
    # d_cut = log((3+1)/(4+2-3-1)) - log((1+1)/(4+2-1-1)) = log 2 - log 0.5 = log 4
    # var = 1/(3+1) + 1/(1+1) = 0.75
    d, z = log_odds_dirichlet(np.array([3.0, 1.0]), np.array([1.0, 3.0]), np.array([1.0, 1.0]))
    assert d[0] == pytest.approx(math.log(4))
    assert d[1] == pytest.approx(-math.log(4))
    assert z[0] == pytest.approx(math.log(4) / math.sqrt(0.75))


def test_log_odds_prior_shrinks_rare_terms() -> None:
    # one occurrence against none is less distinctive than ten against none
    y_i = np.array([1.0, 10.0, 50.0])
    y_j = np.array([0.0, 0.0, 60.0])
    alpha = np.array([0.5, 5.0, 55.0])
    _, z = log_odds_dirichlet(y_i, y_j, alpha)
    assert z[1] > z[0] > 0


def test_distinctive_terms_pick_the_outlets_own_words() -> None:
    texts = {
        "a": ["The council betrayed the neighborhood.", "A betrayal, residents said.",
              "The betrayal hurt the neighborhood library."],
        "b": ["The council approved the budget.", "The budget passed after a vote.",
              "The library budget was approved."],
        "c": ["The council approved the library plan.", "The plan passed after a vote."],
    }
    df = distinctive_terms("e", texts, top_n=5, min_count=2, alpha0=50)
    top_a = df[df["outlet"] == "a"]["term"].tolist()
    assert "betrayal" in top_a and "neighborhood" in top_a
    assert "budget" not in top_a
    row = df[(df["outlet"] == "a") & (df["term"] == "betrayal")].iloc[0]
    assert "betrayal" in row["example_sentence"].lower()
    assert (df["z"] > 0).all()


def test_terms_drop_stopwords_numbers_and_short_tokens() -> None:
    terms = terms_of("The 3 AI labs cut 49% of jobs at Meta's lab")
    assert "the" not in terms and "ai" not in terms and "49" not in terms
    assert "labs" in terms and "meta lab" in terms
    assert "labs cut" in terms


# -- ranks and ties ---------------------------------------------------------------------------
def test_rank_desc_ties_share_the_best_rank() -> None:
    assert rank_desc(np.array([5.0, 7.0, 5.0, 1.0])).tolist() == [2.0, 1.0, 2.0, 4.0]
    r = rank_desc(np.array([1.0, np.nan, 3.0]))
    assert r[0] == 2.0 and math.isnan(r[1]) and r[2] == 1.0


def test_rank_desc_is_vectorised_over_leading_axes() -> None:
    v = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])
    assert rank_desc(v).tolist() == [[3.0, 2.0, 1.0], [1.0, 2.0, 3.0]]


def test_a_tie_stops_at_a_clear_gap() -> None:
    v = np.array([10.0, 9.5, 3.0])
    lo, hi = v - 1.0, v + 1.0
    low, high = tie_interval(v, lo, hi, ["a", "b", "c"])
    assert low.tolist() == [1, 1, 3] and high.tolist() == [2, 2, 3]
    values = list(zip("abc", v.tolist(), strict=True))
    assert [tied_names(values, low[i], high[i], o) for i, o in enumerate("abc")] == [
        ["b"], ["a"], []]


def test_a_tie_walks_from_each_outlet_and_stays_linear_in_size() -> None:
    """A chain of overlapping intervals: each outlet's block reaches as far as its own
    interval overlaps its neighbours', and 1,000 outlets give 2,000 numbers, not a list of
    names per pair."""
    v = np.array([4.0, 3.0, 2.0, 1.0, np.nan])
    lo, hi = v - 0.6, v + 0.6
    low, high = tie_interval(v, lo, hi, ["d", "c", "b", "a", "e"])
    assert low[:4].tolist() == [1, 1, 2, 3] and high[:4].tolist() == [2, 3, 4, 4]
    assert np.isnan(low[4]) and np.isnan(high[4])
    n = 1000
    big = np.linspace(0, 1, n)
    low, high = tie_interval(big, big - 0.01, big + 0.01, [f"o{i:04d}" for i in range(n)])
    assert low.shape == high.shape == (n,)
    assert (high - low).max() < 60  # about 0.04 / (1 / 999) neighbours apart


# -- pooling and the bootstrap ------------------------------------------------------------------
def _outlet(rng: np.random.Generator, n_articles: int, mean: float) -> OutletData:
    n = 40 * n_articles
    X = np.column_stack([rng.poisson(mean, n).astype(float), rng.normal(mean / 10, 0.2, n)])
    return OutletData(X=X, words=np.full(n, 20.0), art_of=np.repeat(np.arange(n_articles), 40),
                      A=rng.normal(50, 5, (n_articles, 1)), n_articles=n_articles)


def test_pooled_rate_and_mean() -> None:
    X = np.array([[1.0, 0.2], [3.0, -0.4]])
    out = pooled(X, np.array([10.0, 30.0]), ["rate", "mean"])
    assert out[0] == pytest.approx(100.0)  # 1000 * 4 / 40
    assert out[1] == pytest.approx(-0.1)


def test_bootstrap_is_deterministic_for_a_seed() -> None:
    d = _outlet(np.random.default_rng(1), 3, 2.0)
    s1, p1 = bootstrap_values(d, ["rate", "mean"], 200, np.random.default_rng(7))
    s2, p2 = bootstrap_values(d, ["rate", "mean"], 200, np.random.default_rng(7))
    s3, _ = bootstrap_values(d, ["rate", "mean"], 200, np.random.default_rng(8))
    assert np.array_equal(s1, s2) and np.array_equal(p1, p2)
    assert not np.array_equal(s1, s3)


def test_bootstrap_counts_every_sentence_of_the_drawn_articles() -> None:
    # a constant rate feature: every replicate must give exactly the same value
    d = OutletData(X=np.ones((30, 1)), words=np.full(30, 10.0),
                   art_of=np.repeat(np.arange(3), [5, 10, 15]), A=np.zeros((3, 0)),
                   n_articles=3)
    s, _ = bootstrap_values(d, ["rate"], 100, np.random.default_rng(0))
    assert np.allclose(s, 100.0)


def test_profiles_ci_contains_value_and_ranks_follow_design() -> None:
    rng = np.random.default_rng(3)
    data = {"high": _outlet(rng, 2, 6.0), "mid": _outlet(rng, 1, 3.0),
            "low": _outlet(rng, 1, 0.5)}
    prof, reps = event_profiles("e", sorted(data), data, ["f_rate", "f_mean"], ["rate", "mean"],
                                ["f_art"], n_boot=500, rng=np.random.default_rng(0))
    rate = prof[prof["feature"] == "f_rate"].set_index("outlet")
    assert rate.loc["high", "rank"] == 1 and rate.loc["low", "rank"] == 3
    assert ((rate["ci_low"] <= rate["value"]) & (rate["value"] <= rate["ci_high"])).all()
    assert rate.loc["high", "rank_high"] == 1  # clearly apart from the others
    assert rate.loc["high", "tie_low"] == rate.loc["high", "tie_high"] == 1  # tied with none
    mid = rate.loc["mid"]
    assert mid["median_others"] == pytest.approx(np.median([rate.loc["high", "value"],
                                                            rate.loc["low", "value"]]))
    assert mid["diff"] == pytest.approx(mid["value"] - mid["median_others"])
    art = prof[prof["feature"] == "f_art"].set_index("outlet")
    # one article cannot show article-level spread: no interval instead of a zero-width one
    assert math.isnan(art.loc["mid", "ci_low"]) and not math.isnan(art.loc["high", "ci_low"])
    assert reps["high"].shape == (500, 3)


# the time of event_profiles on 5 outlets x 120 sentences x 20 features x 1000 replicates:
# benchmarks/bench_compare_dedup.py (a timing assert would flake on a slow machine)


# -- intensity -----------------------------------------------------------------------------------
def test_intensity_is_the_mean_of_signed_z_scores() -> None:
    assert zscores(np.array([2.0, 2.0])).tolist() == [0.0, 0.0]
    vals = {"calm": {"loaded": 1.0, "hedging": 9.0, "certainty": 1.0},
            "loud": {"loaded": 9.0, "hedging": 1.0, "certainty": 9.0}}
    df = intensity_table("e", vals).set_index("outlet")
    assert df.loc["loud", "intensity"] == pytest.approx(1.0)
    assert df.loc["calm", "intensity"] == pytest.approx(-1.0)
    assert df.loc["loud", "z_hedging"] == pytest.approx(1.0)  # less hedging = more intense
    assert df.loc["loud", "n_parts"] == 3
    assert "z_intensifiers" not in df.columns  # parts the analysis lacks are left out


# -- quantities and names --------------------------------------------------------------------------
@pytest.mark.parametrize("text, key, low, high", [
    ("Meta's stock rose more than 9% on the day.", "9%", 9.0, math.inf),
    ("Shares jumped 6.5%.", "6.5%", 6.45, 6.55),
    ("It paid $14.3B for the stake.", "$14.3 billion", 14.25e9, 14.35e9),
    ("It reaches three billion users.", "3 billion users", 2.5e9, 3.5e9),
    ("It worked with over 1,000 physicians.", "1,000 physicians", 1000, math.inf),
])
def test_quantities(text: str, key: str, low: float, high: float) -> None:
    q = find_quantities(text)
    assert [x.key for x in q] == [key]
    assert q[0].low == pytest.approx(low) and q[0].high == pytest.approx(high)


def test_years_and_bare_numbers_are_not_quantities() -> None:
    assert find_quantities("In 2025 it scored 52 on the index.") == []


def test_interval_rounding() -> None:
    lo, hi = interval(14e9, 0, 1e9, "")
    assert lo <= 14.3e9 <= hi  # "$14 billion" is a rounding of "$14.3 billion"
    lo, hi = interval(9.0, 0, 1.0, "nearly")
    assert lo <= 8.7 <= hi and hi < 9.6


def test_entities_skip_sentence_initial_common_words() -> None:
    names = [n for n, _, _ in find_entities("Yesterday the CEO of Scale AI met Mark Zuckerberg.",
                                            frozenset({"yesterday"}))]
    assert names == ["CEO", "Scale AI", "Mark Zuckerberg"]


def test_json_rounding_is_stable() -> None:
    from framing.compare.comparison import _clean

    out = _clean({"b": 1 / 3, "a": [float("nan"), np.float64(2.0), {"z": 1e-9}]})
    assert json.dumps(out) == '{"a": [null, 2, {"z": 0}], "b": 0.333333}'
    assert list(out) == ["a", "b"]


def test_frame_table_tolerates_missing_columns() -> None:
    from framing.compare.frames import frame_table

    df = frame_table("e", {"x": {"sentiment": 0.1}}, pd.DataFrame(columns=["feature"]),
                     pd.DataFrame())
    assert df.loc[0, "dominant_frame"] is None and df.loc[0, "lead_frame"] is None


def test_contractions_and_possessive_stop_words_are_not_entities() -> None:
    from framing.compare.quantities import find_entities

    names = [n for n, _, _ in find_entities(
        "Here’s what Meta did. Doesn’t matter, Don't Panic, said Mark Zuckerberg's team.")]
    assert names == ["Meta", "Panic", "Mark Zuckerberg"]


def test_model_version_numbers_are_not_counts() -> None:
    from framing.compare.quantities import find_quantities

    keys = [q.key for q in find_quantities(
        "Llama 4 weights leaked before Muse 2 ships; "
        "it has over 3 billion users and 40 engineers.")]
    assert keys == ["3 billion users", "40 engineers"]


def test_one_blas_thread_gives_the_same_products() -> None:
    # compare() multiplies the bootstrap's counts with one BLAS thread when the inner
    # dimension is at most ONE_BLOCK; that must not change a bit of the products
    from framing.compare.profiles import ONE_BLOCK, one_blas_thread

    rng = np.random.default_rng(3)
    for inner in (1, 7, 64, 200, ONE_BLOCK):
        for n_boot, width in ((1000, 80), (2000, 13), (200, 1)):
            C = rng.integers(0, 4, size=(n_boot, inner)).astype(float)
            X = rng.normal(size=(inner, width)) * 10.0 ** rng.integers(-3, 4)
            w = rng.integers(1, 40, size=inner).astype(float)
            default = (C @ X, C @ w)
            with one_blas_thread(inner):
                one = (C @ X, C @ w)
            assert np.array_equal(default[0], one[0]) and np.array_equal(default[1], one[1])
