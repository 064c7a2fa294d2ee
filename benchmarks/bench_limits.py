"""Limits benchmark: time and peak RSS for huge and many inputs.

Each case runs in its own subprocess, so peak RSS is that case's alone::

    python benchmarks/bench_limits.py            # all cases
    python benchmarks/bench_limits.py many-100k  # one case

Cases:

* ``article-50mb``: one 50 MB article file (skipped unread: over the
  10 MiB file limit, see docs/errors.md);
* ``record-50mb``: one 50 MB JSONL record (skipped unread: over the 10 MiB line limit);
* ``article-1m``: a ~1 MB article just under the limit, read and fully analysed;
* ``many-100k``: 100,000 tiny articles in one JSONL file, read and accounted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

CASES = {
    "article-50mb": """
        path = tmp / "big.txt"
        chunk = ("The council approved the budget after a long debate. " * 20 + "\\n\\n").encode()
        with path.open("wb") as fh:
            fh.write(b"A Very Long Article\\n\\n")
            for _ in range(50 * 2**20 // len(chunk) + 1):
                fh.write(chunk)
        t0 = time.perf_counter()
        acc = Accounting()
        arts = list(iter_articles(path, tmp / "ok.txt", accounting=acc))
        result = acc.summary()
    """,
    "record-50mb": """
        path = tmp / "big.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps({"outlet": "X", "text": "word " * (50 * 2**20 // 5)}) + "\\n")
        t0 = time.perf_counter()
        acc = Accounting()
        arts = list(iter_articles(path, tmp / "ok.txt", accounting=acc))
        result = acc.summary()
    """,
    "article-1m": """
        para = ("The council approved the budget on Wednesday after a session that ran for "
                "{i} hours. Critics said the plan was reckless and would hurt families, "
                "while supporters called it a careful compromise. \\"We are deeply worried,\\" "
                "said Maria Lopez, a spokeswoman for the union. Officials estimated the cost "
                "at $4.5 million, or about 12 percent.\\n\\n")
        path = tmp / "long.txt"
        with path.open("w", encoding="utf-8") as fh:
            fh.write("A Long Article\\n\\n")
            for i in range(990_000 // len(para)):
                fh.write(para.format(i=i))
        t0 = time.perf_counter()
        from framing.engines.pipeline import Pipeline, PipelineConfig
        res = Pipeline(PipelineConfig()).run(list(iter_articles(path))[0])
        result = f"{res.status}, {res.n_words} words, {len(res.evidence)} evidence spans"
    """,
    "many-100k": """
        path = tmp / "many.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(100_000):
                fh.write(json.dumps({"outlet": f"O{i % 7}", "text":
                    f"Item {i}: the {i * 7919 % 100003} council met on day {i} and voted "
                    f"{i % 13} to {i % 11} on {i * 31 % 977} new buses."}) + "\\n")
        t0 = time.perf_counter()
        acc = Accounting()
        n = sum(1 for _ in iter_articles(path, accounting=acc))
        result = acc.summary()
    """,
}

PRELUDE = """
import json, resource, tempfile, time
from pathlib import Path
from framing.corpus import Accounting, iter_articles
tmp = Path(tempfile.mkdtemp())
(tmp / "ok.txt").write_text("Title\\n\\n" + "The council met on Tuesday and voted. " * 10)
"""

CODA = """
print(json.dumps({"seconds": round(time.perf_counter() - t0, 2), "result": result,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def run(name: str) -> dict[str, object]:
    code = PRELUDE + textwrap.dedent(CASES[name]) + CODA
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=3600)
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main(argv: list[str]) -> None:
    names = argv or list(CASES)
    print(f"{'case':<14} {'seconds':>8} {'peak RSS MB':>12}  result")
    for name in names:
        got = run(name)
        print(f"{name:<14} {got['seconds']:>8} {got['peak_rss_mb']:>12}  {got['result']}",
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
