"""Measure search: index build time, index size, and latency of a mixed query set with facets.

Usage (from the checkout, with the virtualenv):

    .venv/bin/python bench/search.py --papers 100000                     # SQLite in a fresh data dir
    .venv/bin/python bench/search.py --papers 1000000 --work /tmp/th-bench-1m
    source scripts/postgres.sh; start_postgres
    TOWNHALL_DATABASE_URL=$PG_URL .venv/bin/python bench/search.py --papers 100000

Papers come from the corpus generator (``iter_papers``) and are written straight into the
tables with bulk inserts (no ingest): one body per municipality, one lead committee per
paper (for the committee facet). Then ``indexing.rebuild`` builds the index with
``--workers`` analysing processes. Each query of ``QUERIES`` runs ``--rounds`` times through
``search_papers`` (anonymous user, page of 20, every facet, snippets) and once more as the
bare engine query (FTS5 MATCH or tsquery, best 20 by rank) so townhall's own share shows.

Beside wall time each search's CPU time is reported: the client's (``time.process_time``)
plus, on PostgreSQL, that of the backend process serving the connection (``pg_backend_pid``,
read from ``/proc``). Wall time on a shared machine mostly measures the wait for a core; CPU
time tells whether a change makes a search cheaper whatever else runs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The mixed query set: (query, filters, sort).
QUERIES: list[tuple[str, dict, str]] = [
    ("integrationskonference", {}, "relevance"),
    ("Integrationskonferenz", {}, "relevance"),
    ("Arbeitsmarktintegration Migranten", {}, "relevance"),
    ("høring integrationspolitik 2010", {}, "relevance"),
    ("conference Dublin", {}, "relevance"),
    ("budget", {}, "relevance"),
    ("Haushalt OR budget", {}, "relevance"),
    ('"city council"', {}, "relevance"),
    ("klima*", {}, "relevance"),
    ("skole -ungdom", {}, "relevance"),
    ("Sprachförderung Kindertagesstätten", {}, "relevance"),
    ("mentorindsatsen flygtninge", {}, "relevance"),
    ("flood risk strategy", {}, "relevance"),
    ("FRC/2021/065", {}, "relevance"),
    ("Wohnungsbau", {"language": "de"}, "relevance"),
    ("library", {"date_from": "2015-01-01", "date_to": "2019-12-31"}, "relevance"),
    ("Beschäftigungsförderung", {}, "date"),
    ("Ensomhed ældre", {"kind": "proposal"}, "relevance"),
    ("Tempo 30", {}, "relevance"),
    ("Photovoltaik Dächer", {}, "relevance"),
    ("council house building", {}, "relevance"),
    ("hjemmeplejen", {}, "relevance"),
    ("Kommune", {}, "relevance"),
    ("Stadt", {"date_from": "2020-01-01"}, "date"),
    # Searches that find little: a typo (corrected from the vocabulary), words no paper holds
    # together (papers with most of them), a quoted whole word, a first compound part.
    ("integrationskonferance", {}, "relevance"),
    ("budget zanzibarkonferencen", {}, "relevance"),
    ('"Konferenz"', {}, "relevance"),
    ("Stadtbibliothek", {}, "relevance"),
]


def _setup(work: Path) -> None:
    os.environ.setdefault("TOWNHALL_DATA_DIR", str(work))
    os.environ["DJANGO_SETTINGS_MODULE"] = "townhall.settings"
    os.environ.setdefault("TOWNHALL_ALLOWED_HOSTS", "testserver,localhost")
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _row(number: int, seed: int) -> tuple:
    from bench.corpus import make_paper

    paper = make_paper(number, seed)
    truth = paper.truth
    refs = truth.get("references") or {}
    day = truth.get("date") or next((c["date"] for c in truth.get("consultations") or [] if c.get("date")), None)
    committee = (truth.get("addressees") or [None])[0] or next(
        (c["organization"] for c in truth.get("consultations") or []), None
    )
    reference = refs.get("paper") or refs.get("case") or refs.get("document") or ""
    return (
        number, paper.language, paper.kind, truth.get("title") or "", paper.text, day,
        reference, truth.get("municipality") or "Unknown", committee,
        {"references": {k: refs.get(k) for k in ("case", "document", "paper")}},
    )


def _rows(start: int, count: int, seed: int) -> list[tuple]:
    return [_row(number, seed) for number in range(start, start + count)]


def load_papers(n: int, seed: int, workers: int, batch: int = 5000) -> float:
    """Bulk-insert ``n`` generated papers; return the seconds it took."""
    from django.db import transaction

    from townhall.core.models import Body, File, Organization, Paper
    from townhall.core.services import body_create

    started = time.perf_counter()
    bodies: dict[str, Body] = {}
    committees: dict[tuple[str, str], int] = {}
    through = Paper.under_direction_of.through
    context = multiprocessing.get_context("fork")
    chunks = [(start, min(batch, n - start), seed) for start in range(0, n, batch)]
    with context.Pool(workers) as pool:
        for done, rows in enumerate(pool.imap(_rows_star, chunks), start=1):
            with transaction.atomic():
                for row in rows:
                    name = row[7]
                    if name not in bodies:
                        bodies[name] = body_create(name=name, language=row[1])
                    if row[8] and (name, row[8]) not in committees:
                        committees[(name, row[8])] = Organization.objects.create(body=bodies[name], name=row[8][:500]).pk
                files = File.objects.bulk_create(
                    [File(body=bodies[r[7]], name=r[3][:500], text=r[4], language=r[1]) for r in rows]
                )
                papers = Paper.objects.bulk_create(
                    [
                        Paper(
                            body=bodies[r[7]], name=r[3][:1000], reference=r[6][:200], kind=r[2], language=r[1],
                            date=date.fromisoformat(r[5]) if r[5] else None, main_file=f, card=r[9],
                        )
                        for r, f in zip(rows, files)
                    ]
                )
                through.objects.bulk_create(
                    [
                        through(paper_id=p.pk, organization_id=committees[(r[7], r[8])])
                        for r, p in zip(rows, papers)
                        if r[8]
                    ]
                )
            print(f"  loaded {min(done * batch, n)} / {n}", file=sys.stderr, flush=True)
    return time.perf_counter() - started


def replicate(copies: int) -> float:
    """Copy every paper, its lead committees and its index entry ``copies`` times with shifted ids; return seconds.

    The copies keep body, kind, language, date, text and analysed terms, so every query
    matches exactly ``copies + 1`` times as many papers and term statistics keep their
    proportions. It builds a large archive in minutes instead of hours of analysis.
    """
    from django.db import connection, transaction

    from townhall.core.models import Paper

    started = time.perf_counter()
    through = Paper.under_direction_of.through._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SELECT MAX(id) FROM core_paper")
        shift = int(cursor.fetchone()[0])
        columns = [c.name for c in connection.introspection.get_table_description(cursor, "core_paper") if c.name != "id"]
    names = ", ".join(f'"{c}"' for c in columns)
    for copy in range(1, copies + 1):
        offset = shift * copy
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO core_paper (id, {names}) SELECT id + %s, {names} FROM core_paper WHERE id <= %s",
                [offset, shift],
            )
            cursor.execute(
                f"INSERT INTO {through} (paper_id, organization_id) SELECT paper_id + %s, organization_id "
                f"FROM {through} WHERE paper_id <= %s",
                [offset, shift],
            )
            if connection.vendor == "sqlite":
                cursor.execute(
                    "INSERT INTO search_paper_fts (rowid, title, reference, body, extras, title_parts) "
                    "SELECT rowid + %s, title, reference, body, extras, title_parts FROM search_paper_fts WHERE rowid <= %s",
                    [offset, shift],
                )
            else:
                cursor.execute(
                    "INSERT INTO search_paper_vector (paper_id, vector, length) SELECT paper_id + %s, vector, length "
                    "FROM search_paper_vector WHERE paper_id <= %s",
                    [offset, shift],
                )
        print(f"  copy {copy} / {copies}", file=sys.stderr, flush=True)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO search_paper_fts (search_paper_fts) VALUES ('optimize')")
            cursor.execute("ANALYZE")
        else:
            cursor.execute("SELECT setval(pg_get_serial_sequence('core_paper', 'id'), (SELECT MAX(id) FROM core_paper))")
            cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def _rows_star(arguments: tuple) -> list[tuple]:
    return _rows(*arguments)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _database_pid() -> int | None:
    """Return the process id of the PostgreSQL backend serving this connection (None on SQLite)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return int(cursor.fetchone()[0])


