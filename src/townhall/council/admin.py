"""The audit log in the admin: read only, each administrator sees the entries of their own bodies."""

import csv

from django.contrib import admin
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from townhall.council.models import AuditEntry
from townhall.council.scopes import scope_of

EXPORT_FIELDS = ("at", "username", "action", "body_id", "object_type", "object_id", "object_repr", "before", "after", "address")


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at", "username", "action", "body", "object_type", "object_repr")
    list_filter = ("action", "body")
    search_fields = ("username", "action", "object_repr")
    date_hierarchy = "at"
    actions = ["export_csv"]

    def get_queryset(self, request):
        entries = super().get_queryset(request).select_related("body")
        scope = scope_of(request.user)
        return entries if scope.everything else entries.filter(body_id__in=scope.administers)

    def has_view_permission(self, request, obj=None):
        scope = scope_of(request.user)
        if not (scope.everything or scope.administers):
            return False
        return obj is None or scope.everything or obj.body_id in scope.administers

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Export the selected entries as CSV"))
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
        writer = csv.writer(response)
        writer.writerow(EXPORT_FIELDS)
        for entry in queryset.order_by("at", "id"):
            writer.writerow([getattr(entry, name) for name in EXPORT_FIELDS])
        return response
