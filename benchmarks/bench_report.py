"""How ``framing report`` scales: time against ``framing analyze``, peak memory, growth.

Generates corpora of many short articles on many events from many outlets (the shape of a
semester's collection of headline roundups: three to five outlets an event), deterministic by
seed. Article text is recombined from the sample corpus's sentences, each article given a few
unique pseudo-words (so deduplication keeps every article and no cache sees the same text
twice), with numbers varied so that outlets disagree on some figures. Then, for each size, in
fresh processes timed from outside:

1. ``framing analyze X.jsonl --out Y.parquet --jobs 1`` and ``framing report X.jsonl --out DIR
   --jobs 1`` (which analyses, compares and writes the pages): wall seconds, CPU seconds and
   the peak RSS of the largest process (``resource.getrusage(RUSAGE_CHILDREN)``);
2. report / analyze by CPU time on the same input (target at most 3 at every size);
3. peak RSS of ``framing report`` at the 1,500-article size (target under 500 MB) and its growth
   against the corpus (RSS ratio at most the article ratio); the report's total size (target
   at most 30 MB), its largest HTML page (at most 1 MB) and comparison.json (at most 10 MB);
4. the growth exponent of report time: the least-squares slope of log(report CPU seconds) on
   log(articles) over the sizes (target at most 1.1).

Run: ``python benchmarks/bench_report.py`` (sizes 1,500 / 4,000 / 10,000 articles), or
``--sizes 300:100:40 1500:500:130`` (articles:events:outlets) for a quicker look.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import pseudo_word, sample_sentences  # noqa: E402

#: articles, events, outlets of the three default sizes.
SIZES = ((1_500, 500, 130), (4_000, 1_300, 260), (10_000, 3_000, 400))
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")


def outlet_names(n: int, seed: int) -> list[str]:
    """``n`` distinct outlet names, e.g. "Daily Kabo Herald"."""
    rng = random.Random(seed)
    kinds = ("Times", "Herald", "Post", "Ledger", "Wire", "Review", "Tribune", "Gazette",
             "Monitor", "Journal", "Dispatch", "Chronicle")
    names: list[str] = []
    i = 0
    while len(names) < n:
        i += 1
        word = pseudo_word(rng.randrange(200, 5_000)).capitalize()
        name = f"{rng.choice(('The ', 'Daily ', '', 'Evening '))}{word} {rng.choice(kinds)}"
        if name not in names:
            names.append(name)
    return names


def generate_records(n_articles: int, n_events: int, n_outlets: int, *,
                     seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield JSONL records: ``n_articles`` short articles over ``n_events`` events, each event
    covered by three to five of ``n_outlets`` outlets."""
    rng = random.Random(seed)
    sentences, titles, _ = sample_sentences()
    outlets = outlet_names(n_outlets, seed)
    per_event = [rng.randint(3, 5) for _ in range(n_events)]
    scale = n_articles / sum(per_event)
    counts = [max(1, round(k * scale)) for k in per_event]
    while sum(counts) > n_articles:
        counts[rng.randrange(n_events)] -= 1 if max(counts) > 1 else 0
    while sum(counts) < n_articles:
        counts[rng.randrange(n_events)] += 1
    counter = 0

    def vary(sentence: str) -> str:
        nonlocal counter
        counter += 1
        words = _NUMBER.sub(lambda m: str(rng.randint(2, 90)), sentence).split()
        if counter % 3 == 0:
            words.insert(rng.randint(1, len(words) - 1), pseudo_word(counter))
        return " ".join(words)

    art = 0
    for e, count in enumerate(counts):
        event = f"event-{e:05d}-{pseudo_word(e + 7)}"
        covering = rng.sample(outlets, min(len(outlets), max(3, min(5, count))))
        topic = [rng.choice(sentences) for _ in range(4)]  # sentences the event's outlets share
        for k in range(count):
            body: list[str] = []
            for _ in range(rng.randint(2, 3)):
                para = [vary(rng.choice(topic if rng.random() < 0.4 else sentences))
                        for _ in range(rng.randint(1, 3))]
                body.append(" ".join(para))
            yield {"id": f"rep-{art:06d}", "outlet": covering[k % len(covering)],
                   "event": event, "title": vary(rng.choice(titles)),
                   "published": f"2026-{1 + e % 12:02d}-{1 + k % 28:02d}",
                   "text": "\n\n".join(body)}
            art += 1


