"""Public pages are kept for visitors who are not signed in, and every change they could see is shown at once."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client

pytestmark = pytest.mark.django_db

#: The page cache runs on SQLite only so far; elsewhere it is off (townhall.pagecache.generation).
sqlite_only = pytest.mark.skipif("connection.vendor != 'sqlite'", reason="the page cache runs on SQLite only")


@pytest.fixture
def paper(demo):
    from townhall.core.models import Paper
    from townhall.search.indexing import rebuild

    rebuild()
    return Paper.objects.filter(public=True, deleted=False).order_by("pk").first()


def visit(url: str, **headers):
    return Client().get(url, **headers)


@sqlite_only
def test_a_repeated_public_page_is_served_from_the_cache_with_the_same_content(paper):
    first = visit(f"/papers/{paper.pk}/")
    second = visit(f"/papers/{paper.pk}/")
    assert (first.status_code, second.status_code) == (200, 200)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


@sqlite_only
def test_a_renamed_paper_shows_its_new_name_at_once(paper):
    assert paper.name in visit(f"/papers/{paper.pk}/").content.decode()
    paper.name = "Ny cykelbro over åen"
    paper.save()
    page = visit(f"/papers/{paper.pk}/")
    assert page["X-Page-Cache"] == "miss"
    assert "Ny cykelbro over åen" in page.content.decode()


@sqlite_only
def test_a_change_made_without_signals_is_shown_at_once(paper):
    from townhall.core.models import Paper

    visit(f"/papers/{paper.pk}/")
    Paper.objects.filter(pk=paper.pk).update(name="Omdøbt uden signaler")
    assert "Omdøbt uden signaler" in visit(f"/papers/{paper.pk}/").content.decode()


@sqlite_only
def test_a_withdrawn_paper_leaves_its_page_and_the_search_results_at_once(paper):
    from townhall.core.access import paper_set_public
    from townhall.search.indexing import index_papers

    word = paper.reference or paper.name.split()[0]
    assert visit(f"/papers/{paper.pk}/").status_code == 200
    assert f"/papers/{paper.pk}/" in visit("/search/", data={"q": word}).content.decode()
    assert visit(f"/papers/{paper.pk}/")["X-Page-Cache"] == "hit"
    paper_set_public(paper, False)
    index_papers({paper.pk})
    assert visit(f"/papers/{paper.pk}/").status_code == 404
    assert f"/papers/{paper.pk}/" not in visit("/search/", data={"q": word}).content.decode()


@sqlite_only
def test_a_signed_in_user_never_gets_a_kept_page(paper, django_user_model):
    from townhall.core.access import paper_set_public

    visit(f"/papers/{paper.pk}/")
    paper_set_public(paper, False)
    staff = django_user_model.objects.create_user(username="clerk", password="a-long-test-password", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(staff)
    page = client.get(f"/papers/{paper.pk}/")
    assert page.status_code == 200
    assert "X-Page-Cache" not in page
    # And the staff member's page is not kept for anyone else.
    assert visit(f"/papers/{paper.pk}/").status_code == 404


@sqlite_only
def test_a_browser_that_holds_the_page_gets_not_modified_until_it_changes(paper):
    first = visit(f"/papers/{paper.pk}/")
    etag = first["ETag"]
    again = visit(f"/papers/{paper.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    paper.name = "Ændret titel"
    paper.save()
    changed = visit(f"/papers/{paper.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert "Ændret titel" in changed.content.decode()


@sqlite_only
def test_each_language_and_the_htmx_fragment_are_kept_apart(paper):
    danish = visit("/search/", data={"q": "budget"}, HTTP_ACCEPT_LANGUAGE="da")
    german = visit("/search/", data={"q": "budget"}, HTTP_ACCEPT_LANGUAGE="de")
    fragment = visit("/search/", data={"q": "budget"}, HTTP_ACCEPT_LANGUAGE="da", HTTP_HX_REQUEST="true")
    assert danish["Content-Language"] == "da" and german["Content-Language"] == "de"
    assert "X-Page-Cache" in danish and german["X-Page-Cache"] == "miss" and fragment["X-Page-Cache"] == "miss"
    assert b"<html" in danish.content and b"<html" not in fragment.content


@sqlite_only
def test_a_page_with_a_form_token_is_not_kept(db):
    first = visit("/admin/login/")
    assert first.status_code == 200
    assert "X-Page-Cache" not in first


@sqlite_only
def test_a_visitor_with_a_session_cookie_is_served_afresh(paper):
    visit(f"/papers/{paper.pk}/")
    page = Client(HTTP_COOKIE="sessionid=not-a-session").get(f"/papers/{paper.pk}/")
    assert page.status_code == 200
    assert "X-Page-Cache" not in page


@sqlite_only
def test_writes_the_public_never_sees_leave_kept_pages_alone(paper):
    from django.contrib.sessions.backends.db import SessionStore

    visit(f"/papers/{paper.pk}/")
    session = SessionStore()
    session["seen"] = True
    session.save()
    assert visit(f"/papers/{paper.pk}/")["X-Page-Cache"] == "hit"


def test_statements_are_told_apart_as_changes_the_public_may_see_or_not():
    from townhall.pagecache.generation import changes_seen

    assert changes_seen('UPDATE "core_paper" SET "name" = %s WHERE "id" = %s')
    assert changes_seen('INSERT INTO "participation_response" ("hearing_id") VALUES (%s)')
    assert changes_seen("INSERT INTO search_paper_fts(search_paper_fts, rowid) VALUES('delete', 1)")
    assert changes_seen('DELETE FROM "core_file" WHERE "id" IN (1)')
    assert changes_seen("WITH gone AS (DELETE FROM core_event RETURNING id) SELECT count(*) FROM gone")
    assert not changes_seen('SELECT "core_paper"."deleted", "core_paper"."updated" FROM "core_paper"')
    assert not changes_seen('UPDATE "django_session" SET "session_data" = %s')
    assert not changes_seen('INSERT INTO "oparl_storedview" ("root") VALUES (%s) ON CONFLICT DO UPDATE SET "content" = EXCLUDED."content"')
    assert not changes_seen('UPDATE "jobs_job" SET "heartbeat" = %s')


@sqlite_only
def test_a_change_is_shown_at_once_even_after_the_generation_table_was_emptied(paper):
    from django.db import connection

    visit(f"/papers/{paper.pk}/")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM pagecache_generation")
    paper.name = "Efter tømningen"
    paper.save()
    assert "Efter tømningen" in visit(f"/papers/{paper.pk}/").content.decode()


@pytest.mark.skipif("connection.vendor == 'sqlite'", reason="on SQLite the page cache is on")
def test_elsewhere_no_page_is_kept_and_every_visit_renders(paper):
    first = visit(f"/papers/{paper.pk}/")
    second = visit(f"/papers/{paper.pk}/")
    assert (first.status_code, second.status_code) == (200, 200)
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second


@sqlite_only
def test_a_warm_up_render_is_neither_kept_nor_served_from_the_cache(paper):
    from townhall.operations.warmup import WARMUP_KEY

    warm_up = visit(f"/papers/{paper.pk}/", **{WARMUP_KEY: True})
    first_visitor = visit(f"/papers/{paper.pk}/")
    kept = visit(f"/papers/{paper.pk}/")
    assert warm_up.status_code == 200 and "X-Page-Cache" not in warm_up
    assert (first_visitor["X-Page-Cache"], kept["X-Page-Cache"]) == ("miss", "hit")
    assert visit(f"/papers/{paper.pk}/", **{WARMUP_KEY: True}).get("X-Page-Cache") is None
