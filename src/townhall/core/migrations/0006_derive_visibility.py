"""Work out which stored records were made by reading papers, and which of them the public may see.

Before this migration the committees, meetings and people a document named were public whatever
the document was, and a file kept the Public flag its paper had when it was read. Now:

1. A meeting, organization or person counts as made by reading papers (``from_papers``) when it
   was not harvested, an ingested paper names it, and it holds nothing of its own: no memberships
   (organizations, persons), no agenda items and no files (meetings).
2. A file whose Public flag was copied from its non-public paper when the paper was read (the file
   came from that paper's document, and every paper holding it is non-public) gets its own flag
   back: it stays hidden through its paper and is shown when the paper is published.
3. A file read out of a document (an e-mail attachment, stored with ``#part-N`` after the
   document's source) names the document's file as its master file: the document's original
   bytes hold it, so withholding the part withholds them too.
4. ``visible`` is worked out for every record by the rule of ``townhall.core.access``, written out
   here as it stood when this migration was made (so the migration stays as it was run). Records
   that become hidden get a new ``modified`` time, so OParl clients see them as deleted.
"""

from django.db import migrations
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone


def _through(model, name):
    return model._meta.get_field(name).remote_field.through


def _mark_from_papers(apps):
    Paper, Consultation = apps.get_model("core", "Paper"), apps.get_model("core", "Consultation")
    Meeting, Organization, Person = (apps.get_model("core", name) for name in ("Meeting", "Organization", "Person"))
    Membership, AgendaItem = apps.get_model("core", "Membership"), apps.get_model("core", "AgendaItem")
    ingested = Paper.objects.filter(ingested_at__isnull=False)
    consultation_orgs = _through(Consultation, "organizations")

    named_meetings = Consultation.objects.filter(meeting=OuterRef("pk"), paper__in=ingested)
    own_meeting = (
        Q(Exists(AgendaItem.objects.filter(meeting=OuterRef("pk")))) | Q(invitation__isnull=False)
        | Q(results_protocol__isnull=False) | Q(verbatim_protocol__isnull=False)
        | Q(Exists(_through(Meeting, "auxiliary_files").objects.filter(meeting=OuterRef("pk"))))
    )
    Meeting.objects.filter(origin_id="").filter(Exists(named_meetings)).exclude(own_meeting).update(from_papers=True)

    named_orgs = (
        Q(Exists(consultation_orgs.objects.filter(organization=OuterRef("pk"), consultation__paper__in=ingested)))
        | Q(Exists(_through(Paper, "under_direction_of").objects.filter(organization=OuterRef("pk"), paper__in=ingested)))
        | Q(Exists(_through(Paper, "originator_organizations").objects.filter(organization=OuterRef("pk"), paper__in=ingested)))
    )
    own_org = Q(Exists(Membership.objects.filter(organization=OuterRef("pk"))))
    Organization.objects.filter(origin_id="").filter(named_orgs).exclude(own_org).update(from_papers=True)

    named_people = (
        Q(Exists(ingested.filter(case_handler=OuterRef("pk"))))
        | Q(Exists(_through(Paper, "signatories").objects.filter(person=OuterRef("pk"), paper__in=ingested)))
        | Q(Exists(_through(Paper, "originator_persons").objects.filter(person=OuterRef("pk"), paper__in=ingested)))
    )
    own_person = Q(Exists(Membership.objects.filter(person=OuterRef("pk"))))
    Person.objects.filter(origin_id="").filter(named_people).exclude(own_person).update(from_papers=True)


def _give_files_their_own_flag(apps):
    Paper, File = apps.get_model("core", "Paper"), apps.get_model("core", "File")
    Meeting, AgendaItem = apps.get_model("core", "Meeting"), apps.get_model("core", "AgendaItem")
    aux = _through(Paper, "auxiliary_files")
    pk = OuterRef("pk")
    public_holder = (
        Q(Exists(Paper.objects.filter(main_file=pk, public=True))) | Q(Exists(aux.objects.filter(file=pk, paper__public=True)))
        | Q(Exists(Meeting.objects.filter(Q(invitation=pk) | Q(results_protocol=pk) | Q(verbatim_protocol=pk))))
        | Q(Exists(_through(Meeting, "auxiliary_files").objects.filter(file=pk)))
        | Q(Exists(AgendaItem.objects.filter(resolution_file=pk)))
        | Q(Exists(_through(AgendaItem, "auxiliary_files").objects.filter(file=pk)))
    )
    # Read from the paper's own document: its main file, the attachments it named, the parts of an e-mail.
    from_document = (
        Q(Exists(Paper.objects.filter(main_file=pk, public=False, source_uri=OuterRef("source_uri"))))
        | Q(Exists(aux.objects.filter(file=pk, paper__public=False, paper__source_uri=OuterRef("source_uri"))))
    )
    candidates = File.objects.filter(public=False).exclude(source_uri="").filter(from_document).exclude(public_holder)
    candidates.update(public=True)
    # E-mail parts and demo attachments carry "#..." after their paper's source.
    for file in File.objects.filter(public=False, source_uri__contains="#").exclude(public_holder).only("id", "source_uri"):
        paper_source = file.source_uri.split("#", 1)[0]
        holders = Paper.objects.filter(Q(main_file=file.pk) | Q(auxiliary_files=file.pk)).distinct()
        if holders.exists() and not holders.filter(public=True).exists() and holders.filter(source_uri=paper_source).exists():
            File.objects.filter(pk=file.pk).update(public=True)


