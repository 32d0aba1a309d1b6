from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import OParlObject

#: Where a paper's effective date comes from, best first.
DATE_SOURCES = [
    ("paper", _("paper date")),
    ("consultation", _("first consultation")),
    ("meeting", _("first meeting")),
    ("file", _("file date")),
]

PAPER_KINDS = [
    ("proposal", _("Proposal")),
    ("agenda_item", _("Agenda item")),
    ("notice", _("Notice")),
    ("memo", _("Memo")),
    ("hearing", _("Hearing")),
    ("motion", _("Motion")),
    ("minutes", _("Minutes")),
    ("agenda", _("Agenda")),
    ("letter", _("Letter")),
    ("other", _("Other")),
]


class Paper(OParlObject):
    """A council paper (Drucksache, Vorlage, sag), with the card townhall read from its document."""

    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="papers")
    name = models.CharField(_("title"), max_length=1000, blank=True)
    reference = models.CharField(_("reference"), max_length=200, blank=True, db_index=True)
    date = models.DateField(_("date"), null=True, blank=True, db_index=True)
    # townhall: the date lists, filters and sorting use: the paper's own date, else the
    # date of its first consultation or meeting, else its file's (kept by core.services).
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    effective_date_source = models.CharField(_("effective date from"), max_length=12, choices=DATE_SOURCES, blank=True)
    paper_type = models.CharField(_("paper type"), max_length=200, blank=True)
    related_papers = models.ManyToManyField("self", verbose_name=_("related papers"), blank=True, symmetrical=True)
    superordinated_papers = models.ManyToManyField("self", verbose_name=_("superordinated papers"), blank=True, symmetrical=False, related_name="subordinated_papers")
    main_file = models.ForeignKey("core.File", verbose_name=_("main file"), null=True, blank=True, on_delete=models.SET_NULL, related_name="main_of_papers")
    auxiliary_files = models.ManyToManyField("core.File", verbose_name=_("auxiliary files"), blank=True, related_name="auxiliary_of_papers")
    locations = models.ManyToManyField("core.Location", verbose_name=_("locations"), blank=True, related_name="papers")
    originator_persons = models.ManyToManyField("core.Person", verbose_name=_("originator persons"), blank=True, related_name="originated_papers")
    under_direction_of = models.ManyToManyField("core.Organization", verbose_name=_("under direction of"), blank=True, related_name="directed_papers")
    originator_organizations = models.ManyToManyField("core.Organization", verbose_name=_("originator organizations"), blank=True, related_name="originated_papers")
    # townhall: what was read from the document.
    kind = models.CharField(_("kind"), max_length=20, choices=PAPER_KINDS, default="other", db_index=True)
    public = models.BooleanField(_("public"), default=True, db_index=True)
    language = models.CharField(_("language"), max_length=3, blank=True, db_index=True)
    card = models.JSONField(_("card"), null=True, blank=True)
    case_handler = models.ForeignKey("core.Person", verbose_name=_("case handler"), null=True, blank=True, on_delete=models.SET_NULL, related_name="handled_papers")
    signatories = models.ManyToManyField("core.Person", verbose_name=_("signatories"), blank=True, related_name="signed_papers")
    # Provenance: where the paper came from, when, and which extractor read it.
    source_uri = models.CharField(_("source"), max_length=2000, blank=True, db_index=True)
    ingested_at = models.DateTimeField(_("ingested at"), null=True, blank=True)
    extractor_version = models.CharField(_("extractor version"), max_length=100, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)

    class Meta:
        verbose_name = _("paper")
        verbose_name_plural = _("papers")
        ordering = ["-date", "-id"]
        indexes = [
            models.Index(fields=["body", "date"]),
            models.Index(fields=["public", "deleted", "date"]),
            models.Index(fields=["body", "deleted", "public", "id"]),
            # Lists of the newest papers read these: an undated paper is listed by its effective date.
            models.Index(fields=["public", "deleted", "effective_date"]),
            models.Index(fields=["body", "effective_date"]),
        ]

    def __str__(self):
        return self.name or self.reference or f"#{self.pk}"


class Consultation(OParlObject):
    """One step of a paper's route: an organization dealing with it, at a meeting where known."""

    paper = models.ForeignKey(Paper, verbose_name=_("paper"), on_delete=models.CASCADE, related_name="consultations")
    agenda_item = models.ForeignKey("core.AgendaItem", verbose_name=_("agenda item"), null=True, blank=True, on_delete=models.SET_NULL, related_name="consultations")
    meeting = models.ForeignKey("core.Meeting", verbose_name=_("meeting"), null=True, blank=True, on_delete=models.SET_NULL, related_name="consultations")
    organizations = models.ManyToManyField("core.Organization", verbose_name=_("organizations"), blank=True, related_name="consultations")
    authoritative = models.BooleanField(_("authoritative"), null=True, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    # townhall: the position on the route (0 first) and the date the document gives.
    position = models.PositiveIntegerField(_("position on the route"), default=0)
    date = models.DateField(_("date"), null=True, blank=True)

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["paper", "position", "id"]

    def embedding_objects(self, *, inserted=False):
        return [Paper.all_objects.filter(pk=self.paper_id)]

    def __str__(self):
        return f"{self.paper} @ {self.meeting or self.role or self.pk}"
