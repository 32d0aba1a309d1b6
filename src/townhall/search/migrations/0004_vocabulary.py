"""Add the index's vocabulary: every indexed term with the number of papers that hold it.

``search_vocabulary`` is filled from the index itself (FTS5's term list on SQLite, ``ts_stat``
on PostgreSQL) whenever the term statistics are refreshed. Typo suggestions and tolerant
matching look up terms near a query word in it, and a first compound part finds the
compounds that start with it. The row with the empty term holds the number of indexed
papers when it was filled, to tell when it has fallen behind.
"""

from django.db import migrations

CREATE = {
    "sqlite": ["CREATE TABLE IF NOT EXISTS search_vocabulary (term text PRIMARY KEY, docs integer NOT NULL) WITHOUT ROWID"],
    "postgresql": [
        "CREATE TABLE IF NOT EXISTS search_vocabulary (term text COLLATE \"C\" PRIMARY KEY, docs integer NOT NULL)",
    ],
}
DROP = {vendor: ["DROP TABLE IF EXISTS search_vocabulary"] for vendor in CREATE}


def _run(schema_editor, statements: dict) -> None:
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def create(apps, schema_editor):
    _run(schema_editor, CREATE)


def drop(apps, schema_editor):
    _run(schema_editor, DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_term_statistics")]

    operations = [migrations.RunPython(create, drop)]
