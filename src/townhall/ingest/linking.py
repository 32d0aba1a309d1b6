"""Link a document's card to the council records.

One document becomes a Paper with its main File, the Organizations it is addressed to or routed
through (matched to the body's existing committees by name, inflections included), Consultations
with their Meetings, the Persons who handle and sign it, its Deadlines and Events, and File
records for the attachments it names. Everything one document writes happens in one atomic
block (a transaction, or a savepoint inside the ingest's batch transaction), so a run killed
half way leaves whole documents or nothing.

Records read from a card are *card records*: they are replaced, not added to, when a new
version of the document arrives. Records harvested from an OParl system (those with an
``origin_id``) are never touched here.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from townhall.core import access, services
from townhall.core.models import Body, Consultation, Deadline, Event, File, Meeting, Organization, Paper, Person
from townhall.core.slugs import body_for_slug
from townhall.core.storage import get_storage, sha256_hex
from townhall.corrections.services import corrected_card
from townhall.ingest.outcomes import DUPLICATE, NEW, NEW_VERSION
from townhall.ingest.readings import DocumentReading
from townhall.ingest.rows import RowInsert
from townhall.ingest.sources import SourceDocument
from townhall.reading.card import KINDS, LANGUAGES, Card
from townhall.search.indexing import entry_for, get_backend, index_paper, paper_contexts, reference_text

# Two committee names whose normalised forms are at least this similar are taken for one
# committee ("Integrationsrates" and "Integrationsrat" already agree after stemming).
_FUZZY_CUTOFF = 0.92
_FUZZY_MIN_LENGTH = 8

# The rows one document writes, each kind with one statement prepared once (see townhall.ingest.rows).
_MAIN_FILE_ROWS = RowInsert(File, (
    "body_id", "name", "file_name", "mime_type", "date", "size", "sha256", "storage_name", "text", "language", "public",
    "visible", "source_uri", "extraction_notes",
))
_PLACEHOLDER_ROWS = RowInsert(File, ("body_id", "name", "public", "visible", "source_uri"))
_PAPER_ROWS = RowInsert(Paper, (
    "body_id", "source_uri", "name", "reference", "date", "effective_date", "effective_date_source", "kind", "public",
    "language", "card", "main_file_id", "case_handler_id", "ingested_at", "extractor_version",
))
_PERSON_ROWS = RowInsert(Person, ("body_id", "name", "given_name", "family_name", "from_papers", "visible"))
_MEETING_ROWS = RowInsert(Meeting, ("body_id", "name", "start", "from_papers", "visible"))
_MEETING_ORGANIZATION_ROWS = RowInsert(Meeting.organizations.through, ("meeting_id", "organization_id"))
_CONSULTATION_ROWS = RowInsert(Consultation, ("paper_id", "position", "date", "role", "meeting_id"))
_CONSULTATION_ORGANIZATION_ROWS = RowInsert(Consultation.organizations.through, ("consultation_id", "organization_id"))
_SIGNATORY_ROWS = RowInsert(Paper.signatories.through, ("paper_id", "person_id"))
_AUXILIARY_ROWS = RowInsert(Paper.auxiliary_files.through, ("paper_id", "file_id"))
_DEADLINE_ROWS = RowInsert(Deadline, ("paper_id", "body_id", "date", "purpose"))
_EVENT_ROWS = RowInsert(Event, ("paper_id", "body_id", "name", "place", "start", "end"))


class LinkError(Exception):
    """A document whose records cannot be made; ``reason`` is a stable code for the error list."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


# --- Names ------------------------------------------------------------------------------------

_STEMMER_LANGUAGES = {"da": "danish", "de": "german", "en": "english"}
_WORD = re.compile(r"\w+")
_LEADING_ARTICLES = {"the", "der", "die", "das", "des", "dem", "den"}
# Words that say what kind of body a municipality is, not which one it is.
_BODY_WORDS = {
    "kommune", "kommunes", "stadt", "landeshauptstadt", "hansestadt", "gemeinde", "markt", "kreisstadt",
    "kreisfreie", "große", "grosse", "universitätsstadt", "city", "council", "borough", "county", "district",
    "municipality", "metropolitan", "of", "the", "and", "region", "regionskommune", "kreis", "landkreis",
}


