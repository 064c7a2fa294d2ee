"""Time of two inner loops whose speed used to be asserted in unit tests.

1. ``event_profiles`` on 5 outlets x 120 sentences x 20 features with 1,000
   bootstrap replicates (target < 3 s);
2. the near-duplicate index over 100,000 random 10-word articles (target < 60 s).

Run: ``python benchmarks/bench_compare_dedup.py``; prints one line per figure.
"""

from __future__ import annotations

import random
import time

import numpy as np

from framing.compare.profiles import OutletData, event_profiles
from framing.corpus import Deduplicator


def profiles_seconds() -> float:
    rng = np.random.default_rng(0)
    n_feat, n = 20, 120
    data = {f"o{k}": OutletData(X=rng.poisson(1.0, (n, n_feat)).astype(float),
                                words=np.full(n, 22.0), art_of=np.zeros(n, int),
                                A=np.zeros((1, 0)), n_articles=1) for k in range(5)}
    start = time.perf_counter()
    event_profiles("e", sorted(data), data, [f"f{i}" for i in range(n_feat)],
                   ["rate"] * n_feat, [], n_boot=1000, rng=np.random.default_rng(0))
    return time.perf_counter() - start


def dedup_seconds(n: int = 100_000) -> tuple[float, int]:
    rng = random.Random(0)
    words = [f"w{i}" for i in range(5000)]
    d = Deduplicator()
    dups = 0
    start = time.perf_counter()
    for i in range(n):
        dups += d.check(str(i), " ".join(rng.choices(words, k=10))) is not None
    return time.perf_counter() - start, dups


def main() -> None:
    print(f"event_profiles 5x120x20, 1000 replicates: {profiles_seconds():.2f} s (target < 3)")
    secs, dups = dedup_seconds()
    print(f"dedup of 100,000 tiny articles: {secs:.1f} s, {dups} duplicates (target < 60 s)")


if __name__ == "__main__":
    main()