def many_outlet_records(n_outlets: int, n_events: int = 3, *,
                        seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield one article per outlet, the outlets spread over ``n_events`` events (issue 32
    item 13: hundreds of outlets on one event), each article with a paragraph of its own."""
    rng = random.Random(seed)
    sentences, titles, _ = sample_sentences()
    for i, outlet in enumerate(outlet_names(n_outlets, seed)):
        own = " ".join(pseudo_word(50_000 + 7 * i + k) for k in range(6))
        body = [" ".join(rng.choice(sentences) for _ in range(2)),
                f"The {own} report said so.", " ".join(rng.choice(sentences) for _ in range(2))]
        yield {"id": f"many-{i:05d}", "outlet": outlet, "event": f"event-{i % n_events}",
               "title": rng.choice(titles), "text": "\n\n".join(body)}


def many_outlets(n_outlets: int, keep: Path | None) -> None:
    """Peak RSS and time of ``framing report`` on one article per outlet over three events."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = keep or Path(tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        src = tmp / f"outlets-{n_outlets}.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for rec in many_outlet_records(n_outlets):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        wall, cpu, rss = run_measured(["report", str(src), "--out", str(tmp / "report"),
                                       "--force", "--jobs", "1", "--no-progress"])
        out = tmp / "report"
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        print(f"{n_outlets} outlets, one article each, on 3 events: report {wall:.1f} s "
              f"({cpu:.1f} s CPU), peak RSS {rss:.0f} MB (target < 1,000), output "
              f"{size / 1e6:.1f} MB, comparison.json "
              f"{(out / 'comparison.json').stat().st_size / 1e6:.1f} MB")


def write_corpus(path: Path, n_articles: int, n_events: int, n_outlets: int,
                 seed: int = 0) -> int:
    """Write the generated corpus as JSONL; returns its size in bytes."""
    with path.open("w", encoding="utf-8") as fh:
        for rec in generate_records(n_articles, n_events, n_outlets, seed=seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path.stat().st_size


_WRAPPER = """
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(rc, wall, u.ru_utime + u.ru_stime, u.ru_maxrss)
"""


def run_measured(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system, the command and its children) and peak RSS
    (MB, the largest single process) of ``python -m framing ARGS`` in a fresh process."""
    cmd = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "framing", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    rc, wall, cpu, kb = done.stdout.split()
    if rc != "0":
        raise SystemExit(f"framing {args[0]} failed with exit code {rc}: {done.stderr[-2000:]}")
    return float(wall), float(cpu), int(kb) / 1024


def output_sizes(out: Path) -> tuple[float, float, float]:
    """Total size of a report directory, its largest HTML page and comparison.json (MB)."""
    files = [p for p in out.rglob("*") if p.is_file()]
    pages = [p.stat().st_size for p in files if p.suffix == ".html"]
    return (sum(p.stat().st_size for p in files) / 1e6, max(pages, default=0) / 1e6,
            (out / "comparison.json").stat().st_size / 1e6)


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) on log(x)."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return (sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True))
            / sum((a - mx) ** 2 for a in lx))


def parse_size(text: str) -> tuple[int, int, int]:
    parts = [int(p) for p in text.split(":")]
    if len(parts) != 3:
        raise argparse.ArgumentTypeError("a size is ARTICLES:EVENTS:OUTLETS")
    return parts[0], parts[1], parts[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_size, nargs="+", default=list(SIZES),
                        metavar="A:E:O", help="articles:events:outlets (default "
                        + " ".join(f"{a}:{e}:{o}" for a, e, o in SIZES) + ")")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the corpora and reports in this directory")
    parser.add_argument("--many-outlets", type=int, default=0, metavar="N",
                        help="instead: one article per outlet, N outlets on three events "
                        "(peak RSS target < 1 GB at 1,000 outlets)")
    args = parser.parse_args()
    if args.many_outlets:
        many_outlets(args.many_outlets, args.keep)
        return
    load = os.getloadavg()
    print(f"framing report benchmark: python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = args.keep or Path(tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        for n_art, n_ev, n_out in args.sizes:
            src = tmp / f"corpus-{n_art}.jsonl"
            nbytes = write_corpus(src, n_art, n_ev, n_out, seed=args.seed)
            t0 = time.perf_counter()
            a_wall, a_cpu, a_rss = run_measured(
                ["analyze", str(src), "--out", str(tmp / f"analysis-{n_art}.parquet"),
                 "--force", "--jobs", "1"])
            r_wall, r_cpu, r_rss = run_measured(
                ["report", str(src), "--out", str(tmp / f"report-{n_art}"), "--force",
                 "--jobs", "1", "--no-progress"])
            print(f"{n_art:,} articles, {n_ev:,} events, {n_out} outlets "
                  f"({nbytes / 1e6:.1f} MB JSONL): analyze {a_wall:.1f} s ({a_cpu:.1f} s CPU, "
                  f"{a_rss:.0f} MB), report {r_wall:.1f} s ({r_cpu:.1f} s CPU, {r_rss:.0f} MB); "
                  f"report/analyze {r_cpu / a_cpu:.2f} by CPU, {r_wall / a_wall:.2f} by wall "
                  f"[{time.perf_counter() - t0:.0f} s; load average now {os.getloadavg()[0]:.2f}]")
            total, page, data = output_sizes(tmp / f"report-{n_art}")
            print(f"  output {total:.1f} MB, largest page {page:.2f} MB, comparison.json "
                  f"{data:.1f} MB")
            rows.append((n_art, a_cpu, r_cpu, r_rss, total, page, data))
    print()
    print(f"{'figure':<50}{'value':>10}  {'target':<9}result")

    def show(name: str, value: str, target: str, ok: bool) -> None:
        print(f"{name:<50}{value:>10}  {target:<9}{'PASS' if ok else 'FAIL'}")

    for n_art, a_cpu, r_cpu, *_ in rows:
        ratio = r_cpu / a_cpu
        show(f"report / analyze, {n_art:,} articles (CPU)", f"{ratio:.2f}", "<= 3", ratio <= 3)
    first = next((r for r in rows if r[0] == 1_500), rows[0])
    show(f"peak RSS of report, {first[0]:,} articles (MB)", f"{first[3]:.0f}", "< 500",
         first[3] < 500)
    show(f"report output, {first[0]:,} articles (MB)", f"{first[4]:.1f}", "<= 30",
         first[4] <= 30)
    show(f"largest HTML page, {first[0]:,} articles (MB)", f"{first[5]:.2f}", "<= 1",
         first[5] <= 1)
    show(f"comparison.json, {first[0]:,} articles (MB)", f"{first[6]:.1f}", "<= 10",
         first[6] <= 10)
    if len(rows) >= 2:
        growth = rows[-1][3] / rows[0][3]
        corpus_growth = rows[-1][0] / rows[0][0]
        show(f"peak RSS {rows[-1][0]:,} / {rows[0][0]:,} articles", f"{growth:.2f}",
             f"<= {corpus_growth:.3g}", growth <= corpus_growth)
        exp = slope([r[0] for r in rows], [r[2] for r in rows])
        show("growth exponent of report time (CPU)", f"{exp:.2f}", "<= 1.1", exp <= 1.1)


if __name__ == "__main__":
    main()
