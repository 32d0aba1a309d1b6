"""Danish council papers: notater, dagsordenspunkter, høringsbreve, orienteringer, medlemsforslag."""

from __future__ import annotations

from .drafting import (
    Draft,
    danish_date,
    danish_range,
    initials_mailbox,
    label,
    person,
)
from .vocabulary import DANISH_FIRST, DANISH_LAST, DANISH_PARTIES, FOREIGN_VENUES

KINDS = ("memo", "agenda_item", "hearing", "notice", "motion", "proposal")
KIND_WEIGHTS = (22, 26, 16, 14, 10, 12)


def build(draft: Draft) -> None:
    """Write a Danish paper of ``draft.kind`` into ``draft``."""
    {
        "memo": _memo,
        "agenda_item": _agenda_item,
        "hearing": _hearing,
        "notice": _notice,
        "motion": _motion,
        "proposal": _proposal,
    }[draft.kind](draft)


def _name(draft: Draft) -> str:
    return person(draft.rng, DANISH_FIRST, DANISH_LAST)


def _phone(draft: Draft) -> str:
    rng = draft.rng
    if rng.random() < 0.5:
        return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"{rng.randint(2000, 9999)} {rng.randint(1000, 9999)}"


def _email(draft: Draft) -> str:
    department = draft.pick(("bif", "tmf", "buf", "suf", "kff", "okf", ""))
    domain = draft.municipality.domain
    return f"{initials_mailbox(draft.rng)}@{department + '.' if department else ''}{domain}"


def _case(draft: Draft) -> str:
    year = draft.issued.year
    if draft.chance(0.75):
        return f"{year}-{draft.rng.randint(1000, 999999)}"
    return f"{year % 100:02d}/{draft.rng.randint(100, 99999)}"


def _document_number(draft: Draft) -> str:
    return f"{draft.issued.year}-{draft.rng.randint(10000, 999999)}"


def _broken(draft: Draft, text: str, probability: float) -> str:
    """Break a name of three or more words over two lines now and then, as narrow text boxes do."""
    words = text.split(" ")
    if len(words) < 3 or not draft.chance(probability):
        return text
    cut = len(words) - 1
    return " ".join(words[:cut]) + "\n" + words[cut]


def _heading(draft: Draft, text: str) -> str:
    style = draft.rng.random()
    if style < 0.2:
        return f"**{text}**"
    if style < 0.3:
        return text.upper()
    return text


def _date_style(draft: Draft) -> str:
    return draft.pick(("long", "long", "dash", "dots"))


def _subject(draft: Draft) -> str:
    return draft.fill(draft.pick(draft.area.subjects))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _event(draft: Draft, *, future: bool = True) -> tuple[str, str, str]:
    """Record an event and return its name, place and the phrase dating it."""
    start = draft.later(30, 140) if future else draft.later(-90, -10)
    span = draft.pick((0, 0, 1, 2))
    end = start.fromordinal(start.toordinal() + span)
    name = draft.area.events[draft.rng.randrange(len(draft.area.events))].format(
        town=draft.municipality.town, year=start.year
    )
    place = draft.pick(FOREIGN_VENUES) if draft.chance(0.6) else draft.municipality.town
    draft.record_event(name, place, start, end)
    when = danish_range(start, end) if span else f"den {danish_date(start)}"
    return name, place, when


def _attachments(draft: Draft, count: int) -> str:
    titles = list(draft.area.attachments)
    draft.rng.shuffle(titles)
    chosen = titles[:count]
    draft.truth["attachments"].extend(chosen)
    heading = draft.pick(("Bilag", "BILAG", "Bilag:", "**Bilag**"))
    return heading + "\n" + "\n".join(f"{number}. {title}" for number, title in enumerate(chosen, start=1))


def _contact_block(draft: Draft, office: str) -> str:
    phone = _phone(draft)
    email = _email(draft)
    draft.truth["phones"].append(phone)
    draft.truth["emails"].append(email)
    phone_label = draft.pick(("Telefon", "Mobil", "Direkte telefon", "Tlf."))
    office_line = _broken(draft, office, 0.25)
    if draft.chance(0.4):
        office_line = f"**{office_line}**"
    return f"{office_line}\n{draft.municipality.address}\n\n{phone_label}\n{phone}\n\nE-mail\n{email}"


