"""PostgreSQL: two writers that fill the vocabulary anew at the same moment take turns."""

from __future__ import annotations

import pytest
from django.db import connection

from tests.overlapping_writers import overlapping

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_refill_started_while_another_is_open_waits_for_it_and_keeps_every_word(backend, add_paper):
    if connection.vendor != "postgresql":
        pytest.skip("TOWNHALL_DATABASE_URL does not point to PostgreSQL")
    from townhall.search import vocabulary

    add_paper("Økonomiudvalget", "Økonomiudvalget behandler budgettet for havnebadet.")
    backend.refresh_statistics()
    errors = overlapping(backend.refresh_statistics, backend.refresh_statistics)
    assert not errors, errors
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {vocabulary.TABLE} WHERE term = %s", ["økonomiudvalg"])
        assert cursor.fetchone()[0] == 1
    assert vocabulary.filling() is not None
