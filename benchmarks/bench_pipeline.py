"""Throughput, overhead, parallel speed-up and memory of the full pipeline.

Generates a corpus of unique text (default 2,000 articles, about 10 MB):
paragraphs recombined from the sentences of the sample corpus, each sentence
given a unique pseudo-word so that no cache (sentence sentiment, stems) flatters
the figures. Then measures, in one run:

1. articles/s and MB/s of the full pipeline (parse, match, every extractor) in
   one process;
2. full pipeline time / bare dependency time: NLTK Punkt sentence split, VADER
   on the same sentences, and textstat's flesch_reading_ease,
   flesch_kincaid_grade and gunning_fog per article (target <= 1.3);
3. speed-up of ``jobs=2`` over ``jobs=1`` (target >= 1.7; needs two idle cores): each
   run in a fresh process, the two in alternation, three rounds, the median round's ratio;
4. peak RSS of ``framing analyze x.jsonl --out y.parquet`` streaming 5,000 and
   20,000 articles, each in a fresh subprocess (within 1.2x of each other and
   under 400 MB);
5. the lexicon-size ratio of ``benchmarks/bench_lexicon_size.py`` (target <= 1.15).

Run: ``python benchmarks/bench_pipeline.py [--articles 2000] [--quick]``
(``--quick``: 300 articles, RSS at 1,000 vs 4,000, 1 MB lexicon text;
``--only jobs`` etc. re-measures one figure).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing.corpus import load_corpus  # noqa: E402
from framing.types import Article  # noqa: E402

SAMPLE = ROOT / "corpus" / "muse-spark"
_LETTERS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


def pseudo_word(n: int) -> str:
    """A unique lowercase pseudo-word for each ``n`` (consonant-vowel syllables)."""
    out = []
    n += 1
    while n:
        n, r = divmod(n, len(_LETTERS) * len(_VOWELS))
        out.append(_LETTERS[r // len(_VOWELS)] + _VOWELS[r % len(_VOWELS)])
    return "".join(out)


def sample_sentences() -> tuple[list[str], list[str], list[str]]:
    """Body sentences, headlines and outlets of the sample corpus."""
    from framing.text.tokens import split_sentences

    corpus = load_corpus(SAMPLE)
    sentences: list[str] = []
    for a in corpus.articles:
        for s, e in split_sentences(a.text):
            text = " ".join(a.text[s:e].split())
            if len(text.split()) >= 4 and text[-1] in ".!?":
                sentences.append(text)
    titles = [a.title for a in corpus.articles if a.title]
    outlets = sorted({a.outlet for a in corpus.articles})
    return sentences, titles, outlets


def generate_records(n_articles: int, *, seed: int = 0,
                     target_bytes: int = 5_000) -> Iterator[dict[str, str]]:
    """Yield ``n_articles`` JSONL records of unique text, about ``target_bytes`` each."""
    rng = random.Random(seed)
    sentences, titles, outlets = sample_sentences()
    counter = 0

    def unique(sentence: str) -> str:
        nonlocal counter
        counter += 1
        words = sentence.split()
        words.insert(rng.randint(1, len(words) - 1), pseudo_word(counter))
        return " ".join(words)

    for i in range(n_articles):
        paragraphs: list[str] = []
        size = 0
        while size < target_bytes:
            para = " ".join(unique(rng.choice(sentences)) for _ in range(rng.randint(2, 4)))
            paragraphs.append(para)
            size += len(para.encode()) + 2
        yield {
            "id": f"bench-{i:06d}",
            "outlet": outlets[i % len(outlets)],
            "event": f"event-{i % 7}",
            "title": unique(rng.choice(titles)),
            "text": "\n\n".join(paragraphs),
        }


def write_corpus(path: Path, n_articles: int, seed: int = 0) -> int:
    """Write the generated corpus as JSONL; returns its size in bytes."""
    with path.open("w", encoding="utf-8") as fh:
        for rec in generate_records(n_articles, seed=seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path.stat().st_size


def read_corpus(path: Path) -> list[Article]:
    from framing.corpus import iter_articles

    return list(iter_articles(path))


# -- measurements -----------------------------------------------------------------------
class Bare:
    """The dependencies alone: Punkt split, VADER per sentence, textstat's three scores."""

    def __init__(self) -> None:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        from framing.extractors.readability import _offline_textstat
        from framing.text.tokens import ABBREVIATIONS

        params = PunktParameters()
        params.abbrev_types = set(ABBREVIATIONS)
        self.punkt = PunktSentenceTokenizer(params)
        self.vader = SentimentIntensityAnalyzer()
        self.ts = _offline_textstat()
        self.ts.flesch_reading_ease("Load the syllable dictionary first.")

    def run(self, a: Article) -> None:
        for sentence in self.punkt.tokenize(a.text):
            self.vader.polarity_scores(sentence)
        self.ts.flesch_reading_ease(a.text)
        self.ts.flesch_kincaid_grade(a.text)
        self.ts.gunning_fog(a.text)


