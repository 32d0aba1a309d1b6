"""Date the facet rows by each paper's effective date: its own, else its first consultation's or meeting's, else its file's.

Filters, sorting and the year facet read ``search_paper_facet.date``; the triggers now copy
``COALESCE(date, effective_date)`` there, so a paper without a date of its own is found by a
date filter on the day of its first consultation or meeting (``core/0004``).
"""

from django.db import migrations

DATE = "COALESCE(NEW.date, NEW.effective_date)"
SQLITE_COLUMNS = (
    f"NEW.id, NEW.body_id, NEW.kind, NEW.language, CAST(substr({DATE}, 1, 4) AS integer), {DATE}, "
    "NEW.public, NEW.deleted"
)
SQLITE = [
    "DROP TRIGGER IF EXISTS search_paper_facet_insert",
    "DROP TRIGGER IF EXISTS search_paper_facet_update",
    "CREATE TRIGGER search_paper_facet_insert AFTER INSERT ON core_paper BEGIN "
    f"INSERT OR REPLACE INTO search_paper_facet VALUES ({SQLITE_COLUMNS}); END",
    "CREATE TRIGGER search_paper_facet_update AFTER UPDATE ON core_paper BEGIN "
    "DELETE FROM search_paper_facet WHERE paper_id = OLD.id; "
    f"INSERT OR REPLACE INTO search_paper_facet VALUES ({SQLITE_COLUMNS}); END",
    "UPDATE search_paper_facet SET date = (SELECT COALESCE(p.date, p.effective_date) FROM core_paper p "
    "WHERE p.id = search_paper_facet.paper_id) WHERE date IS NULL",
    "UPDATE search_paper_facet SET year = CAST(substr(date, 1, 4) AS integer) WHERE year IS NULL AND date IS NOT NULL",
]
POSTGRES = [
    "CREATE OR REPLACE FUNCTION search_paper_facet_sync() RETURNS trigger LANGUAGE plpgsql AS $body$ "
    "BEGIN "
    "IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN DELETE FROM search_paper_facet WHERE paper_id = OLD.id; END IF; "
    "IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN "
    "INSERT INTO search_paper_facet VALUES (NEW.id, NEW.body_id, NEW.kind, NEW.language, "
    f"EXTRACT(year FROM {DATE})::integer, {DATE}, NEW.public, NEW.deleted) "
    "ON CONFLICT (paper_id) DO UPDATE SET body_id = EXCLUDED.body_id, kind = EXCLUDED.kind, "
    "language = EXCLUDED.language, year = EXCLUDED.year, date = EXCLUDED.date, public = EXCLUDED.public, "
    "deleted = EXCLUDED.deleted; "
    "END IF; "
    "RETURN NULL; "
    "END $body$",
    "UPDATE search_paper_facet f SET date = p.effective_date, year = EXTRACT(year FROM p.effective_date)::integer "
    "FROM core_paper p WHERE p.id = f.paper_id AND f.date IS NULL AND p.effective_date IS NOT NULL",
]


def forwards(apps, schema_editor):
    for statement in {"sqlite": SQLITE, "postgresql": POSTGRES}.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("core", "0004_paper_effective_date"), ("search", "0004_vocabulary")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
