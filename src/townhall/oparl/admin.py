"""Admin pages for harvest state: sources, the errors of each run, and file downloads."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _, ngettext

from townhall.oparl.models import FileDownloadJob, HarvestError, HarvestSource


@admin.register(HarvestSource)
class HarvestSourceAdmin(admin.ModelAdmin):
    list_display = ("url", "every_minutes", "next_harvest", "last_job_status", "last_run_finished", "open_errors")
    search_fields = ("url",)
    readonly_fields = ("last_summary", "last_job", "last_run_started", "last_run_finished", "last_modified_seen")
    list_select_related = ("last_job",)
    actions = ["harvest_now"]

    @admin.display(description=_("last job"))
    def last_job_status(self, source):
        job = source.last_job
        if job is None:
            return ""
        progress = f" {job.percent} %" if job.status == "running" and job.percent is not None else ""
        return f"#{job.pk} {job.get_status_display()}{progress}"

    @admin.display(description=_("open errors"))
    def open_errors(self, source):
        return source.errors.filter(resolved=False).count()

    @admin.action(description=_("Harvest selected sources now"))
    def harvest_now(self, request, queryset):
        from townhall.oparl.tasks import harvest

        for source in queryset:
            source.last_job = harvest.enqueue(url=source.url, files=source.download_files)
            source.save(update_fields=["last_job"])
        self.message_user(request, ngettext("%d harvest queued.", "%d harvests queued.", len(queryset)) % len(queryset), messages.SUCCESS)


@admin.register(HarvestError)
class HarvestErrorAdmin(admin.ModelAdmin):
    list_display = ("object_type", "object_id", "message", "attempts", "last_seen", "resolved")
    list_filter = ("resolved", "object_type", "source")
    search_fields = ("object_id", "url", "message")


@admin.register(FileDownloadJob)
class FileDownloadJobAdmin(admin.ModelAdmin):
    list_display = ("url", "status", "attempts", "last_attempt", "last_error")
    list_filter = ("status",)
    search_fields = ("url",)
    raw_id_fields = ("file",)
