"""The rule, read side: whether someone may see a record, as a condition on rows or an answer for one record.

The public share, the staff's every live record, and a council member's non-public material of their committees.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, QuerySet

from townhall.core.models import (
    AgendaItem, Body, Consultation, Deadline, DerivedVisibility, Event, File, LegislativeTerm, Meeting, Membership, Paper,
    System,
)

#: Raise when the rule below changes, so that stored copies of what the public sees start afresh.
RULE_VERSION = 1


def can_see_non_public(user) -> bool:
    """Staff with the view permission see non-public material; everyone else sees public material only."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm("core.view_paper"))


SHOWN_PAPER = {"public": True, "deleted": False}


def _main_file_shown(prefix: str) -> Q:
    return Q(**{f"{prefix}main_file__isnull": True}) | Q(
        **{f"{prefix}main_file__public": True, f"{prefix}main_file__deleted": False}
    )


def public_condition(model, through: str = "") -> Q:
    """Return the condition on *model*'s rows that anyone may see (live and shown).

    *through* names a relation to *model* ("paper"): the condition then applies to rows of
    another model, on the *model* row they point to (a join, not a subquery over every row).
    """
    condition = _public_condition(model)
    return _prefixed(condition, f"{through}__") if through else condition


def _prefixed(condition: Q, prefix: str) -> Q:
    children = [_prefixed(child, prefix) if isinstance(child, Q) else (prefix + child[0], child[1]) for child in condition.children]
    prefixed = Q(*children, _connector=condition.connector)
    prefixed.negated = condition.negated
    return prefixed


def _public_condition(model) -> Q:
    if model is Paper:
        return Q(**SHOWN_PAPER)
    if model is File:
        return Q(deleted=False, public=True, visible=True)
    if model is AgendaItem:
        return Q(deleted=False, visible=True) & ~Q(public=False)
    if issubclass(model, DerivedVisibility):
        return Q(deleted=False, visible=True)
    if model is Consultation:
        return Q(deleted=False, paper__public=True, paper__deleted=False)
    if model in (Deadline, Event):
        return Q(deleted=False, paper__public=True, paper__deleted=False) & _main_file_shown("paper__")
    if model is Membership:
        return Q(deleted=False, person__deleted=False, person__visible=True, organization__deleted=False,
                 organization__visible=True)
    if model in (Body, LegislativeTerm, System):
        return Q(deleted=False)
    raise TypeError(f"No access rule for {model.__name__}.")


def _live_condition(model) -> Q:
    """Return what staff see of *model*: the live rows (and, for facts, of live papers)."""
    if model in (Deadline, Event, Consultation):
        return Q(deleted=False, paper__deleted=False)
    if model is Membership:
        return Q(deleted=False, person__deleted=False, organization__deleted=False)
    return Q(deleted=False)


def visible(model, user=None) -> QuerySet:
    """Return the live rows of *model* that *user* may see (anyone's share when *user* is None)."""
    rows = model.all_objects.all()
    return rows.filter(_live_condition(model) if can_see_non_public(user) else shown_condition(model, user))


def shown_condition(model, user=None, through: str = "") -> Q:
    """Return the condition on *model*'s rows that *user* may see, short of the staff's every live row.

    That is the public share, and for a council member the non-public material of their
    committees too. *through* names a relation to *model*, as for :func:`public_condition`.
    """
    condition = _public_condition(model)
    granted = _granted(model, user)
    if granted is not None:
        condition = condition | (_live_condition(model) & granted)
    return _prefixed(condition, f"{through}__") if through else condition


def shown_annotation(model) -> ExpressionWrapper:
    """Return an expression that is true for the rows of *model* anyone may see (for ``annotate``)."""
    return ExpressionWrapper(public_condition(model), output_field=BooleanField())


def is_public(obj) -> bool:
    """Say whether anyone may see *obj*, a loaded record (related rows are read when not loaded)."""
    if obj is None or obj.deleted:
        return False
    if isinstance(obj, Paper):
        return obj.public
    if isinstance(obj, File):
        return obj.public and obj.visible
    if isinstance(obj, AgendaItem):
        return obj.visible and obj.public is not False
    if isinstance(obj, DerivedVisibility):
        return obj.visible
    if isinstance(obj, Consultation):
        return is_public(obj.paper)
    if isinstance(obj, (Deadline, Event)):
        paper = obj.paper
        return is_public(paper) and (paper.main_file_id is None or (paper.main_file.public and not paper.main_file.deleted))
    if isinstance(obj, Membership):
        return is_public(obj.person) and is_public(obj.organization)
    return True


def may_see(user, obj) -> bool:
    """Say whether *user* may see *obj* (staff with the view permission see every live record)."""
    if obj is None:
        return False
    if can_see_non_public(user):
        return not obj.deleted
    if is_public(obj):
        return True
    granted = None if obj.deleted else _granted(type(obj), user)
    return granted is not None and type(obj).all_objects.filter(_live_condition(type(obj)) & granted, pk=obj.pk).exists()


