"""Papers in layouts of a ninth round, written for these tests, read as a reader would.

Five papers in shapes no earlier round covered, with names and wording of their own; their cards were written
down and committed before the papers were first read (`bench/results/cards_heldout.md`, ninth round). Values a
reader could write down two ways (the kind of a forward plan entry or of an answer to a question) were left out.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


# 1. an English council's notice of a key decision (forward plan entry)
KEY_DECISION_NOTICE = """Fenmarsh District Council

NOTICE OF KEY DECISION

Forward Plan reference: FP/2025/019
Decision to be taken by: Cabinet
Date of decision: 9 July 2025
Title: Award of the grounds maintenance contract 2026-2033
Wards affected: All
Is the decision exempt? Part exempt

Summary
The current grounds maintenance contract ends on 31 March 2026. Cabinet will be asked to award a new contract.

Documents to be considered: Cabinet report and evaluation summary

Contact officer: Owen Pritchard, Contracts Manager, owen.pritchard@fenmarsh.example.gov.uk
Published: 30 May 2025
"""

# 2. a Swiss Gemeinderat's answer to an Interpellation
SWISS_INTERPELLATION_ANSWER = """Gemeinderat Birchwil

Antwort des Gemeinderates
auf die Interpellation von Simone Egli (SP) betreffend Tagesstrukturen an der Primarschule Dorf

Birchwil, 16. Juni 2025

Sehr geehrter Herr Präsident
Sehr geehrte Damen und Herren Einwohnerräte

Am 12. Mai 2025 hat Simone Egli eine Interpellation eingereicht. Der Gemeinderat beantwortet die Fragen wie folgt:

Frage 1: Wie viele Kinder besuchen die Tagesstrukturen?
Im Schuljahr 2024/25 besuchen 86 Kinder die Tagesstrukturen.

Frage 2: Reicht das Platzangebot aus?
Ab August 2026 werden zusätzliche 20 Plätze geschaffen.

Freundliche Grüsse

GEMEINDERAT BIRCHWIL
Der Präsident          Die Gemeindeschreiberin
Martin Vogel           Andrea Kunz
"""

# 3. a residents' request to a German town council (Bürgerantrag)
BUERGERANTRAG = """Bürgerantrag gemäß § 24 der Gemeindeordnung

An den
Rat der Stadt Ellerbrück
Markt 1
47110 Ellerbrück

Ellerbrück, 3. April 2025

Betreff: Tempo 30 in der Schulstraße

Sehr geehrte Damen und Herren,

wir beantragen, dass der Rat der Stadt Ellerbrück auf der Schulstraße zwischen Kirchplatz und Grundschule Tempo 30 anordnen lässt. 212 Anwohnerinnen und Anwohner unterstützen diesen Antrag mit ihrer Unterschrift.

Mit freundlichen Grüßen

Petra Lohmann
Klaus Wendt
"""

# 4. a Danish administration's answer to a council member's question
DANISH_SVAR = """Nørreby Kommune
Børn og Familie

Svar på spørgsmål fra byrådsmedlem Mads Krogh (V)

Dato: 11. juni 2025
Sagsnr.: 28.00.00-P20-7-25
Sagsbehandler: Birgitte Holm

Spørgsmål
Hvor mange børn står på venteliste til en plads i dagpleje?

Svar
Pr. 1. juni 2025 står 43 børn på venteliste til dagpleje. Ventetiden er i gennemsnit 5 uger.

Med venlig hilsen

Anne Louise Steen
Direktør for Børn og Familie
"""

# 5. an English member's question to a cabinet member at full council, with the written answer
MEMBER_QUESTION_ANSWER = """COUNCIL - 17 JULY 2025

QUESTION 4

Question from Councillor Rachel Ibbotson to the Cabinet Member for Transport, Councillor Gareth Lowe

Subject: Bus shelter repairs

"How many bus shelters damaged in the storms of January 2025 are still awaiting repair?"

Answer from Councillor Gareth Lowe:

