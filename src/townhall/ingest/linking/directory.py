"""The committees, people and meetings of one body, found by name or made, and the turns writers take."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection

from townhall.core import access
from townhall.core.models import Body, Meeting, Organization, Person
from townhall.ingest.linking.names import STEMMER_LANGUAGES, organization_key, person_key
from townhall.ingest.linking.storable import fit
from townhall.ingest.rows import RowInsert

# Two committee names whose normalised forms are at least this similar are taken for one
# committee ("Integrationsrates" and "Integrationsrat" already agree after stemming).
_FUZZY_CUTOFF = 0.92
_FUZZY_MIN_LENGTH = 8


# The rows the directory writes, each kind with one statement prepared once (see townhall.ingest.rows).
_PERSON_ROWS = RowInsert(Person, ("body_id", "name", "given_name", "family_name", "from_papers", "visible"))
_MEETING_ROWS = RowInsert(Meeting, ("body_id", "name", "start", "from_papers", "visible"))
_MEETING_ORGANIZATION_ROWS = RowInsert(Meeting.organizations.through, ("meeting_id", "organization_id"))


#: Key of the advisory lock PostgreSQL writers of card records hold until they commit ("link" in ASCII).
_LINKING_LOCK = 0x6C696E6B


def writers_take_turns() -> None:
    """Wait until no other transaction is storing card records, and hold that turn until this one ends.

    Two queue workers of one ingest would otherwise each make the committee, person or meeting
    that both their papers name, neither seeing the other's uncommitted row. SQLite needs no
    lock: its writers take the database's write lock when their transaction begins (``IMMEDIATE``).
    Only the storing waits; the reading of documents, the slow part, goes on side by side.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LINKING_LOCK])


