"""Two writers whose transactions overlap: the second starts while the first has written and not yet committed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from django.db import connection, transaction


def overlapping(first: Callable[[], object], second: Callable[[], object], *, wait: float = 10.0) -> list[BaseException]:
    """Run ``first`` in a transaction held open until ``second`` has started in a thread of its own; return their errors.

    Each runs on a connection of its own thread. ``second`` is given half a second to reach the
    database (and wait there, if it must) before ``first`` commits.
    """
    written = threading.Event()
    let_commit = threading.Event()
    errors: list[BaseException] = []

    def run_first() -> None:
        try:
            with transaction.atomic():
                first()
                written.set()
                let_commit.wait(wait)
        except BaseException as error:  # noqa: BLE001 - handed to the test
            errors.append(error)
        finally:
            written.set()
            connection.close()

    def run_second() -> None:
        try:
            second()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            errors.append(error)
        finally:
            connection.close()

    one = threading.Thread(target=run_first)
    one.start()
    written.wait(wait)
    other = threading.Thread(target=run_second)
    other.start()
    time.sleep(0.5)
    let_commit.set()
    one.join(wait)
    other.join(wait)
    return errors