def _memo(draft: Draft) -> None:
    committee = draft.fill(draft.pick(draft.area.committees))
    office = draft.fill(draft.pick(draft.area.offices))
    handler = _name(draft)
    case = _case(draft)
    document = _document_number(draft)
    draft.truth.update(
        date=draft.issued.isoformat(),
        addressees=[committee],
        case_handler=handler,
        author_unit=office,
    )
    draft.truth["references"].update(case=case, document=document)
    with_event = draft.chance(0.55)
    if with_event:
        name, place, when = _event(draft)
        title = f"{committee} inviteres til {name} i {place} {when.removeprefix('den ')}"
    else:
        title = _subject(draft)
    draft.truth["title"] = title
    case_label = draft.pick(("Sagsnr.", "Sagsnr.:", "Sags nr.", "J.nr."))
    document_label = draft.pick(("Dokumentnr.", "Dok.nr.", "Dokument nr."))
    header = [
        f"Til: {committee}" if draft.chance(0.8) else f"Til {committee}",
        danish_date(draft.issued, _date_style(draft)),
        title,
    ]
    if draft.chance(0.3):
        header[1] = "Dato: " + header[1]
    if draft.chance(0.3):
        header[0], header[1] = header[1], header[0]
    if draft.chance(0.5):
        draft.add(draft.municipality.name)
    draft.add(*header)
    draft.add(label(draft, case_label, case))
    draft.add(draft.sentences(draft.rng.randint(2, 3)))
    if with_event:
        draft.add(
            f"{name} finder sted i {place} {when}. Konferencen samler politikere, forskere og praktikere fra en række europæiske byer."
        )
    draft.add(label(draft, document_label, document))
    draft.add(f"{draft.pick(('Sagsbehandler', 'Sagsbeh.'))}\n{_broken(draft, handler, 0.2)}")
    if draft.chance(0.5):
        draft.add(_heading(draft, draft.pick(("Baggrund", "Hvad er fokus?", "Indhold"))))
    draft.add(draft.sentences(draft.rng.randint(2, 4)))
    contact = _contact_block(draft, office)
    if draft.municipality.name not in draft.blocks[0]:
        contact = contact.replace(draft.municipality.address, f"{draft.municipality.name}\n{draft.municipality.address}")
    draft.add(contact)
    if with_event:
        deadline = draft.later(7, 25)
        purpose = f"Tilmelding til {name}"
        draft.record_deadline(deadline, purpose)
        draft.add(_heading(draft, "Tilmelding og videre proces"))
        draft.add(
            f"Endelig tilmelding skal være modtaget senest {danish_date(deadline)} til ledelsessekretariatet."
            if draft.chance(0.5)
            else f"Udvalgets medlemmer bedes tilmelde sig senest den {danish_date(deadline)}."
        )
    if draft.chance(0.4):
        draft.add(_attachments(draft, draft.rng.randint(1, 2)))


