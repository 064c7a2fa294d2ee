"""Does matching time grow with lexicon size? (target: ratio <= 1.15)

Times :meth:`framing.lexicon.Matcher.match` over ~2 MB of article text with the
built-in lexicons (plus the repository's example plugins), then again with an
added generated 10,000-entry lexicon (random pseudo-words and two-word
phrases, mixed modes). Articles are the sample corpus read raw and parsed once,
outside the timing; each figure is the best of 3 runs.

Run: ``python benchmarks/bench_lexicon_size.py [--mb 2] [--entries 10000]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.lexicon import (  # noqa: E402
    Lexicon,
    Matcher,
    compile_lexicons,
    load_lexicon_file,
    select_lexicons,
)
from framing.text.doc import Doc, parse_text  # noqa: E402

CORPUS_DIRS = (ROOT / "corpus" / "muse-spark", ROOT.parent / "shared" / "corpus" / "muse-spark")


def read_articles() -> list[str]:
    for directory in CORPUS_DIRS:
        texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
        if texts:
            return texts
    raise SystemExit(f"no sample articles found in {', '.join(map(str, CORPUS_DIRS))}")


def generated_lexicon_toml(n: int, seed: int = 0) -> str:
    """A valid lexicon of ``n`` entries: pseudo-words (exact / inflected) and phrases."""
    rng = random.Random(seed)
    letters = "bcdfghjklmnpqrstvwxz"
    vowels = "aeiouy"

    def word() -> str:
        return "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(rng.randint(3, 5)))

    lines = [
        "[lexicon]", 'name = "generated"', 'version = "0.0.1"', 'kind = "loaded"',
        'description = "Generated pseudo-words for the benchmark."', 'license = "CC0-1.0"',
        'provenance = "benchmarks/bench_lexicon_size.py"', "",
    ]
    for c in range(20):
        lines += [f"[categories.c{c}]", f'description = "Generated category {c}."', ""]
    seen: set[str] = set()
    while len(seen) < n:
        r = rng.random()
        if r < 0.2:
            term, mode = f"{word()} {word()}", "phrase"
        elif r < 0.6:
            term, mode = word(), "inflected"
        else:
            term, mode = word(), "exact"
        if term in seen:
            continue
        seen.add(term)
        excl = '\nexclude = ["#num ' + term.split()[0] + '"]' if rng.random() < 0.02 else ""
        lines += ["[[entries]]", f'term = "{term}"', f'category = "c{len(seen) % 20}"',
                  f'mode = "{mode}"', f"weight = {rng.choice((0.5, 1.0, 1.5))}{excl}", ""]
    return "\n".join(lines)


def baseline_lexicons() -> list[Lexicon]:
    lexicons = select_lexicons()
    names = {lex.name for lex in lexicons}
    for path in sorted((ROOT / "lexicons" / "plugins").glob("*/*/*.toml")):
        lex = load_lexicon_file(path, package=f"repo:{path.parts[-3]}")
        if lex.name not in names:
            lexicons.append(lex)
            names.add(lex.name)
    return lexicons


def best_of(matchers: list[Matcher], docs: list[Doc], runs: int = 3) -> list[tuple[float, int]]:
    """Best time (and match count) of each matcher; runs interleave to share machine noise."""
    best = [float("inf")] * len(matchers)
    counts = [0] * len(matchers)
    for _ in range(runs):
        for k, matcher in enumerate(matchers):
            t0 = time.perf_counter()
            counts[k] = sum(len(matcher.match(d)) for d in docs)
            best[k] = min(best[k], time.perf_counter() - t0)
    return list(zip(best, counts, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="text size to match (MB)")
    parser.add_argument("--entries", type=int, default=10_000, help="generated lexicon size")
    args = parser.parse_args()

    texts = read_articles()
    unique = [parse_text(t) for t in texts]
    size = sum(len(t.encode()) for t in texts)
    copies = max(1, round(args.mb * 1_000_000 / size))
    docs = unique * copies
    n_chars = sum(len(d.text) for d in docs)
    n_tokens = sum(d.n_tokens for d in docs)

    base = baseline_lexicons()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.toml"
        path.write_text(generated_lexicon_toml(args.entries), encoding="utf-8")
        t0 = time.perf_counter()
        generated = load_lexicon_file(path)
        t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    big = compile_lexicons([*base, generated])
    t_compile = time.perf_counter() - t0
    small = compile_lexicons(base)

    # warm up (stem cache, automaton pages) so both runs see the same state
    for d in unique:
        small.match(d)
        big.match(d)
    (t_small, n_small), (t_big, n_big) = best_of([small, big], docs)

    print(f"text: {len(docs)} docs ({len(unique)} articles x {copies}), "
          f"{n_chars / 1e6:.2f} M chars, {n_tokens:,} tokens")
    print(f"baseline lexicons: {', '.join(f'{n} {v}' for n, v in small.lexicons)} "
          f"({small.n_entries:,} entries)")
    print(f"generated lexicon: {generated.n_entries:,} entries "
          f"(load+validate {t_load:.2f} s, compile all {t_compile:.2f} s)")
    print(f"{'configuration':<28}{'entries':>10}{'matches':>10}{'time (s)':>10}{'MB/s':>8}")
    for label, m, t, n in (("built-ins", small, t_small, n_small),
                           ("built-ins + 10k generated", big, t_big, n_big)):
        print(f"{label:<28}{m.n_entries:>10,}{n:>10,}{t:>10.3f}{n_chars / 1e6 / t:>8.1f}")
    ratio = t_big / t_small
    verdict = "ok" if ratio <= 1.15 else "ABOVE TARGET"
    print(f"ratio (with 10k / built-ins): {ratio:.3f}  (target <= 1.15: {verdict})")


if __name__ == "__main__":
    main()
