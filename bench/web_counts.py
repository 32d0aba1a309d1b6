"""Count what the public pages get wrong about meetings and routes, on the demo plus generated papers.

Usage:  .venv/bin/python bench/web_counts.py [--papers 2000] [--keep DIR] [--write bench/results/web_counts.md]

Writes the generated corpus (``bench/corpus``), ingests it with the real ``townhall ingest`` into a
fresh SQLite data directory beside the demo, then reads every meeting page, every paper page with
a route and the meeting calendars through Django's test client, as an anonymous visitor, and counts:

- routed papers missing from their meeting's page (a paper anyone may see whose route names the
  meeting, and whose link is not on that meeting's page);
- invented route steps (a consultation of a paper read from a document that the paper's card
  names no step for: no such committee and date on its route);
- meetings shown at midnight that were only dated (a meeting whose start is a local midnight
  without an end, shown with a time on its page, in the calendar, or in iCalendar not as a date).

Each count should be 0; the first examples of each are printed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
TOWNHALL = ROOT / ".venv" / "bin" / "townhall"
# A clock time as the pages write it in English ("6 p.m.", "midnight", "12:30 a.m.") or in 24 hours.
_SHOWN_TIME = re.compile(r"midnight|\d{1,2}(?::\d\d)?\s?[ap]\.m\.|\b\d{1,2}:\d\d\b")


def prepare(data_dir: Path, papers: int, seed: int) -> None:
    """Write the corpus and ingest it with the demo into *data_dir* (once; a kept directory is reused)."""
    marker = data_dir / ".ingested"
    if marker.exists():
        return
    env = {**os.environ, "TOWNHALL_DATA_DIR": str(data_dir), "TOWNHALL_SECRET_KEY": "bench"}
    corpus = data_dir / "corpus"
    from bench.corpus import generate_corpus

    started = time.perf_counter()
    generate_corpus(corpus, papers, seed, 0.2)
    subprocess.run([str(TOWNHALL), "migrate", "-v", "0"], env=env, check=True)
    subprocess.run([str(TOWNHALL), "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    result = subprocess.run([str(TOWNHALL), "ingest", str(corpus), "--exclude", "*.truth.json"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode not in (0, 1):  # 1: some documents failed and were recorded
        sys.exit(f"ingest failed: {result.stderr[-2000:]}")
    print(f"corpus written and ingested in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    marker.write_text("done\n")


def setup_django(data_dir: Path) -> None:
    import logging

    from bench.web import setup_django as setup_web

    setup_web(data_dir)
    # Hidden meetings answer 404 by design; their log lines would bury the report.
    logging.getLogger("django.request").setLevel(logging.ERROR)


def count() -> dict:
    """Read the pages and return the counts with a few examples of each."""
    import icalendar
    from django.test import Client
    from django.utils import timezone

    from townhall.core.models import Consultation, Meeting, Paper
    from townhall.core.selectors import visible_papers
    from townhall.ingest.linking import organization_key

    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    shown = set(visible_papers(None).values_list("pk", flat=True))
    meetings = list(Meeting.objects.order_by("id"))
    routed: dict[int, set[int]] = {}
    for meeting_id, paper_id in Consultation.objects.filter(meeting__isnull=False).values_list("meeting_id", "paper_id"):
        if paper_id in shown:
            routed.setdefault(meeting_id, set()).add(paper_id)

    missing, midnight, hidden, examples = 0, 0, 0, {"missing": [], "invented": [], "midnight": []}
    all_day = {meeting.pk for meeting in meetings if meeting.all_day}
    for meeting in meetings:
        response = client.get(f"/meetings/{meeting.pk}/")
        # A meeting hidden from the public (made from papers none of which anyone may see) has no page;
        # one that a shown paper is routed to must have one, or that paper is missing from it.
        page = response.content.decode() if response.status_code == 200 else ""
        hidden += response.status_code != 200
        for paper_id in sorted(routed.get(meeting.pk, ())):
            if f'href="/papers/{paper_id}/"' not in page:
                missing += 1
                if len(examples["missing"]) < 5:
                    examples["missing"].append(f"paper {paper_id} on /meetings/{meeting.pk}/")
        if meeting.pk in all_day:
            when = page[page.index("<dt>When</dt>"):page.index("</dd>", page.index("<dt>When</dt>"))] if "<dt>When</dt>" in page else ""
            if _SHOWN_TIME.search(when):
                midnight += 1
                if len(examples["midnight"]) < 5:
                    examples["midnight"].append(f"/meetings/{meeting.pk}/: {when}")

    # The calendars and the meeting list pages name each dated meeting by its day only.
    dated_by_month: dict[tuple[int, int], list[int]] = {}
    for meeting in meetings:
        if meeting.pk in all_day:
            local = timezone.localtime(meeting.start)
            dated_by_month.setdefault((local.year, local.month), []).append(meeting.pk)
    for (year, month), dated in dated_by_month.items():
        page = client.get(f"/calendar/{year}/{month}/").content.decode()
        for meeting_id in dated:
            link = f'href="/meetings/{meeting_id}/"'
            for found in re.finditer(re.escape(link), page):
                entry = page[found.end():found.end() + 200]
                if re.match(r'[^<]*>\s*<time', entry) or "00:00" in page[found.start() - 120:found.start()]:
                    midnight += 1
                    examples["midnight"].append(f"calendar {year}-{month:02d}: meeting {meeting_id}")
                    break
    calendar = icalendar.Calendar.from_ical(client.get("/meetings.ics").content)
    for event in calendar.walk("VEVENT"):
        meeting_id = int(str(event["UID"]).split("-")[1].split("@")[0])
        if meeting_id in all_day and b"VALUE=DATE" not in event["DTSTART"].to_ical() and "VALUE" not in event["DTSTART"].params:
            midnight += 1
            examples["midnight"].append(f"meetings.ics: meeting {meeting_id}")

    invented = 0
    read_steps = 0
    addressees = 0
    papers = Paper.objects.filter(card__isnull=False, origin_id="").exclude(source_uri__startswith="demo:")
    for paper in papers.select_related("body").prefetch_related("consultations__organizations").iterator(chunk_size=500):
        language = paper.body.language
        steps = [(organization_key(step.get("organization") or "", language), step.get("date"))
                 for step in (paper.card or {}).get("consultations") or []]
        routed_keys = {key for key, _ in steps}
        addressees += sum(1 for name in (paper.card or {}).get("addressees") or []
                          if not any(_same_committee(organization_key(name, language), key) for key in routed_keys))
        for consultation in paper.consultations.all():
            read_steps += 1
            day = consultation.date.isoformat() if consultation.date else None
            keys = [organization_key(org.name, language) for org in consultation.organizations.all()]
            if not any(_same_committee(key, named) for key in keys for named, named_day in steps if named_day == day):
                invented += 1
                if len(examples["invented"]) < 5:
                    examples["invented"].append(
                        f"paper {paper.pk}: {consultation.role or '-'} {[o.name for o in consultation.organizations.all()]} {day}")
    return {
        "meetings": len(meetings), "meetings_with_routes": len(routed), "routed": sum(len(v) for v in routed.values()),
        "hidden": hidden, "all_day": len(all_day), "read_steps": read_steps, "papers": Paper.objects.count(),
        "missing": missing, "invented": invented, "midnight": midnight, "examples": examples, "addressees": addressees,
    }


def _same_committee(key: str, named: str) -> bool:
    """Whether two committee keys name one committee, as linking matches them (equal, or spelled nearly alike)."""
    import difflib

    return key == named or difflib.SequenceMatcher(None, key, named).ratio() >= 0.92


def report(counts: dict, papers: int) -> str:
    lines = [
        "# Web pages: meetings, routes and times on generated papers",
        "",
        f"Command: `.venv/bin/python bench/web_counts.py --papers {papers}`",
        f"Data: the demo plus {papers:,} generated papers (`bench/corpus`, seed 1, 20 % PDF) ingested with "
        f"`townhall ingest`: {counts['papers']:,} papers, {counts['meetings']:,} meetings "
        f"({counts['all_day']:,} known by their date only; {counts['hidden']:,} hidden from the public as only "
        f"non-public papers name them), {counts['routed']:,} routed papers on "
        f"{counts['meetings_with_routes']:,} meetings, {counts['read_steps']:,} route steps of read papers.",
        "Every page is read through Django's test client as an anonymous visitor.",
        "",
        "| count | found | target |",
        "|---|---:|---:|",
        f"| routed papers missing from their meeting's page | {counts['missing']} | 0 |",
        f"| invented route steps (no step of the paper's card) | {counts['invented']} | 0 |",
        f"| dated-only meetings shown at a time (page, calendar, iCalendar) | {counts['midnight']} | 0 |",
        "",
        f"Addressees not on their paper's route, which linking used to turn into an \"(addressee)\" step: "
        f"{counts['addressees']:,}; each is now named on its paper's page as \"Addressed to\" and makes no step.",
    ]
    for name, found in counts["examples"].items():
        if found:
            lines += ["", f"First {name}: " + "; ".join(found)]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="Use (and keep) this data directory instead of a temporary one.")
    parser.add_argument("--write", type=Path, help="Also write the Markdown report to this file.")
    args = parser.parse_args()
    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="townhall-bench-web-counts-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    prepare(data_dir, args.papers, args.seed)
    setup_django(data_dir)
    text = report(count(), args.papers)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    if not args.keep:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
