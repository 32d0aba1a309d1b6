"""The words that name a paper's kind: the genre cues of the text, weighed by where they stand, and the form and
genre names a paper's heading gives (:mod:`kind` reads them).
"""

from __future__ import annotations

import re

from townhall.reading.analysis.genre_names import FURTHER_GENRES

_I = re.IGNORECASE | re.MULTILINE
# An executive body's Antrag to the assembly that decides is its proposal, not members' motion.
_EXECUTIVE_ANTRAG = (
    r"(?:Bericht und )?Antrag (?:des|der) (?:Gemeinderate?s|Stadtrate?s|Regierungsrate?s|Magistrats|Stadtsenate?s"
    r"|Gemeindevorstande?s|Kreisausschusses|Verwaltung)\b[^\n]{0,40}?\ban (?:den|die|das)\b"
)
# An extract of a body's record of its sittings: "Auszug aus dem Protokoll der Gemeinderatssitzung vom …", "Auszug aus
# dem Register der Beratungen", "Extract from the minutes", "Uddrag af beslutningsprotokollen". It is that record's
# minutes, however the item it carries was put ("Antrag des Gemeindevorstehers").
EXTRACT_OF_RECORD = (
    r"(?:Auszug aus (?:der Niederschrift|dem Protokoll|dem (?:Register|Verzeichnis) der (?:Beratungen|Beschlüsse|Sitzungen)"
    r"|dem Beschlussbuch)|Extract (?:from|of) the minutes|Niederschriftsauszug|Protokollauszug"
    r"|(?:Uddrag|Udskrift) af (?:beslutnings)?protokol(?:len)?|Udskrift af referat(?:et)?)"
)
# (kind, guard words, pattern, weight): a pattern is only searched when one of its guard words occurs
# in the lower-cased text, which is far cheaper than running every pattern over every paper.
_CUES: tuple[tuple[str, tuple[str, ...], re.Pattern, float], ...] = tuple(
    (kind, guards, re.compile(pattern, flags), weight)
    for kind, guards, pattern, weight, flags in (
        ("notice", ("mitteilung", "informationsvorlage"), r"\bMitteilung(?:svorlage)?\b|\bInformationsvorlage\b|\bInhalt der Mitteilung\b", 2.0, re.MULTILINE),
        ("notice", ("orientering", "meddelelse", "information", "briefing"), r"\b(?:til orientering|orientering om|meddelelse|information report|for information)\b|^\s*Orientering\s*$", 1.5, _I),
        ("notice", ("kenntnis", "efterretning", "to note"), r"\bnimmt (?:[\w ]+ )?zur Kenntnis\b|\btager orienteringen til efterretning\b|\bto note\b", 1.0, _I),
        ("notice", ("kenntnis", "note", "noting"), r"\(zur Kenntnis\)|\basked to note\b|\bto note the (?:contents|report|update)\b|\bfor noting\b", 3.0, _I),
        ("notice", ("informationsdrucksache",), r"\bInformationsdrucksache\b", 2.0, re.MULTILINE),
        ("notice", ("orientering", "orienteres"), r"\borienteringen giver ikke anledning til\b|\budvalget orienteres\b|\bsagen er til orientering\b|\bgives til orientering\b|\borienterer (?:hermed )?(?:udvalget|byrådet|kommunalbestyrelsen|borgerrepræsentationen)\b", 10.0, _I),
        ("proposal", ("beschluss", "dringlichkeitsvorlage"), r"\bBeschlussvorlage\b|\bBeschlussvorschlag\b|\bBeschlussentwurf\b|\bBeschlussantrag\b|\bDringlichkeitsvorlage\b", 2.0, re.MULTILINE),
        # An executive's proposal to the assembly that decides: "Antrag des Gemeinderates an die Gemeindeversammlung",
        # "Bericht und Antrag des Stadtrates an den Einwohnerrat", "Antrag des Magistrats an die Stadtverordnetenversammlung".
        ("proposal", ("antrag des", "antrag der"), rf"^\s*{_EXECUTIVE_ANTRAG}", 6.0, re.MULTILINE),
        ("proposal", ("indstiller",), r"\bindstiller,? at\b|\bindstiller\b", 2.0, _I),
        ("proposal", ("beslutningspunkter", "indstilling", "forslag til beslutning", "at "), r"^\s*(?:\d\.\s*)?(?:\w+s\s+)?(?:Beslutningspunkter|Indstilling|Forslag til beslutning)\s*:?\s*$|^\s*at (?:byrådet|borgerrepræsentationen|kommunalbestyrelsen|udvalget|økonomiudvalget) (?:godkender|beslutter|vedtager|tiltræder)\b", 1.5, _I),
        ("proposal", ("til",), r"^\s*Til:?\s.*(?:Byråd(?:et)?|Borgerrepræsentationen|Kommunalbestyrelsen)\b", 2.0, _I),
        ("proposal", ("report to", "item to", "recommend", "decision required"), r"\b(?:report|item) to:?[ \t]+(?:the )?(?:[\w ]{0,40} )?(?:cabinet|council|committee|executive|board)\b|\brecommendations?\b|\bit is recommended that\b|\bdecision required\b", 1.5, _I),
        # A recommendation worded as the resolution it asks for, its body's name over the lettered decisions:
        # "That the Local Board:" over "a) approve …", "That the Mayoral Committee recommends to Council:".
        ("proposal", ("that ",), r"^\s*That (?:the )?[A-Z][\w'’ -]{0,60}?\b(?:Council|Committee|Board|Cabinet|Commission|Panel)\b(?: recommends? to (?:the )?[A-Z][\w ]{0,40})?\s*:\s*$", 3.0, re.MULTILINE),
        # A paper put to a council for its views or its decision, as its head says: "For discussion on 9 June 2026".
        ("proposal", ("for discussion", "for decision", "advice sought"), r"^\s*For (?:discussion|decision)(?: (?:on|at) [^\n]{0,40})?\s*$|^\s*Advice sought\s*$", 3.0, _I),
        ("agenda_item", ("beslutning",), r"^\s*indstilling og beslutning\s*$|^\s*beslutning i [\wæøå-]+ den\b", 3.0, _I),
        ("agenda_item", (")",), r"^\s*\d{1,3}\.\s+\S.*\(\d{2,4}-\d{2,}\)\s*$", 4.0, re.MULTILINE),
        ("agenda_item", ("top", "tagesordnungspunkt", "dagsordenspunkt", "agenda item"), r"^\s*(?:TOP|Tagesordnungspunkt|Dagsordenspunkt|(?i:agenda item))\s*:?\s*[ÖN]?\s?\d", 2.5, re.MULTILINE),
        ("memo", ("til",), r"^\s*Til:?\s.*(?:udvalg|forvaltning|borgmester|rådmand|direktion|medlemmer)", 4.0, _I),
        ("memo", ("notat", "vermerk", "memo", "briefing"), r"^\s*(?:Notat|Vermerk|Aktenvermerk|Memorandum|Memo|Briefing)\s*:?\s*$", 3.0, _I),
        ("memo", ("notat",), r"\bnotat\b", 0.8, _I),
        ("memo", ("from", "fra", "von"), r"^\s*(?:To|Til|An)\s*:[^\n]+(?:\n[^\n]*){0,3}?\n\s*(?:From|Fra|Von)\s*:", 3.0, _I),
        ("hearing", ("høring", "giv "), r"\bhøring\w*\b|\bgiv (?:jeres|dit|din) (?:bidrag|mening)\b|\bhøringsfrist\b", 2.5, _I),
        ("hearing", ("anhörung", "beteiligung", "auslegung", "stellungnahme"), r"(?<!nach )\bAnhörung\b|\bBeteiligungsverfahren\b|\bÖffentlichkeitsbeteiligung\b|\bBeteiligung der Öffentlichkeit\b|\böffentliche Auslegung\b|\bStellungnahmen? [^.\n]{0,40}\bbis\b", 2.5, _I),
        ("hearing", ("consultation", "have your say", "respond by", "views on"), r"\bpublic consultation\b|\bconsultation (?:paper|document|response)\b|\bhave your say\b|\brespond by\b|\bviews on the draft\b", 2.5, _I),
        # a statutory notice of a planned development: "Submissions or observations … may be made … not later than …"
        ("hearing", ("submissions or observations", "notice of proposed"), r"\bsubmissions or observations\b|^\s*notice of proposed (?:development|works)\b", 2.5, _I | re.MULTILINE),
        ("hearing", ("consultation", "views", "comments"), r"^\s*Consultation on\b|\bseeking (?:your )?views\b|\bwelcome your (?:comments|views)\b|\bconsultation closes\b", 2.5, _I),
        ("motion", ("antrag", "anfrage"), r"^\s*(?:Antrag|Anfrage|Änderungsantrag|Dringlichkeitsantrag|Prüfantrag|Große Anfrage|Kleine Anfrage|Bürgerantrag|Einwohnerantrag)\b", 2.5, re.MULTILINE),
        ("motion", ("forslag", "motion", "fraktion"), r"\bMedlemsforslag\b|\bBeslutningsforslag fra\b|\bNotice of motion\b|\bMotion\b|\bFraktion\b|\bforslag fra (?:medlem|[A-ZÆØÅ]{1,2}\b)", 1.5, _I),
        ("motion", ("forslag", "antrag", "anfrage", "motion"), r"^\s*(?:Beslutningsforslag fra|Medlemsforslag fra|Antrag der|Anfrage der|Notice of motion|Motion from)\b", 3.5, re.MULTILINE),
        ("motion", ("forslag", "antrag", "anfrage", "motion"), r"^\s*(?:Punkt\s+|TOP\s+)?\d{1,3}\.?\s+(?:Medlemsforslag|Beslutningsforslag fra|Forslag fra|Antrag|Anfrage|Notice of motion|Motion)\b", 4.0, re.MULTILINE),
        # (a time in minutes, "limited to 10 minutes", "speak for five minutes", is no record)
        ("minutes", ("niederschrift", "protokol", "minutes"), r"\bNiederschrift\b|\bProtokoll\b|\bBeschlussprotokoll\b|\bbeslutningsprotokol\b|\bminutes of (?:the )?meeting\b|(?<!\d )(?<!five )(?<!ten )\bminutes\b", 2.0, _I),
        ("minutes", ("auszug", "uddrag", "extract"), rf"^\s*{EXTRACT_OF_RECORD}\b", 4.0, _I),
        ("minutes", ("referat", "protokol"), r"^\s*(?:Referat|Beslutningsprotokol|Protokol)\s*$", 2.0, re.MULTILINE),
        ("minutes", ("anwesend", "til stede", "fraværende", "afbud", "present", "apologies", "abwesend", "entschuldigt"), r"^\s*(?:Anwesend|Til stede|Fraværende|Afbud|Present|Apologies|Abwesend|Entschuldigt)\s*:?", 2.0, _I),
        ("agenda", ("tagesordnung", "einladung", "dagsorden", "agenda", "notice of meeting"), r"^\s*(?:Tagesordnung|Einladung|Dagsorden|Agenda(?! item)|Notice of meeting)\b", 2.0, _I),
        # A notice convening a meeting or assembly and the business it is called for: "Notice is hereby given that an
        # Assembly of the Electors … will be held … for the following purposes:", "… to transact the following business".
        ("agenda", ("hereby given", "following business", "following purpose", "following articles"), r"\bnotice is hereby given that (?:an?|the) [^.]{0,120}?\bwill be held\b|\bfor the following purposes?\s*:|\bto transact the following business\b|\bto act on the following articles\b", 4.0, _I),
        # A statutory notice of an order an authority proposes to make (a traffic regulation order, a stopping-up order):
        # "Notice is hereby given that … Council proposes to make the above Order under sections …".
        ("notice", ("proposes to make", "intends to make"), r"\b(?:proposes|intends) to make (?:the above |an? |the )?(?:[\w() ,-]{0,80} )?order\b", 4.0, _I),
        # A New England town meeting's warrant: the articles the town's voters are called to act on.
        ("agenda", ("warrant",), r"^\s*(?:(?:Annual|Special|Spring|Fall) )?Town Meeting Warrant\s*$|^\s*Warrant for (?:the )?(?:Annual |Special )?Town Meeting\b", 4.0, _I),
        # A two-column letterhead read line by line may set the salutation after the date: "10 January 2025 Dear Jim".
        ("letter", ("sehr geehrte", "kære", "dear", "liebe", "hej"), r"^\s*(?:\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4}\s+)?(?:Sehr geehrte[rs]?|Kære|Dear|Liebe[rs]?|Hej)\b", 1.5, _I),
        ("letter", ("grüße", "grüsse", "hilsen", "yours", "regards", "hochachtung"), r"^\s*(?:Mit freundlichen Grü(?:ß|ss)en|Freundliche Grü(?:ß|ss)e|Med venlig hilsen|Venlig hilsen|Yours sincerely|Yours faithfully|Kind regards|Mit vorzüglicher Hochachtung|Hochachtungsvoll|Yours truly)\b", 1.0, _I),
    )
)
# A line that is nothing but the form's name is the strongest cue there is.
_FORM_HEADINGS = {
    "mitteilung": "notice", "mitteilungsvorlage": "notice", "informationsvorlage": "notice", "orientering": "notice",
    "meddelelse": "notice", "information report": "notice", "briefing note": "memo",
    "informationsdrucksache": "notice", "beschlussdrucksache": "proposal",
    "beschlussvorlage": "proposal", "sitzungsvorlage": "proposal", "beslutningsforslag": "proposal", "vorlage": "proposal",
    "indstilling": "proposal", "amtsvortrag": "proposal", "staff report": "proposal", "weisung": "proposal",
    # A Canadian or Australian staff report's form name.
    "request for decision": "proposal",
    # A case put before a body, as Norwegian-made systems name the form: "Sagsfremlæg", "Saksframlegg".
    "sagsfremlæg": "proposal", "sagsfremlæggelse": "proposal", "saksframlegg": "proposal",
    # An Austrian office's report that ends in its Antrag, a Swiss executive's message to the assembly.
    "amtsbericht": "proposal", "botschaft": "proposal", "bericht und antrag": "proposal",
    "resolution": "proposal", "ordinance": "proposal",
    "notat": "memo", "vermerk": "memo", "aktenvermerk": "memo", "memo": "memo", "memorandum": "memo",
    "høringsbrev": "hearing", "høring": "hearing", "anhörung": "hearing", "beteiligung": "hearing", "public consultation": "hearing",
    "antrag": "motion", "anfrage": "motion", "medlemsforslag": "motion", "motion": "motion",
    "niederschrift": "minutes", "protokoll": "minutes", "referat": "minutes", "beslutningsprotokol": "minutes",
    "minutes": "minutes", "tagesordnung": "agenda", "einladung": "agenda", "dagsorden": "agenda", "agenda": "agenda",
}

