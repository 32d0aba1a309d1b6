"""On PostgreSQL, keep for each common word the papers where it weighs most (``backends/impact.py``).

``search_term_top`` holds, per listed word, the papers where the word scores highest, with that
score; ``search_term_top_floor`` says which words are listed, the score below which papers are
left out, and the average length the scores were computed with. Both are filled when a search
first orders by the word and kept up to date as papers are indexed. The statements are written
out here so the migration stays as it was run.
"""

from django.db import migrations

FORWARD = [
    "CREATE TABLE IF NOT EXISTS search_term_top (term text NOT NULL, paper_id bigint NOT NULL, "
    "impact real NOT NULL, PRIMARY KEY (term, paper_id))",
    "CREATE INDEX IF NOT EXISTS search_term_top_order ON search_term_top (term, impact DESC, paper_id DESC)",
    "CREATE INDEX IF NOT EXISTS search_term_top_paper ON search_term_top (paper_id)",
    "CREATE TABLE IF NOT EXISTS search_term_top_floor (term text PRIMARY KEY, floor real NOT NULL, "
    "average real NOT NULL)",
]
BACKWARD = ["DROP TABLE IF EXISTS search_term_top", "DROP TABLE IF EXISTS search_term_top_floor"]


def _run(schema_editor, statements: list[str]) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in statements:
        schema_editor.execute(statement, params=None)


def forward(apps, schema_editor):
    _run(schema_editor, FORWARD)


def backward(apps, schema_editor):
    _run(schema_editor, BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0011_context")]

    operations = [migrations.RunPython(forward, backward)]
