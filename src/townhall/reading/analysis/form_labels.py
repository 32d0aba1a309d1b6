"""The labels a paper's form prints, in Danish, German and English, and what each one introduces.

:mod:`forms` reads the fields of a form and names what each holds (its *key*) from this lexicon.
"""

from __future__ import annotations

#: A genre word as a label names the subject after it ("Antrag: Beleuchtung am See"), but only
#: with its value on the same line: standing alone it is the paper's heading.
GENRE_LABELS = (
    "Antrag", "Anfrage", "Mitteilung", "Stellungnahme", "Empfehlung", "Motion", "Question", "Beslutningsforslag",
    "Medlemsforslag", "Forslag", "Spørgsmål",
)

#: Label lexicon: what a field holds -> the labels that introduce it (da, de, en). Labels are
#: compared casefolded, without their colon, full stops, hyphens and gender suffixes.
LABELS: dict[str, tuple[str, ...]] = {
    "subject": (
        "Betreff", "Betr", "Gegenstand", "Titel", "Bezeichnung", "Thema", "Vedr", "Vedrørende", "Emne", "Overskrift",
        "Sagens titel", "Subject", "Title", "Report title", "Re", "Decision title", "Title of report", "Matter",
        "Subject matter", "Title of decision", "Subject matter / title of decision", "Amendment name", "Motion title", "Name of motion", "Question title", "Petition title", "Title of petition", "Vorhaben", "Maßnahme",
        # Austrian and Swiss papers label their subject "betreffend:" (or "betrifft:").
        "Betreffend", "Betrifft",
        # a reply names what it answers: "Høringssvar: Forslag til Trafiksikkerhedsplan 2026-2030"
        "Høringssvar", "Consultation response",
        *GENRE_LABELS,
    ),
    "paper": (
        "Vorlage Nr", "Vorlagen Nr", "Vorlagennr", "Vorlagennummer", "Vorlagen Nummer", "Drucksache",
        "Drucksachen Nr", "Drucksache Nr", "Drucksachennummer", "Drucksachennr", "DS Nr", "Ds Nr", "DS", "Beschlussvorlage Nr",
        "Antrag Nr", "Antragsnummer", "Anfrage Nr", "Mitteilung Nr", "Vorlagen ID", "Sitzungsvorlage Nr", "Report reference",
        "Report ref", "Decision No", "Decision number", "Decision reference", "Key decision reference", "Forslag nr",
        "Amendment number", "Amendment no", "Motion number", "Motion no",
        # Legistar's legislative file, a Swiss council's business number, an Ontario report number.
        "File #", "Geschäft Nr", "Geschäfts Nr", "Geschäftsnummer", "Report number", "Report no",
        # A Dutch-style council proposal's registration number (also in English translation).
        "Registration number", "Registration no", "Registratienummer",
        # An English council's forward plan numbers the key decisions it announces.
        "Forward plan reference", "Forward plan ref", "Forward plan no", "Forward plan number",
    ),
    "case": (
        "Aktenzeichen", "Az", "AZ", "Gz", "Geschäftszeichen", "Unser Zeichen", "Sagsnr", "Sags nr", "Jeres sagsnr", "Deres sagsnr", "Sagsnummer", "Sag nr", "Sag", "Sags id",
        "J nr", "Jnr", "Journalnr", "Journal nr", "Journalnummer", "Case no", "Case number", "Case ref", "File ref",
        "File reference", "Our ref", "Reference", "Zahl", "Zl", "Geschäftszahl", "Aktenzahl",
        # Australian and New Zealand councils file a report under its records number.
        "File number", "File no", "Trim reference", "Record number",
        # Nordic registry numbers: Swedish diarienummer, Norwegian saksnummer and arkivsak.
        "Dnr", "Diarienr", "Diarienummer", "Saksnr", "Arkivsak", "Arkivsaksnr",
    ),
    "document": ("Dok nr", "Doknr", "Dokumentnr", "Dokumentnummer", "Dokument nr", "Doc no", "Document no", "Document number"),
    "author_unit": (
        "Dienststelle", "Federführende Dienststelle", "Federführend", "Federführung", "Einreicher", "Einbringer", "Amt",
        "Fachbereich", "Fachamt", "Dezernat", "Organisationseinheit", "Verfasser", "Verfasserin", "Absender", "Verantwortlich",
        "Verantwortlich für die Umsetzung", "Zuständig", "Forvaltning", "Afdeling", "Enhed", "Center", "Fra", "Afsender",
        "From", "Report of", "Report from", "Report by", "Directorate", "Department", "Service", "Service area",
        "Originating Department", "Originating Dept", "Submitting Department", "Responsible Department",
        "Responsible officer", "Reporting officer", "Submitted by", "Vorgelegt von", "Von", "Zuständiges Referat", "Zuständige Dienststelle",
        "Federführendes Referat", "Antragsteller", "Antragstellerin", "Initiator", "Fraktion", "Sachgebiet", "Fachdienst",
        # Council web systems' motion forms: the groups or members who put the motion.
        "Gestellt von", "Eingereicht von", "Eingebracht von",
        # The responsible unit beside the responsible person ("Ansvarlig enhed: Byg, Plan og Erhverv").
        "Ansvarlig enhed", "Ansvarlig afdeling", "Ansvarligt center", "Ansvarlig forvaltning",
        # ... and the unit answerable for the case ("Sagsansvarlig enhed: Dagtilbud og Familie").
        "Sagsansvarlig enhed", "Sagsansvarlig afdeling", "Sagsansvarlig forvaltning", "Sagsansvarligt center",
        # An application names the body that applies ("Ansøger: Hvidbjerg Lokalråd").
        "Ansøger", "Ansøgende forening", "Antragstellende Organisation",
        # German forms of associations and districts name the writing office's area ("Bereich: Technik und Netze").
        "Bereich", "Geschäftsbereich", "Organisationsbereich",
        # A delegation's or applicant's form names the group it speaks for ("Organization represented: …").
        "Organization represented", "Organisation represented", "Organization name", "Organisation name",
        "Name of organization", "Name of organisation", "Representing",
    ),
    "case_handler": (
        "Sachbearbeiter", "Sachbearbeitung", "Bearbeiter", "Bearbeitet von", "Ansprechpartner", "Auskunft", "Auskunft erteilt",
        "Sagsbehandler", "Saksbehandler", "Sagsbehandling", "Kontaktperson", "Kontakt", "Contact officer", "Contact", "Contact details",
        "Report author", "Author", "Lead officer", "Officer", "Ask for", "Enquiries to", "Enquiries",
        "Prepared by", "Report prepared by", "Written by", "Bearbeitung", "Sagsansvarlig", "Ansvarlig sagsbehandler",
        # Danish meeting systems print the item's responsible person as "Ansvarlig:" beside "Ansvarlig enhed:".
        "Ansvarlig",
    ),
    "addressee": (
        "Til", "An", "To", "Adressat", "Empfänger", "Modtager", "Modtagere", "Recipient", "Recipients", "Gremium", "Report to", "Beratungsgremium",
        "Decision to be taken by", "Entscheidungsgremium", "In control", "Prepared for", "Decision maker", "Decision taken by",
        "Decision made by",
    ),
    "genre": (
        "Typ", "Art der Vorlage", "Vorlagenart", "Vorlagentyp", "Dokumentart", "Dokumenttyp", "Vorgangsart", "Document type",
        "Paper type", "Sagstype", "Dokumenttype", "File type", "Item type", "Geschäftsart",
    ),
    "deadline": (
        "Frist", "Bearbeitungsfrist", "Bearbeitungs Frist", "Aktuelle Fristverlängerung", "Fristverlängerung",
        "Antwortfrist", "Deadline", "Response deadline", "Responses by", "Closing date", "Høringsfrist", "Svarfrist",
        "Frist for høringssvar", "Tilmeldingsfrist",
        # a cabinet decision notice: the last day members may call the decision in
        "Call-in expiry", "Call-in deadline", "Call in expiry", "Call-in period ends",
    ),
    "date": (
        "Datum", "Dato", "Date", "Report date", "Beschlossen am", "Date of report", "Erstellt am", "Erstellungsdatum", "Stand", "Freigabe",
        "Gestellt am", "Eingang", "Eingegangen", "Modtaget", "Modtaget den", "Udarbejdet", "Udarbejdet den", "Dated", "Date of issue", "Ausgabedatum",
        "Date of publication", "Publication date", "Date published", "Published", "Offentliggjort", "Veröffentlicht",
        # A US staff report is dated when it was prepared or written.
        "Date prepared", "Prepared on", "Date written", "Report prepared on",
        # A reply to a petition or a member's question is dated by its answer.
        "Date of response", "Response date", "Date of reply", "Date of answer",
        # A report dated apart from the visit or audit it reports ("Tilsynsdato" / "Rapportdato"), a proposal
        # dated when it was created on a council's platform.
        "Rapportdato", "Berichtsdatum", "Oprettet", "Oprettet den",
        # A request members hand in (a call-in, a petition) is dated by the day it was received.
        "Date received", "Date of receipt", "Received on", "Eingangsdatum", "Modtagelsesdato",
        # ... or by the day it was handed in or opened for signatures, an application by the day it was sent.
        "Petition start date", "Petition created on", "Date submitted", "Submitted on", "Submitted", "Indsendt", "Indsendt den",
        # A statutory notice is dated by the day it is announced.
        "Date of announcement", "Announcement date", "Date of notice",
    ),
    # A decision record without a date of its own is dated by its decision.
    "decision_date": (
        "Date of decision", "Decision date", "Date decision taken", "Date decision made", "Decision due date", "Decision due",
    ),
    "meeting": (
        "Sitzungstermin", "Sitzungsdatum", "Sitzung am", "Sitzung", "Termin", "Mødedato", "Mødetidspunkt", "Møde",
        "Mødedag", "Date of meeting", "Meeting date", "Meeting", "Beratung am", "Besprechung am", "Datum der Sitzung",
        "Agenda date", "Sitzung vom",
    ),
    "place": ("Ort", "Sitzungsort", "Raum", "Sitzungsraum", "Mødested", "Sted", "Lokale", "Venue", "Location", "Place"),
    "public": (
        "Status", "Classification", "Öffentlichkeitsstatus", "Öffentlichkeit", "Sitzungsart", "Vertraulichkeit",
        "Offentlighed", "Åben/lukket", "Exempt", "Access to information", "Is it exempt", "Is this exempt",
        "Exempt information", "Is the decision exempt",
    ),
    "route": (
        "Beratungsfolge", "Beratungsweg", "Behandlungsfolge", "Beratung", "Behandles i", "Behandles af", "Sagsprocedure",
        "Sagsgang", "Sagens gang", "Sagens forløb", "Til behandling", "Past pathway of report", "Future pathway of report", "Pathway",
        "Decision to be made by", "Forelægges", "Sagen forelægges", "Sagen behandles i", "Tidligere behandling", "Behandling", "Behandlingsforløb",
        "Vorberatung", "Consultees", "Consulted", "Previously considered by", "Considered by",
        # an English report's list of the meetings it goes through
        "Decision path", "Decision route", "Decision pathway", "Reporting path", "Reporting route",
        # a Swiss parliament's paper names the commission that prepares it for the plenary
        "Vorberatende Kommission", "Vorberatende Kommissionen",
    ),
    "proposer": (
        "Proposer", "Proposed by", "Seconder", "Seconded by", "Antragstellende",
        "Fragesteller", "Forslagsstiller", "Stillet af", "Mover",
    ),
    "attachments": (
        "Anlage", "Anlagen", "Bilag", "Bilagsliste", "Attachments", "Appendices", "Appendix", "Background documents",
        "Background papers", "Enclosures", "Enclosure", "Beilage", "Beilagen",
    ),
    "agenda_item": (
        "TOP", "Tagesordnungspunkt", "Punkt", "Pkt", "Dagsordenspunkt", "Agenda item", "Item", "Item no", "Item number", "Agenda #",
        "Agenda number", "Traktandum", "Traktandum Nr", "Trakt Nr",
    ),
    "electoral_division": ("Electoral division", "Electoral divisions", "Wards affected", "Ward", "Stadtbezirk", "Ortsteil"),
}
