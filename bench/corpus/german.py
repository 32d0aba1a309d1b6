"""German council papers: Mitteilungen, Beschlussvorlagen, Anträge, Beteiligungsschreiben, Vermerke."""

from __future__ import annotations

from .drafting import Draft, german_date, german_range, label, mail_name, person
from .vocabulary import GERMAN_FIRST, GERMAN_LAST, GERMAN_PARTIES, GERMAN_VENUES

KINDS = ("notice", "proposal", "motion", "hearing", "memo")
KIND_WEIGHTS = (30, 30, 15, 12, 13)

_ROLES = ("Kenntnisnahme", "Vorberatung", "Entscheidung", "Beratung")


def build(draft: Draft) -> None:
    """Write a German paper of ``draft.kind`` into ``draft``."""
    {
        "notice": _submission,
        "proposal": _submission,
        "motion": _motion,
        "hearing": _hearing,
        "memo": _memo,
    }[draft.kind](draft)


def _name(draft: Draft) -> str:
    return person(draft.rng, GERMAN_FIRST, GERMAN_LAST)


def _phone(draft: Draft) -> str:
    rng = draft.rng
    return f"0{rng.randint(200, 999)} {rng.randint(100, 999)}-{rng.randint(1000, 99999)}"


def _paper_number(draft: Draft, prefix: str = "") -> str:
    year = draft.issued.year
    style = draft.rng.random()
    if prefix:
        return f"{prefix}/{draft.rng.randint(1, 999):04d}/{year}"
    if style < 0.5:
        return f"{draft.rng.randint(100, 4999)}/{year}"
    if style < 0.8:
        return f"{year % 100:02d}/SVV/{draft.rng.randint(1, 999):04d}"
    return f"V/{year}/{draft.rng.randint(1, 9999):04d}"


def _garbled_header(draft: Draft) -> str:
    """Return a header row as a table-blind converter leaves it: label and date shredded by tabs."""
    day = german_date(draft.issued)
    pieces = [day[0], day[1:3], day[3:5], day[5:7], day[7:]]
    return "Vorlagen-Numr\tner " + "\t".join(pieces) + "\n\t_\t_\t_\t_\t\t_"


def _event(draft: Draft, *, future: bool) -> str:
    start = draft.later(20, 150) if future else draft.later(-120, -5)
    span = draft.pick((0, 0, 0, 1, 2))
    end = start.fromordinal(start.toordinal() + span)
    name = draft.area.events[draft.rng.randrange(len(draft.area.events))].format(
        town=draft.municipality.town, year=start.year
    )
    town = draft.municipality.town
    venue = draft.pick(GERMAN_VENUES)
    place, place_name = draft.pick(
        (
            (f"im Rathaus {town}", f"Rathaus {town}"),
            (f"in der Volkshochschule {town}", f"Volkshochschule {town}"),
            (f"in {venue}", venue),
        )
    )
    draft.record_event(name, place_name, start, end)
    when = german_range(start, end) if span else f"am {german_date(start, draft.pick(('dots', 'long')))}"
    if future:
        return f"Die Veranstaltung „{name}“ findet {when} {place} statt."
    return f"Die Veranstaltung „{name}“ fand {when} {place} statt. Die Ergebnisse liegen der Verwaltung vor."


def _attachments(draft: Draft) -> str:
    titles = list(draft.area.attachments)
    draft.rng.shuffle(titles)
    chosen = titles[: draft.rng.randint(1, 3)]
    draft.truth["attachments"].extend(chosen)
    if draft.chance(0.5):
        return "Anlagen:\n" + "\n".join(f"Anlage {number}: {title}" for number, title in enumerate(chosen, start=1))
    return "Anlage(n)\n" + "\n".join(f"{number}. {title}" for number, title in enumerate(chosen, start=1))


def _consultation_table(draft: Draft, bodies: list[str]) -> str:
    day = draft.later(5, 20)
    rows = []
    date_first = draft.chance(0.4)
    with_role = draft.chance(0.4)
    for body in bodies:
        draft.record_consultation(body, day)
        cells = [german_date(day), body] if date_first else [body, german_date(day)]
        if with_role:
            cells.append(draft.pick(_ROLES))
        rows.append("\t".join(cells))
        day = day.fromordinal(day.toordinal() + draft.rng.randint(7, 30))
        while day.weekday() >= 5:
            day = day.fromordinal(day.toordinal() + 1)
    header = ["Datum der Sitzung" if date_first else "Gremium", "Gremium" if date_first else "Datum"]
    if with_role:
        header.append("Zuständigkeit")
    return draft.pick(("Beratungsfolge:", "Beratungsfolge", "**Beratungsfolge**")) + "\n\n" + "\t".join(header) + "\n" + "\n".join(rows)


