"""Words the glossary does not know are translated from installed bilingual dictionaries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.search.dictionary_files import compiled_dictionaries, install_dictionaries, plan_leaves, write_dictionary
from townhall.search import dictionaries
from townhall.search.checks import check_dictionaries
from townhall.search.query import plan_query
from townhall.search.selectors import search_papers

ENGLISH_GERMAN = [
    ("petrol pumps", "petrol pumps /ˈpɛtɹəl pʌmps/\nZapfsäulen <pl>\n"),
    ("bench", "bench /bɛntʃ/\nSitzbank <fem>, Bank <fem>\n         Note: in a public area\n"),
    ("bench", "bench /bɛntʃ/\nStrosse <fem> [min.]\n"),
    ("bench", "bench /bɛntʃ/ <v>\nstrossen [min.]\n"),
    ("bank", "bank /bæŋk/\nBank <fem> [fin.]\n"),
    ("sandbank", "sandbank /ˈsændbæŋk/\nBank <fem>, Sandbank <fem>\n"),
    ("shoal", "shoal /ʃəʊl/\nBank <fem>, Untiefe <fem>\n"),
    ("high", "high /haɪ/ <adj>\nhoch\n"),
    ("high", "high /haɪ/\nHochdruckgebiet <neut> [meteo.]\n"),
    ("swearing", "swearing /ˈswɛəɹɪŋ/\nschwörend\n"),
]
GERMAN_ENGLISH = [
    ("Zapfsäulen", "Zapfsäulen /ˈtsapfzɔɪlən/ <fem, n, pl>\npetrol pumps <n> [Br.], gas pumps <n> [Am.]\n see: {Zapfsäule}\n"),
    ("hoch", "hoch /hoːx/ <adj>\nhigh\n"),
]


@pytest.fixture
def dictionary_folder(tmp_path, settings):
    return install_dictionaries(tmp_path, settings, {"freedict-eng-deu": ENGLISH_GERMAN, "freedict-deu-eng": GERMAN_ENGLISH})


@pytest.fixture
def compiled(dictionary_folder, settings):
    dictionaries.compile_dictionaries(settings.SEARCH_DICTIONARY_FILE, dictionary_folder)
    return settings.SEARCH_DICTIONARY_FILE


def test_nouns_are_translated_into_nouns_in_both_directions(compiled):
    assert dictionaries.translate("Zapfsäulen", ["en"]) == {("en", "petrol pumps"), ("en", "gas pumps")}
    assert ("de", "Zapfsäulen") in dictionaries.translate("petrol pumps", ["de"])
    # Verbs, adjectives, senses of other trades (mining, weather) and untagged German words that are no nouns.
    assert dictionaries.translate("high", ["de"]) == set()
    assert dictionaries.translate("hoch", ["en"]) == set()
    assert dictionaries.translate("swearing", ["de"]) == set()


def test_a_translation_that_many_headwords_share_is_left_out_of_an_ambiguous_word(compiled, dictionary_folder,
                                                                                monkeypatch):
    # At most three partners on one side: "bench" has two translations, so both are kept.
    assert dictionaries.translate("bench", ["de"]) == {("de", "Sitzbank"), ("de", "Bank")}
    # With one partner at most, "bench" (two translations) and "Bank" (four headwords) say too little
    # together; "Sitzbank" translates only "bench".
    monkeypatch.setattr(dictionaries, "SHARED_BY", 1)
    dictionaries.compile_dictionaries(compiled, dictionary_folder)
    assert dictionaries.translate("bench", ["de"]) == {("de", "Sitzbank")}


def test_a_mark_after_one_german_english_translation_leaves_out_that_translation_alone(tmp_path, settings):
    compiled_dictionaries(tmp_path, settings, {"freedict-deu-eng": [
        ("Satzfehler", "Satzfehler /ˈzatsfeːlɐ/ <masc, n, sg>\ntypographical error <n>, typo <n> [coll.]\n"),
        ("Seeaal", "Seeaal <masc, n, sg>\n [zool.] conger eel <n>, conger <n>\n"),
    ], "freedict-eng-deu": [
        ("reed switch", "reed switch /ɹˈiːd swˈɪtʃ/\nReedkontakt <masc>, Reedschalter <masc> [electr.]\n"),
    ]})
    assert dictionaries.translate("Satzfehler", ["en"]) == {("en", "typographical error")}
    # A mark that opens the line qualifies all of it; in the English-German dictionary, a mark at the end does.
    assert dictionaries.translate("Seeaal", ["en"]) == set()
    assert dictionaries.translate("reed switch", ["de"]) == set()


def test_a_translation_beside_a_marked_one_makes_no_other_pair_ambiguous(tmp_path, settings):
    prison = "prison <n>, jail <n>, slammer <n> [slang]\n"
    compiled_dictionaries(tmp_path, settings, {"freedict-deu-eng": [
        ("Gefängnis", "Gefängnis <neut, n, sg>\nprison <n>, jail <n>\nincarceration <n>\nimprisonment <n>\n"),
        *((word, f"{word} <fem, n, sg>\n{prison}") for word in ("Haftanstalt", "Strafanstalt", "Vollzugsanstalt")),
        *((word, f"{word} <masc, n, sg>\nvacation <n>\n") for word in ("Urlaub", "Erholungsurlaub", "Jahresurlaub",
                                                                      "Ferienurlaub")),
        ("Beurlaubung", "Beurlaubung <fem, n, sg>\nleave of absence <n>, vacation <n>, hols <n> [coll.]\n"
                        "suspension <n>\nexeat <n>\n"),
    ]})
    # Four translations of Gefängnis; three more headwords give "jail" beside a slang word, which do not
    # make it a translation many headwords share, and keep it themselves.
    assert dictionaries.translate("Gefängnis", ["en"]) == {("en", "prison"), ("en", "jail"), ("en", "incarceration"),
                                                            ("en", "imprisonment")}
    assert ("en", "jail") in dictionaries.translate("Haftanstalt", ["en"])
    # Beside a marked word, "vacation" still counts among the four translations of Beurlaubung, and four
    # other headwords share it: it says too little.
    assert dictionaries.translate("Beurlaubung", ["en"]) == {("en", "leave of absence"), ("en", "suspension"),
                                                              ("en", "exeat")}


def test_only_the_languages_searched_are_returned(compiled):
    assert dictionaries.translate("Zapfsäulen", ["da"]) == set()


def test_a_word_the_glossary_does_not_know_gets_the_dictionary_translations(compiled):
    plan = plan_query("Zapfsäulen")
    leaves = {(leaf.terms, leaf.origin) for leaf in plan_leaves(plan.required[0])}
    assert (("petrol", "pump"), "dictionary") in leaves


def test_a_word_the_glossary_knows_is_translated_by_the_glossary_alone(compiled, dictionary_folder):
    write_dictionary(dictionary_folder, "freedict-eng-deu", [("budget", "budget /ˈbʌdʒɪt/\nKostenrahmen <masc>\n")])
    dictionaries.compile_dictionaries(compiled, dictionary_folder)
    origins = {leaf.origin for leaf in plan_leaves(plan_query("budget").required[0])}
    assert "glossary" in origins and "dictionary" not in origins


def test_a_search_finds_the_paper_written_in_another_language(compiled, add_paper, backend):
    pumps = add_paper("Depot", "The petrol pumps at the depot will be replaced in spring.", language="en")
    add_paper("Other", "The committee approved the budget and the timetable.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query="Zapfsäulen", user=None).hits] == [pumps.pk]


def test_without_a_compiled_file_nothing_is_translated(dictionary_folder, add_paper, backend):
    add_paper("Depot", "The petrol pumps at the depot will be replaced in spring.", language="en")
    backend.refresh_statistics()
    assert dictionaries.translate("Zapfsäulen", ["en"]) == set()
    assert search_papers(query="Zapfsäulen", user=None).hits == []


def test_the_command_compiles_once_and_then_says_the_file_is_up_to_date(dictionary_folder, settings, capsys):
    call_command("search-dictionaries")
    out = capsys.readouterr().out
    assert "Compiled" in out and "de->en, en->de" in out
    assert sqlite3.connect(settings.SEARCH_DICTIONARY_FILE).execute("SELECT count(*) FROM translation").fetchone()[0] > 0
    call_command("search-dictionaries")
    assert "up to date" in capsys.readouterr().out


def test_the_command_fails_clearly_without_dictionaries(tmp_path, settings, capsys):
    settings.SEARCH_DICTIONARY_DIR = tmp_path / "none"
    settings.SEARCH_DICTIONARY_FILE = tmp_path / "dictionaries.sqlite3"
    with pytest.raises(CommandError, match="No FreeDict dictionary"):
        call_command("search-dictionaries")
    call_command("search-dictionaries", "--if-installed")
    assert "glossary only" in capsys.readouterr().out
    assert not settings.SEARCH_DICTIONARY_FILE.exists()


def test_the_check_warns_until_the_installed_dictionaries_are_compiled(dictionary_folder, settings):
    assert [problem.id for problem in check_dictionaries()] == ["search.W002"]
    call_command("search-dictionaries")
    assert check_dictionaries() == []
    # A dictionary updated by the system makes the compiled file stale.
    write_dictionary(dictionary_folder, "freedict-deu-eng", GERMAN_ENGLISH[:1])
    assert [problem.id for problem in check_dictionaries()] == ["search.W002"]


def test_a_broken_compiled_file_translates_nothing(dictionary_folder, settings):
    settings.SEARCH_DICTIONARY_FILE.parent.mkdir(parents=True)
    settings.SEARCH_DICTIONARY_FILE.write_bytes(b"not a database")
    assert dictionaries.translate("Zapfsäulen", ["en"]) == set()
    assert [problem.id for problem in check_dictionaries()] == ["search.W002"]


@pytest.mark.skipif(not dictionaries.installed_pairs(Path("/usr/share/dictd")), reason="FreeDict dictionaries not installed")
def test_the_installed_dictionaries_give_everyday_nouns_their_translations(tmp_path):
    path = tmp_path / "dictionaries.sqlite3"
    assert dictionaries.compile_dictionaries(path, Path("/usr/share/dictd")) > 100_000
    db = sqlite3.connect(path)
    rows = set(db.execute("SELECT source, key, target, term FROM translation WHERE key IN ('zapfsäulen', 'retraining')"))
    assert ("de", "zapfsäulen", "en", "petrol pumps") in rows
    assert ("en", "retraining", "de", "Umschulung") in rows


