"""framing.text.punkt: Punkt without nltk/__init__, same results as the real NLTK."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "muse-spark" / "002_9adc690a433f877f.txt"

_SCRIPT = r"""
import sys
from pathlib import Path
text = Path(sys.argv[1]).read_text("utf-8")
from framing.text import punkt as _nltk
punkt = _nltk.load("nltk.tokenize.punkt")
light = "sklearn" not in sys.modules and "nltk" not in sys.modules
private = punkt.PunktSentenceTokenizer().tokenize(text)
import nltk  # the complete NLTK still imports normally afterwards
from nltk.tokenize.punkt import PunktSentenceTokenizer
assert hasattr(nltk, "word_tokenize")
assert PunktSentenceTokenizer().tokenize(text) == private
print("light" if light else "heavy", len(private))
"""


def test_private_punkt_matches_nltk_and_stays_light() -> None:
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(SAMPLE)], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.split()
    assert out[0] == "light"
    assert int(out[1]) > 10


def test_falls_back_to_the_full_import(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from framing.text import punkt as _nltk

    def broken() -> dict:  # type: ignore[type-arg]
        raise ImportError("simulated NLTK layout change")

    monkeypatch.setattr(_nltk, "_LOADED", {})
    monkeypatch.setattr(_nltk, "_load_private", broken)
    mod = _nltk.load("nltk.tokenize.punkt")
    assert mod.PunktSentenceTokenizer().tokenize("It rained. We left.") == ["It rained.",
                                                                           "We left."]