def _submission(draft: Draft) -> None:
    notice = draft.kind == "notice"
    subject = draft.fill(draft.pick(draft.area.subjects))
    unit = draft.fill(draft.pick(draft.area.units))
    paper = _paper_number(draft)
    bodies = [draft.fill(committee) for committee in draft.area.committees[: draft.rng.randint(1, 2)]]
    if not notice or draft.chance(0.4):
        bodies.append(draft.municipality.council)
    draft.truth.update(title=subject, author_unit=unit, addressees=list(bodies), date=draft.issued.isoformat())
    draft.truth["references"]["paper"] = paper
    top = []
    if draft.chance(0.6):
        top.append(f"{draft.municipality.name}\n{draft.pick(('Der Oberbürgermeister', 'Die Oberbürgermeisterin', 'Der Bürgermeister'))}")
    number_label = draft.pick(("Vorlagen-Nummer", "Vorlagen-Nr.:", "Drucksache Nr.", "DS Nr.:"))
    if draft.chance(0.1):
        top.append(_garbled_header(draft))
        top.append(paper)
    else:
        top.append(label(draft, number_label, paper))
    top.append("Mitteilung" if notice else draft.pick(("Beschlussvorlage", "Beschlussvorlage der Verwaltung")))
    if draft.chance(0.75):
        public = draft.chance(0.85)
        draft.truth["public"] = public
        top.append(draft.pick(("öffentlich", "öffentlicher Teil", "Öffentlichkeitsstatus: öffentlich")) if public else "nichtöffentlich")
    subject_block = draft.pick((f"Betreff:\n{subject}", f"Betreff: {subject}", f"**{subject}**"))
    if not top[0].startswith(draft.municipality.name) and draft.chance(0.4):
        # Some council systems print the subject above the paper number and status.
        draft.add(subject_block if subject_block.startswith("Betreff") else f"Betreff:\n{subject}", *top)
    else:
        draft.add(*top, subject_block)
    date_label = draft.pick(("Erstellungsdatum", "Datum:", "Datum"))
    draft.add(label(draft, date_label, german_date(draft.issued)))
    draft.add(f"{draft.pick(('Einreicher:', 'Federführend:', 'Federführendes Amt:'))} {unit}")
    handler = None
    if draft.chance(0.4):
        handler = _name(draft)
        draft.truth["case_handler"] = handler
        draft.add(f"{draft.pick(('Sachbearbeitung:', 'Sachbearbeiter/in:'))} {handler}")
    draft.add(_consultation_table(draft, bodies))
    if notice:
        draft.add(draft.pick(("Inhalt der Mitteilung:", "Sachdarstellung", "Mitteilung der Verwaltung:")))
    else:
        draft.add(
            draft.pick(("Beschlussvorschlag:", "Beschlussentwurf:")),
            f"Der vorgelegte Entwurf „{subject}“ wird beschlossen. Die Verwaltung wird mit der Umsetzung beauftragt.",
        )
        draft.add(draft.pick(("Begründung:", "Begründung")))
    draft.add(draft.sentences(draft.rng.randint(2, 4)))
    if draft.chance(0.5):
        draft.add(_event(draft, future=draft.chance(0.5)))
    draft.add(draft.sentences(draft.rng.randint(1, 2)))
    if draft.chance(0.3):
        deadline = draft.later(14, 40)
        draft.record_deadline(deadline, "Rückmeldung der Fraktionen")
        draft.add(f"Die Fraktionen werden gebeten, Rückmeldungen bis zum {german_date(deadline)} an das {unit} zu geben.")
    if draft.chance(0.5):
        draft.add(_attachments(draft))
    signer = draft.pick(GERMAN_LAST) if draft.chance(0.5) else _name(draft)
    draft.truth["signatories"] = [signer]
    draft.add(draft.pick((f"Gez. {signer}", f"gez. {signer}", f"In Vertretung\n\n{signer}")))
    if not top[0].startswith(draft.municipality.name):
        draft.add(f"{draft.municipality.name} · {unit}")
    if handler and draft.chance(0.5):
        phone = _phone(draft)
        email = f"{mail_name(handler)}@{draft.municipality.domain}"
        draft.truth["phones"].append(phone)
        draft.truth["emails"].append(email)
        draft.add(f"Telefon: {phone}\nE-Mail: {email}")


