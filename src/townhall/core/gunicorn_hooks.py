"""Gunicorn settings module for ``townhall serve``: a warm application shared by every worker.

The application is loaded once in the arbiter (``preload_app``) and warmed there before any worker
is forked (:mod:`townhall.operations.warmup`): every worker, also one gunicorn restarts later,
starts with the glossary, the known names, the URL configuration, the compiled templates and the
translations in memory, and none accepts a connection cold. The arbiter listens from the start,
so connections that arrive during the warm-up wait in the listen queue and are then answered warm.
"""

from __future__ import annotations

import sys

preload_app = True


def when_ready(server):
    """Warm the application before the workers are forked; then print the address it serves at."""
    from townhall.operations.warmup import warm_before_serving

    warm_before_serving()
    for listener in server.LISTENERS:
        print(f"townhall is serving at {listener}/  (Ctrl+C stops it)", file=sys.stdout, flush=True)


def post_worker_init(worker):
    """Keep what a refilled search vocabulary changes read in the background, not in a visitor's search."""
    from townhall.operations.warmup import keep_warm

    keep_warm()
