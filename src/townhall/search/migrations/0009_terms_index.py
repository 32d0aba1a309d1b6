"""On PostgreSQL, find matches with a GIN index over the stripped vectors beside the RUM index.

RUM evaluates phrases, weights and every alternative of a query inside the index, which is slow
for queries with many glossary and compound alternatives; a GIN index over ``strip(vector)``
finds the same papers many times faster, and RUM is left to order them. The statements are
written out here so the migration stays as it was run.
"""

from django.db import migrations

TABLE = "search_paper_vector"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = %s AND indexname = %s)",
                       [TABLE, "search_paper_vector_rum"])
        if cursor.fetchone()[0]:
            cursor.execute(f"CREATE INDEX IF NOT EXISTS search_paper_vector_terms ON {TABLE} USING gin (strip(vector))")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_paper_vector_terms")


class Migration(migrations.Migration):
    dependencies = [("search", "0008_vocabulary_endings")]

    operations = [migrations.RunPython(forward, backward)]
