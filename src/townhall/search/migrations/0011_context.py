"""Give the names on a paper's route and of its attachments a column of their own in the SQLite index.

The FTS5 table is built anew with a ``context`` column and the stored entries are copied into
it; the column fills as papers are indexed again (``townhall search-rebuild`` fills it at once).
PostgreSQL stores these terms under weight B in its one ``tsvector``: nothing to migrate there.
"""

from django.db import migrations

COLUMNS = "title, reference, body, extras, title_parts"
FORWARD = [
    "DROP TABLE IF EXISTS search_paper_fts_vocab",
    "ALTER TABLE search_paper_fts RENAME TO search_paper_fts_old",
    "CREATE VIRTUAL TABLE search_paper_fts USING fts5("
    "title, reference, body, extras, title_parts, context, "
    "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')",
    f"INSERT INTO search_paper_fts (rowid, {COLUMNS}, context) SELECT rowid, {COLUMNS}, '' FROM search_paper_fts_old",
    "DROP TABLE search_paper_fts_old",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_paper_fts_vocab USING fts5vocab(search_paper_fts, 'row')",
]
BACKWARD = [
    "DROP TABLE IF EXISTS search_paper_fts_vocab",
    "ALTER TABLE search_paper_fts RENAME TO search_paper_fts_new",
    "CREATE VIRTUAL TABLE search_paper_fts USING fts5("
    f"{COLUMNS}, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')",
    f"INSERT INTO search_paper_fts (rowid, {COLUMNS}) SELECT rowid, {COLUMNS} FROM search_paper_fts_new",
    "DROP TABLE search_paper_fts_new",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_paper_fts_vocab USING fts5vocab(search_paper_fts, 'row')",
]


def _run(schema_editor, statements: list[str]) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in statements:
        schema_editor.execute(statement, params=None)


def forward(apps, schema_editor):
    _run(schema_editor, FORWARD)


def backward(apps, schema_editor):
    _run(schema_editor, BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0010_vector_length")]

    operations = [migrations.RunPython(forward, backward)]
