"""The content generation: a number that every change the public could see moves forward."""

from django.db import models


class Generation(models.Model):
    """One slot of the content generation; the generation is the sum of every slot's value.

    A write raises one slot to at least the current time in microseconds, in the transaction that
    makes the change. On PostgreSQL each transaction raises a slot no other open transaction holds
    (``SKIP LOCKED``), so concurrent writers never wait on each other for it; SQLite has one writer
    at a time and uses the first slot only. Being a time, a value never repeats after a rollback.
    """

    slot = models.PositiveSmallIntegerField(primary_key=True)
    value = models.BigIntegerField(default=0)
