"""The ``framing`` command line: a thin shell over the public API.

- :mod:`.entry` — the console script, which answers Ctrl-C before anything heavy is imported;
- :mod:`.commands` — the ``framing`` group with ``analyze`` and ``report``;
- :mod:`.lexicon` — ``framing lexicon ...``; :mod:`.learn` — ``evaluate``, ``train`` and
  ``lexicon calibrate`` (imported when first asked for);
- :mod:`.options` — option types and checks shared by the commands.

``main`` and ``cli`` are imported from :mod:`.commands` on first use, so that importing this
package (as the console script does first) costs nothing.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: it takes 8 ms to import (see framing/__init__.py)
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

__all__ = ["cli", "main"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'framing.cli' has no attribute {name!r}")
    import importlib  # here, not at the top: the console script imports this package first

    value = getattr(importlib.import_module(f"{__name__}.commands"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from .commands import cli, main
