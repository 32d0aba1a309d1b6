"""Jobs in the admin: what runs, how far it is, and why it failed; retry or cancel."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _, ngettext

from townhall.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("id", "name", "status", "progress", "attempts", "created", "started", "finished", "worker")
    list_filter = ("status", "name")
    search_fields = ("name", "key", "error", "progress_text")
    date_hierarchy = "created"
    readonly_fields = [f.name for f in Job._meta.fields if f.name != "id"]
    actions = ["retry_jobs", "cancel_jobs"]

    @admin.display(description=_("progress"))
    def progress(self, job):
        if job.percent is not None:
            return f"{job.progress_done} / {job.progress_total} ({job.percent} %)"
        return job.progress_text or (str(job.progress_done) if job.progress_done else "")

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Run selected failed or cancelled jobs again"))
    def retry_jobs(self, request, queryset):
        from townhall.jobs.services import retry

        count = sum(retry(job) for job in queryset)
        self.message_user(request, ngettext("%d job queued again.", "%d jobs queued again.", count) % count, messages.SUCCESS)

    @admin.action(description=_("Cancel selected jobs that have not started"))
    def cancel_jobs(self, request, queryset):
        from townhall.jobs.services import cancel

        count = sum(cancel(job) for job in queryset)
        self.message_user(request, ngettext("%d job cancelled.", "%d jobs cancelled.", count) % count, messages.SUCCESS)
