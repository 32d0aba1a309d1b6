"""Write the ingest's rows with statements prepared once per table, without model instances.

Linking one document inserts a dozen rows into as many tables. Through the ORM each insert
built model instances and compiled its statement anew, which cost the writing process (the
ingest's bottleneck: one writer) several times what the database spent on the rows. A
:class:`RowInsert` knows its table's columns and defaults and converts only the values that
need it (dates, times, JSON), with the field's own conversion for the database in use.

Rows inserted this way skip ``save()``: use it only for rows whose insertion changes no other
record (``OParlObject.save`` touches nothing for a new paper, file, meeting, person, deadline,
event or link row), and give every value a model's ``save()`` would compute.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection

# Field types whose Python values go to both databases as they are.
_PLAIN_TYPES = frozenset({
    "AutoField", "BigAutoField", "BigIntegerField", "BooleanField", "CharField", "EmailField", "ForeignKey",
    "IntegerField", "OneToOneField", "PositiveBigIntegerField", "PositiveIntegerField", "PositiveSmallIntegerField",
    "SlugField", "SmallIntegerField", "TextField", "URLField",
})
# Parameters in one statement at most (SQLite builds before 3.32 allow 999).
_MAX_PARAMETERS = 999


class RowInsert:
    """Insert rows of one model, each given as the values of *fields* (attribute names, in order).

    Every other column gets its field's default, computed once per call (so ``created`` and
    ``modified`` share one timestamp across the rows of a call). Return the new ids, in the
    order of the rows.
    """

    def __init__(self, model, fields: Sequence[str]) -> None:
        self.model = model
        self.fields = tuple(fields)
        self._prepared = False

    def _prepare(self) -> None:
        # On first use, not at import: the statement depends on the database in use.
        model = self.model
        meta = model._meta
        by_name = {field.attname: field for field in meta.concrete_fields}
        unknown = [name for name in self.fields if name not in by_name]
        if unknown:
            raise ValueError(f"{model.__name__} has no column for {', '.join(unknown)}")
        self._given = [by_name[name] for name in self.fields]
        self._defaults = [field for field in meta.concrete_fields if field.attname not in self.fields and not field.primary_key]
        columns = [connection.ops.quote_name(field.column) for field in (*self._given, *self._defaults)]
        self._table = connection.ops.quote_name(meta.db_table)
        self._columns = ", ".join(columns)
        self._row_marks = "(" + ", ".join(["%s"] * len(columns)) + ")"
        self._per_statement = max(1, _MAX_PARAMETERS // len(columns))
        self._pk = connection.ops.quote_name(meta.pk.column)
        # Which given values need the field's conversion (by position); the rest pass as they are.
        self._converted = [(position, field) for position, field in enumerate(self._given) if field.get_internal_type() not in _PLAIN_TYPES]
        self._varying = [_varies(field) for field in self._defaults]
        self._constant_defaults: list | None = None
        self._prepared = True

    def __call__(self, rows: Iterable[Sequence], *, returning: bool = True) -> list[int]:
        rows = list(rows)
        if not rows:
            return []
        if not self._prepared:
            self._prepare()
        defaults = self._default_values()
        ids: list[int] = []
        with connection.cursor() as cursor:
            for start in range(0, len(rows), self._per_statement):
                chunk = rows[start:start + self._per_statement]
                parameters: list = []
                for row in chunk:
                    if len(row) != len(self.fields):
                        raise ValueError(f"{self.model.__name__} row has {len(row)} values for {len(self.fields)} fields")
                    values = list(row)
                    for position, field in self._converted:
                        values[position] = field.get_db_prep_save(values[position], connection)
                    parameters += values
                    parameters += defaults
                sql = f"INSERT INTO {self._table} ({self._columns}) VALUES {', '.join([self._row_marks] * len(chunk))}"
                if returning:
                    cursor.execute(f"{sql} RETURNING {self._pk}", parameters)
                    ids += [row[0] for row in cursor.fetchall()]
                else:
                    cursor.execute(sql, parameters)
        return ids

    def _default_values(self) -> list:
        if self._constant_defaults is None:
            # Defaults that are not callables (and callables giving an empty list or dict) are the
            # same for every call: convert them once.
            self._constant_defaults = [
                None if varies else field.get_db_prep_save(field.get_default(), connection)
                for field, varies in zip(self._defaults, self._varying)
            ]
        values = []
        # One value per callable and type within a call: ``created`` and ``modified`` get one timestamp.
        made: dict = {}
        for field, varies, constant in zip(self._defaults, self._varying, self._constant_defaults):
            if varies:
                key = (field.default, field.get_internal_type())
                if key not in made:
                    made[key] = field.get_db_prep_save(field.get_default(), connection)
                values.append(made[key])
            else:
                values.append(constant)
        return values


def _varies(field) -> bool:
    """Say whether the field's default may differ between calls (a callable such as ``timezone.now``)."""
    return field.has_default() and callable(field.default) and field.default not in (list, dict)
