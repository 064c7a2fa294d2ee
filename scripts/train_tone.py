"""Rebuild the shipped tone model (framing/models/tone_v2.json) from NewsMTSC.

    python scripts/train_tone.py /path/to/newsmtsc/train.jsonl            # rewrite it
    python scripts/train_tone.py /path/to/newsmtsc/train.jsonl --check    # rebuild, compare
    python scripts/train_tone.py /path/to/newsmtsc/train.jsonl --holdout  # tuning figure

``--check`` writes the rebuilt model to a temporary file and exits 1 unless its bytes equal
the shipped file's. ``--holdout`` prints the macro-F1 on the fixed held-out fifth of the
training file (the figure every setting was chosen by; see framing/models/tone_train.py).
NewsMTSC: Hamborg & Donnay, EACL 2021, MIT licence, Copyright 2020 Felix Hamborg.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from framing.models.tone import MODEL_FILE
from framing.models.tone_train import DEFAULTS, evaluate_holdout, read_newsmtsc, train_file


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", help="NewsMTSC train.jsonl")
    ap.add_argument("--out", help="where to write the model (default: the shipped file)")
    ap.add_argument("--check", action="store_true",
                    help="rebuild to a temporary file and compare with the shipped one")
    ap.add_argument("--holdout", action="store_true",
                    help="print the held-out macro-F1 of the default settings")
    args = ap.parse_args(argv)
    if args.holdout:
        figures = evaluate_holdout(read_newsmtsc(args.train), **DEFAULTS)
        print(f"held-out macro-F1 {figures['all']:.4f} (sentences with 2+ targets: "
              f"{figures['several']:.4f}; classes weighed equally: "
              f"{figures['all_balanced']:.4f} / {figures['several_balanced']:.4f})")
        return 0
    shipped = Path(__file__).resolve().parents[1] / "framing" / "models" / MODEL_FILE
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            built = train_file(args.train, Path(tmp) / MODEL_FILE)
            same = built.read_bytes() == shipped.read_bytes()
        print(f"{shipped}: {'identical to' if same else 'DIFFERS from'} the rebuilt model")
        return 0 if same else 1
    path = train_file(args.train, args.out or shipped,
                      log=lambda m: print(m, file=sys.stderr))
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
