"""Crawl the whole OParl API of a populated instance and hold it to the OParl 1.1 specification."""

from __future__ import annotations

from townhall.oparl.conformance import check_api, django_client_fetcher


def test_the_whole_api_of_a_populated_instance_conforms_to_oparl_1_1(populated, client, oparl_root):
    report = check_api(django_client_fetcher(client), oparl_root)

    assert [str(v) for v in report.violations] == []
    # The crawl reached every type, deleted objects included.
    assert {"System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem",
            "Paper", "Consultation", "File", "Location"} <= set(report.objects)
    assert report.objects["Paper"] > 130
