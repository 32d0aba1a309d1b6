"""Reading what was decided from an agenda item's result, in Danish, German and English."""

from __future__ import annotations

import pytest

from townhall.core.outcomes import NO_OUTCOME, read_outcome


@pytest.mark.parametrize(("result", "kind"), [
    ("einstimmig beschlossen", "approved"),
    ("Beschlossen mit Änderungen", "approved_with_changes"),
    ("mit folgender Änderung beschlossen", "approved_with_changes"),
    ("abgelehnt", "rejected"),
    ("nicht beschlossen", "rejected"),
    ("vertagt", "deferred"),
    ("zur Kenntnis genommen", "noted"),
    ("zurückgezogen", "withdrawn"),
    ("Godkendt", "approved"),
    ("Indstillingen blev godkendt med de foreslåede ændringer", "approved_with_changes"),
    ("Ikke godkendt", "rejected"),
    ("Sagen blev udsat", "deferred"),
    ("Taget til efterretning", "noted"),
    ("Anbefales godkendt", "recommended"),
    ("Approved", "approved"),
    ("Agreed as amended", "approved_with_changes"),
    ("Recommended to Full Council", "recommended"),
    ("Not approved", "rejected"),
    ("Deferred to the next meeting", "deferred"),
    ("Noted", "noted"),
    ("Resolved", "decided"),
])
def test_result_text_names_its_kind_of_outcome(result, kind):
    assert read_outcome(result).kind == kind


def test_text_that_names_no_decision_has_no_outcome():
    assert read_outcome("Siehe Anlage") == NO_OUTCOME
    assert read_outcome("") == NO_OUTCOME


@pytest.mark.parametrize(("result", "votes"), [
    ("beschlossen (Ja: 12, Nein: 3, Enthaltungen: 1)", (12, 3, 1)),
    ("mit 12:3:1 Stimmen beschlossen", (12, 3, 1)),
    ("12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung", (12, 3, 1)),
    ("Godkendt. For: 5, imod: 2, undlod: 1", (5, 2, 1)),
    ("Godkendt med 7 stemmer for og 2 imod", (7, 2, None)),
    ("Carried by 30 votes to 12, with 3 abstentions", (30, 12, 3)),
    ("Approved (For 9, Against 2)", (9, 2, None)),
])
def test_votes_are_read_where_the_result_gives_them(result, votes):
    outcome = read_outcome(result)
    assert (outcome.votes_for, outcome.votes_against, outcome.abstentions) == votes


def test_unanimous_decision_is_marked_as_such():
    assert read_outcome("Enstemmigt vedtaget").unanimous
    assert read_outcome("einstimmig beschlossen").unanimous


def test_dates_and_times_are_not_read_as_votes():
    assert not read_outcome("vertagt (12/2024)").has_votes
    assert not read_outcome("vertagt auf die Sitzung mit 18:30 Uhr Beginn").has_votes


def test_votes_in_the_resolution_text_count_when_the_result_has_none():
    outcome = read_outcome("beschlossen", "Der Rat beschließt mit 20:4:0 Stimmen den Bebauungsplan.")
    assert (outcome.kind, outcome.votes_for, outcome.votes_against) == ("approved", 20, 4)
