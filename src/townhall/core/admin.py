"""The admin, arranged for council clerks: filters by body, kind and date; search by title and reference."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from townhall.core.models import (
    AgendaItem, Body, Consultation, Deadline, Event, File, LegislativeTerm, Location, Meeting, Membership,
    Organization, Paper, Person, System,
)


class SoftDeleteAdmin(admin.ModelAdmin):
    """Show deleted rows too (clerks must be able to find and restore them), marked by a filter."""

    list_filter = ("deleted",)
    readonly_fields = ("created", "modified")
    actions = ["mark_deleted", "mark_restored"]

    def get_queryset(self, request):
        return self.model.all_objects.get_queryset()

    @admin.action(description=_("Mark selected as deleted (kept, hidden from the public)"))
    def mark_deleted(self, request, queryset):
        from townhall.core.services import soft_delete

        for obj in queryset:
            soft_delete(obj)

    @admin.action(description=_("Restore selected"))
    def mark_restored(self, request, queryset):
        from townhall.core.services import restore

        for obj in queryset:
            restore(obj)


class ConsultationInline(admin.TabularInline):
    model = Consultation
    fk_name = "paper"
    extra = 0
    fields = ("position", "date", "role", "meeting", "agenda_item", "authoritative")
    raw_id_fields = ("meeting", "agenda_item")


class DeadlineInline(admin.TabularInline):
    model = Deadline
    extra = 0
    fields = ("date", "purpose", "body")


class EventInline(admin.TabularInline):
    model = Event
    extra = 0
    fields = ("name", "place", "start", "end", "body")


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 0
    fields = ("order", "number", "name", "public", "result")
    ordering = ("order",)


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "person"
    extra = 0
    fields = ("organization", "role", "voting_right", "start_date", "end_date", "on_behalf_of")
    raw_id_fields = ("organization", "on_behalf_of")


class OrganizationMembershipInline(MembershipInline):
    fk_name = "organization"
    fields = ("person", "role", "voting_right", "start_date", "end_date")
    raw_id_fields = ("person",)


class LegislativeTermInline(admin.TabularInline):
    model = LegislativeTerm
    extra = 0
    fields = ("name", "start_date", "end_date")


@admin.register(System)
class SystemAdmin(SoftDeleteAdmin):
    list_display = ("name", "oparl_version", "contact_email")


@admin.register(Body)
class BodyAdmin(SoftDeleteAdmin):
    list_display = ("name", "short_name", "country", "language", "ags")
    list_filter = ("country", "language", "deleted")
    search_fields = ("name", "short_name", "ags")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [LegislativeTermInline]


@admin.register(LegislativeTerm)
class LegislativeTermAdmin(SoftDeleteAdmin):
    list_display = ("name", "body", "start_date", "end_date")
    list_filter = ("body", "deleted")


@admin.register(Location)
class LocationAdmin(SoftDeleteAdmin):
    list_display = ("__str__", "locality", "body")
    list_filter = ("body", "deleted")
    search_fields = ("description", "street_address", "room", "locality")


@admin.register(Organization)
class OrganizationAdmin(SoftDeleteAdmin):
    list_display = ("name", "body", "organization_type", "classification", "start_date", "end_date")
    list_filter = ("body", "organization_type", "classification", "deleted")
    search_fields = ("name", "short_name")
    raw_id_fields = ("sub_organization_of", "location", "external_body")
    inlines = [OrganizationMembershipInline]


@admin.register(Person)
class PersonAdmin(SoftDeleteAdmin):
    list_display = ("name", "body", "family_name", "given_name")
    list_filter = ("body", "deleted")
    search_fields = ("name", "family_name", "given_name")
    raw_id_fields = ("location",)
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(SoftDeleteAdmin):
    list_display = ("person", "organization", "role", "start_date", "end_date")
    list_filter = ("organization__body", "deleted")
    search_fields = ("person__name", "organization__name", "role")
    raw_id_fields = ("person", "organization", "on_behalf_of")


@admin.register(Meeting)
class MeetingAdmin(SoftDeleteAdmin):
    list_display = ("name", "body", "start", "meeting_state", "cancelled")
    list_filter = ("body", "cancelled", "meeting_state", ("start", admin.DateFieldListFilter), "deleted")
    search_fields = ("name", "organizations__name")
    date_hierarchy = "start"
    filter_horizontal = ("organizations",)
    raw_id_fields = ("participants", "invitation", "results_protocol", "verbatim_protocol", "auxiliary_files", "location")
    inlines = [AgendaItemInline]


@admin.register(AgendaItem)
class AgendaItemAdmin(SoftDeleteAdmin):
    list_display = ("meeting", "order", "number", "name", "public", "result")
    list_filter = ("meeting__body", "public", "deleted")
    search_fields = ("name", "number", "meeting__name")
    raw_id_fields = ("meeting", "resolution_file", "auxiliary_files")


@admin.register(Paper)
class PaperAdmin(SoftDeleteAdmin):
    list_display = ("name", "reference", "body", "kind", "date", "language", "public")
    list_filter = ("body", "kind", "public", "language", ("date", admin.DateFieldListFilter), "deleted")
    search_fields = ("name", "reference", "card__references__case")
    date_hierarchy = "date"
    raw_id_fields = ("main_file", "auxiliary_files", "related_papers", "superordinated_papers", "originator_persons",
                     "under_direction_of", "originator_organizations", "locations", "case_handler", "signatories")
    readonly_fields = ("created", "modified", "ingested_at", "extractor_version", "source_uri", "version")
    inlines = [ConsultationInline, DeadlineInline, EventInline]


@admin.register(Consultation)
class ConsultationAdmin(SoftDeleteAdmin):
    list_display = ("paper", "role", "date", "meeting", "authoritative")
    list_filter = ("paper__body", "authoritative", "deleted")
    search_fields = ("paper__name", "paper__reference", "role")
    raw_id_fields = ("paper", "meeting", "agenda_item", "organizations")


@admin.register(File)
class FileAdmin(SoftDeleteAdmin):
    list_display = ("name", "file_name", "mime_type", "size", "language", "public", "body")
    list_filter = ("body", "mime_type", "language", "public", "deleted")
    search_fields = ("name", "file_name", "sha256")
    readonly_fields = ("created", "modified", "sha256", "storage_name", "size", "extraction_notes")
    raw_id_fields = ("master_file",)


@admin.register(Deadline)
class DeadlineAdmin(SoftDeleteAdmin):
    list_display = ("date", "purpose", "paper", "body")
    list_filter = ("body", ("date", admin.DateFieldListFilter), "deleted")
    search_fields = ("purpose", "paper__name", "paper__reference")
    date_hierarchy = "date"
    raw_id_fields = ("paper",)


@admin.register(Event)
class EventAdmin(SoftDeleteAdmin):
    list_display = ("name", "place", "start", "end", "paper", "body")
    list_filter = ("body", ("start", admin.DateFieldListFilter), "deleted")
    search_fields = ("name", "place", "paper__name")
    raw_id_fields = ("paper",)
