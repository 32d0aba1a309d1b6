"""Follow by e-mail: double opt-in, digests of public news only, one-click unsubscribe, Atom feeds, outage safety."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from smtp_inbox import link_in, text_of
from townhall.core.models import Consultation, Deadline, Organization, Paper, Person
from townhall.mail.models import OutgoingMail
from townhall.participation.follow_targets import REMINDER_DAYS
from townhall.participation.follows import send_digests
from townhall.participation.models import Follow


@pytest.fixture
def committee(council):
    return Organization.objects.create(body=council.body, name="Social- og Integrationsudvalget", classification="committee")


def new_paper(council, committee, name, public=True):
    paper = Paper.objects.create(body=council.body, name=name, public=public, kind="proposal", language="da")
    Consultation.objects.create(paper=paper, role="indstilling").organizations.add(committee)
    return paper


def follow_confirmed(visitor, smtp, kind, target, email, frequency="immediate"):
    page = visitor.get("/follow/", {"kind": kind, "target": target})
    assert page.status_code == 200
    sent = visitor.post("/follow/", {"kind": kind, "target": target, "email": email, "frequency": frequency})
    assert "Open the link in it to confirm" in sent.content.decode()
    confirm = link_in(smtp.wait_for(email)[0], "/follow/confirm/")
    visitor.post(confirm)
    return Follow.objects.get(email=email, kind=kind)


def test_a_follower_of_a_committee_confirms_gets_a_digest_and_unsubscribes_in_one_click(council, committee, smtp):
    visitor = Client()
    follow = follow_confirmed(visitor, smtp, "committee", committee.pk, "borger@example.org")
    assert follow.confirmed is not None
    new_paper(council, committee, "Ny integrationspolitik til behandling")
    new_paper(council, committee, "Fortrolig personalesag", public=False)
    assert send_digests(now=timezone.now() + timedelta(seconds=1))["mails"] == 1
    digest = smtp.wait_for("borger@example.org", 2)[1]
    assert "Social- og Integrationsudvalget" in digest["Subject"] and "1 new item" in digest["Subject"]
    assert "Ny integrationspolitik til behandling" in text_of(digest) and "Fortrolig" not in text_of(digest)
    unsubscribe = digest["List-Unsubscribe"].strip("<>")
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The mail client's one click: a POST without cookies or CSRF token.
    answer = Client(enforce_csrf_checks=True).post(unsubscribe.split("testserver", 1)[1], "List-Unsubscribe=One-Click",
                                                   content_type="application/x-www-form-urlencoded")
    assert answer.status_code == 200
    follow.refresh_from_db()
    assert follow.unfollowed is not None
    new_paper(council, committee, "Endnu en sag")
    assert send_digests(now=timezone.now() + timedelta(seconds=2))["mails"] == 0


def test_an_unconfirmed_follow_gets_no_digest(council, committee, smtp):
    Client().post("/follow/", {"kind": "committee", "target": committee.pk, "email": "maybe@example.org", "frequency": "immediate"})
    new_paper(council, committee, "Ny sag")
    assert send_digests(now=timezone.now() + timedelta(seconds=1)) == {"follows": 0, "mails": 0}


def test_a_daily_digest_waits_a_day_and_a_second_run_sends_nothing_twice(council, committee, smtp):
    follow = follow_confirmed(Client(), smtp, "committee", committee.pk, "daily@example.org", frequency="daily")
    new_paper(council, committee, "Budget 2027")
    assert send_digests(now=timezone.now() + timedelta(hours=2))["mails"] == 0
    later = timezone.now() + timedelta(days=1, minutes=1)
    assert send_digests(now=later)["mails"] == 1
    Follow.objects.filter(pk=follow.pk).update(last_digest=follow.last_digest)   # as if the run died before moving on
    send_digests(now=later)
    assert OutgoingMail.objects.filter(key__startswith=f"digest:{follow.pk}:").count() == 1


def test_following_a_hidden_or_unknown_record_answers_404(council, committee):
    hidden = new_paper(council, committee, "Lukket sag", public=False)
    assert Client().get("/follow/", {"kind": "paper", "target": hidden.pk}).status_code == 404
    assert Client().get("/follow/", {"kind": "person", "target": "99999"}).status_code == 404
    assert Client().get("/follow/", {"kind": "nonsense", "target": "1"}).status_code == 404
    assert Client().get("/follow/feed.atom", {"kind": "paper", "target": hidden.pk}).status_code == 404


def test_a_malformed_address_gets_a_clear_message(council, committee):
    answer = Client().post("/follow/", {"kind": "committee", "target": committee.pk, "email": "borger@", "frequency": "daily"})
    assert answer.status_code == 400 and "Enter a valid e-mail address" in answer.content.decode()
    assert not Follow.objects.exists()


def test_every_followable_has_an_atom_feed_of_public_news(council, committee):
    person = Person.objects.create(body=council.body, name="Mette Sørensen")
    shown = new_paper(council, committee, "Integrationspolitik til høring")
    shown.originator_persons.add(person)
    new_paper(council, committee, "Skjult sag", public=False).originator_persons.add(person)
    for kind, target in (("committee", committee.pk), ("person", person.pk), ("paper", shown.pk)):
        feed = Client().get("/follow/feed.atom", {"kind": kind, "target": target})
        assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml"), kind
        text = feed.content.decode()
        assert "Integrationspolitik til høring" in text and "Skjult sag" not in text, kind
    search = Client().get("/search/feed.atom", {"q": "integrationspolitik"})
    assert search.status_code == 200


def test_a_followed_paper_reminds_of_its_deadline(council, committee, smtp):
    paper = new_paper(council, committee, "Høring om busplan")
    follow = follow_confirmed(Client(), smtp, "paper", paper.pk, "bus@example.org", frequency="daily")
    # The digest runs at local noon two days on, so the reminder (at 07:00 local, REMINDER_DAYS before the
    # deadline) falls within its period whatever the hour the test runs.
    day = timezone.localdate() + timedelta(days=2)
    run_at = timezone.make_aware(datetime(day.year, day.month, day.day, 12))
    Deadline.objects.create(paper=paper, body=council.body, date=day + timedelta(days=REMINDER_DAYS), purpose="Høringsfrist")
    assert send_digests(now=run_at)["mails"] == 1
    digest = smtp.wait_for("bus@example.org", 2)[1]
    assert "Deadline on" in text_of(digest) and "Høringsfrist" in text_of(digest)
    assert follow.pk


def test_digests_survive_an_outage_of_the_mail_server_and_none_is_sent_twice(council, committee, smtp, settings):
    settings.MAIL_MAX_ATTEMPTS = 50
    settings.MAIL_RETRY_SECONDS = 0.2
    addresses = [f"reader{n}@example.org" for n in range(12)]
    for address in addresses:
        follow_confirmed(Client(), smtp, "committee", committee.pk, address)
    new_paper(council, committee, "Sag under nedbrud")
    smtp.stop()
    outage = time.monotonic()
    assert send_digests(now=timezone.now() + timedelta(seconds=1))["mails"] == 12
    # The server stays away for several rounds of attempts while the scheduler keeps ticking.
    from townhall.jobs.scheduler import tick

    while time.monotonic() - outage < 5:
        tick()
        time.sleep(0.2)
    digests = OutgoingMail.objects.filter(key__startswith="digest:")
    assert digests.count() == 12 and not digests.filter(status=OutgoingMail.SENT).exists()
    assert all(mail.attempts >= 2 for mail in digests)
    smtp.start()
    for address in addresses:
        smtp.wait_for(address, 2)
    send_digests(now=timezone.now() + timedelta(seconds=2))
    time.sleep(1)
    for address in addresses:
        received = smtp.to(address)
        assert len(received) == 2 and "Sag under nedbrud" in text_of(received[1])
    ids = [m["Message-ID"] for m in smtp.messages]
    assert len(ids) == len(set(ids))


def test_the_search_page_offers_following_by_e_mail_only_where_it_leads_to_a_sign_up(council, committee):
    import re

    new_paper(council, committee, "Integrationspolitik til høring")
    visitor = Client()
    for params, offered in (({"q": "integrationspolitik"}, True), ({"sort": "newest"}, False), ({}, False)):
        page = visitor.get("/search/", params).content.decode()
        links = re.findall(r'href="([^"]*/follow/\?[^"]*)"', page)
        assert bool(links) is offered, params
        for link in links:
            assert visitor.get(link.replace("&amp;", "&")).status_code == 200, link
