"""Set-up of each worker process of the LocalCluster ``--engine dask`` starts (a Dask preload).

A terminal sends Ctrl-C to every process of the foreground group, the cluster's worker
processes included; each would print a KeyboardInterrupt traceback. The run answers
Ctrl-C in its own process and closes the cluster, so a worker ignores it
(:func:`dask_setup`, run by Dask in each worker as it starts).
"""

from __future__ import annotations

import signal
import threading
from typing import Any


def dask_setup(worker: Any) -> None:
    """Ignore Ctrl-C in this worker process (called by Dask with the worker)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


__all__ = ["dask_setup"]
