"""Turn the layout of a council paper into a card.

Each module holds the extraction of one group of fields as pure functions (layout or text in,
facts out); :func:`analyse` cleans the text once, detects its language and fills every field.
"""

from __future__ import annotations

import dataclasses

from townhall.reading.analysis.actions import find_action_items
from townhall.reading.analysis.agenda_items import agenda_item_title, item_label_number, whole_item_heading
from townhall.reading.analysis.attachments import find_attachments
from townhall.reading.analysis.bodies import officer_of_council, tidy_addressees, tidy_route
from townhall.reading.analysis.cleanup import clean_text
from townhall.reading.analysis.consultations import extract_consultations
from townhall.reading.analysis.contacts import find_emails, find_phones, find_urls
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.document_date import document_date
from townhall.reading.analysis.dates.slash_order import slash_order_of
from townhall.reading.analysis.deadlines import extract_deadlines
from townhall.reading.analysis.decision_numbers import decision_number
from townhall.reading.analysis.events import extract_events
from townhall.reading.analysis.language import detect_language
from townhall.reading.analysis.letterhead_text import text_with_letterhead
from townhall.reading.analysis.municipality import find_municipality
from townhall.reading.analysis.municipality_web import municipality_in_declared_title, municipality_of_hosts
from townhall.reading.analysis.organizations import find_organizations
from townhall.reading.analysis.paper_kind import paper_kind
from townhall.reading.analysis.people import find_case_handler, find_people, find_signatories
from townhall.reading.analysis.public import find_public
from townhall.reading.analysis.record_headings import EXTRACT, extract_heading, genre_heading_with_tail, line_under, one_item_heading
from townhall.reading.analysis.reference_fields import paper_references
from townhall.reading.analysis.references import extract_references
from townhall.reading.analysis.title import find_title
from townhall.reading.analysis.title_declared import title_from_declared
from townhall.reading.analysis.title_layout import title_from_layout
from townhall.reading.analysis.units.addressees import find_addressees
from townhall.reading.analysis.units.author import find_author_unit
from townhall.reading.analysis.units.letterheads import mayor_under_issuer
from townhall.reading.analysis.units.senders import numbered_meeting_line, sitting_line
from townhall.reading.analysis import form_values, letter_fields, signature_blocks
from townhall.reading.analysis.letters import letter_parts
from townhall.reading.analysis.evidence import FORM_FIELD, PATTERN, STRUCTURE, EvidenceLog
from townhall.reading.analysis.forms import FormField, fields_of, form_fields, label_key, normalise_label
from townhall.reading.analysis.route import route_steps
from townhall.reading.analysis.route.assembly_invitations import INVITED_ASSEMBLY
from townhall.reading.analysis.route.items import with_own_item
from townhall.reading.analysis.route.lists import sitting_details
from townhall.reading.analysis.route.meetings import genre_and_body_title, meeting_of, meeting_title
from townhall.reading.analysis.route.record_heads import PAPER_FOR_SITTING
from townhall.reading.analysis.route.sentences import with_sentence_meetings
from townhall.reading.analysis.route.step import Step as RouteStep
from townhall.reading.card import UNDETERMINED, Card, ConsultationStep, DeadlineFact, Evidence, References
from townhall.reading.layout import MARKUP, Document
from townhall.reading.text_layout import text_document

__all__ = ["analyse", "clean_text", "detect_language"]


def analyse(document: Document | str, *, language: str | None = None) -> Card:
    """Return the card of one council paper from its layout (or its plain text).

    *language* ("da", "de", "en") skips detection when the caller already knows it. The form
    fields of the paper (:mod:`~townhall.reading.analysis.forms`) are asked first; patterns
    in the text fill what the form does not say. Each field records its evidence.
    """
    if isinstance(document, str):
        document = text_document(document)
    with slash_order_of(document.text):
        return _analyse(document, language)


