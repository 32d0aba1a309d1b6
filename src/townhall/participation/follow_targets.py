"""What can be followed, and what is new for each: one small class per kind, all read as the public sees.

Each target names itself (``label``), its page and Atom feed, and lists its news between two moments
(``items``): the same list makes the digest mails and the feed, so both show only public material.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from townhall.core.models import Consultation, Paper
from townhall.core.selectors import visible_deadlines, visible_organizations, visible_papers, visible_persons

#: Items a feed lists.
FEED_ITEMS = 50
#: A deadline of a followed item is reminded of this many days before it.
REMINDER_DAYS = 3


@dataclass(frozen=True)
class Item:
    title: str
    url: str
    when: datetime
    summary: str = ""


def _paper_item(paper: Paper, when: datetime, summary: str = "") -> Item:
    title = f"{paper.name} ({paper.reference})" if paper.reference and paper.name else (paper.name or paper.reference)
    return Item(title=title or f"#{paper.pk}", url=reverse("web:paper", args=[paper.pk]), when=when,
                summary=summary or f"{paper.body.name} · {paper.get_kind_display()}")


def _in_window(when, since, until) -> bool:
    return (since is None or when > since) and (until is None or when <= until)


def deadline_reminders(deadlines, since, until) -> list[Item]:
    """Return a reminder for each deadline whose reminder moment (REMINDER_DAYS before it) lies in the window."""
    zone = ZoneInfo(settings.TIME_ZONE)
    out = []
    for deadline in deadlines:
        when = datetime.combine(deadline.date - timedelta(days=REMINDER_DAYS), time(7, 0), tzinfo=zone)
        if _in_window(when, since, until):
            day = formats.date_format(deadline.date, "DATE_FORMAT")
            out.append(Item(title=_("Deadline on %(day)s: %(purpose)s") % {"day": day, "purpose": deadline.purpose or deadline.paper.name},
                            url=reverse("web:paper", args=[deadline.paper_id]), when=when, summary=deadline.paper.name))
    return out


class Target:
    """A followable thing; subclasses say how to find it and what is new for it."""

    kind = ""

    def __init__(self, key: str, obj=None, label: str = ""):
        self.key, self.obj, self.label = key, obj, label

    @classmethod
    def find(cls, key: str) -> Target | None:
        raise NotImplementedError

    @property
    def page_url(self) -> str:
        raise NotImplementedError

    @property
    def feed_url(self) -> str:
        return reverse("participation:follow-feed") + "?" + urlencode({"kind": self.kind, "target": self.key})

    def items(self, *, since: datetime | None = None, until: datetime | None = None, limit: int | None = None) -> list[Item]:
        raise NotImplementedError


def _window(rows, field: str, since, until):
    if since is not None:
        rows = rows.filter(**{f"{field}__gt": since})
    if until is not None:
        rows = rows.filter(**{f"{field}__lte": until})
    return rows


def _numeric(key: str) -> int | None:
    return int(key) if key.isdigit() and len(key) < 19 else None


class PapersOfRecord(Target):
    """Papers newly linked to a committee or a person (the moment the paper was stored)."""

    model = None
    condition = None

    @classmethod
    def find(cls, key):
        pk = _numeric(key)
        obj = cls.visible().filter(pk=pk).first() if pk is not None else None
        return cls(str(pk), obj, obj.name) if obj is not None else None

    def papers(self):
        raise NotImplementedError

    def items(self, *, since=None, until=None, limit=None):
        rows = _window(self.papers(), "created", since, until).select_related("body").order_by("-created", "-pk")
        rows = rows[: limit or 10_000]
        return [_paper_item(paper, paper.created) for paper in rows]


class CommitteeTarget(PapersOfRecord):
    kind = "committee"

    @staticmethod
    def visible():
        return visible_organizations()

    @property
    def page_url(self):
        return reverse("web:organization", args=[self.obj.pk])

    def papers(self):
        consulted = Consultation.all_objects.filter(organizations=self.obj.pk, deleted=False).values("paper_id")
        return visible_papers().filter(Q(pk__in=consulted) | Q(under_direction_of=self.obj.pk)).distinct()

    def items(self, *, since=None, until=None, limit=None):
        items = super().items(since=since, until=until, limit=limit)
        if since is None and until is None:
            return items
        # Only deadlines whose reminder falls in the window: a bounded date range, not every deadline.
        first = (since or until).date() + timedelta(days=REMINDER_DAYS - 1)
        last = (until or since).date() + timedelta(days=REMINDER_DAYS + 1)
        deadlines = visible_deadlines().filter(paper__in=self.papers().values("pk"), date__range=(first, last)).select_related("paper")
        return sorted(items + deadline_reminders(deadlines, since, until), key=lambda item: item.when, reverse=True)


class PersonTarget(PapersOfRecord):
    kind = "person"

    @staticmethod
    def visible():
        return visible_persons()

    @property
    def page_url(self):
        return reverse("web:person", args=[self.obj.pk])

    def papers(self):
        return visible_papers().filter(
            Q(originator_persons=self.obj.pk) | Q(signatories=self.obj.pk) | Q(case_handler=self.obj.pk)).distinct()


class PaperTarget(Target):
    """A paper: news when it changes (a new version, a step on its route, a new file, a hearing)."""

    kind = "paper"

    @classmethod
    def find(cls, key):
        pk = _numeric(key)
        paper = visible_papers().filter(pk=pk).select_related("body").first() if pk is not None else None
        return cls(str(pk), paper, paper.name or paper.reference) if paper is not None else None

    @property
    def page_url(self):
        return reverse("web:paper", args=[self.obj.pk])

    def items(self, *, since=None, until=None, limit=None):
        paper = visible_papers().filter(pk=self.obj.pk).select_related("body").first()
        if paper is None:
            return []
        changed = paper.modified
        hearing = paper.hearings.aggregate(latest=Max("modified"))["latest"]
        if hearing and hearing > changed:
            changed = hearing
        items = deadline_reminders(visible_deadlines().filter(paper=paper).select_related("paper"), since, until)
        if _in_window(changed, since, until):
            items.append(_paper_item(paper, changed, _("The paper changed.")))
        return sorted(items, key=lambda item: item.when, reverse=True)


class HearingTarget(Target):
    """A hearing: news when it opens, its responses are published or its summary is attached."""

    kind = "hearing"

    @classmethod
    def find(cls, key):
        from townhall.participation.selectors import visible_hearings

        pk = _numeric(key)
        hearing = visible_hearings().filter(pk=pk).first() if pk is not None else None
        return cls(str(pk), hearing, hearing.title) if hearing is not None else None

    @property
    def page_url(self):
        return reverse("participation:hearing", args=[self.obj.pk])

    def items(self, *, since=None, until=None, limit=None):
        hearing = self.obj
        events = [(hearing.created, _("The hearing was opened."))]
        if hearing.responses_published:
            events.append((hearing.responses_published, _("The responses were published.")))
        if hearing.summary_file_id:
            events.append((hearing.modified, _("The hearing summary was attached to the paper.")))
        if hearing.takes_public:
            events.append((hearing.closes_at - timedelta(days=REMINDER_DAYS), _("The hearing closes on %(when)s.") % {
                "when": formats.date_format(timezone.localtime(hearing.closes_at), "DATETIME_FORMAT")}))
        out = []
        for when, text in events:
            if (since is None or when > since) and (until is None or when <= until):
                out.append(Item(title=f"{hearing.title}: {text}", url=self.page_url, when=when, summary=text))
        return sorted(out, key=lambda item: item.when, reverse=True)


class SearchTarget(Target):
    """A search as the search page takes it (its query string): new papers that match."""

    kind = "search"

    @classmethod
    def find(cls, key):
        from townhall.web.forms import SearchForm

        if len(key) > 1000:
            return None
        form = SearchForm(dict(parse_qsl(key)))
        if not form.is_valid():
            return None
        arguments = form.search_arguments()
        if not any(value for name, value in arguments.items() if name not in ("page", "sort", "per_page")):
            return None
        query = urlencode(sorted((name, value) for name, value in parse_qsl(key) if name != "page"))
        label = arguments.get("query") or query
        target = cls(query, arguments, str(label))
        return target

    @property
    def page_url(self):
        return reverse("web:search") + f"?{self.key}"

    @property
    def feed_url(self):
        return reverse("web:search-feed") + f"?{self.key}"

    def items(self, *, since=None, until=None, limit=None):
        from townhall.search.selectors import search_papers

        arguments = {**self.obj, "page": 1, "sort": "newest"}
        hits = search_papers(user=None, per_page=limit or FEED_ITEMS, **arguments).hits
        papers = [hit.paper for hit in hits]
        return [_paper_item(paper, paper.created) for paper in papers
                if (since is None or paper.created > since) and (until is None or paper.created <= until)]


TARGETS: dict[str, type[Target]] = {
    target.kind: target for target in (SearchTarget, CommitteeTarget, PersonTarget, PaperTarget, HearingTarget)
}


def target_for(kind: str, key: str) -> Target | None:
    """Return the followable *kind* named by *key* when the public may see it, else None."""
    cls = TARGETS.get(kind)
    return cls.find(str(key)) if cls is not None else None

