"""Print the ROC-AUC of framing's sentence scores on BABE (Biased vs Non-biased).

Usage::

    python scripts/babe_auc.py [PATH_TO_final_labels_SG2.csv] [--bootstrap N]

The default path is ``../shared/eval/babe/final_labels_SG2.csv`` relative to the
repository root. BABE is AGPL-licensed evaluation data: it is read, never copied.
The same figures come from::

    framing evaluate ../shared/eval/babe/final_labels_SG2.csv \\
        --label-column label_bias --positive Biased --score loaded --score hedging
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "babe" / "final_labels_SG2.csv"


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print one line per score; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--score", action="append", dest="scores",
                        help="scores to assess (default: loaded and hedging)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from framing.learn import evaluate

    if not Path(args.path).is_file():
        print(f"BABE not found at {args.path}", file=sys.stderr)
        return 2
    result = evaluate(args.path, label_column="label_bias", positive=["Biased"],
                      scores=args.scores or ["loaded", "hedging"], n_boot=args.bootstrap)
    print(f"BABE: {result.n_used} sentences ({result.classes['positive']} Biased, "
          f"{result.classes['negative']} Non-biased)")
    for s in result.scores:
        print(f"{s.name:<17} ROC-AUC {s.metrics['auc'].format()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
