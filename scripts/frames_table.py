"""Print, as Markdown, each outlet's dominant generic frame and top moral foundation on the
sample corpus (corpus/muse-spark), with the evidence sentences.

Run:  /work/venv/bin/python scripts/frames_table.py [CORPUS_DIR]

The same table is in docs/frames.md; tests/compare/test_frames_sample.py checks what it says.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "muse-spark"


def _pct(v: Any) -> str:
    return f"{100 * float(v):.0f}%" if v is not None and v == v else "–"


def _num(v: Any) -> str:
    return f"{float(v):.1f}" if v is not None and v == v else "–"


def _quote(s: Any, limit: int = 170) -> str:
    if isinstance(s, (list, tuple)):
        return " ".join(_quote(x, limit) for x in s) if s else "–"
    s = " ".join(str(s or "").split()).replace("|", "\\|")
    if not s:
        return "–"
    return "“" + (s if len(s) <= limit else s[: limit - 1].rstrip() + "…") + "”"


def _name(v: Any) -> str:
    return str(v).replace("_", " ") if isinstance(v, str) and v else "–"


def markdown(summary: pd.DataFrame) -> str:
    """The frames table as Markdown, one row per outlet."""
    head = ("| outlet | dominant generic frame (share of sentences; of it quoted) | evidence "
            "| leads with → rest | top moral foundation, own voice (per 1,000 words) "
            "| evidence | top moral foundation, quoted | evidence |")
    lines = [head, "|" + "---|" * 8]
    for r in summary.to_dict("records"):
        dom = r["dominant_frame"]
        dom_cell = (f"{_name(dom)} ({_pct(r['dominant_share'])}; {_pct(_ratio(r))})"
                    if isinstance(dom, str) else "–")
        moral = r["top_moral"]
        moral_cell = (f"{_name(moral)} ({_num(r['top_moral_value'])})"
                      if isinstance(moral, str) else "none")
        lines.append("| " + " | ".join([
            str(r["outlet"]), dom_cell, _quote(r["dominant_evidence"]),
            f"{_name(r['lead_frame'])} → {_name(r['rest_frame'])}",
            moral_cell, _quote(r["top_moral_evidence"]),
            _name(r["top_moral_attributed"]) if isinstance(r["top_moral_attributed"], str)
            else "none",
            _quote(r["top_moral_attributed_evidence"]),
        ]) + " |")
    return "\n".join(lines)


def _ratio(r: dict[str, Any]) -> float:
    share, quoted = r.get("dominant_share"), r.get("dominant_quoted")
    if share is None or quoted is None or share != share or quoted != quoted or not share:
        return float("nan")
    return float(quoted) / float(share)


def build(corpus: Path = SAMPLE) -> pd.DataFrame:
    import framing
    from framing.compare import compare
    from framing.compare.frames import frames_summary

    analysis = framing.analyze(corpus)
    comp = compare(analysis, n_boot=0, seed=0)
    return frames_summary(comp.frames, analysis.evidence)


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else SAMPLE
    print(markdown(build(corpus)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