@lru_cache(maxsize=4)
def _stemmer(language: str):
    import Stemmer

    return Stemmer.Stemmer(_STEMMER_LANGUAGES[language])


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def organization_key(name: str, language: str | None = None) -> str:
    """Return the form of a committee name two spellings of one committee share.

    Case, spacing, hyphenation, a leading article and word endings (through the Snowball
    stemmer of *language*) are ignored: "Integrationsrates" and "Integrationsrat",
    "Økonomiudvalgets" and "Økonomiudvalget" give the same key.
    """
    words = _WORD.findall(_fold(name))
    if words and words[0] in _LEADING_ARTICLES and len(words) > 1:
        words = words[1:]
    if language in _STEMMER_LANGUAGES:
        words = _stemmer(language).stemWords(words)
    return " ".join(words)


def person_key(name: str) -> str:
    """Return the form of a person's name used to recognise them: case and spacing ignored."""
    return " ".join(_WORD.findall(_fold(name)))


def body_key(name: str) -> tuple[str, str]:
    """Return the full and the core key of a municipality's name ("Stadt Köln" -> core "köln")."""
    words = _WORD.findall(_fold(name))
    core = [word for word in words if word not in _BODY_WORDS]
    return " ".join(words), " ".join(core)


# --- Bodies, committees and people ------------------------------------------------------------

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
        self.language = body.language if body.language in _STEMMER_LANGUAGES else language
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
                body=self.body, name=_fit(Organization, "name", name.strip()), organization_type=_organization_type(name),
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
                rows.append((self.body.pk, _fit(Person, "name", clean), _fit(Person, "given_name", given),
                             _fit(Person, "family_name", family or clean), True, self.public))
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
                (self.body.pk, _fit(Meeting, "name", self.organization_name(organization)),
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


class BodyResolver:
    """Find the body a document belongs to: the one named on the command line, else its municipality."""

    def __init__(self, body_name: str | None = None) -> None:
        self.body_name = body_name.strip() if body_name else None
        self._found: dict[str, Body] = {}

    def body_for(self, card: Card) -> Body:
        """Return the body for *card*; raise LinkError when neither --body nor the card names one."""
        name = self.body_name or (card.municipality or "").strip()
        if not name:
            raise LinkError(
                "no_body", "The document does not name its municipality; pass --body \"Name\" to say which body it belongs to."
            )
        body = self._found.get(name)
        if body is not None:
            return body
        body = find_body(name)
        if body is None:
            language = card.language if card.language in LANGUAGES else ""
            body = services.body_create(name=_fit(Body, "name", name), language=language)
        else:
            # Only bodies that already existed are remembered: a new one may yet be rolled back.
            self._found[name] = body
        return body

    def forget(self) -> None:
        self._found.clear()


def find_body(name: str) -> Body | None:
    """Return the existing body called *name* (by slug, current or former, name or short name, "Stadt" or "Kommune" aside)."""
    by_slug, _ = body_for_slug(name)
    if by_slug is not None:
        return by_slug
    full, core = body_key(name)
    bodies = list(Body.objects.order_by("id").only("id", "name", "short_name", "language"))
    for body in bodies:
        if full in {body_key(body.name)[0], body_key(body.short_name)[0] if body.short_name else None}:
            return body
    if not core:
        return None
    cores = {}
    for body in bodies:
        for label in (body.name, body.short_name):
            if label:
                cores.setdefault(body_key(label)[1], body)
    if core in cores:
        return cores[core]
    close = difflib.get_close_matches(core, [key for key in cores if key], n=1, cutoff=0.9)
    return cores[close[0]] if close else None


# --- The records of one card ------------------------------------------------------------------


def link_card_to_paper(paper: Paper, card: Card) -> None:
    """Fill a paper's card records (people, route, deadlines, events, attachments) from *card*.

    For a harvested paper the card adds what OParl does not carry (case handler, signatories,
    deadlines, events); the route and attachment list read from the card are only used when
    the harvested paper has none of its own. The paper's card, kind and (when unset) language
    are taken from the card; its name, reference, date and public flag are left as they are.
    """
    with transaction.atomic():
        writers_take_turns()
        # A clerk's corrections of the card win over what was read.
        card = corrected_card(paper.pk, card)
        before = access.linked_to_papers([paper.pk])
        paper.card = _card_json(card)
        paper.kind = card.kind if card.kind in KINDS else "other"
        if not paper.language and card.language:
            paper.language = card.language
        paper.save(update_fields=["card", "kind", "language", "modified"])
        directory = Directory(paper.body, card.language)
        directory.public = paper.public
        replace_card_records(paper, card, directory)
        services.papers_date_refresh([paper.pk])
        access.papers_changed([paper.pk], before=before)
        index_paper(paper)


def relink_paper(paper_id: int, reading: DocumentReading) -> None:
    """Store a new reading of a paper's unchanged main file: its text, card, fields and card records.

    The clerks' corrections win over the new reading, as at every reading. The paper's public flag,
    version and files stay as they are: the document is the same, only how it was read changed.
    """
    with transaction.atomic():
        writers_take_turns()
        paper = Paper.objects.select_for_update(of=("self",)).select_related("body", "main_file").get(pk=paper_id)
        card = corrected_card(paper.pk, reading.card)
        before = access.linked_to_papers([paper.pk])
        if paper.main_file is not None:
            _fill_file(paper.main_file, reading)
        title = _clean(card.title or "").strip()
        paper.name = _fit(Paper, "name", title or paper.name)
        paper.reference = _fit(Paper, "reference", card.references.paper or card.references.case or paper.reference)
        paper.date = card.date
        paper.effective_date = card.date
        paper.effective_date_source = "paper" if card.date else ""
        paper.kind = card.kind if card.kind in KINDS else "other"
        paper.language = reading.language or paper.language
        paper.card = _card_json(card)
        paper.extractor_version = _fit(Paper, "extractor_version", reading.extractor_version)
        paper.save()
        directory = Directory(paper.body, card.language)
        directory.public = paper.public
        replace_card_records(paper, card, directory)
        services.papers_date_refresh([paper.pk])
        access.papers_changed([paper.pk], before=before)
        index_paper(paper)


def replace_card_records(paper: Paper, card: Card, directory: Directory, *, fresh: bool = False) -> None:
    """Drop the records an earlier card of *paper* made and make those of *card*.

    *fresh* says the paper was created in this transaction, so there is nothing to drop.
    """
    body = paper.body
    if not fresh:
        Deadline.objects.filter(paper=paper).delete()
        Event.objects.filter(paper=paper).delete()
        Consultation.organizations.through.objects.filter(consultation__paper=paper, consultation__origin_id="").delete()
        Consultation.objects.filter(paper=paper, origin_id="").delete()
        placeholders = list(_placeholder_files(paper).values_list("id", flat=True))
        if placeholders:
            paper.auxiliary_files.remove(*placeholders)
            File.all_objects.filter(id__in=placeholders).delete()

    case_handler = directory.person(card.case_handler) if card.case_handler else None
    if paper.case_handler_id != case_handler:
        paper.case_handler_id = case_handler
        paper.save(update_fields=["case_handler", "modified"])
    signatories = _unique(directory.people(name for name in card.signatories if name.strip()))
    if fresh:
        # A new paper has no links yet: insert them without asking which exist (what .set() does).
        _SIGNATORY_ROWS([(paper.pk, person) for person in signatories], returning=False)
    else:
        paper.signatories.set(signatories)

    if fresh or not paper.consultations.exclude(origin_id="").exists():
        _make_consultations(paper, card, directory)

    _DEADLINE_ROWS(
        [(paper.pk, body.pk, fact.date, _fit(Deadline, "purpose", fact.purpose or "")) for fact in card.deadlines if fact.date],
        returning=False,
    )
    _EVENT_ROWS(
        [
            (paper.pk, body.pk, _fit(Event, "name", fact.name or fact.place or ""), _fit(Event, "place", fact.place or ""),
             fact.start, fact.end if fact.end is None or fact.start is None or fact.end >= fact.start else None)
            for fact in card.events
            if fact.name or fact.place
        ],
        returning=False,
    )

    titles = _unique(title.strip() for title in card.attachments if title.strip())
    if titles and (fresh or not paper.auxiliary_files.exclude(origin_id="").exists()):
        source_uri = _fit(File, "source_uri", paper.source_uri)
        # A placeholder is hidden with its paper, not by a flag of its own.
        placeholders = _PLACEHOLDER_ROWS([(body.pk, _fit(File, "name", title), True, paper.public, source_uri) for title in titles])
        _AUXILIARY_ROWS([(paper.pk, file) for file in placeholders], returning=False)


def _make_consultations(paper: Paper, card: Card, directory: Directory) -> None:
    """Create the paper's route: one consultation per step the card reads.

    Addressees ("Til:", "Gremium") are not steps: a paper addressed to a committee names no
    meeting, date or role for it, so the route holds only what the document says was planned.
    """
    steps: list[tuple[int, object, str]] = []
    seen: set[tuple[int, object]] = set()
    for step in card.consultations:
        if not step.organization.strip():
            continue
        organization = directory.organization(step.organization)
        if (organization, step.date) not in seen:
            seen.add((organization, step.date))
            steps.append((organization, step.date, step.role or ""))
    if not steps:
        return
    dated = [(organization, day) for organization, day, _ in steps if day]
    meetings = dict(zip(dated, directory.meetings(dated)))
    consultations = _CONSULTATION_ROWS([
        (paper.pk, position, day, _fit(Consultation, "role", role), meetings[(organization, day)] if day else None)
        for position, (organization, day, role) in enumerate(steps)
    ])
    _CONSULTATION_ORGANIZATION_ROWS(
        [(consultation, organization) for consultation, (organization, _, _) in zip(consultations, steps)], returning=False
    )


def _placeholder_files(paper: Paper):
    """Return the content-less File records an earlier card of *paper* made for named attachments."""
    return File.all_objects.filter(
        auxiliary_of_papers=paper, storage_name="", sha256__isnull=True, origin_id="", origin_access_url="", origin_download_url=""
    )


# --- One document, end to end -------------------------------------------------------------------


class Linker:
    """Store and link the documents of one ingest run, each document in one atomic block.

    The block is a transaction of its own, or a savepoint when the caller keeps a transaction
    open over several documents (the ingest's :class:`~townhall.ingest.batches.WriteBatch`).

    A document whose source (its ``uri``) already gave a paper becomes a new version of that
    paper: the version number goes up, the new bytes become the main file, the old main file
    stays as an auxiliary file, and the card records are replaced.
    """

    def __init__(self, *, body_name: str | None = None) -> None:
        self.bodies = BodyResolver(body_name)
        self._directories: dict[int, Directory] = {}

    def link(self, *, document: SourceDocument, data: bytes, reading: DocumentReading, sha256: str | None = None) -> str:
        """Store and link one read document; return NEW, NEW_VERSION or DUPLICATE.

        *sha256* is the hash of *data* when the caller has already computed it.
        """
        sha256 = sha256 or sha256_hex(data)
        try:
            with transaction.atomic():
                writers_take_turns()
                return self._link(document, data, sha256, reading)
        except services.DuplicateFile:
            self._forget()
            return DUPLICATE
        except IntegrityError:
            self._forget()
            # The same bytes were stored since the caller checked (a copy earlier in the run, another ingest).
            if File.all_objects.filter(sha256=sha256).exists():
                return DUPLICATE
            raise
        except Exception:
            self._forget()
            raise

    def _forget(self) -> None:
        # Names remembered during a rolled-back transaction may point at rows that no longer exist.
        self._directories.clear()
        self.bodies.forget()

    def directory(self, body: Body, language: str | None) -> Directory:
        directory = self._directories.get(body.pk)
        if directory is None:
            directory = self._directories[body.pk] = Directory(body, language)
        return directory

    def _link(self, document: SourceDocument, data: bytes, sha256: str, reading: DocumentReading) -> str:
        card = reading.card
        known = latest_paper_id(document.uri)
        paper = Paper.objects.select_related("body", "main_file").get(pk=known) if known is not None else None
        if paper is not None:
            # A new version of a known paper keeps the corrections clerks made to its card.
            card = corrected_card(paper.pk, card)
        before = access.linked_to_papers([paper.pk]) if paper is not None else None
        body = paper.body if paper is not None else self.bodies.body_for(card)
        public = card.public is not False
        title = _clean(card.title or "").strip()
        text = _clean(reading.text)
        # The document's files are hidden with their paper (``visible``), not by a flag of their own.
        main = _new_file(
            data, sha256, text, reading, file_name=_fit(File, "file_name", document.name),
            mime_type=_fit(File, "mime_type", reading.mime_type), body=body, name=_fit(File, "name", title or document.name),
            source_uri=_fit(File, "source_uri", document.uri), public=True, visible=public, date=card.date,
        )
        directory = self.directory(body, card.language)
        directory.public = public
        # Everyone the card names, looked up (and the new ones created) at once.
        directory.people(name for name in (card.case_handler, *card.signatories) if name and name.strip())
        fields = {
            "name": _fit(Paper, "name", title or _stem(document.name)),
            "reference": _fit(Paper, "reference", card.references.paper or card.references.case or ""),
            "date": card.date,
            # An undated paper is dated by its route once that is stored (below).
            "effective_date": card.date,
            "effective_date_source": "paper" if card.date else "",
            "kind": card.kind if card.kind in KINDS else "other",
            "public": public,
            "language": reading.language,
            "card": (
                reading.card_json if reading.card_json is not None and text is reading.text and card is reading.card
                else _card_json(card)
            ),
            "main_file_id": main,
            "ingested_at": timezone.now(),
            "extractor_version": _fit(Paper, "extractor_version", reading.extractor_version),
        }
        if paper is None:
            fields.update(
                body_id=body.pk, source_uri=_fit(Paper, "source_uri", document.uri),
                case_handler_id=directory.person(card.case_handler) if card.case_handler else None,
            )
            # A new paper is inserted once, with every value it holds: no model save() and its hooks.
            [pk] = _PAPER_ROWS([tuple(fields[name] for name in _PAPER_ROWS.fields)])
            paper = Paper(pk=pk, body=body, **{name: value for name, value in fields.items() if name != "body_id"})
            paper._state.adding = False
            outcome = NEW
        else:
            _supersede(paper)
            for name, value in fields.items():
                setattr(paper, name, value)
            paper.save()
            outcome = NEW_VERSION
        replace_card_records(paper, card, directory, fresh=outcome == NEW)
        if paper.date is None:
            services.papers_date_refresh([paper.pk])
        parts = _store_parts(paper, document, reading, main)
        if outcome == NEW:
            directory.show_named()
            if parts:
                access.refresh(access.Linked(files=set(parts)))
        else:
            access.papers_changed([paper.pk], before=before)
            # What the directory remembers of its records' visibility may be out of date now.
            self._directories.pop(body.pk, None)
        _index(paper, text, reading.index_terms)
        return outcome


def latest_paper_id(source_uri: str) -> int | None:
    """Return the id of the newest live paper read from *source_uri* (None when there is none)."""
    # Plain SQL: asked once per document, where the ORM's query building cost more than the query.
    with connection.cursor() as cursor:
        cursor.execute(_LATEST_PAPER_SQL, [source_uri])
        row = cursor.fetchone()
    return row[0] if row else None


def file_is_stored(sha256: str) -> bool:
    """Say whether a file with these bytes (by SHA-256) is stored, soft-deleted ones included."""
    with connection.cursor() as cursor:
        cursor.execute(_STORED_FILE_SQL, [sha256])
        return cursor.fetchone() is not None


_LATEST_PAPER_SQL = (
    f"SELECT id FROM {Paper._meta.db_table} WHERE source_uri = %s AND NOT deleted ORDER BY id DESC LIMIT 1"
)
_STORED_FILE_SQL = f"SELECT 1 FROM {File._meta.db_table} WHERE sha256 = %s LIMIT 1"


def _index(paper: Paper, text: str, terms) -> None:
    """Store a live paper in the search index; *terms* are its text analysed in the reading worker."""
    row = (paper.pk, paper.language, paper.name, reference_text(paper.reference, paper.card), text,
           paper_contexts([paper.pk]).get(paper.pk, ""))
    get_backend().index([entry_for(row, terms)])


def _supersede(paper: Paper) -> None:
    """Keep the paper's current main file as an auxiliary file and count up its version."""
    old = paper.main_file
    if old is not None:
        old.name = _fit(File, "name", f"{old.name or old.file_name} (version {paper.version})")
        old.save(update_fields=["name", "modified"])
        paper.auxiliary_files.add(old)
    paper.version += 1


def _new_file(data: bytes, sha256: str, text: str, reading: DocumentReading, *, body: Body, **fields) -> int:
    """Store *data* and insert its File with the text already in it; return its id.

    Unlike ``services.file_store`` there is no look-up first and no savepoint: the pipeline
    has just checked the hash, and the unique sha256 column catches a copy stored since, which
    rolls back everything the document wrote (see :meth:`Linker.link`).
    """
    values = {
        **fields, "body_id": body.pk, "size": len(data), "sha256": sha256, "storage_name": get_storage().put(data), "text": text,
        "language": reading.language, "extraction_notes": _clean("\n".join(reading.notes)),
    }
    [pk] = _MAIN_FILE_ROWS([tuple(values[name] for name in _MAIN_FILE_ROWS.fields)])
    return pk


def _fill_file(file: File, reading: DocumentReading) -> None:
    file.text = _clean(reading.text)
    file.language = reading.language
    file.extraction_notes = _clean("\n".join(reading.notes))
    file.modified = timezone.now()
    # An update, not save(): the file was created in this transaction, so nothing embeds it yet
    # and save()'s touching of embedding papers and meetings would be three wasted queries.
    File.all_objects.filter(pk=file.pk).update(
        text=file.text, language=file.language, extraction_notes=file.extraction_notes, modified=file.modified
    )


def _store_parts(paper: Paper, document: SourceDocument, reading: DocumentReading, container: int) -> list[int]:
    """Store the files carried inside the document (e-mail attachments) as its auxiliary files; return their ids.

    Each part names the document's file as its master file: the original bytes of the document
    hold the part, so a part withheld from the public withholds the original too.
    """
    stored = []
    for number, part in enumerate(reading.parts, start=1):
        try:
            file = services.file_store(
                data=part.data, file_name=_fit(File, "file_name", part.filename), mime_type=_fit(File, "mime_type", part.mime_type),
                body=paper.body, name=_fit(File, "name", part.filename), source_uri=_fit(File, "source_uri", f"{document.uri}#part-{number}"),
            )
        except services.DuplicateFile as duplicate:
            paper.auxiliary_files.add(duplicate.existing)
            stored.append(duplicate.existing.pk)
            continue
        File.all_objects.filter(pk=file.pk).update(master_file_id=container)
        if part.reading is not None:
            _fill_file(file, part.reading)
        elif part.problem:
            File.all_objects.filter(pk=file.pk).update(extraction_notes=_clean(part.problem), modified=timezone.now())
        paper.auxiliary_files.add(file)
        stored.append(file.pk)
    return stored


# --- Small shared pieces ------------------------------------------------------------------------


def _fit(model, field_name: str, value: str) -> str:
    """Cut *value* to the column's length: PostgreSQL refuses longer strings, SQLite would keep them."""
    value = _clean(value or "")
    limit = model._meta.get_field(field_name).max_length
    return value if limit is None or len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _clean(text: str) -> str:
    """Make *text* storable in every database: no NUL characters, no lone UTF-16 surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A PDF's broken font map can yield surrogates that PostgreSQL (and UTF-8) cannot hold.
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _card_json(card: Card) -> dict:
    return _clean_json(card.to_dict())


def _clean_json(value):
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return {key: _clean_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean_json(item) for item in value]
    return value


def _stem(file_name: str) -> str:
    stem, dot, _ = file_name.rpartition(".")
    return stem if dot and stem else file_name


def _unique(values):
    seen = set()
    result = []
    for value in values:
        if value not in seen:
            seen.add(value)
            result.append(value)
    return result
