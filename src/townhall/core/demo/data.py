"""The demo's municipalities, committees, people, meetings and papers (dates as day offsets from today)."""

BODIES = [
    {
        "key": "soeby", "name": "Søby Kommune", "short_name": "Søby", "country": "DK", "language": "da",
        "website": "https://www.soeby.dk/", "contact_email": "kommune@soeby.dk",
        "term": ("Byrådet 2026-2029", (2026, 1, 1), (2029, 12, 31)),
        "town_hall": {"description": "Søby Rådhus", "street_address": "Torvet 1", "postal_code": "4800", "locality": "Søby", "room": "Byrådssalen"},
        "organizations": [
            ("byraad", "Byrådet", "council"),
            ("oeu", "Økonomiudvalget", "committee"),
            ("tmu", "Teknik- og Miljøudvalget", "committee"),
            ("biu", "Beskæftigelses- og Integrationsudvalget", "committee"),
            ("ssu", "Social- og Sundhedsudvalget", "committee"),
        ],
        "people": [
            ("Mette Kjærgaard", "Mette", "Kjærgaard", [("byraad", "Borgmester"), ("oeu", "Formand")]),
            ("Anders Holm", "Anders", "Holm", [("tmu", "Formand"), ("byraad", "Medlem")]),
            ("Fatima Saleh", "Fatima", "Saleh", [("biu", "Formand"), ("byraad", "Medlem")]),
            ("Lars Winther", "Lars", "Winther", [("ssu", "Formand"), ("oeu", "Medlem"), ("byraad", "Medlem")]),
            ("Lene Bach", "Lene", "Bach", []),
            ("Jonas Vestergaard", "Jonas", "Vestergaard", []),
        ],
    },
    {
        "key": "lindenau", "name": "Stadt Lindenau", "short_name": "Lindenau", "country": "DE", "language": "de",
        "website": "https://www.lindenau.de/", "contact_email": "ratsbuero@lindenau.de", "ags": "09999001",
        "term": ("Wahlperiode 2025-2030", (2025, 11, 1), (2030, 10, 31)),
        "town_hall": {"description": "Rathaus Lindenau", "street_address": "Marktplatz 3", "postal_code": "99999", "locality": "Lindenau", "room": "Ratssaal"},
        "organizations": [
            ("rat", "Rat der Stadt Lindenau", "council"),
            ("jha", "Jugendhilfeausschuss", "committee"),
            ("asv", "Ausschuss für Stadtentwicklung und Verkehr", "committee"),
            ("ir", "Integrationsrat", "committee"),
            ("gruene", "Fraktion Bündnis 90/Die Grünen", "faction"),
        ],
        "people": [
            ("Thomas Brandt", "Thomas", "Brandt", [("rat", "Oberbürgermeister")]),
            ("Katrin Albers", "Katrin", "Albers", []),
            ("Petra Lange", "Petra", "Lange", [("gruene", "Vorsitzende"), ("asv", "Mitglied"), ("rat", "Mitglied")]),
            ("Emre Yilmaz", "Emre", "Yilmaz", [("ir", "Vorsitzender")]),
            ("Sabine Krüger", "Sabine", "Krüger", [("jha", "Vorsitzende"), ("rat", "Mitglied")]),
        ],
    },
    {
        "key": "northbridge", "name": "Northbridge City Council", "short_name": "Northbridge", "country": "GB", "language": "en",
        "website": "https://www.northbridge.gov.uk/", "contact_email": "democracy@northbridge.gov.uk",
        "term": ("Council term 2026-2030", (2026, 5, 8), (2030, 5, 1)),
        "town_hall": {"description": "Northbridge Town Hall", "street_address": "Albert Square", "postal_code": "NB1 2AA", "locality": "Northbridge", "room": "Council Chamber"},
        "organizations": [
            ("council", "Full Council", "council"),
            ("finance", "Finance and Resources Committee", "committee"),
            ("housing", "Housing and Communities Committee", "committee"),
        ],
        "people": [
            ("Amina Rahman", "Amina", "Rahman", [("housing", "Chair"), ("council", "Member")]),
            ("David Price", "David", "Price", [("housing", "Member"), ("finance", "Chair")]),
            ("Helen Ward", "Helen", "Ward", [("housing", "Member")]),
            ("Sarah Whitfield", "Sarah", "Whitfield", []),
        ],
    },
]

