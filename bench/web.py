"""Measure server time of the home, search and paper pages on a generated council of 100k papers.

Usage:  .venv/bin/python bench/web.py [--papers 100000] [--requests 200] [--keep DIR] [--write bench/results/web.md]

Builds a throw-away data directory (SQLite by default; set TOWNHALL_DATABASE_URL for PostgreSQL),
bulk-creates municipalities, committees, meetings, papers with texts, routes and deadlines, then
times requests through Django's test client in this process (server time: URL routing, queries,
template rendering; no network). Prints median and 95th percentile per page.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone as dt_timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

WORDS = {
    "da": ("klimaplan", "boligpolitik", "lokalplan", "skole", "daginstitution", "budget", "høring", "trafiksikkerhed",
           "cykelsti", "ældrepleje", "beskæftigelse", "integration", "affald", "vandløb", "kollektiv", "transport",
           "bibliotek", "idrætshal", "byfornyelse", "energirenovering", "havn", "kommuneplan", "sundhed", "udbud"),
    "de": ("Klimaschutz", "Bebauungsplan", "Kindertagesstätte", "Haushalt", "Radweg", "Schulentwicklung", "Integration",
           "Wohnungsbau", "Straßenbeleuchtung", "Feuerwehr", "Jugendhilfe", "Stadtbibliothek", "Sportstätten",
           "Verkehrsberuhigung", "Abfallwirtschaft", "Denkmalschutz", "Bürgerbeteiligung", "Spielplatz"),
    "en": ("housing", "budget", "planning", "library", "parking", "recycling", "school", "transport", "licensing",
           "homelessness", "leisure", "cycling", "heritage", "flooding", "procurement", "allotments", "playgrounds"),
}
SENTENCES = {
    "da": "Forvaltningen indstiller, at udvalget godkender {a} og {b}. Sagen forelægges byrådet. Der er afsat midler i budgettet til {a}.",
    "de": "Die Verwaltung schlägt vor, {a} und {b} zu beschließen. Die Vorlage wird dem Rat zur Entscheidung vorgelegt. Mittel für {a} sind im Haushalt eingeplant.",
    "en": "Members are asked to approve {a} and {b}. The report goes to Full Council for decision. Funding for {a} is included in the budget.",
}
KINDS = ("proposal", "agenda_item", "notice", "memo", "hearing", "motion", "minutes", "letter")
RESULTS = ("Approved", "einstimmig beschlossen", "Godkendt med 21 stemmer for og 4 imod", "vertagt", "Taget til efterretning",
           "Recommended to Full Council", "abgelehnt", "")


def setup_django(data_dir: Path) -> None:
    os.environ["TOWNHALL_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("TOWNHALL_SECRET_KEY", "bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "townhall.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver"]


def generate(papers: int, seed: int = 7) -> bool:
    """Bulk-create three municipalities with committees, meetings, papers, routes and deadlines (False if already there)."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import transaction

    from townhall.core.services import papers_date_refresh
    from townhall.core.storage import get_storage, sha256_hex

    from townhall.core.models import (
        AgendaItem, Body, Consultation, Deadline, File, Meeting, Membership, Organization, Paper, Person,
    )

    call_command("migrate", verbosity=0)
    if Paper.all_objects.exists():
        return False
    rng = random.Random(seed)
    today = date.today()
    started = time.perf_counter()
    zone = ZoneInfo(settings.TIME_ZONE)
    with transaction.atomic():
        bodies = [
            Body.objects.create(slug=slug, name=name, short_name=short, language=language, country=country)
            for slug, name, short, language, country in (
                ("aby", "Åby Kommune", "Åby", "da", "DK"), ("bergstadt", "Stadt Bergstadt", "Bergstadt", "de", "DE"),
                ("eastford", "Eastford Borough Council", "Eastford", "en", "GB"),
            )
        ]
        organizations = {body.pk: [Organization.objects.create(body=body, name=f"{body.short_name} committee {n}", classification="committee") for n in range(12)] for body in bodies}
        people_by_body = {}
        for body in bodies:
            people = Person.objects.bulk_create([Person(body=body, name=f"Person {n} {body.short_name}", family_name=f"P{n}") for n in range(60)])
            people_by_body[body.pk] = people
            group = Organization.objects.create(body=body, name=f"{body.short_name} group", organization_type="faction")
            Membership.objects.bulk_create(
                [Membership(person=p, organization=rng.choice(organizations[body.pk]), role="Member", start_date=today - timedelta(days=900)) for p in people]
                + [Membership(person=p, organization=rng.choice(organizations[body.pk]), role="Chair", start_date=today - timedelta(days=2000),
                              end_date=today - timedelta(days=901)) for p in people]
                + [Membership(person=p, organization=group, role="Member") for p in people[::2]]
            )
        meetings = []
        for body in bodies:
            for n in range(1500):
                day = today + timedelta(days=rng.randint(-900, 120))
                if n % 4 == 0:
                    # Known only by its date, as meetings made from a paper's route are.
                    meetings.append(Meeting(body=body, name=f"{body.short_name} meeting {n}", start=datetime.combine(day, datetime.min.time(), tzinfo=zone)))
                    continue
                start = datetime.combine(day, datetime.min.time(), tzinfo=dt_timezone.utc) + timedelta(hours=16)
                meetings.append(Meeting(body=body, name=f"{body.short_name} meeting {n}", start=start, end=start + timedelta(hours=2)))
        meetings = Meeting.objects.bulk_create(meetings, batch_size=2000)
        through = Meeting.organizations.through
        through.objects.bulk_create([through(meeting_id=m.pk, organization_id=rng.choice(organizations[m.body_id]).pk) for m in meetings], batch_size=5000)
        attended = Meeting.participants.through
        attended.objects.bulk_create([attended(meeting_id=m.pk, person_id=p.pk) for m in meetings[::3] for p in rng.sample(people_by_body[m.body_id], 8)],
                                     batch_size=5000)
        meetings_by_body = {body.pk: [m for m in meetings if m.body_id == body.pk] for body in bodies}

        batch = 5000
        positions = itertools.count(1)
        for first in range(0, papers, batch):
            rows, files = [], []
            for n in range(first, min(first + batch, papers)):
                body = bodies[n % 3]
                language = body.language
                a, b = rng.sample(WORDS[language], 2)
                text = f"{a.capitalize()} – {b}\n\n" + " ".join(SENTENCES[language].format(a=a, b=b) for _ in range(4))
                files.append(File(body=body, name=f"{a} {b}", file_name=f"paper-{n}.txt", mime_type="text/plain", text=text, language=language, size=len(text)))
                rows.append(Paper(
                    body=body, name=f"{a.capitalize()}: {b} ({n})", reference=f"{2020 + n % 7}-{n:06}", language=language,
                    # About a fifth of real papers give no date; they are dated by their route or file.
                    date=None if rng.random() < 0.2 else today - timedelta(days=rng.randint(0, 2500)),
                    kind=rng.choice(KINDS), public=rng.random() > 0.05,
                    card={"references": {"case": f"{2020 + n % 7}-{n:06}"}, "emails": [], "phones": [], "urls": []},
                ))
            if first == 0:
                # The first papers' texts are stored as files too, for the document page.
                for file in files[:2000]:
                    data = f"{file.file_name}\n\n{file.text}".encode("utf-8")
                    file.sha256, file.storage_name = sha256_hex(data), get_storage().put(data)
            files = File.objects.bulk_create(files)
            for paper, file in zip(rows, files):
                paper.main_file_id = file.pk
            created = Paper.objects.bulk_create(rows)
            consultations, deadlines, items = [], [], []
            for paper in created:
                if rng.random() < 0.3:
                    for position, meeting in enumerate(sorted(rng.sample(meetings_by_body[paper.body_id], 2), key=lambda m: m.start)):
                        consultations.append(Consultation(paper=paper, meeting=meeting, position=position, date=meeting.start.date(), role="Decision"))
                if rng.random() < 0.1:
                    deadlines.append(Deadline(paper=paper, body_id=paper.body_id, date=today + timedelta(days=rng.randint(-200, 200)), purpose="Responses"))
            consultations = Consultation.objects.bulk_create(consultations)
            Consultation.organizations.through.objects.bulk_create([
                Consultation.organizations.through(consultation_id=c.pk, organization_id=rng.choice(organizations[c.paper.body_id]).pk) for c in consultations
            ])
            Deadline.objects.bulk_create(deadlines)
            on_agenda = [c for c in consultations if rng.random() < 0.7]  # the rest reach their meeting through their route only
            for c in on_agenda:
                order = next(positions)  # unique across the run, so never two items share a place on an agenda
                items.append(AgendaItem(meeting_id=c.meeting_id, order=order, number=str(order % 100), name=c.paper.name, public=True,
                                        result=rng.choice(RESULTS)))
            for c, item in zip(on_agenda, AgendaItem.objects.bulk_create(items)):
                c.agenda_item_id = item.pk
            Consultation.objects.bulk_update(on_agenda, ["agenda_item"], batch_size=2000)
            print(f"  {min(first + batch, papers):>7} papers", file=sys.stderr, flush=True)
        papers_date_refresh(Paper.all_objects.all())
    print(f"generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return True


def reindex() -> None:
    """Build the search index over the generated papers, when a search index is installed."""
    if importlib.util.find_spec("townhall.search.indexing") is None:
        return
    from townhall.search.indexing import rebuild

    started = time.perf_counter()
    count = rebuild(workers=os.cpu_count() or 1)
    print(f"indexed {count} papers in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def measure(requests: int, seed: int = 11) -> dict[str, tuple[list[float], list[float]]]:
    """Time GET requests of the pages; return (wall, CPU) milliseconds per page."""
    from django.test import Client

    from townhall.core.models import File, Meeting, Organization, Paper, Person

    rng = random.Random(seed)
    client = Client()
    public_ids = list(Paper.objects.filter(public=True).values_list("pk", flat=True))
    meeting_ids = list(Meeting.objects.values_list("pk", flat=True))
    organization_ids = list(Organization.objects.values_list("pk", flat=True))
    person_ids = list(Person.objects.values_list("pk", flat=True))
    file_ids = list(File.objects.filter(main_of_papers__public=True).exclude(storage_name="").values_list("pk", flat=True))
    today = date.today()
    words = [w for language in WORDS.values() for w in language]
    pages = {
        "home": lambda: "/",
        "search": lambda: f"/search/?q={rng.choice(words)}",
        "search, filtered": lambda: f"/search/?q={rng.choice(words)}&body=bergstadt&sort=newest",
        "search, live (htmx)": lambda: f"/search/?q={rng.choice(words)}&kind=proposal",
        "paper": lambda: f"/papers/{rng.choice(public_ids)}/",
        "meeting": lambda: f"/meetings/{rng.choice(meeting_ids)}/",
        "meeting calendar file": lambda: f"/meetings/{rng.choice(meeting_ids)}/meeting.ics",
        "organization": lambda: f"/organizations/{rng.choice(organization_ids)}/",
        "person": lambda: f"/persons/{rng.choice(person_ids)}/",
        "body": lambda: f"/bodies/{rng.choice(['aby', 'bergstadt', 'eastford'])}/",
        "calendar month": lambda: f"/calendar/{today.year}/{today.month}/",
        "deadlines": lambda: "/deadlines/",
        "document (read in place)": lambda: f"/files/{rng.choice(file_ids)}/read/?q={rng.choice(words)}",
        "about": lambda: "/about/",
        "sitemap index": lambda: "/sitemap.xml",
    }
    timings: dict[str, tuple[list[float], list[float]]] = {}
    for name, url in pages.items():
        for _ in range(5):  # warm caches and template loading
            client.get(url())
        wall, cpu = [], []
        headers = {"HTTP_HX_REQUEST": "true"} if "htmx" in name else {}
        for _ in range(requests):
            path = url()
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path, **headers)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        timings[name] = (wall, cpu)
    return timings


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(timings: dict[str, tuple[list[float], list[float]]], papers: int, requests: int, engine: str, search_impl: str) -> str:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    lines = [
        "# Web pages: server time",
        "",
        f"Command: `.venv/bin/python bench/web.py --papers {papers} --requests {requests}`",
        f"Machine: {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}; database: {engine}.",
        f"Data: {papers:,} generated papers (each with a stored text, a fifth without a date of their own), 4,500 meetings "
        "(a quarter known by date only), routes for ~30 % of papers (70 % of their steps on a published agenda item with a "
        "result), deadlines for ~10 %, 180 people with current and former memberships, groups and attendance.",
        f"Search implementation: `{search_impl}`.",
        "Server time is measured in-process through Django's test client (routing, queries, templates; no network).",
        "Wall time depends on what else the machine runs; CPU time is this process's own work (SQLite runs in-process).",
        f"Load average while measuring: {load}.",
        "",
        "| page | requests | median ms | p95 ms | median CPU ms | p95 CPU ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, (wall, cpu) in timings.items():
        lines.append(
            f"| {name} | {len(wall)} | {statistics.median(wall):.1f} | {percentile(wall, 0.95):.1f} "
            f"| {statistics.median(cpu):.1f} | {percentile(cpu, 0.95):.1f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="Use (and keep) this data directory instead of a temporary one.")
    parser.add_argument("--write", type=Path, help="Also write the Markdown report to this file.")
    parser.add_argument("--reindex", action="store_true", help="Rebuild the search index of a kept data directory.")
    args = parser.parse_args()
    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="townhall-bench-web-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_django(data_dir)
    if generate(args.papers) or args.reindex:
        reindex()
    from townhall.search.statistics import refresh_if_stale

    refresh_if_stale()
    from django.db import connection

    from townhall.search.selectors import search_papers

    timings = measure(args.requests)
    impl = f"{search_papers.__module__}.{search_papers.__name__}"
    text = report(timings, args.papers, args.requests, connection.vendor, impl)
    print(text)
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(text, encoding="utf-8")
    if not args.keep:
        import shutil

        connection.close()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