def clear_textstat_caches() -> None:
    """Empty textstat's internal lru_caches (keyed by text), so that no timed block finds
    a text already scored (the corpus has no repeated text; this makes sure of it)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat"):
            for obj in list(vars(module).values()):
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


class PyphenCaches:
    """One pyphen hyphenation cache per side (pipeline, bare), each kept across that side's
    blocks as it would be in a run of its own: pyphen (textstat's syllable fallback for
    words not in cmudict) caches per word in one dict per dictionary, which the bare run,
    following the pipeline on the same words, would otherwise find filled."""

    def __init__(self) -> None:
        self.saved: dict[str, dict[int, dict[Any, Any]]] = {"pipeline": {}, "bare": {}}

    def use(self, side: str) -> None:
        import pyphen  # type: ignore[import-untyped]

        for hd in pyphen.hdcache.values():
            hd.cache = self.saved[side].setdefault(id(hd), {})


def time_pipeline_and_bare(articles: list[Article], chunk: int = 20) -> dict[str, float]:
    """Wall and CPU seconds of the full pipeline and of the bare dependencies.

    Both run in this process over the same articles, interleaved in chunks of
    ``chunk`` articles so that both see the same machine load; the pipeline's
    state (matcher, extractors, VADER) is built before the timing, and
    textstat's text-keyed caches are emptied before each timed block, and each
    side keeps its own pyphen cache (:class:`PyphenCaches`).
    """
    from framing.engines.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.run(articles[0])
    pipeline._build()["cache"].clear()
    bare = Bare()
    pyphen_caches = PyphenCaches()
    out = dict.fromkeys(("pipe_wall", "pipe_cpu", "bare_wall", "bare_cpu"), 0.0)
    for i in range(0, len(articles), chunk):
        part = articles[i:i + chunk]
        clear_textstat_caches()
        pyphen_caches.use("pipeline")
        w, c = time.perf_counter(), time.process_time()
        for a in part:
            pipeline.run(a)
        out["pipe_wall"] += time.perf_counter() - w
        out["pipe_cpu"] += time.process_time() - c
        clear_textstat_caches()
        pyphen_caches.use("bare")
        w, c = time.perf_counter(), time.process_time()
        for a in part:
            bare.run(a)
        out["bare_wall"] += time.perf_counter() - w
        out["bare_cpu"] += time.process_time() - c
    return out


_JOBS_SCRIPT = """
import sys, time
sys.path.insert(0, sys.argv[3])
from framing.corpus import iter_articles
from framing.engines import run_pipeline
from framing.engines.pipeline import Pipeline
articles = list(iter_articles(sys.argv[1]))
t0 = time.perf_counter()
pipeline = Pipeline()
pipeline.matcher  # built before the workers start, as framing analyze does
for _ in run_pipeline(pipeline, articles, jobs=int(sys.argv[2])):
    pass
