"""The outbox in the admin: what waits, what was sent, and the dead-letter list."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _, ngettext

from townhall.mail.models import OutgoingMail


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    list_display = ("created", "subject", "recipients", "status", "attempts", "next_attempt", "sent", "last_error")
    list_filter = ("status",)
    search_fields = ("subject", "to", "message_id", "key")
    date_hierarchy = "created"
    readonly_fields = [f.name for f in OutgoingMail._meta.fields if f.name != "id"]
    actions = ["send_again"]

    @admin.display(description=_("to"))
    def recipients(self, mail):
        return ", ".join(mail.to)

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Send selected dead letters again"))
    def send_again(self, request, queryset):
        from townhall.mail.services import send_again

        count = send_again(queryset)
        self.message_user(request, ngettext("%d mail queued again.", "%d mails queued again.", count) % count, messages.SUCCESS)
