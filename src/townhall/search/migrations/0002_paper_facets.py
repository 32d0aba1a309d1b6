"""Add a narrow copy of each paper's facet and access columns, kept in step by triggers.

Counting facets over tens of thousands of matches used to look up every match in the
wide ``core_paper`` rows. ``search_paper_facet`` holds only what filters, access rules
and facets need (body, kind, language, year, date, public, deleted), about 40 bytes a
paper, so the counting reads a few megabytes that stay in the cache. Database triggers on
``core_paper`` keep it in step, whatever the write path (``save``, ``bulk_create``,
``update``, raw SQL), so it can never show a non-public or deleted paper as visible.
"""

from django.db import migrations

SQLITE_COLUMNS = (
    "NEW.id, NEW.body_id, NEW.kind, NEW.language, CAST(substr(NEW.date, 1, 4) AS integer), NEW.date, "
    "NEW.public, NEW.deleted"
)
SQLITE_CREATE = [
    "CREATE TABLE IF NOT EXISTS search_paper_facet ("
    "paper_id integer PRIMARY KEY, body_id integer NOT NULL, kind varchar(20) NOT NULL, "
    "language varchar(3) NOT NULL, year integer NULL, date date NULL, public bool NOT NULL, deleted bool NOT NULL)",
    "INSERT OR REPLACE INTO search_paper_facet SELECT id, body_id, kind, language, "
    "CAST(substr(date, 1, 4) AS integer), date, public, deleted FROM core_paper",
    "CREATE TRIGGER IF NOT EXISTS search_paper_facet_insert AFTER INSERT ON core_paper BEGIN "
    f"INSERT OR REPLACE INTO search_paper_facet VALUES ({SQLITE_COLUMNS}); END",
    "CREATE TRIGGER IF NOT EXISTS search_paper_facet_update AFTER UPDATE ON core_paper BEGIN "
    "DELETE FROM search_paper_facet WHERE paper_id = OLD.id; "
    f"INSERT OR REPLACE INTO search_paper_facet VALUES ({SQLITE_COLUMNS}); END",
    "CREATE TRIGGER IF NOT EXISTS search_paper_facet_delete AFTER DELETE ON core_paper BEGIN "
    "DELETE FROM search_paper_facet WHERE paper_id = OLD.id; END",
    "ANALYZE search_paper_facet",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_paper_facet_insert",
    "DROP TRIGGER IF EXISTS search_paper_facet_update",
    "DROP TRIGGER IF EXISTS search_paper_facet_delete",
    "DROP TABLE IF EXISTS search_paper_facet",
]

POSTGRES_CREATE = [
    "CREATE TABLE IF NOT EXISTS search_paper_facet ("
    "paper_id bigint PRIMARY KEY, body_id bigint NOT NULL, kind varchar(20) NOT NULL, "
    "language varchar(3) NOT NULL, year integer NULL, date date NULL, public boolean NOT NULL, "
    "deleted boolean NOT NULL)",
    "INSERT INTO search_paper_facet SELECT id, body_id, kind, language, "
    "EXTRACT(year FROM date)::integer, date, public, deleted FROM core_paper ON CONFLICT (paper_id) DO NOTHING",
    "CREATE OR REPLACE FUNCTION search_paper_facet_sync() RETURNS trigger LANGUAGE plpgsql AS $body$ "
    "BEGIN "
    "IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN DELETE FROM search_paper_facet WHERE paper_id = OLD.id; END IF; "
    "IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN "
    "INSERT INTO search_paper_facet VALUES (NEW.id, NEW.body_id, NEW.kind, NEW.language, "
    "EXTRACT(year FROM NEW.date)::integer, NEW.date, NEW.public, NEW.deleted) "
    "ON CONFLICT (paper_id) DO UPDATE SET body_id = EXCLUDED.body_id, kind = EXCLUDED.kind, "
    "language = EXCLUDED.language, year = EXCLUDED.year, date = EXCLUDED.date, public = EXCLUDED.public, "
    "deleted = EXCLUDED.deleted; "
    "END IF; "
    "RETURN NULL; "
    "END $body$",
    "CREATE OR REPLACE FUNCTION search_paper_facet_clear() RETURNS trigger LANGUAGE plpgsql AS $body$ "
    "BEGIN TRUNCATE search_paper_facet; RETURN NULL; END $body$",
    "DROP TRIGGER IF EXISTS search_paper_facet_sync ON core_paper",
    "CREATE TRIGGER search_paper_facet_sync AFTER INSERT OR UPDATE OR DELETE ON core_paper "
    "FOR EACH ROW EXECUTE FUNCTION search_paper_facet_sync()",
    "DROP TRIGGER IF EXISTS search_paper_facet_truncate ON core_paper",
    "CREATE TRIGGER search_paper_facet_truncate AFTER TRUNCATE ON core_paper "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_paper_facet_clear()",
    "ANALYZE search_paper_facet",
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS search_paper_facet_sync ON core_paper",
    "DROP TRIGGER IF EXISTS search_paper_facet_truncate ON core_paper",
    "DROP FUNCTION IF EXISTS search_paper_facet_sync()",
    "DROP FUNCTION IF EXISTS search_paper_facet_clear()",
    "DROP TABLE IF EXISTS search_paper_facet",
]


def _run(schema_editor, statements: dict) -> None:
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def create_facets(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE})


def drop_facets(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP})


class Migration(migrations.Migration):
    dependencies = [("core", "0002_paper_body_visibility_index"), ("search", "0001_search_index")]

    operations = [migrations.RunPython(create_facets, drop_facets)]
