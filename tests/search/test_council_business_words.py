"""The everyday words of council business find a paper in another language (glossary concepts).

Each concept is one that order papers of any council name: the ceremonial business of a
meeting, sanctions and terms of procurement, environmental health, housing finance, adult
education, public art and the change of use of a church.
"""

from __future__ import annotations

import pytest

from townhall.search.selectors import search_papers

CASES = [
    # (typed, paper's language, paper's text)
    ("mindeord", "en", "The Council adopted a resolution of condolence to the family of a former member."),
    ("Nachruf", "da", "Borgmesteren holdt mindeord over det tidligere byrådsmedlem."),
    ("Schweigeminute", "en", "The meeting opened with a moment of silence."),
    ("afdøde", "de", "Die Verstorbenen werden in der Sitzung gewürdigt."),
    ("Vergabesperre", "en", "The contractor appealed against the debarment issued by the purchasing commissioner."),
    ("debarment", "de", "Gegen das Bauunternehmen wird eine Auftragssperre von drei Jahren verhängt."),
    ("Vertragsstrafe", "en", "Liquidated damages are due if the works are late."),
    ("Blei", "en", "Lead paint was found in two of the older rental homes."),
    ("måleudstyr", "de", "Die Feuerwehr erhält zwei neue Detektoren."),
    ("Wohnbauförderung", "en", "The programme offers down payment assistance to first-time buyers."),
    ("home repair grant", "de", "Die Stadt gewährt einen Instandsetzungszuschuss für Altbauten."),
    ("evening course", "de", "Die Volkshochschule beginnt im Herbst."),
    ("Kunst am Bau", "en", "A mural for the new school was unveiled."),
    ("church conversion", "de", "Die Profanierung von St. Paul ist beantragt."),
]


@pytest.fixture
def glossary_alone(tmp_path, settings):
    """Translate by the glossary alone: no compiled dictionaries, whatever the machine has installed."""
    settings.SEARCH_DICTIONARY_FILE = tmp_path / "no-dictionaries.sqlite3"


@pytest.mark.parametrize(("typed", "language", "text"), CASES, ids=[case[0] for case in CASES])
def test_a_word_of_council_business_finds_the_paper_written_in_another_language(glossary_alone, add_paper, backend,
                                                                                typed, language, text):
    paper = add_paper("Notice", text, language=language)
    add_paper("Other", "The committee approved the budget and the timetable.", language="en")
    backend.refresh_statistics()
    assert [hit.paper.pk for hit in search_papers(query=typed, user=None).hits] == [paper.pk]
