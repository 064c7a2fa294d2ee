"""Print the Must-show figures of issue 21 on one part of BABE's fixed split.

Usage::

    python scripts/babe_auc.py [PATH_TO_final_labels_SG2.csv] [--part test|development|all]

Each sentence is one document of :class:`framing.FramingVectorizer`; its score is
``loaded + loaded_attributed`` (the calibrated probability that a reader calls it
loaded, own voice plus quoted or attributed speech). Prints the ROC-AUC and the share
of Non-biased sentences scored above 0. The split is :mod:`framing.models.split`;
BABE is AGPL-licensed evaluation data: it is read, never copied. The same figures,
with bootstrap intervals, come from::

    framing evaluate ../shared/eval/babe/final_labels_SG2.csv --label-column label_bias \\
        --positive Biased --part test --score loaded
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "babe" / "final_labels_SG2.csv"


def main(argv: list[str] | None = None) -> int:
    """Score the sentences of one part and print the figures; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--part", choices=["test", "development", "all"], default="test")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from sklearn.metrics import roc_auc_score

    from framing import FramingVectorizer
    from framing.models.labels import read_labels

    if not Path(args.path).is_file():
        print(f"BABE not found at {args.path}", file=sys.stderr)
        return 2
    data = read_labels(args.path, label_column="label_bias", positive=["Biased"],
                       part=args.part)
    assert data.y is not None
    vec = FramingVectorizer(features=["loaded", "loaded_attributed"]).fit(data.texts)
    score = vec.transform(data.texts).sum(axis=1)
    negatives = score[data.y == 0]
    print(f"BABE {args.part} part: {len(data.texts)} sentences ({int(data.y.sum())} Biased, "
          f"{len(negatives)} Non-biased)")
    print(f"ROC-AUC of loaded + loaded_attributed: {roc_auc_score(data.y, score):.3f}")
    print(f"Non-biased sentences with a loaded score > 0: {(negatives > 0).mean():.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