def _analyse(document: Document, language: str | None) -> Card:
    text = clean_text(text_with_letterhead(document))
    language = language or detect_language(text)
    hint = None if language == UNDETERMINED else language
    log = EvidenceLog(document)
    fields = form_fields(document, limit_pages=3)

    kind, from_layout = paper_kind(document, text, fields, log)
    decided = decision_number(document)

    def labelled(path: str, found, fallback):
        """Take the form's value (with its field as evidence) or else the text pattern's."""
        if found is not None:
            value, field = found
            log.at(path, field.address, FORM_FIELD, f"form field {field.label!r}")
            return value
        value = fallback()
        log.found(path, value)
        return value

    letter = letter_parts(document)

    def from_letter(path: str, found, how: str):
        """Take a value from the letter's parts (with its line as evidence), or None."""
        if found is None:
            return None
        value, address = found
        log.at(path, address, STRUCTURE, how)
        return value

    author_unit = labelled(
        "author_unit",
        form_values.author_unit(fields, kind),
        lambda: (letter and from_letter("author_unit", letter_fields.sender_unit(letter), "letter's sender block")) or find_author_unit(text),
    )
    if author_unit is None and kind == "proposal" and (mayor := mayor_under_issuer(text.split("\n"))) is not None:
        author_unit = mayor  # a proposal with no office named puts the mayor's own to the council
        log.found("author_unit", mayor, how="the mayor's office under the town's name")
    form_addressees = form_values.addressees(fields)
    greeted = letter_fields.recipients(letter, greeted=False) if letter else []
    if form_addressees:
        addressees = [name for name, _, _ in form_addressees]
        for index, (_, _, field) in enumerate(form_addressees):
            log.at(f"addressees.{index}", field.address, FORM_FIELD, f"form field {field.label!r}")
    elif greeted:
        addressees = [name for name, _ in greeted]
        for index, (_, address) in enumerate(greeted):
            log.at(f"addressees.{index}", address, STRUCTURE, "letter's recipient block or salutation")
    else:
        addressees = find_addressees(text, kind)
        log.items("addressees", addressees)
        if not addressees and letter is not None:
            # Those the letter greets, when it names no recipient elsewhere.
            greeted = letter_fields.recipients(letter)
            addressees = [name for name, _ in greeted]
            for index, (_, address) in enumerate(greeted):
                log.at(f"addressees.{index}", address, STRUCTURE, "letter's salutation")
    case_handler = labelled("case_handler", form_values.case_handler(fields), lambda: find_case_handler(text))
    signed = signature_blocks.signature_names(document)
    if signed:
        signatories = [name for name, _ in signed]
        for index, (_, address) in enumerate(signed):
            log.at(f"signatories.{index}", address, STRUCTURE, "signature block")
    else:
        # Who proposes or seconds a motion puts it forward; that is not a signature.
        proposers = {field.value.casefold() for field in fields if field.key == "proposer"}
        signatories = [name for name in find_signatories(text) if not any(name.casefold() in value for value in proposers)]
        log.items("signatories", signatories)
    municipality = find_municipality(text)
    log.found("municipality", municipality)
    if municipality is None and (municipality := municipality_in_declared_title(document.declared_title)) is not None:
        log.found("municipality", municipality, how="the file's declared title names its council's site")
    if municipality is None and (municipality := municipality_of_hosts(document.link_hosts)) is not None:
        log.found("municipality", municipality, how="the web page's own address or links are its council's site")
    # "To: Cabinet – 30 January 2025": the addressee's meeting is a step of the route.
    # "In Control: City Council" with "Agenda Date: 5/14/2024": the form's one meeting date is the addressee's.
    meeting_dates = form_values.meeting_dates(fields, hint) or form_values.report_to_date(fields, hint)
    # ("Sitzung am: 24.06.2026, öffentlich, TOP 6": the sitting's part and the item's number are the step's too)
    sittings = fields_of(fields, "meeting")
    public_part, item_number = (None, None)
    if len(meeting_dates) == 1 and len(sittings) == 1:
        public_part, item_number = sitting_details(sittings[0].value)
    addressed = [
        RouteStep(
            ConsultationStep(name, when) if when else ConsultationStep(name, meeting_dates[0], None, item_number, public_part),
            field.address,
            f"form field {field.label!r}",
        )
        for name, when, field in form_addressees
        # (an officer a request is handed to holds no meeting on it: "To: Head of Democratic Services, … Council")
        if (when or len(meeting_dates) == 1) and officer_of_council(name) is None
    ]
    dated = [field for field in fields if field.key == "meeting" and normalise_label(field.label) in _MEETING_DAY_LABELS]
    if not addressed and not form_addressees and len(addressees) == 1 and len(meeting_dates) == 1 and dated:
        # "ITEM TO MAYORAL COMMITTEE" over "MEETING DATE: 16 June 2026": the form's one meeting is the addressee's.
        step = ConsultationStep(addressees[0], meeting_dates[0])
        addressed = [RouteStep(step, dated[0].address, f"form field {dated[0].label!r}")]
    # "Møde: Børne- og Ungeudvalget 3. juni 2025": a meeting field naming its body is a step of the route.
    addressed += [
        RouteStep(step, field.address, f"form field {field.label!r}") for step, field in form_values.meeting_bodies(fields, hint)
    ]
    meeting = meeting_of(document, kind)
    steps = route_steps(document, fields, kind, meeting, addressed)
    steps = with_sentence_meetings(document, text, steps)
    if not steps and len(addressees) == 1 and (sitting := sitting_line(text)) is not None:
        # "an den Gemeinderat" / "für die Sitzung am 8. Mai 2025": the one addressee's meeting is the route.
        mentions = find_dates(sitting[1], hint)
        if mentions and mentions[0].end is None:
            address = document.find(sitting[0])
            steps = [RouteStep(ConsultationStep(addressees[0], mentions[0].start), address, "the sitting the paper is for")]
    if kind in ("agenda_item", "motion", "proposal", "other") and not addressees:
        # One item of a meeting's agenda, or a motion put to a meeting, is addressed to the body that meets;
        # so is any single paper printed under its meeting's header line ("Bauausschuss – Niederschrift – …").
        if meeting is not None and (meeting.how == "meeting line" or kind == "motion"):
            addressees = [meeting.step.organization]
            log.at("addressees.0", meeting.address, STRUCTURE, "the meeting the item is on")
    if not addressees and meeting is not None and meeting.how == INVITED_ASSEMBLY:
        # "Einladung zur Gemeindeversammlung": the voters' assembly is called, and the invitation goes to it.
        addressees = [meeting.step.organization]
        log.at("addressees.0", meeting.address, STRUCTURE, INVITED_ASSEMBLY)
    if not addressees and meeting is not None and meeting.how == PAPER_FOR_SITTING:
        # "For discussion on 9 June 2026" (or "For information on …") under the council's name: the paper is put to it.
        addressees = [meeting.step.organization]
        log.at("addressees.0", meeting.address, STRUCTURE, "the sitting the paper's head says it is for")
    if steps:
        consultations = tuple(step.step for step in steps)
        for index, step in enumerate(steps):
            log.at(f"consultations.{index}", step.address, STRUCTURE, step.how)
    else:
        consultations = tuple(extract_consultations(text, hint))
    # Whichever rule found them, bodies are named alone: a meeting's date moves to its step.
    consultations = tidy_route(consultations, hint)
    if len(addressees) == 1 and addressees[0] not in {step.organization for step in consultations}:
        # "Report to the Board of Directors" over "Meeting #5/26 – June 19, 2026": the sitting the head names is the
        # addressee's step, beside the earlier ones the text tells of.
        sitting = numbered_meeting_line(text)
        mentions = find_dates(sitting[1], hint) if sitting is not None else []
        if mentions and mentions[0].end is None:
            consultations = (*consultations, ConsultationStep(addressees[0], mentions[0].start))
            log.at(f"consultations.{len(consultations) - 1}", document.find(sitting[0]), STRUCTURE, "the sitting the paper is for")
    if len(consultations) == 1 and consultations[0].date is None and len(meeting_dates) == 1:
        # "Sagsgang: Børne- og Skoleudvalget" over "Mødedato: 3. juni 2026": a route of one body meets on the form's day.
        consultations = (dataclasses.replace(consultations[0], date=meeting_dates[0]),)
    named = tidy_addressees(addressees, hint)
    if named != list(addressees):
        for index in range(len(named), len(addressees)):
            log.entries.pop(f"addressees.{index}", None)
        addressees = named
    headed_for = meeting is not None and meeting.how == "meeting named in the header" and kind == "other"
    # (a motion only where its form names the one body it is for: "Til behandling: Byrådets 2. behandling …")
    for_form_route = kind == "motion" and bool(steps) and all(step.how.startswith(("form field", "route list")) for step in steps)
    if (kind in ("agenda_item", "proposal") or headed_for or for_form_route) and not addressees and consultations:
        # An item on one body's agenda, or a report to one body's meeting, however its meeting was
        # named, is put to that body; so is a motion whose form names that body alone.
        bodies = {step.organization for step in consultations}
        # (an item printed under its meeting's head meets on that meeting's day)
        meeting_day = meeting_dates[0] if len(meeting_dates) == 1 else (
            meeting.step.date if meeting is not None and kind == "agenda_item" and not meeting_dates else None
        )
        meets = [step for step in consultations if meeting_day is not None and step.date == meeting_day]
        if len(bodies) == 1:
            addressees = [consultations[0].organization]
            log.found("addressees.0", addressees[0], how="the one body on the item's route")
        elif len({step.organization for step in meets}) == 1:
            # "Mødedato: 3. marts 2026" over a route of three bodies: the paper is put to the one that meets that day.
            addressees = [meets[0].organization]
            log.found("addressees.0", addressees[0], how="the body on the route meeting on the form's meeting day")
    known_people = [*([case_handler] if case_handler else []), *signatories]
    known_bodies = [
        *([author_unit] if author_unit else []),
        *addressees,
        *(step.organization for step in consultations),
    ]
    references = extract_references(text)
    parts = paper_references(document, fields, kind, from_layout, decided, references, labelled, log)
    if kind == "agenda":
        # An agenda's items carry their own case numbers and handlers; the agenda has none of its own
        # unless its head names one.
        for key in ("case", "document"):
            if parts[key] is not None and not _in_head(log, f"references.{key}"):
                parts[key] = None
                log.entries.pop(f"references.{key}", None)
        if case_handler is not None and not _in_head(log, "case_handler"):
            case_handler = None
            log.entries.pop("case_handler", None)
    if "references.agenda_item" not in log.entries:
        log.found("references.agenda_item", references.agenda_item)
    if kind not in ("agenda", "minutes"):
        # without a meeting of its own, a report is an item of the one meeting its form addresses ("Report to: Cabinet")
        # (named alone, as its step is: "To: Chair and Directors, Electoral Area Services Committee")
        own_meeting = meeting or (
            RouteStep(tidy_route((addressed[0].step,), hint)[0], addressed[0].address, addressed[0].how)
            if len(addressed) == 1 else None
        )
        consultations = with_own_item(consultations, own_meeting, parts["agenda_item"])
    def title_from_structure():
        if letter is not None:
            # A letter's title is its subject line, else a heading outside its address blocks;
            # its sender or recipient is never its title.
            blocks = letter_fields.address_lines(letter)
            found = from_letter("title", letter_fields.subject_line(letter), "letter's subject line") or from_letter(
                "title", title_from_layout(document, excluded=blocks), "most prominent heading"
            )
            if found:
                return found
            fallback = find_title(text)
            address_texts = {address.text.strip() for address in letter_fields.all_address_lines(letter)}
            if fallback and not any(fallback in line for line in address_texts):
                return fallback
            # The first heading was the sender or the recipient: the subject is the first heading below them.
            rest = "\n".join("" if line.strip() in address_texts else line for line in text.split("\n"))
            below = find_title(rest)
            if below and not any(below in line for line in address_texts):
                log.found("title", below, how="first heading outside the letter's address blocks")
                return below
            return None
        item_title = agenda_item_title(whole_item_heading(from_layout[1])) if from_layout is not None else None
        if kind == "agenda_item" and item_title:
            log.at("title", from_layout[1], STRUCTURE, "the item's numbered heading")
            return item_title
        if kind == "agenda_item" and from_layout is not None and item_label_number(from_layout[1].text):
            # "Dagsordenspunkt 5 – Åbent punkt" over "Ny takststruktur …": the item's title is the line under its number
            under = line_under(document, from_layout[1])
            if under is not None and not label_key(under.text.split(":")[0]) and ":" not in under.text:
                log.at("title", under, STRUCTURE, "the line under the item's number")
                return " ".join(under.text.split())
        if kind in ("agenda", "minutes") and not EXTRACT.search(text[:600]):
            named = genre_heading_with_tail(from_layout)
            if named:
                log.at("title", from_layout[1], STRUCTURE, "heading naming the record and its meeting")
                return named
            if kind == "minutes" and (item := one_item_heading(document, parts["agenda_item"])) is not None:
                # A record of one item ("Beslutningsprotokol" over its body and "12. Salg af …") is the item's.
                log.at("title", item[1], STRUCTURE, "the one item's numbered heading")
                return item[0]
            found = from_letter("title", meeting_title(meeting), "the meeting it is for") or from_letter(
                "title", genre_and_body_title(document), "the record's genre and the body that met"
            )
            if found:
                return found
        if kind == "minutes" and EXTRACT.search(text[:600]):
            # An extract is titled by its item: the heading naming the record it is cut from is not the title.
            heading = extract_heading(document)
            found = from_letter("title", title_from_layout(document, excluded=heading), "the item's heading")
            if found:
                return found
            named = {address.text.strip() for address in document.addresses[:20] if (address.page, address.line) in heading}
            rest = "\n".join(line for line in text.split("\n") if line.strip() not in named)
            if heading and (found := find_title(rest)):
                return found
        if meeting is not None and meeting.how == "meeting line" and kind not in ("agenda", "minutes"):
            # One paper under its meeting's header line ("Bauausschuss – Niederschrift – 10.02.2026"):
            # that line names the meeting, not the paper.
            line = meeting.address
            found = from_letter("title", title_from_layout(document, excluded={(line.page, line.line)}), "most prominent heading")
            return found or find_title("\n".join("" if row.strip() == line.text.strip() else row for row in text.split("\n")))
        return from_letter("title", title_from_layout(document), "most prominent heading") or find_title(text)

    title = labelled("title", form_values.subject(fields), title_from_structure)
    if not title and document.pages and all(page.source == MARKUP for page in document.pages):
        # A web page whose body names no subject line: the subject its <title> declares, the site's name cut off.
        title = title_from_declared(document.declared_title)
        if title:
            log.found("title", title, how="the page's declared title, the site's name cut off")
    if kind == "minutes" and from_layout is not None and form_values.document_date(fields, hint) is None:
        # Minutes are dated by their meeting: "Protokoll Nr. 61 vom 16. August 2023".
        mentions = find_dates(from_layout[1].text, hint)
        if mentions:
            fields = [*fields, FormField("date", "heading", mentions[0].text, from_layout[1], "heading")]
    written = labelled(
        "date",
        form_values.document_date(fields, hint),
        lambda: (letter and from_letter("date", letter_fields.letter_date(letter), "letter's place and date")) or document_date(text, hint),
    )
    if written is None and decided is not None and decided[1] is not None:
        written = decided[1]  # "Beschluss des Gemeindeausschusses" / "Nr. 214 vom 14.07.2026": the day it was decided
        log.at("date", decided[2], STRUCTURE, "day under the decision's heading")
    public = labelled(
        "public", form_values.public(fields) or form_values.status_value(fields), lambda: _public_of_route(steps, log) if steps else None
    )
    if public is None:
        public = find_public(text)
        log.found("public", None)
    # The paper's own day, else its route's first: what a day written without a year is read against, and for
    # minutes the day of the meeting they record.
    day_of_paper = written or next((step.date for step in consultations if step.date), None)
    form_deadlines = form_values.deadlines(fields, hint)
    if form_deadlines:
        deadlines = tuple(DeadlineFact(when, purpose) for when, purpose, _ in form_deadlines)
        for index, (_, _, field) in enumerate(form_deadlines):
            log.at(f"deadlines.{index}", field.address, FORM_FIELD, f"form field {field.label!r}")
    else:
        deadlines = tuple(extract_deadlines(text, hint, reference=day_of_paper))
    attachments = tuple(find_attachments(text))
    events = tuple(extract_events(text, hint, attachments, record_of=day_of_paper if kind == "minutes" else None))
    # The sitting of a body on the paper's route, named as an occasion ("the Annual Town Meeting"), is a step, not an event.
    events = tuple(
        event for event in events
        if not any(
            step.date == event.start and event.name.casefold() in step.organization.casefold() for step in consultations
        )
    )
    emails, phones = tuple(find_emails(text)), tuple(find_phones(text))
    log.items("consultations", consultations, text_of=lambda step: step.organization)
    log.items("deadlines", deadlines, text_of=lambda fact: fact.purpose or fact.date.isoformat())
    log.items("events", events, text_of=lambda fact: fact.name)
    log.items("attachments", attachments)
    log.items("emails", emails)
    log.items("phones", phones)
    log.entries.setdefault("kind", Evidence(None, None, "", PATTERN, "genre words of the text"))
    log.entries.setdefault("language", Evidence(None, None, "", STRUCTURE, "language detector"))
    return Card(
        language=language,
        kind=kind,
        title=title,
        municipality=municipality,
        date=written,
        public=public,
        references=References(**parts),
        author_unit=author_unit,
        case_handler=case_handler,
        signatories=tuple(signatories),
        addressees=tuple(addressees),
        consultations=consultations,
        deadlines=deadlines,
        events=events,
        attachments=attachments,
        emails=emails,
        phones=phones,
        urls=tuple(find_urls(text)),
        organizations=tuple(find_organizations(text, known_bodies)),
        people=tuple(find_people(text, known_people)),
        action_items=tuple(find_action_items(text)),
        evidence=dict(log.entries),
    )


def _in_head(log: EvidenceLog, path: str) -> bool:
    evidence = log.entries.get(path)
    return evidence is not None and evidence.page == 1 and (evidence.line or 99) <= 12


def _public_of_route(steps, log: EvidenceLog) -> bool | None:
    """Return whether the body that decides (the route's last step) deals with the paper in public.

    An earlier body's flag says nothing of the decision ("Dienstberatung … nicht öffentlich" over
    "Stadtrat …"): where the deciding row's status is not read, the text's markers are asked instead.
    """
    if not any(step.step.public is not None for step in steps):
        return None
    rows = [step for step in steps if step.how == "route table"] or list(steps)
    last = rows[-1]
    if last.step.public is None:
        return None
    log.at("public", last.address, STRUCTURE, "status of the deciding body in the route table")
    return last.step.public


# The labels of the day a form's meeting sits ("Meeting date:", "Mødedato:"), not of another appointment ("Termin:").
_MEETING_DAY_LABELS = frozenset({
    "meeting date", "date of meeting", "mødedato", "sitzungsdatum", "sitzungstermin", "datum der sitzung", "agenda date",
})
