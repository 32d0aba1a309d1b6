"""On PostgreSQL, index the search vectors with RUM when the extension can be had.

A RUM index (Debian's ``postgresql-15-rum``) answers ``@@`` like the GIN index and also hands
out the matches in order of relevance, so a search ranks all its matches without scoring
each one. Creating the extension needs the right to do so; without it (or without the
package) the GIN index stays, and search says so (``townhall check``, ``docs/search.md``).
The statements are written out here so the migration stays as it was run.
"""

from django.db import migrations

TABLE = "search_paper_vector"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum')")
        present = bool(cursor.fetchone()[0])
        cursor.execute("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum')")
        available = bool(cursor.fetchone()[0])
        if not present and available:
            cursor.execute("SAVEPOINT search_rum")
            try:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
                cursor.execute("RELEASE SAVEPOINT search_rum")
                present = True
            except Exception:  # noqa: BLE001 - no right to create it: GIN stays
                cursor.execute("ROLLBACK TO SAVEPOINT search_rum")
        if present:
            cursor.execute(f"CREATE INDEX IF NOT EXISTS search_paper_vector_rum ON {TABLE} USING rum (vector rum_tsvector_ops)")
            cursor.execute("DROP INDEX IF EXISTS search_paper_vector_gin")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS search_paper_vector_gin ON {TABLE} USING gin (vector)")
    schema_editor.execute("DROP INDEX IF EXISTS search_paper_vector_rum")


class Migration(migrations.Migration):
    dependencies = [("search", "0006_title_parts")]

    operations = [migrations.RunPython(forward, backward)]
