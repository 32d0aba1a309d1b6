"""Outgoing mail, kept until it was sent or given up."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutgoingMail(models.Model):
    """One message to its recipients: queued, being sent, sent, or dead (given up after its attempts)."""

    QUEUED, SENDING, SENT, DEAD = "queued", "sending", "sent", "dead"
    STATUSES = [(QUEUED, _("queued")), (SENDING, _("sending")), (SENT, _("sent")), (DEAD, _("dead letter"))]

    #: Queuing a second mail with the same key returns the first (a digest per subscriber and period).
    key = models.CharField(_("key"), max_length=200, unique=True, null=True, blank=True)
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    from_email = models.CharField(_("from"), max_length=320)
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(_("cc"), default=list, blank=True)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=998)
    text = models.TextField(_("plain text"))
    html = models.TextField(_("HTML"), blank=True)
    headers = models.JSONField(_("extra headers"), default=dict, blank=True)
    #: [{"filename": ..., "mimetype": ..., "content": base64}]
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=QUEUED, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt = models.DateTimeField(_("next attempt"), default=timezone.now, db_index=True)
    last_error = models.TextField(_("last error"), blank=True)
    claim = models.CharField(_("claim"), max_length=64, blank=True, editable=False)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    created = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)
    sent = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mail")
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt"], name="mail_due")]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)} ({self.status})"