def _motion(draft: Draft) -> None:
    party = draft.pick(GERMAN_PARTIES)
    committee = draft.fill(draft.pick(draft.area.committees))
    subject = draft.fill(draft.pick(draft.area.subjects))
    paper = _paper_number(draft, prefix=draft.pick(("AN", "A")))
    meeting = draft.later(10, 40)
    signers = [_name(draft) for _ in range(draft.rng.randint(1, 2))]
    kind_word = draft.pick(("Antrag", "Änderungsantrag", "Dringlichkeitsantrag"))
    draft.truth.update(title=subject, signatories=signers, addressees=[committee], date=draft.issued.isoformat())
    draft.truth["references"]["paper"] = paper
    draft.record_consultation(committee, meeting)
    draft.add(f"{party}\nim {draft.municipality.council}" if draft.chance(0.6) else party)
    draft.add(f"An den Vorsitz\n{committee}")
    draft.add(f"{draft.municipality.town}, {german_date(draft.issued, draft.pick(('dots', 'long')))}")
    draft.add(f"{kind_word} zur Sitzung am {german_date(meeting)}\nGremium: {committee}")
    draft.add(label(draft, "Vorlagen-Nr.", paper))
    draft.add(f"Betreff: {subject}")
    draft.add(
        "Das Gremium möge beschließen:",
        f"Die Verwaltung wird beauftragt, ein Konzept zum Thema „{subject}“ vorzulegen.",
    )
    draft.add("Begründung:", draft.sentences(draft.rng.randint(2, 4)))
    draft.add("\n".join(f"gez. {signer}" for signer in signers) if draft.chance(0.6) else "\n".join(signers))
    draft.add(f"{draft.municipality.name}")


def _hearing(draft: Draft) -> None:
    subject = draft.fill(draft.pick(draft.area.subjects))
    unit = draft.fill(draft.pick(draft.area.units))
    case = f"{draft.rng.randint(10, 69)}-{draft.rng.randint(1, 99):02d}-{draft.rng.randint(1, 99):02d}/{draft.issued.year}"
    handler = _name(draft)
    deadline = draft.later(21, 56)
    email = f"{mail_name(handler)}@{draft.municipality.domain}"
    phone = _phone(draft)
    title = draft.pick((f"Beteiligung zum Entwurf „{subject}“", f"Anhörung: {subject}"))
    draft.truth.update(
        title=title,
        author_unit=unit,
        case_handler=handler,
        date=draft.issued.isoformat(),
        signatories=[handler],
        emails=[email],
        phones=[phone],
    )
    draft.truth["references"]["case"] = case
    draft.record_deadline(deadline, f"Stellungnahme zum Entwurf {subject}")
    draft.add(f"{draft.municipality.name}\n{unit}\n{draft.municipality.address}")
    draft.add("\n".join(
        [
            f"Aktenzeichen: {case}" if draft.chance(0.5) else f"Az.: {case}",
            f"Ansprechpartner/in: {handler}" if draft.chance(0.5) else f"Sachbearbeiter/in: {handler}",
            f"Telefon: {phone}",
            f"E-Mail: {email}",
            f"Datum: {german_date(draft.issued)}",
        ]
    ))
    draft.add(title)
    draft.add("Sehr geehrte Damen und Herren,")
    draft.add(f"die {draft.municipality.name} hat den Entwurf erarbeitet und beteiligt hiermit die Träger öffentlicher Belange. " + draft.sentences(2))
    when = german_date(deadline, draft.pick(("dots", "long")))
    draft.add(
        draft.pick(
            (
                f"Wir bitten um Ihre Stellungnahme bis zum {when}.",
                f"Stellungnahmen werden bis spätestens {when} per E-Mail erbeten.",
                f"Bitte senden Sie Ihre Stellungnahme bis {when} an die oben genannte Adresse.",
            )
        )
    )
    draft.add("Mit freundlichen Grüßen", f"Im Auftrag\n\n{handler}")


def _memo(draft: Draft) -> None:
    committee = draft.fill(draft.pick(draft.area.committees))
    unit = draft.fill(draft.pick(draft.area.units))
    subject = draft.fill(draft.pick(draft.area.subjects))
    case = f"{draft.rng.randint(10, 69)}.{draft.rng.randint(1, 9)}-{draft.issued.year}"
    draft.truth.update(title=subject, author_unit=unit, addressees=[committee], date=draft.issued.isoformat())
    draft.truth["references"]["case"] = case
    draft.add(draft.municipality.name)
    draft.add("Vermerk" if draft.chance(0.6) else "VERMERK")
    lines = [f"Von: {unit}", f"An: {committee}", f"Datum: {german_date(draft.issued)}", f"Az.: {case}"]
    if draft.chance(0.4):
        draft.add(f"{lines[0]}\t{lines[2]}\n{lines[1]}\t{lines[3]}")
    else:
        draft.add("\n".join(lines))
    draft.add(f"Betreff: {subject}")
    draft.add(draft.sentences(draft.rng.randint(2, 4)))
    if draft.chance(0.5):
        draft.add(_event(draft, future=True))
        if draft.chance(0.6):
            deadline = draft.later(5, 18)
            draft.record_deadline(deadline, "Anmeldung zur Veranstaltung")
            draft.add(f"Anmeldungen werden bis zum {german_date(deadline)} erbeten.")
    signer = _name(draft)
    draft.truth["signatories"] = [signer]
    draft.add(signer)
