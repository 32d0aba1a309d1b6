"""Add the index's vocabulary written backwards, so that the compounds ending in a word are found.

A last part finds the whole compound ("plads" finds "sportsplads", "Neubau" finds
"Ersatzneubau") by a range scan over the reversed terms; the table is filled with the
vocabulary. The statements are written out here so the migration stays as it was run.
"""

from django.db import migrations

CREATE = {
    "sqlite": ["CREATE TABLE IF NOT EXISTS search_vocabulary_reversed (reversed text PRIMARY KEY) WITHOUT ROWID"],
    "postgresql": ["CREATE TABLE IF NOT EXISTS search_vocabulary_reversed (reversed text COLLATE \"C\" PRIMARY KEY)"],
}
DROP = {vendor: ["DROP TABLE IF EXISTS search_vocabulary_reversed"] for vendor in CREATE}


def _run(schema_editor, statements: dict) -> None:
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def create(apps, schema_editor):
    _run(schema_editor, CREATE)


def drop(apps, schema_editor):
    _run(schema_editor, DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0007_rum_index")]

    operations = [migrations.RunPython(create, drop)]
