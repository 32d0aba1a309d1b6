"""Council documents for the access tests, each carrying one canary word wherever ingest reads names.

Every way in which material becomes hidden gets its own canary stem, so a leak names the way it
came from. The stems are invented words (ASCII, so JSON and HTML write them as they are).
"""

from __future__ import annotations

from datetime import date, timedelta
from email.message import EmailMessage

#: The public control: found everywhere public material shows, so the crawl is known to reach it.
CONTROL = "sonnenquell"
#: A paper marked not for publication, the stem in its title, text and every name it holds.
NON_PUBLIC_PAPER = "glimmerquast"
#: Files withheld by their own flag while their paper is public (a main file, an e-mail attachment).
WITHHELD_FILE = "plumbostrat"
#: A public paper whose Public box a clerk unticks after it was ingested.
UNPUBLISHED_PAPER = "brontoquirl"
#: A paper marked not for publication whose stem is only in the committee, people and place it names.
RECORDS_OF_NON_PUBLIC_PAPER = "vexillomant"
#: A paper marked not for publication that a clerk publishes later (the reverse direction).
PUBLISHED_LATER = "lumenfrosch"

#: The ways material becomes hidden, by stem.
WAYS = {
    NON_PUBLIC_PAPER: "a non-public paper",
    WITHHELD_FILE: "a non-public file of a public paper",
    UNPUBLISHED_PAPER: "an un-published paper",
    RECORDS_OF_NON_PUBLIC_PAPER: "records created only by non-public papers",
}


def german(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def proposal(*, stem: str, today: date, offset: int, public: bool, number: str, title: str | None = None,
             names_only: bool = False) -> str:
    """Return a Lindenau proposal whose committee, case handler, signatory, event and attachment carry *stem*.

    Dates are *offset* days or more after *today*, so its meetings, deadline and event are upcoming.
    With *names_only* the title and the prose leave the stem out; only names carry it.
    """
    word = stem.capitalize()
    title = title or (f"Hafenmauer und Kaimauer am Stadthafen ({number})" if names_only else f"{word}-Konzept für den Stadthafen")
    prose = (
        "Der Rat der Stadt Lindenau beschließt die Sanierung der Kaimauer am Stadthafen."
        if names_only else f"Der Rat der Stadt Lindenau beschließt das {word}-Konzept für den Stadthafen und die Kaimauer."
    )
    status = "öffentlich" if public else "nichtöffentlich"
    return f"""Stadt Lindenau
Der Oberbürgermeister

Beschlussvorlage
Vorlagen-Nummer: {number}
Datum: {german(today)}
Öffentlichkeitsstatus: {status}

Betreff: {title}

Beratungsfolge:
Gremium\tSitzung\tZuständigkeit
{word}beirat\t{german(today + timedelta(days=offset))}\tVorberatung
Rat der Stadt Lindenau\t{german(today + timedelta(days=offset + 10))}\tEntscheidung

Sachbearbeiterin: Wibke {word}

Beschlussvorschlag:
{prose}
Stellungnahmen der Träger werden bis zum {german(today + timedelta(days=offset + 3))} erbeten.
Die {word}konferenz findet am {german(today + timedelta(days=offset + 5))} im {word}saal des Rathauses statt.

Anlagen:
Anlage 1: {word}-Kostenaufstellung

gez. Tobias {word}
Oberbürgermeister
"""


def withheld_main_file(*, today: date) -> str:
    """Return a public Lindenau proposal whose text (not its title or names) carries the withheld-file stem."""
    return f"""Stadt Lindenau
Der Oberbürgermeister

Beschlussvorlage
Vorlagen-Nummer: 0981/2026
Datum: {german(today)}

Betreff: Beleuchtung der Kaimauer am Stadthafen

Beratungsfolge:
Gremium\tSitzung\tZuständigkeit
Ausschuss für Stadtentwicklung und Verkehr\t{german(today + timedelta(days=5))}\tEntscheidung

Beschlussvorschlag:
Der Ausschuss beschließt neue Leuchten an der Kaimauer. Das {WITHHELD_FILE.capitalize()}-Verfahren
der Gutachter bleibt vertraulich, weil es Angaben über die {WITHHELD_FILE}haltigen Bauteile enthält.
"""


def withheld_attachment_mail(*, today: date) -> bytes:
    """Return a public e-mail to Lindenau whose text attachment carries the withheld-file stem."""
    message = EmailMessage()
    message["Subject"] = "Stellungnahme zur Beleuchtung am Stadthafen"
    message["From"] = "bauamt@lindenau.de"
    message["To"] = "ratsbuero@lindenau.de"
    message["Date"] = f"{today:%a, %d %b %Y} 10:00:00 +0100"
    message.set_content(
        "Stadt Lindenau\n\nSehr geehrte Damen und Herren,\nanbei die Stellungnahme des Bauamts zur Beleuchtung "
        "am Stadthafen.\n\nMit freundlichen Grüßen\nBauamt\n"
    )
    message.add_attachment(
        f"Gutachten\n\nDas {WITHHELD_FILE.capitalize()}-Gutachten empfiehlt neue Leuchten für die Kaimauer.\n".encode(),
        maintype="text", subtype="plain", filename=f"{WITHHELD_FILE}-gutachten.txt",
    )
    return bytes(message)
