"""Names, bodies and policy areas the generated council papers are made of.

Everything here is invented for the corpus: the people do not exist, and while many
municipality names are real places, the papers, offices, e-mail domains and numbers attached
to them are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Municipality:
    """A council that issues papers: its own name, its town and its deciding assembly."""

    name: str
    town: str
    council: str
    domain: str
    address: str
    short: str = ""


@dataclass(frozen=True)
class Area:
    """One policy area as a council in one language names and describes it."""

    key: str
    committees: tuple[str, ...]
    units: tuple[str, ...]
    offices: tuple[str, ...]
    subjects: tuple[str, ...]
    sentences: tuple[str, ...]
    attachments: tuple[str, ...]
    events: tuple[str, ...]


DANISH_MUNICIPALITIES = (
    Municipality("Københavns Kommune", "København", "Borgerrepræsentationen", "kk.dk", "Rådhuset\n1599 København V"),
    Municipality("Aarhus Kommune", "Aarhus", "Byrådet", "aarhus.dk", "Rådhuspladsen 2\n8000 Aarhus C"),
    Municipality("Odense Kommune", "Odense", "Byrådet", "odense.dk", "Flakhaven 2\n5000 Odense C"),
    Municipality("Aalborg Kommune", "Aalborg", "Byrådet", "aalborg.dk", "Boulevarden 13\n9000 Aalborg"),
    Municipality("Esbjerg Kommune", "Esbjerg", "Byrådet", "esbjerg.dk", "Torvegade 74\n6700 Esbjerg"),
    Municipality("Frederiksberg Kommune", "Frederiksberg", "Kommunalbestyrelsen", "frederiksberg.dk", "Smallegade 1\n2000 Frederiksberg"),
    Municipality("Roskilde Kommune", "Roskilde", "Byrådet", "roskilde.dk", "Rådhusbuen 1\n4000 Roskilde"),
    Municipality("Vejle Kommune", "Vejle", "Byrådet", "vejle.dk", "Skolegade 1\n7100 Vejle"),
    Municipality("Holbæk Kommune", "Holbæk", "Kommunalbestyrelsen", "holbaek.dk", "Kanalstræde 2\n4300 Holbæk"),
    Municipality("Silkeborg Kommune", "Silkeborg", "Byrådet", "silkeborg.dk", "Søvej 1\n8600 Silkeborg"),
    Municipality("Næstved Kommune", "Næstved", "Byrådet", "naestved.dk", "Rådmandshaven 20\n4700 Næstved"),
    Municipality("Helsingør Kommune", "Helsingør", "Byrådet", "helsingor.dk", "Stengade 59\n3000 Helsingør"),
    Municipality("Fjordby Kommune", "Fjordby", "Kommunalbestyrelsen", "fjordby.dk", "Havnegade 4\n4990 Fjordby"),
    Municipality("Lyngå Kommune", "Lyngå", "Byrådet", "lyngaa.dk", "Torvet 1\n8382 Lyngå"),
    Municipality("Østerlund Kommune", "Østerlund", "Kommunalbestyrelsen", "osterlund.dk", "Skolevej 12\n3790 Østerlund"),
)

GERMAN_MUNICIPALITIES = (
    Municipality("Stadt Köln", "Köln", "Rat der Stadt Köln", "stadt-koeln.de", "Willy-Brandt-Platz 2\n50679 Köln", "Rat"),
    Municipality("Landeshauptstadt Potsdam", "Potsdam", "Stadtverordnetenversammlung der Landeshauptstadt Potsdam", "rathaus.potsdam.de", "Friedrich-Ebert-Straße 79/81\n14469 Potsdam", "Stadtverordnetenversammlung"),
    Municipality("Bundesstadt Bonn", "Bonn", "Rat der Bundesstadt Bonn", "bonn.de", "Berliner Platz 2\n53111 Bonn", "Rat"),
    Municipality("Stadt Münster", "Münster", "Rat der Stadt Münster", "stadt-muenster.de", "Klemensstraße 10\n48143 Münster", "Rat"),
    Municipality("Landeshauptstadt Düsseldorf", "Düsseldorf", "Rat der Landeshauptstadt Düsseldorf", "duesseldorf.de", "Marktplatz 2\n40213 Düsseldorf", "Rat"),
    Municipality("Stadt Freiburg im Breisgau", "Freiburg", "Gemeinderat der Stadt Freiburg", "stadt.freiburg.de", "Rathausplatz 2-4\n79098 Freiburg", "Gemeinderat"),
    Municipality("Hansestadt Rostock", "Rostock", "Bürgerschaft der Hansestadt Rostock", "rostock.de", "Neuer Markt 1\n18055 Rostock", "Bürgerschaft"),
    Municipality("Stadt Leipzig", "Leipzig", "Ratsversammlung der Stadt Leipzig", "leipzig.de", "Martin-Luther-Ring 4-6\n04109 Leipzig", "Ratsversammlung"),
    Municipality("Landeshauptstadt Kiel", "Kiel", "Ratsversammlung der Landeshauptstadt Kiel", "kiel.de", "Fleethörn 9\n24103 Kiel", "Ratsversammlung"),
    Municipality("Stadt Göttingen", "Göttingen", "Rat der Stadt Göttingen", "goettingen.de", "Hiroshimaplatz 1-4\n37083 Göttingen", "Rat"),
    Municipality("Stadt Würzburg", "Würzburg", "Stadtrat der Stadt Würzburg", "wuerzburg.de", "Rückermainstraße 2\n97070 Würzburg", "Stadtrat"),
    Municipality("Stadt Lindenau", "Lindenau", "Rat der Stadt Lindenau", "lindenau-stadt.de", "Marktstraße 1\n34599 Lindenau", "Rat"),
    Municipality("Gemeinde Hohenfelde am See", "Hohenfelde", "Gemeinderat Hohenfelde am See", "hohenfelde-see.de", "Dorfplatz 3\n23793 Hohenfelde", "Gemeinderat"),
)

ENGLISH_MUNICIPALITIES = (
    Municipality("Leeds City Council", "Leeds", "Full Council", "leeds.gov.uk", "Civic Hall\nLeeds LS1 1UR"),
    Municipality("Bristol City Council", "Bristol", "Full Council", "bristol.gov.uk", "City Hall, College Green\nBristol BS1 5TR"),
    Municipality("Manchester City Council", "Manchester", "Council", "manchester.gov.uk", "Town Hall Extension\nManchester M60 2LA"),
    Municipality("Glasgow City Council", "Glasgow", "City Administration Committee", "glasgow.gov.uk", "City Chambers, George Square\nGlasgow G2 1DU"),
    Municipality("Cardiff Council", "Cardiff", "Full Council", "cardiff.gov.uk", "County Hall, Atlantic Wharf\nCardiff CF10 4UW"),
    Municipality("Sheffield City Council", "Sheffield", "Full Council", "sheffield.gov.uk", "Town Hall, Pinstone Street\nSheffield S1 2HH"),
    Municipality("Dublin City Council", "Dublin", "City Council", "dublincity.ie", "Civic Offices, Wood Quay\nDublin 8"),
    Municipality("London Borough of Camden", "Camden", "Council", "camden.gov.uk", "5 Pancras Square\nLondon N1C 4AG"),
    Municipality("Brighton & Hove City Council", "Brighton", "Full Council", "brighton-hove.gov.uk", "Hove Town Hall, Norton Road\nHove BN3 3BQ"),
    Municipality("Thornbury Borough Council", "Thornbury", "Full Council", "thornbury-bc.gov.uk", "Market House, High Street\nThornbury TB1 4QA"),
    Municipality("Eastmere District Council", "Eastmere", "Council", "eastmere.gov.uk", "Council Offices, Mere Road\nEastmere EM7 2HX"),
)

FOREIGN_VENUES = (
    "Dublin", "Lissabon", "Rotterdam", "Gent", "Malmö", "Göteborg", "Barcelona", "Wien", "Helsinki",
    "Tallinn", "Bologna", "Lyon", "Bergen", "Tampere", "Nantes", "Utrecht", "Kraków", "Ljubljana",
)
GERMAN_VENUES = (
    "Wien", "Hamburg", "Leipzig", "Nürnberg", "Dresden", "Hannover", "Mannheim", "Stuttgart", "Zürich",
    "Graz", "Erfurt", "Kassel", "Bremen", "Straßburg", "Salzburg", "Rotterdam", "Malmö",
)
ENGLISH_VENUES = (
    "Birmingham", "Edinburgh", "Belfast", "Newcastle", "Liverpool", "Nottingham", "Brussels",
    "Rotterdam", "Copenhagen", "Gothenburg", "Cork", "Swansea", "York", "Leicester",
)

DANISH_FIRST = (
    "Anne", "Mette", "Lone", "Christine", "Karen", "Sofie", "Ida", "Camilla", "Birgitte", "Louise",
    "Jens", "Morten", "Søren", "Lars", "Henrik", "Kasper", "Mads", "Rasmus", "Kaj Ove", "Niels",
    "Jørgen", "Pernille", "Asger", "Signe", "Malene", "Thue", "Bo", "Helle", "Trine", "Ulrik",
)
DANISH_LAST = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christiansen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Johansen", "Møller", "Mortensen", "Lunde Rasmussen", "Binder", "Bondam", "Holm", "Kjær",
    "Dahl", "Bech", "Vestergaard", "Lund", "Frandsen", "Østergaard",
)
GERMAN_FIRST = (
    "Andrea", "Katrin", "Sabine", "Julia", "Claudia", "Monika", "Birgit", "Anja", "Petra", "Ayşe",
    "Thomas", "Michael", "Stefan", "Jörg", "Klaus", "Martin", "Uwe", "Jürgen", "Markus", "Tobias",
    "Dirk", "Frank", "Heike", "Susanne", "Mehmet", "Elena", "Günter", "Ulrike", "Matthias", "Lena",
)
GERMAN_LAST = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Demir",
    "Öztürk", "Lehmann", "Köhler",
)
ENGLISH_FIRST = (
    "Sarah", "Emma", "Rachel", "Helen", "Claire", "Fiona", "Priya", "Amira", "Joanne", "Siobhan",
    "James", "David", "Mark", "Paul", "Richard", "Andrew", "Gareth", "Imran", "Declan", "Tom",
    "Kate", "Nadia", "Owen", "Ruth", "Sunil", "Eleanor", "Graham", "Bethan", "Liam", "Hannah",
)
ENGLISH_LAST = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Hughes",
    "Khan", "Patel", "O'Brien", "Murphy", "Kelly", "Campbell", "Morgan", "Clarke", "Ahmed", "Lewis",
    "Price",
)

DANISH_PARTIES = ("Socialdemokratiet", "Venstre", "Enhedslisten", "SF", "Det Konservative Folkeparti", "Radikale Venstre", "Alternativet", "Liberal Alliance")
GERMAN_PARTIES = ("SPD-Fraktion", "CDU-Fraktion", "Fraktion Bündnis 90/Die Grünen", "FDP-Fraktion", "Fraktion DIE LINKE", "Fraktion Volt", "Freie Wähler")
ENGLISH_PARTIES = ("Labour", "Conservative", "Liberal Democrat", "Green", "Independent", "Plaid Cymru", "SNP")

DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DANISH_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
