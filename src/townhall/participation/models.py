"""Hearings on papers, the organisations invited to them, and the responses they receive."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Who may answer a hearing.
AUDIENCES = [
    ("organisations", _("Invited organisations")),
    ("public", _("The public")),
    ("both", _("Invited organisations and the public")),
]

#: What kind of responder a response comes from (the summary counts responses per kind).
RESPONDER_KINDS = [
    ("citizen", _("Private person")),
    ("association", _("Association or interest group")),
    ("business", _("Business")),
    ("authority", _("Public authority")),
    ("other", _("Other organisation")),
]


class Hearing(models.Model):
    """A consultation of organisations and the public on a paper, open between two moments."""

    paper = models.ForeignKey("core.Paper", verbose_name=_("paper"), on_delete=models.CASCADE, related_name="hearings")
    title = models.CharField(_("title"), max_length=500)
    letter = models.TextField(_("letter"), help_text=_("The hearing letter: what is asked, of whom, and why."))
    documents = models.ManyToManyField("core.File", verbose_name=_("draft documents"), blank=True, related_name="+")
    #: Headings of the draft's parts, one per line; a responder says which part a response addresses.
    parts = models.TextField(_("parts of the draft"), blank=True,
                             help_text=_("One heading per line; responders choose the part they comment on."))
    audience = models.CharField(_("audience"), max_length=20, choices=AUDIENCES, default="both")
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    allow_late = models.BooleanField(_("accept late responses"), default=False,
                                     help_text=_("Responses after the deadline are taken and marked late."))
    responses_published = models.DateTimeField(_("responses published"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    summary_file = models.ForeignKey("core.File", verbose_name=_("summary file"), null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("opened by"), null=True,
                                  on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(_("created"), default=timezone.now)
    modified = models.DateTimeField(_("modified"), auto_now=True)

    class Meta:
        verbose_name = _("hearing")
        verbose_name_plural = _("hearings")
        ordering = ["-closes_at", "-id"]

    def __str__(self):
        return self.title

    @property
    def body(self):
        return self.paper.body

    @property
    def body_id(self):
        return self.paper.body_id

    def is_open(self, at=None) -> bool:
        at = at or timezone.now()
        return self.opens_at <= at < self.closes_at

    def has_closed(self, at=None) -> bool:
        return (at or timezone.now()) >= self.closes_at

    @property
    def takes_public(self) -> bool:
        return self.audience in ("public", "both")

    def part_choices(self) -> list[str]:
        return [line.strip() for line in self.parts.splitlines() if line.strip()]


class Invitee(models.Model):
    """An organisation invited to answer a hearing, reached by e-mail."""

    hearing = models.ForeignKey(Hearing, verbose_name=_("hearing"), on_delete=models.CASCADE, related_name="invitees")
    name = models.CharField(_("organisation"), max_length=300)
    email = models.EmailField(_("e-mail"), max_length=320)
    kind = models.CharField(_("kind"), max_length=20, choices=RESPONDER_KINDS, default="association")
    #: Lets the invitation link fill in the organisation and tie the response to the invitation.
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    invited = models.DateTimeField(_("invited"), null=True, blank=True)
    #: When the reminder before the deadline went out (it goes once, and only without a response).
    reminded = models.DateTimeField(_("reminded"), null=True, blank=True)

    class Meta:
        verbose_name = _("invited organisation")
        verbose_name_plural = _("invited organisations")
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["hearing", "email"], name="participation_invitee_once")]

    def __str__(self):
        return self.name


class Response(models.Model):
    """One answer to a hearing, with the responder's personal data kept apart from what is published."""

    hearing = models.ForeignKey(Hearing, verbose_name=_("hearing"), on_delete=models.CASCADE, related_name="responses")
    invitee = models.ForeignKey(Invitee, verbose_name=_("invitation"), null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="responses")
    receipt = models.CharField(_("receipt number"), max_length=20, unique=True, editable=False)
    #: The secret of the edit and withdraw link sent to the responder.
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=300, blank=True)
    kind = models.CharField(_("kind of responder"), max_length=20, choices=RESPONDER_KINDS, default="citizen")
    email = models.EmailField(_("e-mail"), max_length=320)
    part = models.CharField(_("part of the draft"), max_length=300, blank=True)
    text = models.TextField(_("response"))
    consent = models.BooleanField(_("consent to publish name and response"), default=False)
    language = models.CharField(_("language"), max_length=8, blank=True)
    late = models.BooleanField(_("late"), default=False)
    withdrawn = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    #: Moderation: a hidden response is never published; redacted personal data is never shown.
    hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=500, blank=True)
    personal_data_hidden = models.BooleanField(_("personal data hidden"), default=False)
    personal_data_reason = models.CharField(_("reason for hiding personal data"), max_length=500, blank=True)
    deletion_requested = models.DateTimeField(_("deletion requested"), null=True, blank=True)
    received = models.DateTimeField(_("received"), default=timezone.now)
    edited = models.DateTimeField(_("last edited"), null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        ordering = ["received", "id"]
        indexes = [models.Index(fields=["hearing", "received"])]

    def __str__(self):
        return self.receipt

    @property
    def is_published(self) -> bool:
        return bool(self.hearing.responses_published and self.consent and not self.hidden and not self.withdrawn)


class ResponseAttachment(models.Model):
    """A file sent with a response: kept for the clerk, its text read by the supervised reader."""

    PENDING, READ, FAILED = "pending", "read", "failed"
    STATES = [(PENDING, _("waiting to be read")), (READ, _("read")), (FAILED, _("could not be read"))]

    response = models.ForeignKey(Response, verbose_name=_("response"), on_delete=models.CASCADE, related_name="attachments")
    file_name = models.CharField(_("file name"), max_length=255)
    mime_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    storage_name = models.CharField(_("storage name"), max_length=300)
    state = models.CharField(_("reading"), max_length=10, choices=STATES, default=PENDING)
    text = models.TextField(_("text"), blank=True)
    problem = models.CharField(_("problem"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["id"]

    def __str__(self):
        return self.file_name


class FormAttempt(models.Model):
    """One use of a public form, kept briefly to limit how often an address or a network may use it.

    Only keyed hashes are stored, never the address itself.
    """

    form = models.CharField(_("form"), max_length=40)
    key = models.CharField(_("key"), max_length=64)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("form attempt")
        verbose_name_plural = _("form attempts")
        indexes = [models.Index(fields=["form", "key", "at"])]


class Follow(models.Model):
    """Someone following a search, committee, person, paper or hearing by e-mail (double opt-in)."""

    IMMEDIATE, DAILY, WEEKLY = "immediate", "daily", "weekly"
    FREQUENCIES = [(IMMEDIATE, _("As soon as there is news")), (DAILY, _("Once a day")), (WEEKLY, _("Once a week"))]
    KINDS = [("search", _("search")), ("committee", _("committee")), ("person", _("person")), ("paper", _("paper")),
             ("hearing", _("hearing"))]

    email = models.EmailField(_("e-mail"), max_length=320)
    kind = models.CharField(_("kind"), max_length=12, choices=KINDS)
    #: The followed record's id, or a search's query string.
    target = models.CharField(_("followed"), max_length=1000)
    label = models.CharField(_("name"), max_length=300, blank=True)
    frequency = models.CharField(_("frequency"), max_length=10, choices=FREQUENCIES, default=DAILY)
    language = models.CharField(_("language"), max_length=8, blank=True)
    #: The secret of the confirm and unsubscribe links.
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    created = models.DateTimeField(_("created"), default=timezone.now)
    confirmed = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unfollowed = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    #: News after this moment goes into the next digest.
    last_digest = models.DateTimeField(_("last digest"), null=True, blank=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["frequency", "last_digest"]), models.Index(fields=["kind", "target"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.label}"


# --- Events people register for ------------------------------------------------------------------------

#: Fields a clerk may add to an event's registration form (name and e-mail are always asked).
REGISTRATION_FIELDS = [
    ("organisation", _("Organisation")),
    ("phone", _("Telephone")),
    ("diet", _("Dietary requirements")),
    ("accessibility", _("Access needs")),
    ("comment", _("Comment")),
]


class Conference(models.Model):
    """An event on a paper that people register for: a conference, a workshop, a citizens' meeting.

    It has a place (an address, an online link or both), a registration deadline, and optionally a
    capacity; registrations past the capacity go onto a waiting list when the clerk keeps one.
    """

    paper = models.ForeignKey("core.Paper", verbose_name=_("paper"), on_delete=models.CASCADE, related_name="conferences")
    #: The event read from the paper's card that this one was made from, while the card still holds it.
    card_event = models.ForeignKey("core.Event", verbose_name=_("event read from the paper"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(_("title"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    address = models.CharField(_("address"), max_length=500, blank=True)
    online_url = models.URLField(_("online link"), max_length=1000, blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"))
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True,
                                           help_text=_("Leave empty when there is no limit."))
    waiting_list = models.BooleanField(_("waiting list"), default=True,
                                       help_text=_("Registrations past the capacity go onto a waiting list."))
    #: Codes of REGISTRATION_FIELDS the form asks besides name and e-mail.
    fields = models.JSONField(_("form fields"), default=list, blank=True)
    questions = models.TextField(_("own questions"), blank=True, help_text=_("One question a line."))
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("opened by"), null=True,
                                  on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(_("created"), default=timezone.now)
    modified = models.DateTimeField(_("modified"), auto_now=True)

    class Meta:
        verbose_name = _("event with registration")
        verbose_name_plural = _("events with registration")
        ordering = ["starts_at", "id"]

    def __str__(self):
        return self.title

    def takes_registrations(self, at=None) -> bool:
        return (at or timezone.now()) < self.registration_deadline

    def question_list(self) -> list[str]:
        return [line.strip()[:300] for line in self.questions.splitlines() if line.strip()][:10]

    def answer_columns(self) -> list[tuple[str, str]]:
        """Return (key, label) of every field the registration form asks besides name and e-mail."""
        chosen = [(f"field_{code}", str(label)) for code, label in REGISTRATION_FIELDS if code in self.fields]
        return chosen + [(f"question_{number}", question) for number, question in enumerate(self.question_list(), start=1)]


class ConferenceInvitee(models.Model):
    """Someone invited to an event by e-mail, reminded once before the deadline when they have not answered."""

    conference = models.ForeignKey(Conference, verbose_name=_("event"), on_delete=models.CASCADE, related_name="invitees")
    name = models.CharField(_("name"), max_length=300)
    email = models.EmailField(_("e-mail"), max_length=320)
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    invited = models.DateTimeField(_("invited"), null=True, blank=True)
    declined = models.DateTimeField(_("declined"), null=True, blank=True)
    reminded = models.DateTimeField(_("reminded"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitee")
        verbose_name_plural = _("invitees")
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["conference", "email"], name="participation_conference_invitee_once")]

    def __str__(self):
        return self.name


class Registration(models.Model):
    """One person's place at an event, on its waiting list, or cancelled."""

    CONFIRMED, WAITING, CANCELLED = "confirmed", "waiting", "cancelled"
    STATES = [(CONFIRMED, _("registered")), (WAITING, _("on the waiting list")), (CANCELLED, _("cancelled"))]

    conference = models.ForeignKey(Conference, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations")
    invitee = models.ForeignKey(ConferenceInvitee, verbose_name=_("invitation"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="registrations")
    #: The secret of the link that shows and cancels the registration.
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=320)
    #: Answers to the chosen fields and the clerk's own questions: label -> answer.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=STATES, default=CONFIRMED)
    registered = models.DateTimeField(_("registered"), default=timezone.now)
    promoted = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    cancelled = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["registered", "id"]
        indexes = [models.Index(fields=["conference", "status", "registered"])]

    def __str__(self):
        return f"{self.conference_id}/{self.pk}"
