"""The header and footer of every page: the page's section, its own address, its language, who is signed in."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def header(page: str) -> str:
    return page[page.index('<header class="site-header">'):page.index("</header>")]


def footer(page: str) -> str:
    return page[page.index('<footer class="site-footer">'):page.index("</footer>")]


def test_the_navigation_marks_the_section_of_the_page_and_no_other(client, demo):
    page = header(client.get("/bodies/").content.decode())

    assert re.findall(r'<a href="([^"]+)" aria-current="page">', page) == ["/bodies/"]


def test_the_language_switch_and_the_sign_in_link_come_back_to_the_page_with_its_address_escaped(client, demo):
    page = client.get("/search/", {"q": 'x"><script>', "sort": "newest"}).content.decode()

    assert '<input type="hidden" name="next" id="language-next" value="/search/?q=x%22%3E%3Cscript%3E&amp;sort=newest">' in header(page)
    assert 'href="/admin/login/?next=/search/%3Fq%3Dx%2522%253E%253Cscript%253E%26sort%3Dnewest"' in footer(page)
    assert "<script>" not in page


def test_the_header_and_footer_follow_the_language_of_each_request(client, demo):
    danish = client.get("/", HTTP_ACCEPT_LANGUAGE="da").content.decode()
    german = client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()

    assert ">Kommuner</a>" in header(danish) and ">Kommunen</a>" in header(german)
    assert '<option value="da" lang="da" selected>' in header(danish)
    assert '<option value="de" lang="de" selected>' in header(german)
    assert "Anmeldung für Mitarbeitende" in footer(german) and "Anmeldung für Mitarbeitende" not in footer(danish)


def test_a_signed_in_user_is_named_and_can_sign_out_with_a_token_of_their_own(staff_client, demo):
    page = footer(staff_client.get("/").content.decode())

    assert "Signed in as clerk" in page and "Staff sign-in" not in page
    token = re.search(r'<form class="inline" action="/admin/logout/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)">', page)
    assert token and len(token.group(1)) == 64
