from django.db import migrations, models


def create_slots(apps, schema_editor):
    Generation = apps.get_model("pagecache", "Generation")
    Generation.objects.bulk_create([Generation(slot=slot, value=0) for slot in range(16)])


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Generation",
            fields=[
                ("slot", models.PositiveSmallIntegerField(primary_key=True, serialize=False)),
                ("value", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(create_slots, migrations.RunPython.noop),
    ]
