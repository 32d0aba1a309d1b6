"""The admin, arranged for council clerks: filters by body, kind and date; search by title and reference."""

from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from townhall.core import access
from townhall.core.models import (
    AgendaItem, Body, Consultation, Deadline, Event, File, LegislativeTerm, Location, Meeting, Membership,
    Organization, Paper, Person, System,
)

#: The site's page of each model that has one (``web:<name>``).
WEB_PAGES = {
    Paper: "paper", Meeting: "meeting", AgendaItem: "agenda-item", Organization: "organization", Person: "person",
    File: "file",
}


class SoftDeleteAdmin(admin.ModelAdmin):
    """Show deleted rows too (clerks must be able to find and restore them), marked by a filter.

    Every save and delete is carried to what depends on the record through ``core.access``, so
    that what the public sees stays derived from what is public.
    """

    list_filter = ("deleted",)
    readonly_fields = ("created", "modified")
    actions = ["mark_deleted", "mark_restored"]

    def get_queryset(self, request):
        return self.model.all_objects.get_queryset()

    def view_on_site(self, obj):
        """Link to the public page only when the public may see the record there."""
        if not access.is_public(obj):
            return None
        try:
            if isinstance(obj, Body):
                return reverse("web:body", args=[obj.slug])
            return reverse(f"web:{WEB_PAGES[type(obj)]}", args=[obj.pk]) if type(obj) in WEB_PAGES else None
        except NoReverseMatch:
            return None

    def save_model(self, request, obj, form, change):
        # What the record held before the edit: records it no longer holds are looked at too.
        obj._access_before = access.neighbours(obj) if change else access.Linked()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self.carry(form.instance)

    def carry(self, obj) -> None:
        access.record_changed(obj, before=getattr(obj, "_access_before", None))

    def delete_model(self, request, obj):
        access.delete_for_good(obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            access.delete_for_good(obj)


class PublicFlagAdmin(SoftDeleteAdmin):
    """An admin whose Public checkbox goes through the access service that carries it on."""

    def save_model(self, request, obj, form, change):
        wanted = obj.public
        if change and "public" in form.changed_data:
            # Saved as it was; the service below changes the flag and what hangs on it.
            obj.public = form.initial.get("public", not wanted)
            obj._access_public = wanted
        super().save_model(request, obj, form, change)

    def carry(self, obj) -> None:
        before = getattr(obj, "_access_before", None)
        if hasattr(obj, "_access_public"):
            self.set_public(obj, obj._access_public, before=before)
        else:
            access.record_changed(obj, before=before)

    def set_public(self, obj, public: bool, *, before=None) -> None:
        raise NotImplementedError

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
    list_display = ("__str__", "locality", "body", "visible")
    list_filter = ("body", "visible", "deleted")
    readonly_fields = ("created", "modified", "visible")
    search_fields = ("description", "street_address", "room", "locality")


@admin.register(Organization)
class OrganizationAdmin(SoftDeleteAdmin):
    list_display = ("name", "body", "organization_type", "classification", "start_date", "end_date", "visible")
    list_filter = ("body", "organization_type", "classification", "visible", "deleted")
    readonly_fields = ("created", "modified", "visible")
    search_fields = ("name", "short_name")
    raw_id_fields = ("sub_organization_of", "location", "external_body")
    inlines = [OrganizationMembershipInline]


@admin.register(Person)
class PersonAdmin(SoftDeleteAdmin):
    list_display = ("name", "body", "family_name", "given_name", "visible")
    list_filter = ("body", "visible", "deleted")
    readonly_fields = ("created", "modified", "visible")
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
    list_display = ("name", "body", "start", "meeting_state", "cancelled", "visible")
    list_filter = ("body", "cancelled", "meeting_state", ("start", admin.DateFieldListFilter), "visible", "deleted")
    readonly_fields = ("created", "modified", "visible")
    search_fields = ("name", "organizations__name")
    date_hierarchy = "start"
    filter_horizontal = ("organizations",)
    raw_id_fields = ("participants", "invitation", "results_protocol", "verbatim_protocol", "auxiliary_files", "location")
    inlines = [AgendaItemInline]


@admin.register(AgendaItem)
class AgendaItemAdmin(SoftDeleteAdmin):
    list_display = ("meeting", "order", "number", "name", "public", "result", "visible")
    list_filter = ("meeting__body", "public", "visible", "deleted")
    readonly_fields = ("created", "modified", "visible")
    search_fields = ("name", "number", "meeting__name")
    raw_id_fields = ("meeting", "resolution_file", "auxiliary_files")


@admin.register(Paper)
class PaperAdmin(PublicFlagAdmin):
    list_display = ("name", "reference", "body", "kind", "date", "language", "public")
    list_filter = ("body", "kind", "public", "language", ("date", admin.DateFieldListFilter), "deleted")
    search_fields = ("name", "reference", "card__references__case")
    date_hierarchy = "date"
    raw_id_fields = ("main_file", "auxiliary_files", "related_papers", "superordinated_papers", "originator_persons",
                     "under_direction_of", "originator_organizations", "locations", "case_handler", "signatories")
    readonly_fields = ("created", "modified", "ingested_at", "extractor_version", "source_uri", "version")
    inlines = [ConsultationInline, DeadlineInline, EventInline]
    actions = ["publish", "withdraw", "mark_deleted", "mark_restored"]

    def set_public(self, obj, public, *, before=None):
        access.paper_set_public(obj, public, before=before)

    @admin.action(description=_("Publish selected papers (with their files and the records they name)"))
    def publish(self, request, queryset):
        for paper in queryset:
            access.paper_set_public(paper, True)

    @admin.action(description=_("Withdraw selected papers from the public (with everything shown only because of them)"))
    def withdraw(self, request, queryset):
        for paper in queryset:
            access.paper_set_public(paper, False)


@admin.register(Consultation)
class ConsultationAdmin(SoftDeleteAdmin):
    list_display = ("paper", "role", "date", "meeting", "authoritative")
    list_filter = ("paper__body", "authoritative", "deleted")
    search_fields = ("paper__name", "paper__reference", "role")
    raw_id_fields = ("paper", "meeting", "agenda_item", "organizations")


@admin.register(File)
class FileAdmin(PublicFlagAdmin):
    list_display = ("name", "file_name", "mime_type", "size", "language", "public", "visible", "body")
    list_filter = ("body", "mime_type", "language", "public", "visible", "deleted")
    search_fields = ("name", "file_name", "sha256")
    readonly_fields = ("created", "modified", "visible", "sha256", "storage_name", "size", "extraction_notes")
    raw_id_fields = ("master_file",)

    def set_public(self, obj, public, *, before=None):
        access.file_set_public(obj, public, before=before)


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
