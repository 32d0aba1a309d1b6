from townhall.reading.analysis.organizations import find_organizations


def test_danish_committee_and_administration_names():
    text = "Beskæftigelses- og Integrationsforvaltningen indstiller, at Beskæftigelses- og Integrationsudvalget anbefaler"
    assert find_organizations(text) == ["Beskæftigelses- og Integrationsforvaltningen", "Beskæftigelses- og Integrationsudvalget"]


def test_known_bodies_come_first_and_once():
    assert find_organizations("Der Integrationsrat tagt.", ["Integrationsrat"]) == ["Integrationsrat"]


def test_short_name_inside_a_longer_one_is_dropped():
    text = "Die Stadtverordnetenversammlung der Landeshauptstadt Potsdam und die Stadtverordnetenversammlung"
    assert find_organizations(text) == ["Stadtverordnetenversammlung der Landeshauptstadt Potsdam"]


def test_referat_alone_is_not_an_organisation():
    assert find_organizations("Das Referat berichtet.") == []


def test_compound_tail_of_a_longer_committee_name_is_dropped():
    text = "Beratung im Ordnungs- und Verkehrsausschuss. Der Verkehrsausschuss tagt."
    assert "Verkehrsausschuss" not in find_organizations(text, ["Ordnungs- und Verkehrsausschuss"])


def test_federal_agency_and_working_group_names():
    text = "Vertreter des Bundesamt für Migration und Flüchtlinge und der Arbeitskreis Steuerungsgruppe Integrationskonferenz"
    assert find_organizations(text) == [
        "Bundesamt für Migration und Flüchtlinge",
        "Arbeitskreis Steuerungsgruppe Integrationskonferenz",
    ]


def test_network_named_before_netvaerket():
    assert find_organizations("Intercultural Cities netværket blev opstartet i 2008.") == ["Intercultural Cities"]


def test_a_body_referred_back_to_with_the_is_not_a_name():
    assert find_organizations("The Committee asked for a review.") == []