def _agenda_item(draft: Draft) -> None:
    committee = draft.fill(draft.pick(draft.area.committees))
    unit = draft.fill(draft.pick(draft.area.units))
    council = draft.municipality.council
    number = draft.rng.randint(1, 40)
    case = _case(draft)
    title = _subject(draft)
    draft.truth.update(title=title, author_unit=unit, addressees=[committee])
    draft.truth["references"].update(case=case, agenda_item=str(number))
    draft.add(f"{number}. {title} ({case})" if draft.chance(0.7) else f"{number}. {title}\n\nSagsnr. {case}")
    if draft.chance(0.35):
        is_public = draft.chance(0.8)
        draft.truth["public"] = is_public
        draft.add("Åbent punkt" if is_public else "Lukket punkt")
    draft.add(_heading(draft, draft.pick(("Indstilling og beslutning", "INDSTILLING OG BESLUTNING", "Indstilling"))))
    subject = _lower_first(title)
    recommendations = [
        f"1. at {committee} over for {council} anbefaler, at {draft.municipality.name} godkender {subject}",
        f"2. at {committee} tager orienteringen om den videre proces til efterretning",
    ]
    draft.add(f"{unit} indstiller,", "\n".join(recommendations[: draft.rng.randint(1, 2)]))
    draft.add(_heading(draft, "Problemstilling"), draft.sentences(draft.rng.randint(2, 3)))
    draft.add(_heading(draft, "Løsning"), draft.sentences(draft.rng.randint(1, 3)))
    if draft.chance(0.6):
        draft.add(_heading(draft, "Økonomi"), "Indstillingen har ingen økonomiske konsekvenser for kommunen.")
    draft.add(_heading(draft, draft.pick(("Videre proces", "Videre PROCES", "Den videre proces"))))
    steps = []
    if draft.chance(0.35) and council != "Økonomiudvalget":
        first = draft.later(7, 30)
        draft.record_consultation("Økonomiudvalget", first)
        steps.append(f"Sagen behandles i Økonomiudvalget den {danish_date(first)}")
    meeting = draft.later(35, 70)
    draft.record_consultation(council, meeting)
    if steps:
        steps.append(f"og forelægges herefter {council} den {danish_date(meeting)}.")
        draft.add(" ".join(steps))
    else:
        draft.add(f"Indstillingen forelægges {council} den {danish_date(meeting)}.")
    if draft.chance(0.3):
        name, place, when = _event(draft)
        draft.add(f"Borgmesteren deltager i {name} i {place} {when}.")
    if draft.chance(0.7):
        draft.add(_attachments(draft, draft.rng.randint(1, 3)))
    signers = [_name(draft), _name(draft)]
    draft.truth["signatories"] = signers
    draft.add(signers[0], f"/ {signers[1]}")


def _hearing(draft: Draft) -> None:
    subject = _subject(draft)
    title = draft.pick(
        (
            f"Høring om {_lower_first(subject)}",
            f"Giv jeres bidrag til {_lower_first(subject)}",
            f"Høringsbrev: {subject}",
        )
    )
    case = _case(draft)
    document = _document_number(draft)
    deadline = draft.later(21, 60)
    mailbox = _email(draft)
    signer = _name(draft)
    draft.truth.update(title=title, date=draft.issued.isoformat(), signatories=[signer])
    draft.truth["references"].update(case=case, document=document)
    draft.truth["emails"].append(mailbox)
    draft.record_deadline(deadline, f"Høringssvar om {_lower_first(subject)}")
    header = [
        f"Dato: {danish_date(draft.issued, _date_style(draft))}",
        f"Sagsnr.: {case}",
        f"{draft.pick(('Dok.nr.:', 'Dokumentnr.:'))} {document}",
    ]
    if draft.chance(0.3):
        draft.add("\t".join(header))
    else:
        draft.add(*header)
    if draft.chance(0.4):
        party = draft.pick(("Handicaprådet", "Ældrerådet", "Integrationsrådet", "Lokaludvalgene"))
        draft.truth["addressees"] = [party]
        draft.add(f"Til: {party}")
    draft.add(title)
    draft.add(
        f"{draft.municipality.name} har udarbejdet et udkast, og vi vil gerne høre jeres mening. "
        + draft.sentences(2)
    )
    when = danish_date(deadline)
    draft.add(
        draft.pick(
            (
                f"Send jeres skriftlige høringssvar til {mailbox} senest d. {when}.",
                f"Høringssvar skal være modtaget senest den {when} på {mailbox}.",
                f"Vi skal have jeres bemærkninger senest {when}. Skriv til {mailbox}.",
            )
        )
    )
    draft.add("Alle kommentarer og forslag til rettelser er velkomne. " + draft.sentences(1))
    draft.add(draft.pick(("Venlig hilsen", "Med venlig hilsen")))
    phone = _phone(draft)
    general = f"{draft.pick(('borgmester', 'post', 'kontakt'))}@{draft.municipality.domain}"
    draft.truth["phones"].append(phone)
    draft.truth["emails"].append(general)
    draft.add(draft.municipality.address, f"Telefon\n{phone}", f"E-mail\n{general}")
    if draft.chance(0.5):
        site = f"www.{draft.municipality.domain}"
        draft.truth["urls"].append(site)
        draft.add(site)
    if draft.chance(0.5):
        draft.add(f"Side 2 af 2\n{signer}")
    else:
        draft.add(f"{signer}\n{draft.pick(('Borgmester', 'Rådmand', 'Direktør'))}")


