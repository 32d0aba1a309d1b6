"""New rows of one list page, held back and written together: one INSERT per type, one per link table.

Each new object gets its primary key when it is made (:class:`IdBlock`), so the harvester can link
to it, embed it and remember it exactly as if it were saved; :meth:`PendingWrites.flush` writes
the page's objects with one ``bulk_create`` per model and its many-to-many links with one per link
table. The database checks foreign keys at the end of the transaction (Django declares them
deferred on SQLite and PostgreSQL), so the order of the inserts within a page is free.
"""

from __future__ import annotations

from collections import defaultdict

from django.db import connection, models

#: The order models are written in (targets before what points at them, for readable SQL logs).
WRITE_ORDER = ("Location", "File", "Organization", "Person", "Membership", "LegislativeTerm", "Meeting", "AgendaItem",
               "Paper", "Consultation")


class IdBlock:
    """Hand out primary keys for new rows before they are written.

    PostgreSQL takes them from the table's identity sequence, so concurrent writers never get the
    same one. SQLite has no sequences: the next free id is read inside the page's transaction, which
    holds SQLite's write lock (``BEGIN IMMEDIATE``) until it commits, so nobody else inserts meanwhile.
    """

    #: Ids taken from a PostgreSQL sequence at once.
    CHUNK = 100

    def __init__(self):
        self.vendor = connection.vendor
        self._free: dict[type[models.Model], list[int]] = defaultdict(list)
        self._next: dict[type[models.Model], int] = {}

    @classmethod
    def supported(cls) -> bool:
        return connection.vendor in ("sqlite", "postgresql")

    def take(self, model: type[models.Model]) -> int:
        """Return an unused primary key of *model*'s table."""
        if self.vendor == "postgresql":
            free = self._free[model]
            if not free:
                table = model._meta.db_table
                with connection.cursor() as cursor:
                    cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                                   [table, model._meta.pk.column, self.CHUNK])
                    free.extend(sorted((row[0] for row in cursor.fetchall()), reverse=True))
            return free.pop()
        if model not in self._next:
            table, column = connection.ops.quote_name(model._meta.db_table), connection.ops.quote_name(model._meta.pk.column)
            with connection.cursor() as cursor:
                # AUTOINCREMENT tables never reuse an id, so the last one handed out counts as well as the largest kept.
                cursor.execute(f"SELECT max(coalesce((SELECT max({column}) FROM {table}), 0), "
                               "coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0))", [model._meta.db_table])
                self._next[model] = cursor.fetchone()[0] + 1
        pk = self._next[model]
        self._next[model] = pk + 1
        return pk

    def forget(self) -> None:
        """Read SQLite's next free ids afresh (another writer may have inserted since the last transaction)."""
        self._next.clear()


class PendingWrites:
    """The new objects and links of one page, in the order they were made, until :meth:`flush`."""

    def __init__(self, ids: IdBlock):
        self.ids = ids
        self._objects: list[models.Model] = []
        self._links: list[tuple[type[models.Model], str, str, int, list[int]]] = []
        self._pending: dict[type[models.Model], set[int]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._objects)

    def add(self, obj: models.Model) -> None:
        """Hold *obj* (its primary key already taken) for the next flush."""
        self._objects.append(obj)
        self._pending[type(obj)].add(obj.pk)

    def link(self, model: type[models.Model], field_name: str, pk: int, targets: list[int]) -> None:
        """Hold many-to-many links from the new object *pk* of *model* to *targets*."""
        field = model._meta.get_field(field_name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        self._links.append((through, source, target, pk, list(targets)))
        if field.remote_field.symmetrical and field.related_model is model:
            # A symmetrical relation (related papers) is stored in both directions, as Django's add() does.
            for other in targets:
                self._links.append((through, source, target, other, [pk]))

    def holds(self, model: type[models.Model], pk: int | None) -> bool:
        """Tell whether the row *pk* of *model* is still waiting to be written."""
        return pk is not None and pk in self._pending.get(model, ())

    def mark(self) -> tuple[int, int]:
        return len(self._objects), len(self._links)

    def rewind(self, mark: tuple[int, int]) -> None:
        """Drop what was held since *mark* (an object that failed leaves nothing behind)."""
        objects, links = mark
        for obj in self._objects[objects:]:
            self._pending[type(obj)].discard(obj.pk)
        del self._objects[objects:]
        del self._links[links:]

    def flush(self) -> None:
        """Write every held object with one bulk insert per model, then every held link per link table."""
        by_model: dict[type[models.Model], list[models.Model]] = defaultdict(list)
        for obj in self._objects:
            by_model[type(obj)].append(obj)
        order = {name: number for number, name in enumerate(WRITE_ORDER)}
        for model in sorted(by_model, key=lambda m: order.get(m.__name__, len(order))):
            model._base_manager.bulk_create(by_model[model])
        rows: dict[type[models.Model], dict[tuple[int, int], models.Model]] = defaultdict(dict)
        for through, source, target, pk, targets in self._links:
            for other in targets:
                rows[through].setdefault((pk, other), through(**{source: pk, target: other}))
        for through, found in rows.items():
            # A link the same page also made through an update (set() on an older object) is kept once.
            through._default_manager.bulk_create(list(found.values()), ignore_conflicts=True)
        self._objects.clear()
        self._links.clear()
        self._pending.clear()
