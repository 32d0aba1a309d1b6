"""A German body that deals with the paper at a sitting of its own: "Die Kommission berät die Vorlage an ihrer Sitzung vom …"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import nominative
from townhall.reading.analysis.dates import find_dates
from townhall.reading.card import ConsultationStep


# A body that deals with the paper at a sitting of its own, in the present tense Swiss, Austrian and
# German reports use for what is planned: "Die Kommission berät die Vorlage an ihrer Sitzung vom 5. März
# 2026", "Der Grosse Gemeinderat behandelt das Geschäft in seiner Sitzung am 26. März 2026".
def _sitting_body(body: str, remit: str) -> str:
    """Return the pattern of a body that sits, its name in group ``body`` and its remit, if named, in ``remit``."""
    return (
        rf"(?P<{body}>[A-ZÄÖÜ][\wäöüß-]*?(?:ausschuss|rat|beirat|kommission|kreistag|bezirkstag|landtag|senat|vertretung"
        r"|versammlung)|Kommission|Ausschuss|Rat|Beirat|Kreistag|Bezirkstag|Landtag|Senat)"
        # a committee named by its remit: "Der Ausschuss für Umwelt und Energie hat …"
        rf"(?P<{remit}>\s+für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?"
    )



_DE_SITTING = re.compile(
    r"\b(?P<article>Der|Die|Das|der|die|das)\s+(?P<adjective>(?:Grosse|Große|Kleine|Erweiterte)\s+)?"
    + _sitting_body("body", "remit") + r"\s+"
    # what it does there, or did ("hat die Regierungsvorlage in seiner Sitzung am 11. März 2026 beraten")
    r"(?:berät|behandelt|entscheidet|befasst sich|beschliesst|beschließt|diskutiert|hat|hatte)\b[^.\n]{0,80}?"
    r"\b(?:an|in|auf)\s+(?:ihrer|seiner|der)\s+(?:nächsten\s+)?Sitzung\s+(?:vom|am)\s+(?=\d)"
    # a paper put to a body at its sitting: "Der Bericht wird dem Landtag in seiner Sitzung am 25. März 2026 vorgelegt"
    r"|\b(?P<dative>dem|der)\s+" + _sitting_body("to_body", "to_remit")
    + r"\s+in\s+(?:ihrer|seiner)\s+(?:nächsten\s+)?Sitzung\s+(?:vom|am)\s+(?=\d)"
    # the sitting of a body named after it: "den Antrag in der Sitzung des Rates am 9. Juli 2026 zu beraten"
    r"|\bin\s+der\s+(?:nächsten\s+)?Sitzung\s+(?P<genitive>des|der)\s+"
    r"(?P<of_body>[A-ZÄÖÜ][\wäöüß-]*?(?:ausschusses|rates|rats|beirates|beirats|kreistages|landtages|senates|kommission"
    r"|vertretung|versammlung)|Rates|Ausschusses|Kreistages|Landtages)"
    # ("in der Sitzung des Ausschusses für Schule, Kultur und Sport am …": a committee named by its remit)
    r"(?P<of_remit>\s+für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?\s+(?:vom|am)\s+(?=\d)"
)
_DE_HEADS = ("Kommission", "Ausschuss", "Rat", "Beirat")


def _german_sitting_steps(text: str) -> list[ConsultationStep]:
    if "Sitzung" not in text:
        return []
    steps = []
    text = text.replace("\n", " ")  # a sentence wrapped over lines
    for match in _DE_SITTING.finditer(text):
        dates = find_dates(text[match.end():match.end() + 40], "de")
        if not dates or dates[0].span[0] != 0 or dates[0].precision != "day":
            continue
        if match.group("of_body"):
            steps.append(ConsultationStep(nominative(match.group("of_body")) + (match.group("of_remit") or ""), dates[0].start, None))
            continue
        body = match.group("body") or match.group("to_body")
        remit = match.group("remit") or match.group("to_remit")
        if remit:
            body = f"{body}{remit}"
        elif body in _DE_HEADS:
            # "die Kommission" names the commission the text named last: "der Sachkommission Bildung und Soziales"
            body = _antecedent(text[max(0, match.start() - 600):match.start()], body) or body
        elif match.group("adjective"):
            adjective = match.group("adjective").strip()
            # the adjective after the article is weak ("der Grosse Gemeinderat"), alone it is strong
            body = f"{adjective}r {body}" if body.endswith("rat") and adjective.endswith("e") else f"{adjective} {body}"
        steps.append(ConsultationStep(body, dates[0].start, None))
    return steps


def _antecedent(before: str, head: str) -> str | None:
    pattern = re.compile(
        rf"\b[A-ZÄÖÜ][\wäöüß-]*{head.lower()}\b(?:\s+(?:für\s+)?[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?"
    )
    found = [m.group() for m in pattern.finditer(before)]
    return found[-1] if found else None
