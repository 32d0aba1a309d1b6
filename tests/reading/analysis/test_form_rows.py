import re

from townhall.reading.analysis.form_rows import label_in_row

LABEL = re.compile(r"Bearbeiter/-in:\s*(?P<value>.*)")


def test_label_at_the_start_of_the_line():
    assert label_in_row(LABEL, "Bearbeiter/-in: Anna Müller").group("value") == "Anna Müller"


def test_label_in_a_later_cell_of_a_form_row():
    match = label_in_row(LABEL, "Federführend:\tFachbereich Schule\tBearbeiter/-in:\tMüller, Anna")
    assert match.group("value") == "Müller, Anna"


def test_row_without_the_label():
    assert label_in_row(LABEL, "Federführend:\tFachbereich Schule") is None
