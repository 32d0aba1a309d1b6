"""Remove the route steps that linking made from a paper's addressees.

Linking used to add a consultation with the role "addressee" for each committee a paper was
addressed to but not routed through: a step with no date, meeting or agenda item that the paper
never named, shown as "upcoming" on papers decades old. Only those rows go: the role linking gave
them, nothing harvested (an origin id), nothing a person could have added since (a date, a meeting,
an agenda item). Their papers get a new ``modified`` time, as every change to a consultation does,
so OParl clients fetch the shorter route.
"""

from django.db import migrations
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
    while True:
        rows = list(invented.values_list("id", "paper_id")[:CHUNK])
        if not rows:
            break
        Consultation.organizations.through.objects.filter(consultation_id__in=[pk for pk, _ in rows]).delete()
        Consultation.objects.filter(id__in=[pk for pk, _ in rows]).delete()
        Paper.objects.filter(id__in={paper for _, paper in rows}).update(modified=timezone.now())


class Migration(migrations.Migration):

    dependencies = [
        ("ingest", "0001_initial"),
        ("core", "0004_paper_effective_date"),
    ]

    operations = [migrations.RunPython(remove_addressee_steps, migrations.RunPython.noop)]