def _process_cpu_seconds(pid: int | None) -> float:
    """Return the CPU time (user and system) process ``pid`` has spent so far; 0 without one.

    ``/proc/PID/schedstat`` counts nanoseconds on a CPU; ``/proc/PID/stat`` (clock ticks of
    10 ms) serves where the kernel keeps no scheduler statistics.
    """
    if pid is None:
        return 0.0
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class CpuClock:
    """Measure the CPU a piece of work costs this process and its database backend, apart from waiting.

    On a loaded machine wall time mostly measures the wait for a core; the CPU time spent
    by the client (``time.process_time``) and by the PostgreSQL backend serving it
    (``pg_backend_pid``, read from ``/proc``) is what the work itself costs.
    """

    def __init__(self) -> None:
        self.pid = _database_pid()

    def now(self) -> tuple[float, float]:
        """Return (client seconds, database seconds) spent so far."""
        return time.process_time(), _process_cpu_seconds(self.pid)


def measure(rounds: int, raw_engine: bool = True) -> dict:
    """Run the query set; return latency and CPU figures in milliseconds."""
    from townhall.search.analyzers import LANGUAGES
    from townhall.search.backends import get_backend
    from townhall.search.selectors import search_papers

    backend = get_backend()
    full: list[float] = []
    raw: list[float] = []
    cpu: list[float] = []
    per_query = []
    for query, filters, sort in QUERIES:  # warm caches and the analysis of each query
        search_papers(query=query, user=None, filters=filters, sort=sort)
    clock = CpuClock()
    for query, filters, sort in QUERIES:
        times, client_cpu, database_cpu = [], [], []
        for _ in range(rounds):
            client_before, database_before = clock.now()
            started = time.perf_counter()
            results = search_papers(query=query, user=None, filters=filters, sort=sort)
            times.append((time.perf_counter() - started) * 1000)
            client_after, database_after = clock.now()
            client_cpu.append((client_after - client_before) * 1000)
            database_cpu.append((database_after - database_before) * 1000)
        totals = [c + d for c, d in zip(client_cpu, database_cpu)]
        cpu.extend(totals)
        expression = backend.render(query, LANGUAGES, True)
        raw_times = []
        for _ in range(rounds):
            started = time.perf_counter()
            if expression and raw_engine:
                backend.search(expression, limit=20)
            raw_times.append((time.perf_counter() - started) * 1000)
        full.extend(times)
        raw.extend(raw_times)
        per_query.append((query, filters, results.total, statistics.median(times), statistics.median(raw_times),
                          _percentile(times, 0.95), results.approximate, statistics.median(totals),
                          statistics.median(database_cpu), statistics.median(client_cpu)))
    return {
        "median": statistics.median(full),
        "p95": _percentile(full, 0.95),
        "cpu_median": statistics.median(cpu),
        "cpu_p95": _percentile(cpu, 0.95),
        "cpu_database": clock.pid is not None,
        "raw_median": statistics.median(raw),
        "raw_p95": _percentile(raw, 0.95),
        "per_query": per_query,
    }


