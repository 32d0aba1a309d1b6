"""Admin pages for harvest state: sources, the errors of each run, and file downloads."""

from django.contrib import admin

from townhall.oparl.models import FileDownloadJob, HarvestError, HarvestSource


@admin.register(HarvestSource)
class HarvestSourceAdmin(admin.ModelAdmin):
    list_display = ("url", "loader", "last_run_started", "last_run_finished", "last_modified_seen")
    search_fields = ("url",)
    readonly_fields = ("last_summary",)


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
