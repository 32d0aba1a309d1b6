"""Gunicorn settings module for ``townhall serve``: says where it serves once the port is bound."""

from __future__ import annotations

import sys


def when_ready(server):
    """Print the address once gunicorn listens, so the line is never seen for a port that failed."""
    for listener in server.LISTENERS:
        print(f"townhall is serving at {listener}/  (Ctrl+C stops it)", file=sys.stdout, flush=True)
