"""Read a paper's route through committees from the layout: route tables, route lists, meetings.

Council systems print the route in a few layouts that hundreds of councils share:

* a **route table** (SessionNet, ALLRIS, SD.NET, regisafe, Word templates): one row per body,
  with its meeting date, and often a status (öffentlich / nicht öffentlich), the agenda item
  number and the role (Vorberatung, Entscheidung, Kenntnisnahme) (:mod:`.tables`, its rows
  told by what they hold in :mod:`.rows`);
* a **route list** under a label ("Beratungsfolge:", "Behandles i:", "Sagsprocedure",
  "Past Pathway of report:"): bodies, each with a date where one is given (:mod:`.lists`,
  :mod:`.case_procedure`);
* a Danish **case history** ("Sagens forløb": "05/09/2024  Økonomiudvalget", or decision
  headings "Beslutning i Økonomiudvalget den 5. september 2024") (:mod:`.case_history`);
* the **meeting** an agenda, minutes or agenda item belongs to: its body and date in the
  header ("Sitzung des Ortschaftsrates Auental am 06.05.2025", "Byråd – Dagsorden –
  2024-10-02", "CABINET … Thursday, 30th January, 2025") (:mod:`.meetings`, the heads of
  records, warrants, Danish meetings and summonses in modules of their own);
* meetings the paper's sentences tell of (:mod:`.sentences`).

Each step found keeps the line it was read from, for the card's evidence (:class:`.step.Step`).
This module puts the steps in route order.
"""

from __future__ import annotations

from townhall.reading.analysis.forms import FormField
from townhall.reading.analysis.route.case_history import _history_steps
from townhall.reading.analysis.route.case_procedure import _procedure, _procedure_steps
from townhall.reading.analysis.route.earlier_decisions import _earlier_decision_lines
from townhall.reading.analysis.route.items import _with_items_of_result_lines
from townhall.reading.analysis.route.later_meetings import _later_meetings
from townhall.reading.analysis.route.lists import _list_steps
from townhall.reading.analysis.route.record_heads import PAPER_FOR_SITTING
from townhall.reading.analysis.route.step import Step, _same_body, _unique
from townhall.reading.analysis.route.tables import _table_steps
from townhall.reading.layout import Document


#: Kinds of paper that belong to one meeting, which is then a step of their route.
_MEETING_KINDS = ("agenda", "minutes", "agenda_item", "motion")


def route_steps(
    document: Document, fields: list[FormField], kind: str, meeting: Step | None, addressed: list[Step] = ()
) -> list[Step]:
    """Return the route steps the layout shows, in route order.

    *meeting* is the meeting the document belongs to (:func:`meeting_of`); *addressed* are steps
    from the form's addressee ("To: Cabinet – 30 January 2025").
    """
    steps: list[Step] = []
    earlier = _earlier_decision_lines(document)
    steps.extend(_table_steps(document, earlier))
    if not steps:
        steps.extend(_list_steps(fields))
    history = _history_steps(document, earlier)
    procedure = _procedure(fields)
    if procedure:
        steps = _procedure_steps(procedure, history, meeting)
    else:
        steps.extend(history)
        if meeting is not None and (
            kind in _MEETING_KINDS or meeting.how in ("meeting line", "record head", PAPER_FOR_SITTING) or (
                kind in ("proposal", "notice", "other") and not steps and not addressed and meeting.how == "meeting named in the header"
            )
        ):
            # A paper headed for one meeting ("Amtsvortrag für die Sitzung des Gemeinderates am …")
            # goes to that body on that day, when it shows no route of its own.
            steps.append(meeting)
            if meeting.how == "meeting named in the header" and kind in ("proposal", "notice", "other"):
                # "… note the disposal, which will be put before the meeting of the County Council on 2nd March":
                # a later meeting of another body the head says the paper goes on to is the next step.
                steps.extend(_later_meetings(document, meeting))
        elif meeting is not None and _goes_on_to(meeting, steps, addressed):
            # "Prepared for: Committee of the Whole … will go to the Council meeting of February 23": the
            # report's addressee meets first, the later meeting of another body is the next step.
            steps.append(meeting)
        elif meeting is not None and _follows_route_list(meeting, steps):
            # "Einwohnerratssitzung vom 23. April 2026" over "Vorberatende Kommission: … (Sitzung vom 7. April 2026)":
            # the sitting the head names after the bodies its route list gives is the last step.
            steps.append(meeting)
    steps.extend(addressed)
    return _with_items_of_result_lines(document, _unique(steps))


def _goes_on_to(meeting: Step, steps: list[Step], addressed: list[Step]) -> bool:
    """Tell whether a meeting named in the text follows the addressee's meeting as a further step."""
    if meeting.how != "meeting named in the header" or steps or not addressed:
        return False
    dates = [step.step.date for step in addressed]
    if None in dates or meeting.step.date is None or meeting.step.date <= max(dates):
        return False
    return not any(_same_body(meeting.step.organization, step.step.organization) for step in addressed)


def _follows_route_list(meeting: Step, steps: list[Step]) -> bool:
    """Tell whether the meeting the head names comes after every step of a labelled route list, of another body."""
    if meeting.how != "meeting named in the header" or meeting.step.date is None or not steps:
        return False
    if not all(step.how.startswith("route list") and step.step.date for step in steps):
        return False
    return meeting.step.date > max(step.step.date for step in steps) and not any(
        _same_body(meeting.step.organization, step.step.organization) for step in steps
    )
