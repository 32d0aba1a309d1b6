"""Jobs are recorded, run once, retried, recovered from lost workers, and shown to staff; both backends."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connections, transaction
from django.utils import timezone

from job_waiting import wait_for
from townhall.jobs import enqueue, job
from townhall.jobs.models import Job

RUNS: list[tuple[str, dict]] = []
_LOCK = threading.Lock()


@job("test.count")
def count_to(context, n: int, label: str = ""):
    for i in range(n):
        context.progress(i + 1, n, f"counted {i + 1}")
    with _LOCK:
        RUNS.append(("count", {"n": n, "label": label}))
    return {"counted": n}


@job("test.flaky", max_attempts=3, retry_seconds=0.2)
def flaky(context, fail_times: int, label: str):
    with _LOCK:
        RUNS.append(("flaky", {"label": label, "attempt": context.attempt}))
    if context.attempt <= fail_times:
        raise RuntimeError(f"attempt {context.attempt} fails on purpose")
    return {"attempt": context.attempt}


def runs(kind: str, label: str) -> list[dict]:
    return [args for name, args in RUNS if name == kind and args.get("label") == label]


def test_job_runs_and_records_progress_and_result(job_backend):
    row = enqueue("test.count", n=5, label=f"basic-{job_backend}")
    row = wait_for(row)
    assert row.status == Job.DONE, row.error
    assert row.result == {"counted": 5}
    assert (row.progress_done, row.progress_total) == (5, 5)
    assert row.attempts == 1 and row.started and row.finished and row.worker
    assert runs("count", f"basic-{job_backend}") == [{"n": 5, "label": f"basic-{job_backend}"}]


def test_failing_job_is_retried_then_succeeds(job_backend):
    label = f"retry-{job_backend}"
    row = wait_for(enqueue("test.flaky", fail_times=1, label=label))
    assert row.status == Job.DONE
    assert row.attempts == 2
    assert [r["attempt"] for r in runs("flaky", label)] == [1, 2]


def test_job_that_keeps_failing_is_given_up_with_its_traceback(job_backend):
    label = f"gives-up-{job_backend}"
    row = wait_for(enqueue("test.flaky", fail_times=10, label=label))
    assert row.status == Job.FAILED
    assert row.attempts == 3
    assert "attempt 3 fails on purpose" in row.error and "Traceback" in row.error
    assert len(runs("flaky", label)) == 3


def test_unknown_job_name_is_refused_at_once(job_backend):
    with pytest.raises(LookupError, match="no job is named 'test.nope'"):
        enqueue("test.nope")
    with pytest.raises(TypeError, match="must be JSON"):
        enqueue("test.count", n=object())


def test_a_job_is_queued_once_per_key_while_it_waits(job_backend):
    first = enqueue("test.count", key="only-one", delay=600, n=1, label="keyed")
    second = enqueue("test.count", key="only-one", delay=600, n=1, label="keyed")
    assert first.pk == second.pk
    assert Job.objects.filter(key="only-one").count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_job_claimed_by_one_worker_is_not_run_by_another(in_process_jobs):
    from townhall.jobs.services import execute

    row = Job.objects.create(name="test.count", arguments={"n": 1, "label": "claim"})
    results = []
    def attempt():
        results.append(execute(row.pk))
        connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, False, False, True]
    assert len(runs("count", "claim")) == 1
    assert execute(row.pk) is False


def test_job_of_a_lost_worker_is_run_again_by_another(job_backend, settings):
    settings.JOB_LEASE_SECONDS = 1
    long_ago = timezone.now() - timedelta(seconds=30)
    row = Job.objects.create(name="test.count", arguments={"n": 2, "label": f"lost-{job_backend}"}, status=Job.RUNNING,
                             attempts=1, claim="dead-worker", worker="gone:1", started=long_ago, heartbeat=long_ago)
    row = wait_for(row)
    assert row.status == Job.DONE
    assert row.attempts == 2
    assert runs("count", f"lost-{job_backend}") == [{"n": 2, "label": f"lost-{job_backend}"}]


@pytest.mark.django_db(transaction=True)
def test_a_job_that_keeps_killing_its_worker_is_given_up(settings):
    from townhall.jobs.services import reap_stale

    settings.JOB_LEASE_SECONDS = 1
    long_ago = timezone.now() - timedelta(seconds=30)
    row = Job.objects.create(name="test.count", arguments={"n": 1}, status=Job.RUNNING, attempts=3, claim="x",
                             heartbeat=long_ago)
    reap_stale()
    row.refresh_from_db()
    assert row.status == Job.FAILED
    assert "stopped answering" in row.error


def test_jobs_queued_in_a_transaction_that_rolls_back_never_run(job_backend):
    label = f"rollback-{job_backend}"
    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue("test.count", n=1, label=label)
        raise RuntimeError("the request failed")
    assert not Job.objects.filter(arguments__label=label).exists()
    assert runs("count", label) == []


@pytest.mark.django_db(transaction=True)
def test_worker_and_scheduler_commands_run_due_jobs_without_a_broker(in_process_jobs):
    from django.core.management import call_command

    waiting = enqueue("test.count", delay=0.01, n=3, label="cmd")
    Job.objects.filter(pk=waiting.pk).update(run_after=timezone.now() - timedelta(seconds=1))
    call_command("worker", "--once")
    waiting.refresh_from_db()
    assert waiting.status == Job.DONE
    later = enqueue("test.count", delay=0.01, n=1, label="tick")
    Job.objects.filter(pk=later.pk).update(run_after=timezone.now() - timedelta(seconds=1))
    call_command("scheduler", "--once")
    later.refresh_from_db()
    assert later.status == Job.DONE


@pytest.mark.django_db(transaction=True)
def test_staff_see_progress_and_failures_in_the_admin_and_can_retry(admin_client, in_process_jobs):
    Job.objects.create(name="test.count", status=Job.RUNNING, progress_done=40, progress_total=160, heartbeat=timezone.now())
    failed = Job.objects.create(name="test.flaky", arguments={"fail_times": 0, "label": "admin-retry"}, status=Job.FAILED,
                                attempts=3, error="Traceback ...\nRuntimeError: the source answered 503")
    page = admin_client.get("/admin/jobs/job/").content.decode()
    assert "40 / 160 (25 %)" in page
    assert "test.flaky" in page
    detail = admin_client.get(f"/admin/jobs/job/{failed.pk}/change/").content.decode()
    assert "the source answered 503" in detail
    admin_client.post("/admin/jobs/job/", {"action": "retry_jobs", "_selected_action": [failed.pk]})
    failed.refresh_from_db()
    assert failed.status == Job.DONE
    assert runs("flaky", "admin-retry")
