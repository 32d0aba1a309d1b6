"""Load the demo into an empty database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction

from townhall.core import access, services
from townhall.core.demo import data
from townhall.core.models import (
    Body, Deadline, Event, LegislativeTerm, Location, Meeting, Membership, Organization, Paper, Person,
)
from townhall.search.indexing import index_paper

MONTHS = {
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


class DemoNotEmpty(Exception):
    """The database already holds council data; the demo only goes into an empty one."""


@dataclass
class DemoSummary:
    bodies: int = 0
    organizations: int = 0
    persons: int = 0
    meetings: int = 0
    papers: int = 0


def written_date(day: date, language: str) -> str:
    """Write a date the way a paper in *language* would."""
    if language == "de":
        return day.strftime("%d.%m.%Y")
    if language == "da":
        return f"{day.day}. {MONTHS['da'][day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def written_range(first: date, last: date, language: str) -> str:
    if first.month == last.month and first.year == last.year:
        month = MONTHS["da" if language == "da" else "en"][first.month - 1]
        return f"{first.day}.-{last.day}. {month} {first.year}" if language == "da" else f"{first.day}-{last.day} {month} {first.year}"
    return f"{written_date(first, language)} - {written_date(last, language)}"


def paper_text(spec: dict, today: date) -> str:
    """Fill the demo paper's template with dates relative to *today*."""
    language = spec["language"]
    values = {}
    for key, value in spec["values"].items():
        if isinstance(value, tuple):
            values[key] = written_range(today + timedelta(days=value[0]), today + timedelta(days=value[1]), language)
        elif isinstance(value, int):
            values[key] = written_date(today + timedelta(days=value), language)
        else:
            values[key] = value
    template = resources.files("townhall.core.demo").joinpath("papers", spec["file"]).read_text(encoding="utf-8")
    return template.format(**values)


@transaction.atomic
def load_demo(today: date | None = None) -> DemoSummary:
    """Create the demo municipalities with their committees, people, meetings and papers."""
    if Body.all_objects.exists():
        raise DemoNotEmpty("The database already holds council data; the demo is only loaded into an empty database.")
    today = today or date.today()
    tz = ZoneInfo(settings.TIME_ZONE)
    summary = DemoSummary()
    bodies, orgs, people, meetings, items = {}, {}, {}, {}, {}

    for spec in data.BODIES:
        body = services.body_create(
            name=spec["name"], short_name=spec["short_name"], country=spec["country"], language=spec["language"],
            website=spec["website"], contact_email=spec["contact_email"], ags=spec.get("ags", ""),
            classification="Kommune" if spec["country"] == "DK" else ("Stadt" if spec["country"] == "DE" else "City council"),
        )
        bodies[spec["key"]] = body
        summary.bodies += 1
        term_name, start, end = spec["term"]
        LegislativeTerm.objects.create(body=body, name=term_name, start_date=date(*start), end_date=date(*end))
        hall = Location.objects.create(body=body, **spec["town_hall"])
        body.location = hall
        body.save()
        for key, name, kind in spec["organizations"]:
            orgs[(spec["key"], key)] = Organization.objects.create(body=body, name=name, organization_type=kind, classification=kind, location=hall)
            summary.organizations += 1
        for name, given, family, roles in spec["people"]:
            person = Person.objects.create(body=body, name=name, given_name=given, family_name=family)
            people[(spec["key"], name)] = person
            summary.persons += 1
            for org_key, role in roles:
                Membership.objects.create(person=person, organization=orgs[(spec["key"], org_key)], role=role, voting_right=True,
                                          start_date=date(*spec["term"][1]))

    for body_key, key, org_key, name, offset, hour, agenda in data.MEETINGS:
        start = datetime.combine(today + timedelta(days=offset), time(hour, 0), tzinfo=tz)
        meeting = Meeting.objects.create(
            body=bodies[body_key], name=name, start=start, end=start + timedelta(hours=2),
            location=bodies[body_key].location, meeting_state="held" if offset < 0 else "scheduled",
        )
        meeting.organizations.add(orgs[(body_key, org_key)])
        meetings[key] = meeting
        summary.meetings += 1
        for order, (number, title, paper_key, public) in enumerate(agenda, start=1):
            item = services.agenda_item_create(meeting=meeting, order=order, number=number, name=title, public=public,
                                               result="" if offset >= 0 else "Recommended to Full Council")
            if paper_key:
                items[(paper_key, key)] = item

    for spec in data.PAPERS:
        _load_paper(spec, today, bodies, orgs, people, meetings, items)
        summary.papers += 1
    # Lists, sorting and the year facet read the effective date, as for ingested and harvested papers.
    services.papers_date_refresh(Paper.all_objects.all())
    # Files, agenda items and records of the non-public paper are hidden with it.
    access.refresh()
    from townhall.council.demo import load_council_work
    from townhall.participation.demo import load_conferences, load_hearings

    load_hearings(today)
    load_conferences()
    load_council_work(today)
    return summary


def _load_paper(spec, today, bodies, orgs, people, meetings, items):
    from townhall import reading

    body = bodies[spec["body"]]
    text = paper_text(spec, today)
    card = reading.read(text.encode("utf-8"), filename=spec["file"], mime="text/plain").card
    file = services.file_store(
        data=text.encode("utf-8"), file_name=spec["file"], mime_type="text/plain", body=body, name=spec["name"],
        source_uri=f"demo:{spec['file']}", file_date=today + timedelta(days=spec["date"]),
    )
    file.text = text
    file.language = spec["language"]
    file.save()
    paper = Paper.objects.create(
        body=body, name=spec["name"], reference=spec["reference"], date=today + timedelta(days=spec["date"]),
        paper_type=spec["paper_type"], kind=spec["kind"], public=spec["public"], language=spec["language"],
        main_file=file, card=card.to_dict(), source_uri=f"demo:{spec['file']}", extractor_version=card_extractor_version(),
    )
    for position, (org_key, meeting_key, role) in enumerate(spec["consultations"]):
        meeting = meetings[meeting_key]
        services.consultation_create(
            paper=paper, meeting=meeting, agenda_item=items.get((spec["key"], meeting_key)), role=role, position=position,
            date=meeting.start.date(), organizations=[orgs[(spec["body"], org_key)]], authoritative=position == len(spec["consultations"]) - 1,
        )
    paper.under_direction_of.set([orgs[(spec["body"], spec["consultations"][0][0])]] if spec["consultations"] else [])
    for offset, purpose in spec["deadlines"]:
        Deadline.objects.create(paper=paper, body=body, date=today + timedelta(days=offset), purpose=purpose)
    for name, place, first, last in spec["events"]:
        Event.objects.create(paper=paper, body=body, name=name, place=place, start=today + timedelta(days=first), end=today + timedelta(days=last))
    if spec.get("case_handler"):
        paper.case_handler = people[(spec["body"], spec["case_handler"])]
        paper.save()
    paper.signatories.set([people[(spec["body"], name)] for name in spec.get("signatories", ())])
    for title in spec.get("attachments", ()):
        attachment = services.file_store(
            data=f"{title}\n\n({spec['name']})\n".encode("utf-8"), file_name=f"{title}.txt", mime_type="text/plain",
            body=body, name=title, source_uri=f"demo:{spec['file']}#{title}",
        )
        paper.auxiliary_files.add(attachment)
    index_paper(paper)
    return paper


def card_extractor_version() -> str:
    from townhall.ingest.readings import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION
