"""The ``framing`` console script: imports the command only once Ctrl-C can be answered.

Importing :mod:`framing.cli.commands` takes a moment (click, the lexicon commands); a Ctrl-C
in that moment would otherwise print the import's traceback. Here it is noted while the
import runs, and answered after it with the same one line as a Ctrl-C later on and exit
code 130. (Before this module runs, Python starts and the console script imports ``re``
and the small ``framing`` and ``framing.cli`` packages, about 15 ms: a Ctrl-C there is
Python's, and prints its traceback.) Everything else is
:func:`framing.cli.commands.main`. An interrupted run (130, 143) ends with ``os._exit`` once
:func:`framing.cli.commands.main` has returned, after its outputs were cleaned up: the
interpreter's exit handlers would join the worker pool's manager thread, which a
pool cut off mid-task could leave waiting for ever (a hang seen about once in seven
Ctrl-Cs).
"""

from __future__ import annotations

import os
import signal
import sys

_INTERRUPTED = "interrupted; no partial output was left behind\n"


def main() -> int:
    """Entry point of the ``framing`` console script."""
    noted: list[int] = []
    # while the command is imported, a Ctrl-C is noted and answered once the import is done
    # (raised in the middle of an import, it would print that import's traceback)
    previous = signal.signal(signal.SIGINT, lambda signum, frame: noted.append(signum))
    try:
        from .commands import main as cli_main
    except KeyboardInterrupt:  # pragma: no cover - a SIGINT raised before the handler above
        noted.append(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, previous)
    if noted:
        sys.stderr.write(_INTERRUPTED)
        return 130
    code = cli_main()
    if code in (130, 143):  # interrupted: the output is cleaned up already (the run unwound);
        sys.stdout.flush()  # leave now rather than wait on the worker pool's exit handlers
        sys.stderr.flush()  # (a pool cut off mid-task can keep them waiting for ever)
        os._exit(code)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
