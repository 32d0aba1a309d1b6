"""Paper (with embedded files, locations and consultations, and townhall's card) and Consultation."""

from __future__ import annotations

from django.db import connection
from django.db.models import Prefetch

from townhall.core import access
from townhall.core.models import Consultation, Deadline, Event, File, Location, Organization, Paper, Person
from townhall.oparl.api.formats import oparl_date
from townhall.participation.oparl import conference_json, conference_queryset, hearing_json, hearing_queryset

from .base import ObjectSerializer, shown
from .file import EMBEDDED_FILE_SKIPS


def consultation_queryset():
    return (
        Consultation.objects.order_by("position", "id").select_related("agenda_item", "meeting")
        .prefetch_related(organization_prefetch())
    )


def organization_prefetch():
    return Prefetch("organizations", queryset=shown(Organization).only("id").order_by("id"), to_attr="oparl_organizations")


#: The references of a paper that are URLs only: property -> (OParl type, through table and columns,
#: target table). Loaded for a whole page in one query instead of one prefetch each.
REFERENCES = {
    "relatedPaper": ("Paper", Paper.related_papers.through, "from_paper_id", "to_paper_id"),
    "superordinatedPaper": ("Paper", Paper.superordinated_papers.through, "from_paper_id", "to_paper_id"),
    "subordinatedPaper": ("Paper", Paper.superordinated_papers.through, "to_paper_id", "from_paper_id"),
    "originatorPerson": ("Person", Paper.originator_persons.through, "paper_id", "person_id"),
    "underDirectionOf": ("Organization", Paper.under_direction_of.through, "paper_id", "organization_id"),
    "originatorOrganization": ("Organization", Paper.originator_organizations.through, "paper_id", "organization_id"),
}
TARGET_TABLES = {"Paper": Paper._meta.db_table, "Person": Person._meta.db_table, "Organization": Organization._meta.db_table}


def reference_sql(count: int) -> str:
    """Return one UNION ALL over every reference table for *count* paper ids, each part with its own ids."""
    quote = connection.ops.quote_name
    marks = ", ".join(["%s"] * count)
    parts = []
    for number, (prop, (type_name, through, own, other)) in enumerate(REFERENCES.items()):
        table, target = quote(through._meta.db_table), quote(TARGET_TABLES[type_name])
        # Only targets anyone may see are linked (core.access: a public paper, a shown person or organization).
        shown_column = "public" if type_name == "Paper" else "visible"
        visible = f"{target}.{quote('deleted')} = %s AND {target}.{quote(shown_column)} = %s"
        parts.append(
            f"SELECT {number} AS kind, {table}.{quote(own)} AS paper, {target}.{quote('id')} AS target "
            # CROSS JOIN keeps SQLite from scanning the target table by its visibility index first.
            f"FROM {table} CROSS JOIN {target} "
            f"WHERE {table}.{quote(own)} IN ({marks}) AND {target}.{quote('id')} = {table}.{quote(other)} AND {visible}"
        )
    return " UNION ALL ".join(parts) + " ORDER BY 1, 2, 3"


def reference_params(ids: list[int]) -> list:
    params = []
    for type_name, *_ in REFERENCES.values():
        params += ids + [False, True]
    return params


def load_references(papers: list) -> None:
    """Set ``oparl_references`` on each paper: property -> ids of visible targets, in id order."""
    ids = [paper.pk for paper in papers if not paper.deleted]
    by_paper = {pk: {prop: [] for prop in REFERENCES} for pk in ids}
    if ids:
        props = list(REFERENCES)
        with connection.cursor() as cursor:
            cursor.execute(reference_sql(len(ids)), reference_params(ids))
            for kind, paper_pk, target_pk in cursor.fetchall():
                by_paper[paper_pk][props[kind]].append(target_pk)
    for paper in papers:
        paper.oparl_references = by_paper.get(paper.pk) or {prop: [] for prop in REFERENCES}