print(time.perf_counter() - t0)
"""


def time_jobs(source: Path, jobs: int) -> float:
    """Seconds for ``run_pipeline`` with ``jobs`` workers over the articles of ``source``,
    in a fresh process (no cache warmed by an earlier run, as in a new ``framing analyze``),
    from building the pipeline to the last result: worker start-up included."""
    done = subprocess.run([sys.executable, "-c", _JOBS_SCRIPT, str(source), str(jobs),
                           str(ROOT)], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


_RSS_WRAPPER = """
import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mb(source: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Peak RSS (MB, the largest process) and seconds of ``framing analyze`` in a subprocess."""
    cmd = [sys.executable, "-c", _RSS_WRAPPER, sys.executable, "-m", "framing", "analyze",
           str(source), "--out", str(out), "--force", "--jobs", str(jobs)]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    seconds = time.perf_counter() - t0
    rc, kb = done.stdout.split()
    if rc != "0":
        raise SystemExit(f"framing analyze failed with exit code {rc}")
    return int(kb) / 1024, seconds


def lexicon_ratio(mb: float) -> float:
    """The ratio of bench_lexicon_size.py (matching time with +10k entries / built-ins)."""
    import bench_lexicon_size as bl

    texts = bl.read_articles()
    unique = [bl.parse_text(t) for t in texts]
    size = sum(len(t.encode()) for t in texts)
    docs = unique * max(1, round(mb * 1_000_000 / size))
    base = bl.baseline_lexicons()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.toml"
        path.write_text(bl.generated_lexicon_toml(10_000), encoding="utf-8")
        generated = bl.load_lexicon_file(path)
    small = bl.compile_lexicons(base)
    big = bl.compile_lexicons([*base, generated])
    for d in unique:
        small.match(d)
        big.match(d)
    (t_small, _), (t_big, _) = bl.best_of([small, big], docs)
    return t_big / t_small


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


Results = list[tuple[str, str, str, bool]]
FIGURES = ("throughput", "jobs", "rss", "lexicon")


def measure_throughput(articles: list[Article], mb: float, results: Results) -> None:
    t = time_pipeline_and_bare(articles)
    print(f"full pipeline, 1 process: {t['pipe_wall']:.2f} s "
          f"({t['pipe_cpu']:.2f} s CPU) = {len(articles) / t['pipe_wall']:.1f} articles/s, "
          f"{mb / t['pipe_wall']:.2f} MB/s")
    print(f"bare dependencies (Punkt + VADER + textstat x3): {t['bare_wall']:.2f} s "
          f"({t['bare_cpu']:.2f} s CPU) = {len(articles) / t['bare_wall']:.1f} articles/s")
    ratio = t["pipe_cpu"] / t["bare_cpu"]
    print(f"pipeline / bare: {ratio:.2f} by CPU time, "
          f"{t['pipe_wall'] / t['bare_wall']:.2f} by wall time (interleaved runs)")
    results.append(("pipeline / bare dependencies (CPU)", f"{ratio:.2f}", "<= 1.3",
                    ratio <= 1.3))


def measure_jobs(source: Path, results: Results, rounds: int = 3) -> None:
    """jobs=1 and jobs=2 in alternation (1, 2, 1, 2, ...): each round's ratio compares
    two runs made one after the other, and the median round is reported, so that a
    change in the machine's speed during the run (other load, the host) weighs little."""
    ratios = []
    for r in range(rounds):
        a, b = time_jobs(source, 1), time_jobs(source, 2)
        ratios.append(a / b)
        print(f"round {r + 1}: run_pipeline jobs=1: {a:.2f} s, jobs=2: {b:.2f} s, "
              f"speed-up {a / b:.2f} (start-up included; load average now "
              f"{os.getloadavg()[0]:.2f})")
    speedup = statistics.median(ratios)
    results.append(("speed-up jobs=2 / jobs=1 (median round)", f"{speedup:.2f}", ">= 1.7",
                    speedup >= 1.7))


def measure_rss(tmp: Path, sizes: tuple[int, int], jobs: int, results: Results) -> None:
    rss = []
    for count in sizes:
        big = tmp / f"rss-{count}.jsonl"
        size = write_corpus(big, count, seed=count)
        peak, secs = peak_rss_mb(big, tmp / f"rss-{count}.parquet", jobs)
        big.unlink()
        print(f"framing analyze {count:,} articles ({size / 1e6:.0f} MB JSONL) "
              f"--out .parquet --jobs {jobs}: peak RSS {peak:.0f} MB, {secs:.0f} s")
        rss.append(peak)
    growth = rss[1] / rss[0]
    results.append((f"peak RSS {sizes[1]:,} / {sizes[0]:,} articles", f"{growth:.2f}",
                    "<= 1.2", growth <= 1.2))
    results.append(("peak RSS, largest run (MB)", f"{max(rss):.0f}", "< 400", max(rss) < 400))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None,
                        help="articles for throughput and jobs figures (default 2000)")
    parser.add_argument("--rss", type=int, nargs=2, default=None, metavar=("N", "M"),
                        help="article counts of the two RSS runs (default 5000 20000)")
    parser.add_argument("--rss-jobs", type=int, default=2,
                        help="--jobs of the RSS runs (default 2)")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes: 300 articles, RSS 1000 vs 4000, 1 MB lexicon text")
    parser.add_argument("--skip-rss", action="store_true", help="skip the RSS runs")
    parser.add_argument("--only", action="append", choices=FIGURES, default=None,
                        help="measure only this figure (repeatable; default all)")
    args = parser.parse_args()
    only = set(args.only or FIGURES) - ({"rss"} if args.skip_rss else set())
    n = args.articles or (300 if args.quick else 2000)
    rss_sizes = tuple(args.rss or ((1000, 4000) if args.quick else (5000, 20000)))
    lex_mb = 1.0 if args.quick else 2.0

    load = os.getloadavg()
    print(f"framing pipeline benchmark: python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    results: Results = []
    with tempfile.TemporaryDirectory() as tmp:
        if only & {"throughput", "jobs"}:
            src = Path(tmp) / "bench.jsonl"
            nbytes = write_corpus(src, n)
            articles = read_corpus(src)
            mb = sum(len(a.title.encode()) + len(a.text.encode()) for a in articles) / 1e6
            print(f"corpus: {len(articles):,} articles of unique text, {mb:.2f} MB of text "
                  f"({nbytes / 1e6:.2f} MB JSONL)")
            if "throughput" in only:
                measure_throughput(articles, mb, results)
            if "jobs" in only:
                measure_jobs(src, results)
            del articles
        if "rss" in only:
            measure_rss(Path(tmp), (rss_sizes[0], rss_sizes[1]), args.rss_jobs, results)
    if "lexicon" in only:
        lex = lexicon_ratio(lex_mb)
        results.append(("lexicon size: +10k entries / built-ins", f"{lex:.3f}", "<= 1.15",
                        lex <= 1.15))

    print()
    print(f"{'figure':<42}{'value':>10}  {'target':<9}result")
    for name, value, target, ok in results:
        print(f"{name:<42}{value:>10}  {target:<9}{verdict(ok)}")


if __name__ == "__main__":
    main()
