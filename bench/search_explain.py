"""Time every statement ``search_papers`` sends for the benchmark queries; explain the slowest.

Usage (PostgreSQL, an archive built by ``bench/search.py``):

    TOWNHALL_DATABASE_URL=postgresql://.../bench1m .venv/bin/python bench/search_explain.py \\
        --work /tmp/pg1m [--query klima*] [--explain-above 50] [--rounds 2]

Each query of ``bench.search.QUERIES`` (or the one given) runs ``--rounds`` times through
``search_papers``; every statement of the last round is timed through a database execute
wrapper and printed with its share and the CPU time the PostgreSQL backend and the parallel
workers it started spent on it (read from ``/proc``), the slowest by CPU first. Statements
slower than ``--explain-above`` ms are run once more under ``EXPLAIN (ANALYZE, BUFFERS)``, with
the planner settings the search sent before them in the same transaction, and the plan is printed.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from bench.search import QUERIES, CpuClock, _setup  # noqa: E402

_SET_RE = re.compile(r"^\s*(SET LOCAL|SELECT set_config\()", re.I)


class _Recorder:
    """An execute wrapper that keeps (ms, sql, params, settings, backend CPU ms) of each statement."""

    def __init__(self) -> None:
        self.statements: list[tuple[float, str, object, tuple[str, ...], float]] = []
        self.settings: list[str] = []
        self.clock: CpuClock | None = None

    def _cpu(self) -> float:
        return self.clock.now()[1] if self.clock is not None else 0.0

    def __call__(self, execute, sql, params, many, context):
        if _SET_RE.match(sql):
            settings, _, statement = sql.partition(";\n")
            self.settings.append(settings)
            if not statement:
                return execute(sql, params, many, context)
            # Settings sent in one message with the statement they serve: explained apart, as before.
            return self._timed(execute, sql, params, many, context, statement)
        return self._timed(execute, sql, params, many, context, sql)

    def _timed(self, execute, sql, params, many, context, statement):
        cpu = self._cpu()
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            spent = (self._cpu() - cpu) * 1000
            # The settings a search sends stand right before the statement they serve.
            self.statements.append((elapsed, statement, params, tuple(self.settings), spent))
            self.settings = []

    def reset(self) -> None:
        self.statements = []
        self.settings = []


def _explain(sql: str, params, settings: tuple[str, ...]) -> str:
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        for setting in settings:
            cursor.execute(setting)
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        transaction.set_rollback(True)
    return plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--query", action="append", help="only these queries (as in QUERIES)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--explain-above", type=float, default=50.0, help="explain statements slower than this (ms)")
    parser.add_argument("--show-sql", action="store_true")
    args = parser.parse_args()
    _setup(args.work)
    from django.db import connection

    from townhall.search.selectors import search_papers

    chosen = [q for q in QUERIES if not args.query or q[0] in args.query]
    recorder = _Recorder()
    recorder.clock = CpuClock()
    for query, filters, sort in chosen:
        for _ in range(args.rounds - 1):
            search_papers(query=query, user=None, filters=filters, sort=sort)
        recorder.reset()
        with connection.execute_wrapper(recorder):
            started = time.perf_counter()
            results = search_papers(query=query, user=None, filters=filters, sort=sort)
            total = (time.perf_counter() - started) * 1000
        statements = list(recorder.statements)
        spent = sum(s[0] for s in statements)
        cpu = sum(s[4] for s in statements)
        print(f"\n## {query!r} {filters or ''} {sort}: {total:.1f} ms, {len(statements)} statements "
              f"({spent:.1f} ms in the database, {cpu:.1f} ms of its CPU), "
              f"{results.total} matches{'+' if results.approximate else ''}")
        for elapsed, sql, params, settings, used in sorted(statements, key=lambda s: -s[4])[:8]:
            shown = " ".join(sql.split())
            print(f"  {elapsed:8.1f} ms  {used:7.1f} ms CPU  {shown[:160] if not args.show_sql else shown}")
        for elapsed, sql, params, settings, _used in statements:
            if elapsed >= args.explain_above and sql.lstrip().upper().startswith("SELECT"):
                print(f"\n### {elapsed:.1f} ms: {' '.join(sql.split())[:300]}")
                print(f"params: {str(params)[:300]}")
                print(_explain(sql, params, settings))


if __name__ == "__main__":
    main()
