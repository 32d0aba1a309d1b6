"""Who someone is and who sits where: the person and committee pages.

A person page says which council group or party someone belongs to, the roles they held in each
committee over time (current first), the meetings they attended where a council system records
attendance, and the papers they put forward, signed or handled. A committee page names its
current members with their roles and those who left, its meetings and the papers before it.
Every list reads through :mod:`townhall.core.selectors`, so each holds only what the user may see
(:mod:`townhall.core.access`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import F, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from townhall.core import access
from townhall.core import selectors as core
from townhall.core.models import Meeting, Membership, Organization, Paper, Person
from townhall.web.list_rows import MEETING_ROW_FIELDS, PAPER_ROW_FIELDS

LIST_LIMIT = 50
#: Newest first by the date lists show (an undated paper by its route or file); truly undated papers last.
NEWEST = F("effective_date").desc(nulls_last=True)
#: Words for a council group or party in an organization's kind or classification (da, de, en, OParl).
GROUP_WORDS = ("faction", "fraktion", "party", "partei", "parti", "group", "gruppe", "wählergemeinschaft", "liste")


def is_group(organization: Organization) -> bool:
    """Whether an organization is a council group or party rather than a committee."""
    kind = f"{organization.organization_type} {organization.classification}".casefold()
    return any(word in kind for word in GROUP_WORDS)


def is_current(membership: Membership, today: date) -> bool:
    """Whether a membership holds today: begun (or no start known) and not ended."""
    return (membership.start_date is None or membership.start_date <= today) and (
        membership.end_date is None or membership.end_date >= today)


@dataclass
class PersonPage:
    person: Person
    groups: list[Membership]
    current: list[Membership]
    former: list[Membership]
    attended: list[Meeting]
    attended_count: int
    handled: list[Paper]
    signed: list[Paper]
    originated: list[Paper]
    on_behalf_of: list[Organization] = field(default_factory=list)

    @property
    def memberships(self) -> list[Membership]:
        return self.current + self.former


def person_page(user, pk: int) -> PersonPage:
    """Return a person with their group, roles over time, attendance and papers."""
    person = get_object_or_404(core.visible_persons(user).select_related("body"), pk=pk)
    today = timezone.localdate()
    memberships = list(
        core.visible_memberships(user).filter(person=person)
        .select_related("organization", "on_behalf_of").order_by("-start_date", "organization__name", "id")
    )
    groups = [membership for membership in memberships if is_group(membership.organization) and is_current(membership, today)]
    committees = [membership for membership in memberships if membership not in groups]
    behalf = {m.on_behalf_of.pk: m.on_behalf_of for m in memberships if m.on_behalf_of_id and access.may_see(user, m.on_behalf_of)}
    attended = core.visible_meetings(user).filter(participants=person).select_related("body").only(*MEETING_ROW_FIELDS).order_by("-start", "-id")
    papers = core.visible_papers(user).select_related("body").only(*PAPER_ROW_FIELDS).order_by(NEWEST, "-id")
    return PersonPage(
        person=person, groups=groups,
        current=[m for m in committees if is_current(m, today)], former=[m for m in committees if not is_current(m, today)],
        attended=list(attended[:LIST_LIMIT]), attended_count=attended.count(),
        # Through the case handler's index: SQLite's statistics rate a mostly empty column as matching
        # every paper, and it would read the whole table to sort it for this one person (deleted papers
        # are left out by the outer filter, so the inner one stays on the index alone).
        handled=list(papers.filter(pk__in=Paper.all_objects.filter(case_handler=person).values("pk"))[:LIST_LIMIT]),
        signed=list(papers.filter(signatories=person)[:LIST_LIMIT]),
        originated=list(papers.filter(originator_persons=person)[:LIST_LIMIT]),
        on_behalf_of=[organization for organization in behalf.values() if organization.pk not in {g.organization_id for g in groups}],
    )


def papers_before(user, organization: Organization) -> QuerySet[Paper]:
    """Return the papers *user* may see that came before a committee: routed to it, led by it or put forward by it."""
    routed = Paper.objects.filter(consultations__organizations=organization).values("pk")
    led = Paper.objects.filter(under_direction_of=organization).values("pk")
    put = Paper.objects.filter(originator_organizations=organization).values("pk")
    # Three indexed lookups of the committee's papers: one OR across the joins would read every paper.
    return (
        core.visible_papers(user).filter(Q(pk__in=routed) | Q(pk__in=led) | Q(pk__in=put))
        # A list names papers; decoding each paper's card would cost more than the rest of the page.
        .select_related("body").only(*PAPER_ROW_FIELDS).order_by(NEWEST, "-id")
    )


@dataclass
class OrganizationPage:
    organization: Organization
    members: list[Membership]
    former_members: list[Membership]
    upcoming: list[Meeting]
    past: list[Meeting]
    papers: list[Paper]
    sub_organizations: list[Organization]
    parent: Organization | None = None
    is_group: bool = False


def organization_page(user, pk: int) -> OrganizationPage:
    """Return a committee or other organization with its members and their roles, meetings and papers."""
    organization = get_object_or_404(core.visible_organizations(user).select_related("body", "sub_organization_of"), pk=pk)
    parent = organization.sub_organization_of
    today = timezone.localdate()
    now = timezone.now()
    meetings = core.visible_meetings(user).filter(organizations=organization).select_related("body").only(*MEETING_ROW_FIELDS)
    memberships = list(
        core.visible_memberships(user).filter(organization=organization).select_related("person")
        .order_by("person__family_name", "person__name", "-start_date")
    )
    return OrganizationPage(
        organization=organization, parent=parent if access.may_see(user, parent) else None,
        members=[m for m in memberships if is_current(m, today)], former_members=[m for m in memberships if not is_current(m, today)],
        upcoming=list(meetings.filter(start__gte=now).order_by("start", "id")[:LIST_LIMIT]),
        past=list(meetings.filter(start__lt=now).order_by("-start", "-id")[:LIST_LIMIT]),
        papers=list(papers_before(user, organization)[:LIST_LIMIT]),
        sub_organizations=list(core.visible_organizations(user).filter(sub_organization_of=organization).order_by("name", "id")),
        is_group=is_group(organization),
    )
