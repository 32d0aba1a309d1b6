from django.contrib import admin

from townhall.ingest.models import IngestError


@admin.register(IngestError)
class IngestErrorAdmin(admin.ModelAdmin):
    list_display = ("created", "path", "stage", "reason", "message", "resolved")
    list_filter = ("stage", "reason", "resolved")
    search_fields = ("path", "sha256", "message")
    readonly_fields = ("created", "path", "sha256", "stage", "reason", "message")
