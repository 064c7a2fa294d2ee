"""Whole-process speed, parallel speed-up, memory and profile of ``framing analyze``.

Generates a corpus of unique text (default 2,000 articles, about 10 MB): paragraphs
recombined from the sentences of the sample corpus, each sentence given a unique
pseudo-word so that no cache (sentence sentiment, stems) flatters the figures. Then
measures, in one run, printing the machine's load average beside every timing:

1. pipeline / bare dependencies (target <= 1.3): ``framing analyze FILE --jobs 1`` and
   ``python bare_deps.py FILE`` (NLTK Punkt sentences, VADER per sentence, textstat's
   flesch_reading_ease, flesch_kincaid_grade and gunning_fog per article) as whole
   processes on the same file, with ``framing analyze --jobs`` all cores, in turn, three
   rounds, the median round's ratio;
2. the speed-up of all cores over ``--jobs 1`` from the same rounds (target >= 1.7), and
   articles/s and MB/s at both;
3. peak RSS of ``framing analyze x.jsonl --out y.parquet`` streaming 5,000 and 20,000
   articles, each in a fresh subprocess (within 1.2x of each other and under 400 MB);
4. the lexicon-size ratio of ``benchmarks/bench_lexicon_size.py`` (target <= 1.15).

``--profile`` instead profiles one ``framing.analyze_to`` run (cProfile, CPU time) and
prints each stage's share.

Run: ``python benchmarks/bench_pipeline.py [--articles 2000] [--quick] [--profile]``
(``--quick``: 300 articles, RSS at 1,000 vs 4,000, 1 MB lexicon text;
``--only processes`` etc. re-measures one figure).
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
#: the baseline script: the shared one beside the checkout when it is there, else the copy here
_SHARED_BARE = ROOT.parent / "shared" / "bench" / "bare_deps.py"
_OWN_BARE = Path(__file__).resolve().parent / "bare_deps.py"


def bare_script() -> Path:
    """``bare_deps.py``: Punkt sentences, VADER per sentence, textstat's three scores."""
    return _SHARED_BARE if _SHARED_BARE.is_file() else _OWN_BARE


def _timed(cmd: list[str]) -> float:
    """Wall seconds of ``cmd`` as a whole process (start-up and imports included)."""
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


def analyze_cmd(source: Path, out: Path, jobs: int) -> list[str]:
    """``framing analyze SOURCE --out OUT --jobs N --force`` as a fresh process."""
    return [sys.executable, "-m", "framing", "analyze", str(source), "--out", str(out),
            "--force", "--jobs", str(jobs)]


def load_text() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def measure_processes(source: Path, n_articles: int, mb: float, results: Results,
                      rounds: int = 3) -> None:
    """Whole processes, in turn, ``rounds`` times: ``framing analyze --jobs 1``, the bare
    dependencies (``bare_deps.py``) on the same file, ``framing analyze --jobs`` all
    cores. The ratios of each round compare runs made one after the other; the median
    round's is reported, with the machine's load beside every round."""
    cores = default_cores()
    bare = bare_script()
    print(f"bare dependencies: python {bare}")
    out = source.with_suffix(".out.jsonl")
    ratios, speedups, one_job, all_jobs, bares = [], [], [], [], []
    for r in range(rounds):
        before = load_text()
        a = _timed(analyze_cmd(source, out, 1))
        b = _timed([sys.executable, str(bare), str(source)])
        c = _timed(analyze_cmd(source, out, cores))
        ratios.append(a / b)
        speedups.append(a / c)
        one_job.append(a)
        bares.append(b)
        all_jobs.append(c)
        print(f"round {r + 1}: framing analyze --jobs 1 {a:.2f} s, bare {b:.2f} s, "
              f"--jobs {cores} {c:.2f} s: pipeline / bare {a / b:.2f}, speed-up {a / c:.2f} "
              f"({before} before, {load_text()} after)")
    a, c = statistics.median(one_job), statistics.median(all_jobs)
    print(f"framing analyze --jobs 1: {n_articles / a:.1f} articles/s, {mb / a:.2f} MB/s; "
          f"--jobs {cores}: {n_articles / c:.1f} articles/s, {mb / c:.2f} MB/s "
          f"(median of {rounds}); bare: {n_articles / statistics.median(bares):.1f} articles/s")
    ratio, speedup = statistics.median(ratios), statistics.median(speedups)
    results.append(("pipeline / bare (processes, median round)", f"{ratio:.2f}", "<= 1.3",
                    ratio <= 1.3))
    results.append((f"speed-up jobs={cores} / jobs=1 (median round)", f"{speedup:.2f}",
                    ">= 1.7", speedup >= 1.7))


def default_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


#: The stages of ``framing analyze`` and the functions whose cumulative time is each
#: stage's (module path suffix, function name); an extractor is its class's ``extract``.
_STAGE_FUNCTIONS = {
    "cleaning": [("framing/corpus/clean.py", "clean_text")],
    "language identification": [("framing/corpus/language.py", "detect_language")],
    "duplicate detection": [("framing/corpus/dedup.py", "check")],
    "parse": [("framing/text/doc.py", "parse_article")],
    "matching": [("framing/lexicon/matcher.py", "match")],
}


