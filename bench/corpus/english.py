"""English council papers: committee reports, consultation letters, notices of motion, briefing notes."""

from __future__ import annotations

from .drafting import Draft, english_date, english_range, label, mail_name, person
from .vocabulary import ENGLISH_FIRST, ENGLISH_LAST, ENGLISH_PARTIES, ENGLISH_VENUES

KINDS = ("proposal", "notice", "hearing", "motion", "memo")
KIND_WEIGHTS = (30, 22, 18, 14, 16)


def build(draft: Draft) -> None:
    """Write an English paper of ``draft.kind`` into ``draft``."""
    {
        "proposal": _report,
        "notice": _report,
        "hearing": _consultation_letter,
        "motion": _motion,
        "memo": _briefing_note,
    }[draft.kind](draft)


def _name(draft: Draft) -> str:
    return person(draft.rng, ENGLISH_FIRST, ENGLISH_LAST)


def _phone(draft: Draft) -> str:
    rng = draft.rng
    if rng.random() < 0.3:
        return f"+44 {rng.randint(113, 199)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
    return f"0{rng.randint(113, 199)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def _date_style(draft: Draft) -> str:
    return draft.pick(("long", "long", "ordinal", "weekday"))


def _numbered(draft: Draft, number: int, heading: str) -> str:
    if draft.chance(0.5):
        return f"{number}. {heading}"
    if draft.chance(0.5):
        return f"**{heading}**"
    return heading.upper()


def _event(draft: Draft) -> str:
    start = draft.later(25, 160)
    span = draft.pick((0, 0, 1, 2))
    end = start.fromordinal(start.toordinal() + span)
    name = draft.area.events[draft.rng.randrange(len(draft.area.events))].format(
        town=draft.municipality.town, year=start.year
    )
    place = draft.pick(ENGLISH_VENUES) if draft.chance(0.6) else draft.municipality.town
    draft.record_event(name, place, start, end)
    when = english_range(start, end) if span else f"on {english_date(start, draft.pick(('long', 'weekday')))}"
    return f"The {name} will take place in {place} {when}. Members are invited to attend."


def _appendices(draft: Draft) -> str:
    titles = list(draft.area.attachments)
    draft.rng.shuffle(titles)
    chosen = titles[: draft.rng.randint(1, 3)]
    draft.truth["attachments"].extend(chosen)
    letters = "ABCDEF"
    if draft.chance(0.5):
        return "Appendices\n" + "\n".join(f"Appendix {letters[index]} - {title}" for index, title in enumerate(chosen))
    return "Background documents and appendices:\n" + "\n".join(
        f"Appendix {index + 1}: {title}" for index, title in enumerate(chosen)
    )


def _report(draft: Draft) -> None:
    decision = draft.kind == "proposal"
    committee = draft.fill(draft.pick(draft.area.committees))
    unit = draft.fill(draft.pick(draft.area.units))
    author = _name(draft)
    subject = draft.fill(draft.pick(draft.area.subjects))
    meeting = draft.later(7, 30)
    email = f"{mail_name(author)}@{draft.municipality.domain}"
    phone = _phone(draft)
    draft.truth.update(
        title=subject,
        author_unit=unit,
        case_handler=author,
        addressees=[committee],
        emails=[email],
        phones=[phone],
    )
    draft.record_consultation(committee, meeting)
    lines = [
        draft.municipality.name,
        f"Report to: {committee}" if draft.chance(0.7) else f"Report to the {committee}",
        f"Date of meeting: {english_date(meeting, _date_style(draft))}",
        f"Report of: {unit}",
        f"Report author: {author}" if draft.chance(0.5) else f"Contact officer: {author}",
        f"Tel: {phone}",
        f"Email: {email}",
    ]
    if draft.chance(0.6):
        draft.truth["date"] = draft.issued.isoformat()
        lines.append(label(draft, "Report date:", english_date(draft.issued, draft.pick(("long", "slashes")))))
    if draft.chance(0.4):
        reference = f"{draft.pick(('EB', 'CAB', 'HC', 'FRC'))}/{draft.issued.year}/{draft.rng.randint(1, 250):03d}"
        draft.truth["references"]["paper"] = reference
        lines.append(f"Report reference: {reference}")
    if draft.chance(0.6):
        public = draft.chance(0.8)
        draft.truth["public"] = public
        lines.append("Status: Open (public)" if public else "Status: Exempt - not for publication")
    if draft.chance(0.3):
        draft.add(lines[0], "\t".join(lines[1:3]), "\n".join(lines[3:]))
    else:
        draft.add("\n".join(lines))
    draft.add(draft.pick((f"Title: {subject}", f"Subject: {subject}", f"**{subject}**")))
    draft.add(_numbered(draft, 1, "Purpose of the report"), draft.sentences(2))
    draft.add(_numbered(draft, 2, "Recommendations"))
    if decision:
        draft.add(
            f"The {committee} is recommended to:\n"
            f"a) approve the {subject[:1].lower() + subject[1:]} as set out in this report;\n"
            "b) delegate authority to the director to agree the detailed arrangements."
        )
    else:
        draft.add(f"The {committee} is asked to note the contents of this report.")
    draft.add(_numbered(draft, 3, "Background"), draft.sentences(draft.rng.randint(2, 4)))
    if draft.chance(0.45):
        deadline = draft.later(20, 60)
        draft.record_deadline(deadline, f"Responses to the consultation on {subject}")
        draft.add(
            _numbered(draft, 4, "Consultation"),
            draft.pick(
                (
                    f"A public consultation is now open. Responses must be received by {english_date(deadline)}.",
                    f"Residents and partners can respond to the consultation until 5pm on {english_date(deadline, 'weekday')}.",
                )
            ),
        )
    if draft.chance(0.4):
        council_day = draft.later(35, 90)
        draft.record_consultation(draft.municipality.council, council_day)
        draft.add(
            _numbered(draft, 5, "Next steps"),
            f"Subject to the decision of the {committee}, the report will be presented to {draft.municipality.council} on {english_date(council_day)}.",
        )
    if draft.chance(0.3):
        draft.add(_event(draft))
    if draft.chance(0.6):
        draft.add(_appendices(draft))