def _link_parts(apps):
    File = apps.get_model("core", "File")
    for part in File.objects.filter(source_uri__contains="#part-", master_file__isnull=True).only("id", "source_uri"):
        document = part.source_uri.rsplit("#part-", 1)[0]
        container = File.objects.filter(source_uri=document).exclude(pk=part.pk).order_by("id").first()
        if container is not None:
            File.objects.filter(pk=part.pk).update(master_file=container.pk)


def _derive(apps):
    Paper, Consultation, Body = (apps.get_model("core", name) for name in ("Paper", "Consultation", "Body"))
    Meeting, Organization, Person = (apps.get_model("core", name) for name in ("Meeting", "Organization", "Person"))
    AgendaItem, File, Location = (apps.get_model("core", name) for name in ("AgendaItem", "File", "Location"))
    shown_paper = {"public": True, "deleted": False}
    pk = OuterRef("pk")

    def apply(model, rule):
        now = timezone.now()
        model.objects.filter(visible=False).filter(rule).update(visible=True)
        hidden = list(model.objects.filter(visible=True).exclude(rule).values_list("pk", flat=True))
        for start in range(0, len(hidden), 500):
            model.objects.filter(pk__in=hidden[start:start + 500]).update(visible=False, modified=now)

    apply(Meeting, Q(from_papers=False) | Q(Exists(Consultation.objects.filter(meeting=pk, deleted=False, paper__public=True, paper__deleted=False))))
    apply(Organization, Q(from_papers=False)
          | Q(Exists(_through(Consultation, "organizations").objects.filter(
              organization=pk, consultation__deleted=False, consultation__paper__public=True, consultation__paper__deleted=False)))
          | Q(Exists(_through(Paper, "under_direction_of").objects.filter(organization=pk, paper__public=True, paper__deleted=False)))
          | Q(Exists(_through(Paper, "originator_organizations").objects.filter(organization=pk, paper__public=True, paper__deleted=False))))
    apply(Person, Q(from_papers=False) | Q(Exists(Paper.objects.filter(case_handler=pk, **shown_paper)))
          | Q(Exists(_through(Paper, "signatories").objects.filter(person=pk, paper__public=True, paper__deleted=False)))
          | Q(Exists(_through(Paper, "originator_persons").objects.filter(person=pk, paper__public=True, paper__deleted=False))))
    about = Consultation.objects.filter(agenda_item=pk, deleted=False)
    apply(AgendaItem, Q(meeting__visible=True, meeting__deleted=False)
          & (~Q(Exists(about)) | Q(Exists(about.filter(paper__public=True, paper__deleted=False)))))
    meeting_shown = {"visible": True, "deleted": False}
    holders = [
        (Paper.objects.filter(main_file=pk), Q(**shown_paper)),
        (_through(Paper, "auxiliary_files").objects.filter(file=pk), Q(paper__public=True, paper__deleted=False)),
        (Meeting.objects.filter(invitation=pk), Q(**meeting_shown)),
        (Meeting.objects.filter(results_protocol=pk), Q(**meeting_shown)),
        (Meeting.objects.filter(verbatim_protocol=pk), Q(**meeting_shown)),
        (_through(Meeting, "auxiliary_files").objects.filter(file=pk), Q(meeting__visible=True, meeting__deleted=False)),
        (AgendaItem.objects.filter(resolution_file=pk), Q(visible=True, deleted=False) & ~Q(public=False)),
        (_through(AgendaItem, "auxiliary_files").objects.filter(file=pk),
         Q(agendaitem__visible=True, agendaitem__deleted=False) & ~Q(agendaitem__public=False)),
    ]
    held, shown = Q(master_file__isnull=False), Q(master_file__public=True, master_file__visible=True, master_file__deleted=False)
    for rows, condition in holders:
        held |= Q(Exists(rows))
        shown |= Q(Exists(rows.filter(condition)))
    for _generation in range(4):  # derivative files follow their master files
        apply(File, ~held | shown)
    located = {"location": pk, "visible": True, "deleted": False}
    apply(Location, Q(from_papers=False)
          | Q(Exists(_through(Paper, "locations").objects.filter(location=pk, paper__public=True, paper__deleted=False)))
          | Q(Exists(Meeting.objects.filter(**located))) | Q(Exists(Organization.objects.filter(**located)))
          | Q(Exists(Person.objects.filter(**located))) | Q(Exists(Body.objects.filter(location=pk, deleted=False))))


def forwards(apps, schema_editor):
    _mark_from_papers(apps)
    _give_files_their_own_flag(apps)
    _link_parts(apps)
    _derive(apps)


class Migration(migrations.Migration):
    dependencies = [("core", "0005_derived_visibility")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
