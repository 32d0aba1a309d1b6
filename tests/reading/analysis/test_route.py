"""Route steps read from the layout: route tables, route lists, case histories and meetings."""

from datetime import date

from townhall.reading.analysis import analyse
from townhall.reading.analysis.forms import form_fields
from townhall.reading.analysis.route import route_steps
from townhall.reading.analysis.route.meetings import meeting_of
from townhall.reading.layout import Cell, Document, Page, Table
from townhall.reading.text_layout import text_document


def _steps(document, kind="proposal"):
    return [step.step for step in route_steps(document, form_fields(document), kind, meeting_of(document, kind))]


def test_route_table_rows_give_body_date_status_item_and_role():
    table = Table((
        (Cell("Beratungsfolge"), Cell("Termin"), Cell("Status"), Cell("TOP"), Cell("Zuständigkeit")),
        (Cell("Bauausschuss"), Cell("04.03.2025"), Cell("öffentlich"), Cell("7"), Cell("Vorberatung")),
        (Cell("Hauptausschuss"), Cell("11.03.2025"), Cell("nicht öffentlich"), Cell("3"), Cell("Vorberatung")),
        (Cell("Gemeinderat"), Cell("20.03.2025"), Cell("öffentlich"), Cell("12"), Cell("Entscheidung")),
    ))
    steps = _steps(Document((Page(1, (table,)),)))
    assert [(s.organization, s.date, s.public, s.agenda_item, s.role) for s in steps] == [
        ("Bauausschuss", date(2025, 3, 4), True, "7", "Vorberatung"),
        ("Hauptausschuss", date(2025, 3, 11), False, "3", "Vorberatung"),
        ("Gemeinderat", date(2025, 3, 20), True, "12", "Entscheidung"),
    ]


def test_route_table_without_a_header_is_told_by_its_cells():
    text = "Sozialausschuss\t02.04.2025\tVorberatung\nStadtrat\t16.04.2025\tEntscheidung"
    assert [(s.organization, s.date) for s in _steps(text_document(text))] == [
        ("Sozialausschuss", date(2025, 4, 2)), ("Stadtrat", date(2025, 4, 16))]


def test_pathway_label_gives_the_body_and_date_before_it():
    text = "Past Pathway of report: Growth Cabinet Committee - 14 May 2025\n\nFuture Pathway of report: Cabinet Decision"
    assert [(s.organization, s.date) for s in _steps(text_document(text))] == [("Growth Cabinet Committee", date(2025, 5, 14)), ("Cabinet", None)]


def test_danish_case_procedure_takes_dates_from_the_case_history_and_the_meeting():
    text = (
        "7. Ny affaldsordning\n\nSagsnr.: 25-001122\n\nByråd 2022-2025 – Dagsorden – 2025-06-18T17:00:00+02:00 – Byrådssalen\n\n"
        "Sagsprocedure\n\nTeknik- og Miljøudvalget, Økonomiudvalget og Byrådet.\n\nIndstilling\n\nAdministrationen indstiller, "
        "at ordningen godkendes.\n\nSagens forløb\n\n02/06/2025   Teknik- og Miljøudvalget\nAnbefales.\n\n11/06/2025   Økonomiudvalget\nAnbefales."
    )
    card = analyse(text)
    assert [(s.organization, s.date) for s in card.consultations] == [
        ("Teknik- og Miljøudvalget", date(2025, 6, 2)), ("Økonomiudvalget", date(2025, 6, 11)), ("Byrådet", date(2025, 6, 18))]
    assert card.kind == "agenda_item"
    assert card.addressees == ("Byråd 2022-2025",)
    assert card.author_unit == "Administrationen"


def test_agenda_is_a_step_of_the_meeting_it_announces():
    text = "Stadt Neuburg\n\nBekanntmachung\n\nAm Dienstag, 06.05.2025, findet die Sitzung des Ortschaftsrates Auental statt.\n\nTagesordnung"
    card = analyse(text)
    assert card.kind == "agenda"
    assert [(s.organization, s.date) for s in card.consultations] == [("Ortschaftsrat Auental", date(2025, 5, 6))]
    assert card.title == "Sitzung des Ortschaftsrates Auental"


def test_dates_over_the_bodies_that_met_are_steps():
    text = "Ergebnisse\n\n12.05.2025\n\nKulturausschuss\n\nEntscheidung\n\n21.05.2025\n\nVollversammlung"
    assert [(s.organization, s.date) for s in _steps(text_document(text))] == [
        ("Kulturausschuss", date(2025, 5, 12)), ("Vollversammlung", date(2025, 5, 21))]


def test_a_paper_dealt_with_in_public_by_the_body_that_decides_is_public():
    text = "Beratungsfolge\tStatus\tTermin\nDienstberatung\tnicht öffentlich\t02.02.2025\nStadtrat\töffentlich\t26.02.2025"
    assert analyse(text).public is True


def test_meeting_field_naming_body_and_date_is_a_route_step():
    card = analyse(
        "Report\n\nMeeting: Planning Committee, 5 May 2025\nDate: 20 April 2025\n\nSubject: Tree policy\n\n"
        "The committee is asked to approve the policy.\n"
    )
    assert [(step.organization, step.date.isoformat()) for step in card.consultations] == [("Planning Committee", "2025-05-05")]


def test_route_table_date_column_under_a_header_in_unknown_words_is_read_from_its_cells():
    card = analyse(
        "Beschlussvorlage\n\nBeratungsfolge\tGeplant für\tZuständigkeit\nBauausschuss\t12.05.2025\tVorberatung\n"
        "Hauptausschuss\t19.05.2025\tVorberatung\nStadtrat\t28.05.2025\tEntscheidung\n\nBetreff: Neubau der Feuerwache Süd\n"
    )
    assert [(step.organization, step.date and step.date.isoformat()) for step in card.consultations] == [
        ("Bauausschuss", "2025-05-12"),
        ("Hauptausschuss", "2025-05-19"),
        ("Stadtrat", "2025-05-28"),
    ]
