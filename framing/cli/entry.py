"""The ``framing`` console script: imports the command only once Ctrl-C can be answered.

Importing :mod:`framing.cli.commands` takes a moment (click, the lexicon commands); a Ctrl-C
in that moment would otherwise print the import's traceback. Here it prints the
same one line as a Ctrl-C later on and exits 130; everything else is
:func:`framing.cli.commands.main`. An interrupted run (130, 143) ends with ``os._exit`` once
:func:`framing.cli.commands.main` has returned, after its outputs were cleaned up: the
interpreter's exit handlers would join the worker pool's manager thread, which a
pool cut off mid-task could leave waiting for ever (a hang seen about once in seven
Ctrl-Cs).
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    """Entry point of the ``framing`` console script."""
    try:
        from .commands import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; no partial output was left behind\n")
        return 130
    code = cli_main()
    if code in (130, 143):  # interrupted: the output is cleaned up already (the run unwound);
        sys.stdout.flush()  # leave now rather than wait on the worker pool's exit handlers
        sys.stderr.flush()  # (a pool cut off mid-task can keep them waiting for ever)
        os._exit(code)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
