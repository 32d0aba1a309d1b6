"""Hearings in the admin: read what was sent; changes go through the staff pages, which log them."""

from django.contrib import admin

from townhall.participation.models import Conference, Hearing, Response


@admin.register(Hearing)
class HearingAdmin(admin.ModelAdmin):
    list_display = ("title", "paper", "audience", "opens_at", "closes_at", "responses_published")
    list_filter = ("audience",)
    search_fields = ("title",)
    raw_id_fields = ("paper", "summary_file", "opened_by")
    filter_horizontal = ("documents",)


@admin.register(Response)
class ResponseAdmin(admin.ModelAdmin):
    list_display = ("receipt", "hearing", "kind", "received", "late", "consent", "hidden", "withdrawn")
    list_filter = ("late", "consent", "hidden")
    search_fields = ("receipt",)
    readonly_fields = [field.name for field in Response._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Conference)
class ConferenceAdmin(admin.ModelAdmin):
    list_display = ("title", "paper", "starts_at", "registration_deadline", "capacity", "waiting_list")
    search_fields = ("title",)
    raw_id_fields = ("paper", "card_event", "opened_by")
