"""scikit-learn's English stop words without importing scikit-learn.

``from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS`` imports scikit-learn's
package, and with it scipy.stats: about a second of CPU in every ``framing report``, for a
constant. The list lives in ``sklearn/feature_extraction/_stop_words.py``, a module that
imports nothing; it is executed on its own here (the same frozenset, from the installed
scikit-learn), and scikit-learn's own import is the fallback.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _load() -> frozenset[str]:
    done = sys.modules.get("sklearn.feature_extraction._stop_words")
    if done is not None:
        return frozenset(done.ENGLISH_STOP_WORDS)
    try:
        spec = importlib.util.find_spec("sklearn")
        roots = list(spec.submodule_search_locations or []) if spec else []
        path = Path(roots[0]) / "feature_extraction" / "_stop_words.py"
        module_spec = importlib.util.spec_from_file_location("_framing_sklearn_stop_words",
                                                             path)
        if module_spec is None or module_spec.loader is None:
            raise ImportError(path)
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        words = module.ENGLISH_STOP_WORDS
        if not isinstance(words, frozenset):
            raise ImportError(path)
        return words
    except (ImportError, OSError, IndexError, AttributeError):
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return frozenset(ENGLISH_STOP_WORDS)


#: ``sklearn.feature_extraction.text.ENGLISH_STOP_WORDS``.
ENGLISH_STOP_WORDS: frozenset[str] = _load()

__all__ = ["ENGLISH_STOP_WORDS"]
