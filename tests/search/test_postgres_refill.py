"""PostgreSQL: two writers that fill the vocabulary anew at the same moment take turns."""

from __future__ import annotations

import threading
import time

import pytest
from django.db import connection, transaction

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_refill_started_while_another_is_open_waits_for_it_and_keeps_every_word(backend, add_paper):
    if connection.vendor != "postgresql":
        pytest.skip("TOWNHALL_DATABASE_URL does not point to PostgreSQL")
    from townhall.search import vocabulary

    add_paper("Økonomiudvalget", "Økonomiudvalget behandler budgettet for havnebadet.")
    backend.refresh_statistics()
    first_filled = threading.Event()
    let_first_commit = threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with transaction.atomic():
                backend.refresh_statistics()
                first_filled.set()
                let_first_commit.wait(10)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            first_filled.set()
            connection.close()

    def second() -> None:
        try:
            backend.refresh_statistics()
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    one = threading.Thread(target=first)
    one.start()
    assert first_filled.wait(10)
    other = threading.Thread(target=second)
    other.start()
    # The second refill has begun its statements while the first's are not yet committed.
    time.sleep(0.5)
    let_first_commit.set()
    one.join(10)
    other.join(10)
    assert not errors, errors
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {vocabulary.TABLE} WHERE term = %s", ["økonomiudvalg"])
        assert cursor.fetchone()[0] == 1
    assert vocabulary.filling() is not None