# Meetings: (body, key, organization, name, day offset, hour, agenda [(number, title, paper key or None, public)])
MEETINGS = [
    ("soeby", "tmu1", "tmu", "Teknik- og Miljøudvalget, ordinært møde", 6, 16, [
        ("1", "Godkendelse af dagsorden", None, True),
        ("2", "Godkendelse af Klimaplan 2030 for Søby Kommune", "klimaplan", True),
        ("3", "Personalesag", None, False),
    ]),
    ("soeby", "oeu1", "oeu", "Økonomiudvalget, ordinært møde", 13, 15, [
        ("1", "Godkendelse af Klimaplan 2030 for Søby Kommune", "klimaplan", True),
    ]),
    ("soeby", "byraad1", "byraad", "Byrådsmøde", 20, 19, [
        ("1", "Godkendelse af Klimaplan 2030 for Søby Kommune", "klimaplan", True),
    ]),
    ("soeby", "biu1", "biu", "Beskæftigelses- og Integrationsudvalget", 9, 15, [
        ("1", "Invitation til nordisk konference om inklusion", "konference", True),
    ]),
    ("lindenau", "jha1", "jha", "Sitzung des Jugendhilfeausschusses", 8, 17, [
        ("Ö 1", "Eröffnung und Feststellung der Beschlussfähigkeit", None, True),
        ("Ö 2", "Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel", "kita", True),
    ]),
    ("lindenau", "rat1", "rat", "Sitzung des Rates der Stadt Lindenau", 22, 16, [
        ("Ö 1", "Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel", "kita", True),
    ]),
    ("lindenau", "ir1", "ir", "Sitzung des Integrationsrates", 4, 18, [
        ("Ö 1", "Bericht über das Projekt „Sprachpaten für Neuzugewanderte“", "sprachpaten", True),
    ]),
    ("lindenau", "asv1", "asv", "Sitzung des Ausschusses für Stadtentwicklung und Verkehr", 11, 17, [
        ("N 1", "Sichere Radwege auf der Bahnhofstraße", "radwege", False),
    ]),
    ("northbridge", "finance1", "finance", "Finance and Resources Committee", 5, 18, [
        ("1", "Apologies for absence", None, True),
        ("2", "Budget consultation 2027/28", "budget", True),
    ]),
    ("northbridge", "council1", "council", "Full Council", 40, 18, [
        ("1", "Budget consultation 2027/28: outcome", "budget", True),
    ]),
    ("northbridge", "housing1", "housing", "Housing and Communities Committee", -14, 18, [
        ("1", "Apologies for absence", None, True),
        ("2", "Homelessness prevention strategy", "minutes_housing", True),
    ]),
]

