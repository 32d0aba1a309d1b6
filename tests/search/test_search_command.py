"""``townhall search``: text and JSON output, explanations, filters by name, a closed pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def test_json_output_lists_ids_urls_scores_and_matched_terms(add_paper, capsys):
    paper = add_paper("Havneplan", "Planen for havnen og konferencen.")
    for other in ("Skoleplan", "Vejplan"):
        add_paper(other, "Planen for skolerne.")
    call_command("search", "konferencer", "--format", "json")
    data = json.loads(capsys.readouterr().out)
    hit = data["hits"][0]
    assert (data["total"], hit["id"], hit["url"], hit["title"]) == (1, paper.pk, f"/papers/{paper.pk}/", "Havneplan")
    assert hit["score"] > 0 and "konferenc" in hit["matched_terms"]


def test_text_output_prints_the_paper_id_and_address(add_paper, capsys):
    paper = add_paper("Havneplan", "Planen for havnen.")
    call_command("search", "havneplan")
    assert f"#{paper.pk} /papers/{paper.pk}/" in capsys.readouterr().out


def test_explain_names_the_compound_part_that_matched(add_paper, capsys):
    add_paper("Bericht", "Die Integrationskonferenz tagt im Mai.", language="de")
    call_command("search", "Konferenz", "--explain", "--format", "json")
    reasons = json.loads(capsys.readouterr().out)["hits"][0]["explain"]
    assert {"typed": "Konferenz", "terms": ["konferenz"], "origin": "word", "columns": ["parts"]} in reasons


def test_explain_names_a_glossary_match_in_text_output(add_paper, capsys):
    add_paper("Konferenz", "Die Konferenz findet in Dublin statt.", language="de")
    call_command("search", "conference", "--explain")
    out = capsys.readouterr().out
    assert "matched 'conference': konferenz in title, body (a glossary term for the same concept)" in out


def test_a_body_filter_takes_a_name_or_a_transliterated_slug(add_paper, capsys):
    from townhall.core.services import body_create

    cologne = body_create(name="Stadt Köln", language="de")
    add_paper("Haushalt", "Der Haushalt.", language="de", in_body=cologne)
    add_paper("Haushalt woanders", "Der Haushalt.", language="de")
    for name in ("koeln", "Stadt Köln", "stadt-koeln"):
        call_command("search", "Haushalt", "--body", name, "--format", "json")
        assert [hit["title"] for hit in json.loads(capsys.readouterr().out)["hits"]] == ["Haushalt"], name


def test_a_body_filter_that_matches_nothing_says_so(add_paper):
    add_paper("Haushalt", "Der Haushalt.", language="de")
    with pytest.raises(CommandError, match="No municipality is called 'atlantis'"):
        call_command("search", "Haushalt", "--body", "atlantis")


def test_an_organization_filter_takes_the_committee_name(add_paper, body, capsys):
    from townhall.core.models import Organization

    committee = Organization.objects.create(body=body, name="Økonomiudvalget")
    add_paper("Led", "Budget.").under_direction_of.add(committee)
    add_paper("Other", "Budget.")
    call_command("search", "budget", "--organization", "økonomiudvalget", "--format", "json")
    assert [hit["title"] for hit in json.loads(capsys.readouterr().out)["hits"]] == ["Led"]


def test_an_unreadable_date_is_refused_with_a_clear_message(add_paper):
    with pytest.raises(CommandError, match="--from needs a date like"):
        call_command("search", "budget", "--from", "yesterday")


@pytest.mark.django_db(transaction=True)
def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    # A real process: the database file and the pipe are what a shell user has.
    env = {**os.environ, "TOWNHALL_DATA_DIR": str(tmp_path), "TOWNHALL_SECRET_KEY": "test"}
    env.pop("TOWNHALL_DATABASE_URL", None)
    townhall = [sys.executable, "-m", "townhall.cli"]
    subprocess.run([*townhall, "migrate", "--no-input", "-v", "0"], env=env, check=True)
    subprocess.run([*townhall, "demo"], env=env, check=True, capture_output=True)
    subprocess.run([*townhall, "search-rebuild"], env=env, check=True, capture_output=True)
    search = subprocess.Popen([*townhall, "search", "a OR the OR og OR und OR Kommune", "--limit", "200"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    search.stdout.readline()
    search.stdout.close()
    stderr = search.stderr.read().decode()
    assert (search.wait(), "Traceback" in stderr, "BrokenPipe" in stderr) == (0, False, False), stderr


def test_json_output_says_what_was_corrected_and_explains_the_similar_word(add_paper, backend, capsys):
    add_paper("Konference", "Kommunen holder en integrationskonference i Dublin.")
    backend.refresh_statistics()
    call_command("search", "integrationskonferance", "--format", "json", "--explain")
    data = json.loads(capsys.readouterr().out)
    assert data["notes"][0].startswith("Did you mean: integrationskonference?")
    assert "fuzzy" in {reason["origin"] for reason in data["hits"][0]["explain"]}
