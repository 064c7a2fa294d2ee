"""Python's garbage collector around loading the models a run needs.

Loading NLTK (which textstat imports whole), the CMU Pronouncing Dictionary and VADER's
lexicon creates about 450,000 container objects that live as long as the process. While they
are created, the collector runs full collections over all of them again and again (about
0.5 s of CPU per process, measured 2026-12-06), and later each full collection during the
run walks them again (about 0.25 s each) although none of them is ever garbage.
:func:`loading` pauses the collector while they load and can then move them out of its way
with :func:`gc.freeze` (Python's own tool for long-lived start-up objects): a later
collection looks only at what the articles create. Frozen objects are never collected until
:func:`gc.unfreeze`, so only a process that framing owns (a worker of the local engine) or a
run that unfreezes at its end (``--jobs 1``) freezes; no result depends on any of this.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading(*, freeze: bool = False) -> Iterator[None]:
    """Pause garbage collection while the body loads long-lived objects; with ``freeze``,
    leave every object that exists at its end out of later collections (:func:`gc.freeze`).

    Examples
    --------
    >>> import gc
    >>> with loading():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def thaw() -> None:
    """Return frozen objects to the collector (:func:`gc.unfreeze`), at the end of a run."""
    gc.unfreeze()


__all__ = ["loading", "thaw"]
