"""Add term statistics for the FTS5 index and a date index on the facet table.

FTS5 does not store how many papers hold a term; its ``bm25()`` counts them anew for every
phrase of every query, which at a million papers costs more than the search itself.
``search_term_stats`` keeps those counts for the common terms (refreshed when the index is
rebuilt or an ingest has grown it), read through ``search_paper_fts_vocab``, FTS5's own
view of its terms. ``search_paper_facet_date`` lets a date-sorted search walk the papers
newest first instead of sorting every match.
"""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_paper_fts_vocab USING fts5vocab(search_paper_fts, 'row')",
    "CREATE TABLE IF NOT EXISTS search_term_stats (term text PRIMARY KEY, docs integer NOT NULL) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS search_paper_facet_date ON search_paper_facet (date, paper_id)",
]
SQLITE_DROP = [
    "DROP INDEX IF EXISTS search_paper_facet_date",
    "DROP TABLE IF EXISTS search_term_stats",
    "DROP TABLE IF EXISTS search_paper_fts_vocab",
]
POSTGRES_CREATE = ["CREATE INDEX IF NOT EXISTS search_paper_facet_date ON search_paper_facet (date, paper_id)"]
POSTGRES_DROP = ["DROP INDEX IF EXISTS search_paper_facet_date"]


def _run(schema_editor, statements: dict) -> None:
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def create(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE})


def drop(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP})


class Migration(migrations.Migration):
    dependencies = [("search", "0002_paper_facets")]

    operations = [migrations.RunPython(create, drop)]