def content_shown(user, file: File) -> bool:
    """Say whether *user* may have the stored original of *file*.

    A file read out of another (an e-mail's attachment names the e-mail as its master file) is
    inside that file's original bytes: while such a part is withheld, so is the original.
    """
    if not may_see(user, file):
        return False
    if can_see_non_public(user):
        return True
    withheld = File.all_objects.filter(master_file=file.pk, public=False, deleted=False)
    granted = _granted(File, user)
    if granted is not None:
        withheld = withheld.exclude(granted)
    return not withheld.exists()


_COMMITTEES = "_townhall_member_committees"


def member_committees(user) -> frozenset[int]:
    """Return the committees whose non-public material *user* reads as a council member (cached on *user*)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cached = getattr(user, _COMMITTEES, None)
    if cached is None:
        from django.apps import apps

        # The roles live in the council app, which builds on core: asked by name, as for unannounced.
        roles = apps.get_model("council", "StaffRole").objects.filter(
            user=user, role="member", organization__isnull=False, organization__deleted=False, body__deleted=False)
        cached = frozenset(roles.values_list("organization_id", flat=True))
        setattr(user, _COMMITTEES, cached)
    return cached


def _committee_items(committees: frozenset[int]) -> QuerySet:
    """Return the announced agenda items of the shown meetings of *committees*."""
    return AgendaItem.all_objects.filter(
        deleted=False, meeting__deleted=False, meeting__visible=True, meeting__organizations__in=committees,
    ).filter(~Exists(unannounced("AgendaEntry", agenda_item=OuterRef("pk"))))


def _committee_papers(items: QuerySet) -> QuerySet:
    """Return the papers on *items*: through their consultations, or the item a deferred paper left."""
    from django.apps import apps

    item_ids = items.values("pk")
    consulted = Consultation.all_objects.filter(deleted=False, agenda_item__in=item_ids).values("paper_id")
    entered = apps.get_model("council", "AgendaEntry").objects.filter(agenda_item__in=item_ids).values("paper_id")
    return Paper.all_objects.filter(deleted=False).filter(Q(pk__in=consulted) | Q(pk__in=entered))


def _granted(model, user) -> Q | None:
    """Return the rows of *model* granted to *user* beyond the public share, as a condition (None: none)."""
    if model not in _GRANTED_MODELS:
        return None
    committees = member_committees(user)
    if not committees:
        return None
    items = _committee_items(committees)
    if model is AgendaItem:
        return Q(pk__in=items.values("pk"))
    papers = _committee_papers(items).values("pk")
    if model is Paper:
        return Q(pk__in=papers)
    if model in (Consultation, Deadline, Event):
        return Q(paper__in=papers)
    meetings = Meeting.all_objects.filter(deleted=False, visible=True, organizations__in=committees).values("pk")
    item_ids = items.values("pk")
    return (
        Q(pk__in=Paper.all_objects.filter(pk__in=papers).values("main_file"))
        | Q(pk__in=Paper.auxiliary_files.through.objects.filter(paper__in=papers).values("file"))
        | Q(pk__in=AgendaItem.all_objects.filter(pk__in=item_ids).values("resolution_file"))
        | Q(pk__in=AgendaItem.auxiliary_files.through.objects.filter(agendaitem__in=item_ids).values("file"))
        | Q(pk__in=Meeting.auxiliary_files.through.objects.filter(meeting__in=meetings).values("file"))
    )


def granted_papers(user) -> QuerySet | None:
    """Return the ids of the papers *user* reads beyond the public share (None: none), for raw SQL filters."""
    granted = _granted(Paper, user)
    return None if granted is None else Paper.all_objects.filter(granted, deleted=False).values("pk")


#: What a council member may read beyond the public share; every other record is shown as to anyone.
_GRANTED_MODELS = (Paper, AgendaItem, File, Consultation, Deadline, Event)


def main_file_shown(user, paper: Paper) -> bool:
    """Say whether *user* may read the main file of *paper*: its text and the card read from it."""
    if paper.main_file_id is None:
        return True
    return may_see(user, paper.main_file)


def public_card(paper: Paper, user=None, *, withheld_files: Iterable[str] = ()) -> dict:
    """Return what *user* may see of the card read from *paper*'s main file.

    The card quotes the document, so it is withheld with its main file; the titles of attachments
    the user may not see (*withheld_files*, their names) are left out of it.
    """
    if not paper.card or not main_file_shown(user, paper):
        return {}
    card = dict(paper.card)
    withheld = set(withheld_files)
    if withheld and card.get("attachments"):
        card["attachments"] = [title for title in card["attachments"] if title not in withheld]
        # The evidence of attachment entries quotes their titles (and its numbering would no longer fit).
        card["evidence"] = {
            path: item for path, item in (card.get("evidence") or {}).items() if not path.startswith("attachments.")
        }
    return card


def unannounced(model_name: str, **link) -> QuerySet:
    """Return the clerk's records of meetings or agenda items prepared in townhall and not yet announced.

    A meeting a secretary plans stays hidden until its invitation is published, and a late item
    until the supplement that adds it is.
    """
    from django.apps import apps

    field = "invitation_published_at" if model_name == "MeetingRecord" else "announced_at"
    return apps.get_model("council", model_name).objects.filter(**link, **{f"{field}__isnull": True})
