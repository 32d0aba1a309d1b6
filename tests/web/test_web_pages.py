"""The pages as a visitor reads them, through Django's test client, on the demo data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse

from townhall.core.models import AgendaItem, Body, Deadline, Meeting, Organization, Paper, Person

pytestmark = pytest.mark.django_db


def paper_named(name: str) -> Paper:
    return Paper.objects.get(name=name)


def test_home_lists_latest_papers_newest_first(client, demo):
    page = client.get("/").content.decode()
    newest, older = "Sichere Radwege", "Godkendelse af Klimaplan 2030"
    assert older in page
    assert newest not in page  # the newest paper is not public
    assert page.index("Godkendelse af Klimaplan 2030") < page.index("Budget consultation 2027/28")


def test_home_lists_upcoming_meetings_and_deadlines(client, demo):
    page = client.get("/").content.decode()
    assert "Sitzung des Integrationsrates" in page
    assert "Høringssvar om udkast til boligsocial politik" in page


def test_home_on_an_empty_site_says_there_is_nothing_yet(client, db):
    page = client.get("/").content.decode()
    assert "No papers have been published yet." in page
    assert "No meetings are scheduled." in page


def test_search_for_a_danish_word_finds_the_danish_paper(client, demo):
    response = client.get("/search/", {"q": "klimaplan"})
    assert response.status_code == 200
    assert "Godkendelse af Klimaplan 2030 for Søby Kommune" in response.content.decode()


def test_search_result_snippet_marks_the_query_word(client, demo):
    page = client.get("/search/", {"q": "klimaplan"}).content.decode()
    assert "<mark>" in page.lower()


def test_search_by_reference_number_finds_the_paper(client, demo):
    page = client.get("/search/", {"q": "0412/2026"}).content.decode()
    assert "Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel" in page


def test_search_filter_by_municipality_leaves_out_other_municipalities(client, demo):
    page = client.get("/search/", {"body": "northbridge-city-council"}).content.decode()
    assert "Budget consultation 2027/28" in page
    assert "Godkendelse af Klimaplan" not in page


def test_search_filter_by_kind_keeps_only_that_kind(client, demo):
    page = client.get("/search/", {"kind": "hearing"}).content.decode()
    assert "Høring om udkast til ny boligsocial politik" in page
    assert "Budget consultation 2027/28" not in page


def test_search_offers_municipality_facet_with_counts(client, demo):
    response = client.get("/search/")
    facets = {group.name: group for group in response.context["facets"]}
    soeby = [option for option in facets["body"].options if option.label == "Søby Kommune"]
    # Three papers read from the demo's documents and the one the demo's secretariat drafted and published.
    assert soeby and soeby[0].count == 4


def test_search_facet_link_applies_the_filter(client, demo):
    response = client.get("/search/")
    facets = {group.name: group for group in response.context["facets"]}
    link = next(option.url for option in facets["body"].options if option.label == "Stadt Lindenau")
    page = client.get("/search/" + link).content.decode()
    assert "Ausbau der Kindertagesbetreuung" in page
    assert "Budget consultation" not in page


def test_search_sorted_oldest_first_puts_the_oldest_paper_first(client, demo):
    hits = client.get("/search/", {"sort": "oldest"}).context["results"].hits
    dates = [hit.paper.date for hit in hits]
    assert dates == sorted(dates)


def test_search_pages_through_many_results(client, demo, search_index):
    body = Body.objects.get(name="Søby Kommune")
    Paper.objects.bulk_create([
        Paper(body=body, name=f"Vejplan nummer {n}", reference=f"V-{n:03}", date=date(2026, 1, 1) + timedelta(days=n), language="da")
        for n in range(45)
    ])
    search_index()
    first = client.get("/search/", {"q": "vejplan", "sort": "newest"})
    third = client.get("/search/", {"q": "vejplan", "sort": "newest", "page": 3})
    assert first.context["results"].total == 45
    assert len(first.context["results"].hits) == 20
    assert [hit.paper.reference for hit in third.context["results"].hits] == ["V-004", "V-003", "V-002", "V-001", "V-000"]
    assert 'rel="next"' in first.content.decode()


def test_search_without_matches_suggests_what_to_try(client, demo):
    page = client.get("/search/", {"q": "zzyzxquux"}).content.decode()
    assert "No papers found" in page
    assert "Check the spelling" in page


def test_search_with_a_bad_date_still_searches(client, demo):
    response = client.get("/search/", {"q": "klimaplan", "date_from": "not-a-date"})
    assert response.status_code == 200
    assert "Godkendelse af Klimaplan" in response.content.decode()


def test_search_requested_by_htmx_returns_only_the_results_block(client, demo):
    page = client.get("/search/", {"q": "klimaplan"}, headers={"HX-Request": "true"}).content.decode()
    assert '<div id="results"' in page
    assert "<html" not in page


def test_search_update_by_htmx_announces_the_new_count(client, demo):
    page = client.get("/search/", {"q": "klimaplan"}, headers={"HX-Request": "true"}).content.decode()
    status = page[page.index('id="search-status"'):page.index("</p>")]
    assert 'role="status"' in status and "1 paper found" in status


def test_search_page_offers_to_follow_the_search(client, demo):
    page = client.get("/search/", {"q": "budget"}).content.decode()
    assert "/search/feed.atom?q=budget" in page


def test_paper_page_shows_reference_date_and_case_handler(client, demo):
    paper = paper_named("Høring om udkast til ny boligsocial politik")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert "2026-11873" in page
    assert "2026-330912" in page  # document number from the card
    assert "Lene Bach" in page
    assert paper.date.strftime("%Y-%m-%d") in page


def test_paper_page_names_the_lead_committee(client, demo):
    paper = paper_named("Godkendelse af Klimaplan 2030 for Søby Kommune")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    facts = page[page.index("Lead committee"):page.index("Route through committees")]
    assert "Teknik- og Miljøudvalget" in facts


def test_paper_page_shows_the_route_through_committees_in_order(client, demo):
    paper = paper_named("Godkendelse af Klimaplan 2030 for Søby Kommune")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    route = page[page.index("Route through committees"):]
    assert route.index("Teknik- og Miljøudvalget") < route.index("Økonomiudvalget") < route.index("Byrådet")


def test_paper_page_links_each_route_step_to_its_meeting(client, demo):
    paper = paper_named("Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    for consultation in paper.consultations.all():
        assert reverse("web:meeting", args=[consultation.meeting_id]) in page


def test_paper_page_shows_deadlines_and_events(client, demo):
    paper = paper_named("Budget consultation 2027/28")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert "Responses to the budget consultation" in page
    assert "Public meeting on the draft budget" in page


def test_paper_page_offers_the_original_and_attachments_to_view_and_download(client, demo):
    paper = paper_named("Budget consultation 2027/28")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert reverse("web:file", args=[paper.main_file_id]) in page
    assert reverse("web:file-download", args=[paper.main_file_id]) in page
    for attachment in paper.auxiliary_files.all():
        assert reverse("web:file-download", args=[attachment.pk]) in page


def test_paper_page_shows_the_full_text_in_its_language(client, demo):
    paper = paper_named("Høring om udkast til ny boligsocial politik")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert 'class="full-text" lang="da"' in page
    assert "boligpolitik@soeby.dk" in page


def test_paper_page_lists_contacts_from_the_card(client, demo):
    paper = paper_named("Høring om udkast til ny boligsocial politik")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert 'href="mailto:boligpolitik@soeby.dk"' in page
    assert 'href="tel:72104533"' in page


def test_file_download_sends_the_original_bytes_as_attachment(client, demo):
    paper = paper_named("Budget consultation 2027/28")
    response = client.get(reverse("web:file-download", args=[paper.main_file_id]))
    assert response["Content-Disposition"].startswith("attachment")
    assert b"Budget" in response.content


def test_file_view_shows_text_inline(client, demo):
    paper = paper_named("Budget consultation 2027/28")
    response = client.get(reverse("web:file", args=[paper.main_file_id]))
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Type"].startswith("text/plain")


def test_meeting_page_lists_agenda_items_in_order_with_their_paper(client, demo):
    meeting = Meeting.objects.get(name="Sitzung des Jugendhilfeausschusses")
    page = client.get(reverse("web:meeting", args=[meeting.pk])).content.decode()
    agenda = page[page.index("Agenda"):]
    assert agenda.index("Eröffnung und Feststellung") < agenda.index("Ausbau der Kindertagesbetreuung")
    kita = paper_named("Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel")
    assert reverse("web:paper", args=[kita.pk]) in agenda


def test_meeting_page_shows_place_and_committee(client, demo):
    meeting = Meeting.objects.get(name="Finance and Resources Committee")
    page = client.get(reverse("web:meeting", args=[meeting.pk])).content.decode()
    assert "Northbridge Town Hall" in page
    assert reverse("web:organization", args=[meeting.organizations.get().pk]) in page


def test_meeting_page_shows_results_of_a_held_meeting(client, demo):
    meeting = Meeting.objects.get(name="Housing and Communities Committee")
    page = client.get(reverse("web:meeting", args=[meeting.pk])).content.decode()
    assert "Recommended to Full Council" in page


def test_organization_page_lists_members_meetings_and_papers(client, demo):
    committee = Organization.objects.get(name="Teknik- og Miljøudvalget")
    page = client.get(reverse("web:organization", args=[committee.pk])).content.decode()
    assert "Anders Holm" in page
    assert "Teknik- og Miljøudvalget, ordinært møde" in page
    assert "Godkendelse af Klimaplan 2030" in page


def test_person_page_lists_memberships_and_handled_papers(client, demo):
    page = client.get(reverse("web:person", args=[Person.objects.get(name="Lene Bach").pk])).content.decode()
    assert "Høring om udkast til ny boligsocial politik" in page
    mayor = client.get(reverse("web:person", args=[Person.objects.get(name="Mette Kjærgaard").pk])).content.decode()
    assert "Byrådet" in mayor and "Borgmester" in mayor


def test_person_page_lists_signed_papers(client, demo):
    page = client.get(reverse("web:person", args=[Person.objects.get(name="Thomas Brandt").pk])).content.decode()
    assert "Ausbau der Kindertagesbetreuung" in page


def test_body_page_lists_committees_meetings_and_papers(client, demo):
    page = client.get(reverse("web:body", args=["stadt-lindenau"])).content.decode()
    assert "Jugendhilfeausschuss" in page
    assert "Sitzung des Rates der Stadt Lindenau" in page
    assert "Ausbau der Kindertagesbetreuung" in page
    assert "Godkendelse af Klimaplan" not in page


def test_calendar_lists_the_meetings_of_the_month(client, demo):
    meeting = Meeting.objects.get(name="Full Council")
    from django.utils import timezone

    start = timezone.localtime(meeting.start)
    page = client.get(reverse("web:calendar", args=[start.year, start.month])).content.decode()
    assert reverse("web:meeting", args=[meeting.pk]) in page


def test_calendar_of_a_month_without_meetings_says_so(client, demo):
    page = client.get(reverse("web:calendar", args=[1999, 1])).content.decode()
    assert "No meetings are recorded for this month." in page


def test_calendar_without_a_month_opens_this_month(client, db):
    from django.utils import timezone

    today = timezone.localdate()
    assert client.get("/calendar/").url == reverse("web:calendar", args=[today.year, today.month])


def test_deadlines_page_filters_by_municipality(client, demo):
    page = client.get("/deadlines/", {"body": "northbridge-city-council"}).content.decode()
    assert "Responses to the budget consultation" in page
    assert "Høringssvar" not in page


def test_deadlines_page_filters_by_committee(client, demo):
    committee = Organization.objects.get(name="Beskæftigelses- og Integrationsudvalget")
    page = client.get("/deadlines/", {"organization": committee.pk}).content.decode()
    assert "Tilmelding til konferencen" in page
    assert "Høringssvar" not in page


def test_deadlines_page_filters_by_date_range(client, demo):
    first = Deadline.objects.filter(paper__public=True).order_by("date").first()
    page = client.get("/deadlines/", {"start": first.date.isoformat(), "end": first.date.isoformat()}).content.decode()
    assert first.purpose in page
    others = Deadline.objects.exclude(date=first.date).exclude(paper__public=False)
    assert all(other.purpose not in page for other in others)


def test_agenda_item_page_shows_its_paper(client, demo):
    item = AgendaItem.objects.get(name="Budget consultation 2027/28")
    page = client.get(reverse("web:agenda-item", args=[item.pk])).content.decode()
    assert reverse("web:paper", args=[paper_named("Budget consultation 2027/28").pk]) in page


def test_unknown_page_answers_404_with_a_way_on(client, db, settings):
    settings.DEBUG = False
    response = client.get("/papers/987654/")
    assert response.status_code == 404
    assert "Search all papers" in response.content.decode()


def test_server_error_page_offers_a_way_on(client, db):
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert "Something went wrong" in page
    assert 'href="/search/"' in page


def test_pdf_original_opens_in_the_browser(client, demo):
    from townhall.core.services import file_store

    pdf = file_store(data=b"%PDF-1.4\n% a tiny test file\n%%EOF\n", file_name="plan.pdf", mime_type="application/pdf", body=Body.objects.first())
    response = client.get(reverse("web:file", args=[pdf.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="plan.pdf"'


def test_html_original_is_only_offered_as_a_download(client, demo):
    from townhall.core.services import file_store

    page = file_store(data=b"<script>alert(1)</script>", file_name="page.html", mime_type="text/html", body=Body.objects.first())
    response = client.get(reverse("web:file", args=[page.pk]))
    assert response["Content-Disposition"] == 'attachment; filename="page.html"'
    assert response["Content-Security-Policy"].startswith("sandbox")


def test_search_year_facet_limits_results_to_that_year(client, demo):
    paper = paper_named("Budget consultation 2027/28")
    paper.date = date(2019, 6, 1)
    paper.save()
    response = client.get("/search/")
    years = {group.name: group for group in response.context["facets"]}["year"]
    link = next(option.url for option in years.options if option.label == "2019")
    hits = client.get("/search/" + link).context["results"].hits
    assert [hit.paper.name for hit in hits] == ["Budget consultation 2027/28"]


def test_deadline_filter_update_offers_only_the_chosen_municipalitys_committees(client, demo):
    page = client.get("/deadlines/", {"body": "stadt-lindenau"}, headers={"HX-Request": "true"}).content.decode()
    field = page[:page.index('<section id="deadline-results"')]
    assert 'hx-swap-oob="true"' in field
    assert "Jugendhilfeausschuss" in field
    assert "Økonomiudvalget" not in field


def test_search_above_the_counting_cap_says_more_than(client, demo, monkeypatch):
    from townhall.search import selectors

    monkeypatch.setattr(selectors, "COUNT_CAP", 2)
    response = client.get("/search/", {"q": ""}, HTTP_ACCEPT_LANGUAGE="en")
    assert "of more than 2 papers" in response.content.decode()