def measure_web(rounds: int) -> dict:
    """Time the web search page (``/search/``) for the query set through Django's test client."""
    from urllib.parse import urlencode

    from django.test import Client

    client = Client()
    urls = []
    for query, filters, sort in QUERIES:
        params = {"q": query, **filters}
        if sort != "relevance":
            params["sort"] = "newest"
        urls.append("/search/?" + urlencode(params))
    for url in urls:  # warm templates and caches
        assert client.get(url).status_code == 200, url
    times = []
    for url in urls:
        for _ in range(rounds):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
    return {"median": statistics.median(times), "p95": _percentile(times, 0.95)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", type=Path, default=None, help="Data directory (default: a new one under /tmp).")
    parser.add_argument("--skip-load", action="store_true", help="Reuse the papers already in the database.")
    parser.add_argument("--skip-index", action="store_true", help="Reuse the index already built.")
    parser.add_argument("--web", action="store_true", help="Also time the web search page.")
    parser.add_argument("--no-raw", action="store_true", help="Do not time the bare engine query (RUM order of the whole query).")
    parser.add_argument(
        "--replicate", type=int, default=0,
        help="After loading and indexing, copy every paper and its index entry this many times (bulk SQL).",
    )
    args = parser.parse_args()
    work = args.work or Path(f"/tmp/th-bench-search-{args.papers}")
    work.mkdir(parents=True, exist_ok=True)
    _setup(work)
    from django.db import connection

    from townhall.core.models import Paper
    from townhall.search import indexing
    from townhall.search.backends import get_backend

    backend = get_backend()
    print(f"# search benchmark: {args.papers} papers, {connection.vendor}, {os.cpu_count()} cores")
    if not args.skip_load:
        seconds = load_papers(args.papers, args.seed, args.workers)
        print(f"load (bulk insert, not measured as search): {seconds:.0f} s")
    papers = Paper.objects.count()
    if not args.skip_index:
        started = time.perf_counter()
        indexing.rebuild(workers=args.workers, progress=None)
        build = time.perf_counter() - started
        print(f"index build: {build:.0f} s for {papers} papers ({papers / build:.0f} papers/s, {args.workers} workers)")
    if args.replicate:
        seconds = replicate(args.replicate)
        papers = Paper.objects.count()
        print(f"replicated to {papers} papers (papers and index entries copied by SQL): {seconds:.0f} s")
    if backend.statistics_stale():
        started = time.perf_counter()
        backend.refresh_statistics()
        print(f"term statistics refreshed: {time.perf_counter() - started:.1f} s")
    size = backend.size_bytes()
    print(f"index size: {size / 1_048_576:.0f} MB" if size is not None else "index size: unknown")
    load_before = os.getloadavg()
    figures = measure(args.rounds, raw_engine=not args.no_raw)
    load_after = os.getloadavg()
    print(f"papers: {papers}")
    print("load average (1, 5, 15 min) before measuring: {:.2f} {:.2f} {:.2f}, after: {:.2f} {:.2f} {:.2f}".format(
        *load_before, *load_after))
    print(
        f"search_papers (page of 20 + facets + snippets): median {figures['median']:.1f} ms, "
        f"p95 {figures['p95']:.1f} ms"
    )
    cpu_label = "client + database backend" if figures["cpu_database"] else "client process"
    print(f"search_papers CPU ({cpu_label}): median {figures['cpu_median']:.1f} ms, p95 {figures['cpu_p95']:.1f} ms")
    if not args.no_raw:
        print(f"raw engine query (best 20): median {figures['raw_median']:.1f} ms, p95 {figures['raw_p95']:.1f} ms")
        print(f"overhead ratio (median): {figures['median'] / max(figures['raw_median'], 0.001):.1f}x")
    if args.web:
        web = measure_web(args.rounds)
        print(f"web search page /search/ (server time): median {web['median']:.1f} ms, p95 {web['p95']:.1f} ms")
    print("\n| query | filters | matches | wall median ms | wall p95 ms | CPU median ms | database CPU ms "
          "| client CPU ms | raw engine median ms |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for query, filters, total, full, raw, p95, approximate, cpu, database, client in figures["per_query"]:
        shown = ", ".join(f"{k}={v}" for k, v in filters.items())
        print(f"| `{query}` | {shown} | {total}{'+' if approximate else ''} | {full:.1f} | {p95:.1f} | {cpu:.1f} "
              f"| {database:.1f} | {client:.1f} | {raw:.1f} |")


if __name__ == "__main__":
    main()