def _consultation_letter(draft: Draft) -> None:
    subject = draft.fill(draft.pick(draft.area.subjects))
    unit = draft.fill(draft.pick(draft.area.units))
    signer = _name(draft)
    deadline = draft.later(21, 70)
    mailbox = f"{draft.pick(('consultation', 'haveyoursay', 'engagement'))}@{draft.municipality.domain}"
    title = draft.pick((f"Consultation on {subject}", f"Have your say: {subject}"))
    draft.truth.update(
        title=title,
        author_unit=unit,
        date=draft.issued.isoformat(),
        signatories=[signer],
        emails=[mailbox],
    )
    draft.record_deadline(deadline, f"Consultation responses on {subject}")
    draft.add(f"{draft.municipality.name}\n{unit}\n{draft.municipality.address}")
    if draft.chance(0.5):
        reference = f"{draft.pick(('CONS', 'ENG', 'POL'))}-{draft.issued.year}-{draft.rng.randint(1, 999):03d}"
        draft.truth["references"]["case"] = reference
        draft.add(f"Our ref: {reference}")
    draft.add(english_date(draft.issued, _date_style(draft)))
    draft.add("Dear colleague," if draft.chance(0.6) else "Dear Sir or Madam,")
    draft.add(title if draft.chance(0.5) else f"**{title}**")
    draft.add(f"{draft.municipality.name} is seeking views on the draft. " + draft.sentences(2))
    when = english_date(deadline, draft.pick(("long", "ordinal")))
    draft.add(
        draft.pick(
            (
                f"Please send your response to {mailbox} by {when}.",
                f"The consultation closes on {when}. Responses can be sent to {mailbox}.",
                f"We would welcome your comments no later than {when} at {mailbox}.",
            )
        )
    )
    if draft.chance(0.4):
        draft.add(_event(draft).replace("Members are invited to attend.", "Everyone is welcome to attend."))
    draft.add(draft.pick(("Yours faithfully,", "Yours sincerely,", "Kind regards,")), f"{signer}\n{draft.pick(('Head of Service', 'Director', 'Policy Manager'))}")


def _motion(draft: Draft) -> None:
    subject = draft.fill(draft.pick(draft.area.subjects))
    proposer, seconder = _name(draft), _name(draft)
    council = draft.municipality.council
    meeting = draft.later(10, 40)
    title = f"Notice of Motion: {subject}"
    draft.truth.update(title=title, signatories=[proposer, seconder], addressees=[council])
    draft.record_consultation(council, meeting)
    draft.add(draft.municipality.name)
    draft.add(f"{council} - {english_date(meeting, _date_style(draft))}")
    draft.add(title)
    topic = subject[:1].lower() + subject[1:]
    draft.add(
        draft.pick(
            (
                f"This council notes the concern of residents and partners about the {topic}.",
                f"This council notes that the {topic} has not yet been brought before members.",
                f"This council believes that the {topic} deserves the attention of the whole council.",
            )
        )
        + " "
        + draft.sentences(1)
    )
    draft.add("This council resolves to ask the relevant Cabinet Member to bring forward proposals within six months.")
    party = draft.pick(ENGLISH_PARTIES)
    draft.add(f"Proposed by: Councillor {proposer} ({party})\nSeconded by: Councillor {seconder}")


def _briefing_note(draft: Draft) -> None:
    committee = draft.fill(draft.pick(draft.area.committees))
    unit = draft.fill(draft.pick(draft.area.units))
    subject = draft.fill(draft.pick(draft.area.subjects))
    author = _name(draft)
    draft.truth.update(
        title=subject, author_unit=unit, addressees=[committee], case_handler=author, date=draft.issued.isoformat()
    )
    draft.add(draft.municipality.name)
    draft.add("Briefing Note" if draft.chance(0.6) else "BRIEFING NOTE")
    rows = [
        f"To: {committee}",
        f"From: {unit}",
        f"Author: {author}",
        f"Date: {english_date(draft.issued, draft.pick(('long', 'slashes')))}",
        f"Subject: {subject}",
    ]
    if draft.chance(0.35):
        draft.add(f"{rows[0]}\t{rows[3]}\n{rows[1]}\t{rows[2]}\n{rows[4]}")
    else:
        draft.add("\n".join(rows))
    draft.add(draft.sentences(draft.rng.randint(2, 4)))
    if draft.chance(0.5):
        draft.add(_event(draft))
        if draft.chance(0.6):
            deadline = draft.later(5, 20)
            draft.record_deadline(deadline, "Registration")
            draft.add(f"Members wishing to attend should register by {english_date(deadline)}.")