class PaperSerializer(ObjectSerializer):
    type_name = "Paper"
    web_page = "paper"
    model = Paper

    def optimise(self, queryset):
        # Embedded files leave out their text: reading it would fetch every document's full text.
        return queryset.select_related("main_file").defer(*(f"main_file__{name}" for name in EMBEDDED_FILE_SKIPS)).prefetch_related(
            Prefetch("auxiliary_files", queryset=shown(File).defer(*EMBEDDED_FILE_SKIPS).order_by("id"), to_attr="oparl_files"),
            Prefetch("locations", queryset=shown(Location).order_by("id"), to_attr="oparl_locations"),
            Prefetch("consultations", queryset=consultation_queryset(), to_attr="oparl_consultations"),
            Prefetch("deadlines", queryset=shown(Deadline).order_by("date", "id"), to_attr="oparl_deadlines"),
            Prefetch("events", queryset=shown(Event).order_by("start", "id"), to_attr="oparl_events"),
            Prefetch("hearings", queryset=hearing_queryset(), to_attr="oparl_hearings"),
            Prefetch("conferences", queryset=conference_queryset(), to_attr="oparl_conferences"),
        )

    def storable(self, paper):
        # A hearing's response count appears when it closes and grows with late responses, with no new modified time.
        return not getattr(paper, "oparl_hearings", None)

    def prepare(self, objects):
        load_references(objects)
        # The names of attachments withheld from the public, which their papers' cards must not name either.
        ids = [paper.pk for paper in objects if self.is_public(paper)]
        self._withheld = {}
        if ids:
            rows = Paper.auxiliary_files.through.objects.filter(paper__in=ids).exclude(
                access.public_condition(File, "file")).values_list("paper_id", "file__name")
            for paper_id, name in rows:
                self._withheld.setdefault(paper_id, set()).add(name)

    def fields(self, paper):
        renderer = self.renderer
        main_file = renderer.file.embed(paper.main_file)
        references = {prop: [self.addresses.object(REFERENCES[prop][0], pk) for pk in pks]
                      for prop, pks in paper.oparl_references.items()}
        return {
            "body": self.addresses.object("Body", paper.body_id),
            "name": paper.name,
            "reference": paper.reference,
            "date": oparl_date(paper.date),
            "paperType": paper.paper_type,
            "relatedPaper": references["relatedPaper"],
            "superordinatedPaper": references["superordinatedPaper"],
            "subordinatedPaper": references["subordinatedPaper"],
            "mainFile": main_file,
            "auxiliaryFile": [f for f in renderer.file.embed_all(paper.oparl_files) if not main_file or f["id"] != main_file["id"]],
            "location": renderer.location.embed_all(paper.oparl_locations),
            "originatorPerson": references["originatorPerson"],
            "underDirectionOf": references["underDirectionOf"],
            "originatorOrganization": references["originatorOrganization"],
            "consultation": renderer.consultation.embed_all(paper.oparl_consultations),
            "townhall:kind": paper.kind,
            "townhall:language": paper.language,
            "townhall:card": access.public_card(paper, withheld_files=getattr(self, "_withheld", {}).get(paper.pk, ())) or None,
            "townhall:deadlines": [
                {"date": oparl_date(d.date), "purpose": d.purpose} for d in paper.oparl_deadlines
            ],
            "townhall:events": [
                {key: value for key, value in (("name", e.name), ("place", e.place), ("start", oparl_date(e.start)),
                                               ("end", oparl_date(e.end))) if value}
                for e in paper.oparl_events
            ],
            "townhall:hearings": [hearing_json(hearing, self.addresses) for hearing in paper.oparl_hearings],
            "townhall:registrations": [conference_json(conference, self.addresses) for conference in paper.oparl_conferences],
        }


class ConsultationSerializer(ObjectSerializer):
    type_name = "Consultation"
    model = Consultation
    body_field = "paper__body_id"
    backlinks = ("paper",)

    def optimise(self, queryset):
        return queryset.select_related("agenda_item", "meeting").prefetch_related(organization_prefetch())

    def fields(self, consultation):
        addresses = self.addresses
        item, meeting = consultation.agenda_item, consultation.meeting
        return {
            "agendaItem": addresses.object("AgendaItem", item.pk) if access.is_public(item) else None,
            "meeting": addresses.object("Meeting", meeting.pk) if access.is_public(meeting) else None,
            "organization": self.urls("Organization", consultation.oparl_organizations),
            "authoritative": consultation.authoritative,
            "role": consultation.role,
        }

    def backlink_fields(self, consultation):
        return {"paper": self.addresses.object("Paper", consultation.paper_id)}
