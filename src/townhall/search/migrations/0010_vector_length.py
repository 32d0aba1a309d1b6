"""On PostgreSQL, keep each paper's number of indexed terms beside its vector.

BM25 discounts a word's frequency by the paper's length against the average length; a vector
knows only its number of distinct terms, which leaves a text that repeats itself too long a
reach. The length of stored vectors is counted from their positions (at most 256 a term, as a
vector keeps them); new entries store the exact count. The statements are written out here so
the migration stays as it was run.
"""

from django.db import migrations

TABLE = "search_paper_vector"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS length integer NOT NULL DEFAULT 0")
        cursor.execute(
            f"UPDATE {TABLE} SET length = (SELECT COALESCE(SUM(COALESCE(array_length(positions, 1), 1)), 0) "
            "FROM unnest(vector))"
        )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS length")


class Migration(migrations.Migration):
    dependencies = [("search", "0009_terms_index")]

    operations = [migrations.RunPython(forward, backward)]