Of the 37 shelters damaged, 31 have been repaired. The remaining six will be repaired by the end of September 2025.
"""

EXPECTED = [
    pytest.param(KEY_DECISION_NOTICE, 'title', 'Award of the grounds maintenance contract 2026-2033', id='key_decision_notice-title'),
    pytest.param(KEY_DECISION_NOTICE, 'municipality', 'Fenmarsh District Council', id='key_decision_notice-municipality'),
    pytest.param(KEY_DECISION_NOTICE, 'date', '2025-05-30', id='key_decision_notice-date'),
    pytest.param(KEY_DECISION_NOTICE, 'paper', 'FP/2025/019', id='key_decision_notice-paper'),
    pytest.param(KEY_DECISION_NOTICE, 'addressees', ['Cabinet'], id='key_decision_notice-addressees'),
    pytest.param(KEY_DECISION_NOTICE, 'consultations', [('Cabinet', '2025-07-09')], id='key_decision_notice-consultations'),
    pytest.param(KEY_DECISION_NOTICE, 'case_handler', 'Owen Pritchard', id='key_decision_notice-case_handler'),
    pytest.param(KEY_DECISION_NOTICE, 'emails', ['owen.pritchard@fenmarsh.example.gov.uk'], id='key_decision_notice-emails'),
    pytest.param(SWISS_INTERPELLATION_ANSWER, 'title', 'Tagesstrukturen an der Primarschule Dorf', id='swiss_interpellation_answer-title'),
    pytest.param(SWISS_INTERPELLATION_ANSWER, 'date', '2025-06-16', id='swiss_interpellation_answer-date'),
    pytest.param(SWISS_INTERPELLATION_ANSWER, 'author_unit', 'Gemeinderat Birchwil', id='swiss_interpellation_answer-author_unit'),
    pytest.param(SWISS_INTERPELLATION_ANSWER, 'addressees', ['Einwohnerrat'], id='swiss_interpellation_answer-addressees'),
    pytest.param(SWISS_INTERPELLATION_ANSWER, 'signatories', ['Martin Vogel', 'Andrea Kunz'], id='swiss_interpellation_answer-signatories'),
    pytest.param(BUERGERANTRAG, 'kind', 'motion', id='buergerantrag-kind'),
    pytest.param(BUERGERANTRAG, 'title', 'Tempo 30 in der Schulstraße', id='buergerantrag-title'),
    pytest.param(BUERGERANTRAG, 'municipality', 'Stadt Ellerbrück', id='buergerantrag-municipality'),
    pytest.param(BUERGERANTRAG, 'date', '2025-04-03', id='buergerantrag-date'),
    pytest.param(BUERGERANTRAG, 'addressees', ['Rat der Stadt Ellerbrück'], id='buergerantrag-addressees'),
    pytest.param(BUERGERANTRAG, 'signatories', ['Petra Lohmann', 'Klaus Wendt'], id='buergerantrag-signatories'),
    pytest.param(BUERGERANTRAG, 'author_unit', None, id='buergerantrag-author_unit'),
    pytest.param(DANISH_SVAR, 'title', 'Svar på spørgsmål fra byrådsmedlem Mads Krogh (V)', id='danish_svar-title'),
    pytest.param(DANISH_SVAR, 'municipality', 'Nørreby Kommune', id='danish_svar-municipality'),
    pytest.param(DANISH_SVAR, 'date', '2025-06-11', id='danish_svar-date'),
    pytest.param(DANISH_SVAR, 'case', '28.00.00-P20-7-25', id='danish_svar-case'),
    pytest.param(DANISH_SVAR, 'case_handler', 'Birgitte Holm', id='danish_svar-case_handler'),
    pytest.param(DANISH_SVAR, 'author_unit', 'Børn og Familie', id='danish_svar-author_unit'),
    pytest.param(DANISH_SVAR, 'signatories', ['Anne Louise Steen'], id='danish_svar-signatories'),
    pytest.param(MEMBER_QUESTION_ANSWER, 'kind', 'motion', id='member_question_answer-kind'),
    pytest.param(MEMBER_QUESTION_ANSWER, 'title', 'Bus shelter repairs', id='member_question_answer-title'),
    pytest.param(MEMBER_QUESTION_ANSWER, 'addressees', ['Cabinet Member for Transport'], id='member_question_answer-addressees'),
    pytest.param(MEMBER_QUESTION_ANSWER, 'consultations', [('Council', '2025-07-17')], id='member_question_answer-consultations'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_ninth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert fold(read_field(analyse(text), field)) == fold(expected)
