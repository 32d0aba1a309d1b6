"""The health endpoint for load balancers and monitoring: can this process serve, and what waits."""

from __future__ import annotations

import time
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from townhall import __version__
from townhall.operations import warmup


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _storage() -> str:
    from townhall.core.storage import get_storage

    storage = get_storage()
    root = getattr(storage, "root", None)
    if root is not None and not root.is_dir():
        raise OSError(f"storage directory {root} is missing")
    return "ok"


def _broker() -> str:
    if not settings.BROKER_URL:
        return "not used"
    from townhall.jobs.celery_app import app, configure

    configure()
    with app.connection_for_write() as broker:
        broker.ensure_connection(max_retries=1, timeout=2)
    return "ok"


def _jobs() -> dict[str, int]:
    from townhall.jobs.models import Job

    hour_ago = timezone.now() - timedelta(hours=1)
    return {
        "queued": Job.objects.filter(status=Job.QUEUED, run_after__lte=timezone.now()).count(),
        "running": Job.objects.filter(status=Job.RUNNING).count(),
        "failed_last_hour": Job.objects.filter(status=Job.FAILED, finished__gte=hour_ago).count(),
    }


def _check(checks: dict, name: str, probe) -> bool:
    try:
        checks[name] = probe()
        return True
    except Exception as exc:  # noqa: BLE001 - the answer says what failed instead of failing itself
        checks[name] = f"error: {type(exc).__name__}: {exc}"[:300]
        return False


@never_cache
@require_GET
def health(request):
    """Answer 200 when the database and the file storage work, else 503; the broker only degrades."""
    started = time.perf_counter()
    checks: dict = {}
    essential = _check(checks, "database", _database) & _check(checks, "storage", _storage)
    broker_ok = _check(checks, "broker", _broker)
    if checks["database"] == "ok":
        _check(checks, "jobs", _jobs)
    status = "ok" if essential and broker_ok else ("degraded" if essential else "failing")
    body = {"status": status, "version": __version__, "checks": checks, "ms": round((time.perf_counter() - started) * 1000, 1)}
    return JsonResponse(body, status=200 if essential else 503)


@never_cache
@require_GET
def ready(request):
    """Answer 200 once this process is warm and its database answers, else 503: send it visitors only then.

    ``townhall serve`` warms each process before it accepts a connection. A process nothing warmed
    is warmed by this check (answered once done); another check meanwhile is told it is warming.
    """
    checks: dict = {}
    database = _check(checks, "database", _database)
    if not warmup.warm_now():
        return JsonResponse({"status": "warming", "checks": checks}, status=503)
    warm = warmup.state()
    body = {"status": "ready" if database else "failing", "checks": checks, "warmed": warm["how"], "warmed_in_s": warm["seconds"]}
    return JsonResponse(body, status=200 if database else 503)
