"""``townhall jobs``: list recent jobs with their status and progress."""

from __future__ import annotations

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "List recent jobs (newest first) with status, progress and the first line of any error."

    def add_arguments(self, parser):
        parser.add_argument("--status", choices=["queued", "running", "done", "failed", "cancelled"], help="Only jobs in this state.")
        parser.add_argument("--limit", type=int, default=30, help="How many to list (default 30).")

    def handle(self, *args, status=None, limit=30, **options):
        from townhall.jobs.models import Job

        jobs = Job.objects.all()
        if status:
            jobs = jobs.filter(status=status)
        rows = list(jobs.order_by("-created", "-id")[:limit])
        if not rows:
            self.stdout.write("No jobs.")
            return
        for job in rows:
            progress = f"{job.progress_done}/{job.progress_total}" if job.progress_total else (job.progress_text or "")
            error = job.error.strip().splitlines()[-1] if job.error.strip() else ""
            self.stdout.write(f"#{job.pk:<6} {job.created:%Y-%m-%d %H:%M:%S} {job.status:<9} {job.name:<24} {progress:<14} {error}".rstrip())
