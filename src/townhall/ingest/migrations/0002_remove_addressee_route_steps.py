"""Remove the route steps that linking made from a paper's addressees.

Linking used to add a consultation with the role "addressee" for each committee a paper was
addressed to but not routed through: a step with no date, meeting or agenda item that the paper
never named, shown as "upcoming" on papers decades old. Only those rows go: the role linking gave
them, nothing harvested (an origin id), nothing a person could have added since (a date, a meeting,
an agenda item). Their papers get a new ``modified`` time, as every change to a consultation does,
so OParl clients fetch the shorter route. A committee made by reading papers that only such a step
named is no longer named by any paper and is hidden from the public (the organization rule of
``townhall.core.access``, written out here as it stood when this migration was made).
"""

from django.db import migrations
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

ADDRESSEE_ROLE = "addressee"
CHUNK = 500


def remove_addressee_steps(apps, schema_editor):
    Consultation = apps.get_model("core", "Consultation")
    Paper = apps.get_model("core", "Paper")
    invented = Consultation.objects.filter(
        role=ADDRESSEE_ROLE, origin_id="", date__isnull=True, meeting__isnull=True, agenda_item__isnull=True,
        paper__card__isnull=False,
    )
    steps = Consultation.organizations.through
    named: set[int] = set()
    while True:
        rows = list(invented.values_list("id", "paper_id")[:CHUNK])
        if not rows:
            break
        links = steps.objects.filter(consultation_id__in=[pk for pk, _ in rows])
        named.update(links.values_list("organization_id", flat=True))
        links.delete()
        Consultation.objects.filter(id__in=[pk for pk, _ in rows]).delete()
        Paper.objects.filter(id__in={paper for _, paper in rows}).update(modified=timezone.now())
    _hide_unnamed_organizations(apps, named)


def _hide_unnamed_organizations(apps, ids: set[int]) -> None:
    Organization, Paper = apps.get_model("core", "Organization"), apps.get_model("core", "Paper")
    Consultation = apps.get_model("core", "Consultation")
    shown = {"paper__public": True, "paper__deleted": False}
    consulted = Consultation.organizations.through.objects.filter(
        organization=OuterRef("pk"), consultation__deleted=False, consultation__paper__public=True,
        consultation__paper__deleted=False,
    )
    directed = Paper.under_direction_of.through.objects.filter(organization=OuterRef("pk"), **shown)
    originated = Paper.originator_organizations.through.objects.filter(organization=OuterRef("pk"), **shown)
    rule = Q(from_papers=False) | Q(Exists(consulted)) | Q(Exists(directed)) | Q(Exists(originated))
    ids = sorted(ids)
    for start in range(0, len(ids), CHUNK):
        Organization.objects.filter(pk__in=ids[start:start + CHUNK], visible=True).exclude(rule).update(
            visible=False, modified=timezone.now())


class Migration(migrations.Migration):

    dependencies = [
        ("ingest", "0001_initial"),
        ("core", "0006_derive_visibility"),
    ]

    operations = [migrations.RunPython(remove_addressee_steps, migrations.RunPython.noop)]
