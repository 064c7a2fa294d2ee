"""NLTK's Punkt sentence splitter, without ``import nltk``.

``import nltk.tokenize.punkt`` first runs ``nltk/__init__.py``, which imports
almost all of NLTK and, through ``nltk.classify`` and ``nltk.metrics``,
scikit-learn, SciPy and pandas: about 190 MB of memory and 2-3 s per process,
for a module that needs none of it. :func:`load` imports just that module
(and the few NLTK modules it imports) from the installed NLTK:

1. it puts empty stand-ins for the packages ``nltk`` and ``nltk.tokenize``
   in ``sys.modules`` (their ``__path__`` is
   the real package directory, so submodules are found and run unchanged; no
   package ``__init__`` runs);
2. imports ``nltk.tokenize.punkt``;
3. removes every ``nltk`` module it added from ``sys.modules`` again.

No public way gets Punkt more cheaply: NLTK has no lighter entry point, and no maintained
package ships Punkt on its own. Measured (2026-12-06, python 3.11, NLTK 3.10.4): ``import
nltk.tokenize.punkt`` costs 2.0 s of CPU and a 214 MB process; this loader 0.13 s and 26 MB.
A process that also scores readability imports NLTK whole anyway (textstat reads its
``cmudict`` corpus through ``nltk.data``), and then :func:`load` uses the real module; the
saving is for processes that only cut text (lexicon checks and builds, the tests).

framing thus holds a private copy of this module. ``import nltk`` anywhere
else (in the same process, before or after) gets the real, complete NLTK; if
NLTK is already fully imported, :func:`load` simply uses it. The private
classes are the same code as NLTK's, but not the same class objects as a later
full import's (do not pickle the splitter; framing never does).

(Stemming uses the Snowball project's own stemmer, PyStemmer: see
:mod:`framing.lexicon.terms`.)
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import threading
import types

_PACKAGES = ("nltk", "nltk.tokenize")
_MODULES = ("nltk.tokenize.punkt",)
_LOCK = threading.Lock()
_LOADED: dict[str, types.ModuleType] = {}


def _package_dir() -> str:
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("framing needs NLTK (pip install nltk)")
    return next(iter(spec.submodule_search_locations))


def _load_private() -> dict[str, types.ModuleType]:
    root = _package_dir()
    before = set(sys.modules)
    try:
        for name in _PACKAGES:
            stub = types.ModuleType(name, "framing's stand-in: the package __init__ is not run")
            stub.__path__ = [os.path.join(root, *name.split(".")[1:])]
            stub.__package__ = name
            sys.modules[name] = stub
        return {name: importlib.import_module(name) for name in _MODULES}
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]


def load(name: str) -> types.ModuleType:
    """The module ``name`` (``"nltk.tokenize.punkt"``).

    The real module when ``nltk`` is already imported, else a private copy
    loaded without ``nltk/__init__.py`` (see the module docstring).

    Set ``FRAMING_FULL_NLTK=1`` to import NLTK the ordinary way instead.
    """
    if name not in _MODULES:
        raise ValueError(f"framing.text.punkt loads only {', '.join(_MODULES)}, not {name!r}")
    real = sys.modules.get("nltk")
    if real is not None and getattr(real, "__spec__", None) is not None and hasattr(real, "data"):
        return importlib.import_module(name)  # the complete NLTK is there: use it
    if os.environ.get("FRAMING_FULL_NLTK"):
        return importlib.import_module(name)
    with _LOCK:
        if not _LOADED:
            try:
                _LOADED.update(_load_private())
            except Exception:  # an NLTK release whose modules need their package __init__
                return importlib.import_module(name)
        return _LOADED[name]
