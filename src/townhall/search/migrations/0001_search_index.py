"""Create the full-text index table of the database engine in use.

SQLite gets an FTS5 virtual table, PostgreSQL a tsvector table with a GIN index; the
statements are written out here (not imported) so the migration stays as it was run.
"""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_paper_fts USING fts5("
    "title, reference, body, extras, "
    "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS search_paper_fts"]
POSTGRES_CREATE = [
    "CREATE TABLE IF NOT EXISTS search_paper_vector ("
    "paper_id bigint PRIMARY KEY, "
    "vector tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS search_paper_vector_gin ON search_paper_vector USING gin (vector)",
]
POSTGRES_DROP = ["DROP TABLE IF EXISTS search_paper_vector"]


def _run(schema_editor, statements: dict) -> None:
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement)


def create_index(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE})


def drop_index(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP})


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
