"""Give the compound parts of a paper's title a column of their own in the SQLite index.

They used to share the parts column of the text, ranked lowest; a paper titled
"Skybrudssikring" then ranked below any paper that mentions "skybrud" once. The FTS5 table is
built anew with a ``title_parts`` column and the stored entries are copied into it; the new
column fills as papers are indexed again (``townhall search-rebuild`` fills it at once).
PostgreSQL keeps one ``tsvector`` per paper and stores title parts under weight B: nothing
to migrate there.
"""

from django.db import migrations

COLUMNS = "title, reference, body, extras"
FORWARD = [
    "DROP TABLE IF EXISTS search_paper_fts_vocab",
    "ALTER TABLE search_paper_fts RENAME TO search_paper_fts_old",
    "CREATE VIRTUAL TABLE search_paper_fts USING fts5("
    "title, reference, body, extras, title_parts, "
    "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')",
    f"INSERT INTO search_paper_fts (rowid, {COLUMNS}, title_parts) SELECT rowid, {COLUMNS}, '' FROM search_paper_fts_old",
    "DROP TABLE search_paper_fts_old",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_paper_fts_vocab USING fts5vocab(search_paper_fts, 'row')",
]
BACKWARD = [
    "DROP TABLE IF EXISTS search_paper_fts_vocab",
    "ALTER TABLE search_paper_fts RENAME TO search_paper_fts_new",
    "CREATE VIRTUAL TABLE search_paper_fts USING fts5("
    "title, reference, body, extras, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4')",
    f"INSERT INTO search_paper_fts (rowid, {COLUMNS}) SELECT rowid, title, reference, body, "
    "trim(extras || ' ' || title_parts) FROM search_paper_fts_new",
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
    dependencies = [("search", "0005_facet_effective_date")]

    operations = [migrations.RunPython(forward, backward)]