class Directory:
    """The committees and people of one body, looked up by name and created when new.

    The body's people and meetings are read once and then remembered, as are committees found
    or made, so a long run does not ask the database again for every name or date. A directory whose
    transaction was rolled back must be thrown away (the :class:`Linker` does that). A name or a
    day it does not know is first looked for among the rows added since it last read them, so
    the committees, people and meetings another writer stored meanwhile (a second queue worker
    of the same ingest) are found, not made twice; writers take turns (:func:`writers_take_turns`).

    Records made here exist because of a paper (``from_papers``): they are shown only while a
    public paper names them. ``public`` says whether the paper being linked is public; set it
    before each paper. Hidden records a public paper names are shown by :meth:`show_named` once
    the paper is linked.
    """

    def __init__(self, body: Body, language: str | None = None) -> None:
        self.body = body
        self.language = body.language if body.language in STEMMER_LANGUAGES else language
        self.public = True
        self._organizations: dict[str, int] | None = None
        self._organization_names: dict[int, str] = {}
        self._people: dict[str, int] | None = None
        self._meetings: dict[tuple[int, object], int] | None = None
        # The highest person and meeting ids read so far: what lies above was added since.
        self._people_read_to = 0
        self._meetings_read_to = 0
        self._hidden: set[tuple[type, int]] = set()
        self._named_hidden: set[tuple[type, int]] = set()

    def _named(self, model, pk: int) -> int:
        if self.public and (model, pk) in self._hidden:
            self._hidden.discard((model, pk))
            self._named_hidden.add((model, pk))
        return pk

    def _made(self, model, ids: Iterable[int]) -> None:
        if not self.public:
            self._hidden.update((model, pk) for pk in ids)

    def show_named(self) -> None:
        """Show the hidden committees, people and meetings that the public paper just linked names."""
        if not self._named_hidden:
            return
        named = {model: {pk for kind, pk in self._named_hidden if kind is model} for model in (Organization, Person, Meeting)}
        self._named_hidden.clear()
        access.refresh(access.Linked(organizations=named[Organization], persons=named[Person], meetings=named[Meeting]))

    def _load_organizations(self) -> dict[str, int]:
        keys: dict[str, int] = {}
        rows = Organization.objects.filter(body=self.body).order_by("id").values_list("id", "name", "short_name", "visible")
        for pk, name, short_name, visible in rows:
            self._organization_names[pk] = name
            if not visible:
                self._hidden.add((Organization, pk))
            for label in (name, short_name):
                if label:
                    keys.setdefault(organization_key(label, self.language), pk)
        return keys

    def organization(self, name: str) -> int:
        """Return the id of the body's organization called *name*, creating it when there is none."""
        key = organization_key(name, self.language)
        if self._organizations is None:
            self._organizations = self._load_organizations()
        found = self._organizations.get(key)
        if found is None:
            # Someone else (the admin, a harvester) may have added it since we last looked.
            self._organizations = self._load_organizations()
            found = self._organizations.get(key) or self._close_match(key)
        if found is None:
            organization = Organization.objects.create(
                body=self.body, name=fit(Organization, "name", name.strip()), organization_type=_organization_type(name),
                from_papers=True, visible=self.public,
            )
            found = organization.pk
            self._organization_names[found] = organization.name
            self._made(Organization, [found])
        self._organizations[key] = found
        return self._named(Organization, found)

    def organization_name(self, pk: int) -> str:
        return self._organization_names.get(pk) or Organization.objects.get(pk=pk).name

    def _close_match(self, key: str) -> int | None:
        if len(key) < _FUZZY_MIN_LENGTH:
            return None
        close = difflib.get_close_matches(key, list(self._organizations), n=1, cutoff=_FUZZY_CUTOFF)
        return self._organizations[close[0]] if close else None

    def person(self, name: str) -> int:
        """Return the id of the body's person called *name*, creating the person when new."""
        return self.people([name])[0]

    def people(self, names: Iterable[str]) -> list[int]:
        """Return the ids of the body's persons called *names*, creating those not yet known in one insert."""
        if self._people is None:
            # One query for all the body's people beats one per name in a long run.
            self._people = {}
            self._read_people()
        keys = [(person_key(name), name) for name in names]
        missing = {key: name for key, name in keys if key not in self._people}
        if missing:
            self._read_people()
            missing = {key: name for key, name in missing.items() if key not in self._people}
        if missing:
            rows = []
            for name in missing.values():
                clean = " ".join(name.split())
                given, _, family = clean.rpartition(" ")
                rows.append((self.body.pk, fit(Person, "name", clean), fit(Person, "given_name", given),
                             fit(Person, "family_name", family or clean), True, self.public))
            made = _PERSON_ROWS(rows)
            self._made(Person, made)
            self._people.update(zip(missing, made))
            self._people_read_to = max(self._people_read_to, *made)
        return [self._named(Person, self._people[key]) for key, _ in keys]

    def _read_people(self) -> None:
        """Read the body's people added since the last reading (all of them the first time)."""
        rows = (Person.objects.filter(body=self.body, pk__gt=self._people_read_to).order_by("id")
                .values_list("id", "name", "visible"))
        for pk, known, visible in rows:
            # The oldest person of a name wins.
            self._people.setdefault(person_key(known), pk)
            if not visible:
                self._hidden.add((Person, pk))
            self._people_read_to = max(self._people_read_to, pk)

    def meetings(self, wanted: Iterable[tuple[int, object]]) -> list[int]:
        """Return the ids of the meetings of (organization id, day) pairs, creating the missing ones together.

        A new meeting starts at midnight of its day and is named after its organization.
        """
        if self._meetings is None:
            self._meetings = {}
            self._read_meetings()
        wanted = list(wanted)
        missing = list(dict.fromkeys(pair for pair in wanted if pair not in self._meetings))
        if missing:
            self._read_meetings()
            missing = [pair for pair in missing if pair not in self._meetings]
        if missing:
            zone = ZoneInfo(settings.TIME_ZONE)
            ids = _MEETING_ROWS([
                (self.body.pk, fit(Meeting, "name", self.organization_name(organization)),
                 datetime.combine(day, time(0, 0), tzinfo=zone), True, self.public)
                for organization, day in missing
            ])
            # Plain inserts of the links: .add() would first ask which links the new meetings have.
            _MEETING_ORGANIZATION_ROWS([(meeting, organization) for meeting, (organization, _) in zip(ids, missing)], returning=False)
            self._made(Meeting, ids)
            self._meetings.update(zip(missing, ids))
            self._meetings_read_to = max(self._meetings_read_to, *ids)
        return [self._named(Meeting, self._meetings[pair]) for pair in wanted]

    def _read_meetings(self) -> None:
        """Read the body's meetings added since the last reading (all of them the first time)."""
        # One query for all the body's meetings: nearly every route step names a new date, so
        # asking per step found nothing most of the time and cost a query each.
        zone = ZoneInfo(settings.TIME_ZONE)
        since = Meeting.objects.filter(body=self.body, start__isnull=False, pk__gt=self._meetings_read_to)
        rows = (
            Meeting.organizations.through.objects.filter(meeting__in=since)
            .order_by("meeting__start", "meeting_id").values_list("organization_id", "meeting_id", "meeting__start", "meeting__visible")
        )
        for organization, meeting, start, visible in rows.iterator(chunk_size=5000):
            self._meetings.setdefault((organization, start.astimezone(zone).date()), meeting)
            if not visible:
                self._hidden.add((Meeting, meeting))
            self._meetings_read_to = max(self._meetings_read_to, meeting)


_COUNCIL_WORDS = re.compile(
    r"(?i)\b(?:rat der stadt|stadtrat|gemeinderat|stadtverordnetenversammlung|bürgerschaft|kreistag|"
    r"byråd\w*|kommunalbestyrelse\w*|borgerrepræsentation\w*|regionsråd\w*|full council|city council|council)\b"
)


def _organization_type(name: str) -> str:
    return "council" if _COUNCIL_WORDS.search(name) else "committee"