def profile_run(source: Path, out: Path, top: int = 25) -> dict[str, float]:
    """cProfile one ``framing.analyze_to(source, out, jobs=1)`` in this process; print the
    functions with the most time of their own and each stage's share of the run; returns
    the shares."""
    import cProfile
    import io
    import pstats

    import framing

    profiler = cProfile.Profile(time.process_time)  # CPU time: other load counts less
    t0 = time.perf_counter()
    profiler.enable()
    framing.analyze_to(source, out, force=True, jobs=1)
    profiler.disable()
    wall = time.perf_counter() - t0
    stats = pstats.Stats(profiler)
    buf = io.StringIO()
    stats.stream = buf  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(top)
    print(buf.getvalue())
    table: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]

    def cum(path: str, name: str) -> float:
        return sum(v[3] for (f, _, n), v in table.items()
                   if n == name and f.replace(os.sep, "/").endswith(path))

    total = sum(v[2] for v in table.values())  # every function's own time: the whole run
    stage: dict[str, float] = {}
    for name, funcs in _STAGE_FUNCTIONS.items():
        stage[name] = sum(cum(p, f) for p, f in funcs)
    extractors: dict[str, float] = {}
    for (f, _, n), v in table.items():
        if n == "extract" and "/framing/" in f.replace(os.sep, "/"):
            extractors[Path(f).stem] = extractors.get(Path(f).stem, 0.0) + v[3]
    reading = cum("framing/corpus/read.py", "_stream")  # the generator iter_articles returns
    stage["reading"] = reading - stage["cleaning"] - stage["language identification"] - \
        stage["duplicate detection"]
    # the first article prepares the extractors (textstat, VADER, models): start-up, not work
    prepare = cum("framing/engines/pipeline.py", "prepare")
    run = cum("framing/engines/pipeline.py", "run") - prepare
    extract_total = sum(extractors.values())
    stage["rest of the per-article step"] = run - stage["parse"] - stage["matching"] - \
        extract_total
    written = cum("framing/engines/records.py", "write_results")
    stage["writing"] = written - cum("framing/engines/stream.py", "checked")
    stage["start-up (imports, lexicons, models)"] = total - written + prepare
    shares = {**stage, **{f"extractor {k}": v for k, v in sorted(extractors.items())}}
    print(f"profile of framing.analyze_to({source.name}, jobs=1): {wall:.2f} s wall under "
          f"cProfile, {total:.2f} s profiled")
    order = ["start-up (imports, lexicons, models)", "reading", "cleaning",
             "language identification", "duplicate detection", "parse", "matching",
             *[f"extractor {k}" for k in sorted(extractors)], "rest of the per-article step",
             "writing"]
    print(f"{'stage':<42}{'seconds':>9}{'share':>8}")
    for name in order:
        print(f"{name:<42}{shares[name]:>9.2f}{100 * shares[name] / total:>7.1f}%")
    return {k: v / total for k, v in shares.items()}


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
FIGURES = ("processes", "rss", "lexicon")


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
                        help="articles of the timed corpus (default 2000)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of the alternating process timings (default 3)")
    parser.add_argument("--rss", type=int, nargs=2, default=None, metavar=("N", "M"),
                        help="article counts of the two RSS runs (default 5000 20000)")
    parser.add_argument("--rss-jobs", type=int, default=2,
                        help="--jobs of the RSS runs (default 2)")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes: 300 articles, RSS 1000 vs 4000, 1 MB lexicon text")
    parser.add_argument("--skip-rss", action="store_true", help="skip the RSS runs")
    parser.add_argument("--only", action="append", choices=FIGURES, default=None,
                        help="measure only this figure (repeatable; default all)")
    parser.add_argument("--profile", action="store_true",
                        help="only profile one framing.analyze_to run (--jobs 1) of the "
                             "corpus: the functions with the most time and each stage's "
                             "share")
    args = parser.parse_args()
    only = set(args.only or FIGURES) - ({"rss"} if args.skip_rss else set())
    n = args.articles or (300 if args.quick else 2000)
    rss_sizes = tuple(args.rss or ((1000, 4000) if args.quick else (5000, 20000)))
    lex_mb = 1.0 if args.quick else 2.0

    print(f"framing pipeline benchmark: python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, {load_text()}")
    results: Results = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.profile or "processes" in only:
            src = Path(tmp) / "bench.jsonl"
            nbytes = write_corpus(src, n)
            articles = read_corpus(src)
            mb = sum(len(a.title.encode()) + len(a.text.encode()) for a in articles) / 1e6
            del articles
            print(f"corpus: {n:,} articles of unique text, {mb:.2f} MB of text "
                  f"({nbytes / 1e6:.2f} MB JSONL)")
            if args.profile:
                profile_run(src, Path(tmp) / "profile.jsonl")
                return
            measure_processes(src, n, mb, results, rounds=args.rounds)
        if "rss" in only:
            measure_rss(Path(tmp), (rss_sizes[0], rss_sizes[1]), args.rss_jobs, results)
    if "lexicon" in only:
        lex = lexicon_ratio(lex_mb)
        results.append(("lexicon size: +10k entries / built-ins", f"{lex:.3f}", "<= 1.15",
                        lex <= 1.15))

    print()
    print(f"{'figure':<46}{'value':>8}  {'target':<9}result")
    for name, value, target, ok in results:
        print(f"{name:<46}{value:>8}  {target:<9}{verdict(ok)}")


if __name__ == "__main__":
    main()
