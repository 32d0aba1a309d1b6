"""The papers of a page of search hits: one statement, the fields a list of hits shows.

A page shows twenty papers with their municipality and a snippet of their main file's text.
Loading them as the ORM does (``select_related("body", "main_file")``) compiled the statement
anew for every search and read every column of three tables: timestamps, keywords and the card
as JSON, a file's checksums and notes. Here the statement is written once per process and the
rows become model instances directly (``Model.from_db``). Fields not read are deferred: a caller
that touches one still gets it, from the database, as from any deferred field.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.db import connection
from django.db.models import Model

from townhall.core.models import Body, File, Paper

#: What a list of hits, its feed and its snippets read of a paper (the link, title, reference,
#: kind, date or derived date, language, public flag; ``created`` and ``modified`` for feeds).
PAPER_FIELDS = (
    "id", "created", "modified", "deleted", "body_id", "name", "reference", "date", "effective_date",
    "effective_date_source", "main_file_id", "kind", "public", "language",
)
#: A municipality's name, the slug of its pages and its language (a paper's language when it has none).
BODY_FIELDS = ("id", "deleted", "slug", "name", "short_name", "language")
#: A main file's text (the snippet) and what says who may read it.
FILE_FIELDS = ("id", "deleted", "text", "language", "public", "visible")


@dataclass(frozen=True)
class _Part:
    """The columns one model contributes to the statement, and how each value is read."""

    model: type[Model]
    attnames: tuple[str, ...]
    converters: tuple[tuple, ...]

    def instance(self, values: list, db: str) -> Model:
        for position, functions, expression in self.converters:
            value = values[position]
            for function in functions:
                value = function(value, expression, connection)
            values[position] = value
        return self.model.from_db(db, self.attnames, values)


@functools.lru_cache(maxsize=4)
def _statement(vendor: str) -> tuple[str, tuple[_Part, ...]]:
    """Return the statement's text up to its list of ids, and its parts (paper, body, file), per database vendor."""
    parts, columns = [], []
    for model, alias, wanted in ((Paper, "p", PAPER_FIELDS), (Body, "b", BODY_FIELDS), (File, "f", FILE_FIELDS)):
        # ``from_db`` takes the values in the order of the model's fields.
        fields = [field for field in model._meta.concrete_fields if field.attname in wanted]
        converters = []
        for position, field in enumerate(fields):
            expression = field.get_col(alias)
            functions = (*connection.ops.get_db_converters(expression), *field.get_db_converters(connection))
            if functions:
                converters.append((position, functions, expression))
        columns.extend(f"{alias}.{connection.ops.quote_name(field.column)}" for field in fields)
        parts.append(_Part(model, tuple(field.attname for field in fields), tuple(converters)))
    quote = connection.ops.quote_name
    sql = (
        f"SELECT {', '.join(columns)} FROM {quote(Paper._meta.db_table)} p "
        f"JOIN {quote(Body._meta.db_table)} b ON b.id = p.body_id "
        f"LEFT JOIN {quote(File._meta.db_table)} f ON f.id = p.main_file_id "
        "WHERE p.deleted = %s AND p.id IN "
    )
    return sql, tuple(parts)


def loaded(ids: list[int]) -> dict[int, Paper]:
    """Return the live papers ``ids`` with body and main file, by id (unordered: the caller orders them)."""
    if not ids:
        return {}
    sql, (paper_part, body_part, file_part) = _statement(connection.vendor)
    widths = [len(part.attnames) for part in (paper_part, body_part, file_part)]
    with connection.cursor() as cursor:
        cursor.execute(sql + f"({', '.join(['%s'] * len(ids))})", [False, *map(int, ids)])
        rows = cursor.fetchall()
    db = connection.alias
    found = {}
    # A page's papers come from a few municipalities: one instance each.
    bodies: dict[int, Body] = {}
    for row in rows:
        paper = paper_part.instance(list(row[: widths[0]]), db)
        body = bodies.get(paper.body_id)
        if body is None:
            body = bodies[paper.body_id] = body_part.instance(list(row[widths[0] : widths[0] + widths[1]]), db)
        Paper.body.field.set_cached_value(paper, body)
        file_values = list(row[widths[0] + widths[1] :])
        main = file_part.instance(file_values, db) if file_values[0] is not None else None
        Paper.main_file.field.set_cached_value(paper, main)
        found[paper.pk] = paper
    return found
