"""Follow a search, a committee, a person, a paper or a hearing by e-mail, with double opt-in and digests.

A follow starts unconfirmed; the mail it sends holds a link that confirms it. Confirmed follows get a
digest of what is new for them, immediately (every scheduler run), daily or weekly. Each digest is
queued under a key made of the follow and the start of the period it covers, so a run repeated after
a crash finds the mail already queued and sends nothing twice; the outbox sends each queued mail once.
Every mail carries a one-click unsubscribe link (RFC 8058).
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from datetime import timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from townhall.participation import limits, mails
from townhall.participation.follow_targets import TARGETS, target_for
from townhall.participation.models import Follow

#: How long a follow waits between two digests.
PERIODS = {Follow.IMMEDIATE: timedelta(0), Follow.DAILY: timedelta(days=1), Follow.WEEKLY: timedelta(days=7)}
#: Items listed in one digest at most (the mail links to the feed for the rest).
DIGEST_ITEMS = 50
DIGEST_JOB = "participation.send_digests"


class FollowError(ValueError):
    """A follow cannot be made as asked; the message says why."""


def _token() -> str:
    return secrets.token_urlsafe(32)


def unsubscribe_headers(follow: Follow, request=None) -> dict[str, str]:
    """Return the RFC 8058 headers that let a mail client unsubscribe with one click."""
    url = mails.absolute_url(reverse("participation:unfollow", args=[follow.token]), request)
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


@transaction.atomic
def follow_start(*, email: str, kind: str, target: str, frequency: str, language: str = "", network: str | None = None,
                 request=None) -> Follow:
    """Record an unconfirmed follow and send the mail that confirms it (again, for a known one)."""
    subject = target_for(kind, target)
    if subject is None:
        raise FollowError(kind)
    limits.check_and_count("follow", email=email, network=network)
    follow = Follow.objects.filter(email__iexact=email, kind=kind, target=subject.key, unfollowed__isnull=True).first()
    if follow is None:
        follow = Follow.objects.create(email=email.strip(), kind=kind, target=subject.key, label=subject.label[:300],
                                       frequency=frequency, language=mails.mail_language(language), token=_token())
    elif follow.confirmed is None:
        follow.frequency = frequency
        follow.save(update_fields=["frequency"])
    if follow.confirmed is None:
        link = mails.absolute_url(reverse("participation:follow-confirm", args=[follow.token]), request)
        mails.send("follow_confirm", to=follow.email, language=follow.language, headers=unsubscribe_headers(follow, request),
                   key=f"follow:{follow.pk}:confirm:{int(timezone.now().timestamp()) // 600}",
                   context={"follow": follow, "link": link})
    return follow


@transaction.atomic
def follow_confirm(follow: Follow) -> Follow:
    """Confirm a follow: digests start from now."""
    if follow.confirmed is None and follow.unfollowed is None:
        follow.confirmed = follow.last_digest = timezone.now()
        follow.save(update_fields=["confirmed", "last_digest"])
    return follow


def follow_end(follow: Follow) -> Follow:
    """Stop a follow for good (the unsubscribe link)."""
    if follow.unfollowed is None:
        follow.unfollowed = timezone.now()
        follow.save(update_fields=["unfollowed"])
    return follow


def due_follows(now=None):
    """Return the confirmed follows whose next digest is due."""
    now = now or timezone.now()
    rows = Follow.objects.filter(confirmed__isnull=False, unfollowed__isnull=True)
    due = rows.none()
    for frequency, period in PERIODS.items():
        due = due | rows.filter(frequency=frequency, last_digest__lte=now - period)
    return due


def send_digests(now=None, request=None) -> dict[str, int]:
    """Queue one digest mail for every due follow that has news; move each follow's period on."""
    now = now or timezone.now()
    counts = {"follows": 0, "mails": 0}
    groups: dict[tuple[str, str], list[Follow]] = defaultdict(list)
    for follow in due_follows(now).order_by("pk").iterator(chunk_size=2000):
        groups[(follow.kind, follow.target)].append(follow)
    for (kind, key), follows in groups.items():
        subject = target_for(kind, key)
        since = min(follow.last_digest for follow in follows)
        items = subject.items(since=since, until=now) if subject is not None else []
        with transaction.atomic():
            for follow in follows:
                counts["follows"] += 1
                news = [item for item in items if item.when > follow.last_digest][:DIGEST_ITEMS]
                if news:
                    _queue_digest(follow, subject, news, request)
                    counts["mails"] += 1
            Follow.objects.filter(pk__in=[follow.pk for follow in follows]).update(last_digest=now)
    return counts


def _queue_digest(follow: Follow, subject, news, request=None) -> None:
    feed = mails.absolute_url(subject.feed_url, request)
    page = mails.absolute_url(subject.page_url, request)
    # The key names the period's start: a repeated run for the same period finds the mail queued already.
    mails.send("digest", to=follow.email, language=follow.language, headers=unsubscribe_headers(follow, request),
               key=f"digest:{follow.pk}:{follow.last_digest.isoformat()}",
               context={"follow": follow, "items": [(item, mails.absolute_url(item.url, request)) for item in news],
                        "feed": feed, "page": page,
                        "unfollow": mails.absolute_url(reverse("participation:unfollow", args=[follow.token]), request)})


def known_kinds() -> list[str]:
    return list(TARGETS)
