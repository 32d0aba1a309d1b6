"""Querysets a page runs on every request, compiled to SQL once per process and run with new values.

Compiling a queryset (the access rule's conditions, the joins of ``select_related``, the
ordering) costs more than running it: on the paper page, about as much as rendering its template.
A :class:`PreparedQuery` builds its queryset once from marker numbers, keeps the ORM's compiler
with the SQL it wrote, and on each call runs that SQL with the real values in place of the
markers. The rows are turned into model instances by the ORM's own machinery (the compiler's
converters, ``from_db`` and the related populators of ``select_related``), so they are the same
instances the queryset would give.
"""

from __future__ import annotations

import threading
from typing import Callable

from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import ModelIterable, get_related_populators

#: Stand-ins for the values, chosen so that no real parameter equals one of them.
MARKERS = (7310042918001, 7310042918002, 7310042918003)


class _Compiled:
    """One queryset's SQL, where its markers sit, and how its rows become instances."""

    def __init__(self, queryset: QuerySet, markers: tuple[int, ...]):
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        self.sql = sql
        self.params = list(params)
        self.places = [(index, markers.index(value)) for index, value in enumerate(self.params)
                       if type(value) is int and value in markers]
        # Every marker must be a parameter (and no parameter may merely look like one).
        self.usable = {place for _, place in self.places} == set(range(len(markers)))
        self.compiler = compiler
        self.db = queryset.db
        fields = [column[0] for column in compiler.select[0:compiler.col_count]]
        self.converters = compiler.get_converters(fields)
        self.composite = compiler.has_composite_fields(fields)
        self.fields = fields
        self.models = queryset._iterable_class is ModelIterable
        if self.models:
            klass_info = compiler.klass_info
            select_fields = klass_info["select_fields"]
            self.start, self.end = select_fields[0], select_fields[-1] + 1
            self.model = klass_info["model"]
            self.init_list = [column[0].target.attname for column in compiler.select[self.start:self.end]]
            self.annotations = dict(compiler.annotation_col_map or {})

    def run(self, values: tuple) -> list:
        db = self.db
        params = list(self.params)
        for index, place in self.places:
            params[index] = values[place]
        with connections[db].cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        # As the compiler's results_iter does, with the converters looked up once.
        if self.converters:
            rows = self.compiler.apply_converters(rows, self.converters)
        if self.composite:
            rows = self.compiler.composite_fields_to_tuples(rows, self.fields)
        if not self.models:
            return [tuple(row) for row in rows]
        populators = get_related_populators(self.compiler.klass_info, self.compiler.select, db)
        objects = []
        for row in rows:
            obj = self.model.from_db(db, self.init_list, row[self.start:self.end])
            for populator in populators:
                populator.populate(row, obj)
            for name, position in self.annotations.items():
                setattr(obj, name, row[position])
            objects.append(obj)
        return objects


class PreparedQuery:
    """A queryset built by *build* from integer values, compiled once per database, run many times.

    ``build`` is called with marker numbers in place of the values; the queryset it returns must
    use each value as a plain query parameter (an id compared or joined on). A queryset whose
    markers do not come out as parameters is not prepared: it is then built and run each time.
    Model querysets give model instances; ``values_list`` querysets give their rows as tuples.
    """

    def __init__(self, build: Callable[..., QuerySet]):
        self.build = build
        self._compiled: dict[tuple, _Compiled] = {}
        self._lock = threading.Lock()

    def __call__(self, *values: int) -> list:
        key = (connections["default"].vendor, len(values))
        compiled = self._compiled.get(key)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(key)
                if compiled is None:
                    compiled = self._compiled[key] = _Compiled(self.build(*MARKERS[:len(values)]), MARKERS[:len(values)])
        if not compiled.usable or any(type(value) is not int for value in values):
            return list(self.build(*values))
        return compiled.run(values)
