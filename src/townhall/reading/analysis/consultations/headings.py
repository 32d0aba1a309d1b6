"""Headings naming a body's meeting: "Beschluss des Ausschusses … vom 08.06.2022", a committee over its meeting's date."""

from __future__ import annotations

import re
from itertools import islice

from townhall.reading.analysis.consultations.body_names import _DE_BODY, _is_body_name, _looks_like_body, _nominative
from townhall.reading.analysis.consultations.form_headers import _FORM_LABEL
from townhall.reading.analysis.consultations.schedule_lines import _TIME, _schedule_line_steps
from townhall.reading.analysis.dates import find_dates
from townhall.reading.card import ConsultationStep


_DE_DECISION_HEADING = re.compile(
    r"^[ \t]*(?:\*\*)?(?:Beschluss|Vorberatung|Entscheidung)\s+(?:des|der|im|in der)\s+(?P<rest>[^\n]+)$",
    re.MULTILINE,
)
_HEADER_LINES = 15


# "An den Sozialausschuss (zur Kenntnis)": an addressee with the part it plays is a route step
_ADDRESSED_FOR = re.compile(
    r"^[ \t]*An\s+(?:den|die|das)\s+(?P<body>[^\n()]{2,80}?)\s*\((?P<role>zur\s+[^\n()]{4,30}|[^\n()]*beratung|"
    r"[^\n()]*entscheidung|anhörung)\)[ \t]*$",
    re.MULTILINE,
)
_ADDRESS_LEAD = re.compile(r"^(?:an|an den|an die|an das|til|to|for)\b\s*:?", re.IGNORECASE)
_DA_GENITIVE_DECISION = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<body>(?:[A-ZÆØÅ][a-zæøå]+-\s+og\s+)?[A-ZÆØÅ][a-zæøå]*"
    r"(?:udvalget|repræsentationen|rådet|"
    r"bestyrelsen))s\s+beslutning\s+(?P<rest>[^\n]+)$",
    re.MULTILINE,
)
_MEETING_DATE_LABEL = re.compile(
    r"^(?:mødedato|mødedag|sitzungstermin|sitzungsdatum|datum der sitzung|meeting date|date of meeting)"
    r"\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# "Report to the Housing Committee": the committee, named after the form's phrase.
# A post signed under a name: "Chief Executive", "Deputy Chief Executive", "Executive Director of Place"
_POST = re.compile(r"^(?:(?:Chief|Deputy|Assistant|Interim|Acting)\s|Executive\s+(?:Director|Member|Officer))", re.IGNORECASE)
_REPORT_TO = re.compile(r"^Report to (?:the )?(?=[A-Z])")
# "Orientering til Økonomiudvalget", "Meddelelse til ...": the paper's form and addressee; the date below is the letter's.
_FORM_ADDRESSED = re.compile(
    r"^(?:Orientering|Meddelelse|Notat|Indstilling|Beslutningsforslag|Redegørelse|Briefing note|Memo|Vorlage"
    r"|Mitteilung|Informationsvorlage)\s+(?:til|to|an)\s",
    re.IGNORECASE,
)
# A form named for the body whose action it asks: "Request for Council Action", "Council Agenda Report".
_FORM_NAMED_FOR_BODY = re.compile(
    r"^(?:Request for (?:Council|Board|Commission) Action|(?:Council|Board|Commission) (?:Agenda )?(?:Report|Memo(?:randum)?))$",
    re.IGNORECASE,
)
# "Housing Committee<tab>Date of meeting: 17 January 2019" once "Report to the" is gone.
_BODY_THEN_MEETING_DATE = re.compile(
    r"^(?P<body>[^:\t]{3,100}?)(?:\t+|\s{2,}|\s+)(?:date of meeting|meeting date)\s*:\s*(?P<value>.+)$", re.IGNORECASE
)


def _heading_steps(text: str, language: str | None) -> list[ConsultationStep]:
    steps = []
    for m in _DE_DECISION_HEADING.finditer(text):
        body = _DE_BODY.match(m.group("rest"))
        if not body:
            continue
        after = m.group("rest")[body.end():]
        dates = find_dates(after, language)
        if dates and re.fullmatch(r"\s*(?:vom|am)\s*", after[:dates[0].span[0]]):
            steps.append(ConsultationStep(_nominative(body.group().strip()), dates[0].start, None))
    for m in _DA_GENITIVE_DECISION.finditer(text):
        dates = find_dates(m.group("rest"), language)
        if dates and dates[0].span[0] == 0:
            steps.append(ConsultationStep(m.group("body"), dates[0].start, None))
    lines = list(islice((line.strip(" *") for line in text.split("\n", 200) if line.strip(" *")), _HEADER_LINES))
    lines = [_REPORT_TO.sub("", line) for line in lines]
    for line in lines:
        same_line = _BODY_THEN_MEETING_DATE.match(line)
        if same_line and _looks_like_body(same_line.group("body")):
            dates = find_dates(same_line.group("value"), language)
            if dates:
                steps.append(ConsultationStep(same_line.group("body"), dates[0].start, None))
    for k, line in enumerate(lines):
        if ":" in line or not _looks_like_body(line) or _FORM_ADDRESSED.match(line) or _FORM_NAMED_FOR_BODY.match(line):
            continue
        for later in lines[k + 1:k + 4]:
            if (":" not in later and _looks_like_body(later)) or _FORM_LABEL.match(later):
                break  # the nearer body's meeting ("Leeds City Council" over "Report to the Cabinet")
            label = _MEETING_DATE_LABEL.match(later)
            if label:
                dates = find_dates(label.group("value"), language)
                if dates:
                    steps.append(ConsultationStep(line, dates[0].start, None))
                break
    for previous, line, following in zip([""] + lines, lines, lines[1:]):
        if ":" in line or not _looks_like_body(line) or find_dates(line, language) or _FORM_NAMED_FOR_BODY.match(line):
            continue
        if _POST.match(line):
            continue  # "Chief Executive" over the date of a signature: a post, not a meeting
        if _ADDRESS_LEAD.match(previous) or _ADDRESS_LEAD.match(line) or _FORM_ADDRESSED.match(line):
            continue  # "An den\nAusschuss für Umwelt": an addressee, not a meeting
        dates = find_dates(following, language)
        if len(dates) == 1 and dates[0].end is None and dates[0].precision == "day":
            rest = following[:dates[0].span[0]] + following[dates[0].span[1]:]
            if not _TIME.sub("", rest).strip(" ,.-–"):
                steps.append(ConsultationStep(line, dates[0].start, None))
    steps.extend(_schedule_line_steps(text, language))
    for m in _ADDRESSED_FOR.finditer(text):
        if _is_body_name(m.group("body")):
            steps.append(ConsultationStep(m.group("body"), None, m.group("role")))
    return steps
