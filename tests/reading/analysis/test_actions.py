from townhall.reading.analysis.actions import find_action_items


def test_arrow_to_a_verb_reads_as_one_task():
    assert find_action_items("Aufgaben in der nahen Zukunft:\n\n- „Runder Tisch“ -> einrichten;") == ["„Runder Tisch“ einrichten"]


def test_bullets_with_task_verbs_under_a_task_heading():
    text = "Aufgaben:\n- Interkulturelle Öffnung aufgreifen;\n- Netzwerkstruktur anschauen, weiterentwickeln."
    assert find_action_items(text) == ["Interkulturelle Öffnung aufgreifen", "Netzwerkstruktur anschauen, weiterentwickeln"]


def test_bullets_without_a_task_heading_are_not_tasks():
    assert find_action_items("Themen:\n- Arbeitsmarktintegration aufgreifen\n- Schule/Bildung") == []


def test_english_next_steps():
    assert find_action_items("Next steps:\n- To establish a working group\n- Background") == ["To establish a working group"]
