"""Time one digest run: 10,000 confirmed follows over 1,000 new papers, every digest queued in the outbox.

Usage:  .venv/bin/python bench/participation.py [--follows 10000] [--papers 1000] [--write bench/results/participation.md]

Builds a throw-away data directory (SQLite by default; set TOWNHALL_DATABASE_URL for PostgreSQL) with
one municipality, 40 committees, 200 people and 2,000 older papers, adds the new papers (each before
one or two committees, written by one or two people, a tenth with a deadline), and confirmed follows
of committees (50 %), people (30 %), papers (15 %) and hearings (5 %), spread over the three
frequencies and all due. It then times ``send_digests`` (finding the news of every follow and queuing
its mail, HTML and text, in the outbox) and counts the mails. Sending them over SMTP is the outbox's
work and not part of the figure.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))


def setup_django(data_dir: Path) -> None:
    os.environ["TOWNHALL_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("TOWNHALL_SECRET_KEY", "bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "townhall.settings")
    os.environ.setdefault("TOWNHALL_PUBLIC_URL", "https://rat.example.org")
    import django

    django.setup()


def generate(follows: int, papers: int, seed: int = 15) -> dict:
    """Create the council, the new papers and the follows; return what was made."""
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone

    from townhall.core.models import Body, Consultation, Deadline, Organization, Paper, Person
    from townhall.participation.models import Follow, Hearing

    call_command("migrate", verbosity=0)
    rng = random.Random(seed)
    now = timezone.now()
    before = now - timedelta(days=8)
    with transaction.atomic():
        body = Body.objects.create(slug="aby", name="Åby Kommune", language="da", country="DK")
        committees = [Organization.objects.create(body=body, name=f"Udvalg {n}", classification="committee") for n in range(40)]
        people = [Person.objects.create(body=body, name=f"Person {n}") for n in range(200)]
        old = Paper.objects.bulk_create([
            Paper(body=body, name=f"Ældre sag {n}", reference=f"{n:05d}/2025", kind="proposal", public=True, language="da",
                  created=before - timedelta(days=rng.randint(1, 300)), modified=before)
            for n in range(2000)
        ])
        hearings = [Hearing.objects.create(paper=old[n], title=f"Høring {n}", letter="Bemærkninger ønskes.",
                                           opens_at=before, closes_at=now + timedelta(days=rng.randint(1, 20)), created=before)
                    for n in range(20)]
        Hearing.objects.filter(pk__in=[h.pk for h in hearings]).update(modified=before)
        new = Paper.objects.bulk_create([
            Paper(body=body, name=f"Ny sag {n} om {rng.choice(['skole', 'cykelsti', 'budget', 'havn', 'boliger'])}",
                  reference=f"{n:05d}/2026", kind="proposal", public=rng.random() > 0.05, language="da",
                  created=now - timedelta(hours=rng.uniform(0.1, 20)))
            for n in range(papers)
        ])
        Consultation.objects.bulk_create([
            Consultation(paper=paper, position=step, role="indstilling", created=paper.created)
            for paper in new for step in range(rng.randint(1, 2))
        ])
        through = Consultation.organizations.through
        through.objects.bulk_create([
            through(consultation_id=consultation.pk, organization_id=rng.choice(committees).pk)
            for consultation in Consultation.objects.filter(paper__in=new)
        ])
        authors = Paper.originator_persons.through
        authors.objects.bulk_create([
            authors(paper_id=paper.pk, person_id=person.pk)
            for paper in new for person in rng.sample(people, rng.randint(1, 2))
        ])
        Deadline.objects.bulk_create([
            Deadline(paper=paper, body=body, date=(now + timedelta(days=rng.randint(1, 6))).date(), purpose="Frist")
            for paper in new if rng.random() < 0.1
        ])
        # Some followed papers changed in the period too.
        changed = rng.sample(old, 200)
        Paper.all_objects.filter(pk__in=[p.pk for p in changed]).update(modified=now - timedelta(hours=3))
        frequencies = [Follow.IMMEDIATE, Follow.DAILY, Follow.WEEKLY]
        rows = []
        for n in range(follows):
            roll = rng.random()
            if roll < 0.5:
                kind, target = "committee", rng.choice(committees)
                label = target.name
            elif roll < 0.8:
                kind, target = "person", rng.choice(people)
                label = target.name
            elif roll < 0.95:
                kind, target = "paper", rng.choice(changed if rng.random() < 0.5 else old)
                label = target.name
            else:
                kind, target = "hearing", rng.choice(hearings)
                label = target.title
            frequency = rng.choice(frequencies)
            period = {Follow.IMMEDIATE: timedelta(hours=1), Follow.DAILY: timedelta(days=1), Follow.WEEKLY: timedelta(days=7)}[frequency]
            rows.append(Follow(email=f"reader{n}@example.org", kind=kind, target=str(target.pk), label=label,
                               frequency=frequency, language=rng.choice(["da", "de", "en"]), token=f"bench-{n:06d}",
                               confirmed=before - timedelta(days=1), last_digest=now - period - timedelta(seconds=1)))
        Follow.objects.bulk_create(rows, batch_size=2000)
    return {"follows": follows, "papers": papers, "committees": len(committees), "people": len(people)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--follows", type=int, default=10_000)
    parser.add_argument("--papers", type=int, default=1_000)
    parser.add_argument("--write", type=Path, help="write the results as Markdown to this file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="townhall-bench-participation-") as folder:
        setup_django(Path(folder))
        from django.db import connection

        # Queue only: in-process jobs would send each batch over SMTP at commit, and sending is the
        # outbox's work, measured by its own tests, not part of this figure.
        from townhall.mail import services as mail_services

        mail_services._send_after_commit = lambda: None
        made = generate(args.follows, args.papers)
        from townhall.mail.models import OutgoingMail
        from townhall.participation.follows import send_digests

        load_before = os.getloadavg()
        cpu_before = time.process_time()
        started = time.perf_counter()
        counts = send_digests()
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_before
        load_after = os.getloadavg()
        queued = OutgoingMail.objects.filter(key__startswith="digest:").count()
        repeat_started = time.perf_counter()
        again = send_digests()
        repeat = time.perf_counter() - repeat_started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        database = connection.vendor

    lines = [
        "# Participation: one digest run",
        "",
        f"Command: `.venv/bin/python bench/participation.py --follows {args.follows} --papers {args.papers}`",
        f"Machine: {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}; database: {database}.",
        f"Data: {made['follows']:,} confirmed follows, all due (committees 50 %, people 30 %, papers 15 %, hearings 5 %; "
        f"immediate, daily and weekly; mail in da, de and en) over {made['papers']:,} new papers (5 % not public) "
        f"before {made['committees']} committees by {made['people']} people, 2,000 older papers (200 of them changed), 20 hearings.",
        "The run finds the news of every follow (public material only) and queues one digest mail, HTML and text, "
        "with RFC 8058 headers, per follow that has news; sending over SMTP is the outbox's job and not timed.",
        f"Load average before and after: {load_before[0]:.1f}, {load_before[1]:.1f}, {load_before[2]:.1f} / "
        f"{load_after[0]:.1f}, {load_after[1]:.1f}, {load_after[2]:.1f}.",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| follows handled | {counts['follows']:,} |",
        f"| digest mails queued | {queued:,} |",
        f"| wall time | {elapsed:.1f} s |",
        f"| CPU time | {cpu:.1f} s |",
        f"| target | ≤ 60 s |",
        f"| second run at once (only the immediate follows are due, no news) | {repeat:.2f} s, {again['mails']} mails |",
        f"| peak memory | {peak:.0f} MB |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