def _notice(draft: Draft) -> None:
    committee = draft.fill(draft.pick(draft.area.committees))
    unit = draft.fill(draft.pick(draft.area.units))
    subject = _subject(draft)
    title = draft.pick((f"Orientering om {_lower_first(subject)}", subject))
    draft.truth.update(title=title, author_unit=unit, addressees=[committee], date=draft.issued.isoformat())
    draft.add(f"{draft.municipality.name}\n{unit}")
    draft.add(f"{draft.pick(('Meddelelse til', 'Orientering til', 'Til:'))} {committee}")
    draft.add(danish_date(draft.issued, _date_style(draft)))
    draft.add(_heading(draft, title))
    draft.add(draft.sentences(draft.rng.randint(2, 4)))
    if draft.chance(0.5):
        name, place, when = _event(draft, future=False)
        draft.add(f"{name} blev afholdt i {place} {when}. Udvalget orienteres hermed om resultaterne.")
    draft.add("Orienteringen giver ikke anledning til beslutninger.")
    signer = _name(draft)
    draft.truth["signatories"] = [signer]
    draft.add(f"Med venlig hilsen\n\n{signer}\n{draft.pick(('Direktør', 'Kontorchef', 'Centerchef'))}")


def _motion(draft: Draft) -> None:
    council = draft.municipality.council
    subject = _subject(draft)
    title = f"Medlemsforslag om {_lower_first(subject)}"
    proposers = [_name(draft) for _ in range(draft.rng.randint(1, 2))]
    party = draft.pick(DANISH_PARTIES)
    meeting = draft.later(14, 45)
    draft.truth.update(title=title, signatories=proposers, addressees=[council], date=draft.issued.isoformat())
    draft.record_consultation(council, meeting)
    draft.add(title)
    draft.add(label(draft, "Dato", danish_date(draft.issued, _date_style(draft))))
    draft.add(f"Forslagsstiller{'e' if len(proposers) > 1 else ''}: {' og '.join(proposers)} ({party})")
    draft.add(f"Forslaget ønskes behandlet på mødet i {council} den {danish_date(meeting)}.")
    draft.add(_heading(draft, "Forslag"))
    draft.add(f"Det foreslås, at {draft.municipality.name} igangsætter arbejdet med {_lower_first(subject)}.")
    draft.add(_heading(draft, "Motivering"), draft.sentences(draft.rng.randint(2, 4)))


def _proposal(draft: Draft) -> None:
    committee = draft.fill(draft.pick(draft.area.committees))
    unit = draft.fill(draft.pick(draft.area.units))
    handler = _name(draft)
    subject = _subject(draft)
    title = subject
    case = _case(draft)
    draft.truth.update(title=title, author_unit=unit, addressees=[committee], case_handler=handler, date=draft.issued.isoformat())
    draft.truth["references"]["case"] = case
    lines = [
        f"Indstilling til {committee}",
        f"Fra: {unit}",
        f"Dato: {danish_date(draft.issued, _date_style(draft))}",
        f"Sagsnr.: {case}",
        f"Sagsbehandler: {handler}",
    ]
    if draft.chance(0.35):
        draft.add(f"{draft.municipality.name}\t{lines[2]}\t{lines[3]}", lines[0], lines[1], lines[4])
    else:
        draft.add(draft.municipality.name, "\n".join(lines))
    draft.add(_heading(draft, title))
    draft.add(
        _heading(draft, "Indstilling"),
        f"{unit} indstiller, at {committee} godkender {_lower_first(subject)}.",
    )
    draft.add(_heading(draft, "Sagsfremstilling"), draft.sentences(draft.rng.randint(2, 4)))
    meeting = draft.later(20, 60)
    draft.record_consultation(draft.municipality.council, meeting)
    draft.add(f"Sagen forelægges {draft.municipality.council} den {danish_date(meeting)}.")
    if draft.chance(0.5):
        deadline = draft.later(10, 19)
        draft.record_deadline(deadline, "Bemærkninger fra udvalgets medlemmer")
        draft.add(f"Eventuelle bemærkninger skal sendes til sekretariatet senest den {danish_date(deadline)}.")
    if draft.chance(0.5):
        draft.add(_attachments(draft, draft.rng.randint(1, 3)))