# Papers: the text file, the facts the demo records, and the day offsets filled into the text.
PAPERS = [
    {
        "key": "klimaplan", "body": "soeby", "file": "da_soeby_indstilling_klimaplan.txt", "kind": "agenda_item",
        "name": "Godkendelse af Klimaplan 2030 for Søby Kommune", "reference": "2026-04417", "paper_type": "Indstilling",
        "date": -3, "public": True, "language": "da",
        "consultations": [("tmu", "tmu1", "Indstilling"), ("oeu", "oeu1", "Indstilling"), ("byraad", "byraad1", "Beslutning")],
        "deadlines": [], "events": [], "signatories": ["Mette Kjærgaard", "Anders Holm"],
        "attachments": ["Klimaplan 2030 – endelig version", "Hvidbog over høringssvar"],
        "values": {"case": "2026-04417", "meeting2": 13, "meeting3": 20},
    },
    {
        "key": "hoering", "body": "soeby", "file": "da_soeby_hoering_boligpolitik.txt", "kind": "hearing",
        "name": "Høring om udkast til ny boligsocial politik", "reference": "2026-11873", "paper_type": "Høringsbrev",
        "date": -10, "public": True, "language": "da", "consultations": [],
        "deadlines": [(18, "Høringssvar om udkast til boligsocial politik")],
        "events": [("Borgermøde om boligsocial politik", "Søby Bibliotek", 7, 7)],
        "case_handler": "Lene Bach",
        "values": {"date": -10, "case": "2026-11873", "doc": "2026-330912", "deadline": 18, "event": 7},
    },
    {
        "key": "konference", "body": "soeby", "file": "da_soeby_notat_konference.txt", "kind": "memo",
        "name": "Udvalget inviteres til Nordisk konference om inklusion på arbejdsmarkedet i Aarhus", "reference": "2026-09120",
        "paper_type": "Notat", "date": -5, "public": True, "language": "da",
        "consultations": [("biu", "biu1", "Orientering")],
        "deadlines": [(12, "Tilmelding til konferencen til udvalgssekretariatet")],
        "events": [("Nordisk konference om inklusion på arbejdsmarkedet", "Aarhus", 45, 46)],
        "case_handler": "Jonas Vestergaard", "attachments": ["Program for konferencen"],
        "values": {"date": -5, "case": "2026-09120", "deadline": 12, "event_range": (45, 46)},
    },
    {
        "key": "kita", "body": "lindenau", "file": "de_lindenau_beschlussvorlage_kita.txt", "kind": "proposal",
        "name": "Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel", "reference": "0412/2026", "paper_type": "Beschlussvorlage",
        "date": -12, "public": True, "language": "de",
        "consultations": [("jha", "jha1", "Vorberatung"), ("rat", "rat1", "Entscheidung")],
        "deadlines": [], "events": [("Informationsveranstaltung für Eltern", "Stadtteilbibliothek Nordviertel", -30, -30)],
        "case_handler": "Katrin Albers", "signatories": ["Thomas Brandt"],
        "attachments": ["Lageplan Birkenallee", "Bedarfsplanung Kindertagesbetreuung"],
        "values": {"paper": "0412/2026", "date": -12, "meeting1": 8, "meeting2": 22, "event": -30},
    },
    {
        "key": "sprachpaten", "body": "lindenau", "file": "de_lindenau_mitteilung_integration.txt", "kind": "notice",
        "name": "Bericht über das Projekt „Sprachpaten für Neuzugewanderte“", "reference": "0398/2026", "paper_type": "Mitteilung",
        "date": -15, "public": True, "language": "de",
        "consultations": [("ir", "ir1", "Kenntnisnahme")],
        "deadlines": [(25, "Anmeldung zum Fachtag Arbeitsmarktintegration")],
        "events": [("Fachtag zur Arbeitsmarktintegration von Migrantinnen und Migranten", "Bürgerhaus Lindenau", 32, 32)],
        "signatories": ["Emre Yilmaz"],
        "values": {"paper": "0398/2026", "meeting1": 4, "event": 32, "deadline": 25},
    },
    {
        "key": "radwege", "body": "lindenau", "file": "de_lindenau_antrag_radwege.txt", "kind": "motion",
        "name": "Sichere Radwege auf der Bahnhofstraße", "reference": "0420/2026", "paper_type": "Antrag",
        "date": -2, "public": False, "language": "de",
        "consultations": [("asv", "asv1", "Entscheidung")], "deadlines": [(11, "Konzept für einen geschützten Radfahrstreifen")], "events": [],
        "signatories": ["Petra Lange"],
        "values": {"paper": "0420/2026", "date": -2, "meeting1": 11},
    },
    {
        "key": "budget", "body": "northbridge", "file": "en_northbridge_report_budget.txt", "kind": "proposal",
        "name": "Budget consultation 2027/28", "reference": "FRC/2026/031", "paper_type": "Report",
        "date": -7, "public": True, "language": "en",
        "consultations": [("finance", "finance1", "Decision"), ("council", "council1", "Information")],
        "deadlines": [(28, "Responses to the budget consultation")],
        "events": [("Public meeting on the draft budget", "Northbridge Town Hall", 16, 16)],
        "case_handler": "Sarah Whitfield",
        "attachments": ["Draft budget 2027/28", "Equality impact assessment"],
        "values": {"date": -7, "paper": "FRC/2026/031", "meeting2": 40, "deadline": 28, "event": 16},
    },
    {
        "key": "minutes_housing", "body": "northbridge", "file": "en_northbridge_minutes_housing.txt", "kind": "minutes",
        "name": "Minutes of the Housing and Communities Committee", "reference": "HCC/2026/M07", "paper_type": "Minutes",
        "date": -13, "public": True, "language": "en",
        "consultations": [("housing", "housing1", "Decision")], "deadlines": [], "events": [],
        "values": {"meeting1": -14},
    },
]