#: Headings that name a paper's genre, beyond the form names above. Kinds follow the card's
#: conventions: a group's paper (Fraktionsvorlage, amendment) is a motion, a Bekanntmachung of a
#: meeting an agenda, a Stellungnahme or Schreiben to the mayor a letter.
_GENRE_HEADINGS = {
    **_FORM_HEADINGS,
    "vorlage": "proposal", "verwaltungsvorlage": "proposal", "dringlichkeitsvorlage": "proposal",
    "beschlussvorschlag": "proposal", "indstilling til": "proposal", "cabinet report": "proposal",
    "fraktionsvorlage": "motion", "fraktionsantrag": "motion", "änderungsantrag": "motion", "dringlichkeitsantrag": "motion",
    "prüfantrag": "motion", "ba-antrag": "motion", "ergänzungsantrag": "motion", "große anfrage": "motion",
    "kleine anfrage": "motion", "schriftliche anfrage": "motion", "notice of motion": "motion", "amendment": "motion",
    "budget amendment": "motion", "budget amendment form": "motion", "beslutningsforslag fra": "motion",
    "medlemsforslag fra": "motion", "forslag fra": "motion",
    "bekanntmachung": "agenda", "öffentliche bekanntmachung": "agenda", "einladung zur sitzung": "agenda",
    "summons": "agenda", "notice of meeting": "agenda", "agenda frontsheet": "agenda",
    "sitzungsprotokoll": "minutes", "ergebnisprotokoll": "minutes", "beschlussprotokoll": "minutes",
    "auszug aus der niederschrift": "minutes", "mødereferat": "minutes", "record of proceedings": "minutes",
    "stellungnahme": "letter", "schreiben": "letter", "brief": "letter", "offener brief": "letter", "brev": "letter",
    "høringssvar": "letter", "dagsordenspunkt": "agenda_item", "tagesordnungspunkt": "agenda_item",
    "record of decision": "other", "proposed record of decision": "other", "decision notice": "other",
    "disposition of items": "minutes", "wortprotokoll": "minutes", "verhandlungsprotokoll": "minutes",
    "sagsfremlæggelse": "proposal", "tjenesteskrivelse": "proposal", "weisung": "proposal",
    "chief executive's report": "proposal", "manager's report": "proposal",
    # A US council's item summary or request for action, an Australian or Irish agenda report.
    "agenda item summary": "proposal", "agenda item report": "proposal", "request for council action": "proposal",
    "request for board action": "proposal",
    "agenda report": "proposal", "council report": "proposal",
    # Further form names: a Hamburg Beschlussempfehlung, a council proposal as Dutch municipalities
    # print it, a Swiss Interpellation or Postulat, an extract of Scottish minutes.
    "beschlussempfehlung": "proposal", "council proposal": "proposal", "interpellation": "motion", "postulat": "motion",
    "extract from": "minutes",
    # A member's question to the mayor or the executive: "Spørgsmål til borgmesteren", "Written question".
    "spørgsmål til": "motion", "skriftligt spørgsmål": "motion", "written question": "motion",
    # the same named for the member who asks: "Spørgsmål fra byrådsmedlem … til borgmesteren"
    "spørgsmål fra": "motion",
    # a council's notice of a development it proposes to carry out, inviting submissions by a day
    "notice of proposed development": "hearing",
    # a note on the responses a hearing brought, for the committee that decides
    "høringsnotat": "memo",
    # Residents' requests to the council (Bürgerantrag, Einwohnerantrag) and a member's question at a meeting.
    "bürgerantrag": "motion", "einwohnerantrag": "motion", "question from": "motion",
    **FURTHER_GENRES,
}
# Section headings of an agenda item that are also genre names: as a heading of their own they
# open a section ("Indstilling" over the recommendation), not the paper.
for _section in ("indstilling", "beslutning", "orientering"):
    _GENRE_HEADINGS.pop(_section, None)
# A genre word that opens a longer heading: "Antrag zur Erweiterung …", "Niederschrift über die Sitzung …".
#: Genre words too general to settle the kind alone: the text's own cues may refine them (a
#: "Vorlage" that is a group's motion or a notice, a Danish "Referat" of one agenda item).
WEAK_GENRES = {"vorlage": frozenset({"motion", "notice"}), "referat": frozenset({"agenda_item"})}
