"""Measure server time of the staff pages on an archive of 100k papers with council work done in townhall.

Usage:  .venv/bin/python bench/clerk_pages.py [--papers 100000] [--drafts 2000] [--requests 60] [--keep DIR] [--write]

Builds (or reuses, with --keep) the generated archive of bench/web.py, then adds council work through
the council services in one municipality: drafted papers routed through a committee to the council and
submitted, committee meetings with agendas built from them, decisions on a past meeting and action
items. It signs in an administrator, a committee secretary and a case handler and times GET requests
of every staff page through Django's test client (server time: routing, queries, templates; no
network). Prints median and 95th percentile per page with the load average; --write stores the
table in bench/results/clerk_pages.md (SQLite) or clerk_pages_postgresql.md (with TOWNHALL_DATABASE_URL).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

BODY = "bergstadt"


def council_work(drafts: int) -> dict:
    """Add drafted, routed and scheduled papers, meetings, a decided meeting and action items (once per data directory)."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from townhall.core.models import Body, Organization
    from townhall.council.models import ActionItem, MeetingRecord, Role, StaffRole, StepRole
    from townhall.council.services import actions, meetings, papers
    from townhall.council.services.routes import StepPlan, route_set

    users = get_user_model().objects
    body = Body.objects.get(slug=BODY)
    committee, other = Organization.objects.filter(body=body, classification="committee").order_by("pk")[:2]
    council, _ = Organization.objects.get_or_create(body=body, name="Rat der Stadt Bergstadt", defaults={"classification": "council"})
    unit, _ = Organization.objects.get_or_create(body=body, name="Amt für Stadtplanung", defaults={"classification": "department"})
    if users.filter(username="bench-admin").exists():
        admin = users.get(username="bench-admin")
    else:
        admin = users.create(username="bench-admin")
        StaffRole.objects.create(user=admin, role=Role.ADMINISTRATOR, body=body)
        secretary = users.create(username="bench-secretary")
        StaffRole.objects.create(user=secretary, role=Role.SECRETARY, body=body, organization=committee)
        handler = users.create(username="bench-handler")
        StaffRole.objects.create(user=handler, role=Role.CASE_HANDLER, body=body, organization=unit)
        started = time.perf_counter()
        now = timezone.now()
        upcoming = [meetings.meeting_create(by=admin, organization=committee, start=now + timedelta(days=7 * (n + 1)))
                    for n in range(4)]
        past = meetings.meeting_create(by=admin, organization=other, start=now + timedelta(days=1))
        for n in range(drafts):
            paper = papers.paper_draft(by=handler, body=body, name=f"Vorlage {n + 1}: Ausbau des Radwegs, Abschnitt {n + 1}",
                                       kind="proposal", unit=unit,
                                       recommendation="Die Verwaltung empfiehlt, dem Ausbau zuzustimmen.")
            if n % 3 == 0:
                continue  # a third stay drafts
            route_set(by=handler, paper=paper, steps=[StepPlan(committee, StepRole.PRELIMINARY), StepPlan(council, StepRole.DECISION)])
            papers.paper_submit(by=handler, paper=paper)
            if n % 3 == 1 and n < 120:
                meetings.agenda_add_paper(by=admin, meeting=upcoming[n % 4], paper=paper)
            if n % 20 == 2 or n % 20 == 11:
                actions.action_create(by=admin, body=body, title=f"Ausschreibung Abschnitt {n + 1} vorbereiten", paper=paper,
                                      owner_unit=unit, due=now.date() + timedelta(days=(n % 40) - 20))
        # One meeting of the other committee with a free item stays to be minuted.
        meetings.agenda_add_item(by=admin, meeting=past, name="Mitteilungen der Verwaltung")
        print(f"council work: {drafts} drafts, {ActionItem.objects.count()} action items, "
              f"{MeetingRecord.objects.count()} meetings in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    routed_drafts(body, committee, other, council, users.get(username="bench-handler"))
    return {
        "body": body, "committee": committee, "users": {name: users.get(username=f"bench-{name}") for name in ("admin", "secretary", "handler")},
    }


def routed_drafts(body, committee, other, council, handler, count: int = 200) -> None:
    """Plan a whole route for *count* drafts, the first step aimed at a coming meeting (once per data directory).

    The route form then has three steps with an organization each, two of them committees with
    their coming meetings: the paper page at its fullest.
    """
    from townhall.council.models import PaperRecord, PaperStatus, RouteStep, StepRole
    from townhall.council.selectors import coming_meetings
    from townhall.council.services.routes import StepPlan, route_set

    drafts = PaperRecord.objects.filter(body=body, status=PaperStatus.DRAFT, paper__name__startswith="Vorlage ")
    unrouted = drafts.exclude(paper__in=RouteStep.objects.values("consultation__paper")).select_related("paper")
    if drafts.count() - unrouted.count() >= count:
        return
    aimed = coming_meetings(committee.pk).first()
    for record in unrouted.order_by("pk")[:count]:
        route_set(by=handler, paper=record.paper, steps=[
            StepPlan(committee, StepRole.PRELIMINARY, aimed), StepPlan(other, StepRole.PRELIMINARY),
            StepPlan(council, StepRole.DECISION)])


def pages(work: dict) -> dict:
    """Return the staff pages to time: name → (who asks, a function giving the next path)."""
    from townhall.council.models import ActionItem, MeetingRecord, PaperRecord, PaperStatus

    rng = random.Random(11)
    body, committee = work["body"], work["committee"]
    records = list(PaperRecord.objects.filter(paper__body=body).values_list("paper_id", flat=True))
    routed = list(PaperRecord.objects.filter(body=body, status=PaperStatus.DRAFT, paper__consultations__deleted=False)
                  .values_list("paper_id", flat=True).distinct())
    meetings = list(MeetingRecord.objects.filter(organization=committee).values_list("meeting_id", flat=True))
    any_meeting = list(MeetingRecord.objects.values_list("meeting_id", flat=True))
    action_ids = list(ActionItem.objects.values_list("pk", flat=True))
    slug = body.slug
    return {
        "home": ("admin", lambda: "/staff/"),
        "papers": ("admin", lambda: f"/staff/bodies/{slug}/papers/"),
        "papers, drafts only": ("handler", lambda: f"/staff/bodies/{slug}/papers/?status=draft"),
        "paper": ("handler", lambda: f"/staff/papers/{rng.choice(records)}/"),
        "paper, draft with a whole route": ("handler", lambda: f"/staff/papers/{rng.choice(routed)}/"),
        "route step's meetings (htmx)": ("handler", lambda: f"/staff/papers/{rng.choice(routed)}/route/meetings/"
                                                            f"?route-3-organization={committee.pk}"),
        "paper versions": ("handler", lambda: f"/staff/papers/{rng.choice(records)}/versions/"),
        "new paper form": ("handler", lambda: f"/staff/bodies/{slug}/papers/new/"),
        "action items": ("admin", lambda: f"/staff/bodies/{slug}/actions/"),
        "action item": ("admin", lambda: f"/staff/actions/{rng.choice(action_ids)}/"),
        "committee meetings": ("secretary", lambda: f"/staff/committees/{committee.pk}/meetings/"),
        "meeting with agenda": ("secretary", lambda: f"/staff/meetings/{rng.choice(meetings)}/"),
        "minutes (draft)": ("admin", lambda: f"/staff/meetings/{rng.choice(any_meeting)}/minutes/"),
        "roles": ("admin", lambda: f"/staff/bodies/{slug}/roles/"),
        "hearings": ("admin", lambda: "/staff/hearings/"),
        "events": ("admin", lambda: "/staff/events/"),
    }


def measure(work: dict, requests: int) -> dict[str, tuple[str, list[float], list[float], list[int]]]:
    """Time each page; return who asked, wall and CPU milliseconds of this process, and status codes per page.

    On a shared machine the wall time counts the waits for a core; the CPU time of the process
    (SQLite runs in it, PostgreSQL does not) is the work the page itself costs.
    """
    from django.test import Client

    clients = {}
    for name, user in work["users"].items():
        clients[name] = Client()
        clients[name].force_login(user)
    out = {}
    for name, (who, path) in pages(work).items():
        # Each page answers 200; a 404 or 405 would time an error page instead.
        client = clients[who]
        for _ in range(3):
            client.get(path())
        wall, cpu, codes = [], [], []
        for _ in range(requests):
            target = path()
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(target)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            codes.append(response.status_code)
        out[name] = (who, wall, cpu, codes)
    return out


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(timings, papers: int, drafts: int, requests: int) -> str:
    from django.db import connection
    from django.utils import timezone

    from townhall.core.models import AgendaItem
    from townhall.council.models import ActionItem, MeetingRecord

    load = os.getloadavg()
    lines = [
        f"# Clerk: staff pages at 100k papers ({connection.vendor})",
        "",
        f"Command: `{'' if connection.vendor == 'sqlite' else 'TOWNHALL_DATABASE_URL=postgresql://… '}"
        f".venv/bin/python bench/clerk_pages.py --papers {papers} --drafts {drafts} --requests {requests} --write`",
        f"Measured {timezone.now():%Y-%m-%d %H:%M} UTC, database {connection.vendor}, load average "
        f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1/5/15 min) at the end: the machine was shared, so times are upper bounds.",
        f"Data: the generated archive of bench/web.py ({papers:,} papers in three municipalities) plus council work in one "
        f"through the services: {drafts} drafted papers (two thirds routed and submitted), {AgendaItem.objects.filter(meeting__council__isnull=False).count()} "
        f"items on {MeetingRecord.objects.count()} committee agendas, {ActionItem.objects.count()} action items. "
        "Server time through Django's test client, signed in as the role named.",
        "Target: p95 ≤ 150 ms on every staff page.",
        "",
        "| page | signed in as | requests | status | median ms | p95 ms | CPU median ms | CPU p95 ms |",
        "|---|---|---:|---|---:|---:|---:|---:|",
    ]
    for name, (who, wall, cpu, codes) in timings.items():
        status = "/".join(str(code) for code in sorted(set(codes)))
        lines.append(f"| {name} | {who} | {len(wall)} | {status} | {statistics.median(wall):.1f} | {percentile(wall, 0.95):.1f} "
                     f"| {statistics.median(cpu):.1f} | {percentile(cpu, 0.95):.1f} |")
    worst = max(percentile(wall, 0.95) for _, wall, _, _ in timings.values())
    worst_cpu = max(percentile(cpu, 0.95) for _, _, cpu, _ in timings.values())
    lines += ["", f"Slowest page p95: {worst:.1f} ms wall, {worst_cpu:.1f} ms CPU of the serving process "
              "(the CPU time leaves out the waits for a core on a loaded machine; with PostgreSQL it leaves out the database's own work)."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--keep", type=Path, help="Use (and keep) this data directory instead of a temporary one.")
    parser.add_argument("--write", action="store_true", help="Also write the table to bench/results/clerk_pages.md.")
    args = parser.parse_args()

    from bench.web import generate, reindex, setup_django

    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="townhall-bench-staff-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_django(data_dir)
    if generate(args.papers):
        reindex()
    work = council_work(args.drafts)
    timings = measure(work, args.requests)
    text = report(timings, args.papers, args.drafts, args.requests)
    print(text)
    if args.write:
        from django.db import connection

        name = "clerk_pages.md" if connection.vendor == "sqlite" else f"clerk_pages_{connection.vendor}.md"
        (ROOT / "bench" / "results" / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
